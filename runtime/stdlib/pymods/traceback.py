# aioplay's traceback: exceptions are formatted by the runtime's own
# traceback printer (the one uncaught exceptions go through), so
# chains, exception groups and notes print as they do there; stacks and
# traceback entries are FrameSummary lists made here.
#
# Left out (the page's download budget): TracebackException, walk_stack,
# walk_tb, capture of locals, position markers (^^^^) under source
# lines; limit= applies to tb and stack entries, not to exceptions.

import sys


class FrameSummary:
    def __init__(self, filename, lineno, name, *, line=None, **kw):
        self.filename, self.lineno, self.name, self._line = filename, lineno, name, line

    @property
    def line(self):
        if self._line is None:
            self._line = _rt(self.filename, self.lineno)
        return self._line.strip()

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __getitem__(self, i):
        return tuple(self)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


class StackSummary(list):
    @classmethod
    def from_list(cls, frames):
        return cls(f if isinstance(f, FrameSummary) else FrameSummary(*f[:3], line=f[3]) for f in frames)

    def format(self):
        # Runs of more than 3 identical entries fold, as CPython does.
        out, last, n = [], None, 0
        for f in self + [None]:
            key = f and (f.filename, f.lineno, f.name)
            if key != last:
                if n > 3:
                    out.append(f"  [Previous line repeated {n - 3} more time{'s' if n > 4 else ''}]\n")
                last, n = key, 0
            n += 1
            if f and n <= 3:
                row = f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
                if f.line:
                    row += f"    {f.line}\n"
                out.append(row)
        return out


def _limit(frames, limit):
    return StackSummary(frames if limit is None else frames[:limit] if limit >= 0 else frames[limit:])


def extract_tb(tb, limit=None):
    out = []
    while tb:
        c = tb.tb_frame.f_code
        out.append(FrameSummary(c.co_filename, tb.tb_lineno, c.co_name))
        tb = tb.tb_next
    return _limit(out, limit)


def extract_stack(f=None, limit=None):
    f = f or sys._getframe(1)
    out = []
    while f:
        out.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    s = _limit(out, limit)
    s.reverse()
    return s


def format_list(frames):
    return StackSummary.from_list(frames).format()


def _out(lines, file):
    (file or sys.stderr).write("".join(lines))


def print_list(frames, file=None):
    _out(format_list(frames), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    _out(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    return extract_stack(f or sys._getframe(1), limit).format()


def print_stack(f=None, limit=None, file=None):
    _out(format_stack(f or sys._getframe(1), limit), file)


def _split(text):
    # One string per entry ("File" line and source line) and per chain
    # message, as CPython's format() yields them.
    out = []
    for line in text.splitlines(True):
        prev = out[-1] if out else ""
        i = prev.find('File "')
        n = prev.count("\n")
        if (i >= 0 and n == 1 and line.startswith(prev[:i] + "  ")
                or prev and not prev.partition("\n")[0].strip(" |") and (n == 1 or n == 2 and not line.strip(" |\n"))):
            out[-1] += line
        else:
            out.append(line)
    return out


_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        value, tb = exc, ...
    return _split(_rt(value, 1 - chain, tb))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    _out(format_exception(exc, value, tb, limit, chain), file)


def format_exception_only(exc, /, value=_sentinel):
    return _split(_rt(exc if value is _sentinel else value, 2, None))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)
