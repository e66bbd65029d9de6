class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f'not found ({self.code})'
try:
    raise NotFound('missing', 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
try:
    raise AppError('bad', 1)
except (KeyError, AppError) as e:
    print('tuple catch', e, isinstance(e, Exception))
for exc in [ValueError('v'), KeyError('k'), IndexError(), ZeroDivisionError('z'), StopIteration(5),
            OSError(2, 'No such file'), FileNotFoundError(2, 'nf'), TimeoutError(), RecursionError('r'),
            NotImplementedError(), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
            SystemExit(3), KeyboardInterrupt(), GeneratorExit(), AssertionError('a', 'b')]:
    print(type(exc).__name__, [c.__name__ for c in type(exc).__mro__], repr(exc), str(exc))
print(KeyError('k'), str(KeyError('a', 'b')), repr(KeyError()), str(KeyError()))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError), issubclass(ConnectionRefusedError, OSError))
print(issubclass(BrokenPipeError, ConnectionError), IOError is OSError, EnvironmentError is OSError)
print(StopIteration(5).value, SystemExit(3).code, OSError(2, 'x').errno, OSError(2, 'x').strerror)
e = ValueError('a', 2)
print(e.args, str(e), repr(e))
e = Exception()
print(repr(e), str(e) == '', e.args)
class Plain(Exception): pass
print(repr(Plain('x')), str(Plain('x', 'y')), Plain.__name__, Plain.__module__, Plain.__mro__)
try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('outer')
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('inner')
    except ValueError as v:
        raise TypeError('outer') from v
except TypeError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    raise RuntimeError('x') from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.__traceback__ is not None)
err = None
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print('NameError:', e)
def reraiser():
    try:
        raise KeyError('rk')
    except KeyError:
        raise
try:
    reraiser()
except LookupError as e:
    print('reraised', repr(e))
try:
    raise Exception('with note')
except Exception as e:
    e.add_note('note 1')
    print(e.__notes__)
print(BaseException.__subclasses__()[:4] if False else 'ok')
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    1/0
except ZeroDivisionError:
    print('no check if nothing raised')
try:
    try:
        1/0
    except 'str':
        pass
except TypeError as e:
    print(e)
