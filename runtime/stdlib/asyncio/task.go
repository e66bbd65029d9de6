package asyncio

import (
	"strconv"
	"strings"

	"github.com/aioplay/aioplay/runtime/loop"
	"github.com/aioplay/aioplay/runtime/py"
)

// Task mirrors asyncio.Task (the C _asyncio.Task): a Future that drives a
// coroutine, one step per loop callback.
type Task struct {
	Future
	coro py.Object
	name py.Object
	// futWaiter is the future the task waits on. Invariant (as in
	// CPython's __step): either futWaiter is nil and a step is scheduled,
	// or futWaiter is a future and no step is scheduled.
	futWaiter *Future
	seq       int
	// number is N of the default name Task-N.
	number        int32
	numCancelsReq int32
	mustCancel    bool
	// quietDestroy is `not _log_destroy_pending`.
	quietDestroy bool
	// ctx is the task's context (see enterContext); nil until
	// contextvars is imported.
	ctx py.Object
}

// Type returns the task's class.
func (t *Task) Type() *py.Type { return t.cls }

// Await implements py.Awaitable.
func (t *Task) Await(th *py.Thread) (py.Object, error) { return &futureIter{f: &t.Future}, nil }

// newTask makes a task running in context ctx (a contextvars.Context), or
// nil or None: a copy of the current one.
func (s *state) newTask(th *py.Thread, l *Loop, coro py.Object, name, ctx py.Object) (*Task, error) {
	if ctx == nil || ctx == py.None {
		ctx = th.Context
	}
	t := &Task{coro: coro, ctx: ctx}
	if g, ok := coro.(*py.Generator); ok {
		g.SetOwned(th)
	}
	t.Future = Future{cls: s.taskType, st: s, loop: l, task: t}
	if name == nil || name == py.None {
		// As in CPython, only unnamed tasks advance the counter; the
		// name Task-N is made when first needed.
		s.taskCounter++
		t.number = int32(s.taskCounter)
		name = nil
	} else if _, ok := name.(py.Str); !ok {
		n, err := py.StrOf(th, name)
		if err != nil {
			return nil, err
		}
		name = n
	}
	t.name = name
	s.seqCounter++
	t.seq = s.seqCounter
	s.tasks = append(s.tasks, t)
	t.noteCreated(th)
	if th.Tracing() {
		_, line := t.coroInfo()
		t.emit(th, "task-created", line, "")
	}
	if err := l.scheduleStep(th, t, nil); err != nil {
		return nil, err
	}
	return t, nil
}

// scheduleStep schedules the task's next step via call_soon.
func (l *Loop) scheduleStep(th *py.Thread, t *Task, exc *py.Exception) error {
	// Most steps send None: the task itself is their callback (no
	// closure to allocate); a step that throws needs one.
	var cb loop.Callback
	if exc != nil {
		cb = func() error {
			var t0 float64
			if l.debug {
				t0 = l.l.Time()
			}
			if err := t.step(th, exc); err != nil {
				return err
			}
			if l.debug {
				l.reportSlow(th, t0, t)
			}
			return l.st.checkUnretrieved(th, false)
		}
	}
	if err := l.l.CallSoonUnowned(cb, (*taskStep)(t)); err != nil {
		return th.NewError(py.RuntimeErrorType, err.Error())
	}
	return nil
}

// taskStep is a task seen as the tag and callback (loop.Runner) of its
// next step.
type taskStep Task

// Run implements loop.Runner: a step that sends None.
func (s *taskStep) Run() error {
	t := (*Task)(s)
	th := t.st.th
	l := t.loop
	var t0 float64
	if l.debug {
		t0 = l.l.Time()
	}
	if err := t.step(th, nil); err != nil {
		return err
	}
	if l.debug {
		l.reportSlow(th, t0, t)
	}
	return t.st.checkUnretrieved(th, false)
}

