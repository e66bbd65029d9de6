package asyncio

import (
	"github.com/aioplay/aioplay/runtime/loop"
	"github.com/aioplay/aioplay/runtime/py"
)

// Loop is the Python-visible event loop (asyncio's _UnixSelectorEventLoop)
// around the language-independent loop.Loop.
type Loop struct {
	st      *state
	l       *loop.Loop
	current *Task
	// excHandler is set_exception_handler's handler (nil: default).
	excHandler py.Object
	debug      bool
	// asyncgens are the async generators first iterated while this loop
	// ran, for shutdown_asyncgens (BaseEventLoop._asyncgens).
	asyncgens []*py.Generator
}

// Type returns the loop class.
func (l *Loop) Type() *py.Type { return l.st.loopType }

// handleObj is the Python-visible asyncio.Handle / TimerHandle.
type handleObj struct {
	st   *state
	l    *Loop // the loop that runs the handle
	h    *loop.Handle
	cb   py.Object
	args []py.Object
}

func (h *handleObj) Type() *py.Type {
	if h.h != nil && h.h.IsTimer() {
		return h.st.timerHandleType
	}
	return h.st.handleType
}

func (h *handleObj) repr(th *py.Thread) string {
	name := "Handle"
	info := ""
	if h.h != nil && h.h.IsTimer() {
		name = "TimerHandle"
		info = " when=" + py.FloatRepr(h.h.When())
	}
	if h.h != nil && h.h.Cancelled() {
		return "<" + name + " cancelled" + info + ">"
	}
	return "<" + name + info + " " + formatCallback(th, h.cb, h.args) + ">"
}

// callSoon schedules a Python callable with arguments, running it as
// Handle._run does: exceptions go to the loop's exception handler, except
// SystemExit and KeyboardInterrupt which end the run.
func (l *Loop) callSoon(th *py.Thread, cb py.Object, args []py.Object) (*handleObj, error) {
	ho := &handleObj{st: l.st, l: l, cb: cb, args: args}
	h, err := l.l.CallSoon(nil, ho)
	if err != nil {
		return nil, th.NewError(py.RuntimeErrorType, err.Error())
	}
	ho.h = h
	return ho, nil
}

func (l *Loop) callAt(th *py.Thread, when float64, cb py.Object, args []py.Object) (*handleObj, error) {
	ho := &handleObj{st: l.st, l: l, cb: cb, args: args}
	h, err := l.l.CallAt(when, nil, ho)
	if err != nil {
		return nil, th.NewError(py.RuntimeErrorType, err.Error())
	}
	ho.h = h
	return ho, nil
}

// Run implements loop.Runner: the handle's callback runs as Handle._run
// does it.
func (ho *handleObj) Run() error {
	th, l := ho.st.th, ho.l
	if th.Tracing() && !internalCallback(ho.cb) {
		what := "callback"
		if ho.h != nil && ho.h.IsTimer() {
			what = "timer"
		}
		th.Emit(py.TraceEvent{What: what, Detail: formatCallback(th, ho.cb, ho.args)})
	}
	var err error
	s := ho.st
	s.runningHandles = append(s.runningHandles, ho)
	if w, ok := ho.cb.(taskWakeup); ok && len(ho.args) == 1 {
		// A task waking up: the commonest callback, called directly.
		err = w.call(th, ho.args[0])
	} else {
		_, err = th.CallRooted(ho.cb, ho.args, nil)
	}
	s.runningHandles = s.runningHandles[:len(s.runningHandles)-1]
	if err == nil {
		return l.st.checkUnretrieved(th, false)
	}
	e, ok := err.(*py.Exception)
	if !ok || e.IsA(py.SystemExitType) || e.IsA(py.KeyboardInterruptType) || e.IsA(py.StepBudgetExceeded) {
		return err
	}
	ctx := py.NewDict()
	ctx.SetStr("message", py.Str("Exception in callback "+formatCallback(th, ho.cb, ho.args)))
	ctx.SetStr("exception", e)
	ctx.SetStr("handle", ho)
	if err := l.callExceptionHandler(th, ctx); err != nil {
		return err
	}
	return l.st.checkUnretrieved(th, false)
}

// formatCallback mirrors format_helpers._format_callback_source.
func formatCallback(th *py.Thread, cb py.Object, args []py.Object) string {
	s := formatCallbackArgs(th, cb, args, nil, "")
	if src := callableSource(th, cb); src != "" {
		s += " at " + src
	}
	return s
}

