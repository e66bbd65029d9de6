package compile

import (
	"math/big"

	"github.com/aioplay/aioplay/runtime/syntax"
)

func binOpOf(op syntax.Operator) BinOp {
	switch op {
	case syntax.Add:
		return OpAdd
	case syntax.Sub:
		return OpSub
	case syntax.Mult:
		return OpMul
	case syntax.MatMult:
		return OpMatMul
	case syntax.Div:
		return OpTrueDiv
	case syntax.Mod:
		return OpMod
	case syntax.Pow:
		return OpPow
	case syntax.LShift:
		return OpLShift
	case syntax.RShift:
		return OpRShift
	case syntax.BitOr:
		return OpOr
	case syntax.BitXor:
		return OpXor
	case syntax.BitAnd:
		return OpAnd
	}
	return OpFloorDiv
}

func (c *compiler) constValue(v any) any {
	switch x := v.(type) {
	case syntax.NoneType:
		return nil
	case syntax.EllipsisType:
		return EllipsisConst{}
	case syntax.Bytes:
		return BytesConst(x)
	case *big.Int, float64, complex128, string, bool:
		return x
	}
	return nil
}

// jumpIf evaluates a condition and jumps to target when its truth equals
// cond, short-circuiting and/or/not without building bool values.
func (c *compiler) jumpIf(e syntax.Expr, cond bool, target *label) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, !cond, target)
			return
		}
	case *syntax.BoolOp:
		isOr := x.Op == syntax.Or
		if isOr == cond {
			for _, v := range x.Values {
				c.jumpIf(v, cond, target)
			}
			return
		}
		skip := c.newLabel()
		for _, v := range x.Values[:len(x.Values)-1] {
			c.jumpIf(v, !cond, skip)
		}
		c.jumpIf(x.Values[len(x.Values)-1], cond, target)
		c.bind(skip)
		return
	}
	c.expr(e)
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, target)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, target)
	}
}

func (c *compiler) expr(n syntax.Expr) {
	old := c.setLine(n)
	defer func() { c.u.line = old }()
	switch e := n.(type) {
	case *syntax.Constant:
		c.emitConst(c.constValue(e.Value))
	case *syntax.Name:
		c.nameOp(e.ID, syntax.Load)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.u.line = e.EndLineno
		if e.Lineno == e.EndLineno {
			c.u.line = e.Lineno
		}
		c.emitNamed(LOAD_ATTR, e.Attr)
	case *syntax.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
		c.u.line = e.Lineno
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper} {
			if x == nil {
				c.emitConst(nil)
			} else {
				c.expr(x)
			}
		}
		if e.Step != nil {
			c.expr(e.Step)
			c.emit(BUILD_SLICE, 3)
		} else {
			c.emit(BUILD_SLICE, 2)
		}
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.u.line = e.Lineno
		c.emit(BINARY_OP, int(binOpOf(e.Op)))
	case *syntax.UnaryOp:
		c.expr(e.Operand)
		c.u.line = e.Lineno
		switch e.Op {
		case syntax.Not:
			c.emit(UNARY_NOT, 0)
		case syntax.USub:
			c.emit(UNARY_NEGATIVE, 0)
		case syntax.UAdd:
			c.emit(UNARY_POSITIVE, 0)
		default:
			c.emit(UNARY_INVERT, 0)
		}
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.emitJump(op, end)
			}
		}
		c.bind(end)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.expr(e.Body)
		c.emitJump(JUMP, end)
		c.bind(orelse)
		c.expr(e.Orelse)
		c.bind(end)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emit(DUP_TOP, 0)
		c.store(e.Target)
	case *syntax.Call:
		c.call(e)
	case *syntax.Tuple:
		c.sequence(e.Elts, BUILD_TUPLE)
	case *syntax.List:
		c.sequence(e.Elts, BUILD_LIST)
	case *syntax.Set:
		c.sequence(e.Elts, BUILD_SET)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			c.fstringPart(v)
		}
		if len(e.Values) != 1 {
			c.emit(BUILD_STRING, len(e.Values))
		}
	case *syntax.FormattedValue:
		c.fstringPart(e)
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil, BUILD_LIST)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil, BUILD_SET)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value, BUILD_MAP)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil, NOP)
	case *syntax.Await:
		c.expr(e.Value)
		c.u.line = e.Lineno
		c.emit(GET_AWAITABLE, 0)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.Yield:
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.emitConst(nil)
		}
		c.u.line = e.Lineno
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		c.expr(e.Value)
		c.u.line = e.Lineno
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.Starred:
		c.fail(e, "can't use starred expression here")
	default:
		c.fail(n, "unsupported expression")
	}
}

