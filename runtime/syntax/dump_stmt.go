package syntax

// stmt writes a statement node; it reports false for other nodes.
func (d *dumper) stmt(n Node) bool {
	var p *Pos
	switch n := n.(type) {
	case *FunctionDef:
		d.funcDef("FunctionDef", n.Name, n.Args, n.Body, n.DecoratorList, n.Returns)
		p = &n.Pos
	case *AsyncFunctionDef:
		d.funcDef("AsyncFunctionDef", n.Name, n.Args, n.Body, n.DecoratorList, n.Returns)
		p = &n.Pos
	case *ClassDef:
		d.open("ClassDef")
		d.str("name", n.Name)
		list(d, "bases", n.Bases)
		list(d, "keywords", n.Keywords)
		list(d, "body", n.Body)
		list(d, "decorator_list", n.DecoratorList)
		p = &n.Pos
	case *Return:
		d.open("Return")
		d.child("value", n.Value)
		p = &n.Pos
	case *Delete:
		d.open("Delete")
		list(d, "targets", n.Targets)
		p = &n.Pos
	case *Assign:
		d.open("Assign")
		list(d, "targets", n.Targets)
		d.child("value", n.Value)
		p = &n.Pos
	case *AugAssign:
		d.open("AugAssign")
		d.child("target", n.Target)
		d.enum("op", n.Op.String())
		d.child("value", n.Value)
		p = &n.Pos
	case *AnnAssign:
		d.open("AnnAssign")
		d.child("target", n.Target)
		d.child("annotation", n.Annotation)
		d.child("value", n.Value)
		d.int("simple", n.Simple)
		p = &n.Pos
	case *For:
		d.forStmt("For", n.Target, n.Iter, n.Body, n.Orelse)
		p = &n.Pos
	case *AsyncFor:
		d.forStmt("AsyncFor", n.Target, n.Iter, n.Body, n.Orelse)
		p = &n.Pos
	case *While:
		d.open("While")
		d.child("test", n.Test)
		list(d, "body", n.Body)
		list(d, "orelse", n.Orelse)
		p = &n.Pos
	case *If:
		d.open("If")
		d.child("test", n.Test)
		list(d, "body", n.Body)
		list(d, "orelse", n.Orelse)
		p = &n.Pos
	case *With:
		d.open("With")
		list(d, "items", n.Items)
		list(d, "body", n.Body)
		p = &n.Pos
	case *AsyncWith:
		d.open("AsyncWith")
		list(d, "items", n.Items)
		list(d, "body", n.Body)
		p = &n.Pos
	case *Raise:
		d.open("Raise")
		d.child("exc", n.Exc)
		d.child("cause", n.Cause)
		p = &n.Pos
	case *Try:
		d.tryStmt("Try", n.Body, n.Handlers, n.Orelse, n.Finalbody)
		p = &n.Pos
	case *TryStar:
		d.tryStmt("TryStar", n.Body, n.Handlers, n.Orelse, n.Finalbody)
		p = &n.Pos
	case *Assert:
		d.open("Assert")
		d.child("test", n.Test)
		d.child("msg", n.Msg)
		p = &n.Pos
	case *Import:
		d.open("Import")
		list(d, "names", n.Names)
		p = &n.Pos
	case *ImportFrom:
		d.open("ImportFrom")
		d.optStr("module", n.Module)
		list(d, "names", n.Names)
		d.int("level", n.Level)
		p = &n.Pos
	case *Global:
		d.open("Global")
		d.names("names", n.Names)
		p = &n.Pos
	case *Nonlocal:
		d.open("Nonlocal")
		d.names("names", n.Names)
		p = &n.Pos
	case *ExprStmt:
		d.open("Expr")
		d.child("value", n.Value)
		p = &n.Pos
	case *Pass:
		d.open("Pass")
		p = &n.Pos
	case *Break:
		d.open("Break")
		p = &n.Pos
	case *Continue:
		d.open("Continue")
		p = &n.Pos
	default:
		return false
	}
	d.pos(p)
	d.close()
	return true
}

func (d *dumper) funcDef(kind, name string, args *Arguments, body []Stmt, decos []Expr, returns Expr) {
	d.open(kind)
	d.str("name", name)
	d.child("args", args)
	list(d, "body", body)
	list(d, "decorator_list", decos)
	d.child("returns", returns)
}

func (d *dumper) forStmt(kind string, target, iter Expr, body, orelse []Stmt) {
	d.open(kind)
	d.child("target", target)
	d.child("iter", iter)
	list(d, "body", body)
	list(d, "orelse", orelse)
}

func (d *dumper) tryStmt(kind string, body []Stmt, handlers []*ExceptHandler, orelse, finalbody []Stmt) {
	d.open(kind)
	list(d, "body", body)
	list(d, "handlers", handlers)
	list(d, "orelse", orelse)
	list(d, "finalbody", finalbody)
}
