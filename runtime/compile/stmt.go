package compile

import (
	"github.com/aioplay/aioplay/runtime/syntax"
)

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(n syntax.Stmt) {
	c.u.line = n.Position().Lineno
	switch s := n.(type) {
	case *syntax.ExprStmt:
		if k, ok := s.Value.(*syntax.Constant); ok {
			_ = k
			return // docstrings and bare constants do nothing
		}
		c.expr(s.Value)
		c.emit(POP_TOP, 0)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(DUP_TOP, 0)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		if s.Value != nil {
			c.expr(s.Value)
			c.store(s.Target)
		}
		// Module and class bodies evaluate the annotation, and record
		// it in __annotations__ for a simple name; functions ignore it.
		if k := c.u.sc.kind; k == scopeModule || k == scopeClass {
			name, isName := s.Target.(*syntax.Name)
			c.expr(s.Annotation)
			if isName && s.Simple != 0 {
				c.emitNamed(LOAD_NAME, "__annotations__")
				c.emitConst(name.ID)
				c.emit(STORE_SUBSCR, 0)
			} else {
				c.emit(POP_TOP, 0)
			}
		}
	case *syntax.Pass:
	case *syntax.Return:
		if c.u.sc.isCoroutine && c.u.sc.isGenerator && s.Value != nil {
			c.fail(s, "'return' with value in async generator")
		}
		for _, b := range c.u.fblocks {
			if b.kind == fbExceptStar {
				c.fail(s, "'break', 'continue' and 'return' cannot appear in an except* block")
			}
		}
		// A return inside for loops pops their iterators (a generator
		// whose last reference that is closes then). When the value has
		// no side effects to order them against, the innermost loops'
		// iterators are popped first, which keeps the fused returns
		// (return x, return None) and needs no ROT_TWO.
		saved := c.u.fblocks
		if simpleReturnValue(s.Value) {
			n := len(c.u.fblocks)
			for n > 0 && (c.u.fblocks[n-1].kind == fbFor || c.u.fblocks[n-1].kind == fbWhile) {
				if c.u.fblocks[n-1].kind == fbFor {
					c.emit(POP_TOP, 0)
				}
				n--
			}
			c.u.fblocks = c.u.fblocks[:n]
		}
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			c.emitConst(nil)
		}
		c.unwindAll(true)
		c.u.fblocks = saved
		c.u.line = s.Lineno
		c.emit(RETURN_VALUE, 0)
	case *syntax.If:
		end := c.newLabel()
		next := c.newLabel()
		c.jumpIf(s.Test, false, next)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			c.emitJump(JUMP, end)
		}
		c.bind(next)
		c.stmts(s.Orelse)
		c.bind(end)
	case *syntax.While:
		top, orelse, brk := c.newLabel(), c.newLabel(), c.newLabel()
		c.bind(top)
		c.jumpIf(s.Test, false, orelse)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWhile, breakLabel: brk, continueLabel: top})
		c.stmts(s.Body)
		c.popFblock()
		c.emitJump(JUMP, top)
		c.bind(orelse)
		c.stmts(s.Orelse)
		c.bind(brk)
	case *syntax.For:
		c.expr(s.Iter)
		c.u.line = s.Lineno
		c.emit(GET_ITER, 0)
		top, exhaust, brk := c.newLabel(), c.newLabel(), c.newLabel()
		c.bind(top)
		c.u.line = s.Lineno
		c.emitJump(FOR_ITER, exhaust)
		c.store(s.Target)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, breakLabel: brk, continueLabel: top})
		c.stmts(s.Body)
		c.popFblock()
		c.emitJump(JUMP, top)
		c.bind(exhaust)
		c.stmts(s.Orelse)
		c.bind(brk)
	case *syntax.AsyncFor:
		c.expr(s.Iter)
		c.u.line = s.Lineno
		c.emit(GET_AITER, 0)
		top, endAsync, brk := c.newLabel(), c.newLabel(), c.newLabel()
		c.bind(top)
		c.u.line = s.Lineno
		c.emitJump(SETUP_FINALLY, endAsync)
		c.emit(GET_ANEXT, 0)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
		c.emit(POP_BLOCK, 0)
		c.store(s.Target)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbAsyncFor, breakLabel: brk, continueLabel: top})
		c.stmts(s.Body)
		c.popFblock()
		c.emitJump(JUMP, top)
		c.bind(endAsync)
		c.u.line = s.Lineno
		c.emit(END_ASYNC_FOR, 0)
		c.stmts(s.Orelse)
		c.bind(brk)
	case *syntax.Break:
		c.breakContinue(s, true)
	case *syntax.Continue:
		c.breakContinue(s, false)
	case *syntax.FunctionDef:
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, false)
	case *syntax.AsyncFunctionDef:
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, true)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				c.expr(s.Cause)
				n = 2
			}
		}
		c.u.line = s.Lineno
		c.emit(RAISE_VARARGS, n)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		} else {
			c.tryExcept(s.Body, s.Handlers, s.Orelse, false)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		} else {
			c.tryExcept(s.Body, s.Handlers, s.Orelse, true)
		}
	case *syntax.Assert:
		ok := c.newLabel()
		c.jumpIf(s.Test, true, ok)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emit(CALL, 1)
		}
		c.u.line = s.Lineno
		c.emit(RAISE_VARARGS, 1)
		c.bind(ok)
	case *syntax.Import:
		for _, a := range s.Names {
			c.emitConst(nil)
			if a.Asname != "" {
				c.emitConst(true)
			} else {
				c.emitConst(nil)
			}
			c.emitNamed(IMPORT_NAME, a.Name)
			if a.Asname != "" {
				c.nameOp(a.Asname, syntax.Store)
			} else {
				top := a.Name
				if i := indexDot(top); i >= 0 {
					top = top[:i]
				}
				c.nameOp(top, syntax.Store)
			}
		}
	case *syntax.ImportFrom:
		c.emitConst(nil)
		names := make([]string, len(s.Names))
		for i, a := range s.Names {
			names[i] = a.Name
		}
		c.emit(LOAD_CONST, len(c.u.code.Consts))
		c.u.code.Consts = append(c.u.code.Consts, names)
		mod := s.Module
		if s.Level > 0 {
			// Relative imports have no package to be relative to.
			c.fail(s, "attempted relative import with no known parent package")
		}
		c.emitNamed(IMPORT_NAME, mod)
		if len(s.Names) == 1 && s.Names[0].Name == "*" {
			c.emit(IMPORT_STAR, 0)
			return
		}
		for _, a := range s.Names {
			c.emitNamed(IMPORT_FROM, a.Name)
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			c.nameOp(name, syntax.Store)
		}
		c.emit(POP_TOP, 0)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.With:
		c.with(s.Items, s.Body, 0, false)
	case *syntax.AsyncWith:
		c.with(s.Items, s.Body, 0, true)
	default:
		c.fail(n, "unsupported statement")
	}
}

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwindOne emits the code that leaves fblock b on a return (preserveTOS:
// the return value is on top of the stack) or a break/continue.
func (c *compiler) unwindOne(b fblock, preserveTOS bool) {
	switch b.kind {
	case fbWhile:
	case fbFor:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_TOP, 0)
	case fbAsyncFor:
		if !preserveTOS {
			c.emit(POP_TOP, 0)
		}
	case fbTryExcept:
		c.emit(POP_BLOCK, 0)
	case fbFinallyTry:
		c.emit(POP_BLOCK, 0)
		// The finally body runs with this fblock gone, so a return inside
		// it does not run it again.
		saved := c.u.fblocks
		c.u.fblocks = append([]fblock(nil), saved...)
		for i := len(c.u.fblocks) - 1; i >= 0; i-- {
			if c.u.fblocks[i].kind == fbFinallyTry && &c.u.fblocks[i] != nil && sameFinal(c.u.fblocks[i], b) {
				c.u.fblocks = c.u.fblocks[:i]
				break
			}
		}
		c.stmts(b.finalBody)
		c.u.fblocks = saved
	case fbFinallyEnd:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_TOP, 0)
		c.emit(POP_EXCEPT, 0)
	case fbExceptBody:
		c.emit(POP_EXCEPT, 0)
	case fbHandlerName:
		c.emit(POP_BLOCK, 0)
		c.emitConst(nil)
		c.nameOp(b.name, syntax.Store)
		c.nameOp(b.name, syntax.Del)
	case fbWith, fbAsyncWith:
		c.emit(POP_BLOCK, 0)
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emitConst(nil)
		c.emitConst(nil)
		c.emitConst(nil)
		c.emit(CALL, 3)
		if b.kind == fbAsyncWith {
			c.emit(GET_AWAITABLE, 2)
			c.emitConst(nil)
			c.emit(YIELD_FROM, 0)
		}
		c.emit(POP_TOP, 0)
	}
}

