package compile

import (
	"github.com/aioplay/aioplay/runtime/syntax"
)

// scopeKind is the kind of a naming scope.
type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
)

// Name flags collected while walking a scope.
const (
	symAssigned = 1 << iota
	symParam
	symUsed
	symGlobal   // declared global
	symNonlocal // declared nonlocal
	symFree     // resolved: a variable of an enclosing function
	symCell     // resolved: captured by an inner function
	symLocal    // resolved: a fast local (or class namespace name)
	symGlobalImplicit
)

// scope is the symbol table of one module, function, lambda,
// comprehension or class body.
type scope struct {
	kind     scopeKind
	name     string
	parent   *scope
	children []*scope
	node     syntax.Node
	syms     map[string]int
	// order keeps names in first-seen order so that code is deterministic.
	order []string
	// params are the parameters in order.
	params       []string
	isGenerator  bool
	isCoroutine  bool
	isComprehend bool
	// needsClassCell: a method uses super() or __class__.
	needsClassCell bool
	// hasYieldInComp etc. are for errors.
	firstLine int
	// directives records, per name, the first global or nonlocal
	// statement naming it: errors found while resolving point there.
	directives map[string]syntax.Positioned
	// compIters are a comprehension's iteration variables, which an
	// assignment expression inside it may not rebind.
	compIters map[string]bool
}

func newScope(kind scopeKind, name string, parent *scope, node syntax.Node) *scope {
	s := &scope{kind: kind, name: name, parent: parent, node: node, syms: map[string]int{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) add(name string, flag int) {
	if _, ok := s.syms[name]; !ok {
		s.order = append(s.order, name)
	}
	s.syms[name] |= flag
}

// symtable walks a module and builds its scope tree.
type symtable struct {
	cur    *scope
	scopes map[syntax.Node]*scope
	err    *syntax.Error
	file   string
	// defNames are the mangled names definitions bind (mangle.go).
	defNames map[syntax.Node]string
	// depth is the nesting of statements and expressions being walked.
	depth int
}

func (st *symtable) errorAt(p syntax.Positioned, msg string) {
	if st.err != nil {
		return
	}
	pos := p.Position()
	st.err = &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: st.file, Line: pos.Lineno, Offset: pos.ColOffset + 1,
		EndLine: pos.EndLineno, EndOffset: pos.EndColOffset + 1}
}

func (st *symtable) push(kind scopeKind, name string, node syntax.Node, line int) *scope {
	s := newScope(kind, name, st.cur, node)
	s.firstLine = line
	st.scopes[node] = s
	st.cur = s
	return s
}

func (st *symtable) pop() { st.cur = st.cur.parent }

func buildSymtable(file string, m *syntax.Module, defNames map[syntax.Node]string) (*symtable, *scope, error) {
	st := &symtable{scopes: map[syntax.Node]*scope{}, file: file, defNames: defNames}
	top := st.push(scopeModule, "<module>", m, 1)
	st.stmts(m.Body)
	if st.err != nil {
		return nil, nil, st.err
	}
	st.resolve(top, nil)
	if st.err != nil {
		return nil, nil, st.err
	}
	return st, top, nil
}

func (st *symtable) stmts(list []syntax.Stmt) {
	for _, s := range list {
		st.stmt(s)
	}
}

func (st *symtable) declare(name string, flag int, at syntax.Positioned) {
	s := st.cur
	if flag&(symAssigned|symUsed) != 0 {
		if prev := s.syms[name]; prev&symGlobal == 0 && prev&symNonlocal == 0 {
			s.add(name, flag)
			return
		}
	}
	s.add(name, flag)
}

func (st *symtable) funcArgs(a *syntax.Arguments) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		st.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(d)
		}
	}
	annots := func(args []*syntax.Arg) {
		for _, x := range args {
			if x != nil && x.Annotation != nil {
				st.expr(x.Annotation)
			}
		}
	}
	annots(a.Posonlyargs)
	annots(a.Args)
	annots(a.Kwonlyargs)
	if a.Vararg != nil {
		annots([]*syntax.Arg{a.Vararg})
	}
	if a.Kwarg != nil {
		annots([]*syntax.Arg{a.Kwarg})
	}
}

