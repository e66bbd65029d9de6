package py

import (
	"unsafe"

	"github.com/aioplay/aioplay/runtime/compile"
)

// The hot tier: eval hands the instructions that hot code spends its time
// in (loads and stores of locals and globals, small-int and float
// arithmetic, int comparisons, jumps, loops over ranges and lists, instance
// attributes, method lookups, calls of plain Python functions, methods and
// classes, and their returns) to runHot, which runs
// them with the program counter and the stack pointer in registers
// instead of in the frame. eval's switch is too big for the compiler to
// keep them there: every instruction would store them and load them back.
//
// runHot does only the common case of each instruction. Anything else
// (another type, a cache miss, an error to raise, a step to check, a
// dropped value to report) stops it before the instruction has changed
// anything, and eval's switch runs that instruction in full. So the
// switch stays complete: each of its cases still handles every operand.

// hotCaseNum numbers runHot's cases: its switch is on these small
// consecutive numbers rather than on the opcodes, whose values are too
// spread out for the compiler to make a jump table of them.
type hotCaseNum uint8

// runHot's cases; 0 is "not handled".
const (
	hotLoadFast hotCaseNum = iota + 1
	hotLoadConst
	hotLoadFastFast
	hotLoadFastConst
	hotStore
	hotPopTop
	hotLoadGlobal
	hotBinop
	hotLoadFastConstBinop
	hotConstBinop
	hotBinopStore
	hotLoadFastConstCompareJump
	hotConstCompareJump
	hotCompareJump
	hotPopJump
	hotJump
	hotForStore
	hotLoadFastAttr
	hotLoadFastStoreAttr
	hotLoadFastFastStoreAttr
	hotLoadMethod
	hotCall
	hotCallMethod
	hotReturn
	hotListAppend
	hotFormatValue
	hotBuildString
)

// hotCase gives each instruction that runHot handles (some of the time)
// its case.
var hotCase = [256]hotCaseNum{
	compile.LOAD_FAST:    hotLoadFast,
	compile.LOAD_CONST:   hotLoadConst,
	opLoadFastFast:       hotLoadFastFast,
	opLoadFastConst:      hotLoadFastConst,
	compile.STORE_FAST:   hotStore,
	compile.POP_TOP:      hotPopTop,
	compile.LOAD_GLOBAL:  hotLoadGlobal,
	compile.STORE_GLOBAL: hotStore,
	compile.BINARY_OP:    hotBinop, compile.INPLACE_OP: hotBinop,
	opLoadFastConstBinop:       hotLoadFastConstBinop,
	opConstBinop:               hotConstBinop,
	opBinopStore:               hotBinopStore,
	opLoadFastConstCompareJump: hotLoadFastConstCompareJump,
	opConstCompareJump:         hotConstCompareJump,
	opCompareJump:              hotCompareJump,
	compile.POP_JUMP_IF_FALSE:  hotPopJump, compile.POP_JUMP_IF_TRUE: hotPopJump,
	compile.JUMP:   hotJump,
	opForStoreFast: hotForStore, opForStoreGlobal: hotForStore,
	opLoadFastAttr:          hotLoadFastAttr,
	opLoadFastStoreAttr:     hotLoadFastStoreAttr,
	opLoadFastFastStoreAttr: hotLoadFastFastStoreAttr,
	compile.LOAD_METHOD:     hotLoadMethod,
	compile.CALL:            hotCall,
	compile.CALL_METHOD:     hotCallMethod,
	compile.LIST_APPEND:     hotListAppend,
	compile.FORMAT_VALUE:    hotFormatValue,
	compile.BUILD_STRING:    hotBuildString,
	compile.RETURN_VALUE:    hotReturn, opLoadFastReturn: hotReturn, opLoadConstReturn: hotReturn, opBinopReturn: hotReturn,
}

