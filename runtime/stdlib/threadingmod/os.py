# aioplay's os, written for aioplay to CPython 3.11's documented behaviour:
# what asyncio scripts read from os, on a fixed pretend machine (no real
# filesystem or process): a stable pid, a working directory holding
# main.py, a small environment (a plain dict).

import posixpath as path
from posixpath import sep, curdir, pardir, extsep, pathsep, devnull

name = 'posix'
linesep = '\n'


environ = dict(HOME='/home/aioplay', LANG='C.UTF-8', PATH='/usr/local/bin:/usr/bin:/bin', TZ='UTC')
def getenv(key, default=None): return environ.get(key, default)
def getcwd(): return path._cwd
def getpid(): return 4242
def cpu_count(): return 4
