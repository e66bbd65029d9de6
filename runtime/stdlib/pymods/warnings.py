# aioplay's warnings: warn() with CPython's filters, registries and
# message format; the runtime's own warnings (a coroutine never awaited,
# deprecated arguments) go through _warn_go once this is imported.
#
# Left out: with no re module, a filter's message matches as a
# case-insensitive prefix and its module as the whole name.

import sys

filters = [("default", None, DeprecationWarning, "__main__", 0),
           ("ignore", None, DeprecationWarning, None, 0),
           ("ignore", None, PendingDeprecationWarning, None, 0),
           ("ignore", None, ImportWarning, None, 0),
           ("ignore", None, ResourceWarning, None, 0)]
defaultaction = "default"
onceregistry = {}
_version = 1


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    global _version
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError("invalid action: %r" % (action,))
    item = (action, message.lower() or None, category, module or None, lineno)
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _version += 1


def simplefilter(action, category=Warning, lineno=0, append=False):
    filterwarnings(action, "", category, "", lineno, append)


def resetwarnings():
    global _version
    filters[:] = []
    _version += 1


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category, self.filename, self.lineno = message, category, filename, lineno
        self.file, self.line, self.source = file, line, source

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self.category.__name__, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    line = (_rt(filename, lineno) if line is None else line).strip()
    return s + ("  %s\n" % line if line else "")


def showwarning(message, category, filename, lineno, file=None, line=None):
    (file or sys.stderr).write(formatwarning(message, category, filename, lineno, line))


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    category = category or UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        f = sys._getframe(stacklevel)
    except ValueError:
        warn_explicit(message, category, "sys", 1, "sys", _sysreg, source=source)
    else:
        g = f.f_globals
        warn_explicit(message, category, f.f_code.co_filename, f.f_lineno, g.get("__name__", "<string>"),
                      g.setdefault("__warningregistry__", {}), source=source)


_sysreg = {}


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None,
                  _src=None):
    if module is None:
        module = filename[:-3] if filename.lower().endswith(".py") else filename
    if registry is None:
        registry = {}
    if registry.get("version") != _version:
        registry.clear()
        registry["version"] = _version
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or text.lower().startswith(msg)) and issubclass(category, cat)
                and mod in (None, module) and ln in (0, lineno)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action != "always":
        registry[key] = 1
        oncekey = (text, category) if action == "once" else (text, category, 0) if action == "module" else None
        reg = onceregistry if action == "once" else registry
        if oncekey:
            if reg.get(oncekey):
                return
            reg[oncekey] = 1
    if _record is not None:
        _record.append(WarningMessage(message, category, filename, lineno, None, None, source))
        return
    showwarning(message, category, filename, lineno, None, _src)
    if source is not None:
        sys.stderr.write(f"{category.__name__}: Enable tracemalloc to get the object allocation traceback\n")


_record = None


def _warn_go(message, category, filename, lineno, g, about_object, src):
    try:
        warn_explicit(message, category, filename, lineno, "sys" if g is None else g.get("__name__"),
                      _sysreg if g is None else g.setdefault("__warningregistry__", {}),
                      source=about_object or None, _src=src)
    except Warning:
        pass


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._rec = record
        self._filter = action and (action, category, lineno, append)

    def __enter__(self):
        global filters, _version, _record
        self._saved = filters, showwarning, _record
        filters = filters[:]
        _version += 1
        if self._filter:
            simplefilter(*self._filter)
        if self._rec:
            _record = []
            return _record

    def __exit__(self, *exc_info):
        global filters, showwarning, _version, _record
        filters, showwarning, _record = self._saved
        _version += 1
