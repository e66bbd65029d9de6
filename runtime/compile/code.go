// Package compile turns a parsed module (package syntax) into Code objects:
// flat instruction lists for the VM in package py.
//
// The instruction set is a small stack machine in the spirit of CPython's
// 3.8-era bytecode: exception handling uses a block stack (SETUP_FINALLY
// pushes a handler, POP_BLOCK removes it), `finally` bodies are emitted once
// on the normal path and once on the exceptional path, and `yield from` /
// `await` delegate with a single YIELD_FROM instruction that re-executes
// itself on every resumption until the delegate returns.
//
// Scope analysis (scope.go) decides for every name whether it is a fast
// local, a cell (captured by an inner function), a free variable (captured
// from an outer one), a global, or a class-body name.
package compile

import "fmt"

// Op is an instruction's operation.
type Op uint8

// Instr is one instruction: an operation and its integer argument.
type Instr struct {
	Op  Op
	Arg int32
}

// Code flags.
const (
	FlagVarArgs = 1 << iota
	FlagVarKeywords
	FlagGenerator
	FlagCoroutine
	FlagAsyncGenerator
	// FlagClassBody: the code of a class statement's body; names live in
	// a namespace dict rather than fast locals.
	FlagClassBody
	// FlagModule: module-level code; names are globals.
	FlagModule
	// FlagIterableCoroutine: a generator function made a coroutine by
	// types.coroutine (CO_ITERABLE_COROUTINE): its generators may be
	// awaited and may `yield from` coroutines.
	FlagIterableCoroutine
)

// Code is a compiled function, class body or module.
type Code struct {
	Name      string
	Qualname  string
	Filename  string
	FirstLine int
	Flags     int
	Instrs    []Instr
	// Lines holds the source line of each instruction.
	Lines []int32
	// Consts are Go values: nil (None), bool, *big.Int, float64,
	// complex128, string, BytesConst, EllipsisConst, *Code, or []string
	// (keyword names of a call, or a from-import list).
	Consts []any
	Names  []string
	// VarNames are the fast locals; parameters come first, in order:
	// positional (incl. positional-only), keyword-only, *args, **kwargs.
	VarNames     []string
	CellVars     []string
	FreeVars     []string
	ArgCount     int // positional parameters, incl. positional-only
	PosOnlyCount int
	KwOnlyCount  int
	// Cell2Arg maps a cell variable to the parameter it must be
	// initialised from (-1 when it is not a parameter).
	Cell2Arg []int
	// StackSize is an upper bound of the value stack depth.
	StackSize int
	// Doc is the docstring of a function, class or module, when HasDoc.
	Doc    string
	HasDoc bool
	// Cache is free for the VM to memoise per-code data (converted
	// constants, inline caches). The compiler never reads it.
	Cache any
}

// LineAt returns the source line of instruction pc.
func (c *Code) LineAt(pc int) int {
	if pc < 0 {
		pc = 0
	}
	if pc >= len(c.Lines) {
		if len(c.Lines) == 0 {
			return c.FirstLine
		}
		pc = len(c.Lines) - 1
	}
	return int(c.Lines[pc])
}

// BytesConst is the constant value of a bytes literal.
type BytesConst string

// EllipsisConst is the constant value of `...`.
type EllipsisConst struct{}

