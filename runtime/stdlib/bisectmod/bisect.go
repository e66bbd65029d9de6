// Package bisectmod implements Python's bisect module in Go (CPython's is
// C): bisect_left, bisect_right (bisect), insort_left and insort_right
// (insort), with lo, hi and the 3.10 key= argument. Like CPython's, they
// use only <, index the sequence with a[i], and insert with a.insert.
package bisectmod

import (
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

func init() { py.RegisterModule("bisect", load) }

func load(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("bisect", "/usr/lib/python3.11/bisect.py")
	for _, f := range []struct {
		name   string
		right  bool
		insort bool
	}{{"bisect_right", true, false}, {"bisect_left", false, false}, {"insort_right", true, true}, {"insort_left", false, true}} {
		f := f
		m.Dict.SetStr(f.name, pyargs.Fn("_bisect", f.name, func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			return call(th, f.name, f.right, f.insort, args, kw)
		}))
	}
	m.Dict.SetStr("bisect", m.Dict.GetStr("bisect_right"))
	m.Dict.SetStr("insort", m.Dict.GetStr("insort_right"))
	return m, nil
}

func call(th *py.Thread, name string, right, insort bool, args []py.Object, kw []string) (py.Object, error) {
	var a, x py.Object
	var lo, hi, key py.Object = py.Int(0), py.None, py.None
	if err := pyargs.Clinic(th, name, args, kw, "a", &a, "x", &x, "lo?", &lo, "hi?", &hi, "*", "key?", &key); err != nil {
		return nil, err
	}
	l, err := pyargs.Int64(th, lo)
	if err != nil {
		return nil, err
	}
	if l < 0 {
		return nil, th.NewError(py.ValueErrorType, "lo must be non-negative")
	}
	var h int64
	if hi == py.None {
		n, err := py.Len(th, a)
		if err != nil {
			return nil, err
		}
		h = int64(n)
	} else if h, err = pyargs.Int64(th, hi); err != nil {
		return nil, err
	}
	// With insort, x's key is computed once, as CPython does; bisect
	// compares x itself against the keys of the items.
	target := x
	if insort && key != py.None {
		if target, err = th.Call(key, []py.Object{x}, nil); err != nil {
			return nil, err
		}
	}
	for l < h {
		mid := int64(uint64(l+h) / 2)
		item, err := py.GetItem(th, a, py.Int(mid))
		if err != nil {
			return nil, err
		}
		if key != py.None {
			if item, err = th.Call(key, []py.Object{item}, nil); err != nil {
				return nil, err
			}
		}
		var c bool
		if right {
			c, err = py.Less(th, target, item)
		} else {
			c, err = py.Less(th, item, target)
			c = !c
		}
		if err != nil {
			return nil, err
		}
		if c {
			h = mid
		} else {
			l = mid + 1
		}
	}
	if !insort {
		return py.Int(l), nil
	}
	if list, ok := a.(*py.List); ok {
		if l > int64(len(list.Items)) {
			l = int64(len(list.Items)) // list.insert clamps
		}
		items := append(list.Items, nil)
		copy(items[l+1:], items[l:])
		items[l] = x
		list.Items = items
		return py.None, nil
	}
	ins, err := py.GetAttr(th, a, "insert")
	if err != nil {
		return nil, err
	}
	_, err = th.Call(ins, []py.Object{py.Int(l), x}, nil)
	return py.None, err
}
