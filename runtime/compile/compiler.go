package compile

import (
	"math/big"
	"strconv"

	"github.com/aioplay/aioplay/runtime/syntax"
)

// Options configure compilation.
type Options struct {
	// Filename names the source in code objects and errors ("main.py").
	Filename string
	// Python36 applies Python 3.6's parser restrictions.
	Python36 bool
	// Locals compiles module-level names with the NAME operations,
	// which look in a separate locals mapping first (exec and eval with
	// their own locals); scripts use the GLOBAL operations.
	Locals bool
}

// CompileModule parses and compiles a module's source.
func CompileModule(src []byte, opts Options) (*Code, error) {
	mod, err := syntax.Parse(opts.Filename, src, syntax.Options{Python36: opts.Python36})
	if err != nil {
		return nil, err
	}
	return Module(mod, opts)
}

// CompileEval parses and compiles an expression for eval(): the code
// returns the expression's value.
func CompileEval(src []byte, opts Options) (*Code, error) {
	e, err := syntax.ParseExpr(opts.Filename, src, syntax.Options{Python36: opts.Python36})
	if err != nil {
		return nil, err
	}
	stmt := &syntax.ExprStmt{Value: e}
	stmt.Pos = e.(syntax.Positioned).Position()
	return compileModule(&syntax.Module{Body: []syntax.Stmt{stmt}}, opts, true)
}

// Module compiles a parsed module.
func Module(mod *syntax.Module, opts Options) (code *Code, err error) {
	return compileModule(mod, opts, false)
}

// compileModule compiles a module; with isEval its body is one expression
// statement whose value the code returns.
func compileModule(mod *syntax.Module, opts Options, isEval bool) (code *Code, err error) {
	defNames := mangleModule(mod)
	st, top, err := buildSymtable(opts.Filename, mod, defNames)
	if err != nil {
		return nil, err
	}
	c := &compiler{file: opts.Filename, st: st, locals: opts.Locals, interned: map[string]string{}}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*syntax.Error); ok {
				code, err = nil, e
				return
			}
			panic(r)
		}
	}()
	u := c.enter(top, "<module>", "<module>", 1)
	u.code.Flags |= FlagModule
	if isEval {
		c.expr(mod.Body[0].(*syntax.ExprStmt).Value)
		c.emit(RETURN_VALUE, 0)
		return c.leave(), nil
	}
	if findAnn(mod.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	c.docstring(mod.Body)
	c.stmts(mod.Body)
	c.emitConst(nil)
	c.emit(RETURN_VALUE, 0)
	return c.leave(), nil
}

// fblockKind is the kind of an enclosing construct that return, break and
// continue must unwind.
type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbAsyncFor
	fbTryExcept   // inside try: body with a handler
	fbFinallyTry  // inside try: body of a try/finally
	fbFinallyEnd  // inside the exceptional finally body (exception on stack)
	fbExceptBody  // inside an except clause body
	fbHandlerName // inside `except E as name:` (a cleanup try/finally)
	fbExceptStar  // inside an except* clause body (no return/break/continue)
	fbWith
	fbAsyncWith
)

type fblock struct {
	kind          fblockKind
	breakLabel    *label
	continueLabel *label
	finalBody     []syntax.Stmt
	name          string
}

type label struct {
	pos  int
	refs []int
}

// unit is the code object being built for one scope.
type unit struct {
	code    *Code
	sc      *scope
	consts  map[any]int
	names   map[string]int
	vars    map[string]int
	cells   map[string]int // cell and free variables: index into cells
	fblocks []fblock
	line    int
	parent  *unit
	labels  []*label
}

type compiler struct {
	file   string
	st     *symtable
	u      *unit
	locals bool // Options.Locals
	// interned gives every code object of the module the same string
	// for a name (Code.Names): the VM's attribute caches compare names
	// by their data pointer before their bytes.
	interned map[string]string
}

func (c *compiler) fail(n syntax.Positioned, msg string) {
	pos := n.Position()
	panic(&syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: c.file, Line: pos.Lineno, Offset: pos.ColOffset + 1,
		EndLine: pos.EndLineno, EndOffset: pos.EndColOffset + 1})
}

func (c *compiler) enter(sc *scope, name, qualname string, line int) *unit {
	u := &unit{
		code:   &Code{Name: name, Qualname: qualname, Filename: c.file, FirstLine: line},
		sc:     sc,
		consts: map[any]int{},
		names:  map[string]int{},
		vars:   map[string]int{},
		cells:  map[string]int{},
		parent: c.u,
		line:   line,
	}
	// Parameters first, then other locals in first-seen order.
	if sc.kind == scopeFunction {
		for _, p := range sc.params {
			u.varIndex(p)
		}
		for _, n := range sc.order {
			f := sc.syms[n]
			if f&symLocal != 0 && f&symCell == 0 {
				u.varIndex(n)
			}
		}
	}
	for _, n := range sc.order {
		if sc.syms[n]&symCell != 0 {
			u.cells[n] = len(u.code.CellVars)
			u.code.CellVars = append(u.code.CellVars, n)
		}
	}
	for _, n := range sc.order {
		if sc.syms[n]&symFree != 0 && sc.syms[n]&symCell == 0 {
			u.cells[n] = len(u.code.CellVars) + len(u.code.FreeVars)
			u.code.FreeVars = append(u.code.FreeVars, n)
		}
	}
	// Cells for parameters are initialised from the argument.
	if len(u.code.CellVars) > 0 {
		u.code.Cell2Arg = make([]int, len(u.code.CellVars))
		any := false
		for i, n := range u.code.CellVars {
			u.code.Cell2Arg[i] = -1
			for j, p := range sc.params {
				if p == n {
					u.code.Cell2Arg[i] = j
					any = true
					// The parameter still needs its fast slot for binding.
					u.varIndex(p)
				}
			}
		}
		if !any {
			u.code.Cell2Arg = nil
		}
	}
	c.u = u
	return u
}