// runHot runs f's instructions from f.pc for as long as it can, and
// returns the frame that runs next (a call or a return switches frames),
// stopped at an instruction it has not started.
func (th *Thread) runHot(f *Frame) *Frame {
	instrs, consts := f.cc.instrs, f.cc.consts
	pc, sp, slots := f.pc, f.sp, f.slots
	for {
		in := instrs[pc]
		switch hotCase[in.Op] {
		case hotLoadFast:
			v := slots[in.Arg]
			if v == nil {
				goto stop
			}
			slots[sp] = v
			sp++
			pc++
		case hotLoadConst:
			slots[sp] = consts[in.Arg]
			sp++
			pc++
		case hotLoadFastFast:
			v, w := slots[in.Arg], slots[instrs[pc+1].Arg]
			if v == nil || w == nil {
				goto stop
			}
			slots[sp], slots[sp+1] = v, w
			sp += 2
			pc += 2
		case hotLoadFastConst:
			v := slots[in.Arg]
			if v == nil {
				goto stop
			}
			slots[sp], slots[sp+1] = v, consts[instrs[pc+1].Arg]
			sp += 2
			pc += 2
		case hotStore:
			to := th.quietStore(f, slots, in, pc)
			if to == nil {
				goto stop
			}
			sp--
			*to, slots[sp] = slots[sp], nil
			pc++
		case hotPopTop:
			if _, isGen := slots[sp-1].(*Generator); isGen {
				goto stop
			}
			sp--
			slots[sp] = nil
			pc++
		case hotLoadGlobal:
			gc := f.cc.globals
			if gc == nil {
				goto stop
			}
			c, g, b := &gc[pc], f.Globals, th.Builtins
			if c.globals != g || c.gver != g.version || c.builtins != b || c.bver != b.version {
				goto stop
			}
			v := c.dict.at(c.pos).value
			if v == nil {
				goto stop
			}
			slots[sp] = v
			sp++
			pc++
		case hotBinop:
			v := arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
			if v == nil {
				goto stop
			}
			sp--
			slots[sp-1], slots[sp] = v, nil
			pc++
		case hotLoadFastConstBinop:
			a := slots[in.Arg]
			if a == nil {
				goto stop
			}
			v := arith(compile.BinOp(instrs[pc+2].Arg), a, consts[instrs[pc+1].Arg])
			if v == nil {
				goto stop
			}
			slots[sp] = v
			sp++
			pc += 3
		case hotConstBinop:
			v := arith(compile.BinOp(instrs[pc+1].Arg), slots[sp-1], consts[in.Arg])
			if v == nil {
				goto stop
			}
			slots[sp-1] = v
			pc += 2
		case hotBinopStore:
			v := arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
			if v == nil {
				goto stop
			}
			to := th.quietStore(f, slots, instrs[pc+1], pc+1)
			if to == nil {
				goto stop
			}
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			*to = v
			pc += 2
		case hotLoadFastConstCompareJump:
			a := slots[in.Arg]
			if a == nil {
				goto stop
			}
			t, ok := compareInts(compile.CmpOp(instrs[pc+2].Arg), a, consts[instrs[pc+1].Arg])
			if !ok {
				goto stop
			}
			target := th.jumpIf(t, instrs[pc+3], pc+4)
			if target < 0 {
				goto stop
			}
			pc = target
		case hotConstCompareJump:
			t, ok := compareInts(compile.CmpOp(instrs[pc+1].Arg), slots[sp-1], consts[in.Arg])
			if !ok {
				goto stop
			}
			target := th.jumpIf(t, instrs[pc+2], pc+3)
			if target < 0 {
				goto stop
			}
			sp--
			slots[sp] = nil
			pc = target
		case hotCompareJump:
			t, ok := compareInts(compile.CmpOp(in.Arg), slots[sp-2], slots[sp-1])
			if !ok {
				goto stop
			}
			target := th.jumpIf(t, instrs[pc+1], pc+2)
			if target < 0 {
				goto stop
			}
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			pc = target
		case hotPopJump:
			var t bool
			switch v := slots[sp-1].(type) {
			case Bool:
				t = bool(v)
			case Int:
				t = v != 0
			case *NoneType:
				t = false
			default:
				goto stop
			}
			target := th.jumpIf(t, in, pc+1)
			if target < 0 {
				goto stop
			}
			sp--
			slots[sp] = nil
			pc = target
		case hotJump:
			if int(in.Arg) <= pc && !th.tickHot() {
				goto stop
			}
			pc = int(in.Arg)
		case hotForStore:
			// The loop's next item straight into its variable, for
			// ranges and lists; the store's checks come first
			// because the iterator cannot be put back.
			to := th.quietStore(f, slots, instrs[pc+1], pc+1)
			if to == nil {
				goto stop
			}
			var v Object
			var ok bool
			switch it := slots[sp-1].(type) {
			case *rangeIter:
				v, ok, _ = it.Next(th)
			case *sliceIter:
				v, ok, _ = it.Next(th)
			default:
				goto stop
			}
			if !ok {
				sp--
				slots[sp] = nil
				pc = int(in.Arg)
				continue
			}
			*to = v
			pc += 2
		case hotLoadFastAttr:
			// self.x: the inline cache's hits (see loadAttrFast).
			r := f.instanceAttrRef(slots[in.Arg], pc+1)
			if r == nil || *r == nil {
				goto stop // an unset slot raises (eval's switch)
			}
			v := *r
			slots[sp] = v
			sp++
			pc += 2
		case hotLoadFastStoreAttr:
			// obj.x = value.
			r := f.instanceAttrRef(slots[in.Arg], pc+1)
			if r == nil {
				goto stop
			}
			*r = slots[sp-1]
			sp--
			slots[sp] = nil
			pc += 2
		case hotLoadFastFastStoreAttr:
			// self.x = x.
			v := slots[in.Arg]
			r := f.instanceAttrRef(slots[instrs[pc+1].Arg], pc+2)
			if v == nil || r == nil {
				goto stop
			}
			*r = v
			pc += 3
		case hotLoadMethod:
			// A method of an instance's class, or of a builtin type.
			meth, self := f.methodHit(slots[sp-1], pc, in.Arg)
			if meth == nil {
				goto stop
			}
			slots[sp-1], slots[sp] = meth, self
			sp++
			pc++
		case hotCall:
			n := int(in.Arg)
			base := sp - n - 1
			fn, ok := slots[base].(*Function)
			if !ok {
				if b, isBuiltin := slots[base].(*Builtin); isBuiltin {
					f.pc, f.sp = pc, sp
					switch th.hotCallBuiltin(f, b, base, base+1) {
					case hotCalled:
						pc, sp = f.pc, f.sp
						continue
					case hotRaised:
						return f
					}
					goto stop
				}
				if cls, isType := slots[base].(*Type); isType && cls.Flags&FlagHeapType != 0 && cls.Meta == nil {
					// A class whose instances object.__new__ makes.
					if init := cls.lookupForCall().plainInit; init != nil {
						if nf := th.pushHot(f, init, cls, base, base+1, sp, pc); nf != nil {
							f = nf
							instrs, consts = f.cc.instrs, f.cc.consts
							pc, sp, slots = 0, f.sp, f.slots
							continue
						}
					}
				}
				goto stop
			}
			// pushHot's work for a plain function, spelled out: calling
			// it here made recursive fib 17% slower.
			cc, ok := fn.Code.Cache.(*codeCache)
			if !ok || cc.simpleArgs != n || len(cc.free) == 0 || th.depth >= th.RecursionLimit || !th.tickHot() {
				goto stop
			}
			nf := cc.free[len(cc.free)-1]
			cc.free = cc.free[:len(cc.free)-1]
			for i, a := range slots[base+1 : sp] {
				nf.slots[i] = a
				slots[base+1+i] = nil
			}
			slots[base] = nil
			f.pc, f.sp = pc+1, base
			if nf.Globals != fn.Globals {
				nf.Globals = fn.Globals
			}
			if nf.Func != fn {
				nf.Func = fn
			}
			nf.started, nf.finished, nf.inlined = true, false, true
			nf.Back = f
			th.frame = nf
			th.depth++
			f = nf
			instrs, consts = cc.instrs, cc.consts
			pc, sp, slots = 0, cc.stackBase, nf.slots
		case hotCallMethod:
			// Stack: function, self (nil for a function that is not a
			// method) and the arguments.
			base := sp - int(in.Arg) - 2
			args := base + 2
			if slots[base+1] != nil {
				args--
			}
			fn, ok := slots[base].(*Function)
			if !ok {
				if b, isBuiltin := slots[base].(*Builtin); isBuiltin {
					f.pc, f.sp = pc, sp
					switch th.hotCallBuiltin(f, b, base, args) {
					case hotCalled:
						pc, sp = f.pc, f.sp
						continue
					case hotRaised:
						return f
					}
				}
				goto stop
			}
			nf := th.pushHot(f, fn, nil, base, args, sp, pc)
			if nf == nil {
				goto stop
			}
			f = nf
			instrs, consts = f.cc.instrs, f.cc.consts
			pc, sp, slots = 0, f.sp, f.slots
		case hotListAppend:
			// A list comprehension's item, while the list has room.
			l, ok := slots[sp-1-int(in.Arg)].(*List)
			if !ok || len(l.Items) == cap(l.Items) {
				goto stop
			}
			sp--
			l.Items = append(l.Items, slots[sp])
			slots[sp] = nil
			pc++
		case hotFormatValue:
			// An f-string's {x} with no conversion nor spec, of a str
			// (itself) or an int.
			if in.Arg != 0 {
				goto stop
			}
			switch v := slots[sp-1].(type) {
			case Str:
			case Int:
				slots[sp-1] = intStr(v)
			default:
				goto stop
			}
			pc++
		case hotBuildString:
			// An f-string's parts joined, when short: long ones are
			// charged against the memory budget (eval's switch).
			n := int(in.Arg)
			size := 0
			for _, v := range slots[sp-n : sp] {
				size += len(v.(Str))
			}
			if size >= 1<<12 {
				goto stop
			}
			str, sb := newStrObject(size)
			at := 0
			for _, v := range slots[sp-n : sp] {
				at += copy(sb[at:], v.(Str))
			}
			clear(slots[sp-n : sp])
			sp -= n
			slots[sp] = str
			sp++
			pc++
		case hotReturn:
			// A return to a caller that this loop runs (eval's
			// return path, for plain frames).
			var v Object
			switch in.Op {
			case compile.RETURN_VALUE:
				v = slots[sp-1]
			case opLoadFastReturn:
				v = slots[in.Arg]
			case opLoadConstReturn:
				v = consts[in.Arg]
			default:
				v = arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
			}
			if v == nil || !f.inlined || f.escaped || f.rare != nil || len(f.blocks) != 0 || len(f.cc.free) >= maxPooledFrames || th.WatchDrops {
				goto stop
			}
			if (f.initOf || f.binopOf) && !specialReturnOK(f, v) {
				goto stop
			}
			locals := slots[:f.cc.stackBase]
			for _, l := range locals {
				// A coroutine never awaited is reported (clearLocals).
				if _, isGen := l.(*Generator); isGen {
					goto stop
				}
			}
			for i := range slots[:sp] {
				slots[i] = nil
			}
			f.sp = f.cc.stackBase
			f.finished, f.inlined = true, false
			if f.initOf || f.binopOf {
				v = th.popSpecial(f, v)
			}
			caller := f.Back
			th.frame = caller
			th.depth--
			f.cc.free = append(f.cc.free, f)
			f = caller
			instrs, consts = f.cc.instrs, f.cc.consts
			pc, sp, slots = f.pc, f.sp, f.slots
			slots[sp] = v
			sp++
		default:
			goto stop
		}
	}
stop:
	f.pc, f.sp = pc, sp
	return f
}

