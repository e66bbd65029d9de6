package pyrandom

import "math"

// Constants of random.py, as the doubles CPython computes at import (with
// glibc's exp, log and sqrt, which round them correctly).
const (
	nvMagicConst = 1.7155277699214135 // 4 * exp(-0.5) / sqrt(2.0)
	log4         = 1.3862943611198906 // log(4.0)
	sgMagicConst = 2.504077396776274  // 1.0 + log(4.5)
	twoPi        = 6.283185307179586  // math.tau
	eulerE       = 2.718281828459045  // math.e
	piF          = 3.141592653589793  // math.pi
)

// Uniform mirrors random.uniform(a, b): a + (b-a) * random().
func (r *Rand) Uniform(a, b float64) float64 {
	return a + float64((b-a)*r.Random())
}

// Triangular mirrors random.triangular(low, high, mode); hasMode false
// means mode=None (the midpoint). When high == low CPython's division
// raises ZeroDivisionError, which triangular catches to return low (after
// consuming one random()).
func (r *Rand) Triangular(low, high, mode float64, hasMode bool) float64 {
	u := r.Random()
	c := 0.5
	if hasMode {
		if high-low == 0 {
			return low
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return low + float64((high-low)*math.Sqrt(float64(u*c)))
}

// NormalVariate mirrors random.normalvariate(mu, sigma): Kinderman and
// Monahan's ratio-of-uniforms method. Its result involves no elementary
// function: log only decides acceptance, and a last-bit difference from
// glibc could change that only when both sides of the test are within an
// ulp of each other.
func (r *Rand) NormalVariate(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -logDD(u2).hi { // u2 is in (0, 1]
			break
		}
	}
	return mu + float64(z*sigma)
}

// Gauss mirrors random.gauss(mu, sigma): the Box-Muller transform, which
// yields two deviates from two random() calls; the second is kept for the
// next call (Random.gauss_next) until the generator is seeded or its
// state set.
func (r *Rand) Gauss(mu, sigma float64) float64 {
	z := r.gaussNext
	had := r.hasGaussNext
	r.hasGaussNext, r.gaussNext = false, 0
	if !had {
		x2pi := r.Random() * twoPi
		g2rad := math.Sqrt(-2.0 * logDD(1.0-r.Random()).hi)
		s, c := libmSinCos(x2pi)
		z = c * g2rad
		r.gaussNext, r.hasGaussNext = s*g2rad, true
	}
	return mu + float64(z*sigma)
}

// LogNormVariate mirrors random.lognormvariate(mu, sigma):
// exp(normalvariate(mu, sigma)), raising OverflowError "math range error"
// when that overflows.
func (r *Rand) LogNormVariate(mu, sigma float64) (float64, error) {
	return libmExp(r.NormalVariate(mu, sigma))
}

// ExpoVariate mirrors random.expovariate(lambd): -log(1 - random()) /
// lambd. lambd == 0 raises ZeroDivisionError "float division by zero",
// after random() was consumed. (Python 3.11 has no default for lambd.)
func (r *Rand) ExpoVariate(lambd float64) (float64, error) {
	l := -logDD(1.0 - r.Random()).hi
	if lambd == 0 {
		return 0, zeroDivisionError(msgFloatDivZero)
	}
	return l / lambd, nil
}

// VonMisesVariate mirrors random.vonmisesvariate(mu, kappa), Fisher's
// algorithm for the circular normal distribution; for kappa <= 1e-6 it is
// uniform on [0, 2*pi). Its acos can, in principle, raise ValueError "math
// domain error", as CPython's would.
//
// Deliberate difference: CPython loops forever when kappa is NaN; here
// that raises ValueError "math domain error".
func (r *Rand) VonMisesVariate(mu, kappa float64) (float64, error) {
	if math.IsNaN(kappa) {
		return 0, valueError(msgMathDomain)
	}
	if kappa <= 1e-6 {
		return twoPi * r.Random(), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+float64(s*s))
	var z float64
	for {
		u1 := r.Random()
		_, z = libmSinCos(piF * u1)
		d := z / (rr + z)
		u2 := r.Random()
		if u2 < 1.0-float64(d*d) {
			break
		}
		ed, err := libmExp(d)
		if err != nil {
			return 0, err
		}
		if u2 <= float64((1.0-d)*ed) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + float64(q*z))
	u3 := r.Random()
	a, err := libmAcos(f)
	if err != nil {
		return 0, err
	}
	if u3 > 0.5 {
		return pyMod(mu+a, twoPi), nil
	}
	return pyMod(mu-a, twoPi), nil
}

// pyMod is Python's float % for a positive modulus w.
func pyMod(v, w float64) float64 {
	m := math.Mod(v, w) // exact, like C's fmod
	if m != 0 {
		if (w < 0) != (m < 0) {
			m += w
		}
	} else {
		m = math.Copysign(0, w)
	}
	return m
}

// GammaVariate mirrors random.gammavariate(alpha, beta); both must be
// positive (ValueError "gammavariate: alpha and beta must be > 0.0").
//
// Deliberate difference: CPython loops forever when alpha is NaN or so
// large that 2*alpha-1 overflows (its rejection tests then compare NaNs
// and never succeed); here those raise the same ValueError instead of
// hanging the playground.
func (r *Rand) GammaVariate(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 || math.IsNaN(alpha) || math.IsInf(2.0*alpha-1.0, 1) {
		return 0, valueError("gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		// R.C.H. Cheng, "The generation of Gamma variables with
		// non-integral shape parameters", Applied Statistics (1977),
		// 26, No. 1, p71-74.
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.Random()
			v := logDD(u1/(1.0-u1)).hi / ainv
			ev, err := libmExp(v)
			if err != nil {
				return 0, err
			}
			x := alpha * ev
			z := u1 * u1 * u2
			rv := bbb + float64(ccc*v) - x
			if rv+sgMagicConst-float64(4.5*z) >= 0.0 || rv >= logDD(z).hi {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		// expovariate(1/beta)
		return -logDD(1.0-r.Random()).hi * beta, nil
	default:
		// alpha is between 0 and 1 (exclusive): ALGORITHM GS of
		// Statistical Computing, Kennedy & Gentle.
		var x float64
		for {
			u := r.Random()
			b := (eulerE + alpha) / eulerE
			p := b * u
			if p <= 1.0 {
				var err error
				if x, err = floatPow(p, 1.0/alpha); err != nil {
					return 0, err
				}
			} else {
				x = -logDD((b - p) / alpha).hi // (b-p)/alpha is in (0, 1/e)
			}
			u1 := r.Random()
			if p > 1.0 {
				xa, err := floatPow(x, alpha-1.0)
				if err != nil {
					return 0, err
				}
				if u1 <= xa {
					break
				}
			} else {
				ex, err := libmExp(-x)
				if err != nil {
					return 0, err
				}
				if u1 <= ex {
					break
				}
			}
		}
		return x * beta, nil
	}
}

// BetaVariate mirrors random.betavariate(alpha, beta), the ratio of two
// gamma variates. As in CPython, beta is not checked (nor its gamma
// drawn) when the first gamma variate is 0.
func (r *Rand) BetaVariate(alpha, beta float64) (float64, error) {
	y, err := r.GammaVariate(alpha, 1.0)
	if err != nil || y == 0 {
		return 0, err
	}
	g, err := r.GammaVariate(beta, 1.0)
	if err != nil {
		return 0, err
	}
	return y / (y + g), nil
}

// ParetoVariate mirrors random.paretovariate(alpha):
// (1 - random()) ** (-1/alpha). alpha == 0 raises ZeroDivisionError
// "float division by zero"; an overflowing power raises OverflowError
// "(34, 'Numerical result out of range')".
func (r *Rand) ParetoVariate(alpha float64) (float64, error) {
	u := 1.0 - r.Random()
	if alpha == 0 {
		return 0, zeroDivisionError(msgFloatDivZero)
	}
	return floatPow(u, -1.0/alpha)
}

// WeibullVariate mirrors random.weibullvariate(alpha, beta):
// alpha * (-log(1 - random())) ** (1/beta), with ParetoVariate's errors
// (beta == 0 is the ZeroDivisionError).
func (r *Rand) WeibullVariate(alpha, beta float64) (float64, error) {
	u := 1.0 - r.Random()
	if beta == 0 {
		return 0, zeroDivisionError(msgFloatDivZero)
	}
	p, err := floatPow(-logDD(u).hi, 1.0/beta)
	if err != nil {
		return 0, err
	}
	return alpha * p, nil
}
