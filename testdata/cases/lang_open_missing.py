try:
    open('data.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename, repr(e))
with open('data.txt') as f:
    pass
