package py

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/aioplay/aioplay/runtime/pymath"
)

// Int is a Python int that fits in 64 bits.
type Int int64

// Type returns int.
func (Int) Type() *Type { return IntType }

// BigInt is a Python int outside the int64 range. Operations normalise
// results that fit back into Int, so a *BigInt is never in int64 range.
type BigInt struct{ V *big.Int }

// Type returns int.
func (*BigInt) Type() *Type { return IntType }

// MakeInt returns the canonical Object for a big.Int value.
func MakeInt(v *big.Int) Object {
	if v.IsInt64() {
		return Int(v.Int64())
	}
	return &BigInt{V: v}
}

// toBig returns x as a big.Int (a fresh one for Int).
func toBig(x Object) *big.Int {
	switch v := x.(type) {
	case Int:
		return big.NewInt(int64(v))
	case *BigInt:
		return v.V
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// asIntLike returns ints and bools as integer objects (bool is an int
// subclass), or nil when x is not integral.
func asIntLike(x Object) Object {
	switch v := x.(type) {
	case Int, *BigInt:
		return v
	case Bool:
		if v {
			return Int(1)
		}
		return Int(0)
	case *Instance:
		if v.Class.layout == IntType {
			return nil
		}
	}
	return nil
}

// intBitLen is the bit length of |x|.
func intBitLen(x Object) int {
	switch v := x.(type) {
	case Int:
		if v < 0 {
			return bits.Len64(uint64(-v))
		}
		return bits.Len64(uint64(v))
	case *BigInt:
		return v.V.BitLen()
	}
	return 0
}

// maxIntBits bounds the size of ints a script may build; past it the
// operation raises MemoryError instead of exhausting the host.
const maxIntBits = 1 << 26

func intAdd(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return s
			}
		}
	}
	return MakeInt(new(big.Int).Add(toBig(a), toBig(b)))
}

func intSub(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x - y
			if (s < x) == (y > 0) {
				return s
			}
		}
	}
	return MakeInt(new(big.Int).Sub(toBig(a), toBig(b)))
}

func intMul(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
			if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
				r := Int(lo)
				if (x < 0) != (y < 0) {
					r = -r
				}
				return r, nil
			}
		}
	}
	if intBitLen(a)+intBitLen(b) > maxIntBits {
		return nil, th.memoryError()
	}
	return MakeInt(new(big.Int).Mul(toBig(a), toBig(b))), nil
}

func abs64(x Int) Int {
	if x < 0 {
		return -x
	}
	return x
}

// intFloorDiv implements // with Python's rounding toward negative infinity.
func intFloorDiv(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, th.NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if !(x == math.MinInt64 && y == -1) {
				q := x / y
				if (x%y != 0) && ((x < 0) != (y < 0)) {
					q--
				}
				return q, nil
			}
		}
	}
	bb := toBig(b)
	if bb.Sign() == 0 {
		return nil, th.NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	q, m := new(big.Int).DivMod(toBig(a), bb, new(big.Int))
	// big's DivMod is Euclidean (m >= 0); Python floors toward -inf,
	// which for a negative divisor is one less when there is a remainder
	// (2**64 // -7: Euclid's quotient is -...802, the floor -...803).
	if m.Sign() != 0 && bb.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
	}
	return MakeInt(q), nil
}

// intMod implements % with the sign of the divisor.
func intMod(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, th.NewError(ZeroDivisionErrorType, "integer modulo by zero")
			}
			if y == -1 {
				return Int(0), nil
			}
			m := x % y
			if m != 0 && ((m < 0) != (y < 0)) {
				m += y
			}
			return m, nil
		}
	}
	bb := toBig(b)
	if bb.Sign() == 0 {
		return nil, th.NewError(ZeroDivisionErrorType, "integer modulo by zero")
	}
	m := new(big.Int).Mod(toBig(a), bb) // 0 <= m < |b|
	if m.Sign() != 0 && bb.Sign() < 0 {
		m.Add(m, bb)
	}
	return MakeInt(m), nil
}

