package py

// The builtin types. Their methods are attached by init functions in the
// files that implement them.
var (
	ObjectType             = newBuiltinType("object", nil, FlagBaseType)
	TypeType               = newBuiltinType("type", ObjectType, FlagBaseType)
	NoneTypeType           = newBuiltinType("NoneType", ObjectType, 0)
	NotImplementedTypeType = newBuiltinType("NotImplementedType", ObjectType, 0)
	EllipsisTypeType       = newBuiltinType("ellipsis", ObjectType, 0)
	IntType                = newBuiltinType("int", ObjectType, FlagBaseType)
	BoolType               = newBuiltinType("bool", IntType, 0)
	FloatType              = newBuiltinType("float", ObjectType, FlagBaseType)
	ComplexType            = newBuiltinType("complex", ObjectType, FlagBaseType)
	StrType                = newBuiltinType("str", ObjectType, FlagBaseType)
	BytesType              = newBuiltinType("bytes", ObjectType, FlagBaseType)
	TupleType              = newBuiltinType("tuple", ObjectType, FlagBaseType)
	ListType               = newBuiltinType("list", ObjectType, FlagBaseType)
	DictType               = newBuiltinType("dict", ObjectType, FlagBaseType)
	SetType                = newBuiltinType("set", ObjectType, FlagBaseType)
	FrozenSetType          = newBuiltinType("frozenset", ObjectType, FlagBaseType)
	RangeType              = newBuiltinType("range", ObjectType, 0)
	SliceType              = newBuiltinType("slice", ObjectType, 0)
	CellType               = newBuiltinType("cell", ObjectType, 0)
	ModuleType             = newBuiltinType("module", ObjectType, FlagBaseType)
	PropertyType           = newBuiltinType("property", ObjectType, FlagBaseType)
	StaticMethodType       = newBuiltinType("staticmethod", ObjectType, FlagBaseType)
	ClassMethodType        = newBuiltinType("classmethod", ObjectType, FlagBaseType)
	SuperType              = newBuiltinType("super", ObjectType, FlagBaseType)
	FunctionType           = newBuiltinType("function", ObjectType, 0)
	BuiltinFunctionType    = newBuiltinType("builtin_function_or_method", ObjectType, 0)
	MethodType             = newBuiltinType("method", ObjectType, 0)
	GeneratorType          = newBuiltinType("generator", ObjectType, 0)
	CoroutineType          = newBuiltinType("coroutine", ObjectType, 0)
	AsyncGeneratorType     = newBuiltinType("async_generator", ObjectType, 0)
	CodeType               = newBuiltinType("code", ObjectType, 0)
	TracebackType          = newBuiltinType("traceback", ObjectType, 0)
	DictKeysType           = newBuiltinType("dict_keys", ObjectType, 0)
	DictValuesType         = newBuiltinType("dict_values", ObjectType, 0)
	DictItemsType          = newBuiltinType("dict_items", ObjectType, 0)
)

func init() {
	ObjectType.New = newObject
	TypeType.New = newType
	for _, t := range []*Type{NoneTypeType, NotImplementedTypeType, EllipsisTypeType, CellType,
		FunctionType, BuiltinFunctionType, MethodType, GeneratorType, CoroutineType,
		AsyncGeneratorType, CodeType, TracebackType, DictKeysType, DictValuesType, DictItemsType} {
		t.New = nil
	}
	BoolType.Flags &^= FlagBaseType
}

// newObject is object.__new__: a plain instance with an attribute dict.
func newObject(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls.layout != ObjectType && cls.layout != nil {
		return nil, th.Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.layout.Name)
	}
	if cls.Flags&FlagAbstract != 0 {
		return nil, th.Errorf(TypeErrorType, "cannot create '%s' instances", cls.Name)
	}
	return newInstance(cls), nil
}

// newInstance makes an instance of a class statement's class with an
// empty dict sized for the attributes its instances usually get; the
// instance and its dict share one allocation. Instances of classes with
// __slots__ get their slot array in that allocation too.
func newInstance(cls *Type) *Instance {
	if n := len(cls.slotNames); n > 0 {
		if cls.Flags&FlagNoDict != 0 {
			switch {
			case n <= 2:
				p := &struct {
					_ [0]func() // (no equality function to generate)
					i Instance
					s [2]Object
				}{}
				p.i.Class, p.i.vals = cls, &p.s[0]
				return &p.i
			case n <= 4:
				p := &struct {
					_ [0]func()
					i Instance
					s [4]Object
				}{}
				p.i.Class, p.i.vals = cls, &p.s[0]
				return &p.i
			}
			return &Instance{Class: cls, vals: &make([]Object, n)[0]}
		}
		o := newDictInstance(cls)
		o.vals = &make([]Object, n)[0]
		return o
	}
	if cls.Flags&FlagNoDict != 0 {
		return &Instance{Class: cls}
	}
	return newDictInstance(cls)
}

// newDictInstance is newInstance for an instance with a dict.
func newDictInstance(cls *Type) *Instance {
	// Small instances get their dict's entries in the same allocation
	// too (the dict grows into its own array later if it must).
	switch n := cls.instAttrs; {
	case n == 0:
	case n <= 2:
		p := &struct {
			i Instance
			d Dict
			e [2]dictEntry
		}{}
		p.i.Class, p.i.Dict = cls, &p.d
		p.d.first = p.e[:0]
		return &p.i
	case n <= 4:
		p := &struct {
			i Instance
			d Dict
			e [4]dictEntry
		}{}
		p.i.Class, p.i.Dict = cls, &p.d
		p.d.first = p.e[:0]
		return &p.i
	}
	p := &struct {
		i Instance
		d Dict
	}{}
	p.i.Class, p.i.Dict = cls, &p.d
	if n := cls.instAttrs; n > 0 {
		p.d.presize(n)
	}
	return &p.i
}
