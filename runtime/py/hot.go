package py

import (
	"unsafe"

	"github.com/aioplay/aioplay/runtime/compile"
)

// The hot tier: eval hands the instructions that hot code spends its time
// in (loads and stores of locals and globals, small-int arithmetic and
// comparisons, jumps, loops over ranges and lists, instance attributes,
// calls of plain Python functions and their returns) to runHot, which runs
// them with the program counter and the stack pointer in registers
// instead of in the frame. eval's switch is too big for the compiler to
// keep them there: every instruction would store them and load them back.
//
// runHot does only the common case of each instruction. Anything else
// (another type, a cache miss, an error to raise, a step to check, a
// dropped value to report) stops it before the instruction has changed
// anything, and eval's switch runs that instruction in full. So the
// switch stays complete: each of its cases still handles every operand.

// hotOps marks the instructions runHot handles (some of the time).
var hotOps = func() (t [256]bool) {
	for _, op := range []compile.Op{
		compile.LOAD_FAST, compile.LOAD_CONST, compile.STORE_FAST, compile.POP_TOP,
		compile.LOAD_GLOBAL, compile.STORE_GLOBAL,
		compile.BINARY_OP, compile.INPLACE_OP,
		compile.JUMP, compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE,
		compile.CALL, compile.RETURN_VALUE, compile.LOAD_METHOD, compile.CALL_METHOD,
		opLoadFastFast, opLoadFastConst, opLoadFastConstBinop, opConstBinop,
		opBinopStore, opBinopReturn, opLoadFastReturn, opLoadConstReturn,
		opLoadFastConstCompareJump, opConstCompareJump, opCompareJump,
		opForStoreFast, opForStoreGlobal,
		opLoadFastAttr, opLoadFastStoreAttr, opLoadFastFastStoreAttr,
	} {
		t[op] = true
	}
	return t
}()

