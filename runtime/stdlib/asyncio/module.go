// Package asyncio implements Python's asyncio module for aioplay: the
// Future and Task types, the event loop object and the module functions
// in Go (mirroring CPython's C accelerator _asyncio and base_events.py),
// and the higher-level functions (sleep, wait, gather, wait_for, shield,
// run) in prelude.py, compiled when the module is first imported.
package asyncio

import (
	_ "embed"
	"fmt"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/loop"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/vclock"
)

//go:embed prelude.py
var preludeSource string

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func init() { py.RegisterModule("asyncio", load) }

type stateKey struct{}

// state is the module's per-session state.
type state struct {
	// spareSleep0 are finished __sleep0 awaitables, reused (see
	// sleep0.SendValue).
	spareSleep0 []*sleep0
	th          *py.Thread
	clock       *loop.Clock
	eventLoop   *Loop // set_event_loop's loop
	running     *Loop
	taskCounter int
	// setLoopCalled mirrors the policy's _local._set_called.
	setLoopCalled bool
	seqCounter    int
	tasks         []*Task
	loops         []*Loop
	unretrieved   []*Future
	awaited       []py.Object // the futures of run_until_complete calls in progress
	// runningHandles are the handles whose callbacks are running (one,
	// or more when a callback runs the loop): roots, since their
	// callbacks and arguments are held by Go code only.
	runningHandles    []*handleObj
	sigintHook        py.Object
	cancelledError    *py.Type
	invalidStateError *py.Type
	timeoutError      *py.Type
	futureType        *py.Type
	taskType          *py.Type
	loopType          *py.Type
	// siteOverride, while set, is the place in CPython's asyncio sources
	// (FILE:LINE) of the Python code that a Go function of ours running
	// now stands for: debug mode's "created at" names it.
	siteOverride    *py.StackEntry
	handleType      *py.Type
	timerHandleType *py.Type
	futureIterType  *py.Type
	wakeupType      *py.Type
	mod             *py.Module
}

// InstanceDict gives Python subclasses of Future an attribute dict.
func (f *Future) InstanceDict() *py.Dict {
	if f.rare == nil {
		return nil
	}
	return f.rare.dict
}

// MakeInstanceDict implements py.DictMaker: the dict is made when an
// attribute is first set.
func (f *Future) MakeInstanceDict() *py.Dict {
	r := f.rareData()
	if r.dict == nil {
		r.dict = py.NewDict()
	}
	return r.dict
}

func newType(name, module string, base *py.Type) *py.Type {
	t, _ := (&py.Thread{}).NewClass(name, []*py.Type{base}, py.NewDict())
	t.Module = module
	return t
}

