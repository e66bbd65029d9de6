package py

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