// pushHot makes the frame of a call that runHot runs in place and makes it
// the thread's current one: fn (a plain Python function given exactly its
// positional parameters) called with the arguments f.slots[args:sp], whose
// call's operands start at f.slots[base]; or, for a class cls, fn is its
// __init__ and gets a new instance first, one recursion level deeper
// (pushInit's). The operands leave f's stack. It returns nil, having
// changed nothing, when the call needs eval's switch.
func (th *Thread) pushHot(f *Frame, fn *Function, cls *Type, base, args, sp, pc int) *Frame {
	cc, ok := fn.Code.Cache.(*codeCache)
	nargs, depth := sp-args, th.depth
	if cls != nil {
		nargs++
		depth++
	}
	if !ok || cc.simpleArgs != nargs || len(cc.free) == 0 || depth >= th.RecursionLimit || !th.tickHot() {
		return nil
	}
	nf := cc.free[len(cc.free)-1]
	cc.free = cc.free[:len(cc.free)-1]
	to := nf.slots
	if cls != nil {
		obj := newInstance(cls)
		to[0], to = obj, to[1:]
		th.initObjs = append(th.initObjs, obj)
		th.depth++
		nf.initOf = true
	}
	copy(to, f.slots[args:sp])
	clear(f.slots[base:sp])
	f.pc, f.sp = pc+1, base
	if nf.Globals != fn.Globals {
		nf.Globals = fn.Globals
	}
	if nf.Func != fn {
		nf.Func = fn
	}
	nf.started, nf.finished, nf.inlined = true, false, true
	nf.sp = cc.stackBase
	nf.Back = f
	th.frame = nf
	th.depth++
	return nf
}

