// Package pymath holds the elementary functions of Python's math module,
// correctly rounded (up to a negligible probability) and identical on
// every GOARCH, so that aioplay prints what CPython prints on Linux.
//
// Why not package math: Go's Log, Exp, Sin, Cos... differ from glibc's
// (which CPython calls) in the last bit for a few percent of arguments,
// and Go's amd64 assembly and portable code (used by WebAssembly) differ
// from each other. glibc's functions are themselves correctly rounded in
// all but about 0.1% of cases, so correct rounding is the closest target
// we can reach deterministically.
//
// How: each function reduces its argument exactly (or to far beyond double
// precision), evaluates a series or a Newton step in double-double
// arithmetic (a value is the unevaluated sum hi+lo, about 106 bits), and
// rounds once. The approach, and the double-double kernel, are those of
// runtime/pyrandom/libm.go, extended to the whole of math: trigonometric
// arguments of any size are reduced with 1300 bits of 2/pi, the inverse
// functions take one Newton step from package math's estimate (which
// doubles its ~53 correct bits), and the hyperbolic functions are built on
// the double-double exp and log.
//
// The functions follow C99 Annex F for special values (NaN, infinities,
// signed zeros) and return IEEE results; raising Python's ValueError or
// OverflowError from them is the math module's business.
//
// Every product feeding an addition is wrapped in float64(...) so that no
// compiler fuses it into an FMA (Go permits that on arm64, ppc64, s390x);
// the only FMAs are explicit math.FMA calls, which are exact everywhere.
//
// erf, erfc, gamma and lgamma are not here: the math module uses package
// math for them (CPython's gamma and lgamma are its own Lanczos code, and
// their last bit can differ).
package pymath

import "math"

// dd is a double-double number: the unevaluated sum hi+lo, with
// |lo| <= ulp(hi)/2 after normalization.
type dd struct{ hi, lo float64 }

// twoSum returns a+b exactly as a dd (Knuth).
func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

// fastTwoSum returns a+b exactly as a dd, given |a| >= |b| or a == 0.
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

func ddSub(a, b dd) dd { return ddAdd(a, ddNeg(b)) }

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	return fastTwoSum(p.hi, p.lo+(float64(a.hi*b.lo)+float64(a.lo*b.hi)))
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	return fastTwoSum(p.hi, p.lo+float64(a.lo*b))
}

// ddScale multiplies by a power of two (exact barring under/overflow).
func ddScale(a dd, s float64) dd { return dd{a.hi * s, a.lo * s} }

// ddDiv returns a/b by long division in three partial quotients.
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulF(b, -q2))
	q3 := r.hi / b.hi
	return ddAddF(fastTwoSum(q1, q2), q3)
}

// ddSqrt returns sqrt(a) for a dd a >= 0: the root of a.hi plus one
// Newton correction from the exact remainder.
func ddSqrt(a dd) dd {
	s := math.Sqrt(a.hi)
	if s == 0 {
		return dd{s, 0}
	}
	rem := ddAdd(twoProd(-s, s), a) // a - s*s, exact in its first part
	return fastTwoSum(s, rem.hi/(2*s))
}

// Constants, verified against math/big in the tests.
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
	// pi/2, pi and pi/4 as double-doubles.
	pio2DD = dd{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54}
	piDD   = dd{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53}
	pio4DD = dd{0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55}
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

// invLn2DD and invLn10DD are 1/ln2 and 1/ln10 as double-doubles.
var (
	invLn2DD  = ddDiv(dd{1, 0}, ln2DD)
	invLn10DD = ddDiv(dd{1, 0}, logDD(10))
)
