package py

// Closing dropped generators: CPython closes a suspended generator the
// moment its last reference goes (reference counting), so its finally
// blocks and with exits run, and print, right then. At the points where
// the eval loop drops a reference to a generator (the places that report
// coroutines never awaited, see warnings.go), closeDropped does the same
// when closing it is observable and nothing reaches it any more.

// maxCloseDepth bounds how deeply closeObservable follows generators held
// by generators.
const maxCloseDepth = 8

// closeObservable reports whether closing g now would run code: g is a
// plain generator, started, not finished nor running, suspended inside a
// try, with or except block, or holding (delegating to, iterating over,
// keeping in a local) a generator for which that holds.
func closeObservable(g *Generator, depth int) bool {
	f := g.Frame
	if g.Kind != KindGenerator || !f.started || f.finished || g.running {
		return false
	}
	if len(f.blocks) > 0 {
		return true
	}
	if depth >= maxCloseDepth {
		return false
	}
	for _, v := range f.slots[:f.sp] {
		if h, ok := v.(*Generator); ok && h != g && closeObservable(h, depth+1) {
			return true
		}
	}
	return false
}

// closeDropped is called where the running code has just dropped a
// reference to g, frame f running: if closing g is observable and
// nothing reaches it any more, it is closed now, as CPython would.
func (th *Thread) closeDropped(g *Generator, f *Frame) {
	if th.openGens == 0 || th.unrooted != 0 || !closeObservable(g, 0) {
		return
	}
	if th.reachableStrict(g) {
		return
	}
	th.closeUnraisable(g, f)
}

// closeUnraisable closes g; an exception close() raises is reported as
// CPython's sys.unraisablehook does ("Exception ignored in: ..."), and
// the program goes on.
func (th *Thread) closeUnraisable(g *Generator, f *Frame) {
	err := g.Close(th)
	if err == nil {
		return
	}
	if _, ok := err.(*Abort); ok {
		// The run is stopping: nothing more is printed.
		return
	}
	e, _ := toException(err)
	if e.Class == StepBudgetExceeded {
		return
	}
	th.WriteUnraisable(e, g, f)
	if len(e.held) > 0 {
		// Reported and gone: the generators it held go after it.
		th.releaseHeld(e)
	}
}

// WriteUnraisable prints exc as CPython's default sys.unraisablehook
// does for an exception raised while destroying obj: "Exception ignored
// in: repr(obj)", the traceback (when exc has none, the line frame f is
// running, as PyErr_WriteUnraisable makes one) and the exception, without
// its chain of causes and contexts.
func (th *Thread) WriteUnraisable(exc *Exception, obj Object, f *Frame) {
	text := "Exception ignored in: "
	if r, err := Repr(th, obj); err == nil {
		if s, ok := r.(Str); ok {
			text += string(s)
		}
	} else {
		text += "<object repr() failed>"
	}
	text += "\n"
	tb := exc.Traceback
	if tb == nil && f != nil {
		tb = &Traceback{Code: f.Code, Line: f.Line(), Frame: f}
	}
	if tb != nil {
		// The hook's C printer reads source lines from the file on
		// disk, which scripts (main.py) have none of: no source lines.
		text += "Traceback (most recent call last):\n" + th.tracebackText(tb, false)
	}
	text += th.exceptionOnly(exc)
	th.Print(StreamStderr, text)
}

// reachableStrict is Reachable for a decision that must not be wrong
// the other way: a generator closed while something still uses it would
// change what the program does. Any object met on the way whose
// references traverse cannot follow counts as reaching g.
func (th *Thread) reachableStrict(g *Generator) bool {
	found := th.reach([]Object{g}, nil, true, true)
	return found == nil || found[0]
}

// holdGenerator records that exception e, raised through a frame whose
// local g was, keeps g alive: in CPython the traceback holds the frame,
// and the frame its locals, until the exception goes (the end of the
// except clause that handles it), when g is closed (releaseHeld).
func (th *Thread) holdGenerator(e *Exception, g *Generator) {
	if g.heldBy != nil {
		return
	}
	g.heldBy = e
	e.held = append(e.held, g)
	if len(e.held) == 1 {
		th.holding++
		th.WatchDrops = true
	}
}

// releaseChain is called when a reference to e goes: e and the exceptions
// chained to it (its context and cause) let go of what they hold once
// nothing reaches them.
func (th *Thread) releaseChain(e *Exception) {
	for i := 0; e != nil && i < 64; i++ {
		if len(e.held) > 0 {
			th.releaseHeld(e)
		}
		if e.Cause != nil && len(e.Cause.held) > 0 {
			th.releaseHeld(e.Cause)
		}
		e = e.Context
	}
}

// releaseHandled is releaseChain for the exception an except handler has
// just finished with (popHandled).
//
//go:noinline
func (th *Thread) releaseHandled(e *Exception) {
	if e != nil && th.unrooted == 0 {
		th.releaseChain(e)
	}
}

// leaveHandler leaves an except handler of f on the way out of it with
// exc, which may hold the exception handled there as its context.
//
//go:noinline
func (th *Thread) leaveHandler(f *Frame, exc *Exception) {
	th.dropRoots = append(th.dropRoots, exc)
	th.popHandled(f)
	th.dropRoots = th.dropRoots[:len(th.dropRoots)-1]
}

// closeWith is closeDropped while o, a return value or an exception on
// its way, is in Go variables only: it counts as a root.
func (th *Thread) closeWith(g *Generator, f *Frame, o Object) {
	th.dropRoots = append(th.dropRoots, o)
	th.closeDropped(g, f)
	th.dropRoots = th.dropRoots[:len(th.dropRoots)-1]
}

// unwindStack pops f's value stack down to level as exc goes to the
// handler there (or out of f). CPython pops the stack before the handler
// runs: a loop's generator is closed first.
//
//go:noinline
func (th *Thread) unwindStack(f *Frame, level int, exc *Exception) {
	for f.sp > level {
		f.sp--
		v := f.slots[f.sp]
		f.slots[f.sp] = nil
		if g, isGen := v.(*Generator); isGen && th.openGens != 0 {
			th.closeWith(g, f, exc)
		}
	}
}

// unwindFrame finishes f, which exc leaves: its stack goes at once, its
// locals with exc (see clearLocals).
//
//go:noinline
func (th *Thread) unwindFrame(f *Frame, exc *Exception) {
	th.unwindStack(f, f.cc.stackBase, exc)
	f.finished = true
	th.clearLocals(f, exc, true)
}