// Operations. The comment after each gives its argument and stack effect.
const (
	NOP             Op = iota
	POP_TOP            // a ->
	ROT_TWO            // a b -> b a
	ROT_THREE          // a b c -> c a b
	ROT_FOUR           // a b c d -> d a b c
	DUP_TOP            // a -> a a
	DUP_TOP_TWO        // a b -> a b a b
	LOAD_CONST         // consts[arg]
	LOAD_FAST          // varnames[arg]
	STORE_FAST         //
	DELETE_FAST        //
	LOAD_DEREF         // cells[arg] (cellvars then freevars)
	STORE_DEREF        //
	DELETE_DEREF       //
	LOAD_CLASSDEREF    // class body reading a free variable: ns first, then cell
	LOAD_CLOSURE       // push the cell itself
	LOAD_GLOBAL        // names[arg]
	STORE_GLOBAL       //
	DELETE_GLOBAL      //
	LOAD_NAME          // names[arg], in the namespace, then globals, builtins
	STORE_NAME         //
	DELETE_NAME        //
	LOAD_ATTR          // obj -> obj.names[arg]
	STORE_ATTR         // value obj ->
	DELETE_ATTR        // obj ->
	LOAD_METHOD        // obj -> meth self | func NULL
	CALL_METHOD        // meth self args... -> result (arg = nargs)
	CALL_METHOD_KW     // meth self args... kwnames -> result (arg = nargs incl. kw values)
	BINARY_SUBSCR      // obj key -> obj[key]
	STORE_SUBSCR       // value obj key ->
	DELETE_SUBSCR      // obj key ->
	BINARY_OP          // a b -> a op b (arg = BinOp)
	INPLACE_OP         // a b -> a op= b (arg = BinOp)
	UNARY_NEGATIVE     //
	UNARY_POSITIVE     //
	UNARY_NOT          //
	UNARY_INVERT       //
	COMPARE_OP         // a b -> a cmp b (arg = CmpOp)
	IS_OP              // a b -> a is b (arg 1: is not)
	CONTAINS_OP        // a b -> a in b (arg 1: not in)
	JUMP               // pc = arg
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP
	GET_ITER    // obj -> iter
	FOR_ITER    // iter -> iter next | (pop, pc = arg) when exhausted
	BUILD_TUPLE // n items -> tuple
	BUILD_LIST
	BUILD_SET
	BUILD_MAP    // 2n items -> dict
	BUILD_STRING // n strs -> str
	BUILD_SLICE  // 2 or 3 -> slice
	LIST_APPEND  // list at stack[-arg-1] ; v ->
	SET_ADD
	MAP_ADD     // k v ->
	LIST_EXTEND // list at stack[-arg-1]; iterable ->
	SET_UPDATE
	DICT_UPDATE   // dict at stack[-arg-1]; mapping ->
	DICT_MERGE    // like DICT_UPDATE but duplicate keys are an error (calls)
	LIST_TO_TUPLE //
	FORMAT_VALUE  // v [spec] -> str (arg: conversion 0 none 1 s 2 r 3 a, |4 when a spec is on the stack)
	CALL          // f args... -> result (arg = nargs)
	CALL_KW       // f args... kwnames(const []string) -> result (arg = nargs incl. kw values)
	CALL_EX       // f argstuple [kwargsdict] -> result (arg 1: kwargs present)
	MAKE_FUNCTION // [defaults] [kwdefaults] [annotations] [closure tuple] code -> func (arg flags 1,2,4,8)
	RETURN_VALUE
	YIELD_VALUE
	YIELD_FROM // iter value -> iter (yield) ... | result
	GET_AWAITABLE
	GET_YIELD_FROM_ITER
	GET_AITER
	GET_ANEXT
	END_ASYNC_FOR // the handler of `async for`: StopAsyncIteration ends the loop
	SETUP_FINALLY // push a handler block at pc arg
	POP_BLOCK
	POP_EXCEPT // leave an except handler: restore the previous handled exception
	RERAISE    // exc -> (raise it again, keeping its traceback)
	CHECK_EXC_MATCH
	CHECK_EG_MATCH
	RAISE_VARARGS // arg 0: re-raise, 1: raise X, 2: raise X from Y
	SETUP_WITH    // mgr -> exit enter_result, with a handler at arg
	BEFORE_ASYNC_WITH
	SETUP_ASYNC_WITH
	WITH_EXCEPT_START // exit exc -> exit exc result
	IMPORT_NAME       // level fromlist -> module (names[arg])
	IMPORT_FROM       // module -> module attr
	IMPORT_STAR
	LOAD_BUILD_CLASS
	UNPACK_SEQUENCE // seq -> n items, last first
	UNPACK_EX       // arg = before | after<<8
	LOAD_ASSERTION_ERROR
	SETUP_ANNOTATIONS
	PREP_RERAISE_STAR
	numOps
)

// NumOps is the number of opcodes the compiler emits; the VM numbers its
// own fused instructions from here.
const NumOps = numOps

var opNames = [...]string{
	"NOP", "POP_TOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "DUP_TOP", "DUP_TOP_TWO", "LOAD_CONST",
	"LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
	"LOAD_CLASSDEREF", "LOAD_CLOSURE", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME",
	"STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD",
	"CALL_METHOD", "CALL_METHOD_KW", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BINARY_OP",
	"INPLACE_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_NOT", "UNARY_INVERT", "COMPARE_OP",
	"IS_OP", "CONTAINS_OP", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP",
	"JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET",
	"BUILD_MAP", "BUILD_STRING", "BUILD_SLICE", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND",
	"SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "FORMAT_VALUE", "CALL", "CALL_KW",
	"CALL_EX", "MAKE_FUNCTION", "RETURN_VALUE", "YIELD_VALUE", "YIELD_FROM", "GET_AWAITABLE",
	"GET_YIELD_FROM_ITER", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "SETUP_FINALLY", "POP_BLOCK",
	"POP_EXCEPT", "RERAISE", "CHECK_EXC_MATCH", "CHECK_EG_MATCH", "RAISE_VARARGS", "SETUP_WITH",
	"BEFORE_ASYNC_WITH", "SETUP_ASYNC_WITH", "WITH_EXCEPT_START", "IMPORT_NAME", "IMPORT_FROM",
	"IMPORT_STAR", "LOAD_BUILD_CLASS", "UNPACK_SEQUENCE", "UNPACK_EX", "LOAD_ASSERTION_ERROR",
	"SETUP_ANNOTATIONS", "PREP_RERAISE_STAR",
}

// String returns the operation's name.
func (op Op) String() string {
	if int(op) < len(opNames) {
		return opNames[op]
	}
	return fmt.Sprintf("OP%d", op)
}

// BinOp numbers the binary operators (BINARY_OP / INPLACE_OP argument).
type BinOp int32

// Binary operators.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
)

// CmpOp numbers the rich comparisons (COMPARE_OP argument).
type CmpOp int32

// Comparisons.
const (
	CmpLt CmpOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)
