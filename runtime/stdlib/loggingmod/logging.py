# logging: CPython 3.11's behaviour for what scripts commonly use (levels,
# the logger hierarchy, stream handlers, formatters in the three styles,
# filters, LoggerAdapter, basicConfig, lastResort). Terse on purpose: the
# page carries this source. No threads, files, config or handlers modules,
# no Manager (a logger's parent is looked up when needed).
# sys._exc(e) is e's traceback text, sys._exc(file, line) a source line.
import sys, time
from string import Template

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0
_levelToName = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET'}
_nameToLevel = {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30,
                'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}
BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'
raiseExceptions = True
_startTime = time.time()
_exc = sys._exc
_loggers = {}
_disable = 0
_warned = set()


def getLevelName(level):
    r = _levelToName.get(level, _nameToLevel.get(level))
    return 'Level %s' % level if r is None else r


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if level not in _nameToLevel:
        raise ValueError('Unknown level: %r' % level)
    return _nameToLevel[level]


def _stack(f):
    # traceback.print_stack(f)
    if not f:
        return ''
    c, n = f.f_code.co_filename, f.f_lineno
    return _stack(f.f_back) + '  File "%s", line %d, in %s\n    %s\n' % (c, n, f.f_code.co_name, _exc(c, n))


def _deprecated(what):
    # warnings.warn(..., DeprecationWarning, 2): once per line of __main__.
    f = sys._getframe(2)
    c, n = f.f_code.co_filename, f.f_lineno
    if f.f_globals['__name__'] == '__main__' and (n, what) not in _warned:
        _warned.add((n, what))
        sys.stderr.write("%s:%s: DeprecationWarning: The 'warn' %s is deprecated, use 'warning' "
                         "instead\n  %s\n" % (c, n, what, _exc(c, n)))


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None):
        self.created = ct = time.time()
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        f = pathname.rpartition('/')[2]
        self.__dict__.update(
            name=name, msg=msg, args=args, levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=f, module=f.rpartition('.')[0] or f, exc_info=exc_info,
            exc_text=None, stack_info=sinfo, lineno=lineno, funcName=func,
            msecs=int((ct - int(ct)) * 1000) + 0.0, relativeCreated=(ct - _startTime) * 1000,
            thread=140000000000000, threadName='MainThread', processName='MainProcess', process=4242)

    def getMessage(self):
        return str(self.msg) % self.args if self.args else str(self.msg)


_STYLES = {'%': ('%(', ')s'), '{': ('{', '}'), '$': ('${', '}')}


