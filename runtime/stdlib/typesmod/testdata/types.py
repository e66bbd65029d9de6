import types

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace())
try:
    types.SimpleNamespace({"k": 2})
except TypeError as e:
    print(e)
def f(): pass
def g(): yield 1
async def co(): pass
async def ag(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(g(), types.GeneratorType), isinstance(ag(), types.AsyncGeneratorType), isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType))
c = co()
print(isinstance(c, types.CoroutineType), types.CoroutineType, types.GeneratorType, types.FunctionType, types.NoneType)
c.close()
X = types.new_class("X", (C,), exec_body=lambda ns: ns.update(v=5))
print(X.__name__, X.v, issubclass(X, C), types.coroutine(co) is co)
