package py

import (
	"github.com/aioplay/aioplay/runtime/compile"
)

// Exception is an instance of BaseException or one of its subclasses,
// builtin or user-defined. It is also a Go error: returning it is raising it.
type Exception struct {
	Class *Type
	Args  Tuple
	// Dict holds attributes set on the instance (e.g. by a user
	// subclass's __init__); nil until the first one.
	Dict      *Dict
	Traceback *Traceback
	// Cause is __cause__ (raise ... from X), Context is __context__ (the
	// exception being handled when this one was raised).
	Cause           *Exception
	Context         *Exception
	SuppressContext bool
	// Notes are add_note() strings (3.11).
	Notes []string
	// Group holds the sub-exceptions of an ExceptionGroup.
	Group []*Exception
	// Msg is the message of an ExceptionGroup.
	Msg string
	// held are unstarted coroutines this exception keeps alive (see
	// Thread.HoldCoroutines).
	held []*Generator
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error renders "Class: message" for Go callers and logs.
func (e *Exception) Error() string {
	s := exceptionStr(e)
	if s == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + s
}

// IsA reports whether e is an instance of cls.
func (e *Exception) IsA(cls *Type) bool { return e.Class.IsSubtype(cls) }

// Traceback is one entry of a traceback chain, outermost first: the frame
// (code and line) an exception passed through.
type Traceback struct {
	Next *Traceback
	Code *compile.Code
	Line int
	// Frame is the frame itself (tb_frame), when known.
	Frame *Frame
}

// NewException makes an exception of class cls with the given args.
func NewException(cls *Type, args ...Object) *Exception {
	return &Exception{Class: cls, Args: Tuple(args)}
}

// NewError makes an exception of class cls whose single arg is msg, with
// the exception being handled (if any) as its context.
func (th *Thread) NewError(cls *Type, msg string) *Exception {
	return &Exception{Class: cls, Args: Tuple{Str(msg)}}
}

// Errorf is NewError with formatting.
func (th *Thread) Errorf(cls *Type, format string, args ...any) *Exception {
	return th.NewError(cls, sprintf(format, args...))
}

// memoryError is raised when a script asks for more memory than its budget.
func (th *Thread) memoryError() *Exception {
	return &Exception{Class: MemoryErrorType}
}

// exceptionStr is str(exc) for builtin exception classes.
func exceptionStr(e *Exception) string {
	if e.Class.IsSubtype(KeyErrorType) && len(e.Args) == 1 {
		return reprNoThread(e.Args[0])
	}
	if e.Group != nil || e.Class.IsSubtype(BaseExceptionGroupType) {
		n := len(e.Group)
		plural := "s"
		if n == 1 {
			plural = ""
		}
		return sprintf("%s (%d sub-exception%s)", e.Msg, n, plural)
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		return strNoThread(e.Args[0])
	}
	return reprNoThread(e.Args)
}

// The builtin exception hierarchy.
var (
	BaseExceptionType         = newExcType("BaseException", nil)
	BaseExceptionGroupType    = newExcType("BaseExceptionGroup", BaseExceptionType)
	GeneratorExitType         = newExcType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType     = newExcType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType            = newExcType("SystemExit", BaseExceptionType)
	ExceptionType             = newExcType("Exception", BaseExceptionType)
	ArithmeticErrorType       = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType    = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType         = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType     = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType        = newExcType("AssertionError", ExceptionType)
	AttributeErrorType        = newExcType("AttributeError", ExceptionType)
	BufferErrorType           = newExcType("BufferError", ExceptionType)
	EOFErrorType              = newExcType("EOFError", ExceptionType)
	ExceptionGroupType        = newExcTypeBases("ExceptionGroup", BaseExceptionGroupType, ExceptionType)
	ImportErrorType           = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType   = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType           = newExcType("LookupError", ExceptionType)
	IndexErrorType            = newExcType("IndexError", LookupErrorType)
	KeyErrorType              = newExcType("KeyError", LookupErrorType)
	MemoryErrorType           = newExcType("MemoryError", ExceptionType)
	NameErrorType             = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType     = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType               = newExcType("OSError", ExceptionType)
	ConnectionErrorType       = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType       = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionResetErrorType  = newExcType("ConnectionResetError", ConnectionErrorType)
	ConnectionRefusedErrType  = newExcType("ConnectionRefusedError", ConnectionErrorType)
	FileNotFoundErrorType     = newExcType("FileNotFoundError", OSErrorType)
	PermissionErrorType       = newExcType("PermissionError", OSErrorType)
	TimeoutErrorType          = newExcType("TimeoutError", OSErrorType)
	BlockingIOErrorType       = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType     = newExcType("ChildProcessError", OSErrorType)
	ConnectionAbortedErrType  = newExcType("ConnectionAbortedError", ConnectionErrorType)
	FileExistsErrorType       = newExcType("FileExistsError", OSErrorType)
	InterruptedErrorType      = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType     = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType    = newExcType("NotADirectoryError", OSErrorType)
	ProcessLookupErrorType    = newExcType("ProcessLookupError", OSErrorType)
	ReferenceErrorType        = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType          = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType   = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType        = newExcType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType    = newExcType("StopAsyncIteration", ExceptionType)
	StopIterationType         = newExcType("StopIteration", ExceptionType)
	SyntaxErrorType           = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType      = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType              = newExcType("TabError", IndentationErrorType)
	SystemErrorType           = newExcType("SystemError", ExceptionType)
	TypeErrorType             = newExcType("TypeError", ExceptionType)
	ValueErrorType            = newExcType("ValueError", ExceptionType)
	UnicodeErrorType          = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType    = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType    = newExcType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType = newExcType("UnicodeTranslateError", UnicodeErrorType)
	WarningType               = newExcType("Warning", ExceptionType)
	DeprecationWarningType    = newExcType("DeprecationWarning", WarningType)
	RuntimeWarningType        = newExcType("RuntimeWarning", WarningType)
	UserWarningType           = newExcType("UserWarning", WarningType)
	SyntaxWarningType         = newExcType("SyntaxWarning", WarningType)
	ResourceWarningType       = newExcType("ResourceWarning", WarningType)
	FutureWarningType         = newExcType("FutureWarning", WarningType)
	PendingDeprecationWarnTyp = newExcType("PendingDeprecationWarning", WarningType)
	BytesWarningType          = newExcType("BytesWarning", WarningType)
	EncodingWarningType       = newExcType("EncodingWarning", WarningType)
	ImportWarningType         = newExcType("ImportWarning", WarningType)
	UnicodeWarningType        = newExcType("UnicodeWarning", WarningType)
)

// builtinExceptionNames are the exception classes the builtins module
// exports, in a fixed order (names, not the types: a list of the types
// would be built by code at start-up, which costs the page's download
// more than this data).
var builtinExceptionNames = []string{
	"BaseException", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
	"Exception", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
	"AssertionError", "AttributeError", "BufferError", "EOFError", "ExceptionGroup",
	"ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError", "MemoryError",
	"NameError", "UnboundLocalError", "OSError", "ConnectionError", "BrokenPipeError",
	"ConnectionResetError", "ConnectionRefusedError", "FileNotFoundError", "PermissionError",
	"TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
	"StopAsyncIteration", "StopIteration", "SyntaxError", "IndentationError", "TabError",
	"SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
	"UnicodeEncodeError", "Warning", "DeprecationWarning", "RuntimeWarning", "UserWarning",
	"SyntaxWarning", "ResourceWarning", "FutureWarning", "PendingDeprecationWarning",
	"BlockingIOError", "ChildProcessError", "ConnectionAbortedError", "FileExistsError",
	"InterruptedError", "IsADirectoryError", "NotADirectoryError", "ProcessLookupError",
	"UnicodeTranslateError", "BytesWarning", "EncodingWarning", "ImportWarning", "UnicodeWarning",
}

// excTypes are the builtin exception types by name (newExcType's).
var excTypes = map[string]*Type{}

// osErrorSubclass maps an errno to the OSError subclass that OSError(errno,
// strerror) creates (Linux numbering, as PEP 3151 specifies).
var osErrorSubclass = map[int64]*Type{
	11: BlockingIOErrorType, 114: BlockingIOErrorType, 115: BlockingIOErrorType,
	10: ChildProcessErrorType, 32: BrokenPipeErrorType, 108: BrokenPipeErrorType,
	103: ConnectionAbortedErrType, 111: ConnectionRefusedErrType, 104: ConnectionResetErrorType,
	17: FileExistsErrorType, 2: FileNotFoundErrorType, 21: IsADirectoryErrorType,
	20: NotADirectoryErrorType, 4: InterruptedErrorType, 13: PermissionErrorType,
	1: PermissionErrorType, 3: ProcessLookupErrorType, 110: TimeoutErrorType,
}

// newExcType makes a builtin exception type deriving from base (none for
// BaseException).
func newExcType(name string, base *Type) *Type {
	var t *Type
	if base == nil {
		t = newBuiltinType(name, ObjectType, FlagBaseType|FlagException)
		t.New, t.layout = newExceptionIndirect, t
	} else {
		t = newBuiltinType(name, base, FlagBaseType|FlagException)
		t.New, t.layout = newExceptionIndirect, base.layout
	}
	excTypes[name] = t
	return t
}

// newExcTypeBases is newExcType for a type with several bases
// (ExceptionGroup).
func newExcTypeBases(name string, bases ...*Type) *Type {
	t := newExcType(name, bases[0])
	t.Bases = bases
	t.MRO, _ = computeMRO(t, bases)
	for _, b := range bases[1:] {
		b.addSubclass(t)
	}
	return t
}

// newExceptionIndirect calls newException through a variable set by init,
// which breaks the initialization cycle between the exception types and
// the code newException reaches.
func newExceptionIndirect(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	return exceptionNewFn(th, cls, args, kwnames)
}

var exceptionNewFn NewFunc

func init() { exceptionNewFn = newException }

// newException is BaseException.__new__: it stores the args.
func newException(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	n := len(args) - len(kwnames)
	e := &Exception{Class: cls, Args: append(Tuple(nil), args[:n]...)}
	if len(kwnames) > 0 && cls.IsSubtype(OSErrorType) && cls.Lookup("__init__") == baseExceptionInit {
		// OSError.__new__ rejects keywords, naming the class called.
		return nil, th.Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	if cls.IsSubtype(OSErrorType) && n >= 2 && n <= 5 {
		// OSError(errno, strerror[, filename[, winerror[, filename2]]]):
		// plain OSError picks the subclass the errno names, and args
		// keeps only errno and strerror when a filename is given.
		if cls == OSErrorType {
			if code, ok := e.Args[0].(Int); ok {
				if sub := osErrorSubclass[int64(code)]; sub != nil {
					e.Class = sub
				}
			}
		}
		e.SetAttrStr("errno", e.Args[0])
		e.SetAttrStr("strerror", e.Args[1])
		if n >= 3 {
			e.SetAttrStr("filename", e.Args[2])
			if n == 5 {
				e.SetAttrStr("filename2", e.Args[4])
			}
			e.Args = e.Args[:2]
		}
	}
	if cls.IsSubtype(SyntaxErrorType) && n >= 1 {
		// SyntaxError(msg[, (filename, lineno, offset, text[, end_lineno,
		// end_offset])]).
		e.SetAttrStr("msg", e.Args[0])
		if n == 2 {
			info, err := th.iterateForUnpack(e.Args[1])
			if err != nil {
				return nil, err
			}
			if len(info) < 4 {
				return nil, th.Errorf(TypeErrorType, "function takes at least 4 arguments (%d given)", len(info))
			}
			if len(info) > 6 {
				return nil, th.Errorf(TypeErrorType, "function takes at most 6 arguments (%d given)", len(info))
			}
			for i, name := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}[:len(info)] {
				e.SetAttrStr(name, info[i])
			}
		}
	}
	if n == 5 && (cls.IsSubtype(UnicodeDecodeErrorType) || cls.IsSubtype(UnicodeEncodeErrorType)) {
		for i, name := range []string{"encoding", "object", "start", "end", "reason"} {
			e.SetAttrStr(name, e.Args[i])
		}
	}
	return e, nil
}

// osErrorStr is str() of an OSError made with an errno and strerror:
// "[Errno 2] No such file: 'name'".
func osErrorStr(th *Thread, e *Exception) (string, bool) {
	d := instanceDict(e)
	if d == nil || d.GetStr("errno") == nil {
		return "", false
	}
	errno, err := StrString(th, d.GetStr("errno"))
	if err != nil {
		return "", false
	}
	strerror, err := StrString(th, d.GetStr("strerror"))
	if err != nil {
		return "", false
	}
	s := "[Errno " + errno + "] " + strerror
	if fn := d.GetStr("filename"); fn != nil && fn != None {
		r, err := reprString(th, fn)
		if err != nil {
			return "", false
		}
		s += ": " + r
		if fn2 := d.GetStr("filename2"); fn2 != nil && fn2 != None {
			r2, err := reprString(th, fn2)
			if err != nil {
				return "", false
			}
			s += " -> " + r2
		}
	}
	return s, true
}

// unicodeErrorStr is str() of a UnicodeDecodeError or UnicodeEncodeError
// made with its five arguments.
func unicodeErrorStr(th *Thread, e *Exception) (string, bool) {
	if len(e.Args) != 5 {
		return "", false
	}
	enc, ok1 := e.Args[0].(Str)
	start, ok2 := e.Args[2].(Int)
	end, ok3 := e.Args[3].(Int)
	reason, ok4 := e.Args[4].(Str)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return "", false
	}
	if e.IsA(UnicodeDecodeErrorType) {
		b, ok := e.Args[1].(Bytes)
		if !ok {
			return "", false
		}
		if end == start+1 && start >= 0 && int(start) < len(b) {
			return sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason), true
		}
		return sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason), true
	}
	s, ok := e.Args[1].(Str)
	if !ok {
		return "", false
	}
	rs := []rune(string(s))
	if end == start+1 && start >= 0 && int(start) < len(rs) {
		c := rs[start]
		var ch string
		switch {
		case c < 0x100:
			ch = sprintf("\\x%02x", c)
		case c < 0x10000:
			ch = sprintf("\\u%04x", c)
		default:
			ch = sprintf("\\U%08x", c)
		}
		return sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, ch, start, reason), true
	}
	return sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason), true
}
