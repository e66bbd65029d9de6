package py

import (
	"math/big"

	"github.com/aioplay/aioplay/runtime/compile"
)

// Frame is one activation of a code object. It lives on the heap so that a
// generator or coroutine can suspend by returning from the eval loop and
// resume later by running the same frame again.
type Frame struct {
	Code    *compile.Code
	Globals *Dict
	// slots holds, from the bottom, the frame's local variables
	// (len(Code.VarNames)), its cells (Code.CellVars then Code.FreeVars,
	// as *Cell) and its value stack, which starts at cc.stackBase; sp is
	// the index of the slot above the stack's top. One slice keeps a
	// frame small: coroutines keep theirs for their whole life.
	slots []Object
	sp    int
	pc    int
	// Back is the calling frame while this one runs.
	Back   *Frame
	cc     *codeCache
	blocks []block
	// Func is the function whose call made this frame (nil for modules
	// and class bodies); super() reads its first argument from here.
	Func *Function
	// rare holds what few frames need; nil until one of them does.
	rare     *frameRare
	started  bool
	finished bool
	// escaped: Python code got hold of this frame (a frame object), so it
	// must not be recycled.
	escaped bool
	// inlined: the frame was pushed by a call instruction of the eval
	// loop already running its caller (Back), which resumes the caller
	// when this frame returns or raises, without a Go-level call.
	inlined bool
	// initOf: an inlined __init__ whose instance (th.initObjs' last)
	// is the value of the call that pushed it.
	initOf bool
	// binopOf: an inlined binary special method (th.binops' last):
	// NotImplemented from it is a TypeError.
	binopOf bool
}

// frameRare is the part of a frame that only some frames use.
type frameRare struct {
	// ns is the namespace of a class body or of module-level code run by
	// exec; nil for functions.
	ns *Dict
	// handling is the stack of exceptions being handled by except and
	// finally blocks of this frame (sys.exc_info).
	handling []*Exception
}

// NS returns the namespace of a class body or of module-level code run by
// exec, or nil.
func (f *Frame) NS() *Dict {
	if f.rare == nil {
		return nil
	}
	return f.rare.ns
}

// setNS sets the namespace that NS returns.
func (f *Frame) setNS(ns *Dict) { f.rareData().ns = ns }

// rareData returns f.rare, allocating it on first use.
func (f *Frame) rareData() *frameRare {
	if f.rare == nil {
		f.rare = &frameRare{}
	}
	return f.rare
}

// handlingLen returns how many exceptions f's handlers are handling.
func (f *Frame) handlingLen() int {
	if f.rare == nil {
		return 0
	}
	return len(f.rare.handling)
}

// locals returns the slots of the frame's local variables.
func (f *Frame) locals() []Object { return f.slots[:len(f.Code.VarNames)] }

// cell returns the frame's i-th cell (Code.CellVars, then Code.FreeVars).
func (f *Frame) cell(i int) *Cell {
	c, _ := f.slots[len(f.Code.VarNames)+i].(*Cell)
	return c
}

// numCells returns how many cells the frame has.
func (f *Frame) numCells() int { return len(f.Code.CellVars) + len(f.Code.FreeVars) }

// frameObject wraps a frame for Python code, which pins it.
func frameObject(f *Frame) *FrameObject {
	f.escaped = true
	return &FrameObject{f}
}

// maxPooledFrames bounds the recycled frames kept per code object.
const maxPooledFrames = 128

// recycle keeps a finished plain-call frame for the next call of the
// same code: frames are the VM's most frequent allocation.
func (f *Frame) recycle() {
	if f.escaped {
		return
	}
	cc := f.cc
	if len(cc.free) >= maxPooledFrames {
		return
	}
	if !f.finished {
		// Only frames that returned or raised have cleared slots.
		clear(f.slots)
	}
	f.Globals, f.Func, f.Back = nil, nil, nil
	f.inlined, f.initOf, f.binopOf = false, false, false
	f.blocks = f.blocks[:0]
	if r := f.rare; r != nil {
		r.ns = nil
		r.handling = r.handling[:0]
	}
	cc.free = append(cc.free, f)
}

type blockKind uint8

const (
	// blockFinally: SETUP_FINALLY / SETUP_WITH; an exception jumps to
	// handler with the stack cut to level and the exception pushed.
	blockFinally blockKind = iota
	// blockExceptHandler marks a running except/finally handler; unwinding
	// past it pops the frame's handled exception.
	blockExceptHandler
)

type block struct {
	kind    blockKind
	handler int32
	level   int32
}

// Line returns the line of the instruction the frame is executing (or
// suspended at).
func (f *Frame) Line() int {
	pc := f.pc - 1
	if !f.started {
		return f.Code.FirstLine
	}
	return f.Code.LineAt(pc)
}

