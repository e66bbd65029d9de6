package collectionsmod

import (
	"fmt"
	"sort"

	"github.com/aioplay/aioplay/runtime/py"
)

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// sortedKeys returns a map's keys in order, so that class dictionaries
// are built deterministically.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// newIterType makes the class of a Go iterator, with __iter__ and
// __next__ so Python code can drive it.
func newIterType(name string) *py.Type {
	t := py.NewBuiltinClass(name, "", nil, 0)
	t.Flags &^= py.FlagBaseType
	t.New = nil
	t.Dict.SetStr("__iter__", &py.Builtin{Name: "__iter__", Qualname: name + ".__iter__", Method: true,
		Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) { return args[0], nil }})
	t.Dict.SetStr("__next__", &py.Builtin{Name: "__next__", Qualname: name + ".__next__", Method: true,
		Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			v, ok, err := py.Next(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, py.NewException(py.StopIterationType)
			}
			return v, nil
		}})
	return t
}

// reprKey is the th.Ext key of the stack of containers whose repr is
// being built, to print recursive ones as [...] like CPython.
type reprKey struct{}

func reprEnter(th *py.Thread, o py.Object) bool {
	stack, _ := th.Ext[reprKey{}].([]py.Object)
	for _, x := range stack {
		if x == o {
			return false
		}
	}
	th.Ext[reprKey{}] = append(stack, o)
	return true
}

func reprLeave(th *py.Thread) {
	stack, _ := th.Ext[reprKey{}].([]py.Object)
	if len(stack) > 0 {
		th.Ext[reprKey{}] = stack[:len(stack)-1]
	}
}
