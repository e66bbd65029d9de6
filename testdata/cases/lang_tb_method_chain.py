class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount
class Bank:
    def transfer(self, a, amount):
        try:
            a.withdraw(amount)
        except ValueError as e:
            raise RuntimeError('transfer failed') from e
def main():
    Bank().transfer(Account(10), 50)
main()
