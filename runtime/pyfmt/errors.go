package pyfmt

// ErrorKind names the Python exception class that CPython raises for a
// failure, so the interpreter can raise the same class.
type ErrorKind uint8

// The exception classes this package reports.
const (
	// ValueError is raised for malformed format specs, literals that do not
	// parse, and the int/str digit limit.
	ValueError ErrorKind = iota + 1
	// OverflowError is raised for 'c' outside range(0x110000) and for ints
	// too large to convert to float or C long.
	OverflowError
	// MemoryError is raised where the playground refuses to build a result
	// longer than MaxWidth; CPython would try (and usually succeed).
	MemoryError
)

// String returns the Python class name, e.g. "ValueError".
func (k ErrorKind) String() string {
	switch k {
	case ValueError:
		return "ValueError"
	case OverflowError:
		return "OverflowError"
	case MemoryError:
		return "MemoryError"
	}
	return "Exception"
}

// Error is the error type of every function in this package: a Python
// exception class and the message CPython would give it.
type Error struct {
	Kind ErrorKind // the exception class
	Msg  string    // the exception's message, exactly as CPython words it
}

// Error returns "Class: message", the way a traceback's last line reads.
func (e *Error) Error() string { return e.Kind.String() + ": " + e.Msg }

func valueError(msg string) error    { return &Error{Kind: ValueError, Msg: msg} }
func overflowError(msg string) error { return &Error{Kind: OverflowError, Msg: msg} }

// MaxWidth is the largest format width or precision that the playground
// turns into output: CPython accepts up to sys.maxsize (and then runs out
// of memory), a browser tab must not try. Above it, a width that calls for
// padding, or a precision that calls for that many digits, is a
// MemoryError. Widths and precisions that would not lengthen the result
// (format('abc', '.999999999'), format(0.1, '.999999999g')) are accepted
// as in CPython.
const MaxWidth = 10_000_000

func tooWide(what string, n int) error {
	return &Error{Kind: MemoryError, Msg: "format " + what + " " + itoa(n) +
		" exceeds the playground's limit of 10000000"}
}

// itoa is strconv.Itoa without the import in files that need nothing else.
func itoa(n int) string {
	var buf [24]byte
	i := len(buf)
	u := uint64(n)
	if n < 0 {
		u = uint64(-n)
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if n < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
