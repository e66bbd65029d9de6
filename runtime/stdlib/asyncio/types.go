package asyncio

import (
	"runtime"
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

type method func(th *py.Thread, args []py.Object, kw []string) (py.Object, error)

func addMethods(t *py.Type, ms map[string]method) {
	for _, name := range sortedNames(ms) {
		fn := ms[name]
		qual := t.Name + "." + name
		if req, ok := loopRequired[qual]; ok {
			fn = checkRequired(fn, name, req)
		} else if !strings.HasPrefix(qual, "_UnixSelectorEventLoop.") {
			// Future, Task and handle methods run no Python code, so a
			// panic inside them is theirs (the loop's run methods do).
			fn = guardArgs(fn, qual)
		}
		t.Dict.SetStr(name, &py.Builtin{Name: name, Qualname: qual, Fn: py.BuiltinFn(fn), Method: true})
	}
}

// required names the positional parameters a Go-implemented method must
// be given, and the class CPython names in its message.
type required struct {
	owner  string
	params []string
}

// loopRequired are the event loop methods' required parameters, as
// CPython reports them when missing.
var loopRequired = map[string]required{
	"_UnixSelectorEventLoop.run_until_complete":        {"BaseEventLoop", []string{"future"}},
	"_UnixSelectorEventLoop.call_soon":                 {"BaseEventLoop", []string{"callback"}},
	"_UnixSelectorEventLoop.call_soon_threadsafe":      {"BaseEventLoop", []string{"callback"}},
	"_UnixSelectorEventLoop.call_later":                {"BaseEventLoop", []string{"delay", "callback"}},
	"_UnixSelectorEventLoop.call_at":                   {"BaseEventLoop", []string{"when", "callback"}},
	"_UnixSelectorEventLoop.create_task":               {"BaseEventLoop", []string{"coro"}},
	"_UnixSelectorEventLoop.add_signal_handler":        {"_UnixSelectorEventLoop", []string{"sig", "callback"}},
	"_UnixSelectorEventLoop.remove_signal_handler":     {"_UnixSelectorEventLoop", []string{"sig"}},
	"_UnixSelectorEventLoop.set_exception_handler":     {"BaseEventLoop", []string{"handler"}},
	"_UnixSelectorEventLoop.call_exception_handler":    {"BaseEventLoop", []string{"context"}},
	"_UnixSelectorEventLoop.default_exception_handler": {"BaseEventLoop", []string{"context"}},
	"_UnixSelectorEventLoop.run_in_executor":           {"BaseEventLoop", []string{"executor", "func"}},
	"_UnixSelectorEventLoop.set_debug":                 {"BaseEventLoop", []string{"enabled"}},
	"_UnixSelectorEventLoop.set_task_factory":          {"BaseEventLoop", []string{"factory"}},
}

// guardArgs turns a call that gives a Go-implemented method fewer
// arguments than it reads (an index out of range in its Go code) into a
// TypeError, so that no script can crash the runtime that way.
func guardArgs(fn method, qual string) method {
	return func(th *py.Thread, args []py.Object, kw []string) (res py.Object, err error) {
		defer func() {
			if r := recover(); r != nil {
				re, ok := r.(runtime.Error)
				if !ok || !strings.Contains(re.Error(), "index out of range") {
					panic(r)
				}
				res, err = nil, th.Errorf(py.TypeErrorType, "%s() missing required positional argument (%d given)", qual, max(len(args)-1, 0))
			}
		}()
		return fn(th, args, kw)
	}
}

// checkRequired wraps the method name (args[0] is self) so that a call
// missing required positional arguments raises CPython's TypeError
// instead of reaching the Go code.
func checkRequired(fn method, name string, req required) method {
	return func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if given := len(args) - 1; len(kw) == 0 && given < len(req.params) {
			missing := req.params[given:]
			quoted := make([]string, len(missing))
			for i, p := range missing {
				quoted[i] = "'" + p + "'"
			}
			list := quoted[0]
			switch n := len(quoted); {
			case n == 2:
				list = quoted[0] + " and " + quoted[1]
			case n > 2:
				list = strings.Join(quoted[:n-1], ", ") + ", and " + quoted[n-1]
			}
			plural := "argument"
			if len(missing) > 1 {
				plural = "arguments"
			}
			return nil, th.Errorf(py.TypeErrorType, "%s.%s() missing %d required positional %s: %s", req.owner, name, len(missing), plural, list)
		}
		return fn(th, args, kw)
	}
}

