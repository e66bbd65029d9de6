package py

import (
	"math"
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/pymath"
)

var binOpSymbols = [...]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"}
var binOpDunders = [...]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"}

// The special method names of each binary operator, built once: the
// operators' slow paths look them up on every call.
var binOpNames, binOpRNames, binOpINames = func() (n, r, i [len(binOpDunders)]string) {
	for k, d := range binOpDunders {
		n[k], r[k], i[k] = "__"+d+"__", "__r"+d+"__", "__i"+d+"__"
	}
	return
}()

// BinaryOp implements a op b.
func BinaryOp(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	if plainInstance(a) {
		switch b.(type) {
		case *Instance, Int, Float:
			// No builtin operation takes an instance of a class
			// statement's class (over object) on the left and these on
			// the right: only special methods can apply.
			if _, ok := b.(*Instance); !ok || plainInstance(b) {
				return dunderBinary(th, op, a, b, "")
			}
		}
	}
	if overridden(th, a, binOpNames[op]) == nil && overridden(th, b, binOpRNames[op]) == nil {
		if v, err := builtinBinary(th, op, a, b); v != nil || err != nil {
			return v, err
		}
	}
	return dunderBinary(th, op, a, b, "")
}

// InplaceOp implements a op= b.
func InplaceOp(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	switch x := a.(type) {
	case *ByteArray:
		// += and *= change the bytearray itself.
		if r, err := byteArrayBinary(th, op, a, b); r != nil || err != nil {
			if err != nil {
				return nil, err
			}
			x.B = r.(*ByteArray).B
			return x, nil
		}
	case *List:
		switch op {
		case compile.OpAdd:
			items, err := th.iterateForUnpack(b)
			if err != nil {
				return nil, err
			}
			if err := th.checkSize(len(x.Items) + len(items)); err != nil {
				return nil, err
			}
			x.Items = append(x.Items, items...)
			return x, nil
		case compile.OpMul:
			n, ok := asIntLike(b).(Int)
			if !ok {
				break
			}
			r, err := repeatItems(th, x.Items, n)
			if err != nil {
				return nil, err
			}
			x.Items = r
			return x, nil
		}
	case *Set:
		if y, ok := b.(*Set); ok && !x.Frozen {
			switch op {
			case compile.OpOr:
				return x, x.Update(th, y)
			case compile.OpAnd, compile.OpSub, compile.OpXor:
				r, err := builtinBinary(th, op, x, y)
				if err != nil {
					return nil, err
				}
				x.replaceWith(r.(*Set))
				return x, nil
			}
		}
	case *Dict:
		if op == compile.OpOr {
			if err := th.dictUpdateMapping(x, b); err != nil {
				return nil, err
			}
			return x, nil
		}
	case *Instance:
		if m := x.Class.Lookup(binOpINames[op]); m != nil {
			v, err := th.Call(m, []Object{a, b}, nil)
			if err != nil || v != NotImplemented {
				return v, err
			}
		}
	}
	if v, err := builtinBinary(th, op, a, b); v != nil || err != nil {
		return v, err
	}
	return dunderBinary(th, op, a, b, "=")
}

// binopCtx is what an inlined binary special method's return needs:
// the operator and the operands' class (see Frame.binopOf).
type binopCtx struct {
	op  compile.BinOp
	cls *Type
}

// binOpSymbol is the operator as TypeError messages show it.
func binOpSymbol(op compile.BinOp) string {
	if op == compile.OpPow {
		return "** or pow()"
	}
	return binOpSymbols[op]
}

// isRepeatable reports whether o is a builtin sequence that `*` repeats.
func isRepeatable(o Object) bool {
	switch o.(type) {
	case Str, *List, Tuple, Bytes, *ByteArray:
		return true
	}
	return false
}

// plainInstance reports whether o is an instance of a class statement's
// class whose only builtin base is object.
func plainInstance(o Object) bool {
	x, ok := o.(*Instance)
	return ok && x.Class.layout == ObjectType
}

