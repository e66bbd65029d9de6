package pyrandom

import (
	"math"
	"math/big"
	"testing"
)

// Reference implementations in math/big at refPrec bits: slow, simple,
// and independent of the double-double code they check.
const refPrec = 240

func bf(x float64) *big.Float { return new(big.Float).SetPrec(refPrec).SetFloat64(x) }
func bnew() *big.Float        { return new(big.Float).SetPrec(refPrec) }

// refAtanInv returns atan(1/n) by its Taylor series.
func refAtanInv(n int64) *big.Float {
	x := bnew().Quo(bf(1), bf(float64(n)))
	x2 := bnew().Mul(x, x)
	sum, term := bnew().Set(x), bnew().Set(x)
	eps := bnew().SetMantExp(bf(1), -refPrec-8)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t := bnew().Quo(term, bf(float64(2*k+1)))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// refPi is Machin's formula.
func refPi() *big.Float {
	a := bnew().Mul(bf(16), refAtanInv(5))
	return a.Sub(a, bnew().Mul(bf(4), refAtanInv(239)))
}

// refLn2 is sum 1/(k 2**k).
func refLn2() *big.Float {
	sum := bnew()
	eps := bnew().SetMantExp(bf(1), -refPrec-8)
	for k := 1; ; k++ {
		t := bnew().SetMantExp(bf(1), -k)
		t.Quo(t, bf(float64(k)))
		sum.Add(sum, t)
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// refExp reduces by ln2, halves 20 times, sums the Taylor series and
// squares back.
func refExp(x *big.Float) *big.Float {
	ln2 := refLn2()
	q := bnew().Quo(x, ln2)
	kf, _ := q.Float64()
	k := math.Floor(kf)
	r := bnew().Sub(x, bnew().Mul(bf(k), ln2))
	r.SetMantExp(r, -20)
	sum, term := bf(1), bf(1)
	eps := bnew().SetMantExp(bf(1), -refPrec-8)
	for n := 1; ; n++ {
		term.Mul(term, r)
		term.Quo(term, bf(float64(n)))
		sum.Add(sum, term)
		if bnew().Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	for i := 0; i < 20; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// refLog solves exp(y) = x by Newton's method from a float64 estimate
// (not math.Log(x), which is wrong for subnormal x on amd64).
func refLog(x float64) *big.Float {
	frac, exp := math.Frexp(x)
	y := bf(math.Log(frac) + float64(exp)*math.Ln2)
	bx := bf(x)
	for i := 0; i < 5; i++ {
		e := refExp(y)
		num := bnew().Sub(bx, e)
		den := bnew().Add(bx, e)
		y.Add(y, num.Quo(num.Mul(num, bf(2)), den))
	}
	return y
}

// refSinCos reduces by pi/2 and sums both Taylor series.
func refSinCos(x float64) (*big.Float, *big.Float) {
	pio2 := refPi()
	pio2.SetMantExp(pio2, -1)
	kf := math.Round(x / (math.Pi / 2))
	r := bnew().Sub(bf(x), bnew().Mul(bf(kf), pio2))
	r2 := bnew().Mul(r, r)
	s, c := bnew().Set(r), bf(1)
	ts, tc := bnew().Set(r), bf(1)
	for n := 1; n < 60; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, bf(float64((2*n)*(2*n+1))))
		tc.Mul(tc, r2)
		tc.Quo(tc, bf(float64((2*n-1)*(2*n))))
		if n%2 == 1 {
			s.Sub(s, ts)
			c.Sub(c, tc)
		} else {
			s.Add(s, ts)
			c.Add(c, tc)
		}
	}
	ns, nc := bnew().Neg(s), bnew().Neg(c)
	switch int64(kf) & 3 {
	case 0:
		return s, c
	case 1:
		return c, ns
	case 2:
		return ns, nc
	default:
		return nc, s
	}
}

// refAcos solves cos(y) = x by Newton's method from math.Acos.
func refAcos(x float64) *big.Float {
	y := bf(math.Acos(x))
	for i := 0; i < 6; i++ {
		s, c := refSinCosSmall(y)
		num := bnew().Sub(c, bf(x))
		y.Add(y, num.Quo(num, s))
	}
	return y
}

// refSinCosSmall sums both Taylor series at x in [0, pi], unreduced.
func refSinCosSmall(x *big.Float) (*big.Float, *big.Float) {
	r2 := bnew().Mul(x, x)
	s, c := bnew().Set(x), bf(1)
	ts, tc := bnew().Set(x), bf(1)
	for n := 1; n < 80; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, bf(float64((2*n)*(2*n+1))))
		tc.Mul(tc, r2)
		tc.Quo(tc, bf(float64((2*n-1)*(2*n))))
		if n%2 == 1 {
			s.Sub(s, ts)
			c.Sub(c, tc)
		} else {
			s.Add(s, ts)
			c.Add(c, tc)
		}
	}
	return s, c
}

func f64(x *big.Float) float64 {
	v, _ := x.Float64()
	return v
}

// inputs returns n deterministic doubles in [lo, hi).
func inputs(seed uint64, n int, lo, hi float64) []float64 {
	r := New()
	r.SeedUint64(seed)
	out := make([]float64, n)
	for i := range out {
		out[i] = r.Uniform(lo, hi)
	}
	return out
}

func TestLibmConstants(t *testing.T) {
	ln2 := refLn2()
	sum := bnew().Add(bf(ln2A), bf(ln2B))
	sum.Add(sum, bf(ln2C))
	if d := f64(bnew().Sub(ln2, sum)); math.Abs(d) > 0x1p-135 {
		t.Errorf("ln2 parts off by %g", d)
	}
	if ln2DD.hi != f64(ln2) || ln2DD.lo != f64(bnew().Sub(ln2, bf(ln2DD.hi))) {
		t.Errorf("ln2DD is not ln2 rounded")
	}
	pi := refPi()
	pio2 := bnew().SetMantExp(pi, -1)
	sum = bnew().Add(bf(pio2A), bf(pio2B))
	sum.Add(sum, bf(pio2C))
	sum.Add(sum, bf(pio2D))
	if d := f64(bnew().Sub(pio2, sum)); math.Abs(d) > 0x1p-155 {
		t.Errorf("pi/2 parts off by %g", d)
	}
	for _, c := range []struct {
		v dd
		x *big.Float
	}{{pio2DD, pio2}, {piDD, pi}} {
		if c.v.hi != f64(c.x) || c.v.lo != f64(bnew().Sub(c.x, bf(c.v.hi))) {
			t.Errorf("%v is not rounded from %v", c.v, c.x)
		}
	}
	// Significant bits of the parts multiplied by k without rounding.
	sig := func(x float64) int {
		m, _ := math.Frexp(x)
		u := uint64(math.Ldexp(m, 53))
		n := 53
		for u&1 == 0 {
			u >>= 1
			n--
		}
		return n
	}
	for _, p := range []float64{ln2A, ln2B} {
		if sig(p) > 42 {
			t.Errorf("ln2 part %x has %d bits", p, sig(p))
		}
	}
	for _, p := range []float64{pio2A, pio2B, pio2C} {
		if sig(p) > 33 {
			t.Errorf("pi/2 part %x has %d bits", p, sig(p))
		}
	}
	if invLn2 != f64(bnew().Quo(bf(1), ln2)) || twoOverPi != f64(bnew().Quo(bf(2), pi)) {
		t.Errorf("invLn2 or twoOverPi misrounded")
	}
	// random.py's constants, from our own functions.
	e, _ := libmExp(-0.5)
	if got := 4 * e / math.Sqrt(2.0); got != nvMagicConst {
		t.Errorf("NV_MAGICCONST = %v, want %v", got, nvMagicConst)
	}
	if got := logDD(4.0).hi; got != log4 {
		t.Errorf("LOG4 = %v, want %v", got, log4)
	}
	if got := 1.0 + logDD(4.5).hi; got != sgMagicConst {
		t.Errorf("SG_MAGICCONST = %v, want %v", got, sgMagicConst)
	}
	if float64(twoPi) != 2*math.Pi || float64(piF) != math.Pi || float64(eulerE) != math.E {
		t.Errorf("pi, tau or e misspelt")
	}
}

func TestLibmLog(t *testing.T) {
	xs := append(inputs(1, 2000, 0, 1), inputs(2, 500, 0, 1e6)...)
	xs = append(xs, 1, 2, 0.5, math.SmallestNonzeroFloat64, 0x1p-1030, math.MaxFloat64,
		1-0x1p-53, 1+0x1p-52, sqrtHalf, math.Nextafter(sqrtHalf, 0), 0.7, 1.41421356)
	for _, x := range xs {
		if x <= 0 {
			continue
		}
		if got, want := logDD(x).hi, f64(refLog(x)); got != want {
			t.Errorf("log(%x) = %x, want %x", x, got, want)
		}
	}
	if v, err := libmLog(0); err == nil || err.Error() != "ValueError: math domain error" {
		t.Errorf("log(0) = %v, %v", v, err)
	}
	if v, _ := libmLog(math.Inf(1)); !math.IsInf(v, 1) {
		t.Errorf("log(inf) = %v", v)
	}
}

func TestLibmExp(t *testing.T) {
	xs := append(inputs(3, 1500, -5, 5), inputs(4, 500, -745, 709.78)...)
	xs = append(xs, 0, 1, -1, 709.78, -708.4, -744.44, -745.1, 1e-300, -1e-17)
	for _, x := range xs {
		got, err := libmExp(x)
		if err != nil {
			t.Errorf("exp(%x): %v", x, err)
			continue
		}
		if want := f64(refExp(bf(x))); got != want {
			t.Errorf("exp(%x) = %x, want %x", x, got, want)
		}
	}
	if _, err := libmExp(709.8); err == nil || err.Error() != "OverflowError: math range error" {
		t.Errorf("exp(709.8) error %v", err)
	}
	if v, err := libmExp(-800); v != 0 || err != nil {
		t.Errorf("exp(-800) = %v, %v", v, err)
	}
}

func TestLibmSinCos(t *testing.T) {
	xs := append(inputs(5, 2000, 0, 2*math.Pi), inputs(6, 300, -1e5, 1e5)...)
	xs = append(xs, 0, math.Pi, math.Pi/2, 2*math.Pi, 3*math.Pi/2, math.Pi/4, 1e-300, 5e-324)
	for _, x := range xs {
		s, c := libmSinCos(x)
		ws, wc := refSinCos(x)
		if s != f64(ws) || c != f64(wc) {
			t.Errorf("sincos(%x) = %x, %x, want %x, %x", x, s, c, f64(ws), f64(wc))
		}
	}
}

func TestLibmAcos(t *testing.T) {
	xs := inputs(7, 1500, -1, 1)
	xs = append(xs, 0.5, -0.5, 0.5000000000000001, 0.9999999999999999, -0.9999999999999999, 0, 1e-20, 0.999, -0.999)
	for _, x := range xs {
		got, err := libmAcos(x)
		if err != nil {
			t.Fatal(err)
		}
		if want := f64(refAcos(x)); got != want {
			t.Errorf("acos(%x) = %x, want %x", x, got, want)
		}
	}
	for _, x := range []float64{1, -1} {
		if got, _ := libmAcos(x); got != math.Acos(x) {
			t.Errorf("acos(%v) = %v", x, got)
		}
	}
	if _, err := libmAcos(1.0000000000000002); err == nil {
		t.Errorf("acos(1+ulp) did not fail")
	}
}

func TestLibmPow(t *testing.T) {
	xs := inputs(8, 800, 0, 3)
	ys := inputs(9, 800, -40, 40)
	for i, x := range xs {
		y := ys[i]
		got, err := floatPow(x, y)
		want := f64(refExp(bnew().Mul(refLog(x), bf(y))))
		if err != nil || got != want {
			t.Errorf("pow(%x, %x) = %x, %v; want %x", x, y, got, err, want)
		}
	}
	// CPython's special cases and errors.
	cases := []struct {
		x, y, want float64
		err        string
	}{
		{2, 0, 1, ""}, {math.NaN(), 0, 1, ""}, {1, math.NaN(), 1, ""},
		{0.5, math.Inf(1), 0, ""}, {0.5, math.Inf(-1), math.Inf(1), ""},
		{0, 3, 0, ""}, {math.Copysign(0, -1), 3, math.Copysign(0, -1), ""},
		{math.Copysign(0, -1), 2, 0, ""},
		{0, -1, 0, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{1e-9, -1e9, 0, "OverflowError: (34, 'Numerical result out of range')"},
		{10, -400, 0, ""}, {-2, 3, -8, ""}, {-2, 2, 4, ""}, {4, 0.5, 2, ""}, {2, 10, 1024, ""},
		{math.Inf(1), -1, 0, ""}, {math.Inf(-1), 3, math.Inf(-1), ""},
	}
	for _, c := range cases {
		got, err := floatPow(c.x, c.y)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("pow(%v, %v) error %v, want %s", c.x, c.y, err, c.err)
			}
			continue
		}
		if err != nil || math.Float64bits(got) != math.Float64bits(c.want) {
			t.Errorf("pow(%v, %v) = %v, %v; want %v", c.x, c.y, got, err, c.want)
		}
	}
}
