def bad(x):
    return {'a': 1}[x]
data = ['a', 'b']
result = [bad(x)
          for x in data]
