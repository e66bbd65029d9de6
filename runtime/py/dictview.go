package py

import "github.com/aioplay/aioplay/runtime/compile"

type viewKind uint8

const (
	viewKeys   = viewKind(iterKeys)
	viewValues = viewKind(iterValues)
	viewItems  = viewKind(iterItems)
)

// dictView is dict.keys(), dict.values() or dict.items().
type dictView struct {
	d    *Dict
	kind viewKind
}

func (v *dictView) Type() *Type {
	switch v.kind {
	case viewValues:
		return DictValuesType
	case viewItems:
		return DictItemsType
	}
	return DictKeysType
}

func (v *dictView) items() []Object {
	switch v.kind {
	case viewValues:
		return v.d.Values()
	case viewItems:
		its := v.d.Items()
		out := make([]Object, len(its))
		for i, t := range its {
			out[i] = t
		}
		return out
	}
	return v.d.Keys()
}

// dictUpdateMapping implements dict.update(other) for a mapping or an
// iterable of pairs.
func (th *Thread) dictUpdateMapping(d *Dict, other Object) error {
	switch o := other.(type) {
	case *Dict:
		for _, kv := range o.Items() {
			if err := d.SetItem(th, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if keys, _ := GetAttrOpt(th, other, "keys"); keys != nil {
		ks, err := th.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return th.iterate(ks, func(k Object) error {
			v, err := GetItem(th, other, k)
			if err != nil {
				return err
			}
			return d.SetItem(th, k, v)
		})
	}
	i := 0
	return th.iterate(other, func(item Object) error {
		pair, err := th.Iterate(item)
		if err != nil {
			return th.Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return th.Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.SetItem(th, pair[0], pair[1])
	})
}

// dictMergeKwargs merges **mapping into a call's keyword dict, refusing
// duplicates as CPython does.
func (th *Thread) dictMergeKwargs(d *Dict, other Object, fn Object) error {
	tmp := NewDict()
	if err := th.dictUpdateMapping(tmp, other); err != nil {
		if _, ok := other.(*Dict); !ok {
			return th.Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", functionStr(th, fn), other.Type().Name)
		}
		return err
	}
	for _, kv := range tmp.Items() {
		if _, ok := kv[0].(Str); !ok {
			return th.NewError(TypeErrorType, "keywords must be strings")
		}
		if v, _ := d.GetItem(th, kv[0]); v != nil {
			return th.Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", functionStr(th, fn), string(kv[0].(Str)))
		}
		if err := d.SetItem(th, kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

func dictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	for _, kv := range a.Items() {
		v, err := b.GetItem(th, kv[0])
		if err != nil {
			return false, err
		}
		if v == nil {
			return false, nil
		}
		eq, err := Equal(th, kv[1], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// isSetView reports whether o is a keys or items view (the set-like views).
func isSetView(o Object) bool {
	v, ok := o.(*dictView)
	return ok && v.kind != viewValues
}

// dictViewBinary is CPython's dictviews_or/and/sub/xor: a | b, a & b, a - b
// and a ^ b where a keys or items view is either operand and the other is
// any iterable. The result is a set built from the left operand.
func dictViewBinary(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	switch op {
	case compile.OpOr, compile.OpSub, compile.OpXor:
		out, err := setFromIterable(th, a, false)
		if err != nil {
			return nil, err
		}
		switch op {
		case compile.OpOr:
			err = out.Update(th, b)
		case compile.OpSub:
			err = th.iterate(b, func(x Object) error {
				_, err := out.Discard(th, x)
				return err
			})
		default:
			other, ok := b.(*Set)
			if !ok {
				if other, err = setFromIterable(th, b, false); err != nil {
					return nil, err
				}
			}
			for _, x := range other.Items() {
				found, err := out.Discard(th, x)
				if err != nil {
					return nil, err
				}
				if !found {
					if err := out.Add(th, x); err != nil {
						return nil, err
					}
				}
			}
		}
		if err != nil {
			return nil, err
		}
		return out, nil
	case compile.OpAnd:
		// _PyDictView_Intersect: iterate the other operand (the smaller
		// one when both are views) and keep what the view contains.
		self, other := a, b
		if !isSetView(self) {
			self, other = other, self
		}
		n := self.(*dictView).d.Len()
		if s, ok := other.(*Set); ok && s.Type() == SetType && n <= s.Len() {
			vs, err := setFromIterable(th, self, false)
			if err != nil {
				return nil, err
			}
			return setBinary(th, op, s, vs)
		}
		if isSetView(other) && other.(*dictView).d.Len() > n {
			self, other = other, self
		}
		out := NewSet()
		err := th.iterate(other, func(x Object) error {
			in, err := Contains(th, self, x)
			if err != nil || !in {
				return err
			}
			return out.Add(th, x)
		})
		if err != nil {
			return nil, err
		}
		return out, nil
	}
	return nil, nil
}

// dictViewCompare is CPython's dictview_richcompare: a keys or items view
// against a set, a frozenset or another such view, by sizes and then
// containment (no hashing of the view's items); nil for anything else.
func dictViewCompare(th *Thread, op compile.CmpOp, v *dictView, other Object) (Object, error) {
	if _, ok := other.(*Set); !ok && !isSetView(other) {
		return nil, nil
	}
	n, err := Len(th, v)
	if err != nil {
		return nil, err
	}
	m, err := Len(th, other)
	if err != nil {
		return nil, err
	}
	containedIn := func(x, y Object) (bool, error) {
		all := true
		err := th.iterate(x, func(item Object) error {
			in, err := Contains(th, y, item)
			if err != nil {
				return err
			}
			if !in {
				all = false
				return errStopIteration
			}
			return nil
		})
		if err == errStopIteration {
			err = nil
		}
		return all, err
	}
	ok := false
	switch op {
	case compile.CmpEq, compile.CmpNe:
		if n == m {
			if ok, err = containedIn(v, other); err != nil {
				return nil, err
			}
		}
		if op == compile.CmpNe {
			ok = !ok
		}
	case compile.CmpLt, compile.CmpLe:
		if n < m || n == m && op == compile.CmpLe {
			ok, err = containedIn(v, other)
		}
	default:
		if n > m || n == m && op == compile.CmpGe {
			ok, err = containedIn(other, v)
		}
	}
	if err != nil {
		return nil, err
	}
	return Bool(ok), nil
}
