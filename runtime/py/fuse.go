package py

import "github.com/aioplay/aioplay/runtime/compile"

// Fused instructions: the VM rewrites the most frequent pairs of
// instructions into one, which saves a trip through the dispatch loop.
// A fused instruction takes the place of the pair's first; the second
// stays where it was (the fused one reads its argument there and skips
// it), so instruction indexes, and with them jump targets, line numbers,
// tracebacks and inline caches, are unchanged. A pair is fused only when
// nothing jumps to its second instruction.
const (
	// opLoadFastAttr is LOAD_FAST a; LOAD_ATTR b.
	opLoadFastAttr = compile.NumOps + iota
	// opLoadFastFast is LOAD_FAST a; LOAD_FAST b.
	opLoadFastFast
	// opLoadFastConst is LOAD_FAST a; LOAD_CONST b.
	opLoadFastConst
	// opCompareJump is COMPARE_OP a; POP_JUMP_IF_FALSE/TRUE b.
	opCompareJump
	// opForItemsUnpack is FOR_ITER a; UNPACK_SEQUENCE 2 (for k, v in ...).
	opForItemsUnpack
	// opLoadFastConstBinop is LOAD_FAST a; LOAD_CONST b; BINARY_OP or
	// INPLACE_OP c (n - 1, i * 3): int arithmetic is done at once,
	// anything else goes on with the BINARY_OP.
	opLoadFastConstBinop
	// opLoadFastConstCompareJump is LOAD_FAST a; LOAD_CONST b;
	// COMPARE_OP c; POP_JUMP_IF_FALSE/TRUE d (if n < 2:): ints are
	// compared at once, anything else goes on with the COMPARE_OP
	// (itself fused with the jump).
	opLoadFastConstCompareJump
	// opConstCompareJump is LOAD_CONST a; COMPARE_OP b;
	// POP_JUMP_IF_FALSE/TRUE c (if x % 3 == 0:), the same way.
	opConstCompareJump
	// opLoadFastReturn is LOAD_FAST a; RETURN_VALUE.
	opLoadFastReturn
	// opLoadConstReturn is LOAD_CONST a; RETURN_VALUE (return None).
	opLoadConstReturn
	// opForStoreFast is FOR_ITER a; STORE_FAST b (for x in ...: in a
	// function).
	opForStoreFast
	// opForStoreGlobal is FOR_ITER a; STORE_GLOBAL b (the same at
	// module level).
	opForStoreGlobal
	// opConstBinop is LOAD_CONST a; BINARY_OP or INPLACE_OP b (x % 3
	// where x is no fast local): ints at once, anything else goes on
	// with the operation.
	opConstBinop
	// opBinopStore is BINARY_OP or INPLACE_OP a; STORE_FAST or
	// STORE_GLOBAL b (total += x): ints at once, anything else runs the
	// operation as itself.
	opBinopStore
	// opBinopReturn is BINARY_OP or INPLACE_OP a; RETURN_VALUE (return
	// a + b), the same way.
	opBinopReturn
	// opLoadFastStoreAttr is LOAD_FAST a; STORE_ATTR b (self.x = ...):
	// a hit of the store's inline cache is done at once, anything else
	// goes on with the STORE_ATTR.
	opLoadFastStoreAttr
	// opLoadFastFastStoreAttr is LOAD_FAST a; LOAD_FAST b; STORE_ATTR c
	// (self.x = x), the second two fused as opLoadFastStoreAttr.
	opLoadFastFastStoreAttr
)

