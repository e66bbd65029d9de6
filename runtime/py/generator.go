package py

import "github.com/aioplay/aioplay/runtime/compile"

// GenKind tells generators, coroutines and async generators apart.
type GenKind uint8

// The three kinds of suspendable functions.
const (
	KindGenerator GenKind = iota
	KindCoroutine
	KindAsyncGenerator
)

// Generator is a generator, coroutine or async generator object: a
// suspended Frame plus the bookkeeping of the send/throw/close protocol.
type Generator struct {
	Kind  GenKind
	Frame *Frame
	// Func made the generator; its code and names are the generator's.
	Func    *Function
	running bool
	// awaitedBy is set while a coroutine is being awaited by another
	// frame (its YIELD_FROM), for "coroutine is being awaited already".
	awaited bool
	// asyncGenHooked: asyncio's firstiter hook has seen this generator.
	AsyncGenHooked  bool
	warnedUnawaited bool
	owned           bool
	// open: a plain generator suspended inside a try, with or except
	// block, counted in Thread.openGens until it is resumed.
	open bool
	// heldBy is the exception whose traceback, in CPython, keeps this
	// unstarted coroutine alive (see Thread.HoldCoroutines).
	heldBy *Exception
	// OnFinish, when set, is called once when the frame finishes
	// (returns or raises); asyncio uses it for "never awaited" tracking.
	OnFinish func()
	id       uint64
}

// IDSlot implements IDHolder.
func (g *Generator) IDSlot() *uint64 { return &g.id }

// Type returns generator, coroutine or async_generator.
func (g *Generator) Type() *Type {
	switch g.Kind {
	case KindCoroutine:
		return CoroutineType
	case KindAsyncGenerator:
		return AsyncGeneratorType
	}
	return GeneratorType
}

func newGenerator(th *Thread, f *Frame, fn *Function) *Generator {
	g := &Generator{Frame: f, Func: fn}
	switch {
	case f.Code.Flags&compile.FlagCoroutine != 0:
		g.Kind = KindCoroutine
	case f.Code.Flags&compile.FlagAsyncGenerator != 0:
		g.Kind = KindAsyncGenerator
	}
	if g.Kind == KindCoroutine {
		th.trackCoroutine(g)
		if th.OnNewCoroutine != nil {
			th.OnNewCoroutine(g)
		}
	}
	return g
}

// Started reports whether the frame has begun running.
func (g *Generator) Started() bool { return g.Frame.started }

// Finished reports whether the frame has returned or raised.
func (g *Generator) Finished() bool { return g.Frame.finished }

// Running reports whether the generator is executing right now.
func (g *Generator) Running() bool { return g.running }

// Line is the line the frame is suspended at (or its def line when it
// has not started).
func (g *Generator) Line() int { return g.Frame.Line() }

// Sender is implemented by objects that `yield from` / `await` can
// delegate to natively: generators and Go awaitables (futures).
type Sender interface {
	Object
	// SendValue resumes with v: it returns (yielded, false, nil), or
	// (result, true, nil) when the delegate finished, or an error.
	SendValue(th *Thread, v Object) (Object, bool, error)
	// ThrowValue raises exc at the suspension point.
	ThrowValue(th *Thread, exc *Exception) (Object, bool, error)
}

func (g *Generator) kindName() string {
	switch g.Kind {
	case KindCoroutine:
		return "coroutine"
	case KindAsyncGenerator:
		return "async generator"
	}
	return "generator"
}

