package py

// bytearray: a mutable sequence of bytes. The read-only methods are those
// of bytes, applied to the current contents, with bytes results turned
// into bytearrays as CPython's bytearray methods return them; the
// mutating methods and the sequence protocol are here. The generic
// operations reach them through the type's special methods.

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
)

// ByteArray is a Python bytearray.
type ByteArray struct {
	B []byte
}

// ByteArrayType is bytearray.
var ByteArrayType = newBuiltinType("bytearray", ObjectType, 0)

// Type returns bytearray.
func (*ByteArray) Type() *Type { return ByteArrayType }

func convByteArray(o Object) (*ByteArray, bool) { b, ok := o.(*ByteArray); return b, ok }

// bytesLike returns the bytes of a bytes or bytearray value.
func bytesLike(o Object) (string, bool) {
	switch v := o.(type) {
	case Bytes:
		return string(v), true
	case *ByteArray:
		return string(v.B), true
	}
	return "", false
}

// toByteArray converts the results of bytes methods: bytes become
// bytearrays, also inside lists and tuples.
func toByteArray(o Object) Object {
	switch v := o.(type) {
	case Bytes:
		return &ByteArray{B: []byte(v)}
	case *List:
		out := make([]Object, len(v.Items))
		for i, x := range v.Items {
			out[i] = toByteArray(x)
		}
		return NewList(out)
	case Tuple:
		out := make(Tuple, len(v))
		for i, x := range v {
			out[i] = toByteArray(x)
		}
		return out
	}
	return o
}

