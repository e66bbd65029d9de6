// Package collectionsmod implements Python's collections module (and a
// best-effort collections.abc).
//
// deque, defaultdict, OrderedDict and namedtuple's tuple layer are Go
// (CPython's are C); Counter, ChainMap, UserDict, UserList and UserString
// are Python (collections.py, embedded), as CPython's are.
//
// The public classes are made per session, in collections.py, as Python
// subclasses of the Go classes (_collections.deque, ...): the VM applies
// operator dunders (+, |, ...) and unhashability (__hash__ = None) only
// to classes made by class statements, and builtin classes are shared by
// every session so they must stay immutable. The price is one extra
// class in each __mro__.
//
// The VM cannot yet represent instances of Python subclasses of dict or
// tuple, so the dict subclasses hold a *py.Dict (DictObj) and namedtuples
// a py.Tuple (Tuple); their classes still derive from dict and tuple, so
// isinstance(x, dict) and isinstance(p, tuple) hold.
package collectionsmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed collections.py
var source string

//go:embed abc.py
var abcSource string

func init() {
	py.RegisterModule("collections", load)
	py.RegisterModule("collections.abc", pyargs.PythonModule("collections.abc", "/usr/lib/python3.11/collections/abc.py", abcSource))
}

func load(th *py.Thread) (*py.Module, error) {
	const file = "/usr/lib/python3.11/collections/__init__.py"
	m := py.NewModule("collections", file)
	d := m.Dict
	d.SetStr("_deque", dequeBase)
	d.SetStr("_dict", plainDictBase)
	d.SetStr("_OrderedDict", orderedDictBase)
	d.SetStr("_defaultdict", defaultDictBase)
	// typing.NamedTuple builds on the namedtuple layer.
	d.SetStr("_tuplebase", tupleBase)
	d.SetStr("namedtuple", pyargs.Fn("collections", "namedtuple", namedtuple))
	th.AddSource(file, source)
	if err := pyargs.RunPython(th, m, source, file); err != nil {
		return nil, err
	}
	return m, nil
}
