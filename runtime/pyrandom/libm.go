package pyrandom

// Elementary functions for the distributions, correctly rounded up to a
// negligible probability and the same on every GOARCH.
//
// Why not package math: its results differ from glibc's (which CPython
// uses on Linux) in the last bit for a large share of inputs, and its
// amd64 assembly and portable Go code differ from each other, so native
// and WebAssembly builds would print different gauss() values. glibc's
// functions are accurate to about 0.52 ulp; correct rounding is the
// closest deterministic target we can write ourselves.
//
// How: each function reduces its argument exactly (or to far beyond
// double precision), evaluates a Taylor or atanh series in double-double
// arithmetic (a value is hi+lo, about 106 bits), and rounds hi+lo to the
// nearest double once. The accumulated error is below 2**-95 relative, so
// a result can be misrounded only when the exact value lies within that
// distance of a rounding midpoint: a probability of the order of 2**-40
// per call, against glibc's ~2**-10.
//
// Every product feeding an addition is wrapped in float64(...) so that no
// compiler fuses it into an FMA (which Go permits on arm64, ppc64 and
// s390x), and the only FMAs are explicit math.FMA calls, exact everywhere.

import (
	"math"
	"math/big"
)

// dd is a double-double number: the unevaluated sum hi+lo, with
// |lo| <= ulp(hi)/2 after normalization.
type dd struct{ hi, lo float64 }

// twoSum returns a+b exactly as a dd (Knuth).
func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

// fastTwoSum returns a+b exactly as a dd, given |a| >= |b| or a == 0
// (Dekker).
func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a*b exactly as a dd.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s = fastTwoSum(s.hi, s.lo+t.hi)
	return fastTwoSum(s.hi, s.lo+t.lo)
}

func ddAddF(a dd, b float64) dd {
	s := twoSum(a.hi, b)
	return fastTwoSum(s.hi, s.lo+a.lo)
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	return fastTwoSum(p.hi, p.lo+(float64(a.hi*b.lo)+float64(a.lo*b.hi)))
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	return fastTwoSum(p.hi, p.lo+float64(a.lo*b))
}

// ddDiv returns a/b by long division in three partial quotients.
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulF(b, -q2))
	q3 := r.hi / b.hi
	return ddAddF(fastTwoSum(q1, q2), q3)
}

// ddSqrt returns sqrt(a) for a >= 0: the correctly rounded root plus
// one Newton correction from its exact remainder.
func ddSqrt(a float64) dd {
	s := math.Sqrt(a)
	if s == 0 {
		return dd{s, 0}
	}
	rem := math.FMA(-s, s, a) // exact: a - s*s
	return fastTwoSum(s, rem/(2*s))
}

// Constants, verified against math/big in libm_test.go.
var (
	// ln2 in three parts; the first two have at most 42 significant
	// bits, so k*part is exact for |k| < 2**11.
	ln2A = 0x1.62e42fefa38p-1
	ln2B = 0x1.ef35793c76p-45
	ln2C = 0x1.cc01f97b57a08p-87
	// ln2 as a double-double.
	ln2DD = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}
	// pi/2 in four parts; the first three have at most 33 significant
	// bits, so k*part is exact for |k| < 2**20.
	pio2A = 0x1.921fb544p+0
	pio2B = 0x1.0b4611a6p-34
	pio2C = 0x1.3198a2ep-69
	pio2D = 0x1.b839a252049c1p-104
	// pi/2 and pi as double-doubles.
	pio2DD = dd{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54}
	piDD   = dd{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53}
)

const (
	invLn2    = 0x1.71547652b82fep+0 // 1/ln2, rounded; only picks k
	twoOverPi = 0x1.45f306dc9c883p-1 // 2/pi, rounded; only picks k
	// sqrtHalf splits the mantissa range of log at sqrt(0.5).
	sqrtHalf = 0.70710678118654752440
)

// invFact[n] is 1/n! as a double-double, n <= 29.
var invFact = func() [30]dd {
	var t [30]dd
	t[0] = dd{1, 0}
	for n := 1; n < len(t); n++ {
		t[n] = ddDiv(t[n-1], dd{float64(n), 0})
	}
	return t
}()

// invOdd[j] is 1/(2j+1) as a double-double, for the atanh series.
var invOdd = func() [logTerms]dd {
	var t [logTerms]dd
	for j := range t {
		t[j] = ddDiv(dd{1, 0}, dd{float64(2*j + 1), 0})
	}
	return t
}()