// intPow implements ** for ints; a negative exponent gives a float.
func intPow(th *Thread, a, b Object) (Object, error) {
	eb := toBig(b)
	if eb.Sign() < 0 {
		fa, err := intToFloat(th, a)
		if err != nil {
			return nil, err
		}
		fb, err := intToFloat(th, b)
		if err != nil {
			return nil, err
		}
		if fa == 0 {
			return nil, th.NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		return Float(pymath.Pow(fa, fb)), nil
	}
	base := toBig(a)
	if base.BitLen() > 1 || (base.BitLen() == 1 && base.Sign() < 0) {
		// |base| >= 2: the result has about bitlen(base)*exp bits.
		if !eb.IsInt64() || float64(base.BitLen()-1)*float64(eb.Int64()) > maxIntBits {
			return nil, th.memoryError()
		}
	}
	if x, ok := a.(Int); ok && eb.IsInt64() {
		// fast path for small results
		e := eb.Int64()
		r, ok := powInt64(int64(x), e)
		if ok {
			return Int(r), nil
		}
	}
	return MakeInt(new(big.Int).Exp(base, eb, nil)), nil
}

func powInt64(x, e int64) (int64, bool) {
	r := int64(1)
	for e > 0 {
		if e&1 == 1 {
			hi, lo := bits.Mul64(uint64(absI(r)), uint64(absI(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			neg := (r < 0) != (x < 0)
			r = int64(lo)
			if neg {
				r = -r
			}
		}
		e >>= 1
		if e > 0 {
			hi, lo := bits.Mul64(uint64(absI(x)), uint64(absI(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			x = int64(lo)
		}
	}
	return r, true
}

func absI(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func intLshift(th *Thread, a, b Object) (Object, error) {
	sb := toBig(b)
	if sb.Sign() < 0 {
		return nil, th.NewError(ValueErrorType, "negative shift count")
	}
	if toBig(a).Sign() == 0 {
		return Int(0), nil
	}
	if !sb.IsInt64() {
		return nil, th.NewError(OverflowErrorType, "too many digits in integer")
	}
	if int64(intBitLen(a))+sb.Int64() > maxIntBits {
		return nil, th.memoryError()
	}
	s := uint(sb.Int64())
	if x, ok := a.(Int); ok && s < 62 && bits.Len64(uint64(absI(int64(x))))+int(s) < 63 {
		return x << s, nil
	}
	return MakeInt(new(big.Int).Lsh(toBig(a), s)), nil
}

func intRshift(th *Thread, a, b Object) (Object, error) {
	sb := toBig(b)
	if sb.Sign() < 0 {
		return nil, th.NewError(ValueErrorType, "negative shift count")
	}
	if !sb.IsInt64() || sb.Int64() > int64(maxIntBits) {
		if toBig(a).Sign() < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	s := uint(sb.Int64())
	if x, ok := a.(Int); ok {
		if s > 63 {
			s = 63
		}
		return x >> s, nil
	}
	return MakeInt(new(big.Int).Rsh(toBig(a), s)), nil
}

func intBitwise(op byte, a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case '&':
				return x & y
			case '|':
				return x | y
			default:
				return x ^ y
			}
		}
	}
	r := new(big.Int)
	switch op {
	case '&':
		r.And(toBig(a), toBig(b))
	case '|':
		r.Or(toBig(a), toBig(b))
	default:
		r.Xor(toBig(a), toBig(b))
	}
	return MakeInt(r)
}

func intNeg(a Object) Object {
	if x, ok := a.(Int); ok && x != math.MinInt64 {
		return -x
	}
	return MakeInt(new(big.Int).Neg(toBig(a)))
}

func intCmp(a, b Object) int {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return toBig(a).Cmp(toBig(b))
}

// intToFloat converts an int to float, raising OverflowError when too big.
func intToFloat(th *Thread, a Object) (float64, error) {
	switch v := a.(type) {
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	f, _ := new(big.Float).SetInt(toBig(a)).Float64()
	if math.IsInf(f, 0) {
		return 0, th.NewError(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// intTrueDiv implements / on ints, correctly rounded as CPython does.
func intTrueDiv(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, th.NewError(ZeroDivisionErrorType, "division by zero")
			}
			if absI(int64(x)) < 1<<53 && absI(int64(y)) < 1<<53 {
				return Float(float64(x) / float64(y)), nil
			}
		}
	}
	bb := toBig(b)
	if bb.Sign() == 0 {
		return nil, th.NewError(ZeroDivisionErrorType, "division by zero")
	}
	ba := toBig(a)
	r := new(big.Rat).SetFrac(ba, bb)
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, th.NewError(OverflowErrorType, "integer division result too large for a float")
	}
	if f == 0 && (ba.Sign() < 0) != (bb.Sign() < 0) {
		// A rational has no negative zero; the quotient's sign is the
		// operands' (0 / -10**20 is -0.0).
		f = math.Copysign(0, -1)
	}
	return Float(f), nil
}

// intHash is CPython's hash of an int: the value modulo 2**61-1, with the
// sign kept and -1 mapped to -2.
func intHash(a Object) int64 {
	const mod = (1 << 61) - 1
	if x, ok := a.(Int); ok {
		v := int64(x)
		var h int64
		if v >= 0 {
			h = int64(uint64(v) % mod)
		} else {
			h = -int64(uint64(-v) % mod)
			if v == math.MinInt64 {
				h = -int64((uint64(1) << 63) % mod)
			}
		}
		if h == -1 {
			h = -2
		}
		return h
	}
	bv := toBig(a)
	m := new(big.Int).Mod(new(big.Int).Abs(bv), big.NewInt(mod)).Int64()
	if bv.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}
