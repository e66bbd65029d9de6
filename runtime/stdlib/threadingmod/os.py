# aioplay's os, written for aioplay to CPython 3.11's documented behaviour:
# what asyncio scripts read from os, on a fixed pretend machine (no real
# filesystem or process): a stable pid, a working directory holding
# main.py, a small environment.

import posixpath as path
from posixpath import sep, curdir, pardir, extsep, pathsep, devnull

name = 'posix'
linesep = '\n'


class _Environ(dict):
    def __setitem__(self, key, value):
        for x in key, value:
            if type(x) is not str:
                raise TypeError('str expected, not ' + type(x).__name__)
        dict.__setitem__(self, key, value)


environ = _Environ(HOME='/home/aioplay', LANG='C.UTF-8', PATH='/usr/local/bin:/usr/bin:/bin', TZ='UTC')
def getenv(key, default=None): return environ.get(key, default)
def getcwd(): return path._cwd
def getpid(): return 4242
def cpu_count(): return 4
