package asyncio

import (
	"github.com/aioplay/aioplay/runtime/loop"
	"github.com/aioplay/aioplay/runtime/py"
)

// "Task exception was never retrieved" is printed by CPython when a
// finished future whose exception nobody looked at is destroyed. We ask,
// after every loop callback, whether such futures are still reachable
// (see py.Thread.Reachable) and report those that are not.

// Traverse implements py.Traversable.
func (f *Future) Traverse(visit func(py.Object)) {
	visit(f.loop)
	if f.result != nil {
		visit(f.result)
	}
	if f.exception != nil {
		visit(f.exception)
	}
	for _, cb := range f.callbacks {
		visit(cb)
	}
	if d := f.InstanceDict(); d != nil {
		visit(d)
	}
	if t := f.task; t != nil {
		visit(t.coro)
		if t.name != nil {
			visit(t.name)
		}
		if t.futWaiter != nil {
			visit(t.futWaiter.self())
		}
	}
}

// Traverse implements py.Traversable.
func (t *Task) Traverse(visit func(py.Object)) { t.Future.Traverse(visit) }

// Traverse implements py.Traversable.
func (h *handleObj) Traverse(visit func(py.Object)) {
	visit(h.cb)
	for _, a := range h.args {
		visit(a)
	}
}

// Traverse implements py.Traversable: a loop keeps alive what its queues
// and timers will call.
func (l *Loop) Traverse(visit func(py.Object)) {
	l.l.Handles(func(h *loop.Handle) {
		switch tag := h.Tag.(type) {
		case *handleObj:
			visit(tag)
		case *taskStep:
			visit((*Task)(tag))
		}
	})
	if l.excHandler != nil {
		visit(l.excHandler)
	}
	if l.current != nil {
		visit(l.current)
	}
}

// roots reports what asyncio keeps alive outside Python's view: the loops
// in use.
func (s *state) roots(visit func(py.Object)) {
	if s.eventLoop != nil {
		visit(s.eventLoop)
	}
	if s.running != nil {
		visit(s.running)
	}
	for _, l := range s.loops {
		if !l.l.IsClosed() {
			visit(l)
		}
	}
	if s.sigintHook != nil {
		visit(s.sigintHook)
	}
	for _, f := range s.awaited {
		visit(f)
	}
	for _, h := range s.runningHandles {
		visit(h)
	}
}

// noteUnretrieved records a future whose exception may never be seen.
func (s *state) noteUnretrieved(f *Future) {
	s.unretrieved = append(s.unretrieved, f)
	s.th.WatchDrops = true
}

// onDrop is the thread's OnDrop: when a variable lets go of a future
// whose exception nobody retrieved, the check runs at once, as CPython's
// Future.__del__ does when the last reference goes. What the exception
// handler raises there is dropped, as errors in __del__ are.
func (s *state) onDrop(o py.Object) {
	f := futureOf(o)
	if f == nil || !f.logTraceback || s.th.Reachable([]py.Object{o})[0] {
		return
	}
	// Only this one: others lost at the same moment are reported when
	// their own references go (a list is emptied last item first).
	_ = s.reportUnretrieved(s.th, f)
}

// checkUnretrieved reports the futures with an unseen exception that
// nothing references any more.
func (s *state) checkUnretrieved(th *py.Thread, atExit bool) error {
	if len(s.unretrieved) == 0 {
		return nil
	}
	kept := s.unretrieved[:0]
	var cands []*Future
	for _, f := range s.unretrieved {
		if f.logTraceback {
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		s.unretrieved = kept
		th.WatchDrops = th.Holding()
		return nil
	}
	var alive []bool
	if atExit {
		alive = make([]bool, len(cands))
	} else {
		objs := make([]py.Object, len(cands))
		for i, f := range cands {
			objs[i] = f.self()
		}
		alive = th.Reachable(objs)
	}
	var lost []*Future
	for i, f := range cands {
		if alive[i] {
			kept = append(kept, f)
		} else {
			lost = append(lost, f)
		}
	}
	s.unretrieved = kept
	th.WatchDrops = len(kept) > 0 || th.Holding()
	for _, f := range lost {
		if err := s.reportUnretrieved(th, f); err != nil {
			return err
		}
	}
	return nil
}

// reportUnretrieved reports that f's exception was never retrieved
// (Future.__del__), once.
func (s *state) reportUnretrieved(th *py.Thread, f *Future) error {
	if !f.logTraceback {
		return nil
	}
	f.logTraceback = false
	what := "Future"
	if f.task != nil {
		what = "Task"
	}
	ctx := py.NewDict()
	ctx.SetStr("message", py.Str(what+" exception was never retrieved"))
	ctx.SetStr("exception", f.exception)
	ctx.SetStr("future", f.self())
	if f.rare != nil && f.rare.sourceTB != nil {
		ctx.SetStr("source_traceback", stackList(f.rare.sourceTB))
	}
	return f.loop.callExceptionHandler(th, ctx)
}

// Refs implements py.RefHolder.
func (it *futureIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return it.f.self(), nil, nil, nil, nil
}

// Refs implements py.RefHolder: the loop's state is a root of its own
// (see Loop.Traverse).
func (s *sleep0) Refs() (a, b, c, d py.Object, more []py.Object) {
	return nil, nil, nil, nil, nil
}
