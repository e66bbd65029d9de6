package asyncio

import (
	"strconv"

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
	// debug is set_debug's flag; slowCallback is slow_callback_duration:
	// in debug mode a callback or task step that takes that long or
	// longer is reported ("Executing ... took ... seconds").
	debug        bool
	slowCallback float64
	// asyncgens are the async generators first iterated while this loop
	// ran, for shutdown_asyncgens (BaseEventLoop._asyncgens).
	asyncgens []*py.Generator
}

// Type returns the loop class.
func (l *Loop) Type() *py.Type { return l.st.loopType }

// handleObj is the Python-visible asyncio.Handle / TimerHandle.
type handleObj struct {
	l *Loop // the loop that runs the handle
	// debug is where the handle was made, when its loop was in debug
	// mode (nil otherwise: handles are many, and kept small).
	debug *handleDebug
	h     *loop.Handle
	cb    py.Object
	args  []py.Object
	ctx   py.Object // the context it runs in (see enterContext)
}

// handleDebug is where a handle made in debug mode was made: "FILE:LINE"
// for its repr and the stack, for the exception handler's context.
type handleDebug struct {
	createdAt string
	sourceTB  []py.StackEntry
}

// createdAt is where h was made in debug mode, or "".
func (h *handleObj) createdAt() string {
	if h.debug == nil {
		return ""
	}
	return h.debug.createdAt
}

func (h *handleObj) Type() *py.Type {
	if h.h != nil && h.h.IsTimer() {
		return h.l.st.timerHandleType
	}
	return h.l.st.handleType
}

func (h *handleObj) repr(th *py.Thread) string {
	name := "Handle"
	info := ""
	if h.h != nil && h.h.IsTimer() {
		name = "TimerHandle"
		info = " when=" + py.FloatRepr(h.h.When())
	}
	if h.h != nil && h.h.Cancelled() {
		if h.debug == nil {
			return "<" + name + " cancelled" + info + ">"
		}
		// In debug mode cancel() keeps the repr it had, callback and all.
		name += " cancelled"
	}
	return "<" + name + info + " " + formatCallback(th, h.cb, h.args) + createdSuffix(h.createdAt()) + ">"
}

// callSoon schedules a Python callable with arguments, running it as
// Handle._run does: exceptions go to the loop's exception handler, except
// SystemExit and KeyboardInterrupt which end the run.
func (l *Loop) callSoon(th *py.Thread, cb py.Object, args []py.Object) (*handleObj, error) {
	ho := &handleObj{l: l, cb: cb, args: args, ctx: th.Context}
	if l.debug {
		ho.debug = &handleDebug{l.st.creationSite(th), l.st.creationStack(th)}
	}
	h, err := l.l.CallSoon(nil, ho)
	if err != nil {
		return nil, th.NewError(py.RuntimeErrorType, err.Error())
	}
	ho.h = h
	return ho, nil
}

func (l *Loop) callAt(th *py.Thread, when float64, cb py.Object, args []py.Object) (*handleObj, error) {
	ho := &handleObj{l: l, cb: cb, args: args, ctx: th.Context}
	if l.debug {
		ho.debug = &handleDebug{l.st.creationSite(th), l.st.creationStack(th)}
	}
	h, err := l.l.CallAt(when, nil, ho)
	if err != nil {
		return nil, th.NewError(py.RuntimeErrorType, err.Error())
	}
	ho.h = h
	return ho, nil
}

// handleRunSite is the line of Handle._run that calls the callback: a
// warning raised while a callback of ours runs, with no Python frame of it
// running (a coroutine that a task step lets go of, say), names this line,
// CPython's innermost Python frame there (Task.__step is C).
var handleRunSite = py.CallbackSite{File: libraryDir + "events.py", Line: 80,
	Source: "self._context.run(self._callback, *self._args)"}