// byteArg converts an int operand to a byte ("byte must be in range").
func byteArg(th *Thread, o Object) (byte, error) {
	i, ok := asIntLike(o).(Int)
	if !ok {
		if asIntLike(o) != nil {
			return 0, th.NewError(ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, th.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	if i < 0 || i > 255 {
		return 0, th.NewError(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(i), nil
}

// bytesOfIterable is the bytes an argument of extend() or a slice
// assignment stands for: bytes-like values, or an iterable of ints.
func bytesOfIterable(th *Thread, o Object) ([]byte, error) {
	if s, ok := bytesLike(o); ok {
		return []byte(s), nil
	}
	if _, ok := o.(Str); ok {
		return nil, th.NewError(TypeErrorType, "expected a bytes-like object, str found")
	}
	items, err := th.Iterate(o)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, x := range items {
		if out[i], err = byteArg(th, x); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func init() {
	builtinValues["bytearray"] = ByteArrayType
	ByteArrayType.New = func(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if cls != ByteArrayType {
			return nil, builtinSubclassCheck(th, cls, ByteArrayType)
		}
		if len(args) == 0 {
			return &ByteArray{}, nil
		}
		// The same arguments as bytes(): a size, bytes-like, an
		// iterable of ints, or a str with an encoding.
		conv := args
		if b, ok := args[0].(*ByteArray); ok && len(args) == 1 {
			conv = []Object{Bytes(b.B)}
		}
		v, err := newBytes(th, BytesType, conv, kwnames)
		if err != nil {
			return nil, err
		}
		return &ByteArray{B: []byte(v.(Bytes))}, nil
	}
	ByteArrayType.Dict.SetStr("__hash__", None)
	// The read-only methods of bytes, on a snapshot of the contents.
	// (This file's name sorts after methods_bytes.go, whose init
	// function fills bytes' methods first.)
	if BytesType.Dict.GetStr("decode") == nil {
		panic("py: bytes methods must be attached before bytearray's")
	}
	for _, kv := range BytesType.Dict.Items() {
		name := string(kv[0].(Str))
		bm, ok := kv[1].(*Builtin)
		if !ok || strings.HasPrefix(name, "__") || name == "fromhex" || name == "maketrans" {
			continue
		}
		fn := bm.Fn
		method(ByteArrayType, name, func(th *Thread, args []Object, kw []string) (Object, error) {
			b, ok := firstArg(args).(*ByteArray)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object", name, typeNameOf(firstArg(args)))
			}
			full := append([]Object{Bytes(b.B)}, args[1:]...)
			for i := 1; i < len(full); i++ {
				// bytes methods take bytearray arguments as bytes.
				if x, ok := full[i].(*ByteArray); ok {
					full[i] = Bytes(x.B)
				}
			}
			r, err := fn(th, full, kw)
			if err != nil || name == "decode" || name == "hex" {
				return r, err
			}
			return toByteArray(r), nil
		})
	}
	attach(ByteArrayType, convByteArray, map[string]selfFn[*ByteArray]{
		"__repr__": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			// CPython escapes ' even inside b"..." here.
			r := BytesRepr(string(b.B))
			if strings.HasPrefix(r, `b"`) {
				r = `b"` + strings.ReplaceAll(r[2:len(r)-1], "'", `\'`) + `"`
			}
			return Str("bytearray(" + r + ")"), nil
		},
		"__len__": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			return Int(len(b.B)), slotArgs(th, "__len__", a, kw, 0)
		},
		"__iter__": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__iter__", a, kw, 0); err != nil {
				return nil, err
			}
			items := make([]Object, len(b.B))
			for i, c := range b.B {
				items[i] = Int(c)
			}
			return GetIter(th, Tuple(items))
		},
		"__contains__": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__contains__", a, kw, 1); err != nil {
				return nil, err
			}
			if x, ok := a[0].(*ByteArray); ok {
				a = []Object{Bytes(x.B)}
			}
			ok, err := Contains(th, Bytes(b.B), a[0])
			return Bool(ok), err
		},
		"__getitem__": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__getitem__", a, kw, 1); err != nil {
				return nil, err
			}
			if _, isSlice := a[0].(*Slice); !isSlice {
				if i, ok := asIntLike(a[0]).(Int); ok {
					idx, ok := seqIndex(i, len(b.B))
					if !ok {
						return nil, th.NewError(IndexErrorType, "bytearray index out of range")
					}
					return Int(b.B[idx]), nil
				}
			}
			key := a[0]
			if _, isSlice := key.(*Slice); !isSlice {
				i, err := indexOperand(th, key, "bytearray")
				if err != nil {
					return nil, err
				}
				idx, ok := seqIndex(i, len(b.B))
				if !ok {
					return nil, th.NewError(IndexErrorType, "bytearray index out of range")
				}
				return Int(b.B[idx]), nil
			}
			r, err := GetItem(th, Bytes(b.B), key)
			if err != nil {
				return nil, err
			}
			return toByteArray(r), nil
		},
		"__setitem__": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__setitem__", a, kw, 2); err != nil {
				return nil, err
			}
			if sl, ok := a[0].(*Slice); ok {
				repl, err := bytesOfIterable(th, a[1])
				if err != nil {
					return nil, err
				}
				// Reuse the list slice assignment on a list of ints.
				l := byteList(b.B)
				items := make([]Object, len(repl))
				for i, c := range repl {
					items[i] = Int(c)
				}
				if err := th.listSetSlice(l, sl, NewList(items)); err != nil {
					if e, ok := err.(*Exception); ok && e.IsA(ValueErrorType) {
						return nil, th.NewError(ValueErrorType, strings.Replace(exceptionStr(e), "sequence", "bytes", 1))
					}
					return nil, err
				}
				b.B = listBytes(l)
				return None, nil
			}
			i, err := indexOperand(th, a[0], "bytearray")
			if err != nil {
				return nil, err
			}
			idx, ok := seqIndex(i, len(b.B))
			if !ok {
				return nil, th.NewError(IndexErrorType, "bytearray index out of range")
			}
			c, err := byteArg(th, a[1])
			if err != nil {
				return nil, err
			}
			b.B[idx] = c
			return None, nil
		},
		"__delitem__": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__delitem__", a, kw, 1); err != nil {
				return nil, err
			}
			l := byteList(b.B)
			if err := DelItem(th, l, a[0]); err != nil {
				if e, ok := err.(*Exception); ok && e.IsA(IndexErrorType) {
					return nil, th.NewError(IndexErrorType, "bytearray index out of range")
				}
				return nil, err
			}
			b.B = listBytes(l)
			return None, nil
		},
		"append": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := oneArg(th, "append", a, kw); err != nil {
				return nil, err
			}
			c, err := byteArg(th, a[0])
			if err != nil {
				return nil, err
			}
			if err := th.checkBytes(len(b.B) + 1); err != nil {
				return nil, err
			}
			b.B = append(b.B, c)
			return None, nil
		},
		"extend": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := oneArg(th, "extend", a, kw); err != nil {
				return nil, err
			}
			more, err := bytesOfIterable(th, a[0])
			if err != nil {
				return nil, err
			}
			if err := th.checkBytes(len(b.B) + len(more)); err != nil {
				return nil, err
			}
			b.B = append(b.B, more...)
			return None, nil
		},
		"insert": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := checkPositional(th, "insert", a, kw, 2, 2); err != nil {
				return nil, err
			}
			i, ok := asIntLike(a[0]).(Int)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].Type().Name)
			}
			c, err := byteArg(th, a[1])
			if err != nil {
				return nil, err
			}
			n := Int(len(b.B))
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			b.B = append(b.B[:i], append([]byte{c}, b.B[i:]...)...)
			return None, nil
		},
		"pop": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := checkPositional(th, "pop", a, kw, 0, 1); err != nil {
				return nil, err
			}
			if len(b.B) == 0 {
				return nil, th.NewError(IndexErrorType, "pop from empty bytearray")
			}
			i := Int(len(b.B) - 1)
			if len(a) == 1 {
				var ok bool
				if i, ok = asIntLike(a[0]).(Int); !ok {
					return nil, th.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].Type().Name)
				}
			}
			idx, ok := seqIndex(i, len(b.B))
			if !ok {
				return nil, th.NewError(IndexErrorType, "pop index out of range")
			}
			c := b.B[idx]
			b.B = append(b.B[:idx], b.B[idx+1:]...)
			return Int(c), nil
		},
		"remove": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			if err := oneArg(th, "remove", a, kw); err != nil {
				return nil, err
			}
			c, err := byteArg(th, a[0])
			if err != nil {
				return nil, err
			}
			i := strings.IndexByte(string(b.B), c)
			if i < 0 {
				return nil, th.NewError(ValueErrorType, "value not found in bytearray")
			}
			b.B = append(b.B[:i], b.B[i+1:]...)
			return None, nil
		},
		"clear": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			b.B = nil
			return None, noArgs(th, "clear", a, kw)
		},
		"reverse": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			for i, j := 0, len(b.B)-1; i < j; i, j = i+1, j-1 {
				b.B[i], b.B[j] = b.B[j], b.B[i]
			}
			return None, noArgs(th, "reverse", a, kw)
		},
		"copy": func(th *Thread, b *ByteArray, a []Object, kw []string) (Object, error) {
			return &ByteArray{B: append([]byte(nil), b.B...)}, noArgs(th, "copy", a, kw)
		},
	})
	for op, name := range map[compile.CmpOp]string{compile.CmpEq: "__eq__", compile.CmpNe: "__ne__",
		compile.CmpLt: "__lt__", compile.CmpLe: "__le__", compile.CmpGt: "__gt__", compile.CmpGe: "__ge__"} {
		op := op
		method(ByteArrayType, name, func(th *Thread, args []Object, kw []string) (Object, error) {
			if len(args) != 2 {
				return nil, th.Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			x, ok1 := bytesLike(args[0])
			y, ok2 := bytesLike(args[1])
			if !ok1 || !ok2 {
				return NotImplemented, nil
			}
			return Bool(cmpResult(op, strings.Compare(x, y))), nil
		})
	}
}

