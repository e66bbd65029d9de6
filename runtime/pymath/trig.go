package pymath

import (
	"math"
	"math/big"
)

// twoOverPiHex is floor(2/pi * 2**1300) in hexadecimal: enough bits to
// reduce any double argument (at most 2**1024) with 150 bits to spare.
const twoOverPiHex = "" +
	"a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561" +
	"b7246e3a424dd2e006492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484" +
	"e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980f" +
	"ef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b" +
	"3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b6babf0cfbc209af4361d" +
	"a9e39"

// twoOverPiBig is 2/pi to 1300 bits, built once at init and never
// modified.
var twoOverPiBig = func() *big.Float {
	i, _ := new(big.Int).SetString(twoOverPiHex, 16)
	f := new(big.Float).SetPrec(1400).SetInt(i)
	return f.SetMantExp(f, -1300)
}()

// smallReduceLimit bounds the arguments reduced with the four-part pi/2.
const smallReduceLimit = 1 << 19

// reduce returns r and k with t = k*pi/2 + r, |r| <= pi/4 (plus a
// little), r accurate to far beyond double-double precision. t is finite.
func reduce(t float64) (dd, int) {
	if math.Abs(t) <= math.Pi/4 {
		return dd{t, 0}, 0
	}
	if math.Abs(t) <= smallReduceLimit {
		k := math.Round(t * twoOverPi)
		r := twoSum(t, -k*pio2A)
		r = ddAddF(r, -k*pio2B)
		r = ddAddF(r, -k*pio2C)
		r = ddAdd(r, twoProd(-k, pio2D))
		return r, int(int64(k) & 3)
	}
	// Payne-Hanek style: t * 2/pi with all the bits that matter, split
	// into an integer (only its last two bits count) and a fraction.
	p := new(big.Float).SetPrec(1400).SetFloat64(t)
	p.Mul(p, twoOverPiBig)
	ip, _ := p.Int(nil) // truncated toward zero
	frac := new(big.Float).SetPrec(1400).Sub(p, new(big.Float).SetInt(ip))
	k := int(new(big.Int).And(ip, big.NewInt(3)).Int64())
	if t < 0 {
		// And on a negative big.Int works on two's complement, which is
		// what k mod 4 needs; frac is in (-1, 0].
		k = int(new(big.Int).And(new(big.Int).Neg(ip), big.NewInt(3)).Int64())
		k = (4 - k) & 3
	}
	// Bring frac into [-0.5, 0.5].
	half := big.NewFloat(0.5)
	if frac.Cmp(half) > 0 {
		frac.Sub(frac, big.NewFloat(1))
		k = (k + 1) & 3
	} else if frac.Cmp(new(big.Float).Neg(half)) < 0 {
		frac.Add(frac, big.NewFloat(1))
		k = (k + 3) & 3
	}
	hi, _ := frac.Float64()
	rest := new(big.Float).SetPrec(1400).Sub(frac, new(big.Float).SetFloat64(hi))
	lo, _ := rest.Float64()
	return ddMul(dd{hi, lo}, pio2DD), k
}

// sinCosTerms is the number of terms of each Taylor series on
// |r| <= pi/4: 0.8**14 / 28! < 2**-107.
const sinCosTerms = 15

// sinCosKernel returns sin(r) and cos(r) for |r| <= pi/4 (plus a little).
func sinCosKernel(r dd) (dd, dd) {
	r2 := ddMul(r, r)
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

// sinCosDD returns sin(t) and cos(t) as double-doubles for finite t.
func sinCosDD(t float64) (dd, dd) {
	r, k := reduce(t)
	s, c := sinCosKernel(r)
	switch k {
	case 0:
		return s, c
	case 1:
		return c, ddNeg(s)
	case 2:
		return ddNeg(s), ddNeg(c)
	}
	return ddNeg(c), s
}

// Sin is the sine; NaN for infinities.
func Sin(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if x == 0 || math.Abs(x) < 0x1p-30 {
		// sin(x) = x - x**3/6: the correction is below half an ulp.
		return x
	}
	s, _ := sinCosDD(x)
	return s.hi
}

// Cos is the cosine; NaN for infinities.
func Cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	_, c := sinCosDD(x)
	return c.hi
}

// Tan is the tangent; NaN for infinities.
func Tan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if x == 0 || math.Abs(x) < 0x1p-30 {
		return x
	}
	r, k := reduce(x)
	s, c := sinCosKernel(r)
	if k&1 == 1 {
		return ddNeg(ddDiv(c, s)).hi
	}
	return ddDiv(s, c).hi
}

// asinDD returns asin(a) for |a| <= 0.5 by one Newton step on sin from
// math.Asin's estimate.
func asinDD(a dd) dd {
	y0 := math.Asin(a.hi)
	s, c := sinCosKernel(dd{y0, 0})
	return ddAddF(ddDiv(ddSub(a, s), c), y0)
}