func sameFinal(a, b fblock) bool {
	return len(a.finalBody) == len(b.finalBody) && (len(a.finalBody) == 0 || a.finalBody[0] == b.finalBody[0])
}

// unwindAll leaves every fblock (return).
func (c *compiler) unwindAll(preserveTOS bool) {
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= 0; i-- {
		c.u.fblocks = saved[:i]
		c.unwindOne(saved[i], preserveTOS)
	}
	c.u.fblocks = saved
}

func (c *compiler) breakContinue(s syntax.Stmt, isBreak bool) {
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= 0; i-- {
		if saved[i].kind == fbWhile || saved[i].kind == fbFor || saved[i].kind == fbAsyncFor {
			break
		}
		if saved[i].kind == fbExceptStar {
			c.fail(s, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
	}
	for i := len(saved) - 1; i >= 0; i-- {
		b := saved[i]
		if b.kind == fbWhile || b.kind == fbFor || b.kind == fbAsyncFor {
			if isBreak {
				c.u.fblocks = saved[:i]
				c.unwindOne(b, false)
				c.u.fblocks = saved
				c.u.line = s.Position().Lineno
				c.emitJump(JUMP, b.breakLabel)
			} else {
				c.u.fblocks = saved
				c.u.line = s.Position().Lineno
				c.emitJump(JUMP, b.continueLabel)
			}
			return
		}
		c.u.fblocks = saved[:i]
		c.unwindOne(b, false)
	}
	c.u.fblocks = saved
	if isBreak {
		c.fail(s, "'break' outside loop")
	}
	c.fail(s, "'continue' not properly in loop")
}

func (c *compiler) tryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt, star bool) {
	handler, end := c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(body)
	c.popFblock()
	c.emit(POP_BLOCK, 0)
	c.stmts(orelse)
	c.emitJump(JUMP, end)
	c.bind(handler)
	if star {
		c.exceptStarHandlers(handlers, end)
	} else {
		c.exceptHandlers(handlers, end)
	}
	c.bind(end)
}

// exceptHandlers compiles the except clauses; the exception is on the
// stack and an except-handler block is active.
func (c *compiler) exceptHandlers(handlers []*syntax.ExceptHandler, end *label) {
	for i, h := range handlers {
		c.u.line = h.Lineno
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.u.line = h.Lineno
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		} else if i != len(handlers)-1 {
			c.fail(h, "default 'except:' must be last")
		}
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
			cleanup := c.newLabel()
			c.emitJump(SETUP_FINALLY, cleanup)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExceptBody}, fblock{kind: fbHandlerName, name: h.Name})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-2]
			c.emit(POP_BLOCK, 0)
			c.emit(POP_EXCEPT, 0)
			c.emitConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.emitJump(JUMP, end)
			// cleanup on exception inside the body: exc2 on stack
			c.bind(cleanup)
			c.emitConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExceptBody})
			c.stmts(h.Body)
			c.popFblock()
			c.emit(POP_EXCEPT, 0)
			c.emitJump(JUMP, end)
		}
		c.bind(next)
	}
	c.emit(RERAISE, 0)
}

