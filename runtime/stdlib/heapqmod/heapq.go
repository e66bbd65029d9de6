// Package heapqmod implements Python's heapq module. The heap operations
// are Go (CPython's are C), and they move items exactly as CPython's
// _siftdown and _siftup do, so a heap list prints the same; nlargest,
// nsmallest and merge are Python (heapq.py, embedded).
package heapqmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed heapq.py
var source string

func init() { py.RegisterModule("heapq", load) }

func load(th *py.Thread) (*py.Module, error) {
	const file = "/usr/lib/python3.11/heapq.py"
	m := py.NewModule("heapq", file)
	for _, name := range []string{"heappush", "heappop", "heapify", "heapreplace", "heappushpop",
		"_heappop_max", "_heapify_max", "_heapreplace_max"} {
		m.Dict.SetStr(name, pyargs.Fn("_heapq", name, funcs[name]))
	}
	th.AddSource(file, source)
	if err := pyargs.RunPython(th, m, source, file); err != nil {
		return nil, err
	}
	return m, nil
}

// less is heapq's comparison: only < is used.
type less func(th *py.Thread, a, b py.Object) (bool, error)

func lt(th *py.Thread, a, b py.Object) (bool, error) { return py.Less(th, a, b) }
func gt(th *py.Thread, a, b py.Object) (bool, error) { return py.Less(th, b, a) }

// siftdown moves heap[pos] up towards startpos while it is smaller than
// its parent (CPython's _siftdown). The list may change under a
// comparison; CPython checks and raises, as this does.
func siftdown(th *py.Thread, l *py.List, startpos, pos int, cmp less) error {
	n := len(l.Items)
	newitem := l.Items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := l.Items[parentpos]
		c, err := cmp(th, newitem, parent)
		if err != nil {
			return err
		}
		if len(l.Items) != n {
			return th.NewError(py.RuntimeErrorType, "list changed size during iteration")
		}
		if !c {
			break
		}
		l.Items[pos] = parent
		pos = parentpos
	}
	l.Items[pos] = newitem
	return nil
}

// siftup moves the smaller child up until reaching a leaf, then puts the
// item there and sifts it down (CPython's _siftup).
func siftup(th *py.Thread, l *py.List, pos int, cmp less) error {
	endpos := len(l.Items)
	startpos := pos
	newitem := l.Items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			c, err := cmp(th, l.Items[childpos], l.Items[rightpos])
			if err != nil {
				return err
			}
			if len(l.Items) != endpos {
				return th.NewError(py.RuntimeErrorType, "list changed size during iteration")
			}
			if !c {
				childpos = rightpos
			}
		}
		l.Items[pos] = l.Items[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	l.Items[pos] = newitem
	return siftdown(th, l, startpos, pos, cmp)
}

// heapArg checks the heap argument; which names it "argument" (the one
// argument of heappop and heapify) or "argument 1".
func heapArg(th *py.Thread, fname string, o py.Object) (*py.List, error) {
	l, ok := o.(*py.List)
	if !ok {
		which := "argument 1"
		switch fname {
		case "heappop", "heapify", "_heappop_max", "_heapify_max":
			which = "argument"
		}
		return nil, th.Errorf(py.TypeErrorType, "%s() %s must be list, not %s", fname, which, o.Type().Name)
	}
	return l, nil
}

func pop(th *py.Thread, l *py.List, cmp less) (py.Object, error) {
	n := len(l.Items)
	if n == 0 {
		return nil, th.NewError(py.IndexErrorType, "index out of range")
	}
	last := l.Items[n-1]
	l.Items = l.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := l.Items[0]
	l.Items[0] = last
	return ret, siftup(th, l, 0, cmp)
}

func replace(th *py.Thread, l *py.List, item py.Object, cmp less) (py.Object, error) {
	if len(l.Items) == 0 {
		return nil, th.NewError(py.IndexErrorType, "index out of range")
	}
	ret := l.Items[0]
	l.Items[0] = item
	return ret, siftup(th, l, 0, cmp)
}

func heapify(th *py.Thread, l *py.List, cmp less) error {
	for i := len(l.Items)/2 - 1; i >= 0; i-- {
		if err := siftup(th, l, i, cmp); err != nil {
			return err
		}
	}
	return nil
}

var funcs = map[string]py.BuiltinFn{
	"heappush": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "heappush", args, kw, 2, 2); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "heappush", args[0])
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, args[1])
		return py.None, siftdown(th, l, 0, len(l.Items)-1, lt)
	},
	"heappop": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "heappop", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "heappop", args[0])
		if err != nil {
			return nil, err
		}
		return pop(th, l, lt)
	},
	"heapify": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "heapify", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "heapify", args[0])
		if err != nil {
			return nil, err
		}
		return py.None, heapify(th, l, lt)
	},
	"heapreplace": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "heapreplace", args, kw, 2, 2); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "heapreplace", args[0])
		if err != nil {
			return nil, err
		}
		return replace(th, l, args[1], lt)
	},
	"heappushpop": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "heappushpop", args, kw, 2, 2); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "heappushpop", args[0])
		if err != nil {
			return nil, err
		}
		item := args[1]
		if len(l.Items) == 0 {
			return item, nil
		}
		c, err := py.Less(th, l.Items[0], item)
		if err != nil || !c {
			return item, err
		}
		if len(l.Items) == 0 {
			return nil, th.NewError(py.IndexErrorType, "index out of range")
		}
		ret := l.Items[0]
		l.Items[0] = item
		return ret, siftup(th, l, 0, lt)
	},
	"_heappop_max": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "_heappop_max", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "_heappop_max", args[0])
		if err != nil {
			return nil, err
		}
		return pop(th, l, gt)
	},
	"_heapify_max": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "_heapify_max", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "_heapify_max", args[0])
		if err != nil {
			return nil, err
		}
		return py.None, heapify(th, l, gt)
	},
	"_heapreplace_max": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "_heapreplace_max", args, kw, 2, 2); err != nil {
			return nil, err
		}
		l, err := heapArg(th, "_heapreplace_max", args[0])
		if err != nil {
			return nil, err
		}
		return replace(th, l, args[1], gt)
	},
}
