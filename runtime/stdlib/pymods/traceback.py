# aioplay's traceback: exceptions are formatted by the runtime's own
# traceback printer (the one uncaught exceptions go through, _fmt), so
# chains, exception groups and notes print as they do there; stacks and
# traceback entries are FrameSummary lists made here.
#
# Limitations: no position markers (^^^^) under source lines, limit= is
# ignored when formatting an exception (it applies to tb and stack
# entries), no capture of locals.

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _out(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def _split(text):
    # One string per traceback entry (its "File" line with the source
    # line under it) and per chain message, as CPython's format() yields
    # them.
    out = []
    for line in text.splitlines(True):
        prev = out[-1] if out else ""
        i = prev.find('File "')
        if (i >= 0 and prev.count("\n") == 1 and line.startswith(prev[:i] + "  ")
                or not prev.partition("\n")[0].strip(" |") and prev
                and (prev.count("\n") == 1 or prev.count("\n") == 2 and not line.strip(" |\n"))):
            out[-1] += line
        else:
            out.append(line)
    return out


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _line(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._limit([FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name)
                             for f, lineno in frame_gen], limit)

    @classmethod
    def _limit(klass, frames, limit, from_end=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit] if not from_end else frames[-limit:] if limit else []
            else:
                frames = frames[limit:] if not from_end else frames[:-limit]
        return klass(frames)

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > 3:
                    count -= 3
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(fs))
        if count > 3:
            count -= 3
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    return StackSummary._limit([FrameSummary(f, n, name) for f, n, name in _tb(tb)], limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary._limit([FrameSummary(x.f_code.co_filename, n, x.f_code.co_name)
                                 for x, n in walk_stack(f)], limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _out(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, ...
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return _split(_fmt(value, 0 if chain else 1, tb))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    _out(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _split(_fmt(value, 2, None))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._str = _fmt(exc_value, 2, None).rstrip("\n").partition(": ")[2]
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__cause__ = self.__context__ = None
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException.from_exception(cause, _seen=_seen)
        if context is not None and id(context) not in _seen:
            self.__context__ = TracebackException.from_exception(context, _seen=_seen)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._value is other._value
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _split(_fmt(self._value, 2, None))

    def format(self, *, chain=True):
        yield from _split(_fmt(self._value, 0 if chain else 1, self._tb))

    def print(self, *, file=None, chain=True):
        _out(self.format(chain=chain), file)
