package pyargs

import (
	"fmt"
	"math"
	"math/big"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
)

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// Index converts o as operator.index does: ints and bools, then
// __index__. Anything else raises "'T' object cannot be interpreted as an
// integer", the message of C functions taking an int.
func Index(th *py.Thread, o py.Object) (py.Object, error) {
	i, ok, err := py.Index(th, o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, th.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return i, nil
}

// Int64 is Index for a value that must fit a C long: larger ones raise
// OverflowError "Python int too large to convert to C long".
func Int64(th *py.Thread, o py.Object) (int64, error) {
	i, err := Index(th, o)
	if err != nil {
		return 0, err
	}
	if v, ok := i.(py.Int); ok {
		return int64(v), nil
	}
	return 0, th.NewError(py.OverflowErrorType, "Python int too large to convert to C long")
}

// Big returns an int object (Int, *BigInt or bool) as a big.Int.
func Big(o py.Object) *big.Int {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case *py.BigInt:
		return v.V
	case py.Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// IsInt reports whether o is an int (or bool).
func IsInt(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// Float converts a number to a float64 as C functions taking a double do
// (PyFloat_AsDouble): floats, ints (OverflowError "int too large to
// convert to float"), then __float__ and __index__; anything else raises
// "must be real number, not T".
func Float(th *py.Thread, o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return BigToFloat(th, v.V)
	case py.Str, py.Bytes:
		return 0, th.Errorf(py.TypeErrorType, "must be real number, not %s", o.Type().Name)
	}
	cls := o.Type()
	if cls.Lookup("__float__") != nil || cls.Lookup("__index__") != nil {
		return py.FloatOf(th, o)
	}
	return 0, th.Errorf(py.TypeErrorType, "must be real number, not %s", cls.Name)
}

// BigToFloat converts an int to the nearest float (round half to even),
// raising OverflowError "int too large to convert to float" as CPython.
func BigToFloat(th *py.Thread, v *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, th.NewError(py.OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// Warn issues a warning of class category with message msg, attributed
// to the Python line running now, as the warnings module's default
// filters do (th.Warn), except that DeprecationWarning is shown only
// when the code is __main__'s.
func Warn(th *py.Thread, category *py.Type, msg string) {
	f := th.CurrentFrame()
	if f == nil {
		return
	}
	if category.IsSubtype(py.DeprecationWarningType) || category.IsSubtype(py.PendingDeprecationWarnTyp) {
		if name, _ := f.Globals.GetStr("__name__").(py.Str); name != "__main__" && th.Modules["warnings"] == nil {
			return
		}
	}
	th.Warn(category, msg, f, "")
}

// RunPython compiles src (an embedded part of a module, given the library
// path that tracebacks show for it) and runs it in the module's dict.
func RunPython(th *py.Thread, m *py.Module, src, filename string) error {
	code, err := compile.CompileModule([]byte(src), compile.Options{Filename: filename})
	if err != nil {
		return err
	}
	return th.RunModule(code, m.Dict)
}

// Fn is a module-level builtin with its module set for the repr.
func Fn(module, name string, fn py.BuiltinFn) *py.Builtin {
	return &py.Builtin{Name: name, Qualname: name, Fn: fn, Module: module}
}

// Method is a method of a Go-implemented class: accessing it through an
// instance binds the instance as args[0].
func Method(class, name string, fn py.BuiltinFn) *py.Builtin {
	return &py.Builtin{Name: name, Qualname: class + "." + name, Fn: fn, Method: true}
}

// Bool returns a py.Bool.
func Bool(b bool) py.Object { return py.Bool(b) }

// PythonModule returns the loader of a module written entirely in Python:
// src runs in a fresh module called name whose __file__ is file (a library
// path such as "/usr/lib/python3.11/contextlib.py", so that tracebacks
// treat its frames as library frames).
func PythonModule(name, file, src string) py.ModuleLoader {
	return func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule(name, file)
		th.AddSource(file, src)
		if err := RunPython(th, m, src, file); err != nil {
			return nil, err
		}
		return m, nil
	}
}
