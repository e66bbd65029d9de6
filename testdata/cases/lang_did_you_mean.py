class Person:
    def __init__(self):
        self.name = 'Ann'
        self.address = 'x'
    def greet(self): pass
p = Person()
for expr in ['p.nme', 'p.adress', 'p.great', 'p.zzzzzz', 'Person.greeet']:
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__, e)
numbers = [1, 2]
try:
    numbrs
except NameError as e:
    print(e)
def use_local():
    value = 1
    return valeu
try:
    use_local()
except NameError as e:
    print(e)
try:
    [].apend(1)
except AttributeError as e:
    print(e)
import sys
try:
    sys.argvv
except AttributeError as e:
    print(e)
p.adress