func (c *compiler) fstringPart(v syntax.Expr) {
	fv, ok := v.(*syntax.FormattedValue)
	if !ok {
		c.expr(v)
		return
	}
	c.expr(fv.Value)
	flags := 0
	switch fv.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if fv.FormatSpec != nil {
		c.expr(fv.FormatSpec)
		flags |= 4
	}
	c.emit(FORMAT_VALUE, flags)
}

func (c *compiler) compare(e *syntax.Compare) {
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		c.expr(e.Comparators[0])
		c.u.line = e.Lineno
		c.cmpOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range e.Ops {
		c.expr(e.Comparators[i])
		c.u.line = e.Lineno
		if i < len(e.Ops)-1 {
			c.emit(DUP_TOP, 0)
			c.emit(ROT_THREE, 0)
			c.cmpOp(op)
			c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.cmpOp(op)
		}
	}
	c.emitJump(JUMP, end)
	c.bind(cleanup)
	c.emit(ROT_TWO, 0)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

func (c *compiler) cmpOp(op syntax.CmpOp) {
	switch op {
	case syntax.Eq:
		c.emit(COMPARE_OP, int(CmpEq))
	case syntax.NotEq:
		c.emit(COMPARE_OP, int(CmpNe))
	case syntax.Lt:
		c.emit(COMPARE_OP, int(CmpLt))
	case syntax.LtE:
		c.emit(COMPARE_OP, int(CmpLe))
	case syntax.Gt:
		c.emit(COMPARE_OP, int(CmpGt))
	case syntax.GtE:
		c.emit(COMPARE_OP, int(CmpGe))
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	}
}

// allConst reports whether every element is a constant after CPython's
// AST optimiser (which folds -1 into a constant).
func allConst(elts []syntax.Expr) bool {
	for _, e := range elts {
		switch x := e.(type) {
		case *syntax.Constant:
		case *syntax.UnaryOp:
			if _, ok := x.Operand.(*syntax.Constant); !ok || (x.Op != syntax.USub && x.Op != syntax.UAdd) {
				return false
			}
		case *syntax.Tuple:
			// CPython's AST optimizer folds a tuple of constants into
			// a constant first.
			if hasStar(x.Elts) || !allConst(x.Elts) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func hasStar(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// sequence builds a tuple, list or set display, with *unpacking.
func (c *compiler) sequence(elts []syntax.Expr, build Op) {
	if build == BUILD_SET && len(elts) > 2 && allConst(elts) {
		// CPython folds a display of 3+ constants into a frozenset
		// constant merged into an empty set (BUILD_SET 0; SET_UPDATE);
		// the merge decides the printed order of a set of ints, so do
		// the same: build the elements in order, then merge.
		c.emit(BUILD_SET, 0)
		for _, e := range elts {
			c.expr(e)
		}
		c.emit(BUILD_SET, len(elts))
		// The constant is then rebuilt once more from its own iteration
		// order when the code object's constants are merged
		// (merge_consts_recursive), by sequential adds.
		c.emit(BUILD_LIST, 0)
		c.emit(ROT_TWO, 0)
		c.emit(LIST_EXTEND, 1)
		c.emit(BUILD_SET, 0)
		c.emit(ROT_TWO, 0)
		c.emit(SET_UPDATE, 1)
		c.emit(SET_UPDATE, 1)
		return
	}
	if !hasStar(elts) {
		for _, e := range elts {
			c.expr(e)
		}
		c.emit(build, len(elts))
		return
	}
	inner := BUILD_LIST
	extend := LIST_EXTEND
	appendOp := LIST_APPEND
	if build == BUILD_SET {
		inner, extend, appendOp = BUILD_SET, SET_UPDATE, SET_ADD
	}
	c.emit(inner, 0)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			c.emit(appendOp, 1)
		}
	}
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *syntax.Dict) {
	n := 0
	started := false
	for i, k := range e.Keys {
		if k == nil {
			if !started {
				c.emit(BUILD_MAP, n)
				started = true
			} else if n > 0 {
				c.emit(BUILD_MAP, n)
				c.emit(DICT_UPDATE, 1)
			}
			n = 0
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		n++
	}
	if !started {
		c.emit(BUILD_MAP, n)
	} else if n > 0 {
		c.emit(BUILD_MAP, n)
		c.emit(DICT_UPDATE, 1)
	}
}

// singleStar reports whether a call's positional arguments are one *x.
func singleStar(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

func (c *compiler) call(e *syntax.Call) {
	starArgs := hasStar(e.Args)
	starKw := false
	for _, k := range e.Keywords {
		if k.Arg == "" {
			starKw = true
		}
	}
	if starArgs || starKw {
		c.expr(e.Func)
		if s, ok := singleStar(e.Args); ok {
			// f(*x) passes x itself: CALL_EX names f when x is not
			// iterable.
			c.expr(s.Value)
		} else if starArgs {
			c.sequence(e.Args, BUILD_TUPLE)
		} else {
			for _, a := range e.Args {
				c.expr(a)
			}
			c.emit(BUILD_TUPLE, len(e.Args))
		}
		if len(e.Keywords) > 0 {
			c.emit(BUILD_MAP, 0)
			for _, k := range e.Keywords {
				if k.Arg == "" {
					c.expr(k.Value)
					c.emit(DICT_MERGE, 1)
				} else {
					// Merged like a **{name: value}, so that a name
					// repeated by a ** mapping is an error.
					c.emitConst(k.Arg)
					c.expr(k.Value)
					c.emit(BUILD_MAP, 1)
					c.emit(DICT_MERGE, 1)
				}
			}
			c.u.line = e.Lineno
			c.emit(CALL_EX, 1)
		} else {
			c.u.line = e.Lineno
			c.emit(CALL_EX, 0)
		}
		return
	}
	method := false
	if a, ok := e.Func.(*syntax.Attribute); ok {
		method = true
		c.expr(a.Value)
		c.u.line = a.EndLineno
		c.emitNamed(LOAD_METHOD, a.Attr)
	} else {
		c.expr(e.Func)
	}
	for _, a := range e.Args {
		c.expr(a)
	}
	var names []string
	for _, k := range e.Keywords {
		c.expr(k.Value)
		names = append(names, k.Arg)
	}
	n := len(e.Args) + len(names)
	c.u.line = e.Lineno
	if len(names) > 0 {
		c.emit(LOAD_CONST, len(c.u.code.Consts))
		c.u.code.Consts = append(c.u.code.Consts, names)
		if method {
			c.emit(CALL_METHOD_KW, n)
		} else {
			c.emit(CALL_KW, n)
		}
		return
	}
	if method {
		c.emit(CALL_METHOD, n)
	} else {
		c.emit(CALL, n)
	}
}

// makeClosure emits the closure tuple and MAKE_FUNCTION for code compiled
// from scope sc, with flags for defaults already on the stack.
func (c *compiler) makeFunction(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			idx, ok := c.u.cells[name]
			if !ok {
				// A class body passes its own cell for __class__.
				idx = c.u.cells[name]
			}
			c.emit(LOAD_CLOSURE, idx)
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= 8
	}
	c.emit(LOAD_CONST, len(c.u.code.Consts))
	c.u.code.Consts = append(c.u.code.Consts, code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) defaults(args *syntax.Arguments) int {
	flags := 0
	if args == nil {
		return 0
	}
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(args.Defaults))
		flags |= 1
	}
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			c.emitConst(args.Kwonlyargs[i].Arg)
			c.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		c.emit(BUILD_MAP, nkw)
		flags |= 2
	}
	return flags
}

// annotations emits the dict of a function's annotations (flag 4 of
// MAKE_FUNCTION), in CPython's order: regular then positional-only
// parameters, *args, keyword-only, **kwargs, return.
func (c *compiler) annotations(args *syntax.Arguments, s syntax.Stmt) int {
	var returns syntax.Expr
	switch d := s.(type) {
	case *syntax.FunctionDef:
		returns = d.Returns
	case *syntax.AsyncFunctionDef:
		returns = d.Returns
	}
	n := 0
	one := func(name string, ann syntax.Expr) {
		if ann != nil {
			c.emitConst(name)
			c.expr(ann)
			n++
		}
	}
	if args != nil {
		for _, list := range [][]*syntax.Arg{args.Args, args.Posonlyargs} {
			for _, a := range list {
				one(a.Arg, a.Annotation)
			}
		}
		if args.Vararg != nil {
			one(args.Vararg.Arg, args.Vararg.Annotation)
		}
		for _, a := range args.Kwonlyargs {
			one(a.Arg, a.Annotation)
		}
		if args.Kwarg != nil {
			one(args.Kwarg.Arg, args.Kwarg.Annotation)
		}
	}
	one("return", returns)
	if n == 0 {
		return 0
	}
	c.emit(BUILD_MAP, n)
	return 4
}

// findAnn reports whether a module or class body has an annotated
// assignment outside nested functions and classes (CPython's find_ann):
// such a body starts by creating __annotations__.
func findAnn(body []syntax.Stmt) bool {
	for _, st := range body {
		switch s := st.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.Try:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		case *syntax.TryStar:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func (c *compiler) qualname(name string) string {
	u := c.u
	if u.sc.kind == scopeModule {
		return name
	}
	if u.sc.kind == scopeFunction {
		return u.code.Qualname + ".<locals>." + name
	}
	return u.code.Qualname + "." + name
}

func (c *compiler) setArgCounts(code *Code, args *syntax.Arguments) {
	if args == nil {
		return
	}
	code.PosOnlyCount = len(args.Posonlyargs)
	code.ArgCount = len(args.Posonlyargs) + len(args.Args)
	code.KwOnlyCount = len(args.Kwonlyargs)
	if args.Vararg != nil {
		code.Flags |= FlagVarArgs
	}
	if args.Kwarg != nil {
		code.Flags |= FlagVarKeywords
	}
}

func (c *compiler) funcDef(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, async bool) {
	for _, d := range decos {
		c.expr(d)
	}
	c.u.line = s.Position().Lineno
	flags := c.defaults(args)
	flags |= c.annotations(args, s)
	sc := c.st.scopes[s]
	qual := c.qualname(name)
	firstLine := s.Position().Lineno
	if len(decos) > 0 {
		firstLine = decos[0].Position().Lineno
	}
	u := c.enter(sc, name, qual, firstLine)
	c.setArgCounts(u.code, args)
	c.setGenFlags(u.code, sc, async)
	c.docstring(body)
	c.stmts(body)
	c.emitConst(nil)
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.u.line = s.Position().Lineno
	c.makeFunction(code, flags)
	for range decos {
		c.emit(CALL, 1)
	}
	c.nameOp(c.st.bindName(s, name), syntax.Store)
}

func (c *compiler) setGenFlags(code *Code, sc *scope, async bool) {
	switch {
	case async && sc.isGenerator:
		code.Flags |= FlagAsyncGenerator
	case async:
		code.Flags |= FlagCoroutine
	case sc.isGenerator:
		code.Flags |= FlagGenerator
	}
}

func (c *compiler) lambda(e *syntax.Lambda) {
	flags := c.defaults(e.Args)
	sc := c.st.scopes[e]
	u := c.enter(sc, "<lambda>", c.qualname("<lambda>"), e.Lineno)
	c.setArgCounts(u.code, e.Args)
	c.setGenFlags(u.code, sc, false)
	c.expr(e.Body)
	if sc.isGenerator {
		c.emit(POP_TOP, 0)
		c.emitConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.makeFunction(code, flags)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	c.u.line = s.Lineno
	c.emit(LOAD_BUILD_CLASS, 0)
	sc := c.st.scopes[s]
	qual := c.qualname(s.Name)
	firstLine := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].Position().Lineno
	}
	u := c.enter(sc, s.Name, qual, firstLine)
	u.code.Flags |= FlagClassBody
	if findAnn(s.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	c.docstring(s.Body)
	if u.code.HasDoc {
		c.emitConst(u.code.Doc)
		c.emitNamed(STORE_NAME, "__doc__")
	}
	c.stmts(s.Body)
	c.emitConst(nil)
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.u.line = s.Lineno
	c.makeFunction(code, 0)
	c.emitConst(s.Name)
	for _, b := range s.Bases {
		c.expr(b)
	}
	var names []string
	for _, k := range s.Keywords {
		c.expr(k.Value)
		names = append(names, k.Arg)
	}
	c.u.line = s.Lineno
	if len(names) > 0 {
		c.emit(LOAD_CONST, len(c.u.code.Consts))
		c.u.code.Consts = append(c.u.code.Consts, names)
		c.emit(CALL_KW, 2+len(s.Bases)+len(names))
	} else {
		c.emit(CALL, 2+len(s.Bases))
	}
	for range s.DecoratorList {
		c.emit(CALL, 1)
	}
	c.nameOp(c.st.bindName(s, s.Name), syntax.Store)
}

// comprehension compiles a comprehension as a nested function called with
// the first iterable's iterator.
func (c *compiler) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, val syntax.Expr, build Op) {
	sc := c.st.scopes[e]
	outerAsync := gens[0].IsAsync != 0
	c.expr(gens[0].Iter)
	u := c.enter(sc, name, c.qualname(name), e.Position().Lineno)
	u.code.ArgCount = 1
	isGen := build == NOP
	if sc.isCoroutine {
		if isGen {
			u.code.Flags |= FlagAsyncGenerator
		} else {
			u.code.Flags |= FlagCoroutine
		}
	} else if isGen {
		u.code.Flags |= FlagGenerator
	}
	if !isGen {
		c.emit(build, 0)
	}
	c.compGenerator(gens, 0, elt, val, build)
	if isGen {
		c.emitConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	// The iterator was evaluated before the function object is made:
	// rotate it above the function.
	c.u.line = e.Position().Lineno
	if outerAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.makeFunction(code, 0)
	c.emit(ROT_TWO, 0)
	c.emit(CALL, 1)
	if sc.isCoroutine && !isGen {
		c.emit(GET_AWAITABLE, 0)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
	}
}

func (c *compiler) compGenerator(gens []*syntax.Comprehension, i int, elt, val syntax.Expr, build Op) {
	g := gens[i]
	start, end, ifCleanup := c.newLabel(), c.newLabel(), c.newLabel()
	async := g.IsAsync != 0
	if i == 0 {
		c.emit(LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		if async {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
	}
	c.bind(start)
	if async {
		c.emitJump(SETUP_FINALLY, end)
		c.emit(GET_ANEXT, 0)
		c.emitConst(nil)
		c.emit(YIELD_FROM, 0)
		c.emit(POP_BLOCK, 0)
	} else {
		c.emitJump(FOR_ITER, end)
	}
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, ifCleanup)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, elt, val, build)
	} else {
		depth := len(gens) + 1
		switch build {
		case NOP:
			c.expr(elt)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		case BUILD_LIST:
			c.expr(elt)
			c.emit(LIST_APPEND, depth)
		case BUILD_SET:
			c.expr(elt)
			c.emit(SET_ADD, depth)
		case BUILD_MAP:
			c.expr(elt)
			c.expr(val)
			c.emit(MAP_ADD, depth)
		}
	}
	c.bind(ifCleanup)
	c.emitJump(JUMP, start)
	c.bind(end)
	if async {
		c.emit(END_ASYNC_FOR, 0)
	}
}