// dunderBinary tries a.__op__(b) and b.__rop__(a), then raises TypeError.
func dunderBinary(th *Thread, op compile.BinOp, a, b Object, inplace string) (Object, error) {
	ta, tb := a.Type(), b.Type()
	name, rname := binOpNames[op], binOpRNames[op]
	fwd := ta.Lookup(name)
	var rev Object
	if ta != tb {
		rev = tb.Lookup(rname)
	}
	// A subclass's reflected method goes first when it overrides it.
	if rev != nil && tb.IsSubtype(ta) && tb.Flags&FlagHeapType != 0 {
		v, err := th.call2(rev, b, a)
		if err != nil || v != NotImplemented {
			return v, err
		}
		rev = nil
	}
	if fwd != nil && ta.Flags&FlagHeapType != 0 {
		v, err := th.call2(fwd, a, b)
		if err != nil || v != NotImplemented {
			return v, err
		}
	}
	if rev != nil && tb.Flags&FlagHeapType != 0 {
		v, err := th.call2(rev, b, a)
		if err != nil || v != NotImplemented {
			return v, err
		}
	}
	sym := binOpSymbols[op] + inplace
	if op == compile.OpPow && inplace == "" {
		sym = "** or pow()"
	}
	if op == compile.OpAdd {
		switch a.(type) {
		case Bytes:
			return nil, th.Errorf(TypeErrorType, "can't concat %s to bytes", tb.Name)
		case Str:
			return nil, th.Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", tb.Name)
		case *List:
			return nil, th.Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", tb.Name)
		case Tuple:
			return nil, th.Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", tb.Name)
		}
	}
	if op == compile.OpMul {
		_, aSeq := a.(Str)
		_, bSeq := b.(Str)
		switch a.(type) {
		case *List, Tuple, Bytes:
			aSeq = true
		}
		switch b.(type) {
		case *List, Tuple, Bytes:
			bSeq = true
		}
		if aSeq || bSeq {
			other := tb
			if bSeq && !aSeq {
				other = ta
			}
			return nil, th.Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", other.Name)
		}
	}
	return nil, th.Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)
}