// resume runs the frame with a sent value or a thrown exception.
func (g *Generator) resume(th *Thread, v Object, exc *Exception) (Object, bool, error) {
	f := g.Frame
	if g.running {
		return nil, false, th.Errorf(ValueErrorType, "%s already executing", g.kindName())
	}
	if g.open {
		g.open = false
		th.openGens--
	}
	if f.finished {
		if exc != nil {
			if g.Kind == KindCoroutine && !exc.IsA(GeneratorExitType) {
				return nil, false, th.NewError(RuntimeErrorType, "cannot reuse already awaited coroutine")
			}
			return nil, false, exc
		}
		if g.Kind == KindCoroutine {
			return nil, false, th.NewError(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return nil, true, nil
	}
	if !f.started {
		if exc == nil && v != None && v != nil {
			return nil, false, th.Errorf(TypeErrorType, "can't send non-None value to a just-started %s", g.kindName())
		}
		f.started = true
		if g.Kind == KindCoroutine && !g.warnedUnawaited && !g.owned {
			th.unstartedCoros--
			if th.coroOrigins != nil {
				delete(th.coroOrigins, g)
			}
		}
		if exc != nil {
			// Thrown into an unstarted frame: it finishes at once, and
			// the traceback names the def line.
			f.pc = 0
		}
	} else if exc == nil {
		f.slots[f.sp] = v
		f.sp++
	}
	if err := th.enter(f); err != nil {
		return nil, false, err
	}
	g.running = true
	var throwIn error
	if exc != nil {
		throwIn = exc
	}
	res, yielded, err := th.eval(f, throwIn)
	g.running = false
	th.leave(f)
	if yielded {
		if len(f.blocks) != 0 && g.Kind == KindGenerator {
			g.open = true
			th.openGens++
		}
		return res, false, nil
	}
	if g.OnFinish != nil {
		g.OnFinish()
		g.OnFinish = nil
	}
	if err == nil && !f.escaped {
		// Returned: nothing reads the frame again but its code and
		// state, so a shared finished frame stands in for it and the
		// frame is reused by the next call (coroutines such as
		// asyncio.sleep are created and finished at a high rate).
		g.Frame = f.cc.finishedFrame(f)
		f.recycle()
	}
	if err != nil {
		if _, ok := err.(*Abort); ok {
			return nil, false, err
		}
		e, _ := toException(err)
		if e.IsA(StopIterationType) && g.Kind != KindAsyncGenerator {
			r := th.Errorf(RuntimeErrorType, "%s raised StopIteration", g.kindName())
			r.Cause, r.Context, r.SuppressContext = e, e, true
			return nil, false, r
		}
		if g.Kind == KindAsyncGenerator && (e.IsA(StopAsyncIterationType) || e.IsA(StopIterationType)) {
			r := th.Errorf(RuntimeErrorType, "async generator raised %s", e.Class.Name)
			r.Cause, r.Context, r.SuppressContext = e, e, true
			return nil, false, r
		}
		return nil, false, e
	}
	return res, true, nil
}

// SendValue implements Sender.
func (g *Generator) SendValue(th *Thread, v Object) (Object, bool, error) {
	return g.resume(th, v, nil)
}

// ThrowValue implements Sender: it delegates to a sub-iterator the frame
// is suspended in (yield from / await) first, as CPython's gen_throw does.
func (g *Generator) ThrowValue(th *Thread, exc *Exception) (Object, bool, error) {
	f := g.Frame
	if f.started && !f.finished && !g.running && f.pc < len(f.Code.Instrs) && f.Code.Instrs[f.pc].Op == compile.YIELD_FROM {
		delegate := f.slots[f.sp-1]
		var out Object
		var done bool
		var err error
		if exc.IsA(GeneratorExitType) {
			// close() the delegate, then raise GeneratorExit here.
			g.running = true
			err = th.closeDelegate(delegate)
			g.running = false
			if err == nil {
				err = exc
			}
		} else if s, ok := delegate.(Sender); ok {
			g.running = true
			out, done, err = s.ThrowValue(th, exc)
			g.running = false
		} else if m, _ := GetAttrOpt(th, delegate, "throw"); m != nil {
			g.running = true
			out, err = th.Call(m, []Object{exc}, nil)
			g.running = false
			if err != nil {
				if e, ok := err.(*Exception); ok && e.IsA(StopIterationType) {
					out, done, err = stopIterationValue(e), true, nil
				}
			}
		} else {
			err = exc
		}
		if err == nil && !done {
			return out, false, nil
		}
		// The delegate finished or raised: continue the frame past the
		// YIELD_FROM with its result, or raise the error there.
		f.sp--
		f.slots[f.sp] = nil
		f.pc++
		if err != nil {
			e, _ := toException(err)
			return g.resume(th, nil, e)
		}
		f.slots[f.sp] = out
		f.sp++
		return g.resume(th, nil, nil)
	}
	return g.resume(th, nil, exc)
}

// closeDelegate calls close() on a sub-iterator.
func (th *Thread) closeDelegate(d Object) error {
	if g, ok := d.(*Generator); ok {
		return g.Close(th)
	}
	if m, _ := GetAttrOpt(th, d, "close"); m != nil {
		_, err := th.Call(m, nil, nil)
		return err
	}
	return nil
}

// Close implements generator.close().
func (g *Generator) Close(th *Thread) error {
	f := g.Frame
	if f.finished || !f.started {
		f.finished = true
		return nil
	}
	_, done, err := g.ThrowValue(th, NewException(GeneratorExitType))
	if err != nil {
		e, _ := toException(err)
		if e.IsA(GeneratorExitType) || e.IsA(StopIterationType) {
			if len(e.held) > 0 && th.unrooted == 0 {
				// Swallowed here: the generators it held go now.
				th.releaseHeld(e)
			}
			return nil
		}
		return err
	}
	if !done {
		return th.Errorf(RuntimeErrorType, "%s ignored GeneratorExit", g.kindName())
	}
	return nil
}

func (g *Generator) next(th *Thread) (Object, bool, error) {
	v, done, err := g.resume(th, None, nil)
	if err != nil || done {
		return nil, false, err
	}
	return v, true, nil
}

// stopIterationValue is StopIteration.value.
func stopIterationValue(e *Exception) Object {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// sendTo sends v into a yield-from delegate.
func (th *Thread) sendTo(d Object, v Object) (Object, bool, error) {
	if g, ok := d.(*Generator); ok {
		return g.resume(th, v, nil)
	}
	if s, ok := d.(Sender); ok {
		return s.SendValue(th, v)
	}
	if v == None {
		if it, ok := d.(Iterator); ok {
			out, ok, err := it.Next(th)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				return None, true, nil
			}
			return out, false, nil
		}
	}
	var out Object
	var err error
	if v == None {
		m := d.Type().Lookup("__next__")
		if m == nil {
			return nil, false, th.Errorf(TypeErrorType, "'%s' object is not an iterator", d.Type().Name)
		}
		out, err = th.Call(m, []Object{d}, nil)
	} else {
		var m Object
		m, err = GetAttr(th, d, "send")
		if err == nil {
			out, err = th.Call(m, []Object{v}, nil)
		}
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsA(StopIterationType) {
			return stopIterationValue(e), true, nil
		}
		return nil, false, err
	}
	return out, false, nil
}

// Awaitable is implemented by Go objects that can be awaited (futures):
// Await returns the iterator `await` delegates to.
type Awaitable interface {
	Await(th *Thread) (Object, error)
}

// getAwaitable implements GET_AWAITABLE.
func (th *Thread) getAwaitable(o Object, where int32) (Object, error) {
	switch v := o.(type) {
	case *Generator:
		if v.Kind == KindCoroutine || v.Kind == KindGenerator && v.Frame.Code.Flags&compile.FlagIterableCoroutine != 0 {
			if v.Frame.started && !v.Frame.finished && v.Frame.pc < len(v.Frame.Code.Instrs) && v.Frame.Code.Instrs[v.Frame.pc].Op == compile.YIELD_FROM && v.awaited {
				return nil, th.NewError(RuntimeErrorType, "coroutine is being awaited already")
			}
			v.awaited = true
			return v, nil
		}
	case Awaitable:
		return v.Await(th)
	}
	if m := o.Type().Lookup("__await__"); m != nil {
		it, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return nil, err
		}
		if g, ok := it.(*Generator); ok && g.Kind == KindCoroutine {
			return nil, th.NewError(TypeErrorType, "__await__() returned a coroutine")
		}
		if _, ok := it.(Sender); !ok && it.Type().Lookup("__next__") == nil {
			if _, ok := it.(Iterator); !ok {
				return nil, th.Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", it.Type().Name)
			}
		}
		return it, nil
	}
	return nil, th.Errorf(TypeErrorType, "object %s can't be used in 'await' expression", o.Type().Name)
}

// getAIter implements `async for`'s __aiter__ call.
func (th *Thread) getAIter(o Object) (Object, error) {
	if g, ok := o.(*Generator); ok && g.Kind == KindAsyncGenerator {
		return g, nil
	}
	m := o.Type().Lookup("__aiter__")
	if m == nil {
		return nil, th.Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", o.Type().Name)
	}
	return th.Call(m, []Object{o}, nil)
}

// getANext implements `async for`'s __anext__ call, returning what await
// delegates to.
func (th *Thread) getANext(o Object) (Object, error) {
	if g, ok := o.(*Generator); ok && g.Kind == KindAsyncGenerator {
		return &asyncGenOp{gen: g, op: agenSend, arg: None}, nil
	}
	m := o.Type().Lookup("__anext__")
	if m == nil {
		return nil, th.Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", o.Type().Name)
	}
	aw, err := th.Call(m, []Object{o}, nil)
	if err != nil {
		return nil, err
	}
	it, err := th.getAwaitable(aw, 0)
	if err != nil {
		return nil, th.Errorf(TypeErrorType, "'async for' received an invalid object from __anext__: %s", aw.Type().Name)
	}
	return it, nil
}

// asyncGenWrapped marks a value yielded by `yield` in an async generator,
// as opposed to a future passed up by an await inside it.
type asyncGenWrapped struct{ v Object }

func (*asyncGenWrapped) Type() *Type { return ObjectType }

type agenOpKind uint8

const (
	agenSend agenOpKind = iota
	agenThrow
	agenClose
)

var asyncGenASendType = newBuiltinType("async_generator_asend", ObjectType, 0)

// asyncGenOp is the awaitable returned by __anext__/asend/athrow/aclose.
type asyncGenOp struct {
	gen   *Generator
	op    agenOpKind
	arg   Object
	exc   *Exception
	state uint8 // 0 init, 1 iterating, 2 done
}

func (a *asyncGenOp) Type() *Type { return asyncGenASendType }

// Await returns itself: it is its own iterator.
func (a *asyncGenOp) Await(th *Thread) (Object, error) { return a, nil }

func (a *asyncGenOp) finish(th *Thread, out Object, done bool, err error) (Object, bool, error) {
	if err != nil {
		a.state = 2
		if a.op == agenClose {
			if e, ok := err.(*Exception); ok && (e.IsA(StopAsyncIterationType) || e.IsA(GeneratorExitType)) {
				return None, true, nil
			}
		}
		return nil, false, err
	}
	if done {
		a.state = 2
		if a.op == agenClose {
			return None, true, nil
		}
		return nil, false, NewException(StopAsyncIterationType)
	}
	if w, ok := out.(*asyncGenWrapped); ok {
		a.state = 2
		if a.op == agenClose {
			return nil, false, th.NewError(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return w.v, true, nil
	}
	return out, false, nil
}

// SendValue implements Sender.
func (a *asyncGenOp) SendValue(th *Thread, v Object) (Object, bool, error) {
	if a.state == 2 {
		return nil, false, th.NewError(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if a.state == 0 {
		a.state = 1
		if !a.gen.AsyncGenHooked && th.OnAsyncGenFirstIter != nil {
			a.gen.AsyncGenHooked = true
			th.OnAsyncGenFirstIter(a.gen)
		}
		switch a.op {
		case agenSend:
			if v == None {
				v = a.arg
			}
			out, done, err := a.gen.resume(th, v, nil)
			return a.finish(th, out, done, err)
		case agenThrow:
			out, done, err := a.gen.ThrowValue(th, a.exc)
			return a.finish(th, out, done, err)
		case agenClose:
			if !a.gen.Frame.started || a.gen.Frame.finished {
				a.gen.Frame.finished = true
				a.state = 2
				return None, true, nil
			}
			out, done, err := a.gen.ThrowValue(th, NewException(GeneratorExitType))
			return a.finish(th, out, done, err)
		}
	}
	out, done, err := a.gen.resume(th, v, nil)
	return a.finish(th, out, done, err)
}

// ThrowValue implements Sender.
func (a *asyncGenOp) ThrowValue(th *Thread, exc *Exception) (Object, bool, error) {
	if a.state == 2 {
		return nil, false, th.NewError(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	a.state = 1
	out, done, err := a.gen.ThrowValue(th, exc)
	return a.finish(th, out, done, err)
}

// Name returns the generator's __name__: its function's. (CPython copies
// the name when the generator is made; renaming the function later is the
// one case where the two differ.)
func (g *Generator) Name() string { return g.Func.Name }

// Qualname returns the generator's __qualname__ (see Name).
func (g *Generator) Qualname() string { return g.Func.Qualname }
