// Package operatormod implements Python's operator module, written in Python
// (operator.py, embedded) to CPython 3.11's documented behaviour. CPython accelerates it with C; here the functions are Python functions (their repr says function, not built-in function).
package operatormod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed operator.py
var source string

func init() {
	py.RegisterModule("operator", pyargs.PythonModule("operator", "/usr/lib/python3.11/operator.py", source))
}
