package py

import "unicode/utf8"

// Iterator is implemented by Go iterator objects: Next returns the next
// value, or ok=false when exhausted.
type Iterator interface {
	Object
	Next(th *Thread) (v Object, ok bool, err error)
}

// iterType is the shared type of Go iterators, named per kind.
func newIterType(name string) *Type {
	t := newBuiltinType(name, ObjectType, 0)
	t.New = nil
	iterTypes = append(iterTypes, t)
	return t
}

var iterTypes []*Type

func init() {
	for _, t := range iterTypes {
		addIterMethods(t)
	}
}

func addIterMethods(t *Type) {
	addMethods(t, map[string]BuiltinFn{
		"__next__": func(th *Thread, args []Object, kw []string) (Object, error) {
			v, ok, err := Next(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, &Exception{Class: StopIterationType}
			}
			return v, nil
		},
		"__iter__": func(th *Thread, args []Object, kw []string) (Object, error) { return args[0], nil },
	})
}

var (
	listIterType     = newIterType("list_iterator")
	listRevIterType  = newIterType("list_reverseiterator")
	tupleIterType    = newIterType("tuple_iterator")
	strIterType      = newIterType("str_ascii_iterator")
	rangeIterType    = newIterType("range_iterator")
	dictKeyIterType  = newIterType("dict_keyiterator")
	dictValIterType  = newIterType("dict_valueiterator")
	dictItemIterType = newIterType("dict_itemiterator")
	setIterType      = newIterType("set_iterator")
	seqIterType      = newIterType("iterator")
	callIterType     = newIterType("callable_iterator")
	bytesIterType    = newIterType("bytes_iterator")
)

type sliceIter struct {
	typ   *Type
	items []Object
	i     int
	list  *List // when iterating a list, read through it (it may grow)
}

func (it *sliceIter) Type() *Type { return it.typ }
func (it *sliceIter) Next(th *Thread) (Object, bool, error) {
	items := it.items
	if it.list != nil {
		items = it.list.Items
	}
	if it.i >= len(items) {
		it.list = nil
		it.items = nil
		return nil, false, nil
	}
	v := items[it.i]
	it.i++
	return v, true, nil
}

// setIter iterates a snapshot of a set's items and, as CPython's, fails
// once the set's size has changed.
type setIter struct {
	set   *Set
	items []Object
	i     int
	used  int
}

func (it *setIter) Type() *Type { return setIterType }
func (it *setIter) Next(th *Thread) (Object, bool, error) {
	if it.set == nil {
		return nil, false, nil
	}
	if it.set.Len() != it.used {
		it.set, it.items = nil, nil
		return nil, false, th.NewError(RuntimeErrorType, "Set changed size during iteration")
	}
	if it.i >= len(it.items) {
		it.set, it.items = nil, nil
		return nil, false, nil
	}
	v := it.items[it.i]
	it.i++
	return v, true, nil
}

type listRevIter struct {
	list *List
	i    int
}

func (it *listRevIter) Type() *Type { return listRevIterType }
func (it *listRevIter) Next(th *Thread) (Object, bool, error) {
	if it.i < 0 || it.i >= len(it.list.Items) {
		it.i = -1
		return nil, false, nil
	}
	v := it.list.Items[it.i]
	it.i--
	return v, true, nil
}

type strIter struct {
	s string
	i int
}

func (it *strIter) Type() *Type { return strIterType }
func (it *strIter) Next(th *Thread) (Object, bool, error) {
	if it.i >= len(it.s) {
		return nil, false, nil
	}
	r, n := utf8.DecodeRuneInString(it.s[it.i:])
	_ = r
	v := Str(it.s[it.i : it.i+n])
	it.i += n
	return v, true, nil
}

type bytesIter struct {
	s string
	i int
}

func (it *bytesIter) Type() *Type { return bytesIterType }
func (it *bytesIter) Next(th *Thread) (Object, bool, error) {
	if it.i >= len(it.s) {
		return nil, false, nil
	}
	v := Int(it.s[it.i])
	it.i++
	return v, true, nil
}

type rangeIter struct {
	cur, step int64
	left      int64
}

func (it *rangeIter) Type() *Type { return rangeIterType }
func (it *rangeIter) Next(th *Thread) (Object, bool, error) {
	if it.left <= 0 {
		return nil, false, nil
	}
	v := it.cur
	it.cur += it.step
	it.left--
	return BoxInt(Int(v)), true, nil
}

type dictIterKind uint8

const (
	iterKeys dictIterKind = iota
	iterValues
	iterItems
)

