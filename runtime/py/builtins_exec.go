package py

// compile(), exec() and eval(): source given as a string is compiled by
// the same compiler as the script, under the file name "<string>" (or the
// one given to compile()), and run in the given namespaces, by default the
// caller's.

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/syntax"
)

func init() {
	builtinFuncs["exec"] = builtinExec
	builtinFuncs["eval"] = builtinEval
	builtinFuncs["compile"] = builtinCompile
}

var (
	execParser    = &argParser{fname: "exec", posonly: 1, names: []string{"globals", "locals"}, minpos: 1, maxpos: 3}
	evalParser    = &argParser{fname: "eval", posonly: 1, names: []string{"globals", "locals"}, minpos: 1, maxpos: 3}
	compileParser = &argParser{fname: "compile", names: []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, minpos: 3, maxpos: 6}
)

// SyntaxErrorFromParse converts a parser or compiler error into a Python
// SyntaxError (or IndentationError, TabError) carrying CPython's
// attributes, so that it prints as CPython prints it.
func SyntaxErrorFromParse(se *syntax.Error, filename string) *Exception {
	cls := SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		cls = IndentationErrorType
	case "TabError":
		cls = TabErrorType
	case "RecursionError":
		// Code nested too deeply to compile: a plain RecursionError.
		return NewException(RecursionErrorType, Str(se.Msg))
	}
	e := NewException(cls, Str(se.Msg))
	e.SetAttrStr("msg", Str(se.Msg))
	e.SetAttrStr("filename", Str(filename))
	e.SetAttrStr("lineno", Int(se.Line))
	e.SetAttrStr("offset", Int(se.Offset))
	e.SetAttrStr("end_lineno", Int(se.EndLine))
	e.SetAttrStr("end_offset", Int(se.EndOffset))
	var text Object = None
	if se.Text != "" {
		text = Str(se.Text)
	}
	e.SetAttrStr("text", text)
	e.Args = Tuple{Str(se.Msg), Tuple{Str(filename), Int(se.Line), Int(se.Offset), text, Int(se.EndLine), Int(se.EndOffset)}}
	return e
}

// compileSource compiles source text in mode "exec" or "eval".
func (th *Thread) compileSource(fname string, src Object, filename, mode string) (*compile.Code, error) {
	var text string
	switch s := src.(type) {
	case Str:
		text = string(s)
	case Bytes:
		text = string(s)
	case *codeObject:
		return s.c, nil
	default:
		if fname == "compile" {
			return nil, th.NewError(TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
		}
		return nil, th.Errorf(TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname)
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, th.NewError(SyntaxErrorType, "source code string cannot contain null bytes")
	}
	opts := compile.Options{Filename: filename, Python36: th.Py36, Locals: true}
	var code *compile.Code
	var err error
	if mode == "eval" {
		// eval() ignores leading spaces and tabs.
		code, err = compile.CompileEval([]byte(strings.TrimLeft(text, " \t")), opts)
	} else {
		code, err = compile.CompileModule([]byte(text), opts)
	}
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			return nil, SyntaxErrorFromParse(se, filename)
		}
		return nil, err
	}
	return code, nil
}

// runCode runs compiled module-level code with the given namespaces
// (nil: the caller's) and returns its value.
func (th *Thread) runCode(fname string, code *compile.Code, globals, locals Object) (Object, error) {
	var g, l *Dict
	if globals != nil && globals != None {
		d, ok := globals.(*Dict)
		if !ok {
			if fname == "exec" {
				return nil, th.Errorf(TypeErrorType, "exec() globals must be a dict, not %s", globals.Type().Name)
			}
			return nil, th.Errorf(TypeErrorType, "globals must be a dict")
		}
		g = d
	}
	if locals != nil && locals != None {
		d, ok := locals.(*Dict)
		if !ok {
			return nil, th.NewError(TypeErrorType, "locals must be a mapping")
		}
		l = d
	}
	if g == nil {
		f := th.CurrentFrame()
		if f == nil {
			g = NewDict()
		} else {
			g = f.Globals
			if l == nil {
				l = th.localsDict()
			}
		}
	}
	if g.GetStr("__builtins__") == nil {
		g.SetStr("__builtins__", th.builtinsModule())
	}
	f := th.newFrame(code, g, nil)
	if l != nil && l != g {
		f.setNS(l)
	}
	return th.runFrame(f)
}

// builtinExec is exec(source, globals=None, locals=None, /).
func builtinExec(th *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := execParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	code, err := th.compileSource("exec", a[0], "<string>", "exec")
	if err != nil {
		return nil, err
	}
	if _, err := th.runCode("exec", code, a[1], a[2]); err != nil {
		return nil, err
	}
	return None, nil
}

// builtinEval is eval(source, globals=None, locals=None, /).
func builtinEval(th *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := evalParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	code, err := th.compileSource("eval", a[0], "<string>", "eval")
	if err != nil {
		return nil, err
	}
	return th.runCode("eval", code, a[1], a[2])
}

// builtinCompile is compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1): it returns a code object for exec()
// or eval(); modes "exec", "eval" and "single" (treated as "exec").
func builtinCompile(th *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := compileParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	filename, ok := a[1].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "compile() argument 'filename' must be str, not %s", a[1].Type().Name)
	}
	mode, ok := a[2].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "compile() argument 'mode' must be str, not %s", a[2].Type().Name)
	}
	switch mode {
	case "exec", "single":
		mode = "exec"
	case "eval":
	default:
		return nil, th.NewError(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	code, err := th.compileSource("compile", a[0], string(filename), string(mode))
	if err != nil {
		return nil, err
	}
	return &codeObject{c: code}, nil
}