func (st *symtable) params(s *scope, a *syntax.Arguments) {
	if a == nil {
		return
	}
	add := func(x *syntax.Arg) {
		if s.syms[x.Arg]&symParam != 0 {
			st.errorAt(s.node.(syntax.Positioned), "duplicate argument '"+x.Arg+"' in function definition")
		}
		s.params = append(s.params, x.Arg)
		s.add(x.Arg, symParam|symAssigned)
	}
	for _, x := range a.Posonlyargs {
		add(x)
	}
	for _, x := range a.Args {
		add(x)
	}
	for _, x := range a.Kwonlyargs {
		add(x)
	}
	if a.Vararg != nil {
		add(a.Vararg)
	}
	if a.Kwarg != nil {
		add(a.Kwarg)
	}
}

func (st *symtable) function(node syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, returns syntax.Expr, async bool) {
	for _, d := range decos {
		st.expr(d)
	}
	st.funcArgs(args)
	if returns != nil {
		st.expr(returns)
	}
	st.declare(st.bindName(node, name), symAssigned, node)
	s := st.push(scopeFunction, name, node, node.Position().Lineno)
	s.isCoroutine = async
	st.params(s, args)
	st.stmts(body)
	st.pop()
}

// CPython's symbol table counts the statements and expressions it is
// nested in against three times the recursion limit, starting from three
// times the depth of the code calling compile() (the reference runner's
// two levels): deeper code fails with RecursionError.
const (
	maxCompileDepth   = 3 * 1000
	startCompileDepth = 3 * 2
)

// enterDepth counts one level of nesting; false means too deep (the error
// is recorded).
func (st *symtable) enterDepth(at syntax.Positioned) bool {
	st.depth++
	if st.depth > maxCompileDepth-startCompileDepth {
		if st.err == nil {
			pos := at.Position()
			st.err = &syntax.Error{Kind: "RecursionError", Msg: "maximum recursion depth exceeded during compilation",
				Filename: st.file, Line: pos.Lineno}
		}
		return false
	}
	return true
}

func (st *symtable) stmt(n syntax.Stmt) {
	if !st.enterDepth(n) {
		st.depth--
		return
	}
	defer func() { st.depth-- }()
	st.stmtInner(n)
}