func load(th *py.Thread) (*py.Module, error) {
	s := &state{th: th, clock: vclock.Of(th)}
	th.Ext[stateKey{}] = s
	m := py.NewModule("asyncio", "/usr/lib/python3.11/asyncio/__init__.py")
	s.mod = m
	d := m.Dict
	if th.Py36 {
		// In 3.6 CancelledError and TimeoutError are concurrent.futures'
		// classes, subclasses of Exception.
		s.cancelledError = newType("CancelledError", "concurrent.futures._base", py.ExceptionType)
		s.timeoutError = newType("TimeoutError", "concurrent.futures._base", py.ExceptionType)
	} else {
		s.cancelledError = newType("CancelledError", "asyncio.exceptions", py.BaseExceptionType)
		s.timeoutError = py.TimeoutErrorType
	}
	s.invalidStateError = newType("InvalidStateError", "asyncio.exceptions", py.ExceptionType)
	th.Ext[cancelledKey{}] = s.cancelledError
	th.AddRoots(s.roots)
	th.OnDrop = s.onDrop
	th.CurrentTask = func() string {
		if s.running != nil && s.running.current != nil {
			return s.running.current.nameString()
		}
		return ""
	}
	th.OnAsyncGenFirstIter = func(g *py.Generator) {
		if s.running != nil {
			s.running.asyncgens = append(s.running.asyncgens, g)
		}
	}
	th.Ext[timeoutKey{}] = s.timeoutError
	s.futureType = s.makeFutureType()
	s.taskType = s.makeTaskType()
	s.loopType = s.makeLoopType()
	s.handleType = s.makeHandleType("Handle")
	s.timerHandleType = s.makeHandleType("TimerHandle")
	s.futureIterType = builtinType("FutureIter", "_asyncio", py.ObjectType)
	addFutureIterMethods(s.futureIterType)
	s.wakeupType = newWakeupType()
	d.SetStr("CancelledError", s.cancelledError)
	d.SetStr("TimeoutError", s.timeoutError)
	d.SetStr("InvalidStateError", s.invalidStateError)
	d.SetStr("Future", s.futureType)
	d.SetStr("Task", s.taskType)
	d.SetStr("AbstractEventLoop", s.loopType)
	d.SetStr("Handle", s.handleType)
	d.SetStr("TimerHandle", s.timerHandleType)
	for _, name := range sortedNames(moduleFuncs) {
		fn := moduleFuncs[name]
		param := moduleFuncParams[name]
		d.SetStr(name, &py.Builtin{Name: name, Qualname: name, Module: "asyncio", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			if param != "" && len(args) == 0 {
				return nil, th.Errorf(py.TypeErrorType, "%s() missing 1 required positional argument: '%s'", name, param)
			}
			return fn(th, s, args, kw)
		}})
	}
	code, err := compile.CompileModule([]byte(preludeSource), compile.Options{Filename: "/usr/lib/python3.11/asyncio/tasks.py"})
	if err != nil {
		return nil, err
	}
	relocate(code, libraryMarks(preludeSource), code.Filename)
	if err := th.RunModule(code, d); err != nil {
		return nil, err
	}
	// The loop methods written in the prelude (executors).
	for _, n := range []string{"run_in_executor", "set_default_executor", "shutdown_default_executor"} {
		s.loopType.Dict.SetStr(n, d.GetStr("_loop_"+n))
	}
	if th.Py36 {
		return s.module36(th, m)
	}
	return m, nil
}

// addFutureIterMethods makes FutureIter (what Future.__await__ returns) a
// generator-like iterator for Python code: __next__, send and throw.
func addFutureIterMethods(t *py.Type) {
	step := func(th *py.Thread, o py.Object, v py.Object, exc *py.Exception) (py.Object, error) {
		sd, ok := o.(py.Sender)
		if !ok {
			return nil, th.NewError(py.TypeErrorType, "not a FutureIter")
		}
		var r py.Object
		var done bool
		var err error
		if exc != nil {
			r, done, err = sd.ThrowValue(th, exc)
		} else {
			r, done, err = sd.SendValue(th, v)
		}
		if err != nil {
			return nil, err
		}
		if done {
			return nil, py.NewException(py.StopIterationType, r)
		}
		return r, nil
	}
	addMethods(t, map[string]method{
		"__iter__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) { return args[0], nil },
		"__next__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return step(th, args[0], py.None, nil)
		},
		"send": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return step(th, args[0], args[1], nil)
		},
		"throw": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			var exc *py.Exception
			switch x := args[1].(type) {
			case *py.Exception:
				exc = x
			case *py.Type:
				exc = py.NewException(x)
			default:
				return nil, th.NewError(py.TypeErrorType, "exceptions must derive from BaseException")
			}
			return step(th, args[0], nil, exc)
		},
	})
}

type cancelledKey struct{}
type timeoutKey struct{}

// CancelledErrorOf returns the session's asyncio.CancelledError class (for
// concurrent.futures), loading asyncio if needed.
func CancelledErrorOf(th *py.Thread) *py.Type {
	if _, err := th.Import("asyncio"); err != nil {
		return nil
	}
	return th.Ext[cancelledKey{}].(*py.Type)
}

// TimeoutErrorOf returns the session's asyncio.TimeoutError class.
func TimeoutErrorOf(th *py.Thread) *py.Type {
	if _, err := th.Import("asyncio"); err != nil {
		return nil
	}
	return th.Ext[timeoutKey{}].(*py.Type)
}

