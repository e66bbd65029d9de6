package pymath

import (
	"math"
	"math/big"
)

// expHalvings is how many times expDD halves its reduced argument, so that
// ten Taylor terms reach double-double precision.
const expHalvings = 8

// expDD returns m and k with exp(x) = m * 2**k and m within [0.7, 1.42],
// for |x.hi| <= 1100.
func expDD(x dd) (dd, int) {
	k := math.Round(x.hi * invLn2)
	// r = x - k*ln2, with k*ln2A and k*ln2B exact.
	r := twoSum(x.hi, -k*ln2A)
	r = ddAddF(r, x.lo)
	r = ddAddF(r, -k*ln2B)
	r = ddAdd(r, twoProd(-k, ln2C))
	e := expm1Small(ddScale(r, 1.0/(1<<expHalvings)))
	// Square back: (1+e)**2 = 1 + e*(2+e), kept as expm1 for accuracy.
	for i := 0; i < expHalvings; i++ {
		e = ddMul(e, ddAddF(e, 2))
	}
	return ddAddF(e, 1), int(k)
}

// expm1Small is expm1(r) for |r| <= 2**-8 by its Taylor series.
func expm1Small(r dd) dd {
	p := invFact[10]
	for n := 9; n >= 1; n-- {
		p = ddAdd(ddMul(p, r), invFact[n])
	}
	return ddMul(p, r)
}

// scaleRound returns m * 2**k rounded to the nearest double, including
// subnormal results; overflow gives +Inf.
func scaleRound(m dd, k int) float64 {
	if k > -1020 {
		// m.hi is already the nearest double to m, and scaling by 2**k
		// is exact unless it overflows.
		return math.Ldexp(m.hi, k)
	}
	// Subnormal or zero: round the exact sum once, at the final scale.
	f := new(big.Float).SetPrec(256).SetFloat64(m.hi)
	f.Add(f, new(big.Float).SetFloat64(m.lo))
	f.SetMantExp(f, k)
	v, _ := f.Float64()
	return v
}

// Exp is e**x.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	}
	return scaleRound(expDD(dd{x, 0}))
}

// Exp2 is 2**x.
func Exp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x > 1025:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	return scaleRound(expDD(ddMulF(ln2DD, x)))
}

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
	l := atanhSeries(s)
	if e == 0 {
		return l
	}
	fe := float64(e)
	el := ddAdd(twoProd(fe, ln2DD.hi), twoProd(fe, ln2DD.lo))
	return ddAdd(el, l)
}

// atanhSeries is 2*atanh(s) for |s| <= 0.172.
func atanhSeries(s dd) dd {
	s2 := ddMul(s, s)
	p := invOdd[logTerms-1]
	for j := logTerms - 2; j >= 0; j-- {
		p = ddAdd(ddMul(p, s2), invOdd[j])
	}
	return ddMul(p, ddScale(s, 2))
}

// Log is the natural logarithm: NaN for x < 0, -Inf for 0.
func Log(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	return logDD(x).hi
}

// Log2 is the base-2 logarithm, exact for powers of two.
func Log2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	if frac, e := math.Frexp(x); frac == 0.5 {
		return float64(e - 1)
	}
	return ddMul(logDD(x), invLn2DD).hi
}

// Log10 is the base-10 logarithm, computed as glibc does (fdlibm's
// e_log10.c): with x = 2**n * m, m in [1, 2),
// n*log10(2)hi + (n*log10(2)lo + log(m)/ln(10)), where log is the correctly
// rounded Log. glibc's log10 is not correctly rounded; this formula
// reproduces its results.
func Log10(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	frac, e := math.Frexp(x) // x = frac * 2**e, frac in [0.5, 1)
	m := frac * 2
	n := e - 1
	// glibc keeps m in [1, 2) for n >= 0 and in [0.5, 1) for n < 0.
	if n < 0 {
		m = frac
		n = e
	}
	y := float64(n)
	z := float64(y*log10_2lo) + float64(ivln10*Log(m))
	return z + float64(y*log10_2hi)
}

// LogBig returns f(x) for a positive integer x too large for a float, as
// CPython's loghelper does: f(m) + f(2)*e, where m = x / 2**e in [0.5, 1)
// is x rounded to 53 bits. f is Log, Log2 or Log10.
func LogBig(x *big.Int, f func(float64) float64) float64 {
	e := x.BitLen()
	fl := new(big.Float).SetPrec(53).SetInt(x)
	m, _ := new(big.Float).SetMantExp(fl, -e).Float64()
	if m == 1 { // rounding carried into the next power of two
		m = 0.5
		e++
	}
	return f(m) + float64(f(2)*float64(e))
}
