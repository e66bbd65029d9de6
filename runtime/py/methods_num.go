package py

// The methods of int (and so of bool) and float: the public ones
// (bit_length, to_bytes, as_integer_ratio, hex...) and the dunder methods
// that let Python code call the operations explicitly (int.__add__(3, 4),
// super().__eq__(other)). The dunders answer for the builtin cases and
// return NotImplemented otherwise, as CPython's slot wrappers do; the
// operators themselves never go through them (ops.go handles builtin
// operands directly).

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
)

func init() {
	intMethods := map[string]selfFn[Object]{
		"bit_length": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := noArgs(th, "int.bit_length", args, kwnames); err != nil {
				return nil, err
			}
			return Int(intBitLen(i)), nil
		},
		"bit_count": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := noArgs(th, "int.bit_count", args, kwnames); err != nil {
				return nil, err
			}
			if v, ok := i.(Int); ok {
				return Int(bits.OnesCount64(uint64(abs64(v)))), nil
			}
			n := 0
			for _, w := range new(big.Int).Abs(toBig(i)).Bits() {
				n += bits.OnesCount(uint(w))
			}
			return Int(n), nil
		},
		"conjugate": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return i, noArgs(th, "int.conjugate", args, kwnames)
		},
		"as_integer_ratio": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return Tuple{i, Int(1)}, noArgs(th, "int.as_integer_ratio", args, kwnames)
		},
		"to_bytes":  intToBytes,
		"__index__": intSelf("__index__"),
		"__int__":   intSelf("__int__"),
		"__trunc__": intSelf("__trunc__"),
		"__floor__": intSelf("__floor__"),
		"__ceil__":  intSelf("__ceil__"),
		"__pos__":   intSelf("__pos__"),
		"__float__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__float__", args, kwnames, 0); err != nil {
				return nil, err
			}
			f, err := intToFloat(th, i)
			return Float(f), err
		},
		"__neg__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return intNeg(i), slotArgs(th, "__neg__", args, kwnames, 0)
		},
		"__invert__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return intSub(intNeg(i), Int(1)), slotArgs(th, "__invert__", args, kwnames, 0)
		},
		"__abs__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__abs__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return Abs(th, i)
		},
		"__bool__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return Bool(intCmp(i, Int(0)) != 0), slotArgs(th, "__bool__", args, kwnames, 0)
		},
		"__hash__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return Int(intHash(i)), slotArgs(th, "__hash__", args, kwnames, 0)
		},
		"__repr__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__repr__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return Repr(th, i)
		},
		"__format__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return formatMethod(th, i, args, kwnames)
		},
		"__round__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := checkPositional(th, "__round__", args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			var nd Object
			if len(args) == 1 && args[0] != None {
				nd = args[0]
			}
			return intRound(th, i, nd)
		},
		"__divmod__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__divmod__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if o := asIntLike(args[0]); o != nil {
				return Divmod(th, i, o)
			}
			return NotImplemented, nil
		},
		"__rdivmod__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__rdivmod__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if o := asIntLike(args[0]); o != nil {
				return Divmod(th, o, i)
			}
			return NotImplemented, nil
		},
		"__pow__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return numPow(th, i, args, kwnames, false, asIntLike)
		},
		"__rpow__": func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			return numPow(th, i, args, kwnames, true, asIntLike)
		},
	}
	for i, d := range binOpDunders {
		op := compile.BinOp(i)
		if d == "matmul" || d == "pow" {
			continue
		}
		fwd, rev := "__"+d+"__", "__r"+d+"__"
		intMethods[fwd] = func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, fwd, args, kwnames, 1); err != nil {
				return nil, err
			}
			o := asIntLike(args[0])
			if o == nil {
				return NotImplemented, nil
			}
			return intBinary(th, op, i, o)
		}
		intMethods[rev] = func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, rev, args, kwnames, 1); err != nil {
				return nil, err
			}
			o := asIntLike(args[0])
			if o == nil {
				return NotImplemented, nil
			}
			return intBinary(th, op, o, i)
		}
	}
	attach(IntType, convInt, intMethods)
	addCompareSlots(IntType, convInt, func(o Object) bool { return asIntLike(o) != nil })
	classMethod(IntType, "from_bytes", intFromBytes)

	// bool overrides the methods whose results differ for bools.
	convBool := func(o Object) (Bool, bool) { b, ok := o.(Bool); return b, ok }
	boolMethods := map[string]selfFn[Bool]{
		"__repr__": func(th *Thread, b Bool, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__repr__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return Repr(th, b)
		},
		"__format__": func(th *Thread, b Bool, args []Object, kwnames []string) (Object, error) {
			return formatMethod(th, b, args, kwnames)
		},
	}
	for _, d := range []string{"and", "or", "xor"} {
		op := map[string]compile.BinOp{"and": compile.OpAnd, "or": compile.OpOr, "xor": compile.OpXor}[d]
		for _, name := range []string{"__" + d + "__", "__r" + d + "__"} {
			name := name
			boolMethods[name] = func(th *Thread, b Bool, args []Object, kwnames []string) (Object, error) {
				if err := slotArgs(th, name, args, kwnames, 1); err != nil {
					return nil, err
				}
				if o, ok := args[0].(Bool); ok {
					switch op {
					case compile.OpAnd:
						return b && o, nil
					case compile.OpOr:
						return b || o, nil
					}
					return Bool(b != o), nil
				}
				o := asIntLike(args[0])
				if o == nil {
					return NotImplemented, nil
				}
				return intBinary(th, op, asIntLike(b), o)
			}
		}
	}
	attach(BoolType, convBool, boolMethods)

	floatMethods := map[string]selfFn[float64]{
		"is_integer": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			if err := noArgs(th, "float.is_integer", args, kwnames); err != nil {
				return nil, err
			}
			return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
		},
		"as_integer_ratio": floatAsIntegerRatio,
		"hex": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Str(floatHex(f)), noArgs(th, "float.hex", args, kwnames)
		},
		"conjugate": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Float(f), noArgs(th, "float.conjugate", args, kwnames)
		},
		"__int__":   floatTrunc("__int__", math.Trunc),
		"__trunc__": floatTrunc("__trunc__", math.Trunc),
		"__floor__": floatTrunc("__floor__", math.Floor),
		"__ceil__":  floatTrunc("__ceil__", math.Ceil),
		"__float__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Float(f), slotArgs(th, "__float__", args, kwnames, 0)
		},
		"__pos__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Float(f), slotArgs(th, "__pos__", args, kwnames, 0)
		},
		"__neg__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Float(-f), slotArgs(th, "__neg__", args, kwnames, 0)
		},
		"__abs__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Float(math.Abs(f)), slotArgs(th, "__abs__", args, kwnames, 0)
		},
		"__bool__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Bool(f != 0), slotArgs(th, "__bool__", args, kwnames, 0)
		},
		"__hash__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Int(floatHash(f)), slotArgs(th, "__hash__", args, kwnames, 0)
		},
		"__repr__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return Str(FloatRepr(f)), slotArgs(th, "__repr__", args, kwnames, 0)
		},
		"__format__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return formatMethod(th, Float(f), args, kwnames)
		},
		"__round__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			if err := checkPositional(th, "__round__", args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			var nd Object
			if len(args) == 1 && args[0] != None {
				nd = args[0]
			}
			return floatRound(th, f, nd)
		},
		"__divmod__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__divmod__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if !isRealNumber(args[0]) {
				return NotImplemented, nil
			}
			return Divmod(th, Float(f), args[0])
		},
		"__rdivmod__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, "__rdivmod__", args, kwnames, 1); err != nil {
				return nil, err
			}
			if !isRealNumber(args[0]) {
				return NotImplemented, nil
			}
			return Divmod(th, args[0], Float(f))
		},
		"__pow__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return numPow(th, Float(f), args, kwnames, false, realOrNil)
		},
		"__rpow__": func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			return numPow(th, Float(f), args, kwnames, true, realOrNil)
		},
	}
	for i, d := range binOpDunders {
		op := compile.BinOp(i)
		switch d {
		case "matmul", "pow", "lshift", "rshift", "and", "or", "xor":
			continue
		}
		fwd, rev := "__"+d+"__", "__r"+d+"__"
		floatMethods[fwd] = func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, fwd, args, kwnames, 1); err != nil {
				return nil, err
			}
			if !isRealNumber(args[0]) {
				return NotImplemented, nil
			}
			return BinaryOp(th, op, Float(f), args[0])
		}
		floatMethods[rev] = func(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
			if err := slotArgs(th, rev, args, kwnames, 1); err != nil {
				return nil, err
			}
			if !isRealNumber(args[0]) {
				return NotImplemented, nil
			}
			return BinaryOp(th, op, args[0], Float(f))
		}
	}
	attach(FloatType, convFloat, floatMethods)
	addCompareSlots(FloatType, func(o Object) (Object, bool) { _, ok := o.(Float); return o, ok })
	classMethod(FloatType, "fromhex", floatFromHex)
}