// hotCallResult is what hotCallBuiltin did.
type hotCallResult uint8

const (
	hotNotCalled hotCallResult = iota // nothing: eval's switch makes the call
	hotCalled                         // the result is pushed, f.pc is past the call
	hotRaised                         // the call raised th.hotErr, for eval to handle
)

// hotCallBuiltin is the CALL or CALL_METHOD at f.pc (with f.sp its stack
// top) of the builtin b, whose operands start at f.slots[base] and its
// positional arguments at f.slots[args], without keywords: eval's switch
// does the same, and then goes back to the hot tier, which costs more
// than many builtins take. A call that raises leaves the exception in
// th.hotErr, with f as eval's switch would leave it, for eval to handle.
// It calls nothing when an argument is a coroutine (dropping it may need
// a report) or Go's nesting is at its limit (enterGo raises).
//
//go:noinline
func (th *Thread) hotCallBuiltin(f *Frame, b *Builtin, base, args int) hotCallResult {
	sp := f.sp
	for _, a := range f.slots[args:sp] {
		if _, isGen := a.(*Generator); isGen {
			return hotNotCalled
		}
	}
	if b.fast != nil && sp-args == b.fastArgs {
		if res, err := b.fast(th, f.slots[args:sp]); res != nil || err != nil {
			f.pc++
			clear(f.slots[base:sp])
			f.sp = base
			if err != nil {
				th.hotErr = err
				return hotRaised
			}
			f.slots[base] = res
			f.sp++
			return hotCalled
		}
	}
	if th.goNest >= max(maxGoNest, 4*th.RecursionLimit) {
		return hotNotCalled
	}
	f.pc++
	th.goNest++
	res, err := th.callBuiltin(b, f.slots[args:sp], nil)
	th.goNest--
	clear(f.slots[base:sp])
	f.sp = base
	if err != nil {
		th.hotErr = err
		return hotRaised
	}
	f.slots[base] = res
	f.sp++
	return hotCalled
}