// exceptStarHandlers compiles except* clauses as CPython 3.11 does. The
// stack holds the exception (orig) with an except-handler block active;
// it becomes orig, a list of what the clauses raised, and the rest not
// matched yet. Each clause splits off what it matches (CHECK_EG_MATCH,
// which also makes the match the exception being handled) and runs its
// body; an exception escaping the body joins the list. At the end the
// rest joins the list too, and PREP_RERAISE_STAR combines the list into
// the exception to re-raise, or None when everything was handled.
func (c *compiler) exceptStarHandlers(handlers []*syntax.ExceptHandler, end *label) {
	c.emit(DUP_TOP, 0)
	c.emit(BUILD_LIST, 0)
	c.emit(ROT_TWO, 0) // orig, list, rest
	for _, h := range handlers {
		c.u.line = h.Lineno
		if h.Type == nil {
			c.fail(h, "expected one or more exception types")
		}
		noMatch, after, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
		c.expr(h.Type)
		c.u.line = h.Lineno
		c.emit(CHECK_EG_MATCH, 0) // orig, list, rest, match
		c.emit(DUP_TOP, 0)
		c.emitConst(nil)
		c.emit(IS_OP, 0)
		c.emitJump(POP_JUMP_IF_TRUE, noMatch)
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
		} else {
			c.emit(POP_TOP, 0)
		}
		c.emitJump(SETUP_FINALLY, cleanup)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExceptStar})
		c.stmts(h.Body)
		c.popFblock()
		c.emit(POP_BLOCK, 0)
		if h.Name != "" {
			c.emitConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		c.emitJump(JUMP, after)
		// An exception raised in the body: orig, list, rest, exc.
		c.bind(cleanup)
		if h.Name != "" {
			c.emitConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		c.emit(LIST_APPEND, 2)
		c.emit(POP_EXCEPT, 0)
		c.emitJump(JUMP, after)
		c.bind(noMatch)
		c.emit(POP_TOP, 0)
		c.bind(after)
	}
	handled := c.newLabel()
	c.emit(LIST_APPEND, 1) // orig, list
	c.emit(PREP_RERAISE_STAR, 0)
	c.emit(DUP_TOP, 0)
	c.emitConst(nil)
	c.emit(IS_OP, 0)
	c.emitJump(POP_JUMP_IF_TRUE, handled)
	c.emit(RERAISE, 0)
	c.bind(handled)
	c.emit(POP_TOP, 0)
	c.emit(POP_EXCEPT, 0)
	c.emitJump(JUMP, end)
}

