package py

// aiter() and anext(), the async iteration builtins.

func init() {
	builtinFuncs["aiter"] = func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, th.Errorf(TypeErrorType, "aiter expected 1 argument, got %d", len(args))
		}
		return th.getAIter(args[0])
	}
	builtinFuncs["anext"] = func(th *Thread, args []Object, kw []string) (Object, error) {
		if len(kw) > 0 || len(args) < 1 || len(args) > 2 {
			return nil, th.Errorf(TypeErrorType, "anext expected at most 2 arguments, got %d", len(args))
		}
		it := args[0]
		if _, ok := it.(*Generator); !ok && it.Type().Lookup("__anext__") == nil {
			return nil, th.Errorf(TypeErrorType, "'%s' object is not an async iterator", it.Type().Name)
		}
		aw, err := th.getANext(it)
		if err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return aw, nil
		}
		return &anextDefault{inner: aw, def: args[1]}, nil
	}
}

// anextDefault is anext(it, default): the awaitable of __anext__ with
// StopAsyncIteration turned into the default value.
type anextDefault struct {
	inner Object
	def   Object
}

var anextAwaitableType = newBuiltinType("anext_awaitable", ObjectType, 0)

func (*anextDefault) Type() *Type { return anextAwaitableType }

// Await implements Awaitable: it is its own iterator.
func (a *anextDefault) Await(th *Thread) (Object, error) { return a, nil }

func (a *anextDefault) finish(out Object, done bool, err error) (Object, bool, error) {
	if e, ok := err.(*Exception); ok && e.IsA(StopAsyncIterationType) {
		return a.def, true, nil
	}
	return out, done, err
}

// SendValue implements Sender.
func (a *anextDefault) SendValue(th *Thread, v Object) (Object, bool, error) {
	return a.finish(th.sendTo(a.inner, v))
}

// ThrowValue implements Sender.
func (a *anextDefault) ThrowValue(th *Thread, exc *Exception) (Object, bool, error) {
	if s, ok := a.inner.(Sender); ok {
		return a.finish(s.ThrowValue(th, exc))
	}
	return nil, false, exc
}
