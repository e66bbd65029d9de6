# aioplay's os.path (posixpath), written for aioplay to CPython 3.11's
# documented behaviour, for str paths. The pretend filesystem holds only
# the working directory (with its parents) and main.py in it.

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
devnull = '/dev/null'
_cwd = '/home/aioplay'
def isabs(p): return p[:1] == '/'


def join(a, *p):
    for b in p:
        a = b if isabs(b) or not a else a + b if a[-1] == '/' else a + '/' + b
    return a


def split(p):
    i = p.rfind('/') + 1
    head = p[:i]
    return head.rstrip('/') if head.strip('/') else head, p[i:]


def basename(p): return split(p)[1]
def dirname(p): return split(p)[0]


def splitext(p):
    i = p.rfind('.')
    j = p.rfind('/') + 1
    return (p[:i], p[i:]) if i > j and p[j:i].strip('.') else (p, '')


def normpath(p):
    n = 2 if p[:2] == '//' and p[:3] != '///' else int(isabs(p))
    out = []
    for c in p.split('/'):
        if c not in ('', '.'):
            if c != '..' or not n and not out or out and out[-1] == '..':
                out.append(c)
            elif out:
                out.pop()
    return '/' * n + '/'.join(out) or '.'


def abspath(p): return normpath(join(_cwd, p))
def exists(p): p = abspath(p); return p == _cwd + '/main.py' or (_cwd + '/').startswith(p.rstrip('/') + '/')
