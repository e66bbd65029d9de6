# aioplay's string module, written for aioplay to CPython 3.11's
# documented behaviour.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (or a
    single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        pass

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self):
        """Yield (kind, start, end, text) pieces of the template: kind is
        'text', 'escaped', 'named' or 'invalid'."""
        s, d = self.template, self.delimiter
        i, n, start = 0, len(s), 0
        while i < n:
            if not s.startswith(d, i):
                i += 1
                continue
            if start < i:
                yield 'text', start, i, s[start:i]
            j = i + len(d)
            if s.startswith(d, j):
                yield 'escaped', i, j + len(d), d
                i = start = j + len(d)
                continue
            if j < n and s[j] == '{':
                k = j + 1
                if k < n and _is_ident_start(s[k]):
                    e = k + 1
                    while e < n and _is_ident_char(s[e]):
                        e += 1
                    if e < n and s[e] == '}':
                        yield 'named', i, e + 1, s[k:e]
                        i = start = e + 1
                        continue
                yield 'invalid', i, j, j
                i = start = j
                continue
            if j < n and _is_ident_start(s[j]):
                e = j + 1
                while e < n and _is_ident_char(s[e]):
                    e += 1
                yield 'named', i, e, s[j:e]
                i = start = e
                continue
            yield 'invalid', i, j, j
            i = start = j
        if start < n:
            yield 'text', start, n, s[start:]

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        out = []
        for kind, start, end, text in self._scan():
            if kind == 'named':
                out.append(str(mapping[text]))
            elif kind == 'invalid':
                # CPython reports the position just after the delimiter.
                self._invalid(text)
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        out = []
        for kind, start, end, text in self._scan():
            if kind == 'named':
                try:
                    out.append(str(mapping[text]))
                except KeyError:
                    out.append(self.template[start:end])
            elif kind == 'invalid':
                out.append(self.template[start:end])
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, _, _, text in self._scan():
            if kind == 'named' and text not in ids:
                ids.append(text)
        return ids


class Formatter:
    """str.format as an overridable class."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