func builtinType(name, module string, base *py.Type) *py.Type {
	return py.NewBuiltinClass(name, module, base, 0)
}

func (s *state) futArg(th *py.Thread, o py.Object) (*Future, error) {
	if f := futureOf(o); f != nil {
		return f, nil
	}
	return nil, th.NewError(py.TypeErrorType, "not a Future")
}

func (s *state) makeFutureType() *py.Type {
	t := builtinType("Future", "_asyncio", py.ObjectType)
	t.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		l := s.running
		if x, ok := kwarg(args, kw, "loop").(*Loop); ok {
			l = x
		}
		if l == nil {
			if s.eventLoop == nil {
				s.eventLoop = s.newLoop()
			}
			l = s.eventLoop
		}
		f := s.newFuture(l)
		f.cls = cls
		return f, nil
	}
	t.Dict.SetStr("__init__", &py.Builtin{Name: "__init__", Qualname: "Future.__init__", Method: true, Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if f := futureOf(args[0]); f != nil {
			if x, ok := kwarg(args, kw, "loop").(*Loop); ok {
				f.loop = x
			}
		}
		return py.None, nil
	}})
	ms := map[string]method{
		"result": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, err := s.futArg(th, args[0])
			if err != nil {
				return nil, err
			}
			return f.Result(th)
		},
		"exception": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			switch f.state {
			case cancelled:
				return nil, f.makeCancelledError(th)
			case pending:
				return nil, th.NewError(s.invalidStateError, "Exception is not set.")
			}
			f.logTraceback = false
			if f.exception == nil {
				return py.None, nil
			}
			return f.exception, nil
		},
		"done": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			return py.Bool(f.state != pending), nil
		},
		"cancelled": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			return py.Bool(f.state == cancelled), nil
		},
		"cancel": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			msg := argOr(args, kw, 1, "msg")
			if msg == nil {
				msg = py.None
			}
			if f.task != nil {
				return py.Bool(f.task.cancel(th, msg)), nil
			}
			return py.Bool(f.cancel(th, msg)), nil
		},
		"set_result": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			if f.task != nil {
				return nil, th.NewError(py.RuntimeErrorType, "Task does not support set_result operation")
			}
			return py.None, f.setResult(th, args[1])
		},
		"set_exception": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			if f.task != nil {
				return nil, th.NewError(py.RuntimeErrorType, "Task does not support set_exception operation")
			}
			return py.None, f.setException(th, args[1])
		},
		"add_done_callback": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			f.addDoneCallback(th, args[1])
			return py.None, nil
		},
		"remove_done_callback": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			return py.Int(f.removeDoneCallback(args[1])), nil
		},
		"get_loop": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			return f.loop, nil
		},
		"_make_cancelled_error": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			return f.makeCancelledError(th), nil
		},
		"__repr__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			return py.Str(f.reprObj(th)), nil
		},
		"__await__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f, _ := s.futArg(th, args[0])
			return &futureIter{f: f}, nil
		},
	}
	addMethods(t, ms)
	t.Dict.SetStr("__iter__", t.Dict.GetStr("__await__"))
	t.Dict.SetStr("_cancel_message", &py.Property{Get: &py.Builtin{Name: "_cancel_message", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		f, _ := s.futArg(th, args[0])
		if msg := f.cancelMsg(); msg != nil {
			return msg, nil
		}
		return py.None, nil
	}}})
	return t
}

