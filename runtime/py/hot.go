package py

import (
	"strings"
	"unsafe"

	"github.com/aioplay/aioplay/runtime/compile"
)

// The hot tier: eval hands the instructions that hot code spends its time
// in (loads and stores of locals and globals, int and float arithmetic,
// comparisons and truth tests in jumps, `is None`, loops over ranges and
// lists, instance attributes, method lookups, calls of plain Python
// functions, methods, classes and builtins, and their returns, list
// comprehensions' appends, f-strings) to runHot, which runs them with the
// program counter, the stack pointer and pointers to the code, the
// constants and the slots in registers instead of in the frame. eval's
// switch is too big for the compiler to keep them there: every
// instruction would store them and load them back.
//
// runHot does only the common case of each instruction. What needs a
// call (boxing in memory, a builtin, pushing an __init__ or an operator
// method's frame) goes to hotSlow, which works on the frame in memory.
// Anything else (another type, a cache miss, an error to raise, a step to
// check, a dropped value to report) stops the tier before the instruction
// has changed anything, and eval's switch runs that instruction in full.
// So the switch stays complete: each of its cases still handles every
// operand.

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
	hotIsNone
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
	compile.IS_OP:           hotIsNone,
	compile.RETURN_VALUE:    hotReturn, opLoadFastReturn: hotReturn, opLoadConstReturn: hotReturn, opBinopReturn: hotReturn,
}

