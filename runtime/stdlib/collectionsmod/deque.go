package collectionsmod

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

// Deque is a collections.deque: a ring buffer of items with an optional
// maximum length. state counts mutations, so that iterators can raise
// "deque mutated during iteration" as CPython's do.
type Deque struct {
	cls    *py.Type
	buf    []py.Object // capacity is a power of two (or zero)
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
	dict   *py.Dict
}

// Type returns the deque's class.
func (d *Deque) Type() *py.Type { return d.cls }

// InstanceDict holds attributes of instances of Python subclasses.
func (d *Deque) InstanceDict() *py.Dict { return d.dict }

// MakeInstanceDict implements py.DictMaker: the dict is made when an
// attribute is first set.
func (d *Deque) MakeInstanceDict() *py.Dict {
	if d.dict == nil {
		d.dict = py.NewDict()
	}
	return d.dict
}

// Len is the number of items.
func (d *Deque) Len() int { return d.n }

// At returns item i, 0 <= i < Len().
func (d *Deque) At(i int) py.Object { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *Deque) set(i int, v py.Object) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// Items returns a copy of the items, left to right.
func (d *Deque) Items() []py.Object {
	out := make([]py.Object, d.n)
	for i := range out {
		out[i] = d.At(i)
	}
	return out
}

func (d *Deque) grow() {
	c := len(d.buf) * 2
	if c == 0 {
		c = 8
	}
	nb := make([]py.Object, c)
	for i := 0; i < d.n; i++ {
		nb[i] = d.At(i)
	}
	d.buf, d.head = nb, 0
}

// Append adds v on the right, dropping the leftmost item when full.
func (d *Deque) Append(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.popLeft()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.set(d.n, v)
	d.n++
}

// AppendLeft adds v on the left, dropping the rightmost item when full.
func (d *Deque) AppendLeft(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.popRight()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) popLeft() py.Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return v
}

func (d *Deque) popRight() py.Object {
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.state++
	return v
}

// replace sets the contents to items (already trimmed to maxlen).
func (d *Deque) replace(items []py.Object) {
	c := 8
	for c < len(items) {
		c *= 2
	}
	d.buf = make([]py.Object, c)
	copy(d.buf, items)
	d.head, d.n = 0, len(items)
	d.state++
}

// dequeBase is _collections.deque, the Go class; each session's
// collections.deque is a Python-level subclass of it (see module.go).
var dequeBase = py.NewBuiltinClass("deque", "_collections", nil, 0)

func init() {
	dequeBase.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		return &Deque{cls: cls, maxlen: -1}, nil
	}
	dequeBase.Dict.SetStr("maxlen", &py.Property{Get: method("maxlen", func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if d.maxlen < 0 {
			return py.None, nil
		}
		return py.Int(d.maxlen), nil
	})})
	for _, name := range sortedKeys(dequeMethods) {
		dequeBase.Dict.SetStr(name, method(name, dequeMethods[name]))
	}
}

type dequeFn func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error)

// method wraps a deque method with the receiver check.
func method(name string, fn dequeFn) *py.Builtin {
	return pyargs.Method("deque", name, func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, th.Errorf(py.TypeErrorType, "unbound method deque.%s() needs an argument", name)
		}
		d, ok := args[0].(*Deque)
		if !ok {
			return nil, th.Errorf(py.TypeErrorType, "descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
		}
		return fn(th, d, args[1:], kw)
	})
}

