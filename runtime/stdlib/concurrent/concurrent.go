// Package concurrent provides concurrent.futures: its exception classes,
// which are asyncio's (in 3.11 CancelledError is asyncio's BaseException
// subclass; in the 3.6 profile asyncio takes these Exception subclasses),
// and, in futures.py, Future, ThreadPoolExecutor, wait and as_completed,
// whose work runs inline (see the threading module).
package concurrent

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/asyncio"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed futures.py
var source string

func init() {
	py.RegisterModule("concurrent", func(th *py.Thread) (*py.Module, error) {
		return py.NewModule("concurrent", "/usr/lib/python3.11/concurrent/__init__.py"), nil
	})
	py.RegisterModule("concurrent.futures", load)
}

func load(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("concurrent.futures", "/usr/lib/python3.11/concurrent/futures/__init__.py")
	ce := asyncio.CancelledErrorOf(th)
	if ce == nil {
		return nil, th.NewError(py.ImportErrorType, "concurrent.futures needs asyncio")
	}
	if th.Py36 {
		m.Dict.SetStr("CancelledError", ce)
	} else {
		// 3.11: concurrent.futures.CancelledError is a separate class,
		// which asyncio's CancelledError does not derive from (so
		// `except concurrent.futures.CancelledError` misses it).
		t, err := th.NewClass("CancelledError", []*py.Type{py.ExceptionType}, py.NewDict())
		if err != nil {
			return nil, err
		}
		t.Module = "concurrent.futures._base"
		m.Dict.SetStr("CancelledError", t)
	}
	m.Dict.SetStr("TimeoutError", asyncio.TimeoutErrorOf(th))
	m.Dict.SetStr("ALL_COMPLETED", py.Str("ALL_COMPLETED"))
	m.Dict.SetStr("FIRST_COMPLETED", py.Str("FIRST_COMPLETED"))
	m.Dict.SetStr("FIRST_EXCEPTION", py.Str("FIRST_EXCEPTION"))
	const file = "/usr/lib/python3.11/concurrent/futures/_base.py"
	th.AddSource(file, source)
	if err := pyargs.RunPython(th, m, source, file); err != nil {
		return nil, err
	}
	return m, nil
}