// Asin is the arcsine; NaN outside [-1, 1].
func Asin(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < -1 || x > 1:
		return math.NaN()
	case x == 0 || math.Abs(x) < 0x1p-30:
		return x
	case math.Abs(x) <= 0.5:
		return asinDD(dd{x, 0}).hi
	}
	// asin(x) = pi/2 - 2*asin(sqrt((1-|x|)/2)); 1-|x| is exact.
	y := asinDD(ddSqrt(dd{(1 - math.Abs(x)) / 2, 0}))
	v := ddSub(pio2DD, ddScale(y, 2)).hi
	return math.Copysign(v, x)
}

// Acos is the arccosine; NaN outside [-1, 1].
func Acos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < -1 || x > 1:
		return math.NaN()
	case x > 0.5:
		// acos(x) = 2*asin(sqrt((1-x)/2)); 1-x is exact.
		y := asinDD(ddSqrt(dd{(1 - x) / 2, 0}))
		return 2 * y.hi
	case x < -0.5:
		// acos(x) = pi - 2*asin(sqrt((1+x)/2)).
		y := asinDD(ddSqrt(dd{(1 + x) / 2, 0}))
		return ddSub(piDD, ddScale(y, 2)).hi
	}
	return ddSub(pio2DD, asinDD(dd{x, 0})).hi
}

// Atan is the arctangent.
func Atan(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(pio2DD.hi, x)
	case x == 0 || math.Abs(x) < 0x1p-30:
		return x
	case math.Abs(x) > 0x1p66:
		// atan(x) = pi/2 - 1/x, and 1/x is below a quarter ulp of pi/2.
		return math.Copysign(pio2DD.hi, x)
	}
	return atan2DD(x, 1).hi
}

// atan2DD returns the angle of (x, y) for finite, not both zero,
// operands scaled so that neither squares out of range: one Newton step
// on f(t) = y*cos(t) - x*sin(t) from math.Atan2's estimate.
func atan2DD(y, x float64) dd {
	t0 := math.Atan2(y, x)
	s, c := sinCosDD(t0)
	num := ddSub(ddMulF(c, y), ddMulF(s, x))
	den := ddAdd(ddMulF(c, x), ddMulF(s, y))
	return ddAddF(ddDiv(num, den), t0)
}

// Atan2 is the angle of the point (x, y), with C99's special cases.
func Atan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0) || math.IsInf(x, 0) || y == 0 || x == 0:
		// Exact special values (multiples of pi/4), which package math
		// rounds correctly.
		return math.Atan2(y, x)
	}
	// Scale both by the same power of two so that products stay in
	// range; the angle does not change.
	_, ey := math.Frexp(y)
	_, ex := math.Frexp(x)
	e := ex
	if ey > e {
		e = ey
	}
	ys, xs := math.Ldexp(y, -e), math.Ldexp(x, -e)
	if ys == 0 || xs == 0 || math.Abs(ys) < 0x1p-900 || math.Abs(xs) < 0x1p-900 {
		// One is negligible against the other: math.Atan2 gives the
		// limit (0, pi, or +-pi/2 minus a tiny ratio).
		if math.Abs(ys) < math.Abs(xs) {
			if x > 0 {
				return y / x
			}
			return math.Copysign(piDD.hi, y)
		}
		return math.Copysign(pio2DD.hi, y)
	}
	return atan2DD(ys, xs).hi
}

// Hypot is the Euclidean norm of xs, correctly rounded: infinite if any
// is infinite, else NaN if any is NaN.
func Hypot(xs ...float64) float64 {
	nan := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			nan = true
		}
	}
	if nan {
		return math.NaN()
	}
	const prec = 320
	sum := new(big.Float).SetPrec(prec)
	for _, x := range xs {
		if x == 0 {
			continue
		}
		v := new(big.Float).SetPrec(prec).SetFloat64(x)
		sum.Add(sum, v.Mul(v, v))
	}
	if sum.Sign() == 0 {
		return 0
	}
	r, _ := new(big.Float).SetPrec(prec).Sqrt(sum).Float64()
	return r
}

// Cbrt is the real cube root.
func Cbrt(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	// Scale into a safe range by a multiple of 3 in the exponent.
	frac, e := math.Frexp(math.Abs(x))
	q := e / 3
	r := e - 3*q
	m := math.Ldexp(frac, r) // in [0.125, 4)
	y0 := math.Cbrt(m)
	// Newton: y = y0 - (y0**3 - m) / (3*y0**2), in double-double.
	y3 := ddMulF(twoProd(y0, y0), y0)
	corr := ddDiv(ddAddF(y3, -m), twoProd(3*y0, y0))
	y := ddSub(dd{y0, 0}, corr)
	return math.Copysign(math.Ldexp(y.hi, q), x)
}
