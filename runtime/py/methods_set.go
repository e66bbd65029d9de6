package py

// The methods of set and frozenset. The operator methods (union,
// intersection...) accept any iterables, several at once, while the
// operators themselves (|, &...) take sets only.

import "github.com/aioplay/aioplay/runtime/compile"

func init() {
	// Methods both classes have.
	shared := func(t *Type) map[string]selfFn[*Set] {
		name := t.Name
		return map[string]selfFn[*Set]{
			"copy": func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
				if err := noArgs(th, name+".copy", args, kwnames); err != nil {
					return nil, err
				}
				if s.Frozen {
					return s, nil
				}
				return s.Copy(false), nil
			},
			"union":                setUnion,
			"intersection":         setIntersection,
			"difference":           setDifference,
			"symmetric_difference": setSymmetricDifference,
			"issubset": func(th *Thread, s *Set, a []Object, kw []string) (Object, error) {
				return setSubsetTest(th, s, a, kw, "issubset")
			},
			"issuperset": func(th *Thread, s *Set, a []Object, kw []string) (Object, error) {
				return setSubsetTest(th, s, a, kw, "issuperset")
			},
			"isdisjoint": setIsdisjoint,
			"__len__": func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
				return Int(s.Len()), slotArgs(th, "__len__", args, kwnames, 0)
			},
			"__contains__": func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
				if err := oneArg(th, name+".__contains__", args, kwnames); err != nil {
					return nil, err
				}
				ok, err := s.Contains(th, setKey(args[0]))
				return Bool(ok), err
			},
			"__iter__": func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
				if err := slotArgs(th, "__iter__", args, kwnames, 0); err != nil {
					return nil, err
				}
				return GetIter(th, s)
			},
			"__repr__": func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
				if err := slotArgs(th, "__repr__", args, kwnames, 0); err != nil {
					return nil, err
				}
				return Repr(th, s)
			},
			"__or__":   setOperator(compile.OpOr, false),
			"__and__":  setOperator(compile.OpAnd, false),
			"__sub__":  setOperator(compile.OpSub, false),
			"__xor__":  setOperator(compile.OpXor, false),
			"__ror__":  setOperator(compile.OpOr, true),
			"__rand__": setOperator(compile.OpAnd, true),
			"__rsub__": setOperator(compile.OpSub, true),
			"__rxor__": setOperator(compile.OpXor, true),
		}
	}
	setMethods := shared(SetType)
	for name, fn := range map[string]selfFn[*Set]{
		"add":                         setAdd,
		"discard":                     setDiscard,
		"remove":                      setRemove,
		"pop":                         setPop,
		"clear":                       setClear,
		"update":                      setUpdate,
		"intersection_update":         setInPlace("intersection_update", setIntersection),
		"difference_update":           setInPlace("difference_update", setDifference),
		"symmetric_difference_update": setInPlace("symmetric_difference_update", setSymmetricDifference),
		"__ior__":                     setInplaceOperator(compile.OpOr),
		"__iand__":                    setInplaceOperator(compile.OpAnd),
		"__isub__":                    setInplaceOperator(compile.OpSub),
		"__ixor__":                    setInplaceOperator(compile.OpXor),
	} {
		setMethods[name] = fn
	}
	attach(SetType, convSet, setMethods)
	addCompareSlots(SetType, convSet)
	SetType.Dict.SetStr("__hash__", None)

	frozen := shared(FrozenSetType)
	frozen["__hash__"] = func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
		if err := slotArgs(th, "__hash__", args, kwnames, 0); err != nil {
			return nil, err
		}
		h, err := Hash(th, s)
		return Int(h), err
	}
	attach(FrozenSetType, convFrozenSet, frozen)
	addCompareSlots(FrozenSetType, convFrozenSet)
}

// asSet returns o as a set, converting other iterables (the operand of the
// named methods, which accept any iterable).
func asSet(th *Thread, o Object) (*Set, error) {
	if s, ok := o.(*Set); ok {
		return s, nil
	}
	return setFromIterable(th, o, false)
}

// setResult makes an empty set of s's kind.
func setResult(s *Set) *Set {
	r := NewSet()
	r.Frozen = s.Frozen
	return r
}

// setAdd is set.add(elem).
func setAdd(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "set.add", args, kwnames); err != nil {
		return nil, err
	}
	return None, s.Add(th, args[0])
}

// setDiscard is set.discard(elem).
func setDiscard(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "set.discard", args, kwnames); err != nil {
		return nil, err
	}
	_, err := s.Discard(th, setKey(args[0]))
	return None, err
}

// setKey is the key that set.remove, set.discard and "in" look up: a set
// stands for the frozenset of its elements (CPython retries with one).
func setKey(o Object) Object {
	if k, ok := o.(*Set); ok && !k.Frozen {
		return k.Copy(true)
	}
	return o
}

