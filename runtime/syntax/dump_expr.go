package syntax

// expr writes an expression node; it reports false for other nodes.
func (d *dumper) expr(n Node) bool {
	var p *Pos
	switch n := n.(type) {
	case *BoolOp:
		d.open("BoolOp")
		d.enum("op", n.Op.String())
		list(d, "values", n.Values)
		p = &n.Pos
	case *NamedExpr:
		d.open("NamedExpr")
		d.child("target", n.Target)
		d.child("value", n.Value)
		p = &n.Pos
	case *BinOp:
		d.open("BinOp")
		d.child("left", n.Left)
		d.enum("op", n.Op.String())
		d.child("right", n.Right)
		p = &n.Pos
	case *UnaryOp:
		d.open("UnaryOp")
		d.enum("op", n.Op.String())
		d.child("operand", n.Operand)
		p = &n.Pos
	case *Lambda:
		d.open("Lambda")
		d.child("args", n.Args)
		d.child("body", n.Body)
		p = &n.Pos
	case *IfExp:
		d.open("IfExp")
		d.child("test", n.Test)
		d.child("body", n.Body)
		d.child("orelse", n.Orelse)
		p = &n.Pos
	case *Dict:
		d.open("Dict")
		list(d, "keys", n.Keys)
		list(d, "values", n.Values)
		p = &n.Pos
	case *Set:
		d.open("Set")
		list(d, "elts", n.Elts)
		p = &n.Pos
	case *ListComp:
		d.comp("ListComp", n.Elt, n.Generators)
		p = &n.Pos
	case *SetComp:
		d.comp("SetComp", n.Elt, n.Generators)
		p = &n.Pos
	case *GeneratorExp:
		d.comp("GeneratorExp", n.Elt, n.Generators)
		p = &n.Pos
	case *DictComp:
		d.open("DictComp")
		d.child("key", n.Key)
		d.child("value", n.Value)
		list(d, "generators", n.Generators)
		p = &n.Pos
	case *Await:
		d.open("Await")
		d.child("value", n.Value)
		p = &n.Pos
	case *Yield:
		d.open("Yield")
		d.child("value", n.Value)
		p = &n.Pos
	case *YieldFrom:
		d.open("YieldFrom")
		d.child("value", n.Value)
		p = &n.Pos
	case *Compare:
		d.open("Compare")
		d.child("left", n.Left)
		d.key("ops")
		d.b.WriteByte('[')
		for i, op := range n.Ops {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.b.WriteString(op.String() + "()")
		}
		d.b.WriteByte(']')
		list(d, "comparators", n.Comparators)
		p = &n.Pos
	case *Call:
		d.open("Call")
		d.child("func", n.Func)
		list(d, "args", n.Args)
		list(d, "keywords", n.Keywords)
		p = &n.Pos
	case *FormattedValue:
		d.open("FormattedValue")
		d.child("value", n.Value)
		d.int("conversion", n.Conversion)
		d.child("format_spec", n.FormatSpec)
		p = &n.Pos
	case *JoinedStr:
		d.open("JoinedStr")
		list(d, "values", n.Values)
		p = &n.Pos
	case *Constant:
		d.open("Constant")
		d.key("value")
		d.b.WriteString(reprConstant(n.Value))
		d.optStr("kind", n.Kind)
		p = &n.Pos
	case *Attribute:
		d.open("Attribute")
		d.child("value", n.Value)
		d.str("attr", n.Attr)
		d.enum("ctx", n.Ctx.String())
		p = &n.Pos
	case *Subscript:
		d.open("Subscript")
		d.child("value", n.Value)
		d.child("slice", n.Slice)
		d.enum("ctx", n.Ctx.String())
		p = &n.Pos
	case *Starred:
		d.open("Starred")
		d.child("value", n.Value)
		d.enum("ctx", n.Ctx.String())
		p = &n.Pos
	case *Name:
		d.open("Name")
		d.str("id", n.ID)
		d.enum("ctx", n.Ctx.String())
		p = &n.Pos
	case *List:
		d.open("List")
		list(d, "elts", n.Elts)
		d.enum("ctx", n.Ctx.String())
		p = &n.Pos
	case *Tuple:
		d.open("Tuple")
		list(d, "elts", n.Elts)
		d.enum("ctx", n.Ctx.String())
		p = &n.Pos
	case *Slice:
		d.open("Slice")
		d.child("lower", n.Lower)
		d.child("upper", n.Upper)
		d.child("step", n.Step)
		p = &n.Pos
	default:
		return false
	}
	d.pos(p)
	d.close()
	return true
}

func (d *dumper) comp(kind string, elt Expr, gens []*Comprehension) {
	d.open(kind)
	d.child("elt", elt)
	list(d, "generators", gens)
}