// noArgs checks a method taking no arguments (METH_NOARGS).
func noArgs(th *py.Thread, name string, args []py.Object, kw []string) error {
	if len(kw) > 0 {
		return th.Errorf(py.TypeErrorType, "deque.%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return th.Errorf(py.TypeErrorType, "deque.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// oneArg checks a method taking exactly one argument (METH_O).
func oneArg(th *py.Thread, name string, args []py.Object, kw []string) error {
	if len(kw) > 0 {
		return th.Errorf(py.TypeErrorType, "deque.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return th.Errorf(py.TypeErrorType, "deque.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// extend appends every item of it; a deque extended with itself sees its
// contents as they were.
func (d *Deque) extend(th *py.Thread, it py.Object, left bool) error {
	var items []py.Object
	if o, ok := it.(*Deque); ok {
		items = o.Items()
	} else {
		var err error
		if items, err = th.Iterate(it); err != nil {
			return err
		}
	}
	for _, v := range items {
		if left {
			d.AppendLeft(v)
		} else {
			d.Append(v)
		}
	}
	return nil
}

// index normalises a deque index argument.
func (d *Deque) index(th *py.Thread, key py.Object) (int, error) {
	i, ok, err := py.Index(th, key)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, th.Errorf(py.TypeErrorType, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	iv, isSmall := i.(py.Int)
	if isSmall && iv < 0 {
		iv += py.Int(d.n)
	}
	if !isSmall || iv < 0 || int64(iv) >= int64(d.n) {
		return 0, th.NewError(py.IndexErrorType, "deque index out of range")
	}
	return int(iv), nil
}

func (d *Deque) copyAs(th *py.Thread) (py.Object, error) {
	n := &Deque{cls: d.cls, maxlen: d.maxlen}
	n.replace(d.Items())
	return n, nil
}

func (d *Deque) find(th *py.Thread, v py.Object, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := py.Equal(th, d.At(i), v)
		if err != nil {
			return -1, err
		}
		if state != d.state {
			return -1, th.NewError(py.RuntimeErrorType, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// compare compares two deques as sequences.
func (d *Deque) compare(th *py.Thread, op compile.CmpOp, other py.Object) (py.Object, error) {
	o, ok := other.(*Deque)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.RichCompare(th, op, py.NewList(d.Items()), py.NewList(o.Items()))
}

var dequeMethods = map[string]dequeFn{
	"__init__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		var iterable, maxlen py.Object = nil, py.None
		npos := len(args) - len(kw)
		if len(args) > 2 {
			return nil, th.Errorf(py.TypeErrorType, "deque() takes at most 2 arguments (%d given)", len(args))
		}
		if err := pyargs.Unpack(th, "deque", args, kw, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
			return nil, err
		}
		_ = npos
		d.maxlen = -1
		if maxlen != py.None {
			m, ok := maxlen.(py.Int)
			if !ok {
				if _, isInt := maxlen.(py.Bool); isInt {
					m = 0
					if maxlen.(py.Bool) {
						m = 1
					}
				} else if _, big := maxlen.(*py.BigInt); big {
					return nil, th.NewError(py.OverflowErrorType, "Python int too large to convert to C ssize_t")
				} else {
					return nil, th.NewError(py.TypeErrorType, "an integer is required")
				}
			}
			if m < 0 {
				return nil, th.NewError(py.ValueErrorType, "maxlen must be non-negative")
			}
			d.maxlen = int(m)
		}
		if d.n > 0 {
			d.replace(nil)
		}
		if iterable != nil {
			if err := d.extend(th, iterable, false); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	},
	"append": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "append", args, kw); err != nil {
			return nil, err
		}
		d.Append(args[0])
		return py.None, nil
	},
	"appendleft": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "appendleft", args, kw); err != nil {
			return nil, err
		}
		d.AppendLeft(args[0])
		return py.None, nil
	},
	"pop": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := noArgs(th, "pop", args, kw); err != nil {
			return nil, err
		}
		if d.n == 0 {
			return nil, th.NewError(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popRight(), nil
	},
	"popleft": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := noArgs(th, "popleft", args, kw); err != nil {
			return nil, err
		}
		if d.n == 0 {
			return nil, th.NewError(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popLeft(), nil
	},
	"extend": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "extend", args, kw); err != nil {
			return nil, err
		}
		return py.None, d.extend(th, args[0], false)
	},
	"extendleft": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "extendleft", args, kw); err != nil {
			return nil, err
		}
		return py.None, d.extend(th, args[0], true)
	},
	"clear": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := noArgs(th, "clear", args, kw); err != nil {
			return nil, err
		}
		d.replace(nil)
		return py.None, nil
	},
	"copy": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := noArgs(th, "copy", args, kw); err != nil {
			return nil, err
		}
		return d.copyAs(th)
	},
	"__copy__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d.copyAs(th)
	},
	"count": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "count", args, kw); err != nil {
			return nil, err
		}
		n := 0
		state := d.state
		for i := 0; i < d.n; i++ {
			eq, err := py.Equal(th, d.At(i), args[0])
			if err != nil {
				return nil, err
			}
			if state != d.state {
				return nil, th.NewError(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return py.Int(n), nil
	},
	"index": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.NoKwargs(th, "index", kw); err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 3 {
			return nil, th.Errorf(py.TypeErrorType, "index expected at least 1 argument, got %d", len(args))
		}
		bound := func(o py.Object) (int, error) {
			v, err := pyargs.Int64(th, o)
			if err != nil {
				return 0, err
			}
			if v < 0 {
				v += int64(d.n)
				if v < 0 {
					v = 0
				}
			}
			if v > int64(d.n) {
				v = int64(d.n)
			}
			return int(v), nil
		}
		start, stop := 0, d.n
		var err error
		if len(args) > 1 {
			if start, err = bound(args[1]); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if stop, err = bound(args[2]); err != nil {
				return nil, err
			}
		}
		i, err := d.find(th, args[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			r, err := py.ReprString(th, args[0])
			if err != nil {
				return nil, err
			}
			return nil, th.Errorf(py.ValueErrorType, "%s is not in deque", r)
		}
		return py.Int(i), nil
	},
	"remove": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "remove", args, kw); err != nil {
			return nil, err
		}
		i, err := d.find(th, args[0], 0, d.n)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			r, err := py.ReprString(th, args[0])
			if err != nil {
				return nil, err
			}
			return nil, th.Errorf(py.ValueErrorType, "%s is not in deque", r)
		}
		items := d.Items()
		d.replace(append(items[:i], items[i+1:]...))
		return py.None, nil
	},
	"reverse": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := noArgs(th, "reverse", args, kw); err != nil {
			return nil, err
		}
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.At(i), d.At(j)
			d.set(i, b)
			d.set(j, a)
		}
		d.state++
		return py.None, nil
	},
	"rotate": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.NoKwargs(th, "rotate", kw); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, th.Errorf(py.TypeErrorType, "rotate expected at most 1 argument, got %d", len(args))
		}
		k := int64(1)
		if len(args) == 1 {
			var err error
			if k, err = pyargs.Int64(th, args[0]); err != nil {
				return nil, err
			}
		}
		if d.n <= 1 {
			return py.None, nil
		}
		k %= int64(d.n)
		if k < 0 {
			k += int64(d.n)
		}
		items := d.Items()
		rot := append(append([]py.Object{}, items[d.n-int(k):]...), items[:d.n-int(k)]...)
		d.replace(rot)
		return py.None, nil
	},
	"insert": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.NoKwargs(th, "insert", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, th.Errorf(py.TypeErrorType, "insert expected 2 arguments, got %d", len(args))
		}
		i, err := pyargs.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, th.NewError(py.IndexErrorType, "deque already at its maximum size")
		}
		n := int64(d.n)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		items := d.Items()
		items = append(items[:i], append([]py.Object{args[1]}, items[i:]...)...)
		d.replace(items)
		return py.None, nil
	},
	"__len__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return py.Int(d.n), nil
	},
	"__bool__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return py.Bool(d.n > 0), nil
	},
	"__iter__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return &dequeIter{d: d, state: d.state}, nil
	},
	"__reversed__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return &dequeIter{d: d, state: d.state, rev: true}, nil
	},
	"__contains__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "__contains__", args, kw); err != nil {
			return nil, err
		}
		i, err := d.find(th, args[0], 0, d.n)
		return py.Bool(i >= 0), err
	},
	"__getitem__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "__getitem__", args, kw); err != nil {
			return nil, err
		}
		i, err := d.index(th, args[0])
		if err != nil {
			return nil, err
		}
		return d.At(i), nil
	},
	"__setitem__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 2 {
			return nil, th.Errorf(py.TypeErrorType, "expected 2 arguments, got %d", len(args))
		}
		i, err := d.index(th, args[0])
		if err != nil {
			return nil, err
		}
		d.set(i, args[1])
		return py.None, nil
	},
	"__delitem__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		if err := oneArg(th, "__delitem__", args, kw); err != nil {
			return nil, err
		}
		i, err := d.index(th, args[0])
		if err != nil {
			return nil, err
		}
		items := d.Items()
		d.replace(append(items[:i], items[i+1:]...))
		return py.None, nil
	},
	"__repr__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		name := d.cls.Name
		if !reprEnter(th, d) {
			return py.Str("[...]"), nil
		}
		defer reprLeave(th)
		var sb strings.Builder
		sb.WriteString(name)
		sb.WriteString("([")
		for i := 0; i < d.n; i++ {
			if i > 0 {
				sb.WriteString(", ")
			}
			s, err := py.ReprString(th, d.At(i))
			if err != nil {
				return nil, err
			}
			sb.WriteString(s)
		}
		sb.WriteString("]")
		if d.maxlen >= 0 {
			sb.WriteString(sprintf(", maxlen=%d", d.maxlen))
		}
		sb.WriteString(")")
		return py.Str(sb.String()), nil
	},
	"__eq__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d.compare(th, compile.CmpEq, args[0])
	},
	"__ne__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d.compare(th, compile.CmpNe, args[0])
	},
	"__lt__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d.compare(th, compile.CmpLt, args[0])
	},
	"__le__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d.compare(th, compile.CmpLe, args[0])
	},
	"__gt__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d.compare(th, compile.CmpGt, args[0])
	},
	"__ge__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d.compare(th, compile.CmpGe, args[0])
	},
	"__add__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		o, ok := args[0].(*Deque)
		if !ok {
			return nil, th.Errorf(py.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", args[0].Type().Name)
		}
		n := &Deque{cls: d.cls, maxlen: d.maxlen}
		if err := n.extend(th, py.NewList(append(d.Items(), o.Items()...)), false); err != nil {
			return nil, err
		}
		return n, nil
	},
	"__iadd__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d, d.extend(th, args[0], false)
	},
	"__mul__":  dequeMul,
	"__rmul__": dequeMul,
	"__class_getitem__": func(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
		return d, nil
	},
}