func (s *state) makeTaskType() *py.Type {
	t := builtinType("Task", "_asyncio", s.futureType)
	t.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		coro := argOr(args, kw, 0, "coro")
		if !isCoroutineObject(coro) {
			r, _ := py.ReprString(th, coro)
			return nil, th.Errorf(py.TypeErrorType, "a coroutine was expected, got %s", r)
		}
		l := s.running
		if x, ok := kwarg(args, kw, "loop").(*Loop); ok {
			l = x
		}
		if l == nil {
			if s.eventLoop == nil {
				s.eventLoop = s.newLoop()
			}
			l = s.eventLoop
		}
		return s.newTask(th, l, coro, kwarg(args, kw, "name"), kwarg(args, kw, "context"))
	}
	t.Dict.SetStr("__init__", &py.Builtin{Name: "__init__", Qualname: "Task.__init__", Method: true, Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		return py.None, nil
	}})
	task := func(o py.Object) *Task { x, _ := o.(*Task); return x }
	ms := map[string]method{
		"get_name": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return task(args[0]).getName(), nil
		},
		"set_name": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			n, err := py.StrOf(th, args[1])
			task(args[0]).name = n
			return py.None, err
		},
		"get_coro": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) { return task(args[0]).coro, nil },
		"cancelling": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Int(task(args[0]).numCancelsReq), nil
		},
		"uncancel": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			t := task(args[0])
			if t.numCancelsReq > 0 {
				t.numCancelsReq--
			}
			return py.Int(t.numCancelsReq), nil
		},
		"__repr__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Str(task(args[0]).repr(th)), nil
		},
	}
	addMethods(t, ms)
	t.Dict.SetStr("_log_destroy_pending", logDestroyPendingProperty(task))
	if s.th.Py36 {
		s.taskType36(t)
	}
	return t
}

func (s *state) makeHandleType(name string) *py.Type {
	t := builtinType(name, "asyncio.events", py.ObjectType)
	t.New = nil
	h := func(o py.Object) *handleObj { x, _ := o.(*handleObj); return x }
	addMethods(t, map[string]method{
		"cancel": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			h(args[0]).h.Cancel()
			return py.None, nil
		},
		"cancelled": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Bool(h(args[0]).h.Cancelled()), nil
		},
		"when": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Float(h(args[0]).h.When()), nil
		},
		"__repr__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Str(h(args[0]).repr(th)), nil
		},
	})
	if name == "TimerHandle" {
		addTimerHandleOrder(t, h)
	}
	return t
}

// addTimerHandleOrder gives TimerHandle events.TimerHandle's comparisons:
// ordered by deadline, equal when deadline, callback, arguments and
// cancelled state are equal; hashed by deadline.
func addTimerHandleOrder(t *py.Type, h func(py.Object) *handleObj) {
	eq := func(th *py.Thread, a, b *handleObj) (bool, error) {
		if a.h.When() != b.h.When() || a.h.Cancelled() != b.h.Cancelled() {
			return false, nil
		}
		if a.h.Cancelled() {
			// A cancelled handle has dropped its callback and arguments.
			return true, nil
		}
		ok, err := py.Equal(th, a.cb, b.cb)
		if err != nil || !ok {
			return false, err
		}
		return py.Equal(th, py.Tuple(a.args), py.Tuple(b.args))
	}
	cmp := func(lt bool, orEqual bool) method {
		return func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			a, b := h(args[0]), h(args[1])
			if a == nil || b == nil || !b.h.IsTimer() {
				return py.NotImplemented, nil
			}
			if (lt && a.h.When() < b.h.When()) || (!lt && a.h.When() > b.h.When()) {
				return py.True, nil
			}
			if !orEqual {
				return py.False, nil
			}
			r, err := eq(th, a, b)
			return py.Bool(r), err
		}
	}
	addMethods(t, map[string]method{
		"__lt__": cmp(true, false),
		"__le__": cmp(true, true),
		"__gt__": cmp(false, false),
		"__ge__": cmp(false, true),
		"__eq__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			a, b := h(args[0]), h(args[1])
			if a == nil || b == nil || !b.h.IsTimer() {
				return py.NotImplemented, nil
			}
			r, err := eq(th, a, b)
			return py.Bool(r), err
		},
		"__hash__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			v, err := py.Hash(th, py.Float(h(args[0]).h.When()))
			return py.Int(v), err
		},
	})
}