func sortedNames[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j-1] > out[j]; j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out
}

type modFn func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error)

func npos(args []py.Object, kw []string) int { return len(args) - len(kw) }

// kwarg returns the keyword argument called name, or nil.
func kwarg(args []py.Object, kw []string, name string) py.Object {
	n := npos(args, kw)
	for i, k := range kw {
		if k == name {
			return args[n+i]
		}
	}
	return nil
}

func argOr(args []py.Object, kw []string, i int, name string) py.Object {
	if i < npos(args, kw) {
		return args[i]
	}
	return kwarg(args, kw, name)
}

var moduleFuncs = map[string]modFn{
	"get_event_loop": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		if s.running != nil {
			return s.running, nil
		}
		if s.eventLoop == nil {
			// BaseDefaultEventLoopPolicy.get_event_loop makes a loop only
			// while set_event_loop was never called.
			if s.setLoopCalled {
				return nil, th.NewError(py.RuntimeErrorType, "There is no current event loop in thread 'MainThread'.")
			}
			s.eventLoop = s.newLoop()
		}
		return s.eventLoop, nil
	},
	"new_event_loop": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		return s.newLoop(), nil
	},
	"set_event_loop": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		s.setLoopCalled = true
		if l, ok := argOr(args, kw, 0, "loop").(*Loop); ok {
			s.eventLoop = l
		} else {
			s.eventLoop = nil
		}
		return py.None, nil
	},
	"get_running_loop": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		if s.running == nil {
			return nil, th.NewError(py.RuntimeErrorType, "no running event loop")
		}
		return s.running, nil
	},
	// _hold_coroutines(exc, *objs) returns exc, which now keeps the
	// unstarted coroutines among objs alive (py.Thread.HoldCoroutines),
	// as the traceback of CPython's pure-Python functions does.
	"_hold_coroutines": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		if len(args) == 0 {
			return py.None, nil
		}
		if e, ok := args[0].(*py.Exception); ok {
			th.HoldCoroutines(e, args[1:]...)
		}
		return args[0], nil
	},
	"_get_running_loop": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		if s.running == nil {
			return py.None, nil
		}
		return s.running, nil
	},
	"_take_asyncgens": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		l, _ := args[0].(*Loop)
		var out []py.Object
		if l != nil {
			for _, g := range l.asyncgens {
				if !g.Finished() {
					out = append(out, g)
				}
			}
			l.asyncgens = nil
		}
		return py.NewList(out), nil
	},
	"_set_sigint_hook": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		s.sigintHook = args[0]
		return py.None, nil
	},
	// _sleep_timer(delay, result) is sleep()'s
	//   loop = get_running_loop()
	//   future = loop.create_future()
	//   h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
	// in one call returning (future, h): the loop's methods cannot be
	// overridden, and a sleeping coroutine's frame then needs two locals
	// fewer (100 000 sleeping tasks hold 100 000 of them).
	"_sleep_timer": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 2 || len(kw) != 0 {
			return nil, th.Errorf(py.TypeErrorType, "_sleep_timer() takes exactly 2 arguments (%d given)", len(args))
		}
		l := s.running
		if l == nil {
			return nil, th.NewError(py.RuntimeErrorType, "no running event loop")
		}
		cb := s.mod.Dict.GetStr("_set_result_unless_cancelled")
		if cb == nil {
			return nil, th.NewError(py.RuntimeErrorType, "asyncio is not initialised")
		}
		when, err := deadline(th, l.l.Time(), args[0])
		if err != nil {
			return nil, err
		}
		fut := s.newFuture(l)
		h, err := l.callAt(th, when, cb, []py.Object{fut, args[1]})
		if err != nil {
			return nil, err
		}
		return py.Tuple{fut, h}, nil
	},
	"_sleep0": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		if n := len(s.spareSleep0); n > 0 {
			z := s.spareSleep0[n-1]
			s.spareSleep0 = s.spareSleep0[:n-1]
			return z, nil
		}
		return &sleep0{st: s}, nil
	},
	"ensure_future": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		var l *Loop
		if x, ok := kwarg(args, kw, "loop").(*Loop); ok {
			l = x
		}
		if npos(args, kw) < 1 {
			return nil, th.NewError(py.TypeErrorType, "ensure_future() missing 1 required positional argument: 'coro_or_future'")
		}
		return s.ensureFuture(th, args[0], l)
	},
	"create_task": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		if s.running == nil {
			// tasks.create_task is Python code: its frame, which the
			// traceback keeps, holds the coroutine.
			err := th.NewError(py.RuntimeErrorType, "no running event loop")
			th.HoldCoroutines(err, args...)
			return nil, err
		}
		if npos(args, kw) < 1 {
			return nil, th.NewError(py.TypeErrorType, "create_task() missing 1 required positional argument: 'coro'")
		}
		if !isCoroutineObject(args[0]) {
			r, _ := py.ReprString(th, args[0])
			return nil, th.Errorf(py.TypeErrorType, "a coroutine was expected, got %s", r)
		}
		// tasks.create_task makes an unnamed task (which uses up a
		// Task-N number) and then sets the name.
		s.siteOverride = &createTaskSite
		t, err := s.newTask(th, s.running, args[0], nil, kwarg(args, kw, "context"))
		s.siteOverride = nil
		if err != nil {
			return nil, err
		}
		if name := kwarg(args, kw, "name"); name != nil && name != py.None {
			n, err := py.StrOf(th, name)
			if err != nil {
				return nil, err
			}
			t.name = n
		}
		return t, nil
	},
	"current_task": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		l := s.running
		if x, ok := argOr(args, kw, 0, "loop").(*Loop); ok {
			l = x
		}
		if l == nil {
			return nil, th.NewError(py.RuntimeErrorType, "no running event loop")
		}
		if l.current == nil {
			return py.None, nil
		}
		return l.current, nil
	},
	"all_tasks": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		l := s.running
		if x, ok := argOr(args, kw, 0, "loop").(*Loop); ok {
			l = x
		}
		if l == nil {
			return nil, th.NewError(py.RuntimeErrorType, "no running event loop")
		}
		return s.allTasks(th, l)
	},
	"iscoroutine": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		// coroutines._COROUTINE_TYPES still holds types.GeneratorType in
		// 3.11 (generator-based coroutines).
		g, ok := args[0].(*py.Generator)
		return py.Bool(ok && (g.Kind == py.KindCoroutine || g.Kind == py.KindGenerator)), nil
	},
	"isfuture": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		return py.Bool(futureOf(args[0]) != nil), nil
	},
	"iscoroutinefunction": func(th *py.Thread, s *state, args []py.Object, kw []string) (py.Object, error) {
		f := args[0]
		if m, ok := f.(*py.Method); ok {
			f = m.Func
		}
		fn, ok := f.(*py.Function)
		if ok && fn.Code.Flags&compile.FlagCoroutine != 0 {
			return py.True, nil
		}
		// asyncio.coroutine's mark (3.6's generator-based coroutines).
		if ok && fn.Dict != nil {
			if m := fn.Dict.GetStr("_is_coroutine"); m != nil && m == s.mod.Dict.GetStr("_is_coroutine") {
				return py.True, nil
			}
		}
		return py.False, nil
	},
}

