class Inventory:
    def __init__(self):
        self.items = {'apple': 3}
    def remove(self, name, qty):
        current = self.items[name]
        if qty > current:
            raise ValueError(f'only {current} {name}(s) left')
        self.items[name] = current - qty
    def process(self, orders):
        for name, qty in orders:
            self.remove(name, qty)
inv = Inventory()
try:
    inv.process([('apple', 1), ('pear', 1)])
except KeyError as e:
    print('missing item:', e)
inv.process([('apple', 1), ('apple', 5)])
