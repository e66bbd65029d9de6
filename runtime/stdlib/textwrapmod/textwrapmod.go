// Package textwrapmod implements Python's textwrap module, written in Python
// (textwrap.py, embedded) to CPython 3.11's documented behaviour. wrap, fill, shorten, dedent and indent, with TextWrapper's main options.
package textwrapmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed textwrap.py
var source string

func init() {
	py.RegisterModule("textwrap", pyargs.PythonModule("textwrap", "/usr/lib/python3.11/textwrap.py", source))
}
