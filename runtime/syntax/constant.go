package syntax

// NoneType is the type of the None sentinel.
type NoneType struct{}

// EllipsisType is the type of the Ellipsis sentinel.
type EllipsisType struct{}

// None is the Constant value of the literal None.
var None = NoneType{}

// Ellipsis is the Constant value of the literal "...".
var Ellipsis = EllipsisType{}

// Bytes is the Constant value of a bytes literal.
type Bytes []byte
