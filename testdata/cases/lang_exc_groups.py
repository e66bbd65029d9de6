def risky():
    raise ExceptionGroup('many problems', [ValueError('bad value'), TypeError('bad type'), ValueError('again')])
try:
    risky()
except* ValueError as eg:
    print('values:', [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print('types:', eg.exceptions)
eg = ExceptionGroup('top', [KeyError('k'), ExceptionGroup('inner', [OSError('o'), ValueError('v')])])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, OSError)))))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled the ValueError')
except* KeyError as e:
    print('outer got', repr(e))
try:
    raise ValueError('plain')
except* ValueError as eg:
    print('wrapped:', repr(eg))
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', [1])
except ValueError as e:
    print(e)
print(isinstance(ExceptionGroup('a', [ValueError()]), Exception), type(BaseExceptionGroup('a', [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup('a', [ValueError()])).__name__)
class MyGroup(ExceptionGroup):
    pass
try:
    raise MyGroup('mine', [RuntimeError('r')])
except* RuntimeError as e:
    print(type(e).__name__, e.exceptions)
raise ExceptionGroup('unhandled', [ValueError('one'), ExceptionGroup('nested', [TypeError('two')])])