// isRealNumber reports whether o is an int, bool or float.
func isRealNumber(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool, Float:
		return true
	}
	return false
}

// realOrNil returns o when it is an int or float (pow's operand check).
func realOrNil(o Object) Object {
	if isRealNumber(o) {
		return o
	}
	return nil
}

// intSelf is a method returning the int itself (bool becomes int).
func intSelf(name string) selfFn[Object] {
	return func(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
		return i, slotArgs(th, name, args, kwnames, 0)
	}
}

// floatTrunc is float.__int__, __trunc__, __floor__ and __ceil__.
func floatTrunc(name string, f func(float64) float64) selfFn[float64] {
	return func(th *Thread, x float64, args []Object, kwnames []string) (Object, error) {
		if err := slotArgs(th, name, args, kwnames, 0); err != nil {
			return nil, err
		}
		return floatToInt(th, f(x))
	}
}

// numPow is __pow__(other, mod=None) and __rpow__ of int and float.
func numPow(th *Thread, self Object, args []Object, kwnames []string, reflected bool, operand func(Object) Object) (Object, error) {
	name := "__pow__"
	if reflected {
		name = "__rpow__"
	}
	if len(kwnames) > 0 {
		return nil, th.Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, th.Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
	}
	o := operand(args[0])
	if o == nil {
		return NotImplemented, nil
	}
	a, b := self, o
	if reflected {
		a, b = o, self
	}
	if len(args) == 2 && args[1] != None {
		return powMod(th, a, b, args[1])
	}
	return BinaryOp(th, compile.OpPow, a, b)
}

