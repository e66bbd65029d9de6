// Package datetimemod implements Python's datetime module, written in
// Python (datetime.py, embedded) to CPython 3.11's documented behaviour:
// date, time, datetime, timedelta, tzinfo and timezone, with their reprs,
// str forms, arithmetic, comparisons, isoformat/fromisoformat, strftime
// and strptime (for the common directives; aioplay has no re module).
//
// now(), today() and utcnow() read the session's virtual clock (see
// runtime/stdlib/vclock), and local time is UTC, as the playground's
// contract says: a run starts at 2023-11-14 22:13:20.
package datetimemod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
	"github.com/aioplay/aioplay/runtime/stdlib/vclock"
)

//go:embed datetime.py
var source string

func init() { py.RegisterModule("datetime", load) }

func load(th *py.Thread) (*py.Module, error) {
	const file = "/usr/lib/python3.11/datetime.py"
	m := py.NewModule("datetime", file)
	clock := vclock.Of(th)
	m.Dict.SetStr("_wall", pyargs.Fn("datetime", "_wall", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		return py.Float(clock.Wall()), nil
	}))
	th.AddSource(file, source)
	if err := pyargs.RunPython(th, m, source, file); err != nil {
		return nil, err
	}
	return m, nil
}