func (u *unit) varIndex(name string) int {
	if i, ok := u.vars[name]; ok {
		return i
	}
	i := len(u.code.VarNames)
	u.vars[name] = i
	u.code.VarNames = append(u.code.VarNames, name)
	return i
}

func (c *compiler) leave() *Code {
	u := c.u
	for _, l := range u.labels {
		for _, r := range l.refs {
			u.code.Instrs[r].Arg = int32(l.pos)
		}
	}
	u.code.StackSize = stackDepth(u.code)
	c.u = u.parent
	return u.code
}

func (c *compiler) emit(op Op, arg int) int {
	u := c.u
	u.code.Instrs = append(u.code.Instrs, Instr{Op: op, Arg: int32(arg)})
	u.code.Lines = append(u.code.Lines, int32(u.line))
	return len(u.code.Instrs) - 1
}

func (c *compiler) newLabel() *label {
	l := &label{pos: -1}
	c.u.labels = append(c.u.labels, l)
	return l
}

func (c *compiler) emitJump(op Op, l *label) {
	i := c.emit(op, 0)
	l.refs = append(l.refs, i)
}

func (c *compiler) bind(l *label) { l.pos = len(c.u.code.Instrs) }

type constKey struct {
	kind string
	s    string
	f    float64
	b    bool
}

func (c *compiler) constIndex(v any) int {
	u := c.u
	var key any
	switch x := v.(type) {
	case nil:
		key = constKey{kind: "none"}
	case bool:
		key = constKey{kind: "bool", b: x}
	case *big.Int:
		key = constKey{kind: "int", s: x.String()}
	case float64:
		// distinguish 0.0 and -0.0 by their text (strconv's: big.Float's
		// Text would bring its decimal formatting into the page's
		// WebAssembly module, some 20 KB)
		key = constKey{kind: "float", s: strconv.FormatFloat(x, 'g', -1, 64), f: x}
		if x == 0 {
			key = nil
		}
	case string:
		key = constKey{kind: "str", s: x}
	case BytesConst:
		key = constKey{kind: "bytes", s: string(x)}
	case EllipsisConst:
		key = constKey{kind: "ellipsis"}
	}
	if key != nil {
		if i, ok := u.consts[key]; ok {
			return i
		}
	}
	i := len(u.code.Consts)
	u.code.Consts = append(u.code.Consts, v)
	if key != nil {
		u.consts[key] = i
	}
	return i
}

func (c *compiler) emitConst(v any) { c.emit(LOAD_CONST, c.constIndex(v)) }

func (c *compiler) nameIndex(name string) int {
	u := c.u
	if i, ok := u.names[name]; ok {
		return i
	}
	i := len(u.code.Names)
	u.names[name] = i
	if s, ok := c.interned[name]; ok {
		name = s
	} else {
		c.interned[name] = name
	}
	u.code.Names = append(u.code.Names, name)
	return i
}

func (c *compiler) setLine(n syntax.Positioned) int {
	old := c.u.line
	if n != nil {
		c.u.line = n.Position().Lineno
	}
	return old
}

func (c *compiler) docstring(body []syntax.Stmt) {
	if len(body) == 0 {
		return
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				c.u.code.Doc = s
				c.u.code.HasDoc = true
			}
		}
	}
}

// nameOp emits the load/store/delete of a name according to its scope.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	u := c.u
	sc := u.sc
	f := sc.syms[name]
	type ops struct{ load, store, del Op }
	switch {
	case sc.kind == scopeClass:
		if f&symFree != 0 && ctx == syntax.Load {
			c.emit(LOAD_CLASSDEREF, u.cells[name])
			return
		}
		if f&symGlobal != 0 {
			c.emitNamed(GlobalOps(ctx), name)
			return
		}
		c.emitNamed(nameOps(ctx), name)
	case f&(symCell|symFree) != 0 && f&symGlobal == 0:
		switch ctx {
		case syntax.Load:
			c.emit(LOAD_DEREF, u.cells[name])
		case syntax.Store:
			c.emit(STORE_DEREF, u.cells[name])
		default:
			c.emit(DELETE_DEREF, u.cells[name])
		}
	case sc.kind == scopeFunction && f&symLocal != 0 && f&symGlobal == 0:
		i := u.varIndex(name)
		switch ctx {
		case syntax.Load:
			c.emit(LOAD_FAST, i)
		case syntax.Store:
			c.emit(STORE_FAST, i)
		default:
			c.emit(DELETE_FAST, i)
		}
	case sc.kind == scopeModule && c.locals && f&symGlobal == 0:
		c.emitNamed(nameOps(ctx), name)
	default:
		c.emitNamed(GlobalOps(ctx), name)
	}
}

// GlobalOps returns the global-variable operation for a context.
func GlobalOps(ctx syntax.ExprContext) Op {
	switch ctx {
	case syntax.Store:
		return STORE_GLOBAL
	case syntax.Del:
		return DELETE_GLOBAL
	}
	return LOAD_GLOBAL
}

func nameOps(ctx syntax.ExprContext) Op {
	switch ctx {
	case syntax.Store:
		return STORE_NAME
	case syntax.Del:
		return DELETE_NAME
	}
	return LOAD_NAME
}

func (c *compiler) emitNamed(op Op, name string) { c.emit(op, c.nameIndex(name)) }