// runHot runs f's instructions from f.pc for as long as it can, and
// returns the frame that runs next (a call or a return switches frames),
// stopped at an instruction it has not started.
func (th *Thread) runHot(f *Frame) *Frame {
	// Two loops: the inner one runs instructions with everything in
	// registers and calls no function, so that Go's register allocator
	// has nothing to save around calls: a value live across any call
	// in the loop would be stored to the stack at every instruction.
	// Whatever needs a call leaves it for hotSlow, which works on the
	// frame in memory as eval does; the outer loop then reloads the
	// registers from th.frame (always the frame running: calls and
	// returns set it).
	for {
		pc, sp := f.pc, f.sp
		ip, cp, sl := f.code()
		for {
			in := *(*compile.Instr)(unsafe.Add(ip, pc*instrSize))
			// The operands and operator of an arithmetic instruction,
			// for arith below.
			var a, b Object
			var op compile.BinOp
			switch hotCase[in.Op] {
			case hotLoadFast:
				v := *(*Object)(unsafe.Add(sl, in.Arg*objSize))
				if v == nil {
					goto stop
				}
				*(*Object)(unsafe.Add(sl, sp*objSize)) = v
				sp++
				pc++
			case hotLoadConst:
				*(*Object)(unsafe.Add(sl, sp*objSize)) = *(*Object)(unsafe.Add(cp, in.Arg*objSize))
				sp++
				pc++
			case hotLoadFastFast:
				v, w := *(*Object)(unsafe.Add(sl, in.Arg*objSize)), *(*Object)(unsafe.Add(sl, ((*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg)*objSize))
				if v == nil || w == nil {
					goto stop
				}
				*(*Object)(unsafe.Add(sl, sp*objSize)), *(*Object)(unsafe.Add(sl, (sp+1)*objSize)) = v, w
				sp += 2
				pc += 2
			case hotLoadFastConst:
				v := *(*Object)(unsafe.Add(sl, in.Arg*objSize))
				if v == nil {
					goto stop
				}
				*(*Object)(unsafe.Add(sl, sp*objSize)), *(*Object)(unsafe.Add(sl, (sp+1)*objSize)) = v, *(*Object)(unsafe.Add(cp, ((*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg)*objSize))
				sp += 2
				pc += 2
			case hotStore:
				var to *Object
				if st := in; st.Op == compile.STORE_FAST {
					to = (*Object)(unsafe.Add(sl, st.Arg*objSize))
				} else if e := f.globalHit(pc); e != nil {
					to = &e.value
				}
				if to == nil || !th.quietOverwrite(*to) {
					goto stop
				}
				sp--
				*to, *(*Object)(unsafe.Add(sl, sp*objSize)) = *(*Object)(unsafe.Add(sl, sp*objSize)), nil
				pc++
			case hotPopTop:
				if _, isGen := (*(*Object)(unsafe.Add(sl, (sp-1)*objSize))).(*Generator); isGen {
					goto stop
				}
				sp--
				*(*Object)(unsafe.Add(sl, sp*objSize)) = nil
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
				*(*Object)(unsafe.Add(sl, sp*objSize)) = v
				sp++
				pc++
			case hotBinop, hotBinopStore:
				a, b, op = *(*Object)(unsafe.Add(sl, (sp-2)*objSize)), *(*Object)(unsafe.Add(sl, (sp-1)*objSize)), compile.BinOp(in.Arg)
				goto arith
			case hotLoadFastConstBinop:
				if a = *(*Object)(unsafe.Add(sl, in.Arg*objSize)); a == nil {
					goto stop
				}
				b = *(*Object)(unsafe.Add(cp, ((*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg)*objSize))
				op = compile.BinOp((*(*compile.Instr)(unsafe.Add(ip, (pc+2)*instrSize))).Arg)
				goto arith
			case hotConstBinop:
				a, b = *(*Object)(unsafe.Add(sl, (sp-1)*objSize)), *(*Object)(unsafe.Add(cp, in.Arg*objSize))
				op = compile.BinOp((*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg)
				goto arith
			case hotLoadFastConstCompareJump:
				a := *(*Object)(unsafe.Add(sl, in.Arg*objSize))
				if a == nil {
					goto stop
				}
				t, ok := compareInts(compile.CmpOp((*(*compile.Instr)(unsafe.Add(ip, (pc+2)*instrSize))).Arg), a, *(*Object)(unsafe.Add(cp, ((*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg)*objSize)))
				if !ok {
					if floatOrStr(a) {
						goto slow
					}
					goto stop
				}
				target := th.jumpIf(t, (*(*compile.Instr)(unsafe.Add(ip, (pc+3)*instrSize))), pc+4)
				if target < 0 {
					goto stop
				}
				pc = target
			case hotConstCompareJump:
				t, ok := compareInts(compile.CmpOp((*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg), *(*Object)(unsafe.Add(sl, (sp-1)*objSize)), *(*Object)(unsafe.Add(cp, in.Arg*objSize)))
				if !ok {
					if floatOrStr(*(*Object)(unsafe.Add(sl, (sp-1)*objSize))) {
						goto slow
					}
					goto stop
				}
				target := th.jumpIf(t, (*(*compile.Instr)(unsafe.Add(ip, (pc+2)*instrSize))), pc+3)
				if target < 0 {
					goto stop
				}
				sp--
				*(*Object)(unsafe.Add(sl, sp*objSize)) = nil
				pc = target
			case hotCompareJump:
				t, ok := compareInts(compile.CmpOp(in.Arg), *(*Object)(unsafe.Add(sl, (sp-2)*objSize)), *(*Object)(unsafe.Add(sl, (sp-1)*objSize)))
				if !ok {
					if floatOrStr(*(*Object)(unsafe.Add(sl, (sp-2)*objSize))) {
						goto slow
					}
					goto stop
				}
				target := th.jumpIf(t, (*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))), pc+2)
				if target < 0 {
					goto stop
				}
				sp -= 2
				*(*Object)(unsafe.Add(sl, sp*objSize)), *(*Object)(unsafe.Add(sl, (sp+1)*objSize)) = nil, nil
				pc = target
			case hotPopJump:
				var t bool
				switch v := (*(*Object)(unsafe.Add(sl, (sp-1)*objSize))).(type) {
				case Bool:
					t = bool(v)
				case Int:
					t = v != 0
				case *NoneType:
					t = false
				case Str:
					t = len(v) != 0
				case Float:
					t = v != 0
				case *List:
					if v.cls != nil {
						goto stop // a subclass may say otherwise
					}
					t = len(v.Items) != 0
				case Tuple:
					t = len(v) != 0
				case *Dict:
					if v.cls != nil {
						goto stop
					}
					t = v.used != 0
				default:
					goto stop
				}
				target := th.jumpIf(t, in, pc+1)
				if target < 0 {
					goto stop
				}
				sp--
				*(*Object)(unsafe.Add(sl, sp*objSize)) = nil
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
				var to *Object
				if st := (*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))); st.Op == compile.STORE_FAST {
					to = (*Object)(unsafe.Add(sl, st.Arg*objSize))
				} else if e := f.globalHit(pc + 1); e != nil {
					to = &e.value
				}
				if to == nil || !th.quietOverwrite(*to) {
					goto stop
				}
				var v Object
				switch it := (*(*Object)(unsafe.Add(sl, (sp-1)*objSize))).(type) {
				case *rangeIter:
					if it.left > 0 {
						if v = smallInt(Int(it.cur)); v == nil {
							if v = th.bigBox(Int(it.cur)); v == nil {
								goto slow // boxing it allocates
							}
						}
						it.cur += it.step
						it.left--
					}
				case *sliceIter:
					items := it.items
					if it.list != nil {
						items = it.list.Items
					}
					if it.i < len(items) {
						v = items[it.i]
						it.i++
					} else {
						it.list, it.items = nil, nil
					}
				default:
					goto stop
				}
				if v == nil {
					sp--
					*(*Object)(unsafe.Add(sl, sp*objSize)) = nil
					pc = int(in.Arg)
					continue
				}
				*to = v
				pc += 2
			case hotLoadFastAttr:
				// self.x: the inline cache's hits (see loadAttrFast).
				// The three attribute cases spell out the same lookup:
				// sharing it, as the arithmetic cases share arith, made
				// the classes benchmark 11% slower.
				o, c := f.instanceAttr(*(*Object)(unsafe.Add(sl, in.Arg*objSize)), pc+1)
				if c == nil {
					goto stop
				}
				var r *Object
				if c.kind == attrSlot {
					r = c.slotRef(o)
				} else {
					r = c.dictRef(o, f.Code.Names[(*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg])
				}
				if r == nil || *r == nil {
					goto stop // an unset slot raises (eval's switch)
				}
				*(*Object)(unsafe.Add(sl, sp*objSize)) = *r
				sp++
				pc += 2
			case hotLoadFastStoreAttr:
				// obj.x = value.
				o, c := f.instanceAttr(*(*Object)(unsafe.Add(sl, in.Arg*objSize)), pc+1)
				if c == nil {
					goto stop
				}
				var r *Object
				if c.kind == attrSlot {
					r = c.slotRef(o)
				} else {
					r = c.dictRef(o, f.Code.Names[(*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg])
				}
				if r == nil {
					goto stop
				}
				*r = *(*Object)(unsafe.Add(sl, (sp-1)*objSize))
				sp--
				*(*Object)(unsafe.Add(sl, sp*objSize)) = nil
				pc += 2
			case hotLoadFastFastStoreAttr:
				// self.x = x.
				v := *(*Object)(unsafe.Add(sl, in.Arg*objSize))
				o, c := f.instanceAttr(*(*Object)(unsafe.Add(sl, ((*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))).Arg)*objSize)), pc+2)
				if v == nil || c == nil {
					goto stop
				}
				var r *Object
				if c.kind == attrSlot {
					r = c.slotRef(o)
				} else {
					r = c.dictRef(o, f.Code.Names[(*(*compile.Instr)(unsafe.Add(ip, (pc+2)*instrSize))).Arg])
				}
				if r == nil {
					goto stop
				}
				*r = v
				pc += 3
			case hotLoadMethod:
				// A method of an instance's class (methodHit's first
				// case, inlined); builtin types' methods in hotSlow.
				o, isInst := (*(*Object)(unsafe.Add(sl, (sp-1)*objSize))).(*Instance)
				if !isInst {
					goto slow
				}
				ac := f.cc.attrs
				if ac == nil {
					goto stop
				}
				c := &ac[pc]
				if c.cls != o.Class || c.ver != o.Class.version || c.kind != attrMethod {
					goto stop
				}
				if d := o.Dict; d != nil {
					// The instance's dict may shadow the method.
					if d.index != nil {
						goto stop
					}
					h := f.cc.nameHashes[in.Arg]
					for i := range d.first {
						if d.first[i].hash == h {
							goto stop
						}
					}
				}
				*(*Object)(unsafe.Add(sl, (sp-1)*objSize)), *(*Object)(unsafe.Add(sl, sp*objSize)) = c.attr, o
				sp++
				pc++
			case hotCall, hotCallMethod:
				// A plain Python function given exactly its positional
				// parameters: its frame, recycled, runs in this loop.
				// CALL's stack: the function and the arguments;
				// CALL_METHOD's: the function, self (nil for a function
				// that is not a method) and the arguments.
				var base, args int
				if in.Op == compile.CALL {
					base = sp - int(in.Arg) - 1
					args = base + 1
				} else {
					base = sp - int(in.Arg) - 2
					args = base + 2
					if *(*Object)(unsafe.Add(sl, (base+1)*objSize)) != nil {
						args--
					}
				}
				fn, ok := (*(*Object)(unsafe.Add(sl, base*objSize))).(*Function)
				if !ok {
					goto slow
				}
				cc, ok := fn.Code.Cache.(*codeCache)
				if !ok || cc.simpleArgs != sp-args || len(cc.free) == 0 || th.depth >= th.RecursionLimit || !th.tickHot() {
					goto stop
				}
				nf := cc.free[len(cc.free)-1]
				cc.free = cc.free[:len(cc.free)-1]
				for i := args; i < sp; i++ {
					nf.slots[i-args] = *(*Object)(unsafe.Add(sl, i*objSize))
				}
				for i := base; i < sp; i++ {
					*(*Object)(unsafe.Add(sl, i*objSize)) = nil
				}
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
				ip, cp, sl = nf.code()
				pc, sp = 0, cc.stackBase
			case hotReturn:
				// A return to a caller that this loop runs (eval's
				// return path, for plain frames).
				var v Object
				switch in.Op {
				case compile.RETURN_VALUE:
					v = *(*Object)(unsafe.Add(sl, (sp-1)*objSize))
				case opLoadFastReturn:
					v = *(*Object)(unsafe.Add(sl, in.Arg*objSize))
				case opLoadConstReturn:
					v = *(*Object)(unsafe.Add(cp, in.Arg*objSize))
				default:
					x, y, ok := twoInts(*(*Object)(unsafe.Add(sl, (sp-2)*objSize)), *(*Object)(unsafe.Add(sl, (sp-1)*objSize)))
					if !ok {
						goto slow
					}
					r, ok := intOp(compile.BinOp(in.Arg), x, y)
					if !ok {
						goto slow
					}
					if v = smallInt(r); v == nil {
						if v = th.bigBox(r); v == nil {
							goto slow
						}
					}
				}
				cc := f.cc
				if v == nil || !f.inlined || f.escaped || f.rare != nil || len(f.blocks) != 0 || len(cc.free) >= maxPooledFrames || th.WatchDrops || th.unstartedCoros > 0 {
					goto stop
				}
				if len(cc.free) == cap(cc.free) {
					goto slow
				}
				if (f.initOf || f.binopOf) && !specialReturnOK(f, v) {
					goto stop
				}
				for i := 0; i < cc.stackBase; i++ {
					// A coroutine never awaited is reported (clearLocals).
					if _, isGen := (*(*Object)(unsafe.Add(sl, i*objSize))).(*Generator); isGen {
						goto stop
					}
				}
				for i := 0; i < sp; i++ {
					*(*Object)(unsafe.Add(sl, i*objSize)) = nil
				}
				f.sp = cc.stackBase
				f.finished, f.inlined = true, false
				if f.initOf {
					// The call's value is the instance (popSpecial's
					// work, spelled out: runHot calls nothing).
					last := len(th.initObjs) - 1
					v = th.initObjs[last]
					th.initObjs[last] = nil
					th.initObjs = th.initObjs[:last]
					th.depth-- // the class call's own level
					f.initOf = false
				} else if f.binopOf {
					th.binops = th.binops[:len(th.binops)-1]
					f.binopOf = false
				}
				caller := f.Back
				th.frame = caller
				th.depth--
				cc.free = cc.free[:len(cc.free)+1]
				cc.free[len(cc.free)-1] = f
				f = caller
				ip, cp, sl = f.code()
				pc, sp = f.pc, f.sp
				*(*Object)(unsafe.Add(sl, sp*objSize)) = v
				sp++
			case hotListAppend:
				// A list comprehension's item, while the list has room.
				l, ok := (*(*Object)(unsafe.Add(sl, (sp-1-int(in.Arg))*objSize))).(*List)
				if !ok || len(l.Items) == cap(l.Items) {
					goto stop
				}
				sp--
				n := len(l.Items)
				l.Items = l.Items[:n+1]
				l.Items[n] = *(*Object)(unsafe.Add(sl, sp*objSize))
				*(*Object)(unsafe.Add(sl, sp*objSize)) = nil
				pc++
			case hotFormatValue:
				// An f-string's {x} with no conversion nor spec of a
				// str is the str; ints in hotSlow.
				if in.Arg != 0 {
					goto stop
				}
				if _, isStr := (*(*Object)(unsafe.Add(sl, (sp-1)*objSize))).(Str); !isStr {
					goto slow
				}
				pc++
			case hotBuildString:
				goto slow
			case hotIsNone:
				// x is None, x is not None (other identities: eval's
				// switch).
				_, aNone := (*(*Object)(unsafe.Add(sl, (sp-2)*objSize))).(*NoneType)
				_, bNone := (*(*Object)(unsafe.Add(sl, (sp-1)*objSize))).(*NoneType)
				if !aNone && !bNone {
					goto stop
				}
				sp--
				*(*Object)(unsafe.Add(sl, (sp-1)*objSize)), *(*Object)(unsafe.Add(sl, sp*objSize)) = Bool(aNone == bNone != (in.Arg != 0)), nil
				pc++
			default:
				goto stop
			}
			continue
		arith:
			// The binary operations (and their fused forms) of two
			// ints whose result fits in a word, and of floats (or a
			// float and an int, and int / int) that cannot fail.
			{
				var v Object
				if x, y, ok := twoInts(a, b); ok && op != compile.OpTrueDiv {
					r, ok := intOp(op, x, y)
					if !ok {
						goto slow
					}
					if v = smallInt(r); v == nil {
						if v = th.bigBox(r); v == nil {
							goto slow
						}
					}
				} else {
					x, okx := asFloat(a)
					y, oky := asFloat(b)
					if !okx || !oky {
						goto slow
					}
					r, ok := floatOp(op, x, y)
					if !ok {
						goto slow
					}
					if v = th.floatBox(r); v == nil {
						goto slow
					}
				}
				switch hotCase[in.Op] {
				case hotBinop:
					sp--
					*(*Object)(unsafe.Add(sl, (sp-1)*objSize)), *(*Object)(unsafe.Add(sl, sp*objSize)) = v, nil
					pc++
				case hotLoadFastConstBinop:
					*(*Object)(unsafe.Add(sl, sp*objSize)) = v
					sp++
					pc += 3
				case hotConstBinop:
					*(*Object)(unsafe.Add(sl, (sp-1)*objSize)) = v
					pc += 2
				default: // hotBinopStore
					var to *Object
					if st := (*(*compile.Instr)(unsafe.Add(ip, (pc+1)*instrSize))); st.Op == compile.STORE_FAST {
						to = (*Object)(unsafe.Add(sl, st.Arg*objSize))
					} else if e := f.globalHit(pc + 1); e != nil {
						to = &e.value
					}
					if to == nil || !th.quietOverwrite(*to) {
						goto stop
					}
					sp -= 2
					*(*Object)(unsafe.Add(sl, sp*objSize)), *(*Object)(unsafe.Add(sl, (sp+1)*objSize)) = nil, nil
					*to = v
					pc += 2
				}
			}
		}
	slow:
		// hotSlow runs the instruction at pc, with calls.
		f.pc, f.sp = pc, sp
		switch th.hotSlow(f) {
		case hotCalled:
			f = th.frame
			continue
		case hotRaised:
			return th.frame
		}
		return th.frame
	stop:
		f.pc, f.sp = pc, sp
		return f
	}
}

// The sizes of an instruction and an object, for runHot's indexing:
// untyped, so that they multiply int and int32 indexes alike (the arrays
// below fail to compile when the sizes are wrong).
const (
	instrSize = 8
	objSize   = 16
)

var (
	_ = [1]int{}[instrSize-unsafe.Sizeof(compile.Instr{})]
	_ = [1]int{}[objSize-unsafe.Sizeof(Object(nil))]
)

// code returns pointers to the first instruction of f's code, its first
// constant and f's first slot, for runHot, which indexes them without
// bounds checks: those need registers for the lengths, and instructions to
// test them; the compiler's stack sizes and jump targets keep the indexes
// in range. The indexing is spelled out (*(*Object)(unsafe.Add(sl,
// i*objSize))) rather than put in a function because the WebAssembly
// build does not inline (see scripts/site/build.sh): a call per stack
// access would make the page's runtime slower than without the tier.
func (f *Frame) code() (ip, cp, sl unsafe.Pointer) {
	return unsafe.Pointer(unsafe.SliceData(f.cc.instrs)), unsafe.Pointer(unsafe.SliceData(f.cc.consts)), unsafe.Pointer(unsafe.SliceData(f.slots))
}

// hotSlow runs the instruction at f.pc, with the frame in memory, when
// runHot's inner loop would need to call a function for it: int results
// that must be boxed in memory, float arithmetic, f-strings of ints,
// builtin calls and methods, classes' __init__ and binary operators'
// methods. It returns hotNotCalled, having changed nothing, for what only
// eval's switch does.
//
//go:noinline
func (th *Thread) hotSlow(f *Frame) hotCallResult {
	if len(th.intBoxes) == 0 {
		th.refillIntBoxes()
	}
	if len(th.floatBoxes) == 0 {
		th.refillFloatBoxes()
	}
	instrs, consts, slots := f.cc.instrs, f.cc.consts, f.slots
	pc, sp := f.pc, f.sp
	in := instrs[pc]
	switch hotCase[in.Op] {
	case hotBinop:
		v := arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
		if v == nil {
			if in.Op == compile.BINARY_OP && th.pushBinop(f, in) {
				return hotCalled
			}
			return hotNotCalled
		}
		slots[sp-2], slots[sp-1] = v, nil
		f.sp--
		f.pc++
	case hotLoadFastConstBinop:
		v := arith(compile.BinOp(instrs[pc+2].Arg), slots[in.Arg], consts[instrs[pc+1].Arg])
		if v == nil {
			return hotNotCalled
		}
		slots[sp] = v
		f.sp++
		f.pc += 3
	case hotConstBinop:
		v := arith(compile.BinOp(instrs[pc+1].Arg), slots[sp-1], consts[in.Arg])
		if v == nil {
			return hotNotCalled
		}
		slots[sp-1] = v
		f.pc += 2
	case hotBinopStore:
		to := f.storeTarget(slots, instrs[pc+1], pc+1)
		if to == nil || !th.quietOverwrite(*to) {
			return hotNotCalled
		}
		v := arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
		if v == nil {
			return hotNotCalled
		}
		slots[sp-2], slots[sp-1] = nil, nil
		*to = v
		f.sp -= 2
		f.pc += 2
	case hotForStore:
		// A range's item that boxing allocates.
		to := f.storeTarget(slots, instrs[pc+1], pc+1)
		it, ok := slots[sp-1].(*rangeIter)
		if to == nil || !th.quietOverwrite(*to) || !ok || it.left <= 0 {
			return hotNotCalled
		}
		v, _, _ := it.Next(th)
		*to = v
		f.pc += 2
	case hotLoadMethod:
		// A builtin type's method.
		meth, self := f.methodHit(slots[sp-1], pc, in.Arg)
		if meth == nil {
			return hotNotCalled
		}
		slots[sp-1], slots[sp] = meth, self
		f.sp++
		f.pc++
	case hotCall, hotCallMethod:
		base, args := sp-int(in.Arg)-1, sp-int(in.Arg)
		if in.Op == compile.CALL_METHOD {
			base--
			if slots[base+1] != nil {
				args--
			}
		}
		switch fn := slots[base].(type) {
		case *Builtin:
			return th.hotCallBuiltin(f, fn, base, args)
		case *Type:
			if in.Op != compile.CALL || fn.Flags&FlagHeapType == 0 || fn.Meta != nil {
				return hotNotCalled
			}
			// A class whose instances object.__new__ makes: its
			// __init__ runs in place.
			init := fn.lookupForCall().plainInit
			if init == nil || th.pushHot(f, init, fn, base, args, sp, pc) == nil {
				return hotNotCalled
			}
		case *Function:
			if in.Op != compile.CALL_METHOD || th.pushHot(f, fn, nil, base, args, sp, pc) == nil {
				return hotNotCalled
			}
		default:
			return hotNotCalled
		}
	case hotReturn:
		return th.hotReturnSlow(f, in)
	case hotLoadFastConstCompareJump, hotConstCompareJump, hotCompareJump:
		// A comparison of floats (or a float and an int) or strs, and
		// the jump on its result; runHot's inner loop does ints.
		var a, b Object
		var cmpAt, pops int
		switch hotCase[in.Op] {
		case hotLoadFastConstCompareJump:
			a, b, cmpAt = slots[in.Arg], consts[instrs[pc+1].Arg], pc+2
		case hotConstCompareJump:
			a, b, cmpAt, pops = slots[sp-1], consts[in.Arg], pc+1, 1
		default:
			a, b, cmpAt, pops = slots[sp-2], slots[sp-1], pc, 2
		}
		c, ok := orderFloatsStrs(a, b)
		if !ok {
			return hotNotCalled // NaN, and anything else: eval's switch
		}
		target := th.jumpIf(cmpHolds[instrs[cmpAt].Arg]>>c&1 != 0, instrs[cmpAt+1], cmpAt+2)
		if target < 0 {
			return hotNotCalled
		}
		clear(slots[sp-pops : sp])
		f.sp -= pops
		f.pc = target
	case hotFormatValue:
		i, ok := slots[sp-1].(Int)
		if !ok || in.Arg != 0 {
			return hotNotCalled
		}
		slots[sp-1] = intStr(i)
		f.pc++
	case hotBuildString:
		// An f-string's parts joined, when short: long ones are
		// charged against the memory budget (eval's switch).
		n := int(in.Arg)
		size := 0
		for _, v := range slots[sp-n : sp] {
			size += len(v.(Str))
		}
		if size >= 1<<12 {
			return hotNotCalled
		}
		str, sb := newStrObject(size)
		at := 0
		for _, v := range slots[sp-n : sp] {
			at += copy(sb[at:], v.(Str))
		}
		clear(slots[sp-n : sp])
		slots[sp-n] = str
		f.sp = sp - n + 1
		f.pc++
	default:
		return hotNotCalled
	}
	return hotCalled
}

// pushBinop is eval's BINARY_OP of two instances of one class statement's
// class whose special method is a plain Python function: it pushes the
// method's frame, whose return completes the instruction, and reports
// whether it did (nothing changes otherwise).
func (th *Thread) pushBinop(f *Frame, in compile.Instr) bool {
	sp := f.sp
	x, ok := f.slots[sp-2].(*Instance)
	if !ok || x.Class.layout != ObjectType {
		return false
	}
	if y, ok := f.slots[sp-1].(*Instance); !ok || y.Class != x.Class {
		return false
	}
	c := f.cc.attrSlot(len(f.Code.Instrs), f.pc)
	if c.cls != x.Class || c.ver != x.Class.version {
		*c = attrCache{cls: x.Class, ver: x.Class.version, attr: x.Class.Lookup(binOpNames[in.Arg])}
	}
	fn, ok := c.attr.(*Function)
	if !ok || fn.Code.Flags&genFlags != 0 {
		return false
	}
	nf := th.pushHot(f, fn, nil, sp-2, sp-2, sp, f.pc)
	if nf == nil {
		return false
	}
	nf.binopOf = true
	th.binops = append(th.binops, binopCtx{compile.BinOp(in.Arg), x.Class})
	return true
}

// hotReturnSlow is the return instruction in at f.pc when runHot's fast
// path does not complete it: a result that must be boxed, an __init__ or
// a binary operator's method run in place, a full frame pool.
func (th *Thread) hotReturnSlow(f *Frame, in compile.Instr) hotCallResult {
	slots, sp := f.slots, f.sp
	var v Object
	switch in.Op {
	case compile.RETURN_VALUE:
		v = slots[sp-1]
	case opLoadFastReturn:
		v = slots[in.Arg]
	case opLoadConstReturn:
		v = f.cc.consts[in.Arg]
	default:
		v = arith(compile.BinOp(in.Arg), slots[sp-2], slots[sp-1])
	}
	if v == nil || !f.inlined || f.escaped || f.rare != nil || len(f.blocks) != 0 || len(f.cc.free) >= maxPooledFrames || th.WatchDrops || th.unstartedCoros > 0 {
		return hotNotCalled
	}
	if (f.initOf || f.binopOf) && !specialReturnOK(f, v) {
		return hotNotCalled
	}
	for _, l := range slots[:f.cc.stackBase] {
		// A coroutine never awaited is reported (clearLocals).
		if _, isGen := l.(*Generator); isGen {
			return hotNotCalled
		}
	}
	clear(slots[:sp])
	f.sp = f.cc.stackBase
	f.finished, f.inlined = true, false
	if f.initOf || f.binopOf {
		v = th.popSpecial(f, v)
	}
	caller := f.Back
	th.frame = caller
	th.depth--
	f.cc.free = append(f.cc.free, f)
	caller.slots[caller.sp] = v
	caller.sp++
	return hotCalled
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
	nf.pc, nf.sp = 0, cc.stackBase
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

// twoInts returns a and b as ints when both are.
func twoInts(a, b Object) (x, y Int, ok bool) {
	x, ok = a.(Int)
	y, ok2 := b.(Int)
	return x, y, ok && ok2
}

// intOp is intArith's common cases, for runHot (which inlines it): x op y
// for + and - without overflow, * of 32-bit ints and, for non-negative
// 32-bit operands, % and // (in 32 bits: faster); ok is false for
// anything else.
func intOp(op compile.BinOp, x, y Int) (r Int, ok bool) {
	switch op {
	case compile.OpAdd:
		r = x + y
		return r, (r > x) == (y > 0)
	case compile.OpSub:
		r = x - y
		return r, (r < x) == (y > 0)
	case compile.OpMul:
		return x * y, uint64(x+1<<31) < 1<<32 && uint64(y+1<<31) < 1<<32
	case compile.OpMod:
		if uint64(x) < 1<<32 && uint64(y-1) < 1<<32-1 {
			return Int(uint32(x) % uint32(y)), true
		}
	}
	return 0, false
}

// asFloat is o as a float for arithmetic with a float: a float, or an int
// that a float holds exactly.
func asFloat(o Object) (Float, bool) {
	switch v := o.(type) {
	case Float:
		return v, true
	case Int:
		return Float(v), -1<<53 <= v && v <= 1<<53
	}
	return 0, false
}

// floatOp is x op y for +, -, * and / (by anything but zero, which
// raises), the float operations that cannot fail; ok is false for
// anything else.
func floatOp(op compile.BinOp, x, y Float) (r Float, ok bool) {
	switch op {
	case compile.OpAdd:
		return x + y, true
	case compile.OpSub:
		return x - y, true
	case compile.OpMul:
		return x * y, true
	case compile.OpTrueDiv:
		return x / y, y != 0
	}
	return 0, false
}

// orderFloatsStrs compares two floats (or a float and an int that a float
// holds exactly) or two strs: c is 0, 1 or 2 as a is less than, equal to
// or greater than b; ok is false for anything else, NaN included.
func orderFloatsStrs(a, b Object) (c int, ok bool) {
	if sa, isStr := a.(Str); isStr {
		// UTF-8's byte order is the code points' order.
		sb, isStr := b.(Str)
		return strings.Compare(string(sa), string(sb)) + 1, isStr
	}
	x, okx := asFloat(a)
	y, oky := asFloat(b)
	if !okx || !oky || x != x || y != y {
		return 0, false
	}
	if x < y {
		return 0, true
	} else if x > y {
		return 2, true
	}
	return 1, true
}

// floatOrStr reports whether o is a float or a str, whose comparisons
// hotSlow makes (runHot's inner loop sends it nothing else: for other
// types, eval's switch is quicker than a failed try there).
func floatOrStr(o Object) bool {
	switch o.(type) {
	case Float, Str:
		return true
	}
	return false
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

// storeTarget returns where the STORE_FAST or STORE_GLOBAL st, at index i
// of f's code, writes: a local of f, whose slots are slots, or a global
// whose inline cache hits; nil otherwise.
func (f *Frame) storeTarget(slots []Object, st compile.Instr, i int) *Object {
	if st.Op == compile.STORE_FAST {
		return &slots[st.Arg]
	}
	if e := f.globalHit(i); e != nil {
		return &e.value
	}
	return nil
}

// quietOverwrite reports whether a store may replace old without a
// report: old is no coroutine that may never have been awaited nor, while
// such coroutines exist, a value that may hold one, and dropped values
// are not being watched for (see eval's letGo).
func (th *Thread) quietOverwrite(old Object) bool {
	switch old.(type) {
	case nil:
		return true
	case *Generator:
		return false
	case *List, Tuple, *Dict, *Set:
		return !th.WatchDrops && th.unstartedCoros == 0
	}
	return !th.WatchDrops
}

// globalHit returns the entry of f's globals that the inline cache of
// the STORE_GLOBAL at index i names, or nil when the cache misses.
func (f *Frame) globalHit(i int) *dictEntry {
	gc, g := f.cc.globals, f.Globals
	if gc == nil {
		return nil
	}
	if c := &gc[i]; c.globals == g && c.gver == g.version {
		return g.at(c.pos)
	}
	return nil
}

// instanceAttr is the first half of an instance attribute's inline cache
// hit (loadAttrFast's and storeAttrFast's first test), for runHot: obj as
// an instance and the cache of the instruction at index i, when the cache
// holds for obj's class; nil, nil otherwise. slotRef or dictRef, by the
// cache's kind, is the second.
func (f *Frame) instanceAttr(obj Object, i int) (*Instance, *attrCache) {
	o, isInst := obj.(*Instance)
	if !isInst || f.cc.attrs == nil {
		return nil, nil
	}
	c := &f.cc.attrs[i]
	if c.cls != o.Class || c.ver != o.Class.version {
		return nil, nil
	}
	return o, c
}

// slotRef is where the __slots__ member that c describes lives in o (nil
// when o has no values).
func (c *attrCache) slotRef(o *Instance) *Object {
	p := int(c.pos)
	if o.vals == nil || p >= len(o.Class.slotNames) {
		return nil
	}
	return (*Object)(unsafe.Add(unsafe.Pointer(o.vals), uintptr(p)*unsafe.Sizeof(Object(nil))))
}

// dictRef is where the attribute name that c describes lives in o's dict:
// the entry where the cache last found it, nil when that guess fails.
func (c *attrCache) dictRef(o *Instance, name string) *Object {
	p, d := int(c.pos), o.Dict
	if c.kind != attrPlain || d == nil || p >= len(d.first) {
		return nil
	}
	e := &d.first[p]
	if k, isStr := e.key.(Str); isStr && len(k) == len(name) && unsafe.StringData(string(k)) == unsafe.StringData(name) {
		return &e.value
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
