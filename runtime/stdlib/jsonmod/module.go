// Package jsonmod implements Python's json module: the encoder and the
// scanner are Go (CPython accelerates both in C), the public API
// (dumps, dump, loads, load, JSONEncoder, JSONDecoder, JSONDecodeError)
// is Python (json.py, embedded). Output matches CPython's byte for byte:
// separators, indent, sort_keys, ensure_ascii escapes, float reprs,
// NaN/Infinity, key coercion and the decoder's error messages and
// positions (counted in characters).
//
// Known difference: a lone surrogate escape (\ud83d alone) decodes to
// U+FFFD, as aioplay's strings are UTF-8.
package jsonmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed json.py
var source string

func init() { py.RegisterModule("json", load) }

func load(th *py.Thread) (*py.Module, error) {
	const file = "/usr/lib/python3.11/json/__init__.py"
	m := py.NewModule("json", file)
	m.Dict.SetStr("_encode", pyargs.Fn("json", "_encode", encode))
	m.Dict.SetStr("_decode", pyargs.Fn("json", "_decode", decode))
	th.AddSource(file, source)
	if err := pyargs.RunPython(th, m, source, file); err != nil {
		return nil, err
	}
	return m, nil
}

// encode is _encode(obj, skipkeys, ensure_ascii, check_circular,
// allow_nan, sort_keys, indent, item_separator, key_separator, default):
// indent is None or the str of one level; default is None or a callable.
func encode(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "_encode", args, kw, 10, 10); err != nil {
		return nil, err
	}
	flag := func(o py.Object) bool {
		t, _ := py.Truth(th, o)
		return t
	}
	e := &encoder{th: th, skipKeys: flag(args[1]), ensureASCII: flag(args[2]), checkCirc: flag(args[3]),
		allowNaN: flag(args[4]), sortKeys: flag(args[5])}
	if s, ok := args[6].(py.Str); ok {
		ind := string(s)
		e.indent = &ind
	}
	var err error
	if e.itemSep, err = py.StrString(th, args[7]); err != nil {
		return nil, err
	}
	if e.keySep, err = py.StrString(th, args[8]); err != nil {
		return nil, err
	}
	if args[9] != py.None {
		e.def = args[9]
	}
	if err := e.encode(args[0], 0); err != nil {
		return nil, err
	}
	return py.Str(e.sb.String()), nil
}
