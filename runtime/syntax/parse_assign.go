package syntax

import "fmt"

// augOps maps augmented assignment tokens to their operators.
var augOps = map[Token]Operator{
	PLUSEQUAL: Add, MINEQUAL: Sub, STAREQUAL: Mult, ATEQUAL: MatMult,
	SLASHEQUAL: Div, PERCENTEQUAL: Mod, AMPEREQUAL: BitAnd, VBAREQUAL: BitOr,
	CIRCUMFLEXEQUAL: BitXor, LEFTSHIFTEQUAL: LShift, RIGHTSHIFTEQUAL: RShift,
	DOUBLESTAREQUAL: Pow, DOUBLESLASHEQUAL: FloorDiv,
}

// assignment parses an expression statement or any assignment form. It
// parses the left side as an expression and then checks it as a target,
// which is where CPython's invalid_assignment messages come from.
//
//	assignment:
//	    | NAME ':' expression ['=' annotated_rhs ]
//	    | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
//	    | (star_targets '=' )+ (yield_expr | star_expressions) !'='
//	    | single_target augassign ~ (yield_expr | star_expressions)
//	simple_stmt: ... | star_expressions | yield_stmt
func (p *parser) assignment() Stmt {
	startTok := p.tok()
	start := startTok.start
	first := p.rhs()
	if first == nil || p.err != nil {
		return nil
	}
	t := p.tok()
	switch {
	case t.kind == COLON:
		return p.annAssign(startTok, first)
	case t.kind == EQUAL:
		return p.assignChain(start, first)
	case t.kind == COLONEQUAL && p.second:
		// invalid_named_expression, reached through invalid_assignment.
		_, isName := first.(*Name)
		_, isTuple := first.(*Tuple)
		// The right side is parsed either way (it moves CPython's
		// furthest token), but a bare name takes the assignment
		// expression path and only fails.
		if follows := p.expressionFollows(); follows && !isTuple && (!isName || p.isParenthesized(first)) {
			p.errorAtNode(first, "cannot use assignment expressions with "+exprName(first))
			return nil
		}
	}
	if op, ok := augOps[t.kind]; ok {
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			if !p.second {
				// CPython's first pass stops at the operator.
				p.syntaxError()
				return nil
			}
		}
		p.next()
		value := p.rhs()
		if p.err != nil {
			return nil
		}
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errorAtNode(first, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(first)))
			return nil
		}
		setContext(first, Store)
		return &AugAssign{Pos: p.posFrom(start), Target: first, Op: op, Value: value}
	}
	return &ExprStmt{Pos: p.posFrom(start), Value: first}
}

// rhs parses the right-hand side of an assignment.
//
//	annotated_rhs: yield_expr | star_expressions
func (p *parser) rhs() Expr {
	if p.at(YIELD) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// annAssign parses the rest of an annotated assignment. The annotation
// is parsed before the target is checked: CPython's invalid_assignment
// rules only match when an expression follows the ':'.
func (p *parser) annAssign(startTok *token, target Expr) Stmt {
	start := startTok.start
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		if !p.second {
			// CPython's first pass never consumes the ':'.
			p.syntaxError()
			return nil
		}
	}
	p.next() // ':'
	var ann Expr
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
		ann = p.expression()
	default:
		// invalid_assignment only needs some expression after ':'.
		if !p.startsExpr() {
			p.syntaxError()
			return nil
		}
		p.peg = true
		ann = p.expression()
		p.peg = false
	}
	if p.err != nil {
		return nil
	}
	simple := 0
	switch target.(type) {
	case *Name:
		if startTok.kind == NAME && !p.isParenthesized(target) {
			simple = 1
		}
	case *Attribute, *Subscript:
	case *Tuple:
		if !p.isParenthesized(target) {
			p.errorAtNode(target.(*Tuple).Elts[0], "only single target (not tuple) can be annotated")
			return nil
		}
		p.errorAtNode(target, "only single target (not tuple) can be annotated")
		return nil
	case *List:
		p.errorAtNode(target, "only single target (not list) can be annotated")
		return nil
	default:
		p.errorAtNode(target, "illegal target for annotation")
		return nil
	}
	var value Expr
	if p.accept(EQUAL) {
		value = p.rhs()
	}
	if p.err != nil {
		return nil
	}
	setContext(target, Store)
	return &AnnAssign{Pos: p.posFrom(start), Target: target, Annotation: ann, Value: value, Simple: simple}
}