// setRemove is set.remove(elem): KeyError when missing.
func setRemove(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "set.remove", args, kwnames); err != nil {
		return nil, err
	}
	ok, err := s.Discard(th, setKey(args[0]))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewException(KeyErrorType, args[0])
	}
	return None, nil
}

// setPop is set.pop(): the first element in iteration order.
func setPop(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "set.pop", args, kwnames); err != nil {
		return nil, err
	}
	items := s.Items()
	if len(items) == 0 {
		return nil, NewException(KeyErrorType, Str("pop from an empty set"))
	}
	v := items[0]
	if _, err := s.Discard(th, v); err != nil {
		return nil, err
	}
	return v, nil
}

// setClear is set.clear().
func setClear(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "set.clear", args, kwnames); err != nil {
		return nil, err
	}
	s.replaceWith(NewSet())
	return None, nil
}

// setUpdate is set.update(*others).
func setUpdate(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, "set.update", kwnames); err != nil {
		return nil, err
	}
	for _, o := range args {
		if err := s.Update(th, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// setUnion is union(*others).
func setUnion(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, s.Type().Name+".union", kwnames); err != nil {
		return nil, err
	}
	r := s.Copy(s.Frozen)
	for _, o := range args {
		if err := r.Update(th, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setIntersection is intersection(*others).
func setIntersection(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, s.Type().Name+".intersection", kwnames); err != nil {
		return nil, err
	}
	r := s.Copy(s.Frozen)
	for _, o := range args {
		os, err := asSet(th, o)
		if err != nil {
			return nil, err
		}
		v, err := setBinary(th, compile.OpAnd, r, os)
		if err != nil {
			return nil, err
		}
		r = v.(*Set)
		r.Frozen = s.Frozen
	}
	return r, nil
}

// setDifference is difference(*others).
func setDifference(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, s.Type().Name+".difference", kwnames); err != nil {
		return nil, err
	}
	r := s.Copy(s.Frozen)
	for _, o := range args {
		err := th.iterate(o, func(x Object) error {
			_, err := r.Discard(th, x)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setSymmetricDifference is symmetric_difference(other).
func setSymmetricDifference(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, s.Type().Name+".symmetric_difference", args, kwnames); err != nil {
		return nil, err
	}
	os, err := asSet(th, args[0])
	if err != nil {
		return nil, err
	}
	v, err := setBinary(th, compile.OpXor, s, os)
	if err != nil {
		return nil, err
	}
	r := v.(*Set)
	r.Frozen = s.Frozen
	return r, nil
}

// setInPlace makes an _update method from the method computing its result.
func setInPlace(name string, compute selfFn[*Set]) selfFn[*Set] {
	return func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
		if err := noKwargsIn(th, "set", name, kwnames); err != nil {
			return nil, err
		}
		r, err := compute(th, s, args, nil)
		if err != nil {
			return nil, err
		}
		s.replaceWith(r.(*Set))
		return None, nil
	}
}

// setSubsetTest is issubset(other) and issuperset(other).
func setSubsetTest(th *Thread, s *Set, args []Object, kwnames []string, name string) (Object, error) {
	if err := oneArgIn(th, s.Type().Name, name, args, kwnames); err != nil {
		return nil, err
	}
	os, err := asSet(th, args[0])
	if err != nil {
		return nil, err
	}
	var r bool
	if name == "issubset" {
		r, err = s.isSubset(th, os)
	} else {
		r, err = os.isSubset(th, s)
	}
	return Bool(r), err
}

// setIsdisjoint is isdisjoint(other).
func setIsdisjoint(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, s.Type().Name+".isdisjoint", args, kwnames); err != nil {
		return nil, err
	}
	disjoint := true
	err := th.iterate(args[0], func(x Object) error {
		in, err := s.Contains(th, x)
		if err != nil {
			return err
		}
		if in {
			disjoint = false
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return nil, err
	}
	return Bool(disjoint), nil
}

// setOperator is __or__, __and__, __sub__, __xor__ and their reflections:
// sets only, NotImplemented otherwise.
func setOperator(op compile.BinOp, reflected bool) selfFn[*Set] {
	return func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
		if err := slotArgs(th, binOpNames[op], args, kwnames, 1); err != nil {
			return nil, err
		}
		o, ok := args[0].(*Set)
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			return setBinary(th, op, o, s)
		}
		return setBinary(th, op, s, o)
	}
}

// setInplaceOperator is __ior__ and friends of set.
func setInplaceOperator(op compile.BinOp) selfFn[*Set] {
	return func(th *Thread, s *Set, args []Object, kwnames []string) (Object, error) {
		if err := slotArgs(th, binOpINames[op], args, kwnames, 1); err != nil {
			return nil, err
		}
		if _, ok := args[0].(*Set); !ok {
			return NotImplemented, nil
		}
		return InplaceOp(th, op, s, args[0])
	}
}
