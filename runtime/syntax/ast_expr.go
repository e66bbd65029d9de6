package syntax

// BoolOp is "a and b and c" or "a or b": one node per run of one operator.
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is "target := value".
type NamedExpr struct {
	Pos
	Target Expr
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation, including "not".
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is "body if test else orelse".
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a nil key marks a "**value" entry.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Await is "await value".
type Await struct {
	Pos
	Value Expr
}

// Yield is "yield [value]".
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is "yield from value".
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is a (possibly chained) comparison.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is a call expression.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one replacement field of an f-string. Conversion is
// -1 (none) or the code of 's', 'r' or 'a'; FormatSpec is nil or a
// JoinedStr.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string (after concatenation with its neighbours).
type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal. Value is None, Ellipsis, bool, *big.Int,
// float64, complex128, string or Bytes; Kind is "u" for a u-prefixed
// string and "" otherwise.
type Constant struct {
	Pos
	Value any
	Kind  string
}

// Attribute is "value.attr".
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is "value[slice]".
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is "*value".
type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier.
type Name struct {
	Pos
	ID  string
	Ctx ExprContext
}

// List is a list display or target.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or target.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Slice is "lower:upper:step" inside a subscript; any part may be nil.
type Slice struct {
	Pos
	Lower Expr
	Upper Expr
	Step  Expr
}

func (*BoolOp) astNode()         {}
func (*NamedExpr) astNode()      {}
func (*BinOp) astNode()          {}
func (*UnaryOp) astNode()        {}
func (*Lambda) astNode()         {}
func (*IfExp) astNode()          {}
func (*Dict) astNode()           {}
func (*Set) astNode()            {}
func (*ListComp) astNode()       {}
func (*SetComp) astNode()        {}
func (*DictComp) astNode()       {}
func (*GeneratorExp) astNode()   {}
func (*Await) astNode()          {}
func (*Yield) astNode()          {}
func (*YieldFrom) astNode()      {}
func (*Compare) astNode()        {}
func (*Call) astNode()           {}
func (*FormattedValue) astNode() {}
func (*JoinedStr) astNode()      {}
func (*Constant) astNode()       {}
func (*Attribute) astNode()      {}
func (*Subscript) astNode()      {}
func (*Starred) astNode()        {}
func (*Name) astNode()           {}
func (*List) astNode()           {}
func (*Tuple) astNode()          {}
func (*Slice) astNode()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
