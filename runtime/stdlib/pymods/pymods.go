// Package pymods implements modules written in Python (embedded), with a
// few Go helpers that expose what the runtime already does: abc,
// contextvars, traceback and warnings, to CPython 3.11's documented
// behaviour.
//
// Every module's namespace starts with the helpers:
//
//	_fmt(exc, mode, tb)  the runtime's traceback text for exc: mode 0 with
//	                     its chain, 1 without, 2 the "Class: message" part
//	                     only; tb (when not ...) replaces exc.__traceback__
//	_tb(tb)              a traceback's entries as (filename, lineno, name)
//	_line(file, lineno)  a source line, stripped ("" when unknown)
//	_ctx(*d)             the current context's data (contextvars); with d,
//	                     set it and return the previous data
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
		for i, fn := range helpers {
			k := helperNames[i]
			m.Dict.SetStr(k, pyargs.Fn(name, k, fn))
		}
		th.AddSource(file, src)
		return m, pyargs.RunPython(th, m, src, file)
	})
}

var helperNames = [...]string{"_fmt", "_tb", "_line", "_ctx"}

var helpers = [...]py.BuiltinFn{
	func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
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
	},
	func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		var out []py.Object
		if tb, ok := args[0].(*py.TracebackObject); ok {
			for t := tb.TB; t != nil; t = t.Next {
				out = append(out, py.Tuple{py.Str(t.Code.Filename), py.Int(t.Line), py.Str(t.Code.Name)})
			}
		}
		return py.NewList(out), nil
	},
	func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		f, _ := args[0].(py.Str)
		n, _ := args[1].(py.Int)
		return py.Str(th.SourceLine(string(f), int(n))), nil
	},
	func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		old := th.Context
		if len(args) > 0 {
			th.Context = args[0]
		}
		if old == nil {
			return py.None, nil
		}
		return old, nil
	},
}
