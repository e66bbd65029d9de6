package py

// The methods of dict and of its views (keys(), values(), items()).

import "github.com/aioplay/aioplay/runtime/compile"

func init() {
	attach(DictType, convDict, map[string]selfFn[*Dict]{
		"keys":       dictViewMethod("keys", viewKeys),
		"values":     dictViewMethod("values", viewValues),
		"items":      dictViewMethod("items", viewItems),
		"get":        dictGet,
		"setdefault": dictSetdefault,
		"pop":        dictPop,
		"popitem":    dictPopitem,
		"update": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			return None, dictUpdateArgs(th, d, "update", args, kwnames)
		},
		"clear": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := noArgs(th, "dict.clear", args, kwnames); err != nil {
				return nil, err
			}
			d.Clear()
			return None, nil
		},
		"copy": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := noArgs(th, "dict.copy", args, kwnames); err != nil {
				return nil, err
			}
			return d.Copy(), nil
		},
		"__getitem__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := oneArg(th, "dict.__getitem__", args, kwnames); err != nil {
				return nil, err
			}
			return GetItem(th, d, args[0])
		},
		"__setitem__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := setitemArgs(th, args, kwnames); err != nil {
				return nil, err
			}
			return None, d.SetItem(th, args[0], args[1])
		},
		"__delitem__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__delitem__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return None, DelItem(th, d, args[0])
		},
		"__contains__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := oneArg(th, "dict.__contains__", args, kwnames); err != nil {
				return nil, err
			}
			v, err := d.GetItem(th, args[0])
			return Bool(v != nil), err
		},
		"__len__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			return Int(d.Len()), slotArgs(th, "__len__", args, kwnames, 0)
		},
		"__iter__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__iter__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return GetIter(th, d)
		},
		"__reversed__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := noArgs(th, "dict.__reversed__", args, kwnames); err != nil {
				return nil, err
			}
			return Reversed(th, d)
		},
		"__or__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__or__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if _, ok := args[0].(*Dict); !ok {
				return NotImplemented, nil
			}
			return BinaryOp(th, compile.OpOr, d, args[0])
		},
		"__ror__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__ror__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if _, ok := args[0].(*Dict); !ok {
				return NotImplemented, nil
			}
			return BinaryOp(th, compile.OpOr, args[0], d)
		},
		"__ior__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__ior__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if err := th.dictUpdateMapping(d, args[0]); err != nil {
				return nil, err
			}
			return d, nil
		},
		"__repr__": func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__repr__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return Repr(th, d)
		},
	})
	addCompareSlots(DictType, convDict)
	DictType.Dict.SetStr("__hash__", None)
	classMethod(DictType, "fromkeys", dictFromkeys)

	// The views. Their len() also decides their truth value.
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t := t
		conv := func(o Object) (*dictView, bool) {
			v, ok := o.(*dictView)
			return v, ok && v.Type() == t
		}
		methods := map[string]selfFn[*dictView]{
			"__len__": func(th *Thread, v *dictView, args []Object, kwnames []string) (Object, error) {
				return Int(v.d.Len()), slotArgs(th, "__len__", args, kwnames, 0)
			},
			"__iter__": func(th *Thread, v *dictView, args []Object, kwnames []string) (Object, error) {
				if err := slotArgs(th, "__iter__", args, kwnames, 0); err != nil {
					return nil, err
				}
				return GetIter(th, v)
			},
			"__reversed__": func(th *Thread, v *dictView, args []Object, kwnames []string) (Object, error) {
				if err := noArgs(th, t.Name+".__reversed__", args, kwnames); err != nil {
					return nil, err
				}
				return Reversed(th, v)
			},
		}
		if t != DictValuesType {
			methods["__contains__"] = func(th *Thread, v *dictView, args []Object, kwnames []string) (Object, error) {
				if err := slotArgs(th, "__contains__", args, kwnames, 1); err != nil {
					return nil, err
				}
				ok, err := Contains(th, v, args[0])
				return Bool(ok), err
			}
			methods["isdisjoint"] = func(th *Thread, v *dictView, args []Object, kwnames []string) (Object, error) {
				if err := oneArg(th, t.Name+".isdisjoint", args, kwnames); err != nil {
					return nil, err
				}
				disjoint := true
				err := th.iterate(args[0], func(x Object) error {
					in, err := Contains(th, v, x)
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
		}
		attach(t, conv, methods)
	}
}

// dictViewMethod is dict.keys, values and items.
func dictViewMethod(name string, kind viewKind) selfFn[*Dict] {
	return func(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
		if err := noArgsIn(th, "dict", name, args, kwnames); err != nil {
			return nil, err
		}
		return &dictView{d: d, kind: kind}, nil
	}
}

// dictGet is dict.get(key, default=None).
func dictGet(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, "dict.get", kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "get", args, nil, 1, 2); err != nil {
		return nil, err
	}
	v, err := d.GetItem(th, args[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	}
	return v, nil
}

// dictSetdefault is dict.setdefault(key, default=None).
func dictSetdefault(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, "dict.setdefault", kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "setdefault", args, nil, 1, 2); err != nil {
		return nil, err
	}
	v, err := d.GetItem(th, args[0])
	if err != nil {
		return nil, err
	}
	if v != nil {
		return v, nil
	}
	def := Object(None)
	if len(args) == 2 {
		def = args[1]
	}
	if err := d.SetItem(th, args[0], def); err != nil {
		return nil, err
	}
	return def, nil
}

// dictPop is dict.pop(key[, default]).
func dictPop(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, "dict.pop", kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "pop", args, nil, 1, 2); err != nil {
		return nil, err
	}
	v, err := d.GetItem(th, args[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewException(KeyErrorType, args[0])
	}
	if _, err := d.DelItem(th, args[0]); err != nil {
		return nil, err
	}
	return v, nil
}

// dictPopitem is dict.popitem(): the last item inserted.
func dictPopitem(th *Thread, d *Dict, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "dict.popitem", args, kwnames); err != nil {
		return nil, err
	}
	k, v, ok := d.PopLast()
	if !ok {
		return nil, NewException(KeyErrorType, Str("popitem(): dictionary is empty"))
	}
	return Tuple{k, v}, nil
}

// dictFromkeys is the classmethod dict.fromkeys(iterable, value=None);
// args[0] is the class.
func dictFromkeys(th *Thread, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "fromkeys", args[1:], kwnames, 1, 2); err != nil {
		return nil, err
	}
	value := Object(None)
	if len(args) == 3 {
		value = args[2]
	}
	var d *Dict
	if cls, ok := args[0].(*Type); ok && cls != DictType {
		o, err := th.Call(cls, nil, nil)
		if err != nil {
			return nil, err
		}
		err = th.iterate(args[1], func(k Object) error { return SetItem(th, o, k, value) })
		if err != nil {
			return nil, err
		}
		return o, nil
	}
	d = NewDict()
	err := th.iterate(args[1], func(k Object) error { return d.SetItem(th, k, value) })
	if err != nil {
		return nil, err
	}
	return d, nil
}
