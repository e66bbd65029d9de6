package py

// Reachability: CPython prints some messages at the moment an object's
// last reference disappears ("coroutine ... was never awaited", "Task
// exception was never retrieved"). Go's collector gives no such moment, so
// at the points where references die (a value popped or deleted, a frame
// finishing, a loop callback done) the VM asks whether particular objects
// can still be reached from the roots: module dictionaries, the running
// frames, and whatever extra roots modules register (an event loop's
// queues). The walk is only done when there is something to ask about.

// Traversable is implemented by Go-defined objects that hold references to
// other objects (futures, tasks, loops, handles), so that reachability can
// follow them.
type Traversable interface {
	Traverse(visit func(Object))
}

// RootProvider reports extra roots (a module's hidden state).
type RootProvider func(visit func(Object))

// AddRoots registers a provider of extra roots.
func (th *Thread) AddRoots(p RootProvider) { th.roots = append(th.roots, p) }

// dropped reports v to OnDrop (see Thread.OnDrop) when every reference Go
// code holds is visible: no call from Go is in progress.
func (th *Thread) dropped(v Object) {
	if th.unrooted != 0 {
		return
	}
	if e, ok := v.(*Exception); ok && th.holding > 0 {
		th.releaseChain(e)
	}
	if th.OnDrop != nil {
		th.OnDrop(v)
	}
}

// Reachable reports, for each target, whether it can be reached from the
// roots.
func (th *Thread) Reachable(targets []Object) []bool { return th.reach(targets, nil, true, false) }

// ReachableFrom reports, for each target, whether it can be reached from
// roots alone (what survives the interpreter's shutdown, say).
func (th *Thread) ReachableFrom(roots, targets []Object) []bool {
	return th.reach(targets, roots, false, false)
}

// reach walks the object graph from roots, and from the thread's own
// roots when fromThread is set, until it has found every target. With
// strict, an object whose references traverse cannot follow counts as
// reaching every target: it returns nil.
func (th *Thread) reach(targets, roots []Object, fromThread, strict bool) []bool {
	want := make(map[any]int, len(targets))
	for i, t := range targets {
		want[identity(t)] = i
	}
	found := make([]bool, len(targets))
	left := len(targets)
	seen := make(map[any]bool)
	var stack []Object
	push := func(o Object) {
		if o == nil {
			return
		}
		switch o.(type) {
		case Int, Float, Str, Bool, Bytes, *NoneType, Complex:
			return
		}
		k := identity(o)
		if seen[k] {
			return
		}
		seen[k] = true
		if i, ok := want[k]; ok && !found[i] {
			found[i] = true
			left--
		}
		stack = append(stack, o)
	}
	if fromThread {
		for _, name := range sortedKeys(th.Modules) {
			push(th.Modules[name])
		}
		for f := th.frame; f != nil; f = f.Back {
			th.pushFrame(f, push)
		}
		for _, r := range th.roots {
			r(push)
		}
		for _, o := range th.dropRoots {
			push(o)
		}
	}
	for _, o := range roots {
		push(o)
	}
	for len(stack) > 0 && left > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !traverse(th, o, push) && strict {
			return nil
		}
	}
	return found
}

func identity(o Object) any {
	if t, ok := o.(Tuple); ok {
		if len(t) == 0 {
			return "()"
		}
		return &t[0]
	}
	return o
}

func (th *Thread) pushFrame(f *Frame, push func(Object)) {
	// Locals, cells and the value stack.
	for _, v := range f.slots[:f.sp] {
		if v != nil {
			push(v)
		}
	}
	if ns := f.NS(); ns != nil {
		push(ns)
	}
	push(f.Globals)
	if f.Func != nil {
		push(f.Func)
	}
	if f.rare != nil {
		for _, e := range f.rare.handling {
			push(e)
		}
	}
}

// RefHolder is implemented by Go-defined objects whose references are a
// few fields (iterators, containers of the stdlib): Refs returns them,
// nil where there are fewer. It is cheaper than Traversable in the
// WebAssembly build, where every call of visit costs code.
type RefHolder interface {
	Refs() (a, b, c, d Object, more []Object)
}

