package py

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Index converts an index operand to an int (int, bool or __index__).
func Index(th *Thread, o Object) (Object, bool, error) {
	if i := asIntLike(o); i != nil {
		return i, true, nil
	}
	if m := o.Type().Lookup("__index__"); m != nil {
		r, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return nil, false, err
		}
		if i := asIntLike(r); i != nil {
			return i, true, nil
		}
		return nil, false, th.Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return nil, false, nil
}

// seqIndex normalises an index into [0, n) or reports it out of range.
func seqIndex(i Object, n int) (int, bool) {
	x, ok := i.(Int)
	if !ok {
		return 0, false
	}
	if x < 0 {
		x += Int(n)
	}
	if x < 0 || x >= Int(n) {
		return 0, false
	}
	return int(x), true
}

// sliceIndices is slice.indices(n): start, stop, step and the length.
func (th *Thread) sliceIndices(s *Slice, n int) (start, stop, step, length int, err error) {
	step = 1
	if s.Step != None {
		st, ok, err := Index(th, s.Step)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if !ok {
			return 0, 0, 0, 0, th.NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		v := clampIndex(st)
		if v == 0 {
			return 0, 0, 0, 0, th.NewError(ValueErrorType, "slice step cannot be zero")
		}
		step = v
	}
	get := func(o Object, def int) (int, error) {
		if o == None {
			return def, nil
		}
		x, ok, err := Index(th, o)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, th.NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		v := clampIndex(x)
		if v < 0 {
			v += n
			if v < 0 {
				if step < 0 {
					v = -1
				} else {
					v = 0
				}
			}
		} else if v >= n {
			if step < 0 {
				v = n - 1
			} else {
				v = n
			}
		}
		return v, nil
	}
	if step > 0 {
		if start, err = get(s.Start, 0); err != nil {
			return
		}
		if stop, err = get(s.Stop, n); err != nil {
			return
		}
		if stop > start {
			length = (stop-start-1)/step + 1
		}
	} else {
		if start, err = get(s.Start, n-1); err != nil {
			return
		}
		if stop, err = get(s.Stop, -1); err != nil {
			return
		}
		if start > stop {
			length = (start-stop-1)/(-step) + 1
		}
	}
	return
}

// clampIndex converts an int object to a Go int, saturating huge values.
func clampIndex(o Object) int {
	switch v := o.(type) {
	case Int:
		if v > 1<<40 {
			return 1 << 40
		}
		if v < -(1 << 40) {
			return -(1 << 40)
		}
		return int(v)
	case *BigInt:
		if v.V.Sign() < 0 {
			return -(1 << 40)
		}
		return 1 << 40
	}
	return 0
}

func sliceItems(items []Object, start, step, length int) []Object {
	out := make([]Object, length)
	for i := 0; i < length; i++ {
		out[i] = items[start+i*step]
	}
	return out
}

// runesOf returns a str's code points as strings, or nil for ASCII strings
// (whose bytes are their code points).
func strAt(s string, i int) string {
	if isASCII(s) {
		return s[i : i+1]
	}
	for j, r := range s {
		if i == 0 {
			return s[j : j+utf8.RuneLen(r)]
		}
		i--
	}
	return ""
}

// GetItem implements o[key].
func GetItem(th *Thread, o, key Object) (Object, error) {
	if m := overridden(th, o, "__getitem__"); m != nil {
		return th.Call(m, []Object{o, key}, nil)
	}
	switch v := o.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			idx, ok := seqIndex(i, len(v.Items))
			if !ok {
				return nil, th.NewError(IndexErrorType, "list index out of range")
			}
			return v.Items[idx], nil
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := th.sliceIndices(s, len(v.Items))
			if err != nil {
				return nil, err
			}
			return NewList(sliceItems(v.Items, start, step, n)), nil
		}
		return seqIndexByIndex(th, o, key, "list", len(v.Items), func(i int) Object { return v.Items[i] })
	case Tuple:
		if i, ok := key.(Int); ok {
			idx, ok := seqIndex(i, len(v))
			if !ok {
				return nil, th.NewError(IndexErrorType, "tuple index out of range")
			}
			return v[idx], nil
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := th.sliceIndices(s, len(v))
			if err != nil {
				return nil, err
			}
			return Tuple(sliceItems(v, start, step, n)), nil
		}
		return seqIndexByIndex(th, o, key, "tuple", len(v), func(i int) Object { return v[i] })
	case Str:
		s := string(v)
		ascii := isASCII(s)
		if i, ok := asIntLike(key).(Int); ok {
			n := len(s)
			if !ascii {
				n = utf8.RuneCountInString(s)
			}
			idx, ok := seqIndex(i, n)
			if !ok {
				return nil, th.NewError(IndexErrorType, "string index out of range")
			}
			if ascii {
				return Str(s[idx : idx+1]), nil
			}
			return Str(strAt(s, idx)), nil
		}
		if sl, ok := key.(*Slice); ok {
			if ascii {
				start, _, step, n, err := th.sliceIndices(sl, len(s))
				if err != nil {
					return nil, err
				}
				if step == 1 {
					return Str(s[start : start+n]), nil
				}
				b := make([]byte, n)
				for i := 0; i < n; i++ {
					b[i] = s[start+i*step]
				}
				return Str(b), nil
			}
			runes := []rune(s)
			start, _, step, n, err := th.sliceIndices(sl, len(runes))
			if err != nil {
				return nil, err
			}
			var sb strings.Builder
			for i := 0; i < n; i++ {
				sb.WriteRune(runes[start+i*step])
			}
			return Str(sb.String()), nil
		}
		i, ok, err := Index(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, th.Errorf(TypeErrorType, "string indices must be integers, not '%s'", key.Type().Name)
		}
		if _, big := i.(*BigInt); big {
			return nil, th.NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return GetItem(th, o, i)
	case Bytes:
		if i, ok := asIntLike(key).(Int); ok {
			idx, ok := seqIndex(i, len(v))
			if !ok {
				return nil, th.NewError(IndexErrorType, "index out of range")
			}
			return Int(v[idx]), nil
		}
		if sl, ok := key.(*Slice); ok {
			start, _, step, n, err := th.sliceIndices(sl, len(v))
			if err != nil {
				return nil, err
			}
			b := make([]byte, n)
			for i := 0; i < n; i++ {
				b[i] = v[start+i*step]
			}
			return Bytes(b), nil
		}
		i, err := indexOperand(th, key, "byte")
		if err != nil {
			return nil, err
		}
		return GetItem(th, o, i)
	case *Dict:
		r, err := v.GetItem(th, key)
		if err != nil {
			return nil, err
		}
		if r == nil {
			if v.cls != nil {
				// A dict subclass may supply missing keys.
				if m := v.cls.Lookup("__missing__"); m != nil {
					return th.Call(m, []Object{o, key}, nil)
				}
			}
			return nil, NewException(KeyErrorType, key)
		}
		return r, nil
	case *Range:
		if i, ok := asIntLike(key).(Int); ok {
			idx, ok := seqIndex(i, int(v.Len()))
			if !ok {
				return nil, th.NewError(IndexErrorType, "range object index out of range")
			}
			return Int(v.Start + int64(idx)*v.Step), nil
		}
		if sl, ok := key.(*Slice); ok {
			start, stop, step, _, err := th.sliceIndices(sl, int(v.Len()))
			if err != nil {
				return nil, err
			}
			return &Range{v.Start + int64(start)*v.Step, v.Start + int64(stop)*v.Step, v.Step * int64(step)}, nil
		}
		i, ok, err := Index(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, th.Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.Type().Name)
		}
		if _, big := i.(*BigInt); big {
			return nil, th.NewError(IndexErrorType, "range object index out of range")
		}
		return GetItem(th, o, i)
	case *Type:
		if m := v.Lookup("__class_getitem__"); m != nil {
			if cm, ok := m.(*ClassMethod); ok {
				return th.Call(cm.Func, []Object{v, key}, nil)
			}
			return th.Call(m, []Object{v, key}, nil)
		}
		if v.Flags&FlagHeapType == 0 {
			// list[int], dict[str, int]... in annotations.
			return &GenericAlias{Origin: v, Args: key}, nil
		}
		return nil, th.Errorf(TypeErrorType, "type '%s' is not subscriptable", v.Name)
	}
	if m := o.Type().Lookup("__getitem__"); m != nil {
		return th.Call(m, []Object{o, key}, nil)
	}
	return nil, th.Errorf(TypeErrorType, "'%s' object is not subscriptable", o.Type().Name)
}

