package py

// The Python-visible methods of generators, coroutines and async
// generators, over the Go protocol in generator.go.

func genSelf(th *Thread, args []Object, kind GenKind) (*Generator, error) {
	g, ok := args[0].(*Generator)
	if !ok || g.Kind != kind {
		return nil, th.NewError(TypeErrorType, "descriptor requires a generator object")
	}
	return g, nil
}

// throwArg builds the exception of gen.throw(typ[, val[, tb]]).
func (th *Thread) throwArg(args []Object) (*Exception, error) {
	if len(args) == 0 {
		return nil, th.NewError(TypeErrorType, "throw expected at least 1 argument, got 0")
	}
	switch x := args[0].(type) {
	case *Exception:
		return x, nil
	case *Type:
		if x.IsSubtype(BaseExceptionType) {
			var cargs []Object
			if len(args) > 1 && args[1] != None {
				if e, ok := args[1].(*Exception); ok {
					return e, nil
				}
				cargs = []Object{args[1]}
			}
			o, err := th.Call(x, cargs, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := o.(*Exception); ok {
				return e, nil
			}
		}
	}
	return nil, th.Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", args[0].Type().Name)
}

// finishSend turns the Go protocol's result into Python's: a return
// becomes StopIteration(value).
func finishSend(v Object, done bool, err error) (Object, error) {
	if err != nil {
		return nil, err
	}
	if done {
		if v == None || v == nil {
			return nil, &Exception{Class: StopIterationType}
		}
		return nil, &Exception{Class: StopIterationType, Args: Tuple{v}}
	}
	return v, nil
}

func init() {
	for _, kind := range []GenKind{KindGenerator, KindCoroutine} {
		kind := kind
		t := GeneratorType
		if kind == KindCoroutine {
			t = CoroutineType
		}
		ms := map[string]BuiltinFn{
			"send": func(th *Thread, args []Object, kw []string) (Object, error) {
				g, err := genSelf(th, args, kind)
				if err != nil {
					return nil, err
				}
				if len(args) != 2 {
					return nil, th.Errorf(TypeErrorType, "%s.send() takes exactly one argument (%d given)", t.Name, len(args)-1)
				}
				return finishSend(g.resume(th, args[1], nil))
			},
			"throw": func(th *Thread, args []Object, kw []string) (Object, error) {
				g, err := genSelf(th, args, kind)
				if err != nil {
					return nil, err
				}
				exc, err := th.throwArg(args[1:])
				if err != nil {
					return nil, err
				}
				return finishSend(g.ThrowValue(th, exc))
			},
			"close": func(th *Thread, args []Object, kw []string) (Object, error) {
				g, err := genSelf(th, args, kind)
				if err != nil {
					return nil, err
				}
				return None, g.Close(th)
			},
		}
		if kind == KindGenerator {
			ms["__next__"] = func(th *Thread, args []Object, kw []string) (Object, error) {
				g, err := genSelf(th, args, kind)
				if err != nil {
					return nil, err
				}
				return finishSend(g.resume(th, None, nil))
			}
			ms["__iter__"] = func(th *Thread, args []Object, kw []string) (Object, error) { return args[0], nil }
		} else {
			ms["__await__"] = func(th *Thread, args []Object, kw []string) (Object, error) {
				return &coroWrapper{g: args[0].(*Generator)}, nil
			}
		}
		addMethods(t, ms)
	}
	addMethods(AsyncGeneratorType, map[string]BuiltinFn{
		"__aiter__": func(th *Thread, args []Object, kw []string) (Object, error) { return args[0], nil },
		"__anext__": func(th *Thread, args []Object, kw []string) (Object, error) {
			g, err := genSelf(th, args, KindAsyncGenerator)
			if err != nil {
				return nil, err
			}
			return &asyncGenOp{gen: g, op: agenSend, arg: None}, nil
		},
		"asend": func(th *Thread, args []Object, kw []string) (Object, error) {
			g, err := genSelf(th, args, KindAsyncGenerator)
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, th.NewError(TypeErrorType, "asend() takes exactly one argument")
			}
			return &asyncGenOp{gen: g, op: agenSend, arg: args[1]}, nil
		},
		"athrow": func(th *Thread, args []Object, kw []string) (Object, error) {
			g, err := genSelf(th, args, KindAsyncGenerator)
			if err != nil {
				return nil, err
			}
			exc, err := th.throwArg(args[1:])
			if err != nil {
				return nil, err
			}
			return &asyncGenOp{gen: g, op: agenThrow, exc: exc}, nil
		},
		"aclose": func(th *Thread, args []Object, kw []string) (Object, error) {
			g, err := genSelf(th, args, KindAsyncGenerator)
			if err != nil {
				return nil, err
			}
			return &asyncGenOp{gen: g, op: agenClose}, nil
		},
	})
	addMethods(asyncGenASendType, map[string]BuiltinFn{
		"send": func(th *Thread, args []Object, kw []string) (Object, error) {
			return finishSend(args[0].(*asyncGenOp).SendValue(th, args[1]))
		},
		"throw": func(th *Thread, args []Object, kw []string) (Object, error) {
			exc, err := th.throwArg(args[1:])
			if err != nil {
				return nil, err
			}
			return finishSend(args[0].(*asyncGenOp).ThrowValue(th, exc))
		},
		"__next__": func(th *Thread, args []Object, kw []string) (Object, error) {
			return finishSend(args[0].(*asyncGenOp).SendValue(th, None))
		},
		"__await__": func(th *Thread, args []Object, kw []string) (Object, error) { return args[0], nil },
		"__iter__":  func(th *Thread, args []Object, kw []string) (Object, error) { return args[0], nil },
		"close":     func(th *Thread, args []Object, kw []string) (Object, error) { return None, nil },
	})
	addMethods(coroWrapperType, map[string]BuiltinFn{
		"send": func(th *Thread, args []Object, kw []string) (Object, error) {
			return finishSend(args[0].(*coroWrapper).g.resume(th, args[1], nil))
		},
		"__next__": func(th *Thread, args []Object, kw []string) (Object, error) {
			return finishSend(args[0].(*coroWrapper).g.resume(th, None, nil))
		},
		"__iter__": func(th *Thread, args []Object, kw []string) (Object, error) { return args[0], nil },
	})
}

// coroWrapper is what coroutine.__await__() returns.
type coroWrapper struct{ g *Generator }

var coroWrapperType = newBuiltinType("coroutine_wrapper", ObjectType, 0)

func (*coroWrapper) Type() *Type { return coroWrapperType }

// SendValue implements Sender by delegating to the coroutine.
func (c *coroWrapper) SendValue(th *Thread, v Object) (Object, bool, error) {
	return c.g.SendValue(th, v)
}

// ThrowValue implements Sender.
func (c *coroWrapper) ThrowValue(th *Thread, e *Exception) (Object, bool, error) {
	return c.g.ThrowValue(th, e)
}