// deadline returns now + delay as call_later computes it (self.time() +
// delay, Python's addition), as a float.
func deadline(th *py.Thread, now float64, delay py.Object) (float64, error) {
	if d, ok := delay.(py.Float); ok {
		return now + float64(d), nil
	}
	sum, err := py.BinaryOp(th, compile.OpAdd, py.Float(now), delay)
	if err != nil {
		return 0, err
	}
	return pyargs.Float(th, sum)
}

func (s *state) makeLoopType() *py.Type {
	t := builtinType("_UnixSelectorEventLoop", "asyncio.unix_events", py.ObjectType)
	t.New = nil
	lp := func(o py.Object) *Loop { x, _ := o.(*Loop); return x }
	addMethods(t, map[string]method{
		"run_forever": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			l := lp(args[0])
			if err := l.l.CheckClosed(); err != nil {
				return nil, th.NewError(py.RuntimeErrorType, err.Error())
			}
			if err := l.l.CheckRunning(); err != nil {
				return nil, th.NewError(py.RuntimeErrorType, err.Error())
			}
			return py.None, l.runForever(th)
		},
		"run_until_complete": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return lp(args[0]).runUntilComplete(th, args[1])
		},
		"stop": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			lp(args[0]).l.Stop()
			return py.None, nil
		},
		"close": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			l := lp(args[0])
			wasClosed := l.l.IsClosed()
			if err := l.l.Close(); err != nil {
				return nil, th.NewError(py.RuntimeErrorType, err.Error())
			}
			if !wasClosed {
				th.Emit(py.TraceEvent{What: "loop-close"})
			}
			return py.None, nil
		},
		"is_running": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Bool(lp(args[0]).l.IsRunning()), nil
		},
		"is_closed": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Bool(lp(args[0]).l.IsClosed()), nil
		},
		"time": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Float(lp(args[0]).l.Time()), nil
		},
		"get_debug": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Bool(lp(args[0]).debug), nil
		},
		"set_debug": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			on, err := py.Truth(th, args[1])
			l := lp(args[0])
			l.debug = on
			if l.l.IsRunning() {
				th.CoroutineOriginDepth = 0
				if on {
					th.CoroutineOriginDepth = debugStackDepth
				}
			}
			return py.None, err
		},
		"call_soon": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			n := npos(args, kw)
			if n < 2 {
				return nil, th.NewError(py.TypeErrorType, "call_soon() missing 1 required positional argument: 'callback'")
			}
			ho, err := lp(args[0]).callSoon(th, args[1], append([]py.Object(nil), args[2:n]...))
			return withContext(ho, err, args, kw)
		},
		"call_soon_threadsafe": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			n := npos(args, kw)
			ho, err := lp(args[0]).callSoon(th, args[1], append([]py.Object(nil), args[2:n]...))
			return withContext(ho, err, args, kw)
		},
		"call_later": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			l := lp(args[0])
			n := npos(args, kw)
			if args[1] == py.None {
				return nil, th.NewError(py.TypeErrorType, "delay must not be None")
			}
			when, err := deadline(th, l.l.Time(), args[1])
			if err != nil {
				return nil, err
			}
			s.siteOverride = &callLaterSite
			ho, err := l.callAt(th, when, args[2], append([]py.Object(nil), args[3:n]...))
			s.siteOverride = nil
			return withContext(ho, err, args, kw)
		},
		"call_at": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			l := lp(args[0])
			n := npos(args, kw)
			if args[1] == py.None {
				return nil, th.NewError(py.TypeErrorType, "when cannot be None")
			}
			w, err := pyargs.Float(th, args[1])
			if err != nil {
				return nil, err
			}
			ho, err := l.callAt(th, w, args[2], append([]py.Object(nil), args[3:n]...))
			return withContext(ho, err, args, kw)
		},
		"create_future": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			f := s.newFuture(lp(args[0]))
			if f.loop.debug {
				s.siteOverride = &createFutureSite
				f.noteCreated(th)
				s.siteOverride = nil
			}
			return f, nil
		},
		"create_task": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			coro := args[1]
			if !isCoroutineObject(coro) {
				r, _ := py.ReprString(th, coro)
				return nil, th.Errorf(py.TypeErrorType, "a coroutine was expected, got %s", r)
			}
			if err := lp(args[0]).l.CheckClosed(); err != nil {
				return nil, th.NewError(py.RuntimeErrorType, err.Error())
			}
			return s.newTask(th, lp(args[0]), coro, kwarg(args, kw, "name"), kwarg(args, kw, "context"))
		},
		"add_signal_handler": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			l := lp(args[0])
			n := npos(args, kw)
			if isCoroutineOrFunction(args[2]) {
				return nil, th.NewError(py.TypeErrorType, "coroutines cannot be used with add_signal_handler()")
			}
			sig, err := signalNumber(th, args[1])
			if err != nil {
				return nil, err
			}
			ho := &handleObj{l: l, cb: args[2], args: append([]py.Object(nil), args[3:n]...)}
			h, err := l.l.AddSignalHandler(int(sig), nil, ho)
			if err != nil {
				return nil, th.NewError(py.RuntimeErrorType, err.Error())
			}
			ho.h = h
			return py.None, nil
		},
		"remove_signal_handler": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			sig, err := signalNumber(th, args[1])
			if err != nil {
				return nil, err
			}
			return py.Bool(lp(args[0]).l.RemoveSignalHandler(int(sig))), nil
		},
		"call_exception_handler": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			l := lp(args[0])
			d, isDict := args[1].(*py.Dict)
			if !isDict {
				if l.excHandler != nil && l.excHandler != py.None {
					// A handler of the script's gets whatever it is given.
					_, err := th.Call(l.excHandler, []py.Object{l, args[1]}, nil)
					return py.None, err
				}
				// The default handler's context.get('message') fails; the
				// loop logs that failure as CPython's does.
				th.Print(py.StreamStderr, "Exception in default exception handler\n"+
					"Traceback (most recent call last):\n"+
					"  File \"/usr/lib/python3.11/asyncio/base_events.py\", line 1797, in call_exception_handler\n"+
					"    self.default_exception_handler(context)\n"+
					"  File \"/usr/lib/python3.11/asyncio/base_events.py\", line 1738, in default_exception_handler\n"+
					"    message = context.get('message')\n"+
					"              ^^^^^^^^^^^\n"+
					"AttributeError: '"+args[1].Type().Name+"' object has no attribute 'get'\n")
				return py.None, nil
			}
			return py.None, l.callExceptionHandler(th, d)
		},
		"default_exception_handler": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			d, isDict := args[1].(*py.Dict)
			if !isDict {
				return nil, th.Errorf(py.AttributeErrorType, "'%s' object has no attribute 'get'", args[1].Type().Name)
			}
			return py.None, lp(args[0]).defaultExceptionHandler(th, d)
		},
		"set_exception_handler": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			if args[1] != py.None && !callable(args[1]) {
				r, _ := py.ReprString(th, args[1])
				return nil, th.Errorf(py.TypeErrorType, "A callable object or None is expected, got %s", r)
			}
			lp(args[0]).excHandler = args[1]
			return py.None, nil
		},
		"get_exception_handler": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			if h := lp(args[0]).excHandler; h != nil {
				return h, nil
			}
			return py.None, nil
		},
		"shutdown_asyncgens": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return th.Call(s.mod.Dict.GetStr("_shutdown_asyncgens"), []py.Object{args[0]}, nil)
		},
		"__repr__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			l := lp(args[0])
			return py.Str(sprintf("<_UnixSelectorEventLoop running=%s closed=%s debug=%s>", pyBool(l.l.IsRunning()), pyBool(l.l.IsClosed()), pyBool(l.debug))), nil
		},
	})
	t.Dict.SetStr("slow_callback_duration", &py.Property{
		Get: &py.Builtin{Name: "slow_callback_duration", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Float(lp(args[0]).slowCallback), nil
		}},
		Set: &py.Builtin{Name: "slow_callback_duration", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			d, err := pyargs.Float(th, args[1])
			lp(args[0]).slowCallback = d
			return py.None, err
		}},
	})
	return t
}