// formatMethod is __format__(format_spec) of the builtin classes.
func formatMethod(th *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, self.Type().Name+".__format__", args, kwnames); err != nil {
		return nil, err
	}
	spec, ok := args[0].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
	}
	return Format(th, self, string(spec))
}

var toBytesParser = &argParser{fname: "to_bytes", names: []string{"length", "byteorder", "signed"}, maxpos: 2}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(th *Thread, i Object, args []Object, kwnames []string) (Object, error) {
	a, err := toBytesParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	length := 1
	if a[0] != nil {
		if length, err = asSsize(th, a[0]); err != nil {
			return nil, err
		}
	}
	little, err := byteorderArg(th, "to_bytes", a[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if a[2] != nil {
		if signed, err = Truth(th, a[2]); err != nil {
			return nil, err
		}
	}
	if length < 0 {
		return nil, th.NewError(ValueErrorType, "length argument must be non-negative")
	}
	v := toBig(i)
	if v.Sign() < 0 && !signed {
		return nil, th.NewError(OverflowErrorType, "can't convert negative int to unsigned")
	}
	if int64(length) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	// Range check by bit length, so that no value larger than the result
	// is ever built.
	bitsAvail := 8 * length
	if signed {
		mag := v
		if v.Sign() < 0 {
			mag = new(big.Int).Not(v) // -v-1
		}
		if mag.BitLen() > bitsAvail-1 && !(mag.BitLen() == 0 && bitsAvail == 0) {
			return nil, th.NewError(OverflowErrorType, "int too big to convert")
		}
	} else if v.BitLen() > bitsAvail {
		return nil, th.NewError(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, length)
	if v.Sign() < 0 {
		// Two's complement: the bytes of -v-1, inverted.
		new(big.Int).Not(v).FillBytes(out)
		for i := range out {
			out[i] = ^out[i]
		}
	} else {
		v.FillBytes(out)
	}
	if little {
		reverseBytes(out)
	}
	return Bytes(out), nil
}

// byteorderArg checks the byteorder argument of to_bytes and from_bytes.
func byteorderArg(th *Thread, fname string, o Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	s, ok := o.(Str)
	if !ok {
		return false, th.Errorf(TypeErrorType, "%s() argument 'byteorder' must be str, not %s", fname, o.Type().Name)
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, th.NewError(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// reverseBytes reverses b in place.
func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

var fromBytesParser = &argParser{fname: "from_bytes", names: []string{"bytes", "byteorder", "signed"}, minpos: 1, maxpos: 2}

// intFromBytes is the classmethod int.from_bytes(bytes, byteorder='big',
// *, signed=False); args[0] is the class.
func intFromBytes(th *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := fromBytesParser.unpack(th, args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	little, err := byteorderArg(th, "from_bytes", a[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if a[2] != nil {
		if signed, err = Truth(th, a[2]); err != nil {
			return nil, err
		}
	}
	if _, ok := a[0].(Str); ok {
		return nil, th.NewError(TypeErrorType, "cannot convert 'str' object to bytes")
	}
	bo, err := BytesOf(th, a[0])
	if err != nil {
		return nil, err
	}
	b := []byte(bo.(Bytes))
	if little {
		reverseBytes(b)
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return MakeInt(v), nil
}

// floatAsIntegerRatio is float.as_integer_ratio().
func floatAsIntegerRatio(th *Thread, f float64, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "float.as_integer_ratio", args, kwnames); err != nil {
		return nil, err
	}
	if math.IsInf(f, 0) {
		return nil, th.NewError(OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, th.NewError(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r, _ := new(big.Float).SetFloat64(f).Rat(nil)
	return Tuple{MakeInt(new(big.Int).Set(r.Num())), MakeInt(new(big.Int).Set(r.Denom()))}, nil
}

// floatHex is float.hex(), a port of CPython's float_hex.
func floatHex(x float64) string {
	if math.IsNaN(x) {
		return "nan"
	}
	if math.IsInf(x, 1) {
		return "inf"
	}
	if math.IsInf(x, -1) {
		return "-inf"
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	const hexdigits = "0123456789abcdef"
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	var sb strings.Builder
	if x < 0 {
		sb.WriteByte('-')
	}
	sb.WriteString("0x")
	sb.WriteByte(hexdigits[int(m)])
	m -= float64(int(m))
	sb.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		sb.WriteByte(hexdigits[int(m)])
		m -= float64(int(m))
	}
	sb.WriteByte('p')
	if e < 0 {
		sb.WriteByte('-')
		e = -e
	} else {
		sb.WriteByte('+')
	}
	sb.WriteString(strconv.Itoa(e))
	return sb.String()
}

// floatFromHex is the classmethod float.fromhex(string).
func floatFromHex(th *Thread, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "float.fromhex", args[1:], kwnames); err != nil {
		return nil, err
	}
	s, ok := args[1].(Str)
	if !ok {
		return nil, th.NewError(TypeErrorType, "bad argument type for built-in operation")
	}
	f, err := parseHexFloat(string(s))
	if err != nil {
		return nil, err.toPy(th)
	}
	return Float(f), nil
}

// hexFloatError is a failure of parseHexFloat.
type hexFloatError struct{ overflow bool }

func (e *hexFloatError) toPy(th *Thread) error {
	if e.overflow {
		return th.NewError(OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	return th.NewError(ValueErrorType, "invalid hexadecimal floating-point string")
}

// parseHexFloat parses float.fromhex's syntax: whitespace, sign, then
// inf/infinity/nan or [0x]hex[.hex][p[sign]dec], whitespace. The value is
// rounded half to even, as CPython does.
func parseHexFloat(s string) (float64, *hexFloatError) {
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	mant, exp := body, "0"
	if i := strings.IndexAny(body, "pP"); i >= 0 {
		mant, exp = body[:i], body[i+1:]
		e := exp
		if e != "" && (e[0] == '+' || e[0] == '-') {
			e = e[1:]
		}
		if e == "" || strings.Trim(e, "0123456789") != "" {
			return 0, &hexFloatError{}
		}
	}
	digits := strings.Replace(mant, ".", "", 1)
	if digits == "" || strings.Trim(digits, "0123456789abcdefABCDEF") != "" {
		return 0, &hexFloatError{}
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		ne, isNum := err.(*strconv.NumError)
		if !isNum || ne.Err != strconv.ErrRange {
			return 0, &hexFloatError{}
		}
		if math.IsInf(f, 0) {
			return 0, &hexFloatError{overflow: true}
		}
		// An underflow: f is the correctly rounded tiny value or zero.
	}
	if neg {
		f = -f
	}
	return f, nil
}

// formatFixed is '%.nf' formatting, correctly rounded with ties to even.
func formatFixed(x float64, n int) string { return strconv.FormatFloat(x, 'f', n, 64) }

// parseFloatExact parses a decimal literal, correctly rounded.
func parseFloatExact(s string) (float64, error) { return strconv.ParseFloat(s, 64) }