// ---- exp ----

// expScale bounds the exponent arguments expDD accepts, far beyond the
// range of finite results.
const expScale = 1100

// expHalvings is how many times expDD halves its reduced argument, so that
// ten Taylor terms reach double-double precision.
const expHalvings = 8

// expDD returns m and k with exp(x) = m * 2**k and m within [0.7, 1.42],
// for |x.hi| <= expScale.
func expDD(x dd) (dd, int) {
	k := math.Round(x.hi * invLn2)
	// r = x - k*ln2, with k*ln2A and k*ln2B exact.
	r := twoSum(x.hi, -k*ln2A)
	r = ddAddF(r, x.lo)
	r = ddAddF(r, -k*ln2B)
	r = ddAdd(r, twoProd(-k, ln2C))
	// expm1 of r / 2**expHalvings by Taylor series (Horner form).
	r = dd{r.hi * (1.0 / (1 << expHalvings)), r.lo * (1.0 / (1 << expHalvings))}
	p := invFact[10]
	for n := 9; n >= 1; n-- {
		p = ddAdd(ddMul(p, r), invFact[n])
	}
	e := ddMul(p, r)
	// Square back: (1+e)**2 = 1 + e*(2+e), kept as expm1 for accuracy.
	for i := 0; i < expHalvings; i++ {
		e = ddMul(e, ddAddF(e, 2))
	}
	return ddAddF(e, 1), int(k)
}

// scaleRound returns m * 2**k rounded to the nearest double, including
// subnormal results, and reports overflow to infinity.
func scaleRound(m dd, k int) (float64, bool) {
	if k > -1020 {
		// m.hi is already the nearest double to m, and scaling by 2**k
		// is exact unless it overflows.
		v := math.Ldexp(m.hi, k)
		return v, math.IsInf(v, 0)
	}
	// Subnormal or zero: round the exact sum once, at the final scale.
	f := new(big.Float).SetPrec(256).SetFloat64(m.hi)
	f.Add(f, new(big.Float).SetFloat64(m.lo))
	f.SetMantExp(f, k)
	v, _ := f.Float64()
	return v, false
}

// libmExp is glibc's exp as math.exp uses it: overflow reports an error
// ("math range error"), underflow returns 0.
func libmExp(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case x > 710:
		return 0, overflowError(msgMathRange)
	case x < -746:
		return 0, nil
	}
	v, inf := scaleRound(expDD(dd{x, 0}))
	if inf {
		return 0, overflowError(msgMathRange)
	}
	return v, nil
}

// ---- log ----

// logTerms is the number of atanh series terms: s**2 <= 0.0295 and
// 0.0295**21 < 2**-106.
const logTerms = 22

// logDD returns log(x) for finite x > 0, as a double-double.
func logDD(x float64) dd {
	frac, e := math.Frexp(x) // x = frac * 2**e, frac in [0.5, 1)
	if frac < sqrtHalf {
		frac *= 2
		e--
	}
	// log(m) = 2*atanh(s), s = (m-1)/(m+1), with m-1 exact (Sterbenz)
	// and m+1 = 2+f kept exact as a double-double.
	f := frac - 1
	s := ddDiv(dd{f, 0}, twoSum(2, f))
	s2 := ddMul(s, s)
	p := invOdd[logTerms-1]
	for j := logTerms - 2; j >= 0; j-- {
		p = ddAdd(ddMul(p, s2), invOdd[j])
	}
	l := ddMul(p, dd{2 * s.hi, 2 * s.lo})
	if e == 0 {
		return l
	}
	fe := float64(e)
	el := ddAdd(twoProd(fe, ln2DD.hi), twoProd(fe, ln2DD.lo))
	return ddAdd(el, l)
}

// libmLog is math.log of one argument: ValueError "math domain error" for
// x <= 0, as CPython checks before calling the C function.
func libmLog(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case x <= 0:
		return 0, valueError(msgMathDomain)
	}
	return logDD(x).hi, nil
}

// ---- sin, cos ----

// sinCosTerms is the number of terms of each Taylor series on
// |r| <= pi/4: 0.617**14 / 28! < 2**-107.
const sinCosTerms = 15