class Formatter:
    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %,{,$')
        self._fmt = fmt or 'message'.join(_STYLES[style])
        self.datefmt, self._style, self._defaults = datefmt, style, defaults

    def formatTime(self, record, datefmt=None):
        # time.localtime is a Python function here: as a class attribute it binds.
        t = (self.__dict__.get('converter') or type(self).converter)(record.created)
        s = time.strftime(datefmt or self.default_time_format, t)
        return s if datefmt or not self.default_msec_format else self.default_msec_format % (s, record.msecs)

    def formatException(self, ei):
        return _exc(ei[1])[:-1] if ei[1] else 'NoneType: None'

    def format(self, record):
        f, st, v = self._fmt, self._style, self._defaults
        record.message = record.getMessage()
        if _STYLES[st][0] + 'asctime' in f or st == '$' and '$asctime' in f:
            record.asctime = self.formatTime(record, self.datefmt)
        v = v | record.__dict__ if v else record.__dict__
        try:
            s = f % v if st == '%' else f.format(**v) if st == '{' else Template(f).substitute(v)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for x in record.exc_text, record.stack_info:
            if x:
                s += ('' if s[-1:] == '\n' else '\n') + x
        return s


_defaultFormatter = Formatter()


class Filter:
    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        n, r = self.nlen, record.name
        return not n or r == self.name or r.startswith(self.name) and r[n] == '.'


class Filterer:
    def __init__(self, level=NOTSET):
        self.filters, self.level = [], _checkLevel(level)

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        return all(f.filter(record) if hasattr(f, 'filter') else f(record) for f in self.filters)

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def __repr__(self):
        return '<%s %s(%s)>' % (type(self).__name__, self._name(), getLevelName(
            self.getEffectiveLevel() if isinstance(self, Logger) else self.level))


class Handler(Filterer):
    name = formatter = None

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def flush(self):
        pass

    close = flush

    def handleError(self, record):
        e = sys.exc_info()[1]
        f = e.__traceback__.tb_frame
        while f.f_code.co_filename == __file__:
            f = f.f_back
        sys.stderr.write('--- Logging error ---\n%sCall stack:\n%sMessage: %r\nArguments: %s\n' % (
            _exc(e), _stack(f), record.msg, record.args))

    def _name(self):
        return ''


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream or sys.stderr

    def flush(self):
        if hasattr(self.stream, 'flush'):
            self.stream.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def _name(self):
        s = self.stream
        return ('<stderr> ' if s is sys.__stderr__ else '<stdout> ' if s is sys.__stdout__ else
                (str(getattr(s, 'name', '')) + ' ').lstrip())


class _StderrHandler(StreamHandler):
    stream = property(lambda self: sys.stderr)

    def __init__(self, level):
        Handler.__init__(self, level)


lastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    def handle(self, record):
        pass


def _level(lv):
    def log(self, msg, *args, **kw):
        if self.isEnabledFor(lv):
            self._log(lv, msg, args, **kw)
    return log


class Logger(Filterer):
    debug, info, warning, error, critical = map(_level, (10, 20, 30, 40, 50))
    fatal = critical
    propagate, disabled = True, False

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self, level)
        self.name, self.handlers = name, []

    @property
    def parent(self):
        # The nearest ancestor that exists, as CPython's Manager keeps it.
        n = self.name
        while n:
            n = n.rpartition('.')[0]
            if n in _loggers:
                return _loggers[n]
        return root

    def warn(self, msg, *args, **kw):
        _deprecated('method')
        self.warning(msg, *args, **kw)

    def exception(self, msg, *args, exc_info=True, **kw):
        self.error(msg, *args, exc_info=exc_info, **kw)

    def log(self, level, msg, *args, **kw):
        if not isinstance(level, int):
            raise TypeError('level must be an integer')
        _level(level)(self, msg, *args, **kw)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        # findCaller: the frame stacklevel up from here, not counting ours.
        f = sys._getframe()
        while stacklevel > 0 and f.f_back:
            f = f.f_back
            stacklevel -= f.f_code.co_filename != __file__
        e = exc_info
        if isinstance(e, BaseException):
            e = (type(e), e, e.__traceback__)
        elif e and not isinstance(e, tuple):
            e = sys.exc_info()
        rv = LogRecord(self.name, level, f.f_code.co_filename, f.f_lineno, msg, args, e, f.f_code.co_name,
                       stack_info and 'Stack (most recent call last):\n' + _stack(f)[:-1] or None)
        rv.__dict__.update(extra or {})
        self.handle(rv)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            for h in self._handlers() or lastResort and [lastResort] or ():
                if record.levelno >= h.level:
                    h.handle(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _handlers(self):
        c, hs = self, []
        while c:
            hs += c.handlers
            c = c.propagate and c.parent
        return hs

    def hasHandlers(self):
        return bool(self._handlers())

    def getEffectiveLevel(self):
        c = self
        while c.parent and not c.level:
            c = c.parent
        return c.level

    def isEnabledFor(self, level):
        return not self.disabled and _disable < level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        return getLogger(suffix if self is root else self.name + '.' + suffix)

    def _name(self):
        return self.name + ' '


class RootLogger(Logger):
    parent = None

    def __init__(self, level):
        Logger.__init__(self, 'root', level)


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kw):
        if self.isEnabledFor(level):
            msg, kw = self.process(msg, kw)
            self.logger.log(level, msg, *args, **kw)

    def __getattr__(self, name):
        # debug...critical, exception and warn log through self.log; the
        # rest (isEnabledFor, setLevel, name...) are the logger's.
        lv = {'debug': 10, 'info': 20, 'warning': 30, 'warn': 30, 'error': 40, 'exception': 40,
              'critical': 50}.get(name)
        if lv is None:
            return getattr(self.logger, name)
        if name == 'warn':
            _deprecated('method')
        return lambda msg, *a, **kw: self.log(lv, msg, *a, **(
            {'exc_info': True} | kw if name == 'exception' else kw))

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


root = RootLogger(WARNING)


def basicConfig(**kw):
    if kw.pop('force', 0):
        root.handlers.clear()
    if root.handlers:
        return
    st = kw.pop('style', '%')
    o, c = _STYLES.get(st, '%s')
    fmt = Formatter(kw.pop('format', '%slevelname%s:%sname%s:%smessage%s' % (o, c, o, c, o, c)),
                    kw.pop('datefmt', None), st)
    for h in kw.pop('handlers', None) or [StreamHandler(kw.pop('stream', None))]:
        h.formatter = h.formatter or fmt
        root.addHandler(h)
    if 'level' in kw:
        root.setLevel(kw.pop('level'))
    kw.pop('encoding', 0), kw.pop('errors', 0)
    if kw:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kw))


def getLogger(name=None):
    if not name or name == 'root':
        return root
    if not isinstance(name, str):
        raise TypeError('A logger name must be a string')
    if name not in _loggers:
        _loggers[name] = Logger(name)
    return _loggers[name]


def _module_level(name):
    def log(*args, **kw):
        if not root.handlers:
            basicConfig()
        getattr(root, name)(*args, **kw)
    return log


critical, error, exception, warning, info, debug, log = map(
    _module_level, ('critical', 'error', 'exception', 'warning', 'info', 'debug', 'log'))
fatal = critical


def warn(msg, *args, **kw):
    _deprecated('function')
    warning(msg, *args, **kw)


def disable(level=CRITICAL):
    global _disable
    _disable = level


def shutdown():
    for h in root.handlers:
        h.flush()
