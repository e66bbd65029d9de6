package syntax

// Walk calls f for n and, if f returns true, for each of n's children in
// field order, depth first. Nil children are skipped.
func Walk(n Node, f func(Node) bool) {
	if isNil(n) || !f(n) {
		return
	}
	for _, c := range children(n) {
		Walk(c, f)
	}
}

func exprs[T Node](out []Node, xs []T) []Node {
	for _, x := range xs {
		if !isNil(x) {
			out = append(out, x)
		}
	}
	return out
}

// ex appends e unless it is nil. The children are passed as the Expr
// they are declared as and converted to Node here, once: converting at
// every call site, as a variadic ...Node did, made children the largest
// function of the package (34 KB of WebAssembly).
func ex(out []Node, e Expr) []Node {
	if e != nil {
		out = append(out, e)
	}
	return out
}

// children returns n's child nodes in field order.
func children(n Node) []Node {
	var out []Node
	switch n := n.(type) {
	case *Module:
		out = exprs(out, n.Body)
	case *FunctionDef:
		if n.Args != nil {
			out = append(out, n.Args)
		}
		out = exprs(out, n.Body)
		out = exprs(out, n.DecoratorList)
		out = ex(out, n.Returns)
	case *AsyncFunctionDef:
		if n.Args != nil {
			out = append(out, n.Args)
		}
		out = exprs(out, n.Body)
		out = exprs(out, n.DecoratorList)
		out = ex(out, n.Returns)
	case *ClassDef:
		out = exprs(out, n.Bases)
		out = exprs(out, n.Keywords)
		out = exprs(out, n.Body)
		out = exprs(out, n.DecoratorList)
	case *Return:
		out = ex(out, n.Value)
	case *Delete:
		out = exprs(out, n.Targets)
	case *Assign:
		out = exprs(out, n.Targets)
		out = ex(out, n.Value)
	case *AugAssign:
		out = ex(ex(out, n.Target), n.Value)
	case *AnnAssign:
		out = ex(ex(ex(out, n.Target), n.Annotation), n.Value)
	case *For:
		out = ex(ex(out, n.Target), n.Iter)
		out = exprs(out, n.Body)
		out = exprs(out, n.Orelse)
	case *AsyncFor:
		out = ex(ex(out, n.Target), n.Iter)
		out = exprs(out, n.Body)
		out = exprs(out, n.Orelse)
	case *While:
		out = ex(out, n.Test)
		out = exprs(out, n.Body)
		out = exprs(out, n.Orelse)
	case *If:
		out = ex(out, n.Test)
		out = exprs(out, n.Body)
		out = exprs(out, n.Orelse)
	case *With:
		out = exprs(out, n.Items)
		out = exprs(out, n.Body)
	case *AsyncWith:
		out = exprs(out, n.Items)
		out = exprs(out, n.Body)
	case *Raise:
		out = ex(ex(out, n.Exc), n.Cause)
	case *Try:
		out = exprs(out, n.Body)
		out = exprs(out, n.Handlers)
		out = exprs(out, n.Orelse)
		out = exprs(out, n.Finalbody)
	case *TryStar:
		out = exprs(out, n.Body)
		out = exprs(out, n.Handlers)
		out = exprs(out, n.Orelse)
		out = exprs(out, n.Finalbody)
	case *Assert:
		out = ex(ex(out, n.Test), n.Msg)
	case *Import:
		out = exprs(out, n.Names)
	case *ImportFrom:
		out = exprs(out, n.Names)
	case *ExprStmt:
		out = ex(out, n.Value)
	case *BoolOp:
		out = exprs(out, n.Values)
	case *NamedExpr:
		out = ex(ex(out, n.Target), n.Value)
	case *BinOp:
		out = ex(ex(out, n.Left), n.Right)
	case *UnaryOp:
		out = ex(out, n.Operand)
	case *Lambda:
		if n.Args != nil {
			out = append(out, n.Args)
		}
		out = ex(out, n.Body)
	case *IfExp:
		out = ex(ex(ex(out, n.Test), n.Body), n.Orelse)
	case *Dict:
		out = exprs(out, n.Keys)
		out = exprs(out, n.Values)
	case *Set:
		out = exprs(out, n.Elts)
	case *ListComp:
		out = ex(out, n.Elt)
		out = exprs(out, n.Generators)
	case *SetComp:
		out = ex(out, n.Elt)
		out = exprs(out, n.Generators)
	case *GeneratorExp:
		out = ex(out, n.Elt)
		out = exprs(out, n.Generators)
	case *DictComp:
		out = ex(ex(out, n.Key), n.Value)
		out = exprs(out, n.Generators)
	case *Await:
		out = ex(out, n.Value)
	case *Yield:
		out = ex(out, n.Value)
	case *YieldFrom:
		out = ex(out, n.Value)
	case *Compare:
		out = ex(out, n.Left)
		out = exprs(out, n.Comparators)
	case *Call:
		out = ex(out, n.Func)
		out = exprs(out, n.Args)
		out = exprs(out, n.Keywords)
	case *FormattedValue:
		out = ex(ex(out, n.Value), n.FormatSpec)
	case *JoinedStr:
		out = exprs(out, n.Values)
	case *Attribute:
		out = ex(out, n.Value)
	case *Subscript:
		out = ex(ex(out, n.Value), n.Slice)
	case *Starred:
		out = ex(out, n.Value)
	case *List:
		out = exprs(out, n.Elts)
	case *Tuple:
		out = exprs(out, n.Elts)
	case *Slice:
		out = ex(ex(ex(out, n.Lower), n.Upper), n.Step)
	case *Arguments:
		out = exprs(out, n.Posonlyargs)
		out = exprs(out, n.Args)
		if n.Vararg != nil {
			out = append(out, n.Vararg)
		}
		out = exprs(out, n.Kwonlyargs)
		out = exprs(out, n.KwDefaults)
		if n.Kwarg != nil {
			out = append(out, n.Kwarg)
		}
		out = exprs(out, n.Defaults)
	case *Arg:
		out = ex(out, n.Annotation)
	case *Keyword:
		out = ex(out, n.Value)
	case *WithItem:
		out = ex(ex(out, n.ContextExpr), n.OptionalVars)
	case *Comprehension:
		out = ex(ex(out, n.Target), n.Iter)
		out = exprs(out, n.Ifs)
	case *ExceptHandler:
		out = ex(out, n.Type)
		out = exprs(out, n.Body)
	}
	return out
}

// positionOf returns a pointer to n's position, or nil for nodes without.
func positionOf(n Node) *Pos {
	type positioned interface{ pos() *Pos }
	if pn, ok := n.(positioned); ok {
		return pn.pos()
	}
	return nil
}

func (p *Pos) pos() *Pos { return p }

// shiftPositions moves every node under e by dl lines; positions on the
// first line also move right by dc columns.
func shiftPositions(e Expr, dl, dc int) {
	Walk(e, func(n Node) bool {
		if p := positionOf(n); p != nil {
			if p.Lineno == 1 {
				p.ColOffset += dc
			}
			if p.EndLineno == 1 {
				p.EndColOffset += dc
			}
			p.Lineno += dl
			p.EndLineno += dl
		}
		return true
	})
}