// sinCosKernel returns sin(r) and cos(r) for |r| <= pi/4 (plus a little).
func sinCosKernel(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	// sin(r)/r = sum (-1)**j r2**j / (2j+1)!; cos(r) = sum (-1)**j r2**j / (2j)!
	sign := func(j int, v dd) dd {
		if j%2 == 1 {
			return ddNeg(v)
		}
		return v
	}
	ps := sign(sinCosTerms-1, invFact[2*sinCosTerms-1])
	pc := sign(sinCosTerms-1, invFact[2*sinCosTerms-2])
	for j := sinCosTerms - 2; j >= 0; j-- {
		ps = ddAdd(ddMul(ps, r2), sign(j, invFact[2*j+1]))
		pc = ddAdd(ddMul(pc, r2), sign(j, invFact[2*j]))
	}
	return ddMul(ps, r), pc
}

// sinCosLimit bounds the arguments reduced with the four-part pi/2; the
// distributions only call sin and cos on [0, 2*pi].
const sinCosLimit = 1 << 19

// libmSinCos returns sin(t) and cos(t). Arguments beyond sinCosLimit,
// which no caller in this package produces, fall back to package math.
func libmSinCos(t float64) (float64, float64) {
	if math.IsNaN(t) || math.IsInf(t, 0) || math.Abs(t) > sinCosLimit {
		return math.Sin(t), math.Cos(t)
	}
	k := math.Round(t * twoOverPi)
	// r = t - k*pi/2 to about 150 bits; the first three products are
	// exact.
	r := twoSum(t, -k*pio2A)
	r = ddAddF(r, -k*pio2B)
	r = ddAddF(r, -k*pio2C)
	r = ddAdd(r, twoProd(-k, pio2D))
	s, c := sinCosKernel(r)
	switch int64(k) & 3 {
	case 0:
		return s.hi, c.hi
	case 1:
		return c.hi, -s.hi
	case 2:
		return -s.hi, -c.hi
	default:
		return -c.hi, s.hi
	}
}

// ---- acos ----

// asinDD returns asin(a) for |a| <= 0.5 by one Newton step on sin from
// math.Asin's estimate, which doubles its ~53 correct bits.
func asinDD(a dd) dd {
	y0 := math.Asin(a.hi)
	s, c := sinCosKernel(dd{y0, 0})
	return ddAddF(ddDiv(ddAdd(a, ddNeg(s)), c), y0)
}

// libmAcos is math.acos: ValueError "math domain error" outside [-1, 1].
func libmAcos(x float64) (float64, error) {
	switch {
	case math.IsNaN(x):
		return x, nil
	case x < -1 || x > 1:
		return 0, valueError(msgMathDomain)
	case x > 0.5:
		// acos(x) = 2*asin(sqrt((1-x)/2)); 1-x is exact.
		y := asinDD(ddSqrt((1 - x) / 2))
		return 2 * y.hi, nil
	case x < -0.5:
		// acos(x) = pi - 2*asin(sqrt((1+x)/2)).
		y := asinDD(ddSqrt((1 + x) / 2))
		return ddAdd(piDD, dd{-2 * y.hi, -2 * y.lo}).hi, nil
	default:
		return ddAdd(pio2DD, ddNeg(asinDD(dd{x, 0}))).hi, nil
	}
}

// ---- pow ----

// isOddInteger reports whether y is an odd integer (DOUBLE_IS_ODD_INTEGER).
func isOddInteger(y float64) bool {
	return math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0 && y == math.Trunc(y)
}

// floatPow is Python's float ** float (float_pow) for the operands the
// distributions use. Its special cases follow CPython: x**0 is 1, 1**y is
// 1, 0**negative raises ZeroDivisionError, an overflowing result raises
// OverflowError from ERANGE. A negative base with a fractional exponent,
// for which Python returns a complex number, never occurs here and gives
// NaN.
func floatPow(x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		default:
			return 0, nil
		}
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, nil
			}
			return math.Abs(x), nil
		}
		if odd {
			return math.Copysign(0, x), nil
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, zeroDivisionError("0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return math.NaN(), nil // complex in Python; unreachable here
		}
		x = -x
		negate = isOddInteger(y)
	}
	if x == 1 {
		if negate {
			return -1, nil
		}
		return 1, nil
	}
	var v float64
	p := ddMulF(logDD(x), y)
	switch {
	case p.hi > 710:
		return 0, overflowError(msgPowRange)
	case p.hi < -746:
		v = 0 // underflow is not an error
	default:
		var inf bool
		v, inf = scaleRound(expDD(p))
		if inf {
			return 0, overflowError(msgPowRange)
		}
	}
	if negate {
		v = -v
	}
	return v, nil
}