func (s *state) allTasks(th *py.Thread, l *Loop) (py.Object, error) {
	set := py.NewSet()
	kept := s.tasks[:0]
	for _, t := range s.tasks {
		if t.state == pending {
			kept = append(kept, t)
		}
	}
	s.tasks = kept
	for _, t := range s.tasks {
		if t.loop == l || l == nil {
			if err := set.Add(th, t); err != nil {
				return nil, err
			}
		}
	}
	return set, nil
}

// isCoroutineObject is coroutines.iscoroutine for what a Task may run: a
// coroutine, or (as CPython 3.11 still counts them) a generator.
func isCoroutineObject(o py.Object) bool {
	g, ok := o.(*py.Generator)
	return ok && (g.Kind == py.KindCoroutine || g.Kind == py.KindGenerator)
}

// moduleFuncParams names the required first parameter of the module's
// Go functions that have one, for CPython's message when it is missing.
var moduleFuncParams = map[string]string{
	"set_event_loop":      "loop",
	"ensure_future":       "coro_or_future",
	"create_task":         "coro",
	"iscoroutine":         "obj",
	"isfuture":            "obj",
	"iscoroutinefunction": "func",
	"_set_sigint_hook":    "hook",
	"_take_asyncgens":     "loop",
}

// sleep0 is asyncio.tasks.__sleep0: a bare yield.
type sleep0 struct {
	st   *state
	done bool
}

