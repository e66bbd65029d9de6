package py

// The methods of list.

import "github.com/aioplay/aioplay/runtime/compile"

func init() {
	attach(ListType, convList, map[string]selfFn[*List]{
		"append":  listAppend,
		"extend":  listExtend,
		"insert":  listInsert,
		"remove":  listRemove,
		"pop":     listPop,
		"clear":   listClear,
		"index":   listIndex,
		"count":   listCount,
		"reverse": listReverse,
		"copy":    listCopy,
		"sort": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			full := append([]Object{l}, args...)
			return listSort(th, full, kwnames)
		},
		"__len__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			return Int(len(l.Items)), slotArgs(th, "__len__", args, kwnames, 0)
		},
		"__getitem__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := oneArg(th, "list.__getitem__", args, kwnames); err != nil {
				return nil, err
			}
			return GetItem(th, l, args[0])
		},
		"__setitem__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := setitemArgs(th, args, kwnames); err != nil {
				return nil, err
			}
			return None, SetItem(th, l, args[0], args[1])
		},
		"__delitem__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__delitem__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return None, DelItem(th, l, args[0])
		},
		"__contains__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__contains__", args, kwnames, 1); err != nil {
				return nil, err
			}
			ok, err := Contains(th, l, args[0])
			return Bool(ok), err
		},
		"__iter__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__iter__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return GetIter(th, l)
		},
		"__reversed__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := noArgs(th, "list.__reversed__", args, kwnames); err != nil {
				return nil, err
			}
			return Reversed(th, l)
		},
		"__add__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__add__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if _, ok := args[0].(*List); !ok {
				return nil, th.Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", args[0].Type().Name)
			}
			return BinaryOp(th, compile.OpAdd, l, args[0])
		},
		"__iadd__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__iadd__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return InplaceOp(th, compile.OpAdd, l, args[0])
		},
		"__mul__":  listRepeat,
		"__rmul__": listRepeat,
		"__imul__": func(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__imul__", args, kwnames, 1); err != nil {
				return nil, err
			}
			n, err := asIndex(th, args[0])
			if err != nil {
				return nil, err
			}
			return InplaceOp(th, compile.OpMul, l, n)
		},
	})
	addCompareSlots(ListType, convList)
	ListType.Dict.SetStr("__hash__", None)
	setFast(ListType, "append", 2, fastListAppend)
}

// setitemArgs is the argument check of __setitem__ slot wrappers, whose
// CPython message has an empty function name (" expected 2 arguments").
func setitemArgs(th *Thread, args []Object, kwnames []string) error {
	if len(kwnames) > 0 {
		return th.NewError(TypeErrorType, "wrapper __setitem__() takes no keyword arguments")
	}
	if len(args) != 2 {
		return th.Errorf(TypeErrorType, " expected 2 arguments, got %d", len(args))
	}
	return nil
}

// addCompareSlots adds __eq__, __ne__, __lt__, __le__, __gt__ and __ge__
// to a builtin class: they answer for the builtin comparisons and return
// NotImplemented otherwise, so that the reflected operand gets its turn.
// accept, when not nil, limits the other operands the class compares
// itself with (int defers to float for mixed comparisons).
func addCompareSlots[S any](t *Type, conv func(Object) (S, bool), accept ...func(Object) bool) {
	check := func(o Object) (Object, bool) {
		_, ok := conv(o)
		return o, ok
	}
	for i, name := range cmpDunders {
		op := compile.CmpOp(i)
		name := name
		t.Dict.SetStr(name, &Builtin{Name: name, Qualname: t.Name + "." + name, Method: true,
			Fn: receiverCheck(t, name, check, func(th *Thread, self Object, args []Object, kwnames []string) (Object, error) {
				if err := slotArgs(th, name, args, kwnames, 1); err != nil {
					return nil, err
				}
				if len(accept) > 0 && !accept[0](args[0]) {
					return NotImplemented, nil
				}
				v, err := builtinCompare(th, op, self, args[0])
				if err != nil {
					return nil, err
				}
				if v == nil {
					return NotImplemented, nil
				}
				return v, nil
			})})
	}
}

// checkListSize refuses to grow a list past the memory budget.
func checkListSize(th *Thread, n int) error {
	if n > 1<<16 {
		return th.checkSize(n)
	}
	return nil
}

// listAppend is list.append(object).
func listAppend(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "list.append", args, kwnames); err != nil {
		return nil, err
	}
	return None, l.appendOne(th, args[0])
}

// appendOne appends v, as list.append and the LIST_APPEND of
// comprehensions do. A full list doubles its room: Go's append grows big
// slices by only a quarter, which copies a list built by appending about
// five times over, where CPython's realloc mostly grows it in place.
func (l *List) appendOne(th *Thread, v Object) error {
	n := len(l.Items)
	if n == cap(l.Items) {
		if err := checkListSize(th, n+1); err != nil {
			return err
		}
		grown := make([]Object, n, max(2*n, 4))
		copy(grown, l.Items)
		l.Items = grown
	}
	l.Items = append(l.Items, v)
	return nil
}

