// Package copymod implements Python's copy module, written in Python
// (copy.py, embedded) to CPython 3.11's documented behaviour. copy and deepcopy handle the builtin containers, the collections types and instances of user classes (through __copy__, __deepcopy__, __reduce_ex__-free reconstruction of their __dict__).
package copymod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed copy.py
var source string

func init() {
	py.RegisterModule("copy", pyargs.PythonModule("copy", "/usr/lib/python3.11/copy.py", source))
}
