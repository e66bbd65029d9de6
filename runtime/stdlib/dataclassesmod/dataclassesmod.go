// Package dataclassesmod implements Python's dataclasses module, written
// in Python (dataclasses.py, embedded) to CPython 3.11's documented
// behaviour: @dataclass with init, repr, eq, order, frozen, unsafe_hash,
// kw_only and match_args; field() with default, default_factory, init,
// repr, compare, hash, kw_only and metadata; __post_init__, InitVar and
// ClassVar; fields, asdict, astuple, replace, is_dataclass and
// make_dataclass.
//
// CPython generates __init__ and friends as source code and exec()s it;
// aioplay has no exec, so the generated methods are generic functions
// driven by the class's fields, with the same messages: argument binding
// goes through _bind (Go), which reports errors as the generated
// Point.__init__ would.
package dataclassesmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed dataclasses.py
var source string

func init() { py.RegisterModule("dataclasses", load) }

func load(th *py.Thread) (*py.Module, error) {
	const file = "/usr/lib/python3.11/dataclasses.py"
	m := py.NewModule("dataclasses", file)
	m.Dict.SetStr("_bind", pyargs.Fn("dataclasses", "_bind", bind))
	th.AddSource(file, source)
	if err := pyargs.RunPython(th, m, source, file); err != nil {
		return nil, err
	}
	return m, nil
}

// bind is _bind(fname, names, optional, nkwonly, args, kwargs, missing):
// it binds the positional args tuple and kwargs dict to the parameters
// names (the last nkwonly of them keyword-only; optional[i] true when
// parameter i has a default) as a Python function called fname would,
// and returns the list of values, missing for unbound optional ones.
func bind(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "_bind", args, kw, 7, 7); err != nil {
		return nil, err
	}
	fname, _ := args[0].(py.Str)
	names, _ := args[1].(py.Tuple)
	optional, _ := args[2].(py.Tuple)
	nkwonly, _ := args[3].(py.Int)
	pos, _ := args[4].(py.Tuple)
	kwargs, _ := args[5].(*py.Dict)
	missing := args[6]
	vals := make([]py.Object, len(names))
	specs := []any{"self", nil}
	for i, n := range names {
		if i == len(names)-int(nkwonly) {
			specs = append(specs, "*")
		}
		name := string(n.(py.Str))
		vals[i] = missing
		if t, _ := py.Truth(th, optional[i]); t {
			name += "?"
		}
		specs = append(specs, name, &vals[i])
	}
	call := append([]py.Object{py.None}, pos...)
	var kwn []string
	if kwargs != nil {
		for _, kv := range kwargs.Items() {
			k, ok := kv[0].(py.Str)
			if !ok {
				return nil, th.NewError(py.TypeErrorType, "keywords must be strings")
			}
			kwn = append(kwn, string(k))
			call = append(call, kv[1])
		}
	}
	if err := pyargs.Unpack(th, string(fname), call, kwn, specs...); err != nil {
		return nil, err
	}
	return py.NewList(vals), nil
}