// formatCallbackArgs mirrors format_helpers._format_callback: a
// functools.partial shows its function with the partial's arguments,
// then the call's arguments as a suffix.
func formatCallbackArgs(th *py.Thread, cb py.Object, args []py.Object, kwargs *py.Dict, suffix string) string {
	if fn, pargs, pkw, ok := partialParts(th, cb); ok {
		suffix = formatArgs(th, args, kwargs) + suffix
		return formatCallbackArgs(th, fn, pargs, pkw, suffix)
	}
	s := callableName(th, cb)
	if args != nil || kwargs != nil || isFunction(cb) {
		s += formatArgs(th, args, kwargs)
	}
	return s + suffix
}

// formatArgs mirrors format_helpers._format_args_and_kwargs.
func formatArgs(th *py.Thread, args []py.Object, kwargs *py.Dict) string {
	var parts []string
	for _, a := range args {
		parts = append(parts, reprlibRepr(th, a))
	}
	if kwargs != nil {
		for _, kv := range kwargs.Items() {
			k, _ := py.StrOf(th, kv[0])
			parts = append(parts, string(k.(py.Str))+"="+reprlibRepr(th, kv[1]))
		}
	}
	return "(" + join(parts, ", ") + ")"
}

// partialParts takes a functools.partial apart.
func partialParts(th *py.Thread, cb py.Object) (fn py.Object, args []py.Object, kw *py.Dict, ok bool) {
	inst, isInst := cb.(*py.Instance)
	if !isInst || inst.Class.Name != "partial" || inst.Class.Module != "functools" {
		return nil, nil, nil, false
	}
	fn, err1 := py.GetAttr(th, cb, "func")
	a, err2 := py.GetAttr(th, cb, "args")
	k, err3 := py.GetAttr(th, cb, "keywords")
	t, okT := a.(py.Tuple)
	d, okD := k.(*py.Dict)
	if err1 != nil || err2 != nil || err3 != nil || !okT || !okD {
		return nil, nil, nil, false
	}
	if d.Len() == 0 {
		d = nil
	}
	return fn, []py.Object(t), d, true
}

// internalCallback reports callbacks that asyncio itself schedules (task
// wake-ups, run_until_complete's stopper): the timeline shows their
// effect ("wake") rather than the callback.
func internalCallback(cb py.Object) bool {
	switch b := cb.(type) {
	case taskWakeup:
		return true
	case *py.Builtin:
		return b.Qualname == "_run_until_complete_cb"
	}
	return false
}

func isFunction(cb py.Object) bool {
	switch x := cb.(type) {
	case *py.Function:
		return true
	case *py.Method:
		return isFunction(x.Func)
	case *py.Builtin, taskWakeup:
		return true
	}
	return false
}

func callableName(th *py.Thread, cb py.Object) string {
	switch x := cb.(type) {
	case taskWakeup:
		if th.Py36 {
			return wakeupRepr36(th, cb)
		}
		return "Task.task_wakeup"
	case *py.Function:
		return x.Qualname
	case *py.Builtin:
		return x.Qualname
	case *py.Method:
		switch f := x.Func.(type) {
		case *py.Function:
			return f.Qualname
		case *py.Builtin:
			return f.Qualname
		}
	}
	s, _ := py.ReprString(th, cb)
	return s
}