// builtinBinary handles the builtin types; it returns (nil, nil) when the
// operands are not a combination it knows.
func builtinBinary(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	if op == compile.OpMul {
		// A sequence repeated by an object with __index__ (either side).
		if isRepeatable(a) && !isRepeatable(b) && asIntLike(b) == nil {
			if n, ok, err := Index(th, b); err != nil || ok {
				if err != nil {
					return nil, err
				}
				return builtinBinary(th, op, a, n)
			}
		} else if isRepeatable(b) && !isRepeatable(a) && asIntLike(a) == nil {
			if n, ok, err := Index(th, a); err != nil || ok {
				if err != nil {
					return nil, err
				}
				return builtinBinary(th, op, n, b)
			}
		}
	}
	if x, ok := a.(Bool); ok {
		if y, ok := b.(Bool); ok {
			// bool's own &, | and ^ keep bools.
			switch op {
			case compile.OpAnd:
				return x && y, nil
			case compile.OpOr:
				return x || y, nil
			case compile.OpXor:
				return Bool(x != y), nil
			}
		}
	}
	ia, ib := asIntLike(a), asIntLike(b)
	if ia != nil && ib != nil {
		return intBinary(th, op, ia, ib)
	}
	fa, aNum := floatOperand(a)
	fb, bNum := floatOperand(b)
	if aNum && bNum && (ia == nil || ib == nil) {
		if _, ok := a.(Complex); !ok {
			if _, ok := b.(Complex); !ok {
				// int operands that do not fit a float raise OverflowError
				if ia != nil {
					f, err := intToFloat(th, ia)
					if err != nil {
						return nil, err
					}
					fa = f
				}
				if ib != nil {
					f, err := intToFloat(th, ib)
					if err != nil {
						return nil, err
					}
					fb = f
				}
				return floatBinary(th, op, fa, fb)
			}
		}
		return complexBinary(th, op, a, b)
	}
	if _, ok := a.(*ByteArray); ok {
		return byteArrayBinary(th, op, a, b)
	}
	if _, ok := b.(*ByteArray); ok {
		if _, isStr := a.(Str); !isStr || op != compile.OpMod {
			return byteArrayBinary(th, op, a, b)
		}
	}
	switch x := a.(type) {
	case Str:
		switch op {
		case compile.OpAdd:
			if y, ok := b.(Str); ok {
				if err := th.checkBytes(len(x) + len(y)); err != nil {
					return nil, err
				}
				return th.concatStr(x, y), nil
			}
		case compile.OpMul:
			if n, ok := ib.(Int); ok {
				return repeatStr(th, string(x), n)
			} else if _, ok := ib.(*BigInt); ok {
				return nil, th.memoryError()
			}
		case compile.OpMod:
			return percentFormat(th, string(x), b)
		}
	case Bytes:
		switch op {
		case compile.OpMod:
			r, err := bytesPercentFormat(th, string(x), b)
			if err != nil {
				return nil, err
			}
			return Bytes(r), nil
		case compile.OpAdd:
			if y, ok := b.(Bytes); ok {
				if err := th.checkBytes(len(x) + len(y)); err != nil {
					return nil, err
				}
				return x + y, nil
			}
		case compile.OpMul:
			if n, ok := ib.(Int); ok {
				s, err := repeatStr(th, string(x), n)
				if err != nil {
					return nil, err
				}
				return Bytes(s.(Str)), nil
			}
		}
	case *List:
		switch op {
		case compile.OpAdd:
			if y, ok := b.(*List); ok {
				if err := th.checkSize(len(x.Items) + len(y.Items)); err != nil {
					return nil, err
				}
				items := make([]Object, 0, len(x.Items)+len(y.Items))
				items = append(items, x.Items...)
				return NewList(append(items, y.Items...)), nil
			}
		case compile.OpMul:
			if n, ok := ib.(Int); ok {
				items, err := repeatItems(th, x.Items, n)
				if err != nil {
					return nil, err
				}
				return NewList(items), nil
			} else if _, ok := ib.(*BigInt); ok {
				return nil, th.memoryError()
			}
		}
	case Tuple:
		switch op {
		case compile.OpAdd:
			if y, ok := b.(Tuple); ok {
				if err := th.checkSize(len(x) + len(y)); err != nil {
					return nil, err
				}
				items := make(Tuple, 0, len(x)+len(y))
				items = append(items, x...)
				return append(items, y...), nil
			}
		case compile.OpMul:
			if n, ok := ib.(Int); ok {
				items, err := repeatItems(th, x, n)
				if err != nil {
					return nil, err
				}
				return Tuple(items), nil
			}
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return setBinary(th, op, x, y)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == compile.OpOr {
			d := x.Copy()
			if err := th.dictUpdateMapping(d, y); err != nil {
				return nil, err
			}
			return d, nil
		}
	}
	if isSetView(a) || isSetView(b) {
		if r, err := dictViewBinary(th, op, a, b); r != nil || err != nil {
			return r, err
		}
	}
	if op == compile.OpMul {
		// int * sequence
		if n, ok := ia.(Int); ok {
			switch y := b.(type) {
			case Str, *List, Tuple, Bytes:
				return builtinBinary(th, op, y, n)
			}
		}
	}
	return nil, nil
}

func floatOperand(x Object) (float64, bool) {
	switch v := x.(type) {
	case Float:
		return float64(v), true
	case Int:
		return float64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *BigInt:
		f, _ := new(bigFloat).SetInt(v.V).Float64()
		return f, true
	case Complex:
		return 0, true
	}
	return 0, false
}

func intBinary(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	switch op {
	case compile.OpAdd:
		return intAdd(a, b), nil
	case compile.OpSub:
		return intSub(a, b), nil
	case compile.OpMul:
		return intMul(th, a, b)
	case compile.OpTrueDiv:
		return intTrueDiv(th, a, b)
	case compile.OpFloorDiv:
		return intFloorDiv(th, a, b)
	case compile.OpMod:
		return intMod(th, a, b)
	case compile.OpPow:
		return intPow(th, a, b)
	case compile.OpLShift:
		return intLshift(th, a, b)
	case compile.OpRShift:
		return intRshift(th, a, b)
	case compile.OpAnd:
		return intBitwise('&', a, b), nil
	case compile.OpOr:
		return intBitwise('|', a, b), nil
	case compile.OpXor:
		return intBitwise('^', a, b), nil
	}
	return nil, nil
}

func floatBinary(th *Thread, op compile.BinOp, a, b float64) (Object, error) {
	switch op {
	case compile.OpAdd:
		return Float(a + b), nil
	case compile.OpSub:
		return Float(a - b), nil
	case compile.OpMul:
		return Float(a * b), nil
	case compile.OpTrueDiv:
		if b == 0 {
			return nil, th.NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(a / b), nil
	case compile.OpFloorDiv:
		if b == 0 {
			return nil, th.NewError(ZeroDivisionErrorType, "float floor division by zero")
		}
		return Float(floatFloorDiv(a, b)), nil
	case compile.OpMod:
		if b == 0 {
			return nil, th.NewError(ZeroDivisionErrorType, "float modulo")
		}
		return Float(floatMod(a, b)), nil
	case compile.OpPow:
		if a == 0 && b < 0 {
			return nil, th.NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if a < 0 && b != math.Floor(b) {
			return complexPow(complex(a, 0), complex(b, 0)), nil
		}
		// pymath.Pow rounds as the C library does (math.Pow does not).
		r := pymath.Pow(a, b)
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, th.NewError(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return nil, nil
}

// floatMod is Python's float %, whose result takes the divisor's sign.
func floatMod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 {
		if (b < 0) != (m < 0) {
			m += b
		}
	} else {
		m = math.Copysign(0, b)
	}
	return m
}

func floatFloorDiv(a, b float64) float64 {
	m := math.Mod(a, b)
	div := (a - m) / b
	if m != 0 && (b < 0) != (m < 0) {
		div -= 1
	}
	if div != 0 {
		fl := math.Floor(div)
		if div-fl > 0.5 {
			fl += 1
		}
		return fl
	}
	return math.Copysign(0, a/b)
}

func repeatStr(th *Thread, s string, n Int) (Object, error) {
	if n <= 0 || len(s) == 0 {
		return Str(""), nil
	}
	if int64(n) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	if err := th.checkBytes(len(s) * int(n)); err != nil {
		return nil, err
	}
	return Str(strings.Repeat(s, int(n))), nil
}

func repeatItems(th *Thread, items []Object, n Int) ([]Object, error) {
	if n <= 0 || len(items) == 0 {
		return []Object{}, nil
	}
	if int64(n) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	if err := th.checkSize(len(items) * int(n)); err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(items)*int(n))
	for i := Int(0); i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// elemBytes is what one element of a list, tuple or dict costs the
// memory budget: a Go interface value.
const elemBytes = 16

// checkSize raises MemoryError when a container of n elements would
// exceed the budget.
func (th *Thread) checkSize(n int) error {
	if int64(n) > th.MemoryBudget/elemBytes {
		return th.memoryError()
	}
	return th.checkBytes(n * elemBytes)
}

// checkBytes raises MemoryError when a string or bytes object of n bytes
// would exceed the budget.
//
// Large requests also count towards a check of the whole heap
// (HeapLimit), made after every quarter of the limit so requested: many
// moderate allocations add up between two instructions' budget checks.
func (th *Thread) checkBytes(n int) error {
	if int64(n) > th.MemoryBudget || n < 0 {
		return th.memoryError()
	}
	if n >= bigAllocMin {
		th.bigAllocs += int64(n)
		if limit := th.heapLimit(); th.bigAllocs > limit/4 {
			th.bigAllocs = 0
			if th.heapProbe.over(limit) {
				return th.memoryError()
			}
		}
	}
	return nil
}

// UnaryOp implements -x, +x and ~x.
func UnaryOp(th *Thread, op compile.Op, a Object) (Object, error) {
	if i := asIntLike(a); i != nil {
		switch op {
		case compile.UNARY_NEGATIVE:
			return intNeg(i), nil
		case compile.UNARY_POSITIVE:
			return i, nil
		case compile.UNARY_INVERT:
			return intSub(intNeg(i), Int(1)), nil
		}
	}
	switch v := a.(type) {
	case Float:
		switch op {
		case compile.UNARY_NEGATIVE:
			return -v, nil
		case compile.UNARY_POSITIVE:
			return v, nil
		}
	case Complex:
		switch op {
		case compile.UNARY_NEGATIVE:
			return -v, nil
		case compile.UNARY_POSITIVE:
			return v, nil
		}
	}
	var name, sym string
	switch op {
	case compile.UNARY_NEGATIVE:
		name, sym = "__neg__", "-"
	case compile.UNARY_POSITIVE:
		name, sym = "__pos__", "+"
	default:
		name, sym = "__invert__", "~"
	}
	if m := a.Type().Lookup(name); m != nil && a.Type().Flags&FlagHeapType != 0 {
		return th.Call(m, []Object{a}, nil)
	}
	return nil, th.Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", sym, a.Type().Name)
}

// Truth implements bool(x).
func Truth(th *Thread, o Object) (bool, error) {
	if overridden(th, o, "__bool__") != nil || overridden(th, o, "__len__") != nil {
		return userTruth(th, o)
	}
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case *NoneType:
		return false, nil
	case Int:
		return v != 0, nil
	case *BigInt:
		return true, nil
	case Float:
		return v != 0, nil
	case Str:
		return len(v) > 0, nil
	case Bytes:
		return len(v) > 0, nil
	case *List:
		return len(v.Items) > 0, nil
	case Tuple:
		return len(v) > 0, nil
	case *Dict:
		return v.Len() > 0, nil
	case *Set:
		return v.Len() > 0, nil
	case *Range:
		return v.Len() > 0, nil
	case Complex:
		return v != 0, nil
	}
	return userTruth(th, o)
}

// userTruth is bool(o) by o's __bool__ or __len__.
func userTruth(th *Thread, o Object) (bool, error) {
	cls := o.Type()
	if cls.Flags&FlagHeapType != 0 || cls.Lookup("__bool__") != nil || cls.Lookup("__len__") != nil {
		if m := cls.Lookup("__bool__"); m != nil {
			r, err := th.Call(m, []Object{o}, nil)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, th.Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(b), nil
		}
		if m := cls.Lookup("__len__"); m != nil {
			n, err := Len(th, o)
			return n > 0, err
		}
	}
	return true, nil
}

// Len implements len(x).
func Len(th *Thread, o Object) (int, error) {
	if m := overridden(th, o, "__len__"); m != nil {
		r, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return 0, err
		}
		return lenResult(th, r)
	}
	switch v := o.(type) {
	case Str:
		return runeLen(string(v)), nil
	case Bytes:
		return len(v), nil
	case *List:
		return len(v.Items), nil
	case Tuple:
		return len(v), nil
	case *Dict:
		return v.Len(), nil
	case *Set:
		return v.Len(), nil
	case *Range:
		return int(v.Len()), nil
	case *dictView:
		return v.d.Len(), nil
	}
	if m := o.Type().Lookup("__len__"); m != nil {
		r, err := th.Call(m, []Object{o}, nil)
		if err != nil {
			return 0, err
		}
		return lenResult(th, r)
	}
	return 0, th.Errorf(TypeErrorType, "object of type '%s' has no len()", o.Type().Name)
}

// lenResult converts what __len__ returned as slot_sq_length does: through
// __index__, OverflowError past a C ssize_t, ValueError when negative.
func lenResult(th *Thread, r Object) (int, error) {
	i, err := asIndex(th, r)
	if err != nil {
		return 0, err
	}
	n, ok := i.(Int)
	if n < 0 || !ok && i.(*BigInt).V.Sign() < 0 {
		return 0, th.NewError(ValueErrorType, "__len__() should return >= 0")
	}
	if !ok {
		return 0, th.NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}