func (st *symtable) stmtInner(n syntax.Stmt) {
	switch s := n.(type) {
	case *syntax.FunctionDef:
		st.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		st.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		for _, d := range s.DecoratorList {
			st.expr(d)
		}
		for _, b := range s.Bases {
			st.expr(b)
		}
		st.keywords(s.Keywords)
		st.declare(st.bindName(s, s.Name), symAssigned, s)
		st.push(scopeClass, s.Name, s, s.Lineno)
		st.stmts(s.Body)
		st.pop()
	case *syntax.Return:
		if st.cur.kind != scopeFunction {
			st.errorAt(s, "'return' outside function")
		}
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			st.target(t, symAssigned)
		}
	case *syntax.Assign:
		st.expr(s.Value)
		for _, t := range s.Targets {
			st.target(t, symAssigned)
		}
	case *syntax.AugAssign:
		st.expr(s.Value)
		st.target(s.Target, symAssigned|symUsed)
	case *syntax.AnnAssign:
		if s.Value != nil {
			st.expr(s.Value)
		}
		if st.cur.kind != scopeFunction {
			st.expr(s.Annotation)
		}
		if s.Value != nil || s.Simple == 0 {
			st.target(s.Target, symAssigned)
		} else if n, ok := s.Target.(*syntax.Name); ok {
			st.declare(n.ID, symAssigned, s)
		}
	case *syntax.For:
		st.expr(s.Iter)
		st.target(s.Target, symAssigned)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.AsyncFor:
		st.checkAsync(s, "'async for' outside async function")
		st.expr(s.Iter)
		st.target(s.Target, symAssigned)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.target(it.OptionalVars, symAssigned)
			}
		}
		st.stmts(s.Body)
	case *syntax.AsyncWith:
		st.checkAsync(s, "'async with' outside async function")
		for _, it := range s.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.target(it.OptionalVars, symAssigned)
			}
		}
		st.stmts(s.Body)
	case *syntax.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
		}
		if s.Cause != nil {
			st.expr(s.Cause)
		}
	case *syntax.Try:
		st.tryStmt(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		st.tryStmt(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				if i := indexDot(name); i >= 0 {
					name = name[:i]
				}
			}
			st.declare(name, symAssigned, s)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if st.cur.kind != scopeModule {
					st.errorAt(s, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			st.declare(name, symAssigned, s)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			st.cur.directive(name, s)
			if f := st.cur.syms[name]; f&(symAssigned|symUsed) != 0 && f&symGlobal == 0 {
				what := "used prior to"
				if f&symAssigned != 0 {
					what = "assigned to before"
				}
				if f&symParam != 0 {
					st.errorAt(s, "name '"+name+"' is parameter and global")
				} else {
					st.errorAt(s, "name '"+name+"' is "+what+" global declaration")
				}
			}
			st.cur.add(name, symGlobal)
		}
	case *syntax.Nonlocal:
		// CPython checks each name's earlier uses before it rejects a
		// module-level nonlocal.
		for _, name := range s.Names {
			st.cur.directive(name, s)
			if f := st.cur.syms[name]; f&(symAssigned|symUsed) != 0 && f&symNonlocal == 0 {
				what := "used prior to"
				if f&symAssigned != 0 {
					what = "assigned to before"
				}
				if f&symParam != 0 {
					st.errorAt(s, "name '"+name+"' is parameter and nonlocal")
				} else {
					st.errorAt(s, "name '"+name+"' is "+what+" nonlocal declaration")
				}
			}
			if st.cur.kind == scopeModule {
				st.errorAt(s, "nonlocal declaration not allowed at module level")
				return
			}
			st.cur.add(name, symNonlocal)
		}
	case *syntax.ExprStmt:
		st.expr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

// directive remembers the first global or nonlocal statement naming name.
func (s *scope) directive(name string, at syntax.Positioned) {
	if s.directives == nil {
		s.directives = map[string]syntax.Positioned{}
	}
	if _, ok := s.directives[name]; !ok {
		s.directives[name] = at
	}
}

// directiveAt is where an error about a global or nonlocal name points:
// its first directive, or the scope's own node.
func (s *scope) directiveAt(name string) syntax.Positioned {
	if p, ok := s.directives[name]; ok {
		return p
	}
	return s.node.(syntax.Positioned)
}

func indexDot(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func (st *symtable) checkAsync(n syntax.Positioned, msg string) {
	s := st.cur
	for s.isComprehend {
		s = s.parent
	}
	if s.kind != scopeFunction || !s.isCoroutine {
		st.errorAt(n, msg)
	}
}

func (st *symtable) tryStmt(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	st.stmts(body)
	for _, h := range handlers {
		if h.Type != nil {
			st.expr(h.Type)
		}
		if h.Name != "" {
			st.declare(h.Name, symAssigned, h)
		}
		st.stmts(h.Body)
	}
	st.stmts(orelse)
	st.stmts(final)
}

func (st *symtable) target(t syntax.Expr, flag int) {
	switch x := t.(type) {
	case *syntax.Name:
		st.declare(x.ID, flag, x)
	case *syntax.Tuple:
		for _, e := range x.Elts {
			st.target(e, flag)
		}
	case *syntax.List:
		for _, e := range x.Elts {
			st.target(e, flag)
		}
	case *syntax.Starred:
		st.target(x.Value, flag)
	default:
		st.expr(t)
	}
}

func (st *symtable) comprehension(node syntax.Expr, name string, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	// The first iterable is evaluated in the enclosing scope.
	st.expr(gens[0].Iter)
	s := st.push(scopeFunction, name, node, node.Position().Lineno)
	s.isComprehend = true
	s.params = []string{".0"}
	s.add(".0", symParam|symAssigned)
	if _, ok := node.(*syntax.GeneratorExp); ok {
		s.isGenerator = true
	}
	for i, g := range gens {
		if i > 0 {
			st.expr(g.Iter)
		}
		if g.IsAsync != 0 {
			s.isCoroutine = true
		}
		if s.compIters == nil {
			s.compIters = map[string]bool{}
		}
		collectNames(g.Target, s.compIters)
		st.target(g.Target, symAssigned)
		for _, c := range g.Ifs {
			st.expr(c)
		}
	}
	for _, e := range elts {
		st.expr(e)
	}
	st.pop()
	// An asynchronous list, set or dict comprehension (async for, or an
	// await inside) needs an async function or another comprehension
	// around it; an asynchronous generator expression is fine anywhere.
	if s.isCoroutine && !s.isGenerator {
		p := st.cur
		if !(p.kind == scopeFunction && (p.isCoroutine || p.isComprehend)) {
			st.errorAt(node, "asynchronous comprehension outside of an asynchronous function")
		}
		if p.isComprehend {
			// The enclosing comprehension awaits this one.
			p.isCoroutine = true
		}
	}
}

// collectNames adds the names a target binds to set.
func collectNames(t syntax.Expr, set map[string]bool) {
	switch x := t.(type) {
	case *syntax.Name:
		set[x.ID] = true
	case *syntax.Tuple:
		for _, e := range x.Elts {
			collectNames(e, set)
		}
	case *syntax.List:
		for _, e := range x.Elts {
			collectNames(e, set)
		}
	case *syntax.Starred:
		collectNames(x.Value, set)
	}
}

func (st *symtable) expr(n syntax.Expr) {
	if n == nil {
		return
	}
	if !st.enterDepth(n) {
		st.depth--
		return
	}
	defer func() { st.depth-- }()
	st.exprInner(n)
}

func (st *symtable) exprInner(n syntax.Expr) {
	switch e := n.(type) {
	case nil:
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			st.declare(e.ID, symUsed, e)
			if e.ID == "super" {
				st.markClassCell()
			}
		} else {
			st.declare(e.ID, symAssigned, e)
		}
		if e.ID == "__class__" {
			st.markClassCell()
		}
	case *syntax.BoolOp:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *syntax.NamedExpr:
		st.expr(e.Value)
		// In a comprehension the target binds in the enclosing function.
		s := st.cur
		for s.isComprehend {
			s = s.parent
		}
		if name, ok := e.Target.(*syntax.Name); ok {
			for c := st.cur; c.isComprehend; c = c.parent {
				if c.compIters[name.ID] {
					st.errorAt(e, "assignment expression cannot rebind comprehension iteration variable '"+name.ID+"'")
					return
				}
			}
			if s != st.cur {
				if s.kind == scopeClass {
					st.errorAt(e, "assignment expression within a comprehension cannot be used in a class body")
					return
				}
				s.add(name.ID, symAssigned)
				for c := st.cur; c != s; c = c.parent {
					if s.kind == scopeModule {
						c.add(name.ID, symGlobal)
					} else {
						c.add(name.ID, symNonlocal)
					}
				}
			} else {
				st.declare(name.ID, symAssigned, name)
			}
		}
	case *syntax.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *syntax.UnaryOp:
		st.expr(e.Operand)
	case *syntax.Lambda:
		st.funcArgs(e.Args)
		s := st.push(scopeFunction, "<lambda>", e, e.Lineno)
		st.params(s, e.Args)
		st.expr(e.Body)
		st.pop()
	case *syntax.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *syntax.Dict:
		for i, k := range e.Keys {
			if k != nil {
				st.expr(k)
			}
			st.expr(e.Values[i])
		}
	case *syntax.Set:
		for _, x := range e.Elts {
			st.expr(x)
		}
	case *syntax.ListComp:
		st.comprehension(e, "<listcomp>", e.Generators, e.Elt)
	case *syntax.SetComp:
		st.comprehension(e, "<setcomp>", e.Generators, e.Elt)
	case *syntax.DictComp:
		st.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		st.comprehension(e, "<genexpr>", e.Generators, e.Elt)
	case *syntax.Await:
		s := st.cur
		if s.kind != scopeFunction {
			st.errorAt(e, "'await' outside function")
		} else if !s.isCoroutine {
			if s.isComprehend {
				s.isCoroutine = true
			} else {
				st.errorAt(e, "'await' outside async function")
			}
		}
		st.expr(e.Value)
	case *syntax.Yield:
		st.yieldIn(e)
		st.expr(e.Value)
	case *syntax.YieldFrom:
		st.yieldIn(e)
		if st.cur.isCoroutine {
			st.errorAt(e, "'yield from' inside async function")
		}
		st.expr(e.Value)
	case *syntax.Compare:
		st.expr(e.Left)
		for _, c := range e.Comparators {
			st.expr(c)
		}
	case *syntax.Call:
		st.expr(e.Func)
		for _, a := range e.Args {
			st.expr(a)
		}
		st.keywords(e.Keywords)
	case *syntax.FormattedValue:
		st.expr(e.Value)
		if e.FormatSpec != nil {
			st.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *syntax.Constant:
	case *syntax.Attribute:
		st.expr(e.Value)
	case *syntax.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	case *syntax.Starred:
		st.expr(e.Value)
	case *syntax.List:
		for _, x := range e.Elts {
			st.expr(x)
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			st.expr(x)
		}
	case *syntax.Slice:
		st.expr(e.Lower)
		st.expr(e.Upper)
		st.expr(e.Step)
	}
}

// keywords walks a call's keyword arguments and rejects a repeated name.
func (st *symtable) keywords(kws []*syntax.Keyword) {
	for i, k := range kws {
		if k.Arg != "" {
			for _, prev := range kws[:i] {
				if prev.Arg == k.Arg {
					st.errorAt(k, "keyword argument repeated: "+k.Arg)
				}
			}
		}
		st.expr(k.Value)
	}
}

func (st *symtable) yieldIn(e syntax.Expr) {
	s := st.cur
	if s.kind != scopeFunction {
		st.errorAt(e, "'yield' outside function")
		return
	}
	if s.isComprehend {
		st.errorAt(e, "'yield' inside list comprehension")
		return
	}
	s.isGenerator = true
}

// markClassCell notes that the enclosing method needs the implicit
// __class__ cell (zero-argument super()).
func (st *symtable) markClassCell() {
	for s := st.cur; s != nil; s = s.parent {
		if s.kind == scopeClass {
			return
		}
		if s.kind == scopeFunction && !s.isComprehend {
			if s.parent != nil && s.parent.kind == scopeClass {
				s.needsClassCell = true
				s.add("__class__", symUsed)
				return
			}
		}
	}
}

// resolve decides each name's kind, walking the tree top-down. bound is
// the set of names bound as locals by enclosing function scopes.
func (st *symtable) resolve(s *scope, bound map[string]bool) {
	if s.kind == scopeClass && s.hasClassCellUse() {
		s.add("__class__", symCell|symLocal)
	}
	for _, name := range s.order {
		f := s.syms[name]
		switch {
		case f&symGlobal != 0 && f&symNonlocal != 0:
			st.errorAt(s.directiveAt(name), "name '"+name+"' is nonlocal and global")
			return
		case f&symGlobal != 0:
		case f&symNonlocal != 0:
			if !bound[name] {
				st.errorAt(s.directiveAt(name), "no binding for nonlocal '"+name+"' found")
				return
			}
			s.syms[name] |= symFree
		case name == "__class__" && s.kind == scopeFunction && s.needsClassCell && f&symAssigned == 0:
			s.syms[name] |= symFree
		case f&(symAssigned|symParam) != 0:
			s.syms[name] |= symLocal
		case s.kind != scopeModule && bound[name]:
			s.syms[name] |= symFree
		default:
			s.syms[name] |= symGlobalImplicit
		}
	}
	// Names bound here are visible to nested functions (but a class
	// body's names are not).
	childBound := bound
	if s.kind == scopeFunction {
		childBound = map[string]bool{}
		for k := range bound {
			childBound[k] = true
		}
		for _, name := range s.order {
			f := s.syms[name]
			if f&(symLocal|symFree) != 0 {
				childBound[name] = true
			}
			if f&symGlobal != 0 {
				delete(childBound, name)
			}
		}
	} else if s.kind == scopeModule {
		childBound = map[string]bool{}
	}
	if s.kind == scopeClass {
		childBound = map[string]bool{}
		for k := range bound {
			childBound[k] = true
		}
		childBound["__class__"] = true
	}
	for _, c := range s.children {
		st.resolve(c, childBound)
	}
	// Free variables of children are cells here (or free here too,
	// passing through).
	for _, c := range s.children {
		for _, name := range c.order {
			if c.syms[name]&symFree == 0 {
				continue
			}
			f := s.syms[name]
			if name == "__class__" && s.kind == scopeClass {
				continue
			}
			if f&symLocal != 0 && s.kind != scopeClass {
				s.syms[name] |= symCell
			} else if f&symFree == 0 && s.kind != scopeModule {
				if f&symLocal != 0 && s.kind == scopeClass {
					// A class body's own binding does not capture;
					// the child reaches past it.
					s.add(name, 0)
					s.syms[name] |= symFree | symClassPassThrough
				} else {
					s.add(name, symFree)
				}
			}
		}
	}
}

// symClassPassThrough: a class-body name that is also a free variable
// passing through to a method (the body reads it with LOAD_CLASSDEREF).
const symClassPassThrough = 1 << 12

func (s *scope) hasClassCellUse() bool {
	for _, c := range s.children {
		if c.needsClassCell {
			return true
		}
	}
	return false
}