// byteList and listBytes convert between a bytearray's contents and a
// list of ints, to reuse the list's slice assignment and deletion.
func byteList(b []byte) *List {
	items := make([]Object, len(b))
	for i, c := range b {
		items[i] = Int(c)
	}
	return NewList(items)
}

func listBytes(l *List) []byte {
	out := make([]byte, len(l.Items))
	for i, x := range l.Items {
		out[i] = byte(x.(Int))
	}
	return out
}

// byteArrayBinary is +, * and += for bytearrays (bytes + bytearray is
// bytes, bytearray + bytes a bytearray).
func byteArrayBinary(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	switch op {
	case compile.OpMod:
		f, ok := bytesLike(a)
		if !ok {
			return nil, nil
		}
		r, err := bytesPercentFormat(th, f, b)
		if err != nil {
			return nil, err
		}
		if _, isBA := a.(*ByteArray); isBA {
			return &ByteArray{B: []byte(r)}, nil
		}
		return Bytes(r), nil
	case compile.OpAdd:
		x, ok1 := bytesLike(a)
		y, ok2 := bytesLike(b)
		if !ok1 || !ok2 {
			if _, isBA := a.(*ByteArray); isBA {
				return nil, th.Errorf(TypeErrorType, "can't concat %s to bytearray", b.Type().Name)
			}
			return nil, nil
		}
		if err := th.checkBytes(len(x) + len(y)); err != nil {
			return nil, err
		}
		if _, isBA := a.(*ByteArray); isBA {
			return &ByteArray{B: []byte(x + y)}, nil
		}
		return Bytes(x + y), nil
	case compile.OpMul:
		s, n := a, b
		if _, isBA := s.(*ByteArray); !isBA {
			s, n = b, a
		}
		ba, ok := s.(*ByteArray)
		i, ok2 := asIntLike(n).(Int)
		if !ok || !ok2 {
			return nil, nil
		}
		r, err := repeatStr(th, string(ba.B), i)
		if err != nil {
			return nil, err
		}
		return &ByteArray{B: []byte(r.(Str))}, nil
	}
	return nil, nil
}

func typeNameOf(o Object) string {
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}