// listExtend is list.extend(iterable).
func listExtend(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "list.extend", args, kwnames); err != nil {
		return nil, err
	}
	items, err := th.Iterate(args[0])
	if err != nil {
		return nil, err
	}
	if err := checkListSize(th, len(l.Items)+len(items)); err != nil {
		return nil, err
	}
	l.Items = append(l.Items, items...)
	return None, nil
}

// listInsert is list.insert(index, object).
func listInsert(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	i, err := asSsize(th, args[0])
	if err != nil {
		return nil, err
	}
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	if err := checkListSize(th, n+1); err != nil {
		return nil, err
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:n])
	l.Items[i] = args[1]
	return None, nil
}

// listRemove is list.remove(value).
func listRemove(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "list.remove", args, kwnames); err != nil {
		return nil, err
	}
	for i := 0; i < len(l.Items); i++ {
		eq, err := Equal(th, l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			if i < len(l.Items) {
				l.Items = append(l.Items[:i], l.Items[i+1:]...)
			}
			return None, nil
		}
	}
	return nil, th.NewError(ValueErrorType, "list.remove(x): x not in list")
}

// listPop is list.pop(index=-1).
func listPop(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "pop", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = asSsize(th, args[0]); err != nil {
			return nil, err
		}
	}
	n := len(l.Items)
	if n == 0 {
		return nil, th.NewError(IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, th.NewError(IndexErrorType, "pop index out of range")
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return v, nil
}

// listClear is list.clear().
func listClear(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "list.clear", args, kwnames); err != nil {
		return nil, err
	}
	items := l.Items
	l.Items = nil
	if th.WatchDrops {
		// CPython lets go of the items last to first.
		for i := len(items) - 1; i >= 0; i-- {
			th.dropped(items[i])
		}
	}
	return None, nil
}

// listCopy is list.copy().
func listCopy(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "list.copy", args, kwnames); err != nil {
		return nil, err
	}
	return NewList(append([]Object(nil), l.Items...)), nil
}

// listReverse is list.reverse().
func listReverse(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "list.reverse", args, kwnames); err != nil {
		return nil, err
	}
	reverseObjects(l.Items)
	return None, nil
}

// listIndex is list.index(value, start=0, stop=sys.maxsize).
func listIndex(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	start, stop, err := seqIndexRange(th, args, len(l.Items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		eq, err := Equal(th, l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	s, err := ReprString(th, args[0])
	if err != nil {
		return nil, err
	}
	return nil, th.Errorf(ValueErrorType, "%s is not in list", s)
}

// seqIndexRange reads the start and stop arguments of list.index and
// tuple.index (args[1] and args[2]) and normalises negative values.
func seqIndexRange(th *Thread, args []Object, n int) (int, int, error) {
	start, stop := 0, math64Max
	var err error
	if len(args) > 1 {
		if start, err = sliceIndexArg(th, args[1], 0, false); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 2 {
		if stop, err = sliceIndexArg(th, args[2], math64Max, false); err != nil {
			return 0, 0, err
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	return start, stop, nil
}

// math64Max is sys.maxsize, the default stop of index().
const math64Max = 1<<63 - 1

// listCount is list.count(value).
func listCount(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "list.count", args, kwnames); err != nil {
		return nil, err
	}
	n := 0
	for i := 0; i < len(l.Items); i++ {
		eq, err := Equal(th, l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

// listRepeat is list.__mul__ and list.__rmul__.
func listRepeat(th *Thread, l *List, args []Object, kwnames []string) (Object, error) {
	if err := slotArgs(th, "__mul__", args, kwnames, 1); err != nil {
		return nil, err
	}
	n, err := asIndex(th, args[0])
	if err != nil {
		return nil, err
	}
	return BinaryOp(th, compile.OpMul, l, n)
}

var sortParser = &argParser{fname: "sort", names: []string{"key", "reverse"}}

// listSort is list.sort(*, key=None, reverse=False); args[0] is the list.
//
// As in CPython the list is emptied while it is being sorted, so a key
// function or comparison that looks at it sees an empty list, and one that
// changes it makes the sort fail with "list modified during sort" (the
// sorted items are put back either way).
func listSort(th *Thread, args []Object, kwnames []string) (Object, error) {
	l, ok := args[0].(*List)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "descriptor 'sort' for 'list' objects doesn't apply to a '%s' object", args[0].Type().Name)
	}
	a, err := sortParser.unpack(th, args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	key := a[0]
	if key == None {
		key = nil
	}
	reverse := false
	if a[1] != nil {
		if reverse, err = boolArg(th, a[1]); err != nil {
			return nil, err
		}
	}
	items := l.Items
	// A one-slot sentinel: any mutation during the sort either fills it
	// or replaces it.
	sentinel := make([]Object, 0, 1)
	l.Items = sentinel
	version := l.version
	err = sortObjects(th, items, key, reverse)
	modified := len(l.Items) != 0 || cap(l.Items) != 1 || &l.Items[:1][0] != &sentinel[:1][0] || l.version != version
	l.Items = items
	if err != nil {
		return nil, err
	}
	if modified {
		return nil, th.NewError(ValueErrorType, "list modified during sort")
	}
	return None, nil
}
