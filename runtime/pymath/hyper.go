package pymath

import "math"

// The hyperbolic functions and their inverses follow glibc, whose
// implementations are fdlibm's and are not correctly rounded: Expm1,
// Log1p, Asinh, Acosh and Atanh are package math's ports of the same
// fdlibm code (measured to agree with glibc on all but about 1 in 1000
// arguments), and Sinh, Cosh and Tanh are fdlibm's formulas over them and
// the correctly rounded Exp. (On arm64 the Go compiler may fuse
// multiply-adds inside package math, which can change a last bit there.)

// Expm1 is e**x - 1, accurate for small x (glibc's expm1).
func Expm1(x float64) float64 { return math.Expm1(x) }

// Log1p is log(1+x), accurate for small x (glibc's log1p).
func Log1p(x float64) float64 { return math.Log1p(x) }

// Asinh is the inverse hyperbolic sine, by fdlibm's formulas over Log
// and Log1p (as glibc's asinh).
func Asinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	a := math.Abs(x)
	var w float64
	switch {
	case a < 0x1p-28:
		return x
	case a > 0x1p28:
		w = Log(a) + ln2DD.hi
	case a > 2:
		w = Log(2*a + 1/(math.Sqrt(float64(x*x)+1)+a))
	default:
		t := x * x
		w = Log1p(a + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh is the inverse hyperbolic cosine, NaN below 1, by fdlibm's
// formulas over Log and Log1p (as glibc's acosh).
func Acosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return math.NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return Log(x) + ln2DD.hi
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return Log1p(t + math.Sqrt(2*t+float64(t*t)))
}

// Atanh is the inverse hyperbolic tangent; NaN outside [-1, 1], infinite
// at +-1 (glibc's atanh).
func Atanh(x float64) float64 { return math.Atanh(x) }

// overflowThreshold is the largest x whose sinh and cosh are finite.
const overflowThreshold = 0x1.633ce8fb9f87dp+9 // 710.4758600739439

// Sinh is the hyperbolic sine, by fdlibm's formulas.
func Sinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	a := math.Abs(x)
	switch {
	case a < 22:
		if a < 0x1p-28 {
			return x
		}
		t := Expm1(a)
		if a < 1 {
			return h * (2.0*t - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	case a < maxLog:
		return h * Exp(a)
	case a <= overflowThreshold:
		w := Exp(0.5 * a)
		t := h * w
		return t * w
	}
	return x * 0x1p1023 * 2 // overflow to +-Inf
}

// maxLog is log(DBL_MAX), where exp stops being finite.
const maxLog = 0x1.62e42fefa39efp+9 // 709.782712893384

// Cosh is the hyperbolic cosine, by fdlibm's formulas.
func Cosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	a := math.Abs(x)
	switch {
	case a < 0.5*ln2DD.hi:
		t := Expm1(a)
		w := 1 + t
		if a < 0x1p-55 {
			return w
		}
		return 1 + float64(t*t)/(w+w)
	case a < 22:
		t := Exp(a)
		return 0.5*t + 0.5/t
	case a < maxLog:
		return 0.5 * Exp(a)
	case a <= overflowThreshold:
		w := Exp(0.5 * a)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// Tanh is the hyperbolic tangent, by fdlibm's formulas.
func Tanh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(1, x)
	}
	a := math.Abs(x)
	var z float64
	switch {
	case a < 0x1p-55:
		return x * (1 + x)
	case a >= 22:
		z = 1
	case a >= 1:
		t := Expm1(2 * a)
		z = 1 - 2/(t+2)
	default:
		t := Expm1(-2 * a)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// isOddInteger reports whether y is an odd integer.
func isOddInteger(y float64) bool {
	return math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0 && y == math.Trunc(y)
}

// Pow is C's pow(x, y) (C99 Annex F): NaN for a negative x and a
// non-integer y, +-Inf for 0 to a negative power, Inf on overflow.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1
		case (y > 0) == (ax > 1):
			return math.Inf(1)
		default:
			return 0
		}
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if x > 0 {
			if y > 0 {
				return x
			}
			return 0
		}
		if y > 0 {
			if odd {
				return x
			}
			return math.Inf(1)
		}
		if odd {
			return math.Copysign(0, -1)
		}
		return 0
	case x == 0:
		odd := isOddInteger(y)
		if y < 0 {
			if odd {
				return math.Copysign(math.Inf(1), x)
			}
			return math.Inf(1)
		}
		if odd {
			return x
		}
		return 0
	}
	negate := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		x = -x
		negate = isOddInteger(y)
	}
	var v float64
	if y == 2 {
		v = x * x
	} else if y == -1 {
		v = 1 / x
	} else if y == 0.5 {
		v = math.Sqrt(x)
	} else {
		p := ddMul(logDD(x), dd{y, 0})
		switch {
		case p.hi > 710:
			v = math.Inf(1)
		case p.hi < -746:
			v = 0
		default:
			v = scaleRound(expDD(p))
		}
	}
	if negate {
		v = -v
	}
	return v
}