func (s *sleep0) Type() *py.Type { return s.st.futureIterType }

// Await implements py.Awaitable.
func (s *sleep0) Await(th *py.Thread) (py.Object, error) { return s, nil }

// SendValue implements py.Sender.
func (s *sleep0) SendValue(th *py.Thread, v py.Object) (py.Object, bool, error) {
	if !s.done {
		s.done = true
		return py.None, false, nil
	}
	// Done: only sleep()'s frame held it (prelude.py's `await _sleep0()`),
	// and it lets go now, so the next _sleep0() may reuse it.
	s.done = false
	if len(s.st.spareSleep0) < maxSpareSleep0 {
		s.st.spareSleep0 = append(s.st.spareSleep0, s)
	}
	return py.None, true, nil
}

// maxSpareSleep0 bounds the finished sleep0 objects kept for reuse.
const maxSpareSleep0 = 64

// ThrowValue implements py.Sender.
func (s *sleep0) ThrowValue(th *py.Thread, exc *py.Exception) (py.Object, bool, error) {
	return nil, false, exc
}

func (s *state) newLoop() *Loop {
	l := &Loop{st: s, l: loop.New(s.clock), slowCallback: 0.1}
	s.loops = append(s.loops, l)
	th := s.th
	l.l.OnIdle = func() error {
		if th.IdleHook != nil && th.IdleHook() {
			return s.deliverSIGINT(th, l)
		}
		return &py.Abort{Code: 3, Msg: "[idle forever]"}
	}
	_ = s.report(th, py.None) // BaseSelectorEventLoop.__init__'s "Using selector"
	return l
}

// deliverSIGINT delivers Ctrl+C: a loop signal handler if one is set, else
// asyncio.run's handler, else Python's default KeyboardInterrupt.
func (s *state) deliverSIGINT(th *py.Thread, l *Loop) error {
	const sigint = 2
	th.Emit(py.TraceEvent{What: "signal", Detail: "SIGINT"})
	if l.l.DeliverSignal(sigint) {
		return nil
	}
	if s.sigintHook != nil && s.sigintHook != py.None {
		r, err := th.Call(s.sigintHook, nil, nil)
		if err != nil {
			return err
		}
		if r == py.True {
			return nil
		}
	}
	return py.NewException(py.KeyboardInterruptType)
}

// ensureFuture mirrors tasks._ensure_future.
func (s *state) ensureFuture(th *py.Thread, o py.Object, l *Loop) (py.Object, error) {
	if f := futureOf(o); f != nil {
		if l != nil && f.loop != l {
			return nil, th.NewError(py.ValueErrorType, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return o, nil
	}
	if !isCoroutineObject(o) {
		_, isAwaitable := o.(py.Awaitable)
		if !isAwaitable && o.Type().Lookup("__await__") == nil {
			return nil, th.NewError(py.TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required")
		}
		// Any other awaitable runs inside a coroutine that awaits it.
		coro, err := th.Call(s.mod.Dict.GetStr("_wrap_awaitable"), []py.Object{o}, nil)
		if err != nil {
			return nil, err
		}
		o = coro
	}
	if l == nil {
		if s.running != nil {
			l = s.running
		} else {
			if s.eventLoop == nil {
				s.eventLoop = s.newLoop()
			}
			l = s.eventLoop
		}
	}
	s.siteOverride = &ensureFutureSite
	t, err := s.newTask(th, l, o, nil, nil)
	s.siteOverride = nil
	return t, err
}