// fuse returns a copy of code with the fusable pairs rewritten.
func fuse(code []compile.Instr) []compile.Instr {
	out := append([]compile.Instr(nil), code...)
	target := make([]bool, len(code)+1)
	for _, in := range code {
		switch in.Op {
		case compile.JUMP, compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE,
			compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP, compile.FOR_ITER,
			compile.SETUP_FINALLY, compile.SETUP_WITH, compile.SETUP_ASYNC_WITH:
			if t := int(in.Arg); t >= 0 && t < len(target) {
				target[t] = true
			}
		}
	}
	// free reports whether instructions k+1 to k+n-1 exist and are no
	// jump's target, so that the n from k may be fused.
	free := func(k, n int) bool {
		if k+n > len(code) {
			return false
		}
		for j := k + 1; j < k+n; j++ {
			if target[j] {
				return false
			}
		}
		return true
	}
	isJump := func(op compile.Op) bool { return op == compile.POP_JUMP_IF_FALSE || op == compile.POP_JUMP_IF_TRUE }
	for k := 0; k+1 < len(code); k++ {
		// Longer runs first. A fused instruction that meets operands
		// it has no fast path for hands them to the instructions it
		// stands for (some of which are fused pairs themselves).
		switch code[k].Op {
		case compile.LOAD_FAST:
			if free(k, 4) && code[k+1].Op == compile.LOAD_CONST && code[k+2].Op == compile.COMPARE_OP && isJump(code[k+3].Op) {
				out[k].Op = opLoadFastConstCompareJump
				out[k+2].Op = opCompareJump
				k += 3
				continue
			}
			if free(k, 3) && code[k+1].Op == compile.LOAD_CONST && (code[k+2].Op == compile.BINARY_OP || code[k+2].Op == compile.INPLACE_OP) {
				out[k].Op = opLoadFastConstBinop
				k += 2
				continue
			}
			if free(k, 2) && code[k+1].Op == compile.RETURN_VALUE {
				out[k].Op = opLoadFastReturn
				k++
				continue
			}
			if free(k, 3) && code[k+1].Op == compile.LOAD_FAST && code[k+2].Op == compile.STORE_ATTR {
				out[k].Op = opLoadFastFastStoreAttr
				out[k+1].Op = opLoadFastStoreAttr
				k += 2
				continue
			}
			if free(k, 2) && code[k+1].Op == compile.STORE_ATTR {
				out[k].Op = opLoadFastStoreAttr
				k++
				continue
			}
		case compile.FOR_ITER:
			if free(k, 2) && code[k+1].Op == compile.STORE_FAST {
				out[k].Op = opForStoreFast
				k++
				continue
			}
			if free(k, 2) && code[k+1].Op == compile.STORE_GLOBAL {
				out[k].Op = opForStoreGlobal
				k++
				continue
			}
		case compile.BINARY_OP, compile.INPLACE_OP:
			if free(k, 2) && (code[k+1].Op == compile.STORE_FAST || code[k+1].Op == compile.STORE_GLOBAL) {
				out[k].Op = opBinopStore
				k++
				continue
			}
			if free(k, 2) && code[k+1].Op == compile.RETURN_VALUE {
				out[k].Op = opBinopReturn
				k++
				continue
			}
		case compile.LOAD_CONST:
			if free(k, 2) && (code[k+1].Op == compile.BINARY_OP || code[k+1].Op == compile.INPLACE_OP) {
				out[k].Op = opConstBinop
				k++
				continue
			}
			if free(k, 2) && code[k+1].Op == compile.RETURN_VALUE {
				out[k].Op = opLoadConstReturn
				k++
				continue
			}
			if free(k, 3) && code[k+1].Op == compile.COMPARE_OP && isJump(code[k+2].Op) {
				out[k].Op = opConstCompareJump
				out[k+1].Op = opCompareJump
				k += 2
				continue
			}
		}
		if target[k+1] {
			continue
		}
		if code[k].Op == compile.FOR_ITER {
			if next := code[k+1]; next.Op == compile.UNPACK_SEQUENCE && next.Arg == 2 {
				out[k].Op = opForItemsUnpack
				k++
			}
			continue
		}
		if code[k].Op == compile.COMPARE_OP {
			if op := code[k+1].Op; op == compile.POP_JUMP_IF_FALSE || op == compile.POP_JUMP_IF_TRUE {
				out[k].Op = opCompareJump
				k++
			}
			continue
		}
		if code[k].Op != compile.LOAD_FAST {
			continue
		}
		switch code[k+1].Op {
		case compile.LOAD_ATTR:
			out[k].Op = opLoadFastAttr
		case compile.LOAD_FAST:
			out[k].Op = opLoadFastFast
		case compile.LOAD_CONST:
			out[k].Op = opLoadFastConst
		default:
			continue
		}
		k++ // the second of a pair starts no other pair
	}
	return out
}
