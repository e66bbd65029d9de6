// Package pymods implements modules written in Python (embedded), with a
// few Go helpers that expose what the runtime already does: abc,
// contextvars, traceback and warnings, to CPython 3.11's documented
// behaviour.
//
// Every module's namespace starts with _rt, the runtime's helper, whose
// arity picks what it does:
//
//	_rt(exc, mode, tb)  the runtime's traceback text for exc: mode 0 with
//	                    its chain, 1 without, 2 the "Class: message" part
//	                    only; tb (when not ...) replaces exc.__traceback__
//	_rt(file, lineno)   a source line, stripped ("" when unknown)
//	_rt(), _rt(d)       the current context's data (contextvars); with d,
//	                    set it; both return the previous data
package pymods

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

var (
	//go:embed abc.py
	abcSrc string
	//go:embed contextvars.py
	contextvarsSrc string
	//go:embed traceback.py
	tracebackSrc string
	//go:embed warnings.py
	warningsSrc string
)

func init() {
	reg("abc", abcSrc)
	reg("contextvars", contextvarsSrc)
	reg("traceback", tracebackSrc)
	reg("warnings", warningsSrc)
}

func reg(name, src string) {
	file := "/usr/lib/python3.11/" + name + ".py"
	py.RegisterModule(name, func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule(name, file)
		m.Dict.SetStr("_rt", pyargs.Fn(name, "_rt", rt))
		th.AddSource(file, src)
		return m, pyargs.RunPython(th, m, src, file)
	})
}

func rt(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	switch len(args) {
	case 3:
		e, ok := args[0].(*py.Exception)
		if !ok {
			return py.Str("NoneType: None\n"), nil
		}
		c := *e
		if tb, ok := args[2].(*py.TracebackObject); ok {
			c.Traceback = tb.TB
		} else if args[2] == py.None {
			c.Traceback = nil
		}
		if args[1] != py.Int(0) {
			c.Cause, c.Context = nil, nil
		}
		if args[1] == py.Int(2) {
			c.Traceback, c.Group = nil, nil
		}
		return py.Str(th.FormatException(&c)), nil
	case 2:
		f, _ := args[0].(py.Str)
		n, _ := args[1].(py.Int)
		return py.Str(th.SourceLine(string(f), int(n))), nil
	}
	old := th.Context
	if len(args) > 0 {
		th.Context = args[0]
	}
	if old == nil {
		return py.None, nil
	}
	return old, nil
}