// Run implements loop.Runner: the handle's callback runs as Handle._run
// does it.
func (ho *handleObj) Run() error {
	th, l := ho.l.st.th, ho.l
	if th.Tracing() && !internalCallback(ho.cb) {
		what := "callback"
		if ho.h != nil && ho.h.IsTimer() {
			what = "timer"
		}
		th.Emit(py.TraceEvent{What: what, Detail: formatCallback(th, ho.cb, ho.args)})
	}
	var err error
	s := ho.l.st
	s.runningHandles = append(s.runningHandles, ho)
	site := th.EnterCallbackSite(&handleRunSite)
	var t0 float64
	if l.debug {
		t0 = l.l.Time()
	}
	var prevCtx py.Object
	ctxOn := ho.ctx != nil || th.Context != nil
	if ctxOn {
		prevCtx = enterContext(th, ho.ctx)
	}
	if w, ok := ho.cb.(taskWakeup); ok && len(ho.args) == 1 {
		// A task waking up: the commonest callback, called directly.
		err = w.call(th, ho.args[0])
	} else {
		_, err = th.CallRooted(ho.cb, ho.args, nil)
	}
	if ctxOn {
		ho.ctx = leaveContext(th, ho.ctx, prevCtx)
	}
	if l.debug {
		if w, ok := ho.cb.(taskWakeup); ok {
			l.reportSlow(th, t0, w.t)
		} else {
			l.reportSlow(th, t0, ho)
		}
	}
	th.LeaveCallbackSite(site)
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
	if ho.debug != nil {
		ctx.SetStr("source_traceback", stackList(ho.debug.sourceTB))
	}
	if err := l.callExceptionHandler(th, ctx); err != nil {
		return err
	}
	return l.st.checkUnretrieved(th, false)
}

// debugStackDepth is asyncio's constants.DEBUG_STACK_DEPTH.
const debugStackDepth = 10

// stackList is a stack summary as Python sees it: a list of
// (filename, lineno, name, line) tuples, as FrameSummary objects unpack.
func stackList(stack []py.StackEntry) *py.List {
	items := make([]py.Object, len(stack))
	for i, e := range stack {
		items[i] = py.Tuple{py.Str(e.File), py.Int(e.Line), py.Str(e.Name), py.Str(e.Source)}
	}
	return py.NewList(items)
}

// reportSlow is the debug mode's check after a callback that started at
// t0 (BaseEventLoop._run_once): one that took slow_callback_duration or
// longer is reported, naming the task for a task's step or wakeup, as
// asyncio's logger does.
func (l *Loop) reportSlow(th *py.Thread, t0 float64, what reprer) {
	dt := l.l.Time() - t0
	if dt < l.slowCallback {
		return
	}
	_ = l.st.report(th, py.Tuple{py.Str("Executing %s took %.3f seconds"), py.Str(what.repr(th)), py.Float(dt)})
}

// reprer is an object with a Go-side repr.
type reprer interface{ repr(th *py.Thread) string }

// createdSuffix is the " created at FILE:LINE" that reprs end with in
// debug mode.
func createdSuffix(at string) string {
	if at == "" {
		return ""
	}
	return " created at " + at
}

// creationSite is where CPython's debug mode says an object made now was
// created: the innermost Python frame, or the line of CPython's Python
// code that a Go function of ours stands for (siteOverride).
func (s *state) creationSite(th *py.Thread) string {
	if o := s.siteOverride; o != nil {
		return o.File + ":" + strconv.Itoa(o.Line)
	}
	f := th.CurrentFrame()
	if f == nil {
		return ""
	}
	return f.Code.Filename + ":" + strconv.Itoa(f.Line())
}

// creationStack is the stack CPython's debug mode keeps as an object's
// _source_traceback: the frames running now, then the frame of CPython's
// Python code that a Go function of ours stands for, if any.
func (s *state) creationStack(th *py.Thread) []py.StackEntry {
	stack := th.StackSummary()
	if o := s.siteOverride; o != nil {
		stack = append(stack, *o)
	}
	return stack
}

// The lines of CPython's asyncio code where debug mode's "created at"
// points for objects that Go functions of ours make.
var (
	createTaskSite   = py.StackEntry{File: libraryDir + "tasks.py", Line: 384, Name: "create_task", Source: "task = loop.create_task(coro)"}
	ensureFutureSite = py.StackEntry{File: libraryDir + "tasks.py", Line: 680, Name: "_ensure_future", Source: "return loop.create_task(coro_or_future)"}
	callLaterSite    = py.StackEntry{File: libraryDir + "base_events.py", Line: 727, Name: "call_later", Source: "timer = self.call_at(self.time() + delay, callback, *args,"}
	createFutureSite = py.StackEntry{File: libraryDir + "base_events.py", Line: 427, Name: "create_future", Source: "return futures.Future(loop=self)"}
)

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
	// A loop in debug mode records where coroutines are made while it
	// runs (sys.set_coroutine_origin_tracking_depth).
	prevDepth := th.CoroutineOriginDepth
	if l.debug {
		th.CoroutineOriginDepth = debugStackDepth
	}
	th.Emit(py.TraceEvent{What: "loop-start"})
	err := l.l.RunForever()
	th.Emit(py.TraceEvent{What: "loop-stop"})
	th.CoroutineOriginDepth = prevDepth
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