// pushLiveFrame is pushFrame for a frame a frame or traceback object
// names: a finished one has dropped its locals (and may be back in its
// code's pool of frames).
func (th *Thread) pushLiveFrame(f *Frame, push func(Object)) {
	if f != nil && !f.finished && f.Globals != nil {
		th.pushFrame(f, push)
	}
}

// traverse visits the objects o refers to; it returns false for an
// object of a type it does not know. Most cases only name up to four
// references and a slice of them, visited once at the end.
func traverse(th *Thread, o Object, push func(Object)) bool {
	var a, b, c, d Object
	var more []Object
	switch v := o.(type) {
	case *Module:
		a = v.Dict
	case *Dict:
		for pos := range v.slots() {
			if e := v.at(pos); e.key != nil {
				push(e.key)
				push(e.value)
			}
		}
	case *List:
		more = v.Items
	case Tuple:
		more = v
	case *Set:
		more = v.d.Keys()
	case *Instance:
		a = v.Class
		if v.Dict != nil {
			b = v.Dict
		}
		more = v.slotValues()
	case *Type:
		a = v.Dict
		for _, b := range v.Bases {
			push(b)
		}
	case *Function:
		a = v.Defaults
		if v.KwDefaults != nil {
			b = v.KwDefaults
		}
		if v.Dict != nil {
			c = v.Dict
		}
		for _, c := range v.Closure {
			push(c)
		}
	case *Cell:
		a = v.V
	case *Method:
		a, b = v.Func, v.Self
	case *Builtin:
		a = v.Self
	case *Generator:
		if f := v.Frame; !f.finished {
			th.pushFrame(f, push)
		}
	case *Exception:
		for _, g := range v.held {
			push(g)
		}
		a = v.Args
		if v.Dict != nil {
			b = v.Dict
		}
		if v.Cause != nil {
			c = v.Cause
		}
		if v.Context != nil {
			d = v.Context
		}
	case *Property:
		a, b, c = v.Get, v.Set, v.Del
	case *StaticMethod:
		a = v.Func
	case *ClassMethod:
		a = v.Func
	case *Super:
		a = v.Obj
	case *setIter:
		if v.set != nil {
			a = v.set
		}
		more = v.items
	case *sliceIter:
		if v.list != nil {
			a = v.list
		}
		more = v.items
	case *dictView:
		a = v.d
	case *dictIter:
		if v.d != nil {
			a = v.d
		}
	case *asyncGenOp:
		a = v.gen
	case *coroWrapper:
		a = v.g
	case *anextDefault:
		a, b = v.inner, v.def
	case *enumerateIter:
		a = v.it
	case *zipIter:
		more = v.its
	case *mapIter:
		a, more = v.fn, v.its
	case *filterIter:
		a, b = v.fn, v.it
	case *reversedIter:
		a = v.seq
	case *seqIter:
		a = v.obj
	case *callIter:
		a, b = v.fn, v.sentinel
	case *listRevIter:
		if v.list != nil {
			a = v.list
		}
	case *dictRevIter:
		if v.d != nil {
			a = v.d
		}
	case *Slice:
		a, b, c = v.Start, v.Stop, v.Step
	case *GenericAlias:
		if v.Origin != nil {
			a = v.Origin
		}
		b = v.Args
	case *asyncGenWrapped:
		a = v.v
	case *FrameObject:
		th.pushLiveFrame(v.F, push)
	case *TracebackObject:
		for t := v.TB; t != nil; t = t.Next {
			th.pushLiveFrame(t.Frame, push)
		}
	case RefHolder:
		a, b, c, d, more = v.Refs()
	case Traversable:
		v.Traverse(push)
	case *BigInt, *Range, *ByteArray, *StdStream, *SlotMember, *strIter, *bytesIter, *rangeIter,
		*codeObject, *kwnamesObject, *NotImplementedType, *EllipsisType:
		// No references to follow.
	default:
		return false
	}
	push(a)
	push(b)
	push(c)
	push(d)
	for _, x := range more {
		push(x)
	}
	return true
}
