// Package timemod implements Python's time module on the session's
// virtual clock: monotonic and perf_counter read it, sleep advances it
// (blocking everything, as a real blocking call would), time() is the
// contract's wall clock.
package timemod

import (
	"math"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
	"github.com/aioplay/aioplay/runtime/stdlib/vclock"
)

func init() { py.RegisterModule("time", load) }

func load(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("time", "")
	clock := vclock.Of(th)
	fns := map[string]py.BuiltinFn{
		"monotonic":    func(th *py.Thread, a []py.Object, k []string) (py.Object, error) { return py.Float(clock.Now()), nil },
		"perf_counter": func(th *py.Thread, a []py.Object, k []string) (py.Object, error) { return py.Float(clock.Now()), nil },
		"time":         func(th *py.Thread, a []py.Object, k []string) (py.Object, error) { return py.Float(clock.Wall()), nil },
		"time_ns": func(th *py.Thread, a []py.Object, k []string) (py.Object, error) {
			return py.Int(int64(math.Round(clock.Wall() * 1e9))), nil
		},
		"monotonic_ns": func(th *py.Thread, a []py.Object, k []string) (py.Object, error) {
			return py.Int(int64(math.Round(clock.Now() * 1e9))), nil
		},
		"perf_counter_ns": func(th *py.Thread, a []py.Object, k []string) (py.Object, error) {
			return py.Int(int64(math.Round(clock.Now() * 1e9))), nil
		},
		"sleep": func(th *py.Thread, a []py.Object, k []string) (py.Object, error) {
			if len(a) != 1 {
				return nil, th.Errorf(py.TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(a))
			}
			var s float64
			switch v := a[0].(type) {
			case py.Int:
				s = float64(v)
			case py.Float:
				s = float64(v)
			case py.Bool:
				if v {
					s = 1
				}
			default:
				return nil, th.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].Type().Name)
			}
			if s < 0 || math.IsNaN(s) {
				return nil, th.NewError(py.ValueErrorType, "sleep length must be non-negative")
			}
			if th.Tracing() {
				th.Emit(py.TraceEvent{What: "block", Detail: "time.sleep", Until: clock.Now() + s})
			}
			clock.Sleep(s)
			return py.None, nil
		},
	}
	for name, fn := range fns {
		m.Dict.SetStr(name, &py.Builtin{Name: name, Qualname: name, Fn: fn, Module: "time"})
	}
	if err := pyargs.RunPython(th, m, calendarSource, "/usr/lib/python3.11/time.py"); err != nil {
		return nil, err
	}
	return m, nil
}

// calendarSource is calendar time on the virtual clock, in UTC (local
// time is UTC, as the contract says), built on the datetime module's
// helpers (loaded on first use, so that `import time` stays cheap).
const calendarSource = `
def _dt():
    import datetime
    return datetime


def gmtime(secs=None):
    d = _dt()
    return d._struct_time(*d._gmtime(time() if secs is None else secs))


def localtime(secs=None):
    return gmtime(secs)


class _UTC:
    def utcoffset(self):
        return _dt().timedelta(0)

    def tzname(self):
        return 'UTC'


def strftime(format, t=None):
    if t is None:
        t = localtime()
    return _dt()._wrap_strftime(_UTC(), format, tuple(t))


def asctime(t=None):
    if t is None:
        t = localtime()
    return strftime('%a %b %e %H:%M:%S %Y', t)


def ctime(secs=None):
    return asctime(localtime(secs))


def mktime(t):
    d = _dt()
    days = d._ymd2ord(t[0], t[1], 1) + t[2] - 1 - d._EPOCH_ORD
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
`
