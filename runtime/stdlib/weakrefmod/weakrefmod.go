// Package weakrefmod implements Python's weakref module, written in Python
// (weakref.py, embedded) to CPython 3.11's documented behaviour. aioplay has no garbage collector hooks, so references are strong: ref() always returns its object, the weak containers are ordinary containers, and finalize callbacks run only when called. Programs that rely on objects dying see them live on.
package weakrefmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed weakref.py
var source string

func init() {
	py.RegisterModule("weakref", pyargs.PythonModule("weakref", "/usr/lib/python3.11/weakref.py", source))
}
