package syntax

// This file checks and marks assignment, deletion and loop targets.

// targetKind selects CPython's target rules: star_targets, del_targets
// and for_targets differ in what they accept and in their messages.
type targetKind int

const (
	starTargets targetKind = iota
	delTargets
	forTargets
)

// exprName returns the noun CPython uses for e in "cannot assign to %s".
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch e.Value.(type) {
		case NoneType:
			return "None"
		case bool:
			if e.Value.(bool) {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// findInvalidTarget returns the first sub-expression of e that cannot
// be a target of the given kind, or nil if e is a valid target.
func findInvalidTarget(e Expr, kind targetKind) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, elt := range e.Elts {
			if bad := findInvalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, elt := range e.Elts {
			if bad := findInvalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargets {
			return e
		}
		return findInvalidTarget(e.Value, kind)
	case *Compare:
		// "for x in y" parsed as a comparison: only the left side is the
		// target.
		if kind == forTargets && len(e.Ops) > 0 && e.Ops[0] == In {
			return findInvalidTarget(e.Left, kind)
		}
		return e
	}
	return e
}

// invalidTarget reports CPython's "cannot assign to" / "cannot delete"
// error for e if it is not a valid target, and reports whether e is valid.
func (p *parser) invalidTarget(e Expr, kind targetKind) bool {
	bad := findInvalidTarget(e, kind)
	if bad == nil {
		if s, ok := e.(*Starred); ok && kind == starTargets {
			if _, ok := s.Value.(*Starred); ok {
				p.syntaxError()
				return false
			}
		}
		return true
	}
	verb := "assign to"
	if kind == delTargets {
		verb = "delete"
	}
	p.errorAtNode(bad, "cannot "+verb+" "+exprName(bad))
	return false
}

// setContext marks a valid target expression with ctx, recursively.
func setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		setContext(e.Value, ctx)
	case *Tuple:
		e.Ctx = ctx
		for _, elt := range e.Elts {
			setContext(elt, ctx)
		}
	case *List:
		e.Ctx = ctx
		for _, elt := range e.Elts {
			setContext(elt, ctx)
		}
	}
}
