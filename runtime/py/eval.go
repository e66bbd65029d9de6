package py

import (
	"math"

	"github.com/aioplay/aioplay/runtime/compile"
)

// errReraise wraps an exception re-raised by a bare `raise` or RERAISE:
// such a raise adds no traceback entry for the current frame.
type errReraise struct{ exc *Exception }

func (e *errReraise) Error() string { return e.exc.Error() }

// Abort ends the whole run at once, like os._exit: no except or finally
// block runs. The event loop uses it when it would wait forever.
type Abort struct {
	Code int
	Msg  string
}

func (a *Abort) Error() string { return a.Msg }

// toException converts any error reaching the eval loop into a *Exception.
func toException(err error) (*Exception, bool) {
	switch e := err.(type) {
	case *Exception:
		return e, false
	case *errReraise:
		return e.exc, true
	}
	return &Exception{Class: SystemErrorType, Args: Tuple{Str("internal error: " + err.Error())}}, false
}

// enter pushes f on the thread's call stack.
func (th *Thread) enter(f *Frame) error {
	if th.depth >= th.RecursionLimit {
		return th.NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	f.Back = th.frame
	th.frame = f
	th.depth++
	return nil
}

// enterNested guards Go code that recurses into nested values (the repr
// of a list of lists, comparing nested tuples, an iterator wrapping an
// iterator...): each level counts against the recursion limit like a
// Python call, as CPython's Py_EnterRecursiveCall does. where completes
// the message (" in comparison"). A successful call must be matched by
// leaveNested.
func (th *Thread) enterNested(where string) error {
	if th.depth >= th.RecursionLimit {
		return th.NewError(RecursionErrorType, "maximum recursion depth exceeded"+where)
	}
	th.depth++
	return nil
}

func (th *Thread) leaveNested() { th.depth-- }

// callNested calls fn(args...) one recursion level deeper, as CPython
// does where it calls a Python method from C behind a recursion check
// (slot functions such as __repr__, __str__, __eq__, __call__): a
// runaway recursion through them then fails with CPython's message.
func (th *Thread) callNested(where string, fn Object, args ...Object) (Object, error) {
	if err := th.enterNested(where); err != nil {
		return nil, err
	}
	r, err := th.Call(fn, args, nil)
	th.leaveNested()
	return r, err
}

// enterGo guards Go code that recurses without a Python-level
// counterpart (iterators wrapping iterators, hashing nested tuples):
// CPython would overflow its C stack there, we raise RecursionError
// before Go's stack runs out. It does not move the recursion depth, so
// Python-visible limits are unchanged.
func (th *Thread) enterGo() error {
	if th.goNest >= max(maxGoNest, 4*th.RecursionLimit) {
		return th.NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	th.goNest++
	return nil
}

func (th *Thread) leaveGo() { th.goNest-- }

// maxGoNest bounds enterGo's nesting.
const maxGoNest = 10000

func (th *Thread) leave(f *Frame) {
	th.frame = f.Back
	f.Back = nil
	th.depth--
}

// popInline leaves a finished inlined frame and returns its caller.
func (th *Thread) popInline(f *Frame) *Frame {
	caller := f.Back
	th.leave(f)
	if f.binopOf {
		th.binops = th.binops[:len(th.binops)-1]
	}
	if f.initOf {
		th.initObjs[len(th.initObjs)-1] = nil
		th.initObjs = th.initObjs[:len(th.initObjs)-1]
		th.leaveNested()
	}
	f.recycle()
	return caller
}

// runFrame runs f to completion (a plain function call).
func (th *Thread) runFrame(f *Frame) (Object, error) {
	if err := th.enter(f); err != nil {
		return nil, err
	}
	f.started = true
	res, _, err := th.eval(f, nil)
	th.leave(f)
	f.recycle()
	return res, err
}

// loadAttr is LOAD_ATTR Names[i] on obj, for the instruction before
// f.pc: through its inline cache for instances and modules.
func (th *Thread) loadAttr(f *Frame, i int32, obj Object) (Object, error) {
	switch o := obj.(type) {
	case *Instance:
		if v, ok, err := th.loadAttrFast(f, f.pc-1, i, o); ok || err != nil {
			return v, err
		}
	case *Module:
		if v := f.moduleAttr(f.pc-1, i, o); v != nil {
			return v, nil
		}
	}
	return GetAttr(th, obj, f.Code.Names[i])
}

// unboundLocal is the error for reading local i before it is assigned.
func (th *Thread) unboundLocal(f *Frame, i int32) error {
	return th.Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.Code.VarNames[i])
}

// tick counts a step (see stepCheckInterval) and checks the budgets
// every stepCheckInterval steps.
func (th *Thread) tick() error {
	th.steps++
	if th.steps&(stepCheckInterval-1) != 0 {
		return nil
	}
	return th.checkSteps()
}

// checkSteps charges one batch of instructions against the budget.
func (th *Thread) checkSteps() error {
	if th.StepBudget > 0 && th.steps > th.StepBudget {
		return th.NewError(StepBudgetExceeded, "the script ran too long (step budget exhausted)")
	}
	if th.Interrupted != nil && th.Interrupted() {
		return th.NewError(StepBudgetExceeded, "the run was stopped")
	}
	if !th.heapProbe.due() {
		return nil
	}
	if th.heapProbe.over(th.heapLimit()) {
		return th.memoryError()
	}
	if th.OnHeap != nil {
		th.OnHeap(th.heapProbe.live)
	}
	return nil
}

// heapLimit is HeapLimit with its default.
func (th *Thread) heapLimit() int64 {
	if th.HeapLimit > 0 {
		return th.HeapLimit
	}
	return max(4*th.MemoryBudget, 64<<20)
}

// stepCheckInterval is how many steps run between budget checks. A step
// is a frame entered or resumed, or a loop going round (a backward
// jump): no code runs long without one, and counting only those keeps
// the instructions themselves free of bookkeeping.
const stepCheckInterval = 1 << 10

// eval is the interpreter loop. It runs f from f.pc until the frame
// returns (yielded false), yields (yielded true: result is the yielded
// value; the frame can be resumed by pushing the sent value and calling
// eval again), or raises. throwIn, when set, is raised at the resumption
// point before any instruction runs.
func (th *Thread) eval(f *Frame, throwIn error) (result Object, yielded bool, err error) {
	// Steps are counted as th.tick does, spelled out: eval is too big
	// for the compiler to inline it.

	// instrs is f.cc.instrs, kept at hand for the dispatch: it changes
	// only where f does.
	var instrs []compile.Instr
	if throwIn != nil {
		err = throwIn
		goto handle
	}
	// The dispatch loop; errors leave it for handle, which comes back
	// here when a handler takes the exception. Keeping everything else
	// out of the loop keeps fewer values live across instructions.
loop:
	instrs = f.cc.instrs
	// Entering or resuming a frame is a step (see tick).
	if th.steps++; th.steps&(stepCheckInterval-1) == 0 {
		if err = th.checkSteps(); err != nil {
			goto handle
		}
	}
	for {
		// The hot tier (hot.go) runs what it can first; the switch
		// below runs the instruction it stops at.
		if hotCase[instrs[f.pc].Op] != 0 {
			f = th.runHot(f)
			instrs = f.cc.instrs
			if th.hotErr != nil {
				err, th.hotErr = th.hotErr, nil
				goto handle
			}
		}
		{
			in := instrs[f.pc]
			if in.Op >= compile.NumOps && in.Op != opForItemsUnpack {
				// A fused instruction (fuse.go), at which the hot tier
				// stopped: run the one it replaced; the instructions it
				// stands for follow it unchanged.
				in = f.Code.Instrs[f.pc]
			}
			f.pc++
			switch in.Op {
			case compile.NOP:
			case compile.POP_TOP:
				f.sp--
				if v := f.slots[f.sp]; th.unstartedCoros|th.openGens != 0 && v != nil {
					f.slots[f.sp] = nil
					th.letGo(v, f)
				}
				f.slots[f.sp] = nil
			case compile.ROT_TWO:
				f.slots[f.sp-1], f.slots[f.sp-2] = f.slots[f.sp-2], f.slots[f.sp-1]
			case compile.ROT_THREE:
				top := f.slots[f.sp-1]
				f.slots[f.sp-1] = f.slots[f.sp-2]
				f.slots[f.sp-2] = f.slots[f.sp-3]
				f.slots[f.sp-3] = top
			case compile.ROT_FOUR:
				top := f.slots[f.sp-1]
				f.slots[f.sp-1] = f.slots[f.sp-2]
				f.slots[f.sp-2] = f.slots[f.sp-3]
				f.slots[f.sp-3] = f.slots[f.sp-4]
				f.slots[f.sp-4] = top
			case compile.DUP_TOP:
				f.slots[f.sp] = f.slots[f.sp-1]
				f.sp++
			case compile.DUP_TOP_TWO:
				f.slots[f.sp] = f.slots[f.sp-2]
				f.slots[f.sp+1] = f.slots[f.sp-1]
				f.sp += 2
			case compile.LOAD_CONST:
				f.slots[f.sp] = f.cc.consts[in.Arg]
				f.sp++
			case compile.LOAD_FAST:
				v := f.slots[in.Arg]
				if v == nil {
					err = th.unboundLocal(f, in.Arg)
					goto handle
				}
				f.slots[f.sp] = v
				f.sp++
			case compile.STORE_FAST:
				f.sp--
				old := f.slots[in.Arg]
				f.slots[in.Arg] = f.slots[f.sp]
				f.slots[f.sp] = nil
				th.letGo(old, f)
			case compile.DELETE_FAST:
				if f.slots[in.Arg] == nil {
					err = th.unboundLocal(f, in.Arg)
					goto handle
				}
				old := f.slots[in.Arg]
				f.slots[in.Arg] = nil
				th.letGo(old, f)
			case compile.LOAD_DEREF, compile.LOAD_CLASSDEREF:
				if in.Op == compile.LOAD_CLASSDEREF {
					name := f.Code.FreeVars[int(in.Arg)-len(f.Code.CellVars)]
					if v := f.NS().GetStr(name); v != nil {
						f.slots[f.sp] = v
						f.sp++
						break
					}
				}
				v := f.slots[len(f.Code.VarNames)+int(in.Arg)].(*Cell).V
				if v == nil {
					err = th.derefError(f, int(in.Arg))
					goto handle
				}
				f.slots[f.sp] = v
				f.sp++
			case compile.STORE_DEREF:
				f.sp--
				c := f.slots[len(f.Code.VarNames)+int(in.Arg)].(*Cell)
				old := c.V
				c.V = f.slots[f.sp]
				f.slots[f.sp] = nil
				if th.WatchDrops || th.unstartedCoros|th.openGens != 0 {
					th.letGo(old, f)
				}
			case compile.DELETE_DEREF:
				if f.slots[len(f.Code.VarNames)+int(in.Arg)].(*Cell).V == nil {
					err = th.derefError(f, int(in.Arg))
					goto handle
				}
				c := f.slots[len(f.Code.VarNames)+int(in.Arg)].(*Cell)
				old := c.V
				c.V = nil
				th.letGo(old, f)
			case compile.LOAD_CLOSURE:
				f.slots[f.sp] = f.slots[len(f.Code.VarNames)+int(in.Arg)].(*Cell)
				f.sp++
			case compile.LOAD_GLOBAL:
				// loadGlobal's cache hit, spelled out.
				var v Object
				if gc := f.cc.globals; gc != nil {
					c, g, b := &gc[f.pc-1], f.Globals, th.Builtins
					if c.globals == g && c.gver == g.version && c.builtins == b && c.bver == b.version {
						v = c.dict.at(c.pos).value
					}
				}
				if v == nil {
					v = f.loadGlobal(th.Builtins, in.Arg, f.pc-1)
				}
				if v == nil {
					err = th.nameError(f, f.Code.Names[in.Arg])
					goto handle
				}
				f.slots[f.sp] = v
				f.sp++
			case compile.STORE_GLOBAL:
				f.sp--
				var old Object
				// storeGlobal's cache hit, spelled out.
				if gc, g := f.cc.globals, f.Globals; gc != nil && gc[f.pc-1].globals == g && gc[f.pc-1].gver == g.version {
					e := g.at(gc[f.pc-1].pos)
					old, e.value = e.value, f.slots[f.sp]
				} else {
					old = f.storeGlobal(g, in.Arg, f.pc-1, f.slots[f.sp])
				}
				f.slots[f.sp] = nil
				th.letGo(old, f)
			case compile.DELETE_GLOBAL:
				old := f.Globals.GetStr(f.Code.Names[in.Arg])
				if !f.Globals.DelStr(f.Code.Names[in.Arg]) {
					err = th.Errorf(NameErrorType, "name '%s' is not defined", f.Code.Names[in.Arg])
					goto handle
				}
				th.letGo(old, f)
			case compile.LOAD_NAME:
				var v Object
				if ns := f.NS(); ns != nil {
					v = ns.GetStr(f.Code.Names[in.Arg])
				}
				if v == nil {
					// Module-level code: the same lookup as a global.
					v = f.loadGlobal(th.Builtins, in.Arg, f.pc-1)
				}
				if v == nil {
					err = th.nameError(f, f.Code.Names[in.Arg])
					goto handle
				}
				f.slots[f.sp] = v
				f.sp++
			case compile.STORE_NAME:
				f.sp--
				var old Object
				if ns := f.NS(); ns != nil {
					old = ns.GetStr(f.Code.Names[in.Arg])
					ns.SetStr(f.Code.Names[in.Arg], f.slots[f.sp])
				} else {
					old = f.storeGlobal(f.Globals, in.Arg, f.pc-1, f.slots[f.sp])
				}
				f.slots[f.sp] = nil
				// letGo has work only while one of these is set.
				if th.WatchDrops || th.unstartedCoros|th.openGens != 0 {
					th.letGo(old, f)
				}
			case compile.DELETE_NAME:
				ns := f.NS()
				if ns == nil {
					ns = f.Globals
				}
				old := ns.GetStr(f.Code.Names[in.Arg])
				if !ns.DelStr(f.Code.Names[in.Arg]) {
					err = th.Errorf(NameErrorType, "name '%s' is not defined", f.Code.Names[in.Arg])
					goto handle
				}
				th.letGo(old, f)
			case compile.LOAD_ATTR:
				var v Object
				if v, err = th.loadAttr(f, in.Arg, f.slots[f.sp-1]); err != nil {
					goto handle
				}
				f.slots[f.sp-1] = v
			case compile.STORE_ATTR:
				if o, isInst := f.slots[f.sp-1].(*Instance); isInst && f.storeAttrFast(f.pc-1, in.Arg, o, f.slots[f.sp-2]) {
					f.sp -= 2
					f.slots[f.sp], f.slots[f.sp+1] = nil, nil
					break
				}
				err = SetAttr(th, f.slots[f.sp-1], f.Code.Names[in.Arg], f.slots[f.sp-2])
				f.sp -= 2
				f.slots[f.sp], f.slots[f.sp+1] = nil, nil
				if err != nil {
					goto handle
				}
			case compile.DELETE_ATTR:
				f.sp--
				err = DelAttr(th, f.slots[f.sp], f.Code.Names[in.Arg])
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
			case compile.LOAD_METHOD:
				meth, self, ok := th.loadMethodFast(f, f.pc-1, in.Arg, f.slots[f.sp-1])
				if !ok {
					meth, self, err = th.loadMethod(f.slots[f.sp-1], f.Code.Names[in.Arg])
					if err != nil {
						goto handle
					}
				}
				f.slots[f.sp-1] = meth
				f.slots[f.sp] = self // nil when meth is already bound
				f.sp++
			case compile.CALL_METHOD, compile.CALL_METHOD_KW:
				var kw []string
				n := int(in.Arg)
				if in.Op == compile.CALL_METHOD_KW {
					f.sp--
					kw = f.slots[f.sp].(*kwnamesObject).names
					f.slots[f.sp] = nil
				}
				base := f.sp - n - 2
				args := f.slots[base+2 : f.sp]
				if f.slots[base+1] != nil {
					args = f.slots[base+1 : f.sp]
				}
				if fn, ok := f.slots[base].(*Function); ok {
					// A Python function: run its frame in this loop.
					var nf *Frame
					if cc, ok := fn.Code.Cache.(*codeCache); ok && cc.simpleArgs == len(args) && kw == nil {
						nf, err = th.pushSimple(fn, cc, nil, args)
					} else {
						nf, err = th.pushInline(fn, nil, args, kw)
					}
					if nf != nil || err != nil {
						for i := base; i < f.sp; i++ {
							f.slots[i] = nil
						}
						f.sp = base
						if err != nil {
							goto handle
						}
						f = nf
						goto entered
					}
				}
				var res Object
				res, err = th.call(f.slots[base], args, kw)
				lost := th.clearCallArgs(f, base)
				if err != nil {
					th.warnLostArgs(f, lost)
					goto handle
				}
				f.slots[f.sp] = res
				f.sp++
				th.warnLostArgs(f, lost)
			case compile.CALL, compile.CALL_KW:
				var kw []string
				n := int(in.Arg)
				if in.Op == compile.CALL_KW {
					f.sp--
					kw = f.slots[f.sp].(*kwnamesObject).names
					f.slots[f.sp] = nil
				}
				base := f.sp - n - 1
				var fn *Function
				var self Object
				switch c := f.slots[base].(type) {
				case *Function:
					fn = c
				case *Method:
					fn, _ = c.Func.(*Function)
					self = c.Self
				case *Type:
					if c.Flags&FlagHeapType != 0 && c.Meta == nil {
						if init := c.lookupForCall().plainInit; init != nil {
							// A class whose instances object.__new__
							// makes: run its __init__ in place.
							var nf *Frame
							nf, err = th.pushInit(c, init, f.slots[base+1:f.sp], kw)
							clear(f.slots[base:f.sp])
							f.sp = base
							if err != nil {
								goto handle
							}
							f = nf
							goto entered
						}
					}
				}
				if fn != nil {
					// A Python function: run its frame in this loop.
					var nf *Frame
					if cc, ok := fn.Code.Cache.(*codeCache); ok && kw == nil && cc.simpleArgs == n+boolInt(self != nil) {
						nf, err = th.pushSimple(fn, cc, self, f.slots[base+1:f.sp])
					} else {
						nf, err = th.pushInline(fn, self, f.slots[base+1:f.sp], kw)
					}
					if nf != nil || err != nil {
						for i := base; i < f.sp; i++ {
							f.slots[i] = nil
						}
						f.sp = base
						if err != nil {
							goto handle
						}
						f = nf
						goto entered
					}
				}
				var res Object
				res, err = th.call(f.slots[base], f.slots[base+1:f.sp], kw)
				lost := th.clearCallArgs(f, base)
				if err != nil {
					th.warnLostArgs(f, lost)
					goto handle
				}
				f.slots[f.sp] = res
				f.sp++
				th.warnLostArgs(f, lost)
			case compile.CALL_EX:
				var kwargs Object
				if in.Arg&1 != 0 {
					f.sp--
					kwargs = f.slots[f.sp]
					f.slots[f.sp] = nil
				}
				f.sp--
				args := f.slots[f.sp]
				fn := f.slots[f.sp-1]
				f.slots[f.sp] = nil
				var res Object
				res, err = th.callEx(fn, args, kwargs)
				f.sp--
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
				f.slots[f.sp] = res
				f.sp++
			case compile.BINARY_SUBSCR:
				var v Object
				switch c := f.slots[f.sp-2].(type) {
				case *List:
					// Plain lists indexed by an int in range.
					if i, ok := f.slots[f.sp-1].(Int); ok && c.cls == nil {
						if i < 0 {
							i += Int(len(c.Items))
						}
						if 0 <= i && i < Int(len(c.Items)) {
							v = c.Items[i]
						}
					}
				case *Dict:
					// Plain dicts holding the key.
					if c.cls == nil {
						v, err = c.GetItem(th, f.slots[f.sp-1])
					}
				}
				if v == nil && err == nil {
					v, err = GetItem(th, f.slots[f.sp-2], f.slots[f.sp-1])
				}
				f.sp--
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = v
			case compile.STORE_SUBSCR:
				if d, ok := f.slots[f.sp-2].(*Dict); ok && d.cls == nil {
					err = d.SetItem(th, f.slots[f.sp-1], f.slots[f.sp-3])
				} else {
					err = SetItem(th, f.slots[f.sp-2], f.slots[f.sp-1], f.slots[f.sp-3])
				}
				f.sp -= 3
				f.slots[f.sp], f.slots[f.sp+1], f.slots[f.sp+2] = nil, nil, nil
				if err != nil {
					goto handle
				}
			case compile.DELETE_SUBSCR:
				err = DelItem(th, f.slots[f.sp-2], f.slots[f.sp-1])
				f.sp -= 2
				f.slots[f.sp], f.slots[f.sp+1] = nil, nil
				if err != nil {
					goto handle
				}
			case compile.BINARY_OP, compile.INPLACE_OP:
				a, b := f.slots[f.sp-2], f.slots[f.sp-1]
				var v Object
				// Fast paths for the int and float arithmetic that hot
				// loops do; everything else goes through the generic
				// protocol (which handles overflow and dunders).
				switch x := a.(type) {
				case Int:
					if y, ok := b.(Int); ok {
						// Addition, the most frequent, without a call.
						if s := x + y; compile.BinOp(in.Arg) == compile.OpAdd && (s > x) == (y > 0) {
							v = BoxInt(s)
						} else {
							v = intArith(compile.BinOp(in.Arg), x, y)
						}
					}
				case Float:
					if y, ok := b.(Float); ok {
						v = floatArith(compile.BinOp(in.Arg), x, y)
					}
				case Str:
					if y, ok := b.(Str); ok && compile.BinOp(in.Arg) == compile.OpAdd {
						if err = th.checkBytes(len(x) + len(y)); err != nil {
							goto handle
						}
						v = th.concatStr(x, y)
					}
				}
				if v == nil && in.Op == compile.BINARY_OP {
					// Two instances of one class statement's class: its
					// special method runs in this loop.
					if x, ok := a.(*Instance); ok && x.Class.layout == ObjectType {
						if y, ok := b.(*Instance); ok && y.Class == x.Class {
							c := f.cc.attrSlot(len(f.Code.Instrs), f.pc-1)
							if c.cls != x.Class || c.ver != x.Class.version {
								*c = attrCache{cls: x.Class, ver: x.Class.version, attr: x.Class.Lookup(binOpNames[in.Arg])}
							}
							if fn, ok := c.attr.(*Function); ok && fn.Code.Flags&genFlags == 0 {
								var nf *Frame
								if cc, ok := fn.Code.Cache.(*codeCache); ok && cc.simpleArgs == 2 {
									nf, err = th.pushSimple(fn, cc, nil, f.slots[f.sp-2:f.sp])
								} else {
									nf, err = th.pushInline(fn, nil, f.slots[f.sp-2:f.sp], nil)
								}
								if nf != nil || err != nil {
									clear(f.slots[f.sp-2 : f.sp])
									f.sp -= 2
									if err != nil {
										goto handle
									}
									nf.binopOf = true
									th.binops = append(th.binops, binopCtx{compile.BinOp(in.Arg), x.Class})
									f = nf
									goto entered
								}
							}
						}
					}
				}
				if v == nil {
					if in.Op == compile.INPLACE_OP {
						v, err = InplaceOp(th, compile.BinOp(in.Arg), a, b)
					} else {
						v, err = BinaryOp(th, compile.BinOp(in.Arg), a, b)
					}
					if err != nil {
						goto handle
					}
				}
				f.sp--
				f.slots[f.sp] = nil
				f.slots[f.sp-1] = v
			case compile.UNARY_NEGATIVE, compile.UNARY_POSITIVE, compile.UNARY_INVERT:
				var v Object
				v, err = UnaryOp(th, in.Op, f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = v
			case compile.UNARY_NOT:
				var t bool
				t, err = Truth(th, f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = Bool(!t)
			case compile.COMPARE_OP:
				a, b := f.slots[f.sp-2], f.slots[f.sp-1]
				var v Object
				switch x := a.(type) {
				case Int:
					if y, ok := b.(Int); ok {
						v = Bool(cmpInts(compile.CmpOp(in.Arg), x, y))
					}
				case Str:
					if y, ok := b.(Str); ok {
						switch compile.CmpOp(in.Arg) {
						case compile.CmpEq:
							v = Bool(x == y)
						case compile.CmpNe:
							v = Bool(x != y)
						}
					}
				}
				if v == nil {
					v, err = RichCompare(th, compile.CmpOp(in.Arg), a, b)
					if err != nil {
						goto handle
					}
				}
				f.sp--
				f.slots[f.sp] = nil
				f.slots[f.sp-1] = v
			case compile.IS_OP:
				r := Is(f.slots[f.sp-2], f.slots[f.sp-1])
				if in.Arg != 0 {
					r = !r
				}
				f.sp--
				f.slots[f.sp] = nil
				f.slots[f.sp-1] = Bool(r)
			case compile.CONTAINS_OP:
				var r bool
				r, err = Contains(th, f.slots[f.sp-1], f.slots[f.sp-2])
				if err != nil {
					goto handle
				}
				if in.Arg != 0 {
					r = !r
				}
				f.sp--
				f.slots[f.sp] = nil
				f.slots[f.sp-1] = Bool(r)
			case compile.JUMP:
				if int(in.Arg) < f.pc {
					// A loop goes round: a step (see tick).
					if th.steps++; th.steps&(stepCheckInterval-1) == 0 {
						if err = th.checkSteps(); err != nil {
							goto handle
						}
					}
				}
				f.pc = int(in.Arg)
			case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
				f.sp--
				v := f.slots[f.sp]
				f.slots[f.sp] = nil
				var t bool
				if b, ok := v.(Bool); ok {
					t = bool(b)
				} else if t, err = Truth(th, v); err != nil {
					goto handle
				}
				if t == (in.Op == compile.POP_JUMP_IF_TRUE) {
					if int(in.Arg) < f.pc {
						if th.steps++; th.steps&(stepCheckInterval-1) == 0 {
							if err = th.checkSteps(); err != nil {
								goto handle
							}
						}
					}
					f.pc = int(in.Arg)
				}
			case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
				var t bool
				t, err = Truth(th, f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				if t == (in.Op == compile.JUMP_IF_TRUE_OR_POP) {
					f.pc = int(in.Arg)
				} else {
					f.sp--
					f.slots[f.sp] = nil
				}
			case compile.GET_ITER:
				var it Object
				it, err = GetIter(th, f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = it
			case opForItemsUnpack:
				// FOR_ITER; UNPACK_SEQUENCE 2 over dict.items(): the
				// pair goes on the f.stack without a tuple.
				if di, isDict := f.slots[f.sp-1].(*dictIter); isDict && di.kind == iterItems {
					var k, v Object
					var ok bool
					k, v, ok, err = di.nextItem(th)
					if err != nil {
						goto handle
					}
					if !ok {
						f.sp--
						f.slots[f.sp] = nil
						f.pc = int(in.Arg)
						break
					}
					f.pc++ // the UNPACK_SEQUENCE
					f.slots[f.sp], f.slots[f.sp+1] = v, k
					f.sp += 2
					break
				}
				fallthrough
			case compile.FOR_ITER:
				var v Object
				var ok bool
				v, ok, err = nextRooted(th, f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				if !ok {
					f.sp--
					f.slots[f.sp] = nil
					f.pc = int(in.Arg)
					break
				}
				f.slots[f.sp] = v
				f.sp++
			case compile.BUILD_TUPLE:
				n := int(in.Arg)
				o, t := newTupleObject(n)
				copy(t, f.slots[f.sp-n:f.sp])
				clear(f.slots[f.sp-n : f.sp])
				f.sp -= n
				f.slots[f.sp] = o
				f.sp++
			case compile.BUILD_LIST:
				n := int(in.Arg)
				items := make([]Object, n)
				copy(items, f.slots[f.sp-n:f.sp])
				clear(f.slots[f.sp-n : f.sp])
				f.sp -= n
				f.slots[f.sp] = NewList(items)
				f.sp++
			case compile.BUILD_SET:
				n := int(in.Arg)
				s := NewSet()
				for _, v := range f.slots[f.sp-n : f.sp] {
					if err = s.Add(th, v); err != nil {
						goto handle
					}
				}
				clear(f.slots[f.sp-n : f.sp])
				f.sp -= n
				f.slots[f.sp] = s
				f.sp++
			case compile.BUILD_MAP:
				n := int(in.Arg)
				d := NewDict()
				for i := f.sp - 2*n; i < f.sp; i += 2 {
					if err = d.SetItem(th, f.slots[i], f.slots[i+1]); err != nil {
						goto handle
					}
				}
				clear(f.slots[f.sp-2*n : f.sp])
				f.sp -= 2 * n
				f.slots[f.sp] = d
				f.sp++
			case compile.BUILD_STRING:
				n := int(in.Arg)
				size := 0
				for _, v := range f.slots[f.sp-n : f.sp] {
					size += len(v.(Str))
				}
				if err = th.checkBytes(size); err != nil {
					goto handle
				}
				str, sb := newStrObject(size)
				at := 0
				for _, v := range f.slots[f.sp-n : f.sp] {
					at += copy(sb[at:], v.(Str))
				}
				clear(f.slots[f.sp-n : f.sp])
				f.sp -= n
				f.slots[f.sp] = str
				f.sp++
			case compile.BUILD_SLICE:
				var s *Slice
				if in.Arg == 3 {
					s = &Slice{f.slots[f.sp-3], f.slots[f.sp-2], f.slots[f.sp-1]}
				} else {
					s = &Slice{f.slots[f.sp-2], f.slots[f.sp-1], None}
				}
				n := int(in.Arg)
				clear(f.slots[f.sp-n : f.sp])
				f.sp -= n
				f.slots[f.sp] = s
				f.sp++
			case compile.LIST_APPEND:
				f.sp--
				l := f.slots[f.sp-int(in.Arg)].(*List)
				if len(l.Items) < cap(l.Items) {
					l.Items = append(l.Items, f.slots[f.sp])
				} else if err = l.appendOne(th, f.slots[f.sp]); err != nil {
					goto handle
				}
				f.slots[f.sp] = nil
			case compile.SET_ADD:
				f.sp--
				err = f.slots[f.sp-int(in.Arg)].(*Set).Add(th, f.slots[f.sp])
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
			case compile.MAP_ADD:
				f.sp -= 2
				err = f.slots[f.sp-int(in.Arg)].(*Dict).SetItem(th, f.slots[f.sp], f.slots[f.sp+1])
				f.slots[f.sp], f.slots[f.sp+1] = nil, nil
				if err != nil {
					goto handle
				}
			case compile.LIST_EXTEND:
				f.sp--
				l := f.slots[f.sp-int(in.Arg)].(*List)
				var items []Object
				if !isIterable(f.slots[f.sp]) {
					err = th.Errorf(TypeErrorType, "Value after * must be an iterable, not %s", f.slots[f.sp].Type().Name)
					f.slots[f.sp] = nil
					goto handle
				}
				items, err = th.iterateForUnpack(f.slots[f.sp])
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
				l.Items = append(l.Items, items...)
			case compile.SET_UPDATE:
				f.sp--
				err = f.slots[f.sp-int(in.Arg)].(*Set).Update(th, f.slots[f.sp])
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
			case compile.DICT_UPDATE, compile.DICT_MERGE:
				f.sp--
				d := f.slots[f.sp-int(in.Arg)].(*Dict)
				if in.Op == compile.DICT_MERGE {
					err = th.dictMergeKwargs(d, f.slots[f.sp], f.slots[f.sp-int(in.Arg)-2])
				} else if _, isDict := f.slots[f.sp].(*Dict); !isDict && !hasAttr(th, f.slots[f.sp], "keys") {
					// {**x} needs a mapping, not pairs.
					err = th.Errorf(TypeErrorType, "'%s' object is not a mapping", f.slots[f.sp].Type().Name)
				} else {
					err = th.dictUpdateMapping(d, f.slots[f.sp])
				}
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
			case compile.LIST_TO_TUPLE:
				f.slots[f.sp-1] = Tuple(f.slots[f.sp-1].(*List).Items)
			case compile.FORMAT_VALUE:
				var spec Object = Str("")
				if in.Arg&4 != 0 {
					f.sp--
					spec = f.slots[f.sp]
					f.slots[f.sp] = nil
				}
				v := f.slots[f.sp-1]
				switch in.Arg & 3 {
				case 1:
					v, err = StrOf(th, v)
				case 2:
					v, err = Repr(th, v)
				case 3:
					v, err = ASCII(th, v)
				}
				if err != nil {
					goto handle
				}
				if _, ok := v.(Str); !ok || spec.(Str) != "" {
					v, err = Format(th, v, string(spec.(Str)))
					if err != nil {
						goto handle
					}
				}
				f.slots[f.sp-1] = v
			case compile.MAKE_FUNCTION:
				f.sp--
				co := f.slots[f.sp].(*codeObject).c
				f.slots[f.sp] = nil
				fn := &Function{Code: co, Globals: f.Globals, Name: co.Name, Qualname: co.Qualname}
				if in.Arg&8 != 0 {
					f.sp--
					t := f.slots[f.sp].(Tuple)
					fn.Closure = make([]*Cell, len(t))
					for i, c := range t {
						fn.Closure[i] = c.(*Cell)
					}
					f.slots[f.sp] = nil
				}
				if in.Arg&4 != 0 {
					f.sp--
					fn.Annotations = f.slots[f.sp].(*Dict)
					f.slots[f.sp] = nil
				}
				if in.Arg&2 != 0 {
					f.sp--
					fn.KwDefaults = f.slots[f.sp].(*Dict)
					f.slots[f.sp] = nil
				}
				if in.Arg&1 != 0 {
					f.sp--
					fn.Defaults = f.slots[f.sp].(Tuple)
					f.slots[f.sp] = nil
				}
				fn.Module = f.Globals.GetStr("__name__")
				if co.HasDoc {
					fn.Doc = Str(co.Doc)
				}
				f.slots[f.sp] = fn
				f.sp++
			case compile.RETURN_VALUE:
				goto ret
			case compile.YIELD_VALUE:
				f.sp--
				result = f.slots[f.sp]
				f.slots[f.sp] = nil
				if f.Code.Flags&compile.FlagAsyncGenerator != 0 {
					result = &asyncGenWrapped{result}
				}
				return result, true, nil
			case compile.YIELD_FROM:
				// Stack: delegate, value. Send value into the delegate;
				// when it yields, suspend here and re-run this
				// instruction on resumption with the new sent value.
				f.sp--
				v := f.slots[f.sp]
				f.slots[f.sp] = nil
				var out Object
				var done bool
				out, done, err = th.sendTo(f.slots[f.sp-1], v)
				if err != nil {
					goto handle
				}
				if done {
					f.slots[f.sp-1] = out
					break
				}
				f.pc--
				return out, true, nil
			case compile.GET_AWAITABLE:
				var it Object
				it, err = th.getAwaitable(f.slots[f.sp-1], in.Arg)
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = it
			case compile.GET_YIELD_FROM_ITER:
				v := f.slots[f.sp-1]
				if g, ok := v.(*Generator); ok && g.Kind == KindCoroutine && f.Code.Flags&(compile.FlagCoroutine|compile.FlagIterableCoroutine) == 0 {
					err = th.NewError(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
					goto handle
				}
				if _, ok := v.(*Generator); !ok {
					var it Object
					it, err = GetIter(th, v)
					if err != nil {
						goto handle
					}
					f.slots[f.sp-1] = it
				}
			case compile.GET_AITER:
				var it Object
				it, err = th.getAIter(f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = it
			case compile.GET_ANEXT:
				var aw Object
				aw, err = th.getANext(f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				f.slots[f.sp] = aw
				f.sp++
			case compile.END_ASYNC_FOR:
				// Stack: aiter, exc (pushed by the handler).
				exc := f.slots[f.sp-1].(*Exception)
				if !exc.IsA(StopAsyncIterationType) {
					err = &errReraise{exc}
					goto handle
				}
				f.sp -= 2
				f.slots[f.sp], f.slots[f.sp+1] = nil, nil
				th.popExcept(f)
			case compile.SETUP_FINALLY:
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: in.Arg, level: int32(f.sp)})
			case compile.POP_BLOCK:
				f.blocks = f.blocks[:len(f.blocks)-1]
			case compile.POP_EXCEPT:
				th.popExcept(f)
			case compile.RERAISE:
				f.sp--
				exc := f.slots[f.sp].(*Exception)
				f.slots[f.sp] = nil
				err = &errReraise{exc}
				goto handle
			case compile.CHECK_EXC_MATCH:
				var ok bool
				ok, err = th.excMatches(f.slots[f.sp-2], f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = Bool(ok)
			case compile.CHECK_EG_MATCH:
				// Stack: eg, cls -> rest, match (match None when no match).
				var rest, match Object
				rest, match, err = th.exceptStarSplit(f.slots[f.sp-2], f.slots[f.sp-1])
				if err != nil {
					goto handle
				}
				f.slots[f.sp-2], f.slots[f.sp-1] = rest, match
			case compile.PREP_RERAISE_STAR:
				// Stack: orig, list of raised -> exc or None
				var v Object
				v = th.prepReraiseStar(f.slots[f.sp-2], f.slots[f.sp-1].(*List))
				f.sp--
				f.slots[f.sp] = nil
				f.slots[f.sp-1] = v
			case compile.RAISE_VARARGS:
				switch in.Arg {
				case 0:
					exc := th.currentHandled()
					if exc == nil {
						err = th.NewError(RuntimeErrorType, "No active exception to reraise")
					} else {
						err = &errReraise{exc}
					}
				case 1:
					f.sp--
					err = th.makeRaise(f.slots[f.sp], nil, false)
					f.slots[f.sp] = nil
				case 2:
					f.sp -= 2
					err = th.makeRaise(f.slots[f.sp], f.slots[f.sp+1], true)
					f.slots[f.sp], f.slots[f.sp+1] = nil, nil
				}
				goto handle
			case compile.SETUP_WITH:
				mgr := f.slots[f.sp-1]
				var exit, res Object
				exit, res, err = th.withEnter(mgr)
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = exit
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: in.Arg, level: int32(f.sp)})
				f.slots[f.sp] = res
				f.sp++
			case compile.BEFORE_ASYNC_WITH:
				mgr := f.slots[f.sp-1]
				var exit, aw Object
				exit, aw, err = th.asyncWithEnter(mgr)
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = exit
				f.slots[f.sp] = aw
				f.sp++
			case compile.SETUP_ASYNC_WITH:
				// The awaited __aenter__ result is on top; the block's
				// level excludes it.
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: in.Arg, level: int32(f.sp - 1)})
			case compile.WITH_EXCEPT_START:
				// Stack: exit, exc -> exit, exc, result
				exc := f.slots[f.sp-1].(*Exception)
				var res Object
				var tb Object = None
				if exc.Traceback != nil {
					tb = &TracebackObject{exc.Traceback}
				}
				res, err = th.Call(f.slots[f.sp-2], []Object{exc.Class, exc, tb}, nil)
				if err != nil {
					goto handle
				}
				f.slots[f.sp] = res
				f.sp++
			case compile.IMPORT_NAME:
				f.sp--
				fromlist := f.slots[f.sp]
				f.slots[f.sp] = nil
				var m Object
				m, err = th.importName(f.Code.Names[in.Arg], fromlist)
				if err != nil {
					goto handle
				}
				f.slots[f.sp-1] = m
			case compile.IMPORT_FROM:
				var v Object
				v, err = th.importFrom(f.slots[f.sp-1], f.Code.Names[in.Arg])
				if err != nil {
					goto handle
				}
				f.slots[f.sp] = v
				f.sp++
			case compile.IMPORT_STAR:
				f.sp--
				err = th.importStar(f.slots[f.sp], f)
				f.slots[f.sp] = nil
				if err != nil {
					goto handle
				}
			case compile.LOAD_BUILD_CLASS:
				f.slots[f.sp] = buildClassBuiltin
				f.sp++
			case compile.UNPACK_SEQUENCE:
				n := int(in.Arg)
				var items []Object
				items, err = th.unpack(f.slots[f.sp-1], n, -1)
				if err != nil {
					goto handle
				}
				f.sp--
				for i := n - 1; i >= 0; i-- {
					f.slots[f.sp] = items[i]
					f.sp++
				}
			case compile.UNPACK_EX:
				before, after := int(in.Arg&0xff), int(in.Arg>>8)
				var items []Object
				items, err = th.unpack(f.slots[f.sp-1], before, after)
				if err != nil {
					goto handle
				}
				f.sp--
				for i := len(items) - 1; i >= 0; i-- {
					f.slots[f.sp] = items[i]
					f.sp++
				}
			case compile.LOAD_ASSERTION_ERROR:
				f.slots[f.sp] = AssertionErrorType
				f.sp++
			case compile.SETUP_ANNOTATIONS:
				ns := f.NS()
				if ns == nil {
					ns = f.Globals
				}
				if ns.GetStr("__annotations__") == nil {
					ns.SetStr("__annotations__", NewDict())
				}
			default:
				err = th.Errorf(SystemErrorType, "unknown opcode %v", in.Op)
				goto handle
			}
			continue
		ret:
			// RETURN_VALUE, for the instructions fused with it too.
			f.sp--
			result = f.slots[f.sp]
			f.slots[f.sp] = nil
			// A return inside async for loops leaves their iterators
			// (the compiler pops those of for loops).
			for i := f.cc.stackBase; i < f.sp; i++ {
				f.slots[i] = nil
			}
			f.sp = f.cc.stackBase
			f.finished = true
			// th.clearLocals, whose work is only dropping the
			// locals and cells unless one is a generator (a
			// coroutine never started, or a suspended generator to
			// close), a container may hold a coroutine never
			// started, or a dropped future is being watched for
			// (Thread.OnDrop).
			if th.WatchDrops || th.unstartedCoros > 0 {
				th.clearLocals(f, result, false)
			} else {
				for i, v := range f.slots[:f.sp] {
					if _, isGen := v.(*Generator); isGen {
						th.clearLocals(f, result, false)
						break
					}
					f.slots[i] = nil
				}
			}
			if f.inlined && !f.binopOf && !f.initOf && !f.escaped && f.rare == nil && len(f.blocks) == 0 && len(f.cc.free) < maxPooledFrames {
				// popInline and recycle for a plain call, spelled
				// out: the caller resumes with the result.
				caller := f.Back
				th.frame = caller
				th.depth--
				// Globals, Func and Back stay: the next call of this
				// code most likely sets the same ones (pushSimple
				// writes only what differs), and what a pooled frame
				// keeps alive is bounded by the pool.
				f.inlined = false
				f.cc.free = append(f.cc.free, f)
				f = caller
				instrs = f.cc.instrs
				f.slots[f.sp] = result
				f.sp++
				continue
			}
			if f.inlined {
				if f.binopOf && result == NotImplemented {
					// The same class on both sides: no reflected
					// method is tried.
					c := th.binops[len(th.binops)-1]
					err = th.Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", binOpSymbol(c.op), c.cls.Name, c.cls.Name)
				}
				if f.initOf {
					// __init__ run in place: the call's value is
					// the instance.
					obj := th.initObjs[len(th.initObjs)-1]
					if result != None {
						err = th.Errorf(TypeErrorType, "__init__() should return None, not '%s'", result.Type().Name)
					}
					result = obj
				}
				f = th.popInline(f)
				instrs = f.cc.instrs
				if err != nil {
					goto handle
				}
				f.slots[f.sp] = result
				f.sp++
				continue
			}
			return result, false, nil
		}
	entered:
		instrs = f.cc.instrs
		// The loop has just pushed a frame (a call run in place): a step.
		if th.steps++; th.steps&(stepCheckInterval-1) == 0 {
			if err = th.checkSteps(); err != nil {
				goto handle
			}
		}
	}
handle:
	{
		if a, ok := err.(*Abort); ok {
			// The run is over: no handler may run, in this frame
			// or in the callers this loop runs.
			for {
				clear(f.slots[:f.sp])
				f.sp = f.cc.stackBase
				f.finished = true
				if !f.inlined {
					return nil, false, a
				}
				f = th.popInline(f)
			}
		}
		exc, isReraise := toException(err)
		err = nil
		if !isReraise {
			if exc.Traceback == nil {
				th.setContext(exc)
			}
			exc.Traceback = &Traceback{Next: exc.Traceback, Code: f.Code, Line: f.Code.LineAt(f.pc - 1), Frame: f}
		}
		if exc.Class == StepBudgetExceeded {
			// The run is being stopped: no except or finally
			// block may run (one could swallow the stop or loop
			// again), but the traceback is kept.
			for len(f.blocks) > 0 {
				if f.blocks[len(f.blocks)-1].kind == blockExceptHandler {
					th.popHandled(f)
				}
				f.blocks = f.blocks[:len(f.blocks)-1]
			}
		}
		// Find the innermost handler of this frame.
		for len(f.blocks) > 0 {
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			if b.kind == blockExceptHandler {
				th.leaveHandler(f, exc)
				continue
			}
			th.unwindStack(f, int(b.level), exc)
			f.blocks = append(f.blocks, block{kind: blockExceptHandler, level: int32(f.sp)})
			r := f.rareData()
			r.handling = append(r.handling, exc)
			f.slots[f.sp] = exc
			f.sp++
			f.pc = int(b.handler)
			goto loop
		}
		th.unwindFrame(f, exc)
		if f.inlined {
			// Propagate into the caller, which adds its own
			// traceback entry, as after a failed Call.
			f = th.popInline(f)
			err = exc
			goto handle
		}
		return nil, false, exc
	}
}

// letGo handles a value that a variable or the stack of f has just let go
// of: CPython destroys it when that was its last reference, reporting a
// coroutine never awaited (held directly or in a container) and closing a
// suspended generator (see closeDropped), and a future watched for
// (Thread.OnDrop) is looked at.
func (th *Thread) letGo(old Object, f *Frame) {
	if old == nil {
		return
	}
	if g, isGen := old.(*Generator); isGen {
		if unawaited(g) != nil {
			th.checkUnawaited(g, f)
			return
		}
		if th.openGens != 0 && g.Kind == KindGenerator {
			th.closeDropped(g, f)
		}
	} else if th.unstartedCoros > 0 {
		for _, g := range heldUnawaited(old, nil) {
			th.checkUnawaited(g, f)
		}
	}
	if th.WatchDrops {
		th.dropped(old)
	}
}

// clearLocals drops a finished frame's locals, as CPython does when a
// frame goes away; unstarted coroutines that only it held are reported
// (naming the caller's line, where CPython's warning points), suspended
// generators closed (see closeDropped). A frame left by an exception
// (raised, result the exception) hands its generators to the exception
// instead: its traceback keeps the frame in CPython.
func (th *Thread) clearLocals(f *Frame, result Object, raised bool) {
	var lost []*Generator
	var drops []Object
	gens := false
	locals := f.slots[:len(f.Code.VarNames)]
	for i, v := range locals {
		if g := unawaited(v); g != nil && !Is(v, result) {
			lost = append(lost, g)
		} else if g, isGen := v.(*Generator); isGen && th.openGens != 0 && g.Kind == KindGenerator {
			if !raised {
				// Cleared below, in order, as CPython does.
				gens = true
				continue
			}
			if closeObservable(g, 0) {
				th.holdGenerator(result.(*Exception), g)
			}
		} else {
			if th.unstartedCoros > 0 && v != nil && !Is(v, result) {
				lost = heldUnawaited(v, lost)
			}
			if th.WatchDrops && v != nil {
				drops = append(drops, v)
			}
		}
		locals[i] = nil
	}
	// The cells go too (closures made here keep theirs).
	clear(f.slots[len(locals):f.cc.stackBase])
	for _, g := range lost {
		th.checkUnawaited(g, f.Back)
	}
	if gens {
		// CPython clears a frame's locals once it is off the stack: an
		// error closing one names the caller's line.
		at := f
		if f.Back != nil {
			at = f.Back
		}
		for i, v := range locals {
			if g, isGen := v.(*Generator); isGen {
				locals[i] = nil
				th.closeWith(g, at, result)
			}
		}
	}
	if len(drops) > 0 {
		// The return value is on its way to the caller, in Go variables.
		th.dropRoots = append(th.dropRoots, result)
		for _, v := range drops {
			th.dropped(v)
		}
		th.dropRoots = th.dropRoots[:len(th.dropRoots)-1]
	}
}

// popExcept leaves the innermost except handler of f.
func (th *Thread) popExcept(f *Frame) {
	for len(f.blocks) > 0 {
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		if b.kind == blockExceptHandler {
			th.popHandled(f)
			return
		}
	}
}

func (th *Thread) popHandled(f *Frame) {
	if n := f.handlingLen(); n > 0 {
		e := f.rare.handling[n-1]
		f.rare.handling[n-1] = nil
		f.rare.handling = f.rare.handling[:n-1]
		if th.holding > 0 {
			// The handler is done with e: what it held goes with it
			// unless e is still bound (except ... as e) or chained.
			th.releaseHandled(e)
		}
	}
}

// setContext sets exc.__context__ to the exception being handled, as
// CPython does whenever an exception is raised inside a handler, breaking
// any cycle that would result.
func (th *Thread) setContext(exc *Exception) {
	cur := th.currentHandled()
	if cur == nil || cur == exc {
		return
	}
	// Avoid cycles: if exc is already in cur's context chain, cut it.
	for o := cur; o != nil; o = o.Context {
		if o.Context == exc {
			o.Context = nil
			break
		}
	}
	exc.Context = cur
}

// nameError is the NameError for an undefined name, carrying what the
// traceback display needs for its "Did you mean" suggestion.
func (th *Thread) nameError(f *Frame, name string) error {
	e := th.Errorf(NameErrorType, "name '%s' is not defined", name)
	e.SetAttrStr("name", Str(name))
	e.SetAttrStr("frame", frameObject(f))
	return e
}

// derefError is the NameError for an unbound closure variable.
func (th *Thread) derefError(f *Frame, i int) error {
	if i < len(f.Code.CellVars) {
		return th.Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.Code.CellVars[i])
	}
	return th.Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", f.Code.FreeVars[i-len(f.Code.CellVars)])
}

// intArith is the eval loop's fast path for int op int: the result, or
// nil when the generic protocol must decide (overflow into a big int,
// division by zero, operators without a fast path).
func intArith(op compile.BinOp, x, y Int) Object {
	switch op {
	case compile.OpAdd:
		if s := x + y; (s > x) == (y > 0) {
			return BoxInt(s)
		}
	case compile.OpSub:
		if s := x - y; (s < x) == (y > 0) {
			return BoxInt(s)
		}
	case compile.OpMul:
		if -1<<31 < x && x < 1<<31 && -1<<31 < y && y < 1<<31 {
			return BoxInt(x * y)
		}
	case compile.OpMod:
		if uint64(x) < 1<<32 && uint64(y-1) < 1<<32-1 {
			// Non-negative operands in 32 bits: a 32-bit division is
			// several times faster than a 64-bit one.
			return BoxInt(Int(uint32(x) % uint32(y)))
		}
		if y > 0 || (y < 0 && x != math.MinInt64) {
			r := x % y
			if r != 0 && (r < 0) != (y < 0) {
				r += y
			}
			return BoxInt(r)
		}
	case compile.OpFloorDiv:
		if uint64(x) < 1<<32 && uint64(y-1) < 1<<32-1 {
			return BoxInt(Int(uint32(x) / uint32(y)))
		}
		if y > 0 || (y < 0 && x != math.MinInt64) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return BoxInt(q)
		}
	case compile.OpTrueDiv:
		// Exact operands give the correctly rounded quotient.
		if y != 0 && -1<<53 <= x && x <= 1<<53 && -1<<53 <= y && y <= 1<<53 {
			return Float(float64(x) / float64(y))
		}
	}
	return nil
}

// floatArith is the fast path for float op float (nil: generic path,
// e.g. for division by zero's ZeroDivisionError).
func floatArith(op compile.BinOp, x, y Float) Object {
	switch op {
	case compile.OpAdd:
		return x + y
	case compile.OpSub:
		return x - y
	case compile.OpMul:
		return x * y
	case compile.OpTrueDiv:
		if y != 0 {
			return x / y
		}
	}
	return nil
}

// cmpHolds[op] has bit c+1 set when comparison op holds between two
// values that compare as c (-1, 0 or 1).
var cmpHolds = [...]uint8{
	compile.CmpLt: 0b001,
	compile.CmpLe: 0b011,
	compile.CmpEq: 0b010,
	compile.CmpNe: 0b101,
	compile.CmpGt: 0b100,
	compile.CmpGe: 0b110,
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func cmpInts(op compile.CmpOp, x, y Int) bool {
	switch op {
	case compile.CmpLt:
		return x < y
	case compile.CmpLe:
		return x <= y
	case compile.CmpEq:
		return x == y
	case compile.CmpNe:
		return x != y
	case compile.CmpGt:
		return x > y
	}
	return x >= y
}

// TracebackObject is the Python-visible traceback (e.__traceback__).
type TracebackObject struct{ TB *Traceback }

// Type returns traceback.
func (*TracebackObject) Type() *Type { return TracebackType }
