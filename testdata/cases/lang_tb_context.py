def cleanup():
    raise OSError('cleanup failed')
def work():
    try:
        {}['missing']
    except KeyError:
        cleanup()
try:
    work()
except OSError as e:
    print('caught', e, repr(e.__context__))
work()