// specialReturnOK reports whether a return of v from f, an __init__ or a
// binary operator's method run in place, is one that runHot completes:
// not what eval reports as an error (__init__ returning a value, the
// operator's method returning NotImplemented).
func specialReturnOK(f *Frame, v Object) bool {
	if f.initOf {
		return v == Object(None)
	}
	return v != NotImplemented
}

// popSpecial ends the call of f, an __init__ or a binary operator's method
// run in place, whose result is v, and returns the call's value: for
// __init__, the instance (popInline's work for such frames).
//
//go:noinline
func (th *Thread) popSpecial(f *Frame, v Object) Object {
	if f.initOf {
		last := len(th.initObjs) - 1
		v = th.initObjs[last]
		th.initObjs[last] = nil
		th.initObjs = th.initObjs[:last]
		th.depth-- // the class call's own level
		f.initOf = false
		return v
	}
	th.binops = th.binops[:len(th.binops)-1]
	f.binopOf = false
	return v
}

// tickHot counts a step (a loop going round or a call, see tick) unless
// this one is due for checkSteps, which eval's switch does.
func (th *Thread) tickHot() bool {
	if (th.steps+1)&(stepCheckInterval-1) == 0 {
		return false
	}
	th.steps++
	return true
}

// jumpIf returns where a conditional jump leads given the truth t of
// its test: next when it is not taken, or -1 for a backward jump due for
// a step check. A backward jump taken counts a step (see tick).
func (th *Thread) jumpIf(t bool, jump compile.Instr, next int) int {
	if t != (jump.Op == compile.POP_JUMP_IF_TRUE) {
		return next
	}
	if int(jump.Arg) < next && !th.tickHot() {
		return -1
	}
	return int(jump.Arg)
}