// callableSource mirrors format_helpers._get_function_source: plain
// functions (and partials of them) have a source; bound methods do not
// (inspect.isfunction is False for them).
func callableSource(th *py.Thread, cb py.Object) string {
	switch x := cb.(type) {
	case *py.Function:
		return sprintf("%s:%d", x.Code.Filename, x.Code.FirstLine)
	case *py.Builtin:
		if x.Qualname == "_run_until_complete_cb" {
			// base_events._run_until_complete_cb is a Python function.
			return "/usr/lib/python3.11/asyncio/base_events.py:180"
		}
	}
	if fn, _, _, ok := partialParts(th, cb); ok {
		return callableSource(th, fn)
	}
	return ""
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

// callExceptionHandler mirrors BaseEventLoop.call_exception_handler.
func (l *Loop) callExceptionHandler(th *py.Thread, ctx *py.Dict) error {
	if l.excHandler == nil || l.excHandler == py.None {
		return l.defaultExceptionHandler(th, ctx)
	}
	_, err := th.Call(l.excHandler, []py.Object{l, ctx}, nil)
	if err != nil {
		if e, ok := err.(*py.Exception); ok && (e.IsA(py.SystemExitType) || e.IsA(py.KeyboardInterruptType)) {
			return err
		}
		e2, ok := err.(*py.Exception)
		if !ok {
			return err
		}
		// The handler ran inside the except block that caught the
		// callback's exception (Handle._run), so CPython chains it.
		if orig, ok := ctx.GetStr("exception").(*py.Exception); ok && e2.Context == nil && e2 != orig {
			e2.Context = orig
		}
		c2 := py.NewDict()
		c2.SetStr("message", py.Str("Unhandled error in exception handler"))
		c2.SetStr("exception", e2)
		c2.SetStr("context", ctx)
		return l.defaultExceptionHandler(th, c2)
	}
	return nil
}

// defaultExceptionHandler is BaseEventLoop.default_exception_handler,
// in the prelude (_report).
func (l *Loop) defaultExceptionHandler(th *py.Thread, ctx *py.Dict) error {
	return l.st.report(th, ctx)
}

// report calls the prelude's _report(arg, logging), which logs through
// the 'asyncio' logger as CPython's asyncio does (so that basicConfig's
// format applies): logging is the module once imported, else None.
func (s *state) report(th *py.Thread, arg py.Object) error {
	var lg py.Object = py.None
	if m := th.Modules["logging"]; m != nil {
		lg = m
	}
	_, err := th.Call(s.mod.Dict.GetStr("_report"), []py.Object{arg, lg}, nil)
	return err
}

// runUntilComplete mirrors BaseEventLoop.run_until_complete.
func (l *Loop) runUntilComplete(th *py.Thread, fut py.Object) (py.Object, error) {
	// BaseEventLoop.run_until_complete is Python code: its frame, which
	// the traceback keeps, holds the coroutine.
	if err := l.l.CheckClosed(); err != nil {
		e := th.NewError(py.RuntimeErrorType, err.Error())
		th.HoldCoroutines(e, fut)
		return nil, e
	}
	if err := l.l.CheckRunning(); err != nil {
		e := th.NewError(py.RuntimeErrorType, err.Error())
		th.HoldCoroutines(e, fut)
		return nil, e
	}
	newTask := false
	f, err := l.st.ensureFuture(th, fut, l)
	if err != nil {
		return nil, err
	}
	if _, isTask := fut.(*Task); !isTask {
		if _, isFut := fut.(*Future); !isFut {
			newTask = true
		}
	}
	stopper := &py.Builtin{Name: "_run_until_complete_cb", Qualname: "_run_until_complete_cb", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		l.l.Stop()
		return py.None, nil
	}}
	base := futureOf(f)
	base.addDoneCallback(th, stopper)
	// CPython's run_until_complete holds the future in a local while the
	// loop runs: what it references stays alive.
	l.st.awaited = append(l.st.awaited, f)
	err = l.runForever(th)
	l.st.awaited = l.st.awaited[:len(l.st.awaited)-1]
	base.removeDoneCallback(stopper)
	if err != nil {
		if newTask && base.state != pending {
			// The task finished with the error; retrieve it.
			base.logTraceback = false
		}
		return nil, err
	}
	if base.state == pending {
		return nil, th.NewError(py.RuntimeErrorType, "Event loop stopped before Future completed.")
	}
	return base.Result(th)
}

func futureOf(o py.Object) *Future {
	switch x := o.(type) {
	case *Future:
		return x
	case *Task:
		return &x.Future
	}
	return nil
}

func (f *Future) removeDoneCallback(cb py.Object) int {
	n := 0
	kept := f.callbacks[:0]
	for _, c := range f.callbacks {
		if py.Is(c, cb) {
			n++
			continue
		}
		kept = append(kept, c)
	}
	f.callbacks = kept
	return n
}

// runForever runs the loop, translating loop errors to Python ones.
func (l *Loop) runForever(th *py.Thread) error {
	if l.st.clock.RunningLoop() != nil && l.st.clock.RunningLoop() != l.l {
		return th.NewError(py.RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	prev := l.st.running
	l.st.running = l
	th.Emit(py.TraceEvent{What: "loop-start"})
	err := l.l.RunForever()
	th.Emit(py.TraceEvent{What: "loop-stop"})
	l.st.running = prev
	if err == nil {
		return nil
	}
	if _, ok := err.(*py.Exception); ok {
		return err
	}
	if _, ok := err.(*py.Abort); ok || err == loop.ErrIdle {
		return err
	}
	return th.NewError(py.RuntimeErrorType, err.Error())
}
