class Thing:
    def __init__(self): self.value = 1
    def method(self): pass
def t0():
    return 1 + 'a'
def t1():
    return 'a' + 1
def t2():
    return [1] + (2,)
def t3():
    return None + 1
def t4():
    return 1 - 'x'
def t5():
    return 'a' * 'b'
def t6():
    return [] * 2.0
def t7():
    return (lambda f: f())(None)
def t8():
    return (lambda f: f())(5)
def t9():
    return (lambda f: f())('str')
def t10():
    return Thing()()
def t11():
    return Thing().valeu
def t12():
    return Thing().nope
def t13():
    return None.x
def t14():
    return (1).foo
def t15():
    return 's'.lenght
def t16():
    return [].push
def t17():
    return undefined_var
def t18():
    return lenn([])
def t19():
    return prnt
def t20():
    return [1, 2][5]
def t21():
    return {'a': 1}['b']
def t22():
    return {}[(1, 2)]
def t23():
    return {}[None]
def t24():
    return 1 / 0
def t25():
    return 1 // 0
def t26():
    return 1 % 0
def t27():
    return 1.0 / 0
def t28():
    return divmod(1, 0)
def t29():
    return len(5)
def t30():
    return len(None)
def t31():
    return int('abc')
def t32():
    return int('1.5')
def t33():
    return float('x')
def t34():
    return int(None)
def t35():
    return int([])
def t36():
    return {[]: 1}
def t37():
    return {{}}
def t38():
    return hash([])
def t39():
    return set([[1]])
def t40():
    return (lambda f: f[0])(None)
def t41():
    return (lambda f: f[0])(5)
def t42():
    return Thing()[0]
def t43():
    return len
def t44():
    return iter(5)
def t45():
    return next([])
def t46():
    for_ = [x for x in 5]
def t47():
    return 'abc'.index('z')
def t48():
    return [1].index(2)
def t49():
    return [].pop()
def t50():
    return {}.pop('k')
def t51():
    return set().pop()
def t52():
    return [1].remove(5)
def t53():
    return set().remove(3)
def t54():
    return 'a' < 1
def t55():
    return [] < {}
def t56():
    return None > 0
def t57():
    return sorted([1, 'a'])
def t58():
    return max([])
def t59():
    return min(1)
def t60():
    return abs('x')
def t61():
    return -'x'
def t62():
    return ~1.5
def t63():
    return chr(-1)
def t64():
    return ord('ab')
def t65():
    return range(1.5)
def t66():
    return 'x'.join([1])
def t67():
    return tuple(5)
def t68():
    return list(None)
def t69():
    return dict([1])
def t70():
    dict(a=1)['b']
def t71():
    return '%d' % 'x'
def t72():
    return '%s %s' % (1,)
def t73():
    return '{}'.format()
def t74():
    return int('10', 99)
def t75():
    return (1, 2).append(3)
def t76():
    return 'abc'.upper(1)
def t77():
    return str.join()
def t78():
    object().x = 1
def t79():
    return getattr(1, 'zz')
def t80():
    import nosuchmod
def t81():
    from sys import nosuch
def t82():
    return 10 ** -1 % 0
def t83():
    [].sort(key=1)
def t84():
    return round('x')
def t85():
    return sum(['a', 'b'])
def t86():
    return isinstance(1, 1)
def t87():
    return issubclass(1, int)
def t88():
    return Thing.method()
def t89():
    return Thing().method(1)
def t90():
    return (lambda: 1)(2)
def t91():
    print(end=5)
def t92():
    x, y = None
def t93():
    a, = []
def t94():
    return 1 < 'a' < 2
def t95():
    return 'x' in 5
def t96():
    return 3 in 'abc'
def t97():
    del Thing().zz
def t98():
    return float('inf') // 1 if False else int(float('inf'))
def t99():
    return int(float('nan'))
def t100():
    return 2 ** 10000.0
def t101():
    return 1e308 ** 2
def t102():
    return bytes('abc')
def t103():
    return b'a' + 'b'
def t104():
    return 'a' + b'b'
def t105():
    return str(b'x', 'nope')
def t106():
    return b'\xff'.decode()
def t107():
    return 'é'.encode('ascii')
def t108():
    return list.append(1, 2, 3)
def t109():
    return super()
def t110():
    return 0
def t111():
    return enumerate(1)
def t112():
    return zip(1)
def t113():
    return map(1, [1])
def t114():
    return list(map(None, [1]))
def t115():
    return frozenset([1]).add(2)
def t116():
    return {}.keys()[0]
def t117():
    'abc'[1:2] = 'x'
for i, name in enumerate(["1 + 'a'", "'a' + 1", '[1] + (2,)', 'None + 1', "1 - 'x'", "'a' * 'b'", '[] * 2.0', '(lambda f: f())(None)', '(lambda f: f())(5)', "(lambda f: f())('str')", 'Thing()()', 'Thing().valeu', 'Thing().nope', 'None.x', '(1).foo', "'s'.lenght", '[].push', 'undefined_var', 'lenn([])', 'prnt', '[1, 2][5]', "{'a': 1}['b']", '{}[(1, 2)]', '{}[None]', '1 / 0', '1 // 0', '1 % 0', '1.0 / 0', 'divmod(1, 0)', 'len(5)', 'len(None)', "int('abc')", "int('1.5')", "float('x')", 'int(None)', 'int([])', '{[]: 1}', '{{}}', 'hash([])', 'set([[1]])', '(lambda f: f[0])(None)', '(lambda f: f[0])(5)', 'Thing()[0]', 'len', 'iter(5)', 'next([])', 'for_ = [x for x in 5]', "'abc'.index('z')", '[1].index(2)', '[].pop()', "{}.pop('k')", 'set().pop()', '[1].remove(5)', 'set().remove(3)', "'a' < 1", '[] < {}', 'None > 0', "sorted([1, 'a'])", 'max([])', 'min(1)', "abs('x')", "-'x'", '~1.5', 'chr(-1)', "ord('ab')", 'range(1.5)', "'x'.join([1])", 'tuple(5)', 'list(None)', 'dict([1])', "dict(a=1)['b']", "'%d' % 'x'", "'%s %s' % (1,)", "'{}'.format()", "int('10', 99)", '(1, 2).append(3)', "'abc'.upper(1)", 'str.join()', 'object().x = 1', "getattr(1, 'zz')", 'import nosuchmod', 'from sys import nosuch', '10 ** -1 % 0', '[].sort(key=1)', "round('x')", "sum(['a', 'b'])", 'isinstance(1, 1)', 'issubclass(1, int)', 'Thing.method()', 'Thing().method(1)', '(lambda: 1)(2)', 'print(end=5)', 'x, y = None', 'a, = []', "1 < 'a' < 2", "'x' in 5", "3 in 'abc'", 'del Thing().zz', "float('inf') // 1 if False else int(float('inf'))", "int(float('nan'))", '2 ** 10000.0', '1e308 ** 2', "bytes('abc')", "b'a' + 'b'", "'a' + b'b'", "str(b'x', 'nope')", "b'\\xff'.decode()", "'é'.encode('ascii')", 'list.append(1, 2, 3)', 'super()', 'enumerate(1)', 'zip(1)', 'map(1, [1])', 'list(map(None, [1]))', 'frozenset([1]).add(2)', '{}.keys()[0]', "'abc'[1:2] = 'x'"]):
    try:
        globals()[f't{i}']()
        print('OK', name)
    except Exception as e:
        print(f'{name!r:40} -> {type(e).__name__}: {e}')
