// Package loggingmod implements Python's logging module, written in Python
// (logging.py, embedded) to CPython 3.11's behaviour. Two helpers come from
// Go: _exc(e), an exception's traceback as the traceback module prints
// it, and _src(file, line), a line of source for warnings and stacks.
package loggingmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed logging.py
var source string

const file = "/usr/lib/python3.11/logging/__init__.py"

func init() {
	py.RegisterModule("logging", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("logging", file)
		th.AddSource(file, source)
		m.Dict.SetStr("_exc", pyargs.Fn("logging", "_exc", func(th *py.Thread, a []py.Object, k []string) (py.Object, error) {
			e, _ := a[0].(*py.Exception)
			if e == nil {
				return nil, th.NewError(py.TypeErrorType, "_exc() needs an exception")
			}
			return py.Str(th.FormatException(e)), nil
		}))
		m.Dict.SetStr("_src", pyargs.Fn("logging", "_src", func(th *py.Thread, a []py.Object, k []string) (py.Object, error) {
			fn, _ := a[0].(py.Str)
			n, _ := a[1].(py.Int)
			return py.Str(th.SourceLine(string(fn), int(n))), nil
		}))
		return m, pyargs.RunPython(th, m, source, file)
	})
}
