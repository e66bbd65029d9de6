// Package typesmod implements Python's types module: the type objects of
// the interpreter's builtin kinds (FunctionType, GeneratorType,
// CoroutineType...) taken from runtime/py, and SimpleNamespace,
// new_class and coroutine written in Python (types.py, embedded).
package typesmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed types.py
var source string

func init() { py.RegisterModule("types", load) }

func load(th *py.Thread) (*py.Module, error) {
	const file = "/usr/lib/python3.11/types.py"
	m := py.NewModule("types", file)
	for name, t := range map[string]*py.Type{
		"FunctionType": py.FunctionType, "LambdaType": py.FunctionType,
		"BuiltinFunctionType": py.BuiltinFunctionType, "BuiltinMethodType": py.BuiltinFunctionType,
		"MethodType": py.MethodType, "GeneratorType": py.GeneratorType, "CoroutineType": py.CoroutineType,
		"AsyncGeneratorType": py.AsyncGeneratorType, "CodeType": py.CodeType, "TracebackType": py.TracebackType,
		"ModuleType": py.ModuleType, "NoneType": py.NoneTypeType, "EllipsisType": py.EllipsisTypeType,
		"NotImplementedType": py.NotImplementedTypeType, "CellType": py.CellType,
		"GenericAlias": py.GenericAliasType,
	} {
		m.Dict.SetStr(name, t)
	}
	m.Dict.SetStr("_iterable_coroutine", py.NewBuiltin("_iterable_coroutine", iterableCoroutine))
	th.AddSource(file, source)
	if err := pyargs.RunPython(th, m, source, file); err != nil {
		return nil, err
	}
	return m, nil
}

// iterableCoroutine is the heart of types.coroutine: a Python generator
// function gets CO_ITERABLE_COROUTINE (its generators may be awaited and
// may `yield from` coroutines) and the call returns True; for anything
// else it returns False.
func iterableCoroutine(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(args) != 1 || len(kw) != 0 {
		return nil, th.NewError(py.TypeErrorType, "_iterable_coroutine() takes exactly one argument")
	}
	fn, ok := args[0].(*py.Function)
	if !ok || fn.Code.Flags&compile.FlagGenerator == 0 {
		return py.False, nil
	}
	fn.Code.Flags |= compile.FlagIterableCoroutine
	return py.True, nil
}
