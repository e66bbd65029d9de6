// Package loggingmod implements Python's logging module, written in Python
// (logging.py, embedded) to CPython 3.11's behaviour.
package loggingmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed logging.py
var source string

func init() {
	py.RegisterModule("logging", pyargs.PythonModule("logging", "/usr/lib/python3.11/logging/__init__.py", source))
}