// signalNumber mirrors _UnixSelectorEventLoop._check_signal: an int
// (signal.Signals members are ints) naming a valid signal.
func signalNumber(th *py.Thread, o py.Object) (py.Int, error) {
	i, ok, err := py.Index(th, o)
	if err != nil {
		return 0, err
	}
	n, isInt := i.(py.Int)
	if !ok || !isInt {
		r, _ := py.ReprString(th, o)
		return 0, th.Errorf(py.TypeErrorType, "sig must be an int, not %s", r)
	}
	if n < 1 || n >= 65 {
		return 0, th.Errorf(py.ValueErrorType, "invalid signal number %d", int64(n))
	}
	return n, nil
}

// isCoroutineOrFunction is coroutines.iscoroutine(cb) or
// coroutines.iscoroutinefunction(cb).
func isCoroutineOrFunction(cb py.Object) bool {
	if m, ok := cb.(*py.Method); ok {
		cb = m.Func
	}
	switch x := cb.(type) {
	case *py.Generator:
		return x.Kind == py.KindCoroutine || x.Kind == py.KindGenerator
	case *py.Function:
		return x.Code.Flags&compile.FlagCoroutine != 0
	}
	return false
}

// callable is Python's callable().
func callable(o py.Object) bool {
	switch o.(type) {
	case *py.Function, *py.Builtin, *py.Method, *py.Type:
		return true
	}
	return o.Type().Lookup("__call__") != nil
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// Finalize prints what CPython prints at interpreter exit for tasks still
// pending ("Task was destroyed but it is pending!"). survivors are what
// outlives the shutdown besides asyncio's own state: the script's globals
// when an uncaught exception ended it (its traceback, kept as
// sys.last_traceback, holds them), else nothing.
func Finalize(th *py.Thread, survivors []py.Object) {
	s, ok := th.Ext[stateKey{}].(*state)
	if !ok {
		return
	}
	_ = s.checkUnretrieved(th, true)
	// A pending task is destroyed at exit unless what survives CPython's
	// shutdown keeps it: the event loop policy's loop stays, and with it
	// what its ready queue and timers will call (unless it was closed,
	// which dropped them); the script's globals go, unless an uncaught
	// exception ended it. A task waiting on a future that no timer or
	// callback will complete is destroyed.
	var pendingTasks []py.Object
	for _, t := range s.tasks {
		if t.state == pending && !t.quietDestroy {
			pendingTasks = append(pendingTasks, t)
		}
	}
	if len(pendingTasks) == 0 {
		return
	}
	roots := survivors
	if s.eventLoop != nil && !s.eventLoop.l.IsClosed() {
		roots = append(roots, s.eventLoop)
	}
	kept := th.ReachableFrom(roots, pendingTasks)
	for i, o := range pendingTasks {
		if !kept[i] {
			_ = s.report(th, py.Str("Task was destroyed but it is pending!\ntask: "+o.(*Task).reprAt(th, true)))
		}
	}
}

// logDestroyPendingProperty is Task._log_destroy_pending, which gather
// clears on the tasks it creates: such a task destroyed while pending is
// not reported.
func logDestroyPendingProperty(task func(py.Object) *Task) *py.Property {
	return &py.Property{
		Get: &py.Builtin{Name: "_log_destroy_pending", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return py.Bool(!task(args[0]).quietDestroy), nil
		}},
		Set: &py.Builtin{Name: "_log_destroy_pending", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			on, err := py.Truth(th, args[1])
			task(args[0]).quietDestroy = !on
			return py.None, err
		}},
	}
}

// withContext applies a call_soon-like method's context= argument (a
// contextvars.Context) to the handle it made.
func withContext(ho *handleObj, err error, args []py.Object, kw []string) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if c := kwarg(args, kw, "context"); c != nil && c != py.None {
		ho.ctx = c
	}
	return ho, nil
}