type dictIter struct {
	d       *Dict
	kind    dictIterKind
	pos     int
	used    int
	version uint64
}

func (it *dictIter) Type() *Type {
	switch it.kind {
	case iterValues:
		return dictValIterType
	case iterItems:
		return dictItemIterType
	}
	return dictKeyIterType
}

// nextItem is Next for an items iterator, without building the pair.
func (it *dictIter) nextItem(th *Thread) (k, v Object, ok bool, err error) {
	if it.d == nil {
		return nil, nil, false, nil
	}
	if it.d.used != it.used {
		it.used = -1
		return nil, nil, false, th.NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for {
		k, v, ok := it.d.entryAt(it.pos)
		if !ok {
			it.d = nil
			return nil, nil, false, nil
		}
		it.pos++
		if k != nil {
			return k, v, true, nil
		}
	}
}

func (it *dictIter) Next(th *Thread) (Object, bool, error) {
	if it.d == nil {
		return nil, false, nil
	}
	if it.d.used != it.used {
		it.used = -1
		return nil, false, th.NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for {
		k, v, ok := it.d.entryAt(it.pos)
		if !ok {
			it.d = nil
			return nil, false, nil
		}
		it.pos++
		if k == nil {
			continue
		}
		switch it.kind {
		case iterValues:
			return v, true, nil
		case iterItems:
			return pair(k, v), true, nil
		}
		return k, true, nil
	}
}

type seqIter struct {
	obj Object
	i   int
}

func (it *seqIter) Type() *Type { return seqIterType }
func (it *seqIter) Next(th *Thread) (Object, bool, error) {
	if it.obj == nil {
		return nil, false, nil
	}
	v, err := GetItem(th, it.obj, Int(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.IsA(IndexErrorType) || e.IsA(StopIterationType)) {
			it.obj = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return v, true, nil
}

type callIter struct {
	fn, sentinel Object
	done         bool
}

func (it *callIter) Type() *Type { return callIterType }
func (it *callIter) Next(th *Thread) (Object, bool, error) {
	if it.done {
		return nil, false, nil
	}
	v, err := th.Call(it.fn, nil, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsA(StopIterationType) {
			it.done = true
			return nil, false, nil
		}
		return nil, false, err
	}
	eq, err := Equal(th, v, it.sentinel)
	if err != nil {
		return nil, false, err
	}
	if eq {
		it.done = true
		return nil, false, nil
	}
	return v, true, nil
}

// GetIter implements iter(x).
func GetIter(th *Thread, o Object) (Object, error) {
	if m := overridden(th, o, "__iter__"); m != nil {
		return th.Call(m, []Object{o}, nil)
	}
	switch v := o.(type) {
	case *List:
		return &sliceIter{typ: listIterType, list: v}, nil
	case Tuple:
		return &sliceIter{typ: tupleIterType, items: v}, nil
	case Str:
		return &strIter{s: string(v)}, nil
	case Bytes:
		return &bytesIter{s: string(v)}, nil
	case *Range:
		return &rangeIter{cur: v.Start, step: v.Step, left: v.Len()}, nil
	case *Dict:
		return &dictIter{d: v, kind: iterKeys, used: v.used}, nil
	case *dictView:
		return &dictIter{d: v.d, kind: dictIterKind(v.kind), used: v.d.used}, nil
	case *Set:
		return &setIter{set: v, items: v.Items(), used: v.Len()}, nil
	case *Generator:
		if v.Kind == KindGenerator {
			return v, nil
		}
	case Iterator:
		return v, nil
	}
	cls := o.Type()
	if m := cls.Lookup("__iter__"); m != nil && m != None {
		it, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return nil, err
		}
		if it.Type().Lookup("__next__") == nil {
			if _, ok := it.(Iterator); !ok {
				return nil, th.Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", it.Type().Name)
			}
		}
		return it, nil
	}
	if m := cls.Lookup("__getitem__"); m != nil {
		return &seqIter{obj: o}, nil
	}
	return nil, th.Errorf(TypeErrorType, "'%s' object is not iterable", cls.Name)
}

// isIterable reports whether iter(o) can succeed without calling anything
// (o's class defines __iter__ or __getitem__, or o is a builtin iterable).
func isIterable(o Object) bool {
	switch v := o.(type) {
	case *List, Tuple, Str, Bytes, *Range, *Dict, *dictView, *Set, Iterator:
		return true
	case *Generator:
		return v.Kind == KindGenerator
	}
	// A class's __iter__ = None still fills tp_iter (iter() then says
	// the object is not iterable).
	if m := o.Type().Lookup("__iter__"); m != nil {
		return true
	}
	return o.Type().Lookup("__getitem__") != nil
}

// Next advances an iterator: ok is false when it is exhausted.
func Next(th *Thread, it Object) (Object, bool, error) {
	switch v := it.(type) {
	case *sliceIter:
		return v.Next(th)
	case *rangeIter:
		return v.Next(th)
	case *Generator:
		// Go code iterating a generator may hold what it yielded so far
		// (list() its list), where Reachable cannot see it: no drop
		// inside counts as the last reference (see Thread.Call).
		th.unrooted++
		x, ok, err := v.next(th)
		th.unrooted--
		return x, ok, err
	case Iterator:
		// Iterators such as map and zip call Next on the ones they
		// wrap: chains of them nest.
		if err := th.enterGo(); err != nil {
			return nil, false, err
		}
		x, ok, err := v.Next(th)
		th.leaveGo()
		return x, ok, err
	}
	m := it.Type().Lookup("__next__")
	if m == nil {
		return nil, false, th.Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
	}
	v, err := th.Call(m, []Object{it}, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsA(StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// nextRooted is Next for the eval loop's for loops, which keep nothing
// but the iterator, on the frame's stack.
func nextRooted(th *Thread, it Object) (Object, bool, error) {
	if g, ok := it.(*Generator); ok {
		return g.next(th)
	}
	return Next(th, it)
}

// iterate calls fn for each element of an iterable.
func (th *Thread) iterate(o Object, fn func(Object) error) error {
	switch v := o.(type) {
	case *List:
		for i := 0; i < len(v.Items); i++ {
			if err := fn(v.Items[i]); err != nil {
				return err
			}
		}
		return nil
	case Tuple:
		for _, x := range v {
			if err := fn(x); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := GetIter(th, o)
	if err != nil {
		return err
	}
	for {
		v, ok, err := Next(th, it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := fn(v); err != nil {
			return err
		}
	}
}

// Iterate returns the elements of an iterable as a slice (a fresh one).
func (th *Thread) Iterate(o Object) ([]Object, error) {
	switch v := o.(type) {
	case *List:
		return append([]Object(nil), v.Items...), nil
	case Tuple:
		return append([]Object(nil), v...), nil
	case *Range:
		// Refuse a huge range before building any of it.
		if err := th.checkSize(int(min(v.Len(), 1<<40))); err != nil {
			return nil, err
		}
		out := make([]Object, v.Len())
		x := v.Start
		for i := range out {
			out[i] = BoxInt(Int(x))
			x += v.Step
		}
		return out, nil
	}
	var out []Object
	err := th.iterate(o, func(x Object) error {
		if len(out) == cap(out) && len(out) >= 1<<16 {
			if err := th.checkSize(len(out) * 2); err != nil {
				return err
			}
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

// iterateForUnpack is Iterate with CPython's message for *x of a
// non-iterable.
func (th *Thread) iterateForUnpack(o Object) ([]Object, error) {
	return th.Iterate(o)
}

// unpack implements a, b = x (after < 0) and a, *b, c = x.
func (th *Thread) unpack(o Object, before, after int) ([]Object, error) {
	var items []Object
	switch v := o.(type) {
	case Tuple:
		items = v
	case *List:
		items = v.Items
	default:
		if _, err := GetIter(th, o); err != nil {
			return nil, th.Errorf(TypeErrorType, "cannot unpack non-iterable %s object", o.Type().Name)
		}
		var err error
		if after < 0 {
			// Stop early: "too many values" needs only one extra.
			it, _ := GetIter(th, o)
			for {
				v, ok, err := Next(th, it)
				if err != nil {
					return nil, err
				}
				if !ok {
					break
				}
				items = append(items, v)
				if len(items) > before {
					return nil, th.Errorf(ValueErrorType, "too many values to unpack (expected %d)", before)
				}
			}
		} else if items, err = th.Iterate(o); err != nil {
			return nil, err
		}
	}
	if after < 0 {
		if len(items) < before {
			return nil, th.Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, len(items))
		}
		if len(items) > before {
			return nil, th.Errorf(ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		return items, nil
	}
	if len(items) < before+after {
		return nil, th.Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Object, 0, before+after+1)
	out = append(out, items[:before]...)
	mid := append([]Object(nil), items[before:len(items)-after]...)
	out = append(out, NewList(mid))
	out = append(out, items[len(items)-after:]...)
	return out, nil
}
