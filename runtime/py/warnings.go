package py

import (
	"strconv"
	"strings"
)

// Warn prints a warning as the warnings module's default filter does:
// "file:line: Category: message", then the source line, once per
// location and message; extra follows (the tracemalloc hint of a
// warning about an object).
func (th *Thread) Warn(cat *Type, msg string, f *Frame, extra string) {
	file, line, src := "sys", 1, ""
	if s := th.site; s != nil && f != nil && f == th.siteBase {
		file, line, src = s.File, s.Line, s.Source
	} else if f != nil {
		file, line = f.Code.Filename, f.Line()
		src = th.SourceLine(file, line)
	}
	// Once the warnings module is imported, its filters decide.
	if w := th.Modules["warnings"]; w != nil {
		if fn := w.Dict.GetStr("_warn_go"); fn != nil {
			var g Object = None
			if f != nil {
				g = f.Globals
			}
			_, _ = th.Call(fn, []Object{Str(msg), cat, Str(file), Int(line), g, Bool(extra != ""), Str(src)}, nil)
			return
		}
	}
	key := file + ":" + strconv.Itoa(line) + ":" + cat.Name + ":" + msg
	if th.warned == nil {
		th.warned = map[string]bool{}
	}
	if th.warned[key] {
		return
	}
	th.warned[key] = true
	text := file + ":" + strconv.Itoa(line) + ": " + cat.Name + ": " + msg + "\n"
	if src != "" {
		text += "  " + src + "\n"
	}
	text += extra
	th.Print(StreamStderr, text)
}

// CallbackSite is the innermost Python frame CPython has while Go code
// of ours runs a callback that CPython runs from Python (asyncio's
// Handle._run): a warning raised there with no Python frame of the
// callback running names this place.
type CallbackSite struct {
	_      [0]func() // not comparable: no equality function to ship
	File   string
	Line   int
	Source string // the line's text, without indentation
}

// EnterCallbackSite makes s the place warnings name while Go code runs a
// callback from the frame running now; LeaveCallbackSite(prev) restores
// the previous place.
func (th *Thread) EnterCallbackSite(s *CallbackSite) (prev SiteState) {
	prev = SiteState{th.site, th.siteBase}
	th.site, th.siteBase = s, th.frame
	return prev
}

// LeaveCallbackSite restores the place EnterCallbackSite replaced.
func (th *Thread) LeaveCallbackSite(prev SiteState) { th.site, th.siteBase = prev.site, prev.base }

// SiteState is the callback site in force, saved by EnterCallbackSite.
type SiteState struct {
	site *CallbackSite
	base *Frame
}

// unawaited reports whether o is a coroutine that has not started.
func unawaited(o Object) *Generator {
	g, ok := o.(*Generator)
	if !ok || g.Kind != KindCoroutine || g.Frame.started || g.Frame.finished || g.warnedUnawaited || g.awaited || g.owned {
		return nil
	}
	return g
}

// SetOwned marks a coroutine as driven by something (an asyncio Task): it
// will be started, so dropping a reference to it is never a warning.
func (g *Generator) SetOwned(th *Thread) {
	if !g.owned && g.Kind == KindCoroutine && !g.Frame.started && !g.warnedUnawaited {
		th.unstartedCoros--
	}
	g.owned = true
}

// checkUnawaited is called where a reference to an unstarted coroutine
// has just been dropped: if nothing reaches it any more, CPython would
// destroy it now and warn, naming the line frame f is executing.
func (th *Thread) checkUnawaited(g *Generator, f *Frame) {
	if g == nil || g.Frame.started || g.Frame.finished || g.warnedUnawaited || g.heldBy != nil {
		return
	}
	if th.Reachable([]Object{g})[0] {
		return
	}
	th.warnUnawaited(g, f)
}

// clearCallArgs clears the callable and arguments of a call that returned
// (f's slots from base up) and returns a generator among them that CPython
// may destroy right then: an unstarted coroutine (print(work()) warns at
// its line) or a suspended generator whose closing runs code
// (print(next(gen())) runs its finally blocks before printing). Any
// others wait in th.lostArgs.
func (th *Thread) clearCallArgs(f *Frame, base int) *Generator {
	var lost *Generator
	for i := base; i < f.sp; i++ {
		if g, ok := f.slots[i].(*Generator); ok {
			lost = th.lostArg(lost, g)
		}
		f.slots[i] = nil
	}
	f.sp = base
	return lost
}