// arith is op on two ints or two floats when that is quick and cannot
// fail, else nil.
func arith(op compile.BinOp, a, b Object) Object {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return intArith(op, x, y)
		}
	case Float:
		if y, ok := b.(Float); ok {
			return floatArith(op, x, y)
		}
	}
	return nil
}

// compareInts is comparison op of two ints; ok is false for anything
// else.
func compareInts(op compile.CmpOp, a, b Object) (t, ok bool) {
	x, ok := a.(Int)
	if !ok {
		return false, false
	}
	y, ok := b.(Int)
	if !ok {
		return false, false
	}
	c := 1
	if x < y {
		c = 0
	} else if x > y {
		c = 2
	}
	return cmpHolds[op]>>c&1 != 0, true
}

// quietStore returns where the STORE_FAST or STORE_GLOBAL st, at index i
// of f's code, writes (a local of f, whose slots are slots, or a global
// whose inline cache hits), when the value it replaces needs no report: not
// a coroutine that may never have been awaited, nor anything while dropped
// values are watched for (see eval). nil otherwise.
func (th *Thread) quietStore(f *Frame, slots []Object, st compile.Instr, i int) *Object {
	var to *Object
	if st.Op == compile.STORE_FAST {
		to = &slots[st.Arg]
	} else if e := f.globalHit(i); e != nil {
		to = &e.value
	} else {
		return nil
	}
	if _, isGen := (*to).(*Generator); isGen || th.WatchDrops && *to != nil {
		return nil
	}
	return to
}

// globalHit returns the entry of f's globals that the inline cache of
// the STORE_GLOBAL at index i names, or nil when the cache misses.
func (f *Frame) globalHit(i int) *dictEntry {
	gc, g := f.cc.globals, f.Globals
	if gc == nil || gc[i].globals != g || gc[i].gver != g.version {
		return nil
	}
	return g.at(gc[i].pos)
}

// instanceAttrRef is where the attribute that the instruction at index i
// reads or sets on obj lives, when the instruction's inline cache hits on
// an instance's slot or plain attribute (loadAttrFast's and storeAttrFast's
// first test); nil otherwise.
func (f *Frame) instanceAttrRef(obj Object, i int) *Object {
	o, isInst := obj.(*Instance)
	if !isInst || f.cc.attrs == nil {
		return nil
	}
	c := &f.cc.attrs[i]
	if c.cls != o.Class || c.ver != o.Class.version {
		return nil
	}
	p := int(c.pos)
	if vs := unsafe.Slice(o.vals, len(o.Class.slotNames)); c.kind == attrSlot && p < len(vs) {
		return &vs[p]
	}
	if c.kind == attrPlain && o.Dict != nil && p < len(o.Dict.first) {
		e := &o.Dict.first[p]
		name := f.Code.Names[f.cc.instrs[i].Arg]
		if k, isStr := e.key.(Str); isStr && len(k) == len(name) && unsafe.StringData(string(k)) == unsafe.StringData(name) {
			return &e.value
		}
	}
	return nil
}

// methodHit is what the LOAD_METHOD at index i finds on obj when its
// inline cache hits: a method of an instance's class that the instance's
// dict cannot shadow (loadMethodFast's), or a builtin type's method, with
// obj as the self to pass; nil when the cache misses.
func (f *Frame) methodHit(obj Object, i int, name int32) (meth, self Object) {
	if f.cc.attrs == nil {
		return nil, nil
	}
	c := &f.cc.attrs[i]
	switch o := obj.(type) {
	case *Instance:
		if c.cls != o.Class || c.ver != o.Class.version || c.kind != attrMethod {
			return nil, nil
		}
		if d := o.Dict; d != nil {
			if d.index != nil {
				return nil, nil
			}
			h := f.cc.nameHashes[name]
			for i := range d.first {
				if d.first[i].hash == h {
					return nil, nil
				}
			}
		}
		return c.attr, o
	case Str, *List:
		if cls := obj.Type(); c.cls != cls || c.ver != cls.version || c.kind != attrBuiltinMethod {
			return nil, nil
		}
		return c.attr, obj
	}
	return nil, nil
}