// GenericAlias is what subscripting a builtin class gives (list[int]).
type GenericAlias struct {
	Origin *Type
	Args   Object
}

// Type returns types.GenericAlias.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// GenericAliasType is types.GenericAlias.
var GenericAliasType = newBuiltinType("types.GenericAlias", ObjectType, 0)

// indexOperand converts a subscript that is not a slice to an int, as
// CPython's PyNumber_AsSsize_t(key, PyExc_IndexError): what names the
// container in the TypeError ("list indices must be integers or slices").
func indexOperand(th *Thread, key Object, what string) (Object, error) {
	i, ok, err := Index(th, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, th.Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, key.Type().Name)
	}
	if _, big := i.(*BigInt); big {
		return nil, th.NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return i, nil
}

func seqIndexByIndex(th *Thread, o, key Object, name string, n int, at func(int) Object) (Object, error) {
	i, err := indexOperand(th, key, name)
	if err != nil {
		return nil, err
	}
	idx, ok := seqIndex(i, n)
	if !ok {
		return nil, th.Errorf(IndexErrorType, "%s index out of range", name)
	}
	return at(idx), nil
}

// SetItem implements o[key] = value.
func SetItem(th *Thread, o, key, value Object) error {
	if m := overridden(th, o, "__setitem__"); m != nil {
		_, err := th.Call(m, []Object{o, key, value}, nil)
		return err
	}
	switch v := o.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			return th.listSetSlice(v, s, value)
		}
		i, err := indexOperand(th, key, "list")
		if err != nil {
			return err
		}
		idx, ok := seqIndex(i, len(v.Items))
		if !ok {
			return th.NewError(IndexErrorType, "list assignment index out of range")
		}
		v.Items[idx] = value
		return nil
	case *Dict:
		return v.SetItem(th, key, value)
	}
	if m := o.Type().Lookup("__setitem__"); m != nil {
		_, err := th.Call(m, []Object{o, key, value}, nil)
		return err
	}
	return th.Errorf(TypeErrorType, "'%s' object does not support item assignment", o.Type().Name)
}

