# os.path string functions, os constants and os.environ lookups.
import os
import os.path
from os.path import join, splitext

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep)
print(join('data', 'raw', 'file.csv'), join('/a', '/b', 'c'), join('a/', 'b'), join('a', ''))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('dir.d/file'), splitext('a/b.c'))
print(os.path.basename('/x/y/z.txt'), repr(os.path.basename('/x/y/')), os.path.dirname('/x/y/z.txt'), os.path.dirname('z.txt') == '')
print(os.path.split('/x/y/z'), os.path.split('/z'), os.path.split('z'))
print(os.path.normpath('a//b/./c/../d'), os.path.normpath('/../x'), os.path.normpath(''), os.path.isabs('/a'), os.path.isabs('a'))
print(os.path.exists('/no/such/file.txt'), os.path.exists('/'), os.path.abspath('/a/b/../c'))
print(os.environ.get('AIOPLAY_SURELY_UNSET', 'default'), os.getenv('AIOPLAY_SURELY_UNSET'), os.getenv('AIOPLAY_SURELY_UNSET', 'x'))
os.environ['AIOPLAY_TEST_VAR'] = 'hello'
print(os.environ['AIOPLAY_TEST_VAR'], os.getenv('AIOPLAY_TEST_VAR'), 'AIOPLAY_TEST_VAR' in os.environ)
print(os.environ.pop('AIOPLAY_TEST_VAR'), 'AIOPLAY_TEST_VAR' in os.environ)
print(isinstance(os.getpid(), int), isinstance(os.cpu_count(), int), isinstance(os.getcwd(), str))
print(os.path.join(os.getcwd(), 'x') == os.path.abspath('x'))
print(os.environ['AIOPLAY_SURELY_UNSET'])
