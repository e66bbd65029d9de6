def check(x):
    if x == 2:
        raise ValueError(f'bad {x}')
    return x
for kind in ['dict', 'set', 'gen']:
    try:
        if kind == 'dict':
            {x: check(x) for x in range(3)}
        elif kind == 'set':
            {check(x) for x in range(3)}
        else:
            list(check(x) for x in range(3))
    except ValueError as e:
        import sys
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(kind, names)
class Config:
    @property
    def port(self):
        return int(self.raw)
    def __init__(self, raw):
        self.raw = raw
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def start(cfg):
    return cfg.port
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print('genexpr error', e)
start(Config('80a'))
