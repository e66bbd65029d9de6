package syntax

// Pos is the source extent CPython records for a node: Lineno and
// EndLineno are 1-based, ColOffset and EndColOffset are 0-based UTF-8 byte
// offsets into their lines.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns the node's extent.
func (p *Pos) Position() Pos { return *p }

// Node is any tree node: statements, expressions and the helper nodes
// (Arguments, Arg, Keyword, Alias, WithItem, Comprehension, ExceptHandler).
type Node interface {
	astNode()
}

// Positioned is a node that carries a source extent.
type Positioned interface {
	Node
	Position() Pos
}

// Expr is an expression node (CPython's ast.expr).
type Expr interface {
	Positioned
	exprNode()
}

// Stmt is a statement node (CPython's ast.stmt).
type Stmt interface {
	Positioned
	stmtNode()
}

// ExprContext says whether an expression is read, assigned or deleted
// (CPython's ast.expr_context).
type ExprContext uint8

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// String returns CPython's class name for the context.
func (c ExprContext) String() string {
	return [...]string{"Load", "Store", "Del"}[c]
}

// BoolOperator is "and" or "or" (CPython's ast.boolop).
type BoolOperator uint8

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

// String returns CPython's class name for the operator.
func (o BoolOperator) String() string { return [...]string{"And", "Or"}[o] }

// Operator is a binary operator (CPython's ast.operator).
type Operator uint8

// The binary operators, in CPython's order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
	"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

// String returns CPython's class name for the operator.
func (o Operator) String() string { return operatorNames[o] }

// UnaryOperator is a unary operator (CPython's ast.unaryop).
type UnaryOperator uint8

// The unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// String returns CPython's class name for the operator.
func (o UnaryOperator) String() string {
	return [...]string{"Invert", "Not", "UAdd", "USub"}[o]
}

// CmpOp is a comparison operator (CPython's ast.cmpop).
type CmpOp uint8

// The comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// String returns CPython's class name for the operator.
func (o CmpOp) String() string {
	return [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}[o]
}

// Module is a parsed file (CPython's ast.Module; type_ignores is always
// empty because type comments are not parsed).
type Module struct {
	Body []Stmt
}

func (*Module) astNode() {}

// Arguments is the parameter list of a def or lambda. KwDefaults has one
// entry per Kwonlyargs entry, nil where the parameter has no default.
type Arguments struct {
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg
	Kwonlyargs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg
	Defaults    []Expr
}

// Arg is one parameter with its optional annotation.
type Arg struct {
	Pos
	Arg        string
	Annotation Expr
}

// Keyword is a keyword argument of a call or class; Arg is "" for **x.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// Alias is one name of an import; Asname is "" when absent.
type Alias struct {
	Pos
	Name   string
	Asname string
}

// WithItem is one context manager of a with statement.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// Comprehension is one "for ... in ... if ..." clause; IsAsync is 0 or 1.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is one except clause; Name is "" when there is no "as".
type ExceptHandler struct {
	Pos
	Type Expr
	Name string
	Body []Stmt
}

func (*Arguments) astNode()     {}
func (*Arg) astNode()           {}
func (*Keyword) astNode()       {}
func (*Alias) astNode()         {}
func (*WithItem) astNode()      {}
func (*Comprehension) astNode() {}
func (*ExceptHandler) astNode() {}
