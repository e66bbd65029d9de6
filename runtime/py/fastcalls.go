package py

// Fast calls: the hot tier calls a few builtins that hot loops call all
// the time through a shortcut of their Fn (Builtin.fast), as CPython 3.11
// specialises calls of len, isinstance and list.append. Each shortcut does
// exactly what Fn does for the arguments it takes, and hands anything
// else back to Fn.

// fastCall is a Builtin's shortcut and the number of arguments it takes.
type fastCall struct {
	fn   func(th *Thread, args []Object) (Object, error)
	args int
}

// fastBuiltins are the builtin functions' shortcuts, by name.
var fastBuiltins = map[string]fastCall{
	"len": {fastLen, 1},
	"isinstance": {func(th *Thread, args []Object) (Object, error) {
		r, err := IsInstance(th, args[0], args[1])
		return Bool(r), err
	}, 2},
}

// fastLen is len(x) for the builtin types whose length needs no call.
func fastLen(th *Thread, args []Object) (Object, error) {
	switch v := args[0].(type) {
	case Str:
		return BoxInt(Int(runeLen(string(v)))), nil
	case *List:
		if v.cls == nil {
			return BoxInt(Int(len(v.Items))), nil
		}
	case Tuple:
		return BoxInt(Int(len(v))), nil
	case *Dict:
		if v.cls == nil {
			return BoxInt(Int(v.Len())), nil
		}
	}
	return nil, nil
}

// fastListAppend is list.append(x) on a list (not a subclass's instance,
// whose class may do more) with room for x.
func fastListAppend(th *Thread, args []Object) (Object, error) {
	l, ok := args[0].(*List)
	if !ok || l.cls != nil || len(l.Items) == cap(l.Items) {
		return nil, nil
	}
	l.Items = append(l.Items, args[1])
	return None, nil
}

// setFast gives the method name of t its shortcut.
func setFast(t *Type, name string, args int, fn func(th *Thread, args []Object) (Object, error)) {
	b := t.Dict.GetStr(name).(*Builtin)
	b.fast, b.fastArgs = fn, args
}
