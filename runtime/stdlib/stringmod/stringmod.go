// Package stringmod implements Python's string module, written in Python
// (string.py, embedded) to CPython 3.11's documented behaviour. It holds the character-class constants, capwords, Template and Formatter.
package stringmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed string.py
var source string

func init() {
	py.RegisterModule("string", pyargs.PythonModule("string", "/usr/lib/python3.11/string.py", source))
}