func (th *Thread) listSetSlice(l *List, s *Slice, value Object) error {
	items, err := th.Iterate(value)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsA(TypeErrorType) {
			return th.NewError(TypeErrorType, "can only assign an iterable")
		}
		return err
	}
	start, stop, step, n, err := th.sliceIndices(s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Object, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		out = append(out, l.Items[stop:]...)
		l.Items = out
		return nil
	}
	if len(items) != n {
		return th.Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i := 0; i < n; i++ {
		l.Items[start+i*step] = items[i]
	}
	return nil
}

// DelItem implements del o[key].
func DelItem(th *Thread, o, key Object) error {
	if m := overridden(th, o, "__delitem__"); m != nil {
		_, err := th.Call(m, []Object{o, key}, nil)
		return err
	}
	switch v := o.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := th.sliceIndices(s, len(v.Items))
			if err != nil {
				return err
			}
			if n == 0 {
				return nil
			}
			if step < 0 {
				start = start + (n-1)*step
				step = -step
			}
			del := make(map[int]bool, n)
			for i := 0; i < n; i++ {
				del[start+i*step] = true
			}
			out := v.Items[:0:0]
			for i, x := range v.Items {
				if !del[i] {
					out = append(out, x)
				}
			}
			v.Items = out
			return nil
		}
		i, err := indexOperand(th, key, "list")
		if err != nil {
			return err
		}
		idx, ok := seqIndex(i, len(v.Items))
		if !ok {
			return th.NewError(IndexErrorType, "list assignment index out of range")
		}
		v.Items = append(v.Items[:idx], v.Items[idx+1:]...)
		return nil
	case *Dict:
		ok, err := v.DelItem(th, key)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, key)
		}
		return nil
	}
	if m := o.Type().Lookup("__delitem__"); m != nil {
		_, err := th.Call(m, []Object{o, key}, nil)
		return err
	}
	return th.Errorf(TypeErrorType, "'%s' object doesn't support item deletion", o.Type().Name)
}