// codeCache is what the VM memoises on a compile.Code.
type codeCache struct {
	// instrs are the code's instructions with common pairs fused (see
	// fuse); indexes are those of Code.Instrs.
	instrs []compile.Instr
	consts []Object
	free   []*Frame
	// nameHashes are the str hashes of Code.Names, computed once: name
	// lookups in the eval loop skip hashing.
	nameHashes []int64
	// nameObjs are Code.Names as str objects, boxed once.
	nameObjs []Object
	// stackBase is the slot where frames of this code start their value
	// stack: after the locals and the cells.
	stackBase int
	// simpleArgs is the number of parameters of a function whose calls
	// may skip bindArgs and the cell setup when given exactly that many
	// positional arguments (see pushSimple): only positional parameters,
	// no cells, not a generator. -1 for other code.
	simpleArgs int
	// finished stands in for the frames of generators of this code that
	// have returned (see Generator.resume).
	finished *Frame
	// globals holds the inline caches of LOAD_GLOBAL, LOAD_NAME and
	// STORE_NAME, by instruction index (allocated on first use).
	globals []globalCache
	// attrs holds the inline caches of attribute instructions, by
	// instruction index (allocated on first use).
	attrs []attrCache
}

// cacheOf returns the VM's memo for a code object, creating it once.
func cacheOf(c *compile.Code) *codeCache {
	if cc, ok := c.Cache.(*codeCache); ok {
		return cc
	}
	out := make([]Object, len(c.Consts))
	for i, v := range c.Consts {
		out[i] = constObject(v)
	}
	hashes := make([]int64, len(c.Names))
	objs := make([]Object, len(c.Names))
	for i, n := range c.Names {
		hashes[i] = strHash(n)
		objs[i] = Str(n)
	}
	cc := &codeCache{consts: out, nameHashes: hashes, nameObjs: objs, instrs: fuse(c.Instrs),
		stackBase: len(c.VarNames) + len(c.CellVars) + len(c.FreeVars), simpleArgs: -1}
	if cc.stackBase == len(c.VarNames) && c.KwOnlyCount == 0 &&
		c.Flags&(genFlags|compile.FlagVarArgs|compile.FlagVarKeywords) == 0 {
		cc.simpleArgs = c.ArgCount
	}
	c.Cache = cc
	return cc
}

// finishedFrame returns the code's shared stand-in for a returned
// generator frame like f.
func (cc *codeCache) finishedFrame(f *Frame) *Frame {
	if cc.finished == nil {
		cc.finished = &Frame{Code: f.Code, cc: cc, started: true, finished: true, pc: f.pc, escaped: true}
	}
	return cc.finished
}

// constsOf converts a code object's constants to Objects, once.
func constsOf(c *compile.Code) []Object { return cacheOf(c).consts }

// codeObject wraps a *compile.Code constant (a nested function's code).
type codeObject struct{ c *compile.Code }

func (*codeObject) Type() *Type { return CodeType }

// kwnamesObject is a constant list of keyword-argument names.
type kwnamesObject struct{ names []string }

func (*kwnamesObject) Type() *Type { return TupleType }

func constObject(v any) Object {
	switch x := v.(type) {
	case nil:
		return None
	case bool:
		return Bool(x)
	case *big.Int:
		return MakeInt(x)
	case int:
		return Int(x)
	case float64:
		return Float(x)
	case complex128:
		return Complex(x)
	case string:
		return Str(x)
	case compile.BytesConst:
		return Bytes(x)
	case compile.EllipsisConst:
		return Ellipsis
	case *compile.Code:
		return &codeObject{x}
	case []string:
		return &kwnamesObject{x}
	case []any:
		t := make(Tuple, len(x))
		for i, e := range x {
			t[i] = constObject(e)
		}
		return t
	}
	return None
}

// Complex is a Python complex number (only enough for literals and
// arithmetic that tutorials show).
type Complex complex128

// Type returns complex.
func (Complex) Type() *Type { return ComplexType }

// newFrame prepares a frame for code with the given globals.
func (th *Thread) newFrame(code *compile.Code, globals *Dict, closure []*Cell) *Frame {
	var f *Frame
	if cc, ok := code.Cache.(*codeCache); ok && len(cc.free) > 0 {
		f = cc.free[len(cc.free)-1]
		cc.free = cc.free[:len(cc.free)-1]
		// Slots were cleared when the frame finished (see recycle);
		// a frame recycled by a return in the eval loop may still name
		// its last caller and function.
		f.Globals, f.Back, f.Func = globals, nil, nil
		f.pc = 0
		f.started, f.finished = false, false
	} else {
		cc := cacheOf(code)
		f = &Frame{
			Code:    code,
			Globals: globals,
			slots:   make([]Object, cc.stackBase+code.StackSize),
			cc:      cc,
		}
	}
	f.sp = f.cc.stackBase
	if f.cc.stackBase > len(code.VarNames) {
		// Cells are made afresh for every call: closures made by the
		// last one may still hold theirs.
		cells := f.slots[len(code.VarNames):f.cc.stackBase]
		for i := range code.CellVars {
			cells[i] = &Cell{}
		}
		for i, c := range closure {
			cells[len(code.CellVars)+i] = c
		}
	}
	return f
}

// initCells copies parameters that are also cells into their cells.
func (f *Frame) initCells() {
	for i, a := range f.Code.Cell2Arg {
		if a >= 0 {
			f.cell(i).V = f.slots[a]
			f.slots[a] = nil
		}
	}
}
