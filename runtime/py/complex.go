package py

import (
	"math"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/pymath"
)

func toComplex(o Object) complex128 {
	if c, ok := o.(Complex); ok {
		return complex128(c)
	}
	f, _ := floatOperand(o)
	return complex(f, 0)
}

func complexBinary(th *Thread, op compile.BinOp, a, b Object) (Object, error) {
	x, y := toComplex(a), toComplex(b)
	switch op {
	case compile.OpAdd:
		return Complex(x + y), nil
	case compile.OpSub:
		return Complex(x - y), nil
	case compile.OpMul:
		return Complex(x * y), nil
	case compile.OpTrueDiv:
		if y == 0 {
			return nil, th.NewError(ZeroDivisionErrorType, "complex division by zero")
		}
		return Complex(cQuot(x, y)), nil
	case compile.OpPow:
		if x == 0 && (real(y) < 0 || imag(y) != 0) {
			return nil, th.NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return complexPow(x, y), nil
	}
	return nil, nil
}

// complexPow is x ** y computed as CPython computes it, so that the last
// digits agree: small integral exponents by repeated squaring, others in
// polar form with the C library's functions (pymath's equivalents).
func complexPow(x, y complex128) Object {
	if imag(y) == 0 && real(y) == math.Trunc(real(y)) && math.Abs(real(y)) <= 100 {
		n := int(real(y))
		if n >= 0 {
			return Complex(cPowu(x, n))
		}
		return Complex(cQuot(1, cPowu(x, -n)))
	}
	switch {
	case y == 0:
		return Complex(1)
	case x == 0:
		return Complex(0)
	}
	vabs := pymath.Hypot(real(x), imag(x))
	length := pymath.Pow(vabs, real(y))
	at := pymath.Atan2(imag(x), real(x))
	phase := at * real(y)
	if imag(y) != 0 {
		length /= pymath.Exp(at * imag(y))
		phase += imag(y) * pymath.Log(vabs)
	}
	return Complex(complex(length*pymath.Cos(phase), length*pymath.Sin(phase)))
}

// cPowu is x ** n for a small natural n, by repeated squaring.
func cPowu(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cMul(r, p)
		}
		p = cMul(p, p)
	}
	return r
}

// cMul is the plain complex product (no fused multiply-add).
func cMul(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
}

// cQuot is complex division by CPython's algorithm (scaling by the
// larger component of the divisor), which rounds differently from Go's.
func cQuot(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)
	}
	return complex(math.NaN(), math.NaN())
}