// runHot runs f's instructions from f.pc for as long as it can, and
// returns the frame that runs next (a call or a return switches frames),
// stopped at an instruction it has not started.
func (th *Thread) runHot(f *Frame) *Frame {
	instrs, consts := f.cc.instrs, f.cc.consts
	pc, sp, slots := f.pc, f.sp, f.slots
	// A call: the function, its arguments slots[args:sp] and the first
	// slot (base) that the call's operands take.
	var fn *Function
	var args, base int
	for {
		in := instrs[pc]
		switch in.Op {
		case compile.LOAD_FAST:
			v := slots[in.Arg]
			if v == nil {
				goto stop
			}
			slots[sp] = v
			sp++
			pc++
		case compile.LOAD_CONST:
			slots[sp] = consts[in.Arg]
			sp++
			pc++
		case opLoadFastFast:
			v, w := slots[in.Arg], slots[instrs[pc+1].Arg]
			if v == nil || w == nil {
				goto stop
			}
			slots[sp], slots[sp+1] = v, w
			sp += 2
			pc += 2
		case opLoadFastConst:
			v := slots[in.Arg]
			if v == nil {
				goto stop
			}
			slots[sp], slots[sp+1] = v, consts[instrs[pc+1].Arg]
			sp += 2
			pc += 2
		case compile.STORE_FAST:
			// A value rebound away may need reporting (see eval).
			old := slots[in.Arg]
			if _, isGen := old.(*Generator); isGen || th.WatchDrops && old != nil {
				goto stop
			}
			sp--
			slots[in.Arg], slots[sp] = slots[sp], nil
			pc++
		case compile.POP_TOP:
			if _, isGen := slots[sp-1].(*Generator); isGen {
				goto stop
			}
			sp--
			slots[sp] = nil
			pc++
		case compile.LOAD_GLOBAL:
			gc := f.cc.globals
			if gc == nil {
				goto stop
			}
			c, g, b := &gc[pc], f.Globals, th.Builtins
			if c.globals != g || c.gver != g.version || c.builtins != b || c.bver != b.version {
				goto stop
			}
			v := c.dict.entries[c.pos].value
			if v == nil {
				goto stop
			}
			slots[sp] = v
			sp++
			pc++
		case compile.STORE_GLOBAL:
			e := f.globalHit(pc)
			if e == nil || th.WatchDrops {
				goto stop
			}
			if _, isGen := e.value.(*Generator); isGen {
				goto stop
			}
			sp--
			e.value, slots[sp] = slots[sp], nil
			pc++
		case compile.BINARY_OP, compile.INPLACE_OP:
			v := arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
			if v == nil {
				goto stop
			}
			sp--
			slots[sp-1], slots[sp] = v, nil
			pc++
		case opLoadFastConstBinop:
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
		case opConstBinop:
			v := arith(compile.BinOp(instrs[pc+1].Arg), slots[sp-1], consts[in.Arg])
			if v == nil {
				goto stop
			}
			slots[sp-1] = v
			pc += 2
		case opBinopStore:
			v := arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
			if v == nil {
				goto stop
			}
			st := instrs[pc+1]
			var e *dictEntry
			var old Object
			if st.Op == compile.STORE_FAST {
				old = slots[st.Arg]
			} else if e = f.globalHit(pc + 1); e != nil {
				old = e.value
			} else {
				goto stop
			}
			if _, isGen := old.(*Generator); isGen || th.WatchDrops && old != nil {
				goto stop
			}
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			if e != nil {
				e.value = v
			} else {
				slots[st.Arg] = v
			}
			pc += 2
		case opLoadFastConstCompareJump:
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
		case opConstCompareJump:
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
		case opCompareJump:
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
		case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
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
		case compile.JUMP:
			if int(in.Arg) <= pc && !th.tickHot() {
				goto stop
			}
			pc = int(in.Arg)
		case opForStoreFast, opForStoreGlobal:
			// The loop's next item straight into its variable, for
			// ranges and lists; the store's checks come first
			// because the iterator cannot be put back.
			st := instrs[pc+1]
			var e *dictEntry
			var old Object
			if in.Op == opForStoreFast {
				old = slots[st.Arg]
			} else if e = f.globalHit(pc + 1); e != nil {
				old = e.value
			} else {
				goto stop
			}
			if _, isGen := old.(*Generator); isGen || th.WatchDrops && old != nil {
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
			if e != nil {
				e.value = v
			} else {
				slots[st.Arg] = v
			}
			pc += 2
		case opLoadFastAttr:
			// self.x: the inline cache's hits (see loadAttrFast).
			v := f.instanceAttrHit(slots[in.Arg], pc+1)
			if v == nil {
				goto stop
			}
			slots[sp] = v
			sp++
			pc += 2
		case opLoadFastStoreAttr:
			// obj.x = value.
			if !f.storeInstanceAttrHit(slots[in.Arg], pc+1, slots[sp-1]) {
				goto stop
			}
			sp--
			slots[sp] = nil
			pc += 2
		case opLoadFastFastStoreAttr:
			// self.x = x.
			v := slots[in.Arg]
			if v == nil || !f.storeInstanceAttrHit(slots[instrs[pc+1].Arg], pc+2, v) {
				goto stop
			}
			pc += 3
		case compile.LOAD_METHOD:
			// A method of an instance's class, or of a builtin type.
			meth, self := f.methodHit(slots[sp-1], pc, in.Arg)
			if meth == nil {
				goto stop
			}
			slots[sp-1], slots[sp] = meth, self
			sp++
			pc++
		case compile.CALL:
			n := int(in.Arg)
			base := sp - n - 1
			fn, ok := slots[base].(*Function)
			if !ok {
				goto stop
			}
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
		case compile.CALL_METHOD:
			// Stack: function, self (nil for a function that is not a
			// method) and the arguments.
			base = sp - int(in.Arg) - 2
			args = base + 2
			if slots[base+1] != nil {
				args--
			}
			var ok bool
			if fn, ok = slots[base].(*Function); !ok {
				goto stop
			}
			goto call
		case compile.RETURN_VALUE, opLoadFastReturn, opLoadConstReturn, opBinopReturn:
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
			if v == nil || !f.inlined || f.binopOf || f.initOf || f.escaped || f.rare != nil || len(f.blocks) != 0 || len(f.cc.free) >= maxPooledFrames || th.WatchDrops {
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
		continue
	call:
		// A plain Python function given exactly its positional
		// parameters: pushSimple's common case, in place, the arguments
		// leaving this stack as they go.
		{
			cc, ok := fn.Code.Cache.(*codeCache)
			if !ok || cc.simpleArgs != sp-args || len(cc.free) == 0 || th.depth >= th.RecursionLimit || !th.tickHot() {
				goto stop
			}
			nf := cc.free[len(cc.free)-1]
			cc.free = cc.free[:len(cc.free)-1]
			for i, a := range slots[args:sp] {
				nf.slots[i] = a
			}
			for i := base; i < sp; i++ {
				slots[i] = nil
			}
			f.pc, f.sp = pc+1, base
			// A pooled frame often has these already (see eval's
			// return): writing a pointer costs a write barrier check.
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
		}
	}
stop:
	f.pc, f.sp = pc, sp
	return f
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

// globalHit returns the entry of f's globals that the inline cache of
// the STORE_GLOBAL at index i names, or nil when the cache misses.
func (f *Frame) globalHit(i int) *dictEntry {
	gc, g := f.cc.globals, f.Globals
	if gc == nil || gc[i].globals != g || gc[i].gver != g.version {
		return nil
	}
	return &g.entries[gc[i].pos]
}

// instanceAttrHit is the attribute that the LOAD_ATTR at index i reads
// from obj when its inline cache hits on an instance's slot or plain
// attribute (loadAttrFast's first test), else nil.
func (f *Frame) instanceAttrHit(obj Object, i int) Object {
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
		return vs[p]
	}
	if c.kind == attrPlain && o.Dict != nil && p < len(o.Dict.entries) {
		e := &o.Dict.entries[p]
		name := f.Code.Names[f.cc.instrs[i].Arg]
		if k, isStr := e.key.(Str); isStr && len(k) == len(name) && unsafe.StringData(string(k)) == unsafe.StringData(name) {
			return e.value
		}
	}
	return nil
}

// storeInstanceAttrHit stores v as the attribute that the STORE_ATTR at
// index i sets on obj when its inline cache hits (storeAttrFast's first
// test), and reports whether it did.
func (f *Frame) storeInstanceAttrHit(obj Object, i int, v Object) bool {
	o, isInst := obj.(*Instance)
	if !isInst || f.cc.attrs == nil {
		return false
	}
	c := &f.cc.attrs[i]
	if c.cls != o.Class || c.ver != o.Class.version {
		return false
	}
	p := int(c.pos)
	if vs := unsafe.Slice(o.vals, len(o.Class.slotNames)); c.kind == attrSlot && p < len(vs) {
		vs[p] = v
		return true
	}
	if c.kind == attrPlain && o.Dict != nil && p < len(o.Dict.entries) {
		e := &o.Dict.entries[p]
		name := f.Code.Names[f.cc.instrs[i].Arg]
		if k, isStr := e.key.(Str); isStr && len(k) == len(name) && unsafe.StringData(string(k)) == unsafe.StringData(name) {
			e.value = v
			return true
		}
	}
	return false
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
			for i := range d.entries {
				if d.entries[i].hash == h {
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