// lostArg is clearCallArgs' decision for one generator g among the
// arguments: it returns the first one found (lost, or g when g counts),
// keeping any more in th.lostArgs.
func (th *Thread) lostArg(lost, g *Generator) *Generator {
	if unawaited(g) == nil && (th.openGens == 0 || !closeObservable(g, 0)) {
		return lost
	}
	if lost == nil {
		return g
	}
	th.lostArgs = append(th.lostArgs, g)
	return lost
}

// warnLostArgs reports or closes the generators clearCallArgs found,
// unless something (the call's result, pushed by then) still reaches
// them. (Inlined where the call returns: most calls found none.)
func (th *Thread) warnLostArgs(f *Frame, g *Generator) {
	if g != nil {
		th.lostArgsDropped(f, g)
	}
}

// lostArgsDropped is warnLostArgs' work.
//
//go:noinline
func (th *Thread) lostArgsDropped(f *Frame, g *Generator) {
	more := th.lostArgs
	th.lostArgs = nil
	th.letGo(g, f)
	for _, g := range more {
		th.letGo(g, f)
	}
}

func (th *Thread) warnUnawaited(g *Generator, f *Frame) {
	g.warnedUnawaited = true
	th.unstartedCoros--
	msg := "coroutine '" + g.Qualname() + "' was never awaited"
	if origin, ok := th.coroOrigins[g]; ok {
		delete(th.coroOrigins, g)
		msg += "\nCoroutine created at (most recent call last)\n" + strings.TrimRight(FormatStack(origin), "\n")
	}
	th.Warn(RuntimeWarningType, msg, f,
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
}

// FinalizeCoroutines warns, as interpreter shutdown does, about coroutines
// that were never started and are still alive.
func (th *Thread) FinalizeCoroutines() {
	for _, g := range th.coros {
		if !g.Frame.started && !g.Frame.finished && !g.warnedUnawaited && g.heldBy == nil && !g.owned {
			th.warnUnawaited(g, nil)
		}
	}
	th.coros = nil
}

// trackCoroutine remembers a new coroutine until it starts, for shutdown.
func (th *Thread) trackCoroutine(g *Generator) {
	// Drop the ones that started, to keep the list short; only when the
	// list has doubled since the last pruning, so the cost stays linear.
	if len(th.coros) > 64 && len(th.coros) >= 2*th.corosPruned {
		kept := th.coros[:0]
		for _, c := range th.coros {
			if !c.Frame.started && !c.warnedUnawaited {
				kept = append(kept, c)
			}
		}
		th.coros = kept
		th.corosPruned = len(kept)
	}
	th.coros = append(th.coros, g)
	th.unstartedCoros++
	if d := th.CoroutineOriginDepth; d > 0 {
		stack := th.StackSummary()
		if len(stack) > d {
			stack = stack[len(stack)-d:]
		}
		if th.coroOrigins == nil {
			th.coroOrigins = map[*Generator][]StackEntry{}
		}
		th.coroOrigins[g] = stack
	}
}

// heldUnawaited appends the unstarted coroutines that the container o
// (a list, tuple, dict or set, and those in it, a few levels deep) holds:
// when a frame lets go of the container, CPython destroys them with it.
// It looks at no more than heldScanLimit items, so that a big container
// passed to a function called in a loop costs little.
func heldUnawaited(o Object, out []*Generator) []*Generator {
	scan := heldScan{budget: heldScanLimit, out: out}
	scan.walk(o, 0)
	return scan.out
}

// heldScan is heldUnawaited's walk: what it found and how many items it
// may still look at.
type heldScan struct {
	budget int
	out    []*Generator
}

func (h *heldScan) walk(o Object, depth int) {
	switch c := o.(type) {
	case *List:
		// Lists and tuples free their items last to first.
		for i := len(c.Items) - 1; i >= 0 && h.budget > 0; i-- {
			h.visit(c.Items[i], depth)
		}
	case Tuple:
		for i := len(c) - 1; i >= 0 && h.budget > 0; i-- {
			h.visit(c[i], depth)
		}
	case *Dict:
		h.walkDict(c, depth)
	case *Set:
		h.walkDict(c.d, depth)
	}
}

// walkDict visits a dict's keys and values (a set's elements, whose
// values are nil), first to last.
func (h *heldScan) walkDict(d *Dict, depth int) {
	for i := 0; i < d.slots() && h.budget > 0; i++ {
		if k, v, _ := d.entryAt(i); k != nil {
			h.visit(k, depth)
			h.visit(v, depth)
		}
	}
}

func (h *heldScan) visit(v Object, depth int) {
	h.budget--
	if g := unawaited(v); g != nil {
		h.out = append(h.out, g)
	} else if depth < 3 && v != nil {
		h.walk(v, depth+1)
	}
}

// heldScanLimit bounds heldUnawaited's look into a container.
const heldScanLimit = 4096

// HoldCoroutines records that the exception err keeps alive the unstarted
// coroutines among objs (or in a list, tuple or set among them). In
// CPython the function that raised it is Python code whose frame, still
// referenced by the exception's traceback, holds them: "never awaited"
// is reported when the exception goes (the end of `except ... as e:`),
// and not at all when it ends the program. The thread watches drops
// while any exception holds coroutines.
func (th *Thread) HoldCoroutines(err error, objs ...Object) {
	e, ok := err.(*Exception)
	if !ok {
		return
	}
	var add func(o Object)
	add = func(o Object) {
		switch v := o.(type) {
		case *Generator:
			if unawaited(v) != nil && v.heldBy == nil {
				v.heldBy = e
				e.held = append(e.held, v)
			}
		case *List:
			for _, x := range v.Items {
				add(x)
			}
		case Tuple:
			for _, x := range v {
				add(x)
			}
		case *Set:
			for _, x := range v.d.Keys() {
				add(x)
			}
		}
	}
	before := len(e.held)
	for _, o := range objs {
		add(o)
	}
	if before == 0 && len(e.held) > 0 {
		th.holding++
		th.WatchDrops = true
	}
}

// Holding reports whether some exception holds coroutines (drops must be
// watched for).
func (th *Thread) Holding() bool { return th.holding > 0 }

// releaseHeld is called when a variable lets go of e: once nothing
// reaches e, the coroutines it held that nothing else reaches are
// destroyed, warning at the line running now.
func (th *Thread) releaseHeld(e *Exception) {
	if th.Reachable([]Object{e})[0] {
		return
	}
	held := e.held
	e.held = nil
	th.holding--
	for _, g := range held {
		g.heldBy = nil
	}
	for _, g := range held {
		if g.Kind == KindGenerator {
			th.closeDropped(g, th.frame)
		} else {
			th.checkUnawaited(g, th.frame)
		}
	}
}

// StackEntry is one frame of a stack summary, as traceback.FrameSummary
// gives it: file, line, function name and the line's text.
type StackEntry struct {
	_      [0]func() // not comparable: no equality function to ship
	File   string
	Line   int
	Name   string
	Source string
}

// StackSummary returns the frames running now, outermost first, as
// traceback.extract_stack() lists them; where Go code of ours runs a
// callback that CPython runs from Python (see EnterCallbackSite), the
// callback site stands for CPython's frame there.
func (th *Thread) StackSummary() []StackEntry {
	n := 0
	for f := th.frame; f != nil; f = f.Back {
		n++
		if f == th.siteBase && th.site != nil {
			n++
		}
	}
	out := make([]StackEntry, n)
	for f := th.frame; f != nil; f = f.Back {
		if f == th.siteBase && th.site != nil {
			n--
			out[n] = StackEntry{File: th.site.File, Line: th.site.Line, Name: "_run", Source: th.site.Source}
		}
		n--
		line := f.Line()
		out[n] = StackEntry{File: f.Code.Filename, Line: line, Name: f.Code.Name, Source: th.SourceLine(f.Code.Filename, line)}
	}
	return out
}

// FormatStack formats entries as traceback.format_list does.
func FormatStack(entries []StackEntry) string {
	var b []byte
	for _, e := range entries {
		b = append(b, "  File \""+e.File+"\", line "+strconv.Itoa(e.Line)+", in "+e.Name+"\n"...)
		if e.Source != "" {
			b = append(b, "    "+e.Source+"\n"...)
		}
	}
	return string(b)
}