// step mirrors Task.__step.
func (t *Task) step(th *py.Thread, exc *py.Exception) error {
	st := t.st
	if t.state != pending {
		return nil
	}
	if t.mustCancel {
		if exc == nil || !exc.IsA(st.cancelledError) {
			exc = t.makeCancelledError(th)
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	prev := t.loop.current
	t.loop.current = t
	if th.Tracing() {
		detail := ""
		if exc != nil {
			detail, _ = py.ReprString(th, exc)
		}
		t.emit(th, "step", t.resumeLine(), detail)
	}
	defer t.traceAfterStep(th)
	var out py.Object
	var done bool
	var err error
	var prevCtx py.Object
	ctxOn := t.ctx != nil || th.Context != nil
	if ctxOn {
		prevCtx = enterContext(th, t.ctx)
	}
	// A second defer would make both go through the runtime's slow path
	// (deferprocStack): the site is left by hand.
	site := th.EnterCallbackSite(&handleRunSite)
	if gen, isGen := t.coro.(*py.Generator); isGen && exc == nil {
		// The usual step: no interface assertion.
		out, done, err = gen.SendValue(th, py.None)
	} else {
		g, isSender := t.coro.(py.Sender)
		switch {
		case !isSender:
			err = th.NewError(py.TypeErrorType, "a coroutine was expected")
		case exc == nil:
			out, done, err = g.SendValue(th, py.None)
		default:
			out, done, err = g.ThrowValue(th, exc)
		}
	}
	th.LeaveCallbackSite(site)
	if ctxOn {
		t.ctx = leaveContext(th, t.ctx, prevCtx)
	}
	t.loop.current = prev
	if err != nil {
		e, ok := err.(*py.Exception)
		if !ok {
			return err
		}
		switch {
		case e.IsA(st.cancelledError):
			t.rareData().cancelledExc = e
			t.Future.cancel(th, nil)
		case e.IsA(py.KeyboardInterruptType) || e.IsA(py.SystemExitType):
			_ = t.setException(th, e)
			return e
		case e.IsA(py.StepBudgetExceeded):
			return e
		default:
			_ = t.setException(th, e)
		}
		return nil
	}
	if done {
		if t.mustCancel {
			t.mustCancel = false
			t.Future.cancel(th, t.cancelMsg())
		} else {
			_ = t.setResult(th, out)
		}
		return nil
	}
	// The coroutine yielded.
	var fut *Future
	switch y := out.(type) {
	case *Future:
		fut = y
	case *Task:
		fut = &y.Future
	}
	if fut != nil {
		if fut.loop != t.loop {
			e := th.Errorf(py.RuntimeErrorType, "Task %s got Future %s attached to a different loop", t.repr(th), fut.repr(th))
			return t.loop.scheduleStep(th, t, e)
		}
		if !fut.blocking {
			e := th.Errorf(py.RuntimeErrorType, "yield was used instead of yield from in task %s with %s", t.repr(th), fut.repr(th))
			return t.loop.scheduleStep(th, t, e)
		}
		if fut == &t.Future {
			e := th.Errorf(py.RuntimeErrorType, "Task cannot await on itself: %s", t.repr(th))
			return t.loop.scheduleStep(th, t, e)
		}
		fut.blocking = false
		fut.addDoneCallback(th, wakeupOf(t))
		t.futWaiter = fut
		if t.mustCancel {
			if fut.cancelSelf(th, t.cancelMsg()) {
				t.mustCancel = false
			}
		}
		return nil
	}
	if out == py.None {
		// Bare yield relinquishes control for one event loop iteration.
		return t.loop.scheduleStep(th, t, nil)
	}
	s, _ := py.ReprString(th, out)
	e := th.Errorf(py.RuntimeErrorType, "Task got bad yield: %s", s)
	return t.loop.scheduleStep(th, t, e)
}

// traceAfterStep records how a step ended: suspended on something, or
// the task done.
func (t *Task) traceAfterStep(th *py.Thread) {
	if !th.Tracing() {
		return
	}
	if t.state != pending {
		t.emit(th, "done", 0, t.outcome(th))
		return
	}
	line, what := t.describeWait(th)
	t.emit(th, "suspend", line, what)
}

// cancelSelf cancels a future or a task (Task.cancel when it is one).
func (f *Future) cancelSelf(th *py.Thread, msg py.Object) bool {
	if f.cls.Flags&py.FlagHeapType != 0 {
		// A Python subclass (gather's _GatheringFuture) may override
		// cancel(): call it as CPython's C Task does.
		m, err := py.GetAttr(th, f.self(), "cancel")
		if err == nil {
			var r py.Object
			if msg == nil || msg == py.None {
				r, err = th.Call(m, nil, nil)
			} else {
				r, err = th.Call(m, []py.Object{msg}, []string{"msg"})
			}
			if err == nil {
				t, _ := py.Truth(th, r)
				return t
			}
		}
		return false
	}
	if f.task != nil {
		return f.task.cancel(th, msg)
	}
	return f.cancel(th, msg)
}

func (f *Future) addDoneCallback(th *py.Thread, cb py.Object) {
	if f.state != pending {
		f.loop.callSoon(th, cb, []py.Object{f.self()})
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// wakeup mirrors Task.__wakeup.
func (t *Task) wakeup(th *py.Thread, futObj py.Object) error {
	if th.Tracing() {
		t.emit(th, "wake", 0, "")
	}
	var fut *Future
	switch y := futObj.(type) {
	case *Future:
		fut = y
	case *Task:
		fut = &y.Future
	}
	if fut == nil {
		return t.step(th, nil)
	}
	if _, err := fut.Result(th); err != nil {
		if e, ok := err.(*py.Exception); ok {
			return t.step(th, e)
		}
		return err
	}
	return t.step(th, nil)
}

// cancel mirrors Task.cancel.
func (t *Task) cancel(th *py.Thread, msg py.Object) bool {
	t.logTraceback = false
	if t.state != pending {
		return false
	}
	t.numCancelsReq++
	if t.futWaiter != nil {
		if t.futWaiter.cancelSelf(th, msg) {
			return true
		}
	}
	t.mustCancel = true
	if msg != nil || t.rare != nil {
		t.rareData().cancelMsg = msg
	}
	return true
}

// coroRepr mirrors coroutines._format_coroutine.
func (t *Task) coroRepr(th *py.Thread, atExit bool) string {
	g, ok := t.coro.(*py.Generator)
	if !ok {
		s, _ := py.ReprString(th, t.coro)
		return s
	}
	name := g.Qualname() + "()"
	file := g.Frame.Code.Filename
	if g.Finished() || atExit {
		return sprintf("%s done, defined at %s:%d", name, file, g.Frame.Code.FirstLine)
	}
	return sprintf("%s running at %s:%d", name, file, g.Line())
}

func (t *Task) reprAt(th *py.Thread, atExit bool) string {
	info := t.reprInfo(th)
	var head []string
	if th.Py36 {
		// 3.6's _task_repr_info: no name, and "cancelling" only while
		// a cancellation waits for the next step (_must_cancel).
		if t.mustCancel {
			info[0] = "cancelling"
		}
		head = []string{info[0], "coro=<" + t.coroRepr(th, atExit) + ">"}
	} else {
		if t.numCancelsReq > 0 && t.state == pending {
			info[0] = "cancelling"
		}
		nameRepr, _ := py.ReprString(th, t.getName())
		head = []string{info[0], "name=" + nameRepr, "coro=<" + t.coroRepr(th, atExit) + ">"}
	}
	rest := append(head, info[1:]...)
	if t.futWaiter != nil {
		// wait_for comes right after coro, before any cb=
		n := len(head)
		rest = append(rest[:n], append([]string{"wait_for=" + t.futWaiter.reprObj(th)}, rest[n:]...)...)
	}
	return "<" + t.cls.Name + " " + strings.Join(rest, " ") + ">"
}

func (t *Task) repr(th *py.Thread) string { return t.reprAt(th, false) }

func (f *Future) reprObj(th *py.Thread) string {
	if f.task != nil {
		return f.task.repr(th)
	}
	return f.repr(th)
}

// getName is Task.get_name(): the name given, or Task-N.
func (t *Task) getName() py.Object {
	if t.name == nil {
		t.name = py.Str("Task-" + strconv.Itoa(int(t.number)))
	}
	return t.name
}

// enterContext makes c current for a task step or a callback: c is a
// context's data (a dict, or None when empty) or a contextvars.Context
// passed as context=, whose data is its _d. It returns what to restore.
func enterContext(th *py.Thread, c py.Object) py.Object {
	prev := th.Context
	switch c.(type) {
	case nil:
		c = py.None
	case *py.Dict, *py.NoneType:
	default:
		c, _ = py.GetAttr(th, c, "_d")
	}
	th.Context = c
	return prev
}

// leaveContext restores prev and returns what c becomes: the data the
// step or callback leaves, kept in the Context when c is one.
func leaveContext(th *py.Thread, c, prev py.Object) py.Object {
	d := th.Context
	th.Context = prev
	switch c.(type) {
	case nil, *py.Dict, *py.NoneType:
		return d
	}
	_ = py.SetAttr(th, c, "_d", d)
	return c
}
