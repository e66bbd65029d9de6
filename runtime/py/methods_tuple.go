package py

// The methods of tuple.

import "github.com/aioplay/aioplay/runtime/compile"

func init() {
	attach(TupleType, convTuple, map[string]selfFn[Tuple]{
		"index": tupleIndex,
		"count": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			if err := oneArg(th, "tuple.count", args, kwnames); err != nil {
				return nil, err
			}
			n := 0
			for _, x := range t {
				eq, err := Equal(th, x, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return Int(n), nil
		},
		"__len__": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			return Int(len(t)), slotArgs(th, "__len__", args, kwnames, 0)
		},
		"__getitem__": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__getitem__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return GetItem(th, t, args[0])
		},
		"__contains__": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__contains__", args, kwnames, 1); err != nil {
				return nil, err
			}
			ok, err := Contains(th, t, args[0])
			return Bool(ok), err
		},
		"__iter__": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__iter__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return GetIter(th, t)
		},
		"__add__": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__add__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if _, ok := args[0].(Tuple); !ok {
				return nil, th.Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", args[0].Type().Name)
			}
			return BinaryOp(th, compile.OpAdd, t, args[0])
		},
		"__mul__":  tupleRepeat,
		"__rmul__": tupleRepeat,
		"__hash__": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__hash__", args, kwnames, 0); err != nil {
				return nil, err
			}
			h, err := tupleHash(th, t)
			return Int(h), err
		},
		"__repr__": func(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__repr__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return Repr(th, t)
		},
	})
	addCompareSlots(TupleType, func(o Object) (Object, bool) { _, ok := o.(Tuple); return o, ok })
}

// tupleIndex is tuple.index(value, start=0, stop=sys.maxsize).
func tupleIndex(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, "tuple.index", kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "index", args, nil, 1, 3); err != nil {
		return nil, err
	}
	start, stop, err := seqIndexRange(th, args, len(t))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(t); i++ {
		eq, err := Equal(th, t[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	return nil, th.NewError(ValueErrorType, "tuple.index(x): x not in tuple")
}

// tupleRepeat is tuple.__mul__ and tuple.__rmul__.
func tupleRepeat(th *Thread, t Tuple, args []Object, kwnames []string) (Object, error) {
	if err := slotArgs(th, "__mul__", args, kwnames, 1); err != nil {
		return nil, err
	}
	n, err := asIndex(th, args[0])
	if err != nil {
		return nil, err
	}
	return BinaryOp(th, compile.OpMul, t, n)
}
