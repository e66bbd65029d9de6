# Exception attributes and constructor keywords: NameError.name,
# AttributeError.name/.obj, ImportError.name/.path/.msg, SyntaxError's
# location tuple and str(), and the keyword arguments each accepts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: ValueError('x', foo=1), lambda: AttributeError('x', foo=1), lambda: ImportError('x', foo=1), lambda: NameError('x', name='q').name, lambda: KeyError(k=1), lambda: OSError(1, 'x', foo=1), lambda: ModuleNotFoundError('x', name='m').name, lambda: StopIteration(v=1), lambda: Exception(a=1), lambda: NameError('x', foo=1)]:
    t(f)
class E(Exception):
    def __init__(self, a, b=1):
        super().__init__(a)
        self.b = b
t(lambda: E(1, b=2).b)
t(lambda: E(1, b=2).args)
t(lambda: NameError('x').name)
t(lambda: AttributeError('x').name)
t(lambda: AttributeError('x').obj)
t(lambda: AttributeError('x', name='n', obj=1).obj)
t(lambda: ImportError('x').name)
t(lambda: ImportError('x').path)
t(lambda: ImportError('x').msg)
t(lambda: ImportError('x', 'y').msg)
t(lambda: ImportError('x', name='m', path='p').path)
t(lambda: str(ImportError('x', name='m')))
t(lambda: repr(ImportError('x', name='m')))
t(lambda: ImportError('x', name='m').args)
try:
    undefined_thing
except NameError as e:
    t(lambda: e.name)
try:
    (1).foo
except AttributeError as e:
    t(lambda: (e.name, e.obj))
try:
    import nosuchmod
except ImportError as e:
    t(lambda: (e.name, e.msg, e.path, type(e).__name__))
t(lambda: (repr(str(SyntaxError())), SyntaxError().msg, repr(str(SyntaxError('m', ('/a/b.py', 3, 1, 'x')))), str(SyntaxError('m', (None, 3, 1, 'x'))), str(SyntaxError('m', ('f', None, 1, 'x'))), SyntaxError('m', ('f', 3, 1, 'x')).args, SyntaxError('m', ('f', 3, 1, 'x', 3, 4)).end_offset, SyntaxError('a','b','c').msg))
t(lambda: SyntaxError('m', 5))
t(lambda: SyntaxError('m', (1,)))
t(lambda: SyntaxError('m', ('f', 3, 1, 'x')).filename)
t(lambda: SyntaxError('m').lineno)
t(lambda: SyntaxError('m').filename)
t(lambda: str(SyntaxError('m')))
t(lambda: str(IndentationError('m', ('f', 3, 1, 'x'))))
try:
    compile('x = = 1', 'q.py', 'exec')
except SyntaxError as e:
    t(lambda: (e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e), e.args))
try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    t(lambda: (e.msg, e.filename, e.lineno, e.offset, e.text, str(e)))
