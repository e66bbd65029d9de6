package syntax

import "fmt"

// Error is a syntax error with the fields of CPython's SyntaxError.
// Line and EndLine are 1-based; Offset and EndOffset are 1-based
// character (not byte) offsets, as SyntaxError.offset. EndLine and
// EndOffset mirror CPython's quirks: EndOffset is 0 or -1 where CPython
// reports those.
type Error struct {
	Kind      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Line      int
	Offset    int
	EndLine   int
	EndOffset int
	Text      string // the offending source line, with its newline if any
}

// Error formats the error like the last line of a CPython traceback,
// prefixed with its location.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Offset, e.Kind, e.Msg)
}

// Error kinds.
const (
	kindSyntax      = "SyntaxError"
	kindIndentation = "IndentationError"
	kindTab         = "TabError"
)
