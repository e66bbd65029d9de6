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

// traverse visits the objects o refers to; it returns false for an
// object of a type it does not know.
func traverse(th *Thread, o Object, push func(Object)) bool {
	switch v := o.(type) {
	case *Module:
		push(v.Dict)
	case *Dict:
		for pos := range v.slots() {
			if e := v.at(pos); e.key != nil {
				push(e.key)
				push(e.value)
			}
		}
	case *List:
		for _, x := range v.Items {
			push(x)
		}
	case Tuple:
		for _, x := range v {
			push(x)
		}
	case *Set:
		for _, x := range v.d.Keys() {
			push(x)
		}
	case *Instance:
		push(v.Class)
		if v.Dict != nil {
			push(v.Dict)
		}
		for _, x := range v.slotValues() {
			if x != nil {
				push(x)
			}
		}
	case *Type:
		push(v.Dict)
		for _, b := range v.Bases {
			push(b)
		}
	case *Function:
		push(v.Defaults)
		if v.KwDefaults != nil {
			push(v.KwDefaults)
		}
		for _, c := range v.Closure {
			push(c)
		}
		if v.Dict != nil {
			push(v.Dict)
		}
	case *Cell:
		push(v.V)
	case *Method:
		push(v.Func)
		push(v.Self)
	case *Builtin:
		push(v.Self)
	case *Generator:
		f := v.Frame
		if !f.finished {
			th.pushFrame(f, push)
		}
	case *Exception:
		for _, g := range v.held {
			push(g)
		}
		push(v.Args)
		if v.Dict != nil {
			push(v.Dict)
		}
		if v.Cause != nil {
			push(v.Cause)
		}
		if v.Context != nil {
			push(v.Context)
		}
	case *Property:
		push(v.Get)
		push(v.Set)
		push(v.Del)
	case *StaticMethod:
		push(v.Func)
	case *ClassMethod:
		push(v.Func)
	case *Super:
		push(v.Obj)
	case *setIter:
		if v.set != nil {
			push(v.set)
		}
		for _, x := range v.items {
			push(x)
		}
	case *sliceIter:
		if v.list != nil {
			push(v.list)
		}
		for _, x := range v.items {
			push(x)
		}
	case *dictView:
		push(v.d)
	case *dictIter:
		if v.d != nil {
			push(v.d)
		}
	case *asyncGenOp:
		push(v.gen)
	case *coroWrapper:
		push(v.g)
	case *anextDefault:
		push(v.inner)
		push(v.def)
	case *enumerateIter:
		push(v.it)
		push(v.count)
	case *zipIter:
		for _, x := range v.its {
			push(x)
		}
	case *mapIter:
		push(v.fn)
		for _, x := range v.its {
			push(x)
		}
	case *filterIter:
		push(v.fn)
		push(v.it)
	case *reversedIter:
		push(v.seq)
	case *seqIter:
		push(v.obj)
	case *callIter:
		push(v.fn)
		push(v.sentinel)
	case *listRevIter:
		if v.list != nil {
			push(v.list)
		}
	case *dictRevIter:
		if v.d != nil {
			push(v.d)
		}
	case *Slice:
		push(v.Start)
		push(v.Stop)
		push(v.Step)
	case *GenericAlias:
		if v.Origin != nil {
			push(v.Origin)
		}
		push(v.Args)
	case *asyncGenWrapped:
		push(v.v)
	case *FrameObject:
		if v.F != nil {
			th.pushFrame(v.F, push)
		}
	case *TracebackObject:
		for t := v.TB; t != nil; t = t.Next {
			if t.Frame != nil {
				th.pushFrame(t.Frame, push)
			}
		}
	case Traversable:
		v.Traverse(push)
	case *BigInt, *Range, *ByteArray, *StdStream, *SlotMember, *strIter, *bytesIter, *rangeIter,
		*codeObject, *kwnamesObject, *NotImplementedType, *EllipsisType:
		// No references to follow.
	default:
		return false
	}
	return true
}