func (c *compiler) tryFinally(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt, star bool) {
	finalLabel, end := c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, finalLabel)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyTry, finalBody: final})
	if len(handlers) > 0 {
		c.tryExcept(body, handlers, orelse, star)
	} else {
		c.stmts(body)
	}
	c.popFblock()
	c.emit(POP_BLOCK, 0)
	c.stmts(final)
	c.emitJump(JUMP, end)
	c.bind(finalLabel)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
	c.stmts(final)
	c.popFblock()
	c.emit(RERAISE, 0)
	c.bind(end)
}

func (c *compiler) with(items []*syntax.WithItem, body []syntax.Stmt, i int, async bool) {
	it := items[i]
	line := c.u.line
	c.expr(it.ContextExpr)
	c.u.line = line
	excLabel, end := c.newLabel(), c.newLabel()
	kind := fbWith
	if async {
		kind = fbAsyncWith
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.emit(GET_AWAITABLE, 1)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
		c.emitJump(SETUP_ASYNC_WITH, excLabel)
	} else {
		c.emitJump(SETUP_WITH, excLabel)
	}
	if it.OptionalVars != nil {
		c.store(it.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind})
	if i+1 < len(items) {
		c.with(items, body, i+1, async)
	} else {
		c.stmts(body)
	}
	c.popFblock()
	c.u.line = line
	c.emit(POP_BLOCK, 0)
	c.emitConst(nil)
	c.emitConst(nil)
	c.emitConst(nil)
	c.emit(CALL, 3)
	if async {
		c.emit(GET_AWAITABLE, 2)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
	}
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP, end)
	c.bind(excLabel)
	c.emit(WITH_EXCEPT_START, 0)
	if async {
		c.emit(GET_AWAITABLE, 2)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
	}
	suppress := c.newLabel()
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 0)
	c.bind(suppress)
	c.emit(POP_TOP, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := binOpOf(s.Op)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameOp(t.ID, syntax.Load)
		c.expr(s.Value)
		c.u.line = s.Lineno
		c.emit(INPLACE_OP, int(op))
		c.nameOp(t.ID, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(DUP_TOP, 0)
		c.emitNamed(LOAD_ATTR, t.Attr)
		c.expr(s.Value)
		c.u.line = s.Lineno
		c.emit(INPLACE_OP, int(op))
		c.emit(ROT_TWO, 0)
		c.emitNamed(STORE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(DUP_TOP_TWO, 0)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.u.line = s.Lineno
		c.emit(INPLACE_OP, int(op))
		c.emit(ROT_THREE, 0)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.fail(s, "'"+exprDesc(s.Target)+"' is an illegal expression for augmented assignment")
	}
}

func (c *compiler) store(t syntax.Expr) {
	switch x := t.(type) {
	case *syntax.Name:
		c.nameOp(x.ID, syntax.Store)
	case *syntax.Attribute:
		c.expr(x.Value)
		c.emitNamed(STORE_ATTR, x.Attr)
	case *syntax.Subscript:
		c.expr(x.Value)
		c.expr(x.Slice)
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpackStore(x.Elts, t)
	case *syntax.List:
		c.unpackStore(x.Elts, t)
	case *syntax.Starred:
		c.fail(x, "starred assignment target must be in a list or tuple")
	default:
		c.fail(t, "cannot assign to "+exprDesc(t))
	}
}

func (c *compiler) unpackStore(elts []syntax.Expr, t syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.fail(e, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	switch x := t.(type) {
	case *syntax.Name:
		c.nameOp(x.ID, syntax.Del)
	case *syntax.Attribute:
		c.expr(x.Value)
		c.emitNamed(DELETE_ATTR, x.Attr)
	case *syntax.Subscript:
		c.expr(x.Value)
		c.expr(x.Slice)
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range x.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range x.Elts {
			c.del(e)
		}
	default:
		c.fail(t, "cannot delete "+exprDesc(t))
	}
}

func exprDesc(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		return "literal"
	case *syntax.BinOp, *syntax.UnaryOp, *syntax.BoolOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.Await:
		return "await expression"
	}
	return "expression"
}

// simpleReturnValue reports whether evaluating a return's value has no
// effect that the loops' iterators being popped could be ordered against:
// no value, a constant or a name.
func simpleReturnValue(v syntax.Expr) bool {
	switch v.(type) {
	case nil, *syntax.Constant, *syntax.Name:
		return true
	}
	return false
}