// Contains implements item in container.
func Contains(th *Thread, container, item Object) (bool, error) {
	if m := overridden(th, container, "__contains__"); m != nil {
		r, err := th.Call(m, []Object{container, item}, nil)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	switch v := container.(type) {
	case *Dict:
		r, err := v.GetItem(th, item)
		return r != nil, err
	case *Set:
		return v.Contains(th, setKey(item))
	case Str:
		s, ok := item.(Str)
		if !ok {
			return false, th.Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", item.Type().Name)
		}
		return strings.Contains(string(v), string(s)), nil
	case Bytes:
		switch s := item.(type) {
		case Bytes:
			return strings.Contains(string(v), string(s)), nil
		case Int:
			if s < 0 || s > 255 {
				return false, th.NewError(ValueErrorType, "byte must be in range(0, 256)")
			}
			return strings.IndexByte(string(v), byte(s)) >= 0, nil
		}
		if asIntLike(item) == nil {
			return false, th.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", item.Type().Name)
		}
		// Every case of the switch decides: the types' __contains__
		// methods call Contains, so falling through would loop.
	case *List:
		for i := 0; i < len(v.Items); i++ {
			eq, err := Equal(th, v.Items[i], item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Tuple:
		for _, x := range v {
			eq, err := Equal(th, x, item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *Range:
		x, ok := asIntLike(item).(Int)
		if f, isFloat := item.(Float); isFloat && f == Float(math.Trunc(float64(f))) && math.Abs(float64(f)) < 1<<62 {
			x, ok = Int(f), true
		}
		if !ok {
			if item.Type().Flags&FlagHeapType == 0 {
				// No other builtin value equals an int in range.
				return false, nil
			}
			// An object with its own __eq__: compare with each.
			return th.containsByIteration(container, item)
		}
		if v.Step > 0 && (int64(x) < v.Start || int64(x) >= v.Stop) || v.Step < 0 && (int64(x) > v.Start || int64(x) <= v.Stop) {
			return false, nil
		}
		return (int64(x)-v.Start)%v.Step == 0, nil
	case *dictView:
		switch v.kind {
		case viewKeys:
			r, err := v.d.GetItem(th, item)
			return r != nil, err
		case viewItems:
			t, ok := item.(Tuple)
			if !ok || len(t) != 2 {
				return false, nil
			}
			r, err := v.d.GetItem(th, t[0])
			if err != nil || r == nil {
				return false, err
			}
			return Equal(th, r, t[1])
		}
		return th.containsByIteration(container, item)
	}
	if m := container.Type().Lookup("__contains__"); m != nil {
		r, err := th.Call(m, []Object{container, item}, nil)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	return th.containsByIteration(container, item)
}

// containsByIteration is `in` for containers without __contains__: it
// compares item with each element.
func (th *Thread) containsByIteration(container, item Object) (bool, error) {
	found := false
	err := th.iterate(container, func(x Object) error {
		eq, err := Equal(th, x, item)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsA(TypeErrorType) && container.Type().Lookup("__iter__") == nil {
			return false, th.Errorf(TypeErrorType, "argument of type '%s' is not iterable", container.Type().Name)
		}
	}
	return found, err
}

// errStopIteration is a Go sentinel used to end an iterate() early.
var errStopIteration = &Exception{Class: StopIterationType}
