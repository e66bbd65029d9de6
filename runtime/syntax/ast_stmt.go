package syntax

// FunctionDef is a def statement; its position starts at "def", not at
// the first decorator.
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
}

// AsyncFunctionDef is an async def statement; its position starts at
// "async".
type AsyncFunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
}

// ClassDef is a class statement.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is a return statement; Value may be nil.
type Return struct {
	Pos
	Value Expr
}

// Delete is a del statement.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is "t1 = t2 = ... = value".
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is "target op= value".
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is "target: annotation [= value]"; Simple is 1 for a bare,
// unparenthesised name target.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     int
}

// For is a for statement.
type For struct {
	Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// AsyncFor is an async for statement.
type AsyncFor struct {
	Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is a while statement.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; elif chains nest as a single If in Orelse.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a with statement.
type With struct {
	Pos
	Items []*WithItem
	Body  []Stmt
}

// AsyncWith is an async with statement.
type AsyncWith struct {
	Pos
	Items []*WithItem
	Body  []Stmt
}

// Raise is a raise statement; Exc and Cause may be nil.
type Raise struct {
	Pos
	Exc   Expr
	Cause Expr
}

// Try is a try statement with except clauses.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is a try statement with except* clauses.
type TryStar struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is an assert statement; Msg may be nil.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// Import is "import a.b as c, d".
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is "from module import names"; Module is "" for "from . import x".
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Global is a global declaration.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is a nonlocal declaration.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression statement (CPython's ast.Expr; renamed
// because Expr is the expression interface). Dump prints it as "Expr".
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ Pos }

// Break is a break statement.
type Break struct{ Pos }

// Continue is a continue statement.
type Continue struct{ Pos }

func (*FunctionDef) astNode()      {}
func (*AsyncFunctionDef) astNode() {}
func (*ClassDef) astNode()         {}
func (*Return) astNode()           {}
func (*Delete) astNode()           {}
func (*Assign) astNode()           {}
func (*AugAssign) astNode()        {}
func (*AnnAssign) astNode()        {}
func (*For) astNode()              {}
func (*AsyncFor) astNode()         {}
func (*While) astNode()            {}
func (*If) astNode()               {}
func (*With) astNode()             {}
func (*AsyncWith) astNode()        {}
func (*Raise) astNode()            {}
func (*Try) astNode()              {}
func (*TryStar) astNode()          {}
func (*Assert) astNode()           {}
func (*Import) astNode()           {}
func (*ImportFrom) astNode()       {}
func (*Global) astNode()           {}
func (*Nonlocal) astNode()         {}
func (*ExprStmt) astNode()         {}
func (*Pass) astNode()             {}
func (*Break) astNode()            {}
func (*Continue) astNode()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}
