// Package typingmod implements Python's typing module, written in Python
// (typing.py, embedded) to CPython 3.11's documented behaviour: the names
// used in annotations are harmless objects with CPython's reprs and can
// be subscripted; Generic and Protocol can be subclassed; NamedTuple and
// TypedDict work in class syntax. Nothing is checked at runtime.
package typingmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed typing.py
var source string

func init() {
	py.RegisterModule("typing", pyargs.PythonModule("typing", "/usr/lib/python3.11/typing.py", source))
}
