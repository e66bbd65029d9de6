package py

import "github.com/aioplay/aioplay/runtime/compile"

// Function is a Python function: code plus its globals, defaults and
// closure.
type Function struct {
	Code       *compile.Code
	Globals    *Dict
	Defaults   Tuple
	KwDefaults *Dict
	Closure    []*Cell
	Name       string
	Qualname   string
	Module     Object
	Doc        Object
	// Annotations is __annotations__, made on first use when the
	// definition had none.
	Annotations *Dict
	// Dict holds attributes set on the function (functools.wraps sets
	// __wrapped__, users set counters...); nil until the first one.
	Dict *Dict
}

// Type returns function.
func (*Function) Type() *Type { return FunctionType }

// BuiltinFn is the Go signature of builtin functions and methods. args
// holds positional arguments followed by the values of keyword arguments,
// whose names are kwnames (so len(kwnames) <= len(args)). For methods,
// args[0] is self.
type BuiltinFn func(th *Thread, args []Object, kwnames []string) (Object, error)

// Builtin is a function or method implemented in Go.
type Builtin struct {
	Name string
	// Qualname is shown in messages and reprs (e.g. "list.append").
	Qualname string
	Fn       BuiltinFn
	// Self, when set, is passed as args[0] (a builtin bound to a module
	// object or instance, e.g. a loop's method).
	Self Object
	// Method marks a method descriptor: accessing it through an instance
	// binds the instance as args[0].
	Method bool
	// ClassMethod marks a method that binds the class (dict.fromkeys).
	ClassMethod bool
	// Module names the owning module for the repr.
	Module string
	// Unchecked marks the builtin functions that CPython's interpreter
	// calls inline, without the recursion check of other calls
	// (uncheckedBuiltins).
	Unchecked bool
	// fast, when set, is Fn's common case for calls from Python code
	// with fastArgs positional arguments (self first, for a method) and
	// no keywords, minus the checks such a call cannot fail: len(x),
	// isinstance(x, C), list.append (see fastcalls.go). It returns nil,
	// nil for arguments it leaves to Fn.
	fast     func(th *Thread, args []Object) (Object, error)
	fastArgs int
}

// Type returns builtin_function_or_method.
func (*Builtin) Type() *Type { return BuiltinFunctionType }

// NewBuiltin makes a module-level builtin function.
func NewBuiltin(name string, fn BuiltinFn) *Builtin {
	return &Builtin{Name: name, Qualname: name, Fn: fn}
}

// Method is a function bound to an object.
type Method struct {
	Func Object
	Self Object
}

// Type returns method.
func (*Method) Type() *Type { return MethodType }

// addMethods attaches Go methods to a builtin type's dictionary.
func addMethods(t *Type, methods map[string]BuiltinFn) {
	// Sorted insertion keeps dir() and the dict order deterministic.
	for _, name := range sortedKeys(methods) {
		t.Dict.SetStr(name, &Builtin{Name: name, Qualname: t.Name + "." + name, Fn: methods[name], Method: true})
	}
}
