package pyrandom

// Error is a Python exception raised by the random module: Type is the
// exception class name ("ValueError", "IndexError", "TypeError",
// "ZeroDivisionError", "OverflowError", "MemoryError") and Msg is
// CPython 3.11's message, verbatim.
type Error struct {
	Type string
	Msg  string
}

// Error formats the exception as the last line of a Python traceback.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

func valueError(msg string) error        { return &Error{Type: "ValueError", Msg: msg} }
func indexError(msg string) error        { return &Error{Type: "IndexError", Msg: msg} }
func typeError(msg string) error         { return &Error{Type: "TypeError", Msg: msg} }
func overflowError(msg string) error     { return &Error{Type: "OverflowError", Msg: msg} }
func zeroDivisionError(msg string) error { return &Error{Type: "ZeroDivisionError", Msg: msg} }

// Messages shared by several functions.
const (
	msgFloatDivZero = "float division by zero"
	msgMathRange    = "math range error"
	msgMathDomain   = "math domain error"
	// msgPowRange is how float ** reports an overflowing result: CPython
	// raises OverflowError from errno ERANGE, whose str is this tuple.
	msgPowRange = "(34, 'Numerical result out of range')"
	// msgListIndex is the IndexError of indexing an empty list; see
	// Choices for when callers should substitute their sequence's own.
	msgListIndex = "list index out of range"
)

// maxCollection bounds the length of the index slices Sample and Choices
// build. CPython would attempt the allocation ([None] * k) and raise
// MemoryError when it fails; a Go allocation failure is fatal instead, so
// requests beyond this bound (2**28 indices, 2 GiB) raise MemoryError up
// front.
const maxCollection = 1 << 28

func memoryError() error { return &Error{Type: "MemoryError"} }
