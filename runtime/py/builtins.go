package py

// builtinFuncs are the functions of the builtins module, registered by
// init functions of the files that implement them.
var builtinFuncs = map[string]BuiltinFn{}

// builtinValues are the other names of the builtins module.
var builtinValues = map[string]Object{}

func newBuiltinsDict() *Dict {
	d := NewDict()
	for _, name := range sortedKeys(builtinFuncs) {
		b := &Builtin{Name: name, Qualname: name, Fn: builtinFuncs[name], Unchecked: uncheckedBuiltins[name]}
		if fc, ok := fastBuiltins[name]; ok {
			b.fast, b.fastArgs = fc.fn, fc.args
		}
		d.SetStr(name, b)
	}
	for _, name := range sortedKeys(builtinValues) {
		d.SetStr(name, builtinValues[name])
	}
	for _, name := range builtinExceptionNames {
		d.SetStr(name, excTypes[name])
	}
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType,
		BytesType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		PropertyType, StaticMethodType, ClassMethodType, SuperType} {
		d.SetStr(t.Name, t)
	}
	// Aliases kept from Python 2.
	d.SetStr("IOError", OSErrorType)
	d.SetStr("EnvironmentError", OSErrorType)
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("__build_class__", buildClassBuiltin)
	d.SetStr("__name__", Str("builtins"))
	return d
}

func init() {
	SuperType.New = superNew
	builtinFuncs["print"] = builtinPrint
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False).
func builtinPrint(th *Thread, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	stream := StreamStdout
	var file Object
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep":
			if v != None {
				s, ok := v.(Str)
				if !ok {
					return nil, th.Errorf(TypeErrorType, "sep must be None or a string, not %s", v.Type().Name)
				}
				sep = string(s)
			}
		case "end":
			if v != None {
				s, ok := v.(Str)
				if !ok {
					return nil, th.Errorf(TypeErrorType, "end must be None or a string, not %s", v.Type().Name)
				}
				end = string(s)
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
		default:
			return nil, th.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	var buf []byte
	for i, a := range args[:npos] {
		if i > 0 {
			buf = append(buf, sep...)
		}
		s, err := StrString(th, a)
		if err != nil {
			return nil, err
		}
		buf = append(buf, s...)
	}
	buf = append(buf, end...)
	if file != nil {
		if s, ok := file.(*StdStream); ok {
			stream = s.Stream
		} else {
			w, err := GetAttr(th, file, "write")
			if err != nil {
				return nil, err
			}
			_, err = th.Call(w, []Object{Str(buf)}, nil)
			return None, err
		}
	}
	th.Print(stream, string(buf))
	return None, nil
}

// StdStream is sys.stdout or sys.stderr.
type StdStream struct {
	Stream int
}

// Type returns the text stream type.
func (*StdStream) Type() *Type { return StdStreamType }

// StdStreamType is the type of sys.stdout and sys.stderr.
var StdStreamType = newBuiltinType("_io.TextIOWrapper", ObjectType, 0)

func init() {
	addMethods(StdStreamType, map[string]BuiltinFn{
		"write": func(th *Thread, args []Object, kw []string) (Object, error) {
			if len(args) != 2 {
				return nil, th.NewError(TypeErrorType, "write() takes exactly one argument")
			}
			s, ok := args[1].(Str)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "write() argument must be str, not %s", args[1].Type().Name)
			}
			th.Print(args[0].(*StdStream).Stream, string(s))
			return Int(runeLen(string(s))), nil
		},
		"flush":  func(th *Thread, args []Object, kw []string) (Object, error) { return None, nil },
		"isatty": func(th *Thread, args []Object, kw []string) (Object, error) { return False, nil },
	})
}