// assignChain parses "t1 = t2 = ... = value" after the first target.
func (p *parser) assignChain(start position, first Expr) Stmt {
	targets := []Expr{first}
	for p.at(EQUAL) {
		last := targets[len(targets)-1]
		if !p.checkAssignTarget(last, len(targets) == 1) {
			return nil
		}
		p.next()
		v := p.rhs()
		if v == nil || p.err != nil {
			if p.err == nil {
				p.syntaxError()
			}
			return nil
		}
		targets = append(targets, v)
	}
	value := targets[len(targets)-1]
	targets = targets[:len(targets)-1]
	return &Assign{Pos: p.posFrom(start), Targets: targets, Value: value}
}

// checkAssignTarget validates a target followed by '=' (the current
// token) and marks it Store. A bad first target of a statement gets
// CPython's "Maybe you meant '=='" hint when its invalid_named_expression
// rule would match: the target is a bitwise_or and so is what follows '='.
func (p *parser) checkAssignTarget(e Expr, first bool) bool {
	switch e.(type) {
	case *Yield, *YieldFrom:
		p.errorAtNode(e, "assignment to yield expression not possible")
		return false
	}
	bad := findInvalidTarget(e, starTargets)
	if bad == nil {
		if !p.invalidTarget(e, starTargets) {
			return false
		}
		setContext(e, Store)
		return true
	}
	if first && p.hereEligible(e) {
		here, stop := p.bitwiseOrFollows()
		if stop {
			return false
		}
		if here {
			p.errorAtNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
			return false
		}
	}
	p.errorAtNode(bad, "cannot assign to "+exprName(bad))
	return false
}

// bitwiseOrFollows tries "'=' bitwise_or !('='|':=')" at the current
// '=' token and restores the position. stop is set when the attempt hit
// a specific syntax error, which then stands (CPython meets it first).
func (p *parser) bitwiseOrFollows() (match, stop bool) {
	m := p.mark()
	p.next() // '='
	if !p.startsBitwiseOr() {
		p.reset(m)
		return false, false
	}
	p.bitwiseOr()
	if p.err != nil {
		if !p.errGen {
			return false, true
		}
		p.reset(m)
		return true, false
	}
	match = !p.at(EQUAL) && !p.at(COLONEQUAL)
	p.reset(m)
	return match, false
}

// startsBitwiseOr reports whether the current token can begin a
// bitwise_or expression (no 'not', 'lambda', '*' or 'yield').
func (p *parser) startsBitwiseOr() bool {
	switch p.tok().kind {
	case NOT, LAMBDA, STAR, YIELD:
		return false
	}
	return p.startsExpr()
}

// hereEligible reports whether e parses as a bitwise_or that is not a
// list, tuple, generator expression, True, None or False: the condition
// of CPython's invalid_named_expression for "cannot assign to %s here".
func (p *parser) hereEligible(e Expr) bool {
	if !p.isParenthesized(e) {
		switch e := e.(type) {
		case *Tuple, *Starred, *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Yield, *YieldFrom:
			return false
		case *UnaryOp:
			if e.Op == Not {
				return false
			}
		}
	}
	switch l := p.leftmost(e).(type) {
	case *List, *GeneratorExp:
		return false
	case *Tuple:
		if p.isParenthesized(l) {
			return false
		}
	case *Constant:
		switch v := l.Value.(type) {
		case NoneType, bool:
			_ = v
			if !p.isParenthesized(l) {
				return false
			}
		}
	}
	return true
}

// leftmost returns the atom an unparenthesised expression starts with.
func (p *parser) leftmost(e Expr) Expr {
	for !p.isParenthesized(e) {
		switch x := e.(type) {
		case *BinOp:
			e = x.Left
		case *Attribute:
			e = x.Value
		case *Subscript:
			e = x.Value
		case *Call:
			e = x.Func
		default:
			return e
		}
	}
	return e
}

// expressionFollows reports whether an expression can be parsed after
// the current token (which it skips), as a PEG rule would check, and
// restores the position.
func (p *parser) expressionFollows() bool {
	m := p.mark()
	p.next()
	ok := false
	if p.startsExpr() {
		p.peg = true
		ok = p.expression() != nil && p.err == nil
		p.peg = false
	}
	if p.err != nil && !p.errGen {
		return false
	}
	p.reset(m)
	return ok
}
