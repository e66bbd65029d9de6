package compile

// stackEffect returns the change in stack depth when instruction in falls
// through, and when it jumps (for jumping instructions).
func stackEffect(in Instr) (fall, jump int) {
	a := int(in.Arg)
	switch in.Op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME,
		LOAD_ATTR, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT, JUMP, GET_ITER,
		LIST_TO_TUPLE, YIELD_VALUE, GET_AWAITABLE, GET_YIELD_FROM_ITER, GET_AITER, POP_BLOCK,
		POP_EXCEPT, CHECK_EXC_MATCH, CHECK_EG_MATCH, SETUP_ANNOTATIONS:
		return 0, 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_SUBSCR,
		BINARY_OP, INPLACE_OP, COMPARE_OP, IS_OP, CONTAINS_OP, LIST_APPEND, SET_ADD, LIST_EXTEND,
		SET_UPDATE, DICT_UPDATE, DICT_MERGE, RETURN_VALUE, YIELD_FROM, IMPORT_NAME, IMPORT_STAR,
		RERAISE, PREP_RERAISE_STAR:
		return -1, -1
	case DUP_TOP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_GLOBAL,
		LOAD_NAME, LOAD_METHOD, GET_ANEXT, BEFORE_ASYNC_WITH, WITH_EXCEPT_START, IMPORT_FROM,
		LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR:
		return 1, 1
	case DUP_TOP_TWO:
		return 2, 2
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2, -2
	case STORE_SUBSCR:
		return -3, -3
	case CALL_METHOD:
		return -a - 1, 0
	case CALL_METHOD_KW:
		return -a - 2, 0
	case CALL:
		return -a, 0
	case CALL_KW:
		return -a - 1, 0
	case CALL_EX:
		return -1 - (a & 1), 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1, -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return -1, 0
	case FOR_ITER:
		return 1, -1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE:
		return 1 - a, 0
	case BUILD_MAP:
		return 1 - 2*a, 0
	case FORMAT_VALUE:
		if a&4 != 0 {
			return -1, 0
		}
		return 0, 0
	case MAKE_FUNCTION:
		n := 0
		for _, bit := range []int{1, 2, 4, 8} {
			if a&bit != 0 {
				n++
			}
		}
		return -n, 0
	case END_ASYNC_FOR:
		return -2, 0
	case SETUP_FINALLY:
		return 0, 1
	case SETUP_WITH:
		return 1, 1
	case SETUP_ASYNC_WITH:
		return 0, 0
	case RAISE_VARARGS:
		return -a, 0
	case UNPACK_SEQUENCE:
		return a - 1, 0
	case UNPACK_EX:
		return (a & 0xff) + (a >> 8), 0
	}
	return 0, 0
}

func isJump(op Op) bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		FOR_ITER, SETUP_FINALLY, SETUP_WITH, SETUP_ASYNC_WITH:
		return true
	}
	return false
}

func isTerminal(op Op) bool {
	switch op {
	case JUMP, RETURN_VALUE, RERAISE, RAISE_VARARGS:
		return true
	}
	return false
}

// stackDepth computes the maximum value-stack depth of code by walking
// every path through its instructions.
func stackDepth(code *Code) int {
	n := len(code.Instrs)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := 0
	work := []int{0}
	depth[0] = 0
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		for pc < n {
			in := code.Instrs[pc]
			fall, jump := stackEffect(in)
			if isJump(in.Op) {
				t := int(in.Arg)
				jd := d + jump
				if t >= 0 && t <= n && depth[t] < jd {
					depth[t] = jd
					work = append(work, t)
				}
			}
			if isTerminal(in.Op) {
				break
			}
			d += fall
			if d > maxDepth {
				maxDepth = d
			}
			pc++
			if pc < n && depth[pc] >= d {
				break
			}
			if pc < n {
				depth[pc] = d
			}
		}
	}
	// No instruction pushes beyond its net effect (the handler of a
	// SETUP_* block receives the exception at the block's level, which
	// the jump effect counts): frames have exactly this many stack slots.
	return maxDepth
}