// dequeMul is deque * n.
func dequeMul(th *py.Thread, d *Deque, args []py.Object, kw []string) (py.Object, error) {
	k, ok, err := py.Index(th, args[0])
	if err != nil || !ok {
		return py.NotImplemented, err
	}
	n := &Deque{cls: d.cls, maxlen: d.maxlen}
	times, _ := k.(py.Int)
	items := d.Items()
	for i := py.Int(0); i < times; i++ {
		for _, v := range items {
			n.Append(v)
		}
	}
	return n, nil
}

// dequeIter iterates a deque, failing if it is mutated meanwhile.
type dequeIter struct {
	d     *Deque
	i     int
	state uint64
	rev   bool
}

var dequeIterType = newIterType("_collections._deque_iterator")
var dequeRevIterType = newIterType("_collections._deque_reverse_iterator")

func (it *dequeIter) Type() *py.Type {
	if it.rev {
		return dequeRevIterType
	}
	return dequeIterType
}

func (it *dequeIter) Next(th *py.Thread) (py.Object, bool, error) {
	if it.d == nil {
		return nil, false, nil
	}
	if it.state != it.d.state {
		it.d = nil
		return nil, false, th.NewError(py.RuntimeErrorType, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		it.d = nil
		return nil, false, nil
	}
	var v py.Object
	if it.rev {
		v = it.d.At(it.d.n - 1 - it.i)
	} else {
		v = it.d.At(it.i)
	}
	it.i++
	return v, true, nil
}

// Refs implements py.RefHolder (the unused room of buf is nil).
func (d *Deque) Refs() (a, b, c, e py.Object, more []py.Object) {
	if d.dict != nil {
		b = d.dict
	}
	return d.cls, b, nil, nil, d.buf
}

// Refs implements py.RefHolder.
func (it *dequeIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return it.d, nil, nil, nil, nil
}
