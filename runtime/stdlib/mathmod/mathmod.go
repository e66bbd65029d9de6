// Package mathmod implements Python's math module. The elementary
// functions come from runtime/pymath, which reproduces glibc's results
// (correctly rounded, or glibc's own formulas where glibc is not), so
// that aioplay prints the digits CPython prints on Linux. Integer
// functions (factorial, comb, isqrt...) are exact on big integers.
//
// Known differences: cbrt is correctly rounded where glibc's is not
// (math.cbrt(27) is 3.0 here, 3.0000000000000004 under CPython on glibc);
// gamma, lgamma, erf and erfc use package math, whose last bit can differ
// from CPython's (gamma and lgamma are CPython's own Lanczos code).
package mathmod

import (
	"math"
	"math/big"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/pymath"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

func init() { py.RegisterModule("math", load) }

func load(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("math", "")
	d := m.Dict
	for _, f := range funcs {
		d.SetStr(f.name, pyargs.Fn("math", f.name, f.fn))
	}
	d.SetStr("pi", py.Float(math.Pi))
	d.SetStr("e", py.Float(math.E))
	d.SetStr("tau", py.Float(2*math.Pi))
	d.SetStr("inf", py.Float(math.Inf(1)))
	d.SetStr("nan", py.Float(math.NaN()))
	return m, nil
}

type fn struct {
	name string
	fn   py.BuiltinFn
}

// Errors raised the way CPython's math module maps errno.
func domainError(th *py.Thread) error { return th.NewError(py.ValueErrorType, "math domain error") }
func rangeError(th *py.Thread) error  { return th.NewError(py.OverflowErrorType, "math range error") }

// unary is CPython's math_1: convert the argument to a float, call f, and
// turn a NaN from a non-NaN into "math domain error" and an infinity from
// a finite argument into "math range error" (canOverflow) or "math domain
// error".
func unary(name string, f func(float64) float64, canOverflow bool) fn {
	return fn{name, func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "math."+name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := pyargs.Float(th, args[0])
		if err != nil {
			return nil, err
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, domainError(th)
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return nil, rangeError(th)
			}
			return nil, domainError(th)
		}
		return py.Float(r), nil
	}}
}

// binary converts two float arguments of a C function named name.
func binary(th *py.Thread, name string, args []py.Object, kw []string) (float64, float64, error) {
	if err := pyargs.Positional(th, name, args, kw, 2, 2); err != nil {
		return 0, 0, err
	}
	x, err := pyargs.Float(th, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := pyargs.Float(th, args[1])
	return x, y, err
}

func one(th *py.Thread, name string, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "math."+name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	return args[0], nil
}

func oneFloat(th *py.Thread, name string, args []py.Object, kw []string) (float64, error) {
	x, err := one(th, name, args, kw)
	if err != nil {
		return 0, err
	}
	return pyargs.Float(th, x)
}

// floatToInt converts an integral float to a Python int, with CPython's
// errors for infinities and NaN.
func floatToInt(th *py.Thread, f float64) (py.Object, error) {
	if math.IsInf(f, 0) {
		return nil, th.NewError(py.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, th.NewError(py.ValueErrorType, "cannot convert float NaN to integer")
	}
	if f >= -(1<<63) && f < 1<<63 {
		return py.Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return py.MakeInt(b), nil
}

// rounding is floor, ceil and trunc: ints are returned as they are, the
// type's dunder is used when it has one, floats are rounded.
func rounding(name, dunder string, f func(float64) float64) fn {
	return fn{name, func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := one(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		switch v := x.(type) {
		case py.Int, *py.BigInt:
			return v, nil
		case py.Bool:
			if v {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		case py.Float:
			return floatToInt(th, f(float64(v)))
		}
		if m := x.Type().Lookup(dunder); m != nil {
			return th.Call(m, []py.Object{x}, nil)
		}
		if name == "trunc" {
			return nil, th.Errorf(py.TypeErrorType, "type %s doesn't define __trunc__ method", x.Type().Name)
		}
		fv, err := pyargs.Float(th, x)
		if err != nil {
			return nil, err
		}
		return floatToInt(th, f(fv))
	}}
}

// logArg is CPython's loghelper: ints of any size are accepted (their
// logarithm computed from a 53-bit mantissa and the exponent); zero and
// negative arguments are a domain error.
func logArg(th *py.Thread, x py.Object, f func(float64) float64) (float64, error) {
	if b := pyargs.Big(x); b != nil {
		if b.Sign() <= 0 {
			return 0, domainError(th)
		}
		if b.BitLen() > 1000 {
			return pymath.LogBig(b, f), nil
		}
	}
	v, err := pyargs.Float(th, x)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(v) {
		return v, nil
	}
	if v <= 0 {
		return 0, domainError(th)
	}
	return f(v), nil
}

func logFn(name string, f func(float64) float64) fn {
	return fn{name, func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := one(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		r, err := logArg(th, x, f)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}}
}

// bigIndex converts an integer argument (operator.index).
func bigIndex(th *py.Thread, x py.Object) (*big.Int, error) {
	i, err := pyargs.Index(th, x)
	if err != nil {
		return nil, err
	}
	return pyargs.Big(i), nil
}

var funcs = []fn{
	unary("acos", pymath.Acos, false),
	unary("acosh", pymath.Acosh, false),
	unary("asin", pymath.Asin, false),
	unary("asinh", pymath.Asinh, false),
	unary("atan", pymath.Atan, false),
	{"atan2", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		y, x, err := binary(th, "atan2", args, kw)
		if err != nil {
			return nil, err
		}
		return py.Float(pymath.Atan2(y, x)), nil
	}},
	unary("atanh", pymath.Atanh, false),
	unary("cbrt", pymath.Cbrt, false),
	rounding("ceil", "__ceil__", math.Ceil),
	{"comb", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "comb", args, kw, 2, 2); err != nil {
			return nil, err
		}
		n, err := bigIndex(th, args[0])
		if err != nil {
			return nil, err
		}
		k, err := bigIndex(th, args[1])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, th.NewError(py.ValueErrorType, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return nil, th.NewError(py.ValueErrorType, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return py.Int(0), nil
		}
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() || k.Int64() > 1<<20 {
			return nil, th.NewError(py.OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807")
		}
		return py.MakeInt(binomial(n, k.Int64())), nil
	}},
	{"copysign", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, y, err := binary(th, "copysign", args, kw)
		if err != nil {
			return nil, err
		}
		return py.Float(math.Copysign(x, y)), nil
	}},
	unary("cos", pymath.Cos, false),
	unary("cosh", pymath.Cosh, true),
	{"degrees", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, "degrees", args, kw)
		if err != nil {
			return nil, err
		}
		return py.Float(x * (180.0 / math.Pi)), nil
	}},
	{"dist", mathDist},
	unary("erf", math.Erf, false),
	unary("erfc", math.Erfc, false),
	unary("exp", pymath.Exp, true),
	unary("exp2", pymath.Exp2, true),
	unary("expm1", pymath.Expm1, true),
	unary("fabs", math.Abs, false),
	{"factorial", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := one(th, "factorial", args, kw)
		if err != nil {
			return nil, err
		}
		n, err := bigIndex(th, x)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, th.NewError(py.ValueErrorType, "factorial() not defined for negative values")
		}
		if !n.IsInt64() || n.Int64() > 1<<20 {
			return nil, th.NewError(py.OverflowErrorType, "factorial() argument should not exceed 9223372036854775807")
		}
		return py.MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
	}},
	rounding("floor", "__floor__", math.Floor),
	{"fmod", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, y, err := binary(th, "fmod", args, kw)
		if err != nil {
			return nil, err
		}
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return py.Float(x), nil
		}
		r := math.Mod(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, domainError(th)
		}
		return py.Float(r), nil
	}},
	{"frexp", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, "frexp", args, kw)
		if err != nil {
			return nil, err
		}
		if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
			return py.Tuple{py.Float(x), py.Int(0)}, nil
		}
		m, e := math.Frexp(x)
		return py.Tuple{py.Float(m), py.Int(e)}, nil
	}},
	{"fsum", mathFsum},
	{"gamma", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, "gamma", args, kw)
		if err != nil {
			return nil, err
		}
		return gamma(th, x)
	}},
	{"gcd", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.NoKwargs(th, "gcd", kw); err != nil {
			return nil, err
		}
		g := new(big.Int)
		for _, a := range args {
			v, err := bigIndex(th, a)
			if err != nil {
				return nil, err
			}
			g.GCD(nil, nil, g, new(big.Int).Abs(v))
		}
		return py.MakeInt(g), nil
	}},
	{"hypot", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.NoKwargs(th, "hypot", kw); err != nil {
			return nil, err
		}
		xs := make([]float64, len(args))
		for i, a := range args {
			v, err := pyargs.Float(th, a)
			if err != nil {
				return nil, err
			}
			xs[i] = v
		}
		return py.Float(pymath.Hypot(xs...)), nil
	}},
	{"isclose", mathIsclose},
	{"isfinite", boolFn("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })},
	{"isinf", boolFn("isinf", func(x float64) bool { return math.IsInf(x, 0) })},
	{"isnan", boolFn("isnan", math.IsNaN)},
	{"isqrt", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := one(th, "isqrt", args, kw)
		if err != nil {
			return nil, err
		}
		n, err := bigIndex(th, x)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, th.NewError(py.ValueErrorType, "isqrt() argument must be nonnegative")
		}
		return py.MakeInt(new(big.Int).Sqrt(n)), nil
	}},
	{"lcm", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.NoKwargs(th, "lcm", kw); err != nil {
			return nil, err
		}
		l := big.NewInt(1)
		for _, a := range args {
			v, err := bigIndex(th, a)
			if err != nil {
				return nil, err
			}
			v = new(big.Int).Abs(v)
			if v.Sign() == 0 || l.Sign() == 0 {
				l.SetInt64(0)
				continue
			}
			g := new(big.Int).GCD(nil, nil, l, v)
			l.Mul(l, new(big.Int).Quo(v, g))
		}
		return py.MakeInt(l), nil
	}},
	{"ldexp", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "ldexp", args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := pyargs.Float(th, args[0])
		if err != nil {
			return nil, err
		}
		b := pyargs.Big(args[1])
		if b == nil {
			return nil, th.NewError(py.TypeErrorType, "Expected an int as second argument to ldexp.")
		}
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
			return py.Float(x), nil
		}
		var e int
		switch {
		case b.Cmp(big.NewInt(100000)) > 0:
			e = 100000
		case b.Cmp(big.NewInt(-100000)) < 0:
			e = -100000
		default:
			e = int(b.Int64())
		}
		r := math.Ldexp(x, e)
		if math.IsInf(r, 0) {
			return nil, rangeError(th)
		}
		return py.Float(r), nil
	}},
	{"lgamma", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, "lgamma", args, kw)
		if err != nil {
			return nil, err
		}
		if math.IsNaN(x) {
			return py.Float(x), nil
		}
		if math.IsInf(x, 0) {
			return py.Float(math.Inf(1)), nil
		}
		if x <= 0 && x == math.Floor(x) {
			return nil, domainError(th)
		}
		r, _ := math.Lgamma(x)
		if math.IsInf(r, 0) {
			return nil, rangeError(th)
		}
		return py.Float(r), nil
	}},
	{"log", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.NoKwargs(th, "log", kw); err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, th.NewError(py.TypeErrorType, "math.log requires 1 to 2 arguments")
		}
		num, err := logArg(th, args[0], pymath.Log)
		if err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return py.Float(num), nil
		}
		den, err := logArg(th, args[1], pymath.Log)
		if err != nil {
			return nil, err
		}
		if den == 0 {
			return nil, th.NewError(py.ZeroDivisionErrorType, "float division by zero")
		}
		return py.Float(num / den), nil
	}},
	logFn("log10", pymath.Log10),
	unary("log1p", pymath.Log1p, false),
	logFn("log2", pymath.Log2),
	{"modf", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, "modf", args, kw)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) {
			return py.Tuple{py.Float(math.Copysign(0, x)), py.Float(x)}, nil
		}
		i, f := math.Modf(x)
		return py.Tuple{py.Float(f), py.Float(i)}, nil
	}},
	{"nextafter", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, y, err := binary(th, "nextafter", args, kw)
		if err != nil {
			return nil, err
		}
		return py.Float(math.Nextafter(x, y)), nil
	}},
	{"perm", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "perm", args, kw, 1, 2); err != nil {
			return nil, err
		}
		n, err := bigIndex(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(args) == 1 || args[1] == py.None {
			if n.Sign() < 0 {
				return nil, th.NewError(py.ValueErrorType, "factorial() not defined for negative values")
			}
			if !n.IsInt64() || n.Int64() > 1<<20 {
				return nil, th.NewError(py.OverflowErrorType, "factorial() argument should not exceed 9223372036854775807")
			}
			return py.MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
		}
		k, err := bigIndex(th, args[1])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, th.NewError(py.ValueErrorType, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return nil, th.NewError(py.ValueErrorType, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return py.Int(0), nil
		}
		if !k.IsInt64() || k.Int64() > 1<<20 {
			return nil, th.NewError(py.OverflowErrorType, "k must not exceed 9223372036854775807")
		}
		r := big.NewInt(1)
		f := new(big.Int).Set(n)
		for i := int64(0); i < k.Int64(); i++ {
			r.Mul(r, f)
			f.Sub(f, big.NewInt(1))
		}
		return py.MakeInt(r), nil
	}},
	{"pow", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, y, err := binary(th, "pow", args, kw)
		if err != nil {
			return nil, err
		}
		return mathPow(th, x, y)
	}},
	{"prod", mathProd},
	{"radians", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, "radians", args, kw)
		if err != nil {
			return nil, err
		}
		return py.Float(x * (math.Pi / 180.0)), nil
	}},
	{"remainder", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, y, err := binary(th, "remainder", args, kw)
		if err != nil {
			return nil, err
		}
		if math.IsNaN(x) || math.IsNaN(y) {
			return py.Float(math.NaN()), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return nil, domainError(th)
		}
		if math.IsInf(y, 0) {
			return py.Float(x), nil
		}
		return py.Float(math.Remainder(x, y)), nil
	}},
	unary("sin", pymath.Sin, false),
	unary("sinh", pymath.Sinh, true),
	unary("sqrt", math.Sqrt, false),
	unary("tan", pymath.Tan, false),
	unary("tanh", pymath.Tanh, false),
	rounding("trunc", "__trunc__", math.Trunc),
	{"ulp", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, "ulp", args, kw)
		if err != nil {
			return nil, err
		}
		switch {
		case math.IsNaN(x):
			return py.Float(x), nil
		case math.IsInf(x, 0):
			return py.Float(math.Inf(1)), nil
		}
		x = math.Abs(x)
		if x == math.MaxFloat64 {
			return py.Float(x - math.Nextafter(x, 0)), nil
		}
		return py.Float(math.Nextafter(x, math.Inf(1)) - x), nil
	}},
}

func boolFn(name string, f func(float64) bool) py.BuiltinFn {
	return func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		return py.Bool(f(x)), nil
	}
}

// binomial is n choose k for 0 <= k <= n/2.
func binomial(n *big.Int, k int64) *big.Int {
	if n.IsInt64() {
		return new(big.Int).Binomial(n.Int64(), k)
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	for i := int64(1); i <= k; i++ {
		r.Mul(r, f)
		r.Quo(r, big.NewInt(i))
		f.Sub(f, big.NewInt(1))
	}
	return r
}

// mathPow is math.pow: C's pow with CPython's special cases and errno
// mapping (0 to a negative power and a negative base with a fractional
// exponent are domain errors, overflow a range error).
func mathPow(th *py.Thread, x, y float64) (py.Object, error) {
	finite := func(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
	if !finite(x) || !finite(y) {
		// C99's pow special cases, which pymath.Pow follows.
		return py.Float(pymath.Pow(x, y)), nil
	}
	r := pymath.Pow(x, y)
	if math.IsNaN(r) {
		return nil, domainError(th)
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return nil, domainError(th)
		}
		return nil, rangeError(th)
	}
	return py.Float(r), nil
}

// gamma is math.gamma: poles at zero and the negative integers are domain
// errors, overflow a range error. Positive integers up to 23 give the
// exact factorial, as CPython's table does.
func gamma(th *py.Thread, x float64) (py.Object, error) {
	switch {
	case math.IsNaN(x):
		return py.Float(x), nil
	case math.IsInf(x, 1):
		return py.Float(x), nil
	case math.IsInf(x, -1):
		return nil, domainError(th)
	case x <= 0 && x == math.Floor(x):
		return nil, domainError(th)
	case x == math.Floor(x) && x <= 23:
		f := 1.0
		for i := 2.0; i < x; i++ {
			f *= i
		}
		return py.Float(f), nil
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		return nil, rangeError(th)
	}
	return py.Float(r), nil
}

// mathFsum is math.fsum: the exactly rounded sum, computed exactly in a
// big.Float wide enough for any sum of doubles.
func mathFsum(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	x, err := one(th, "fsum", args, kw)
	if err != nil {
		return nil, err
	}
	it, err := py.GetIter(th, x)
	if err != nil {
		return nil, err
	}
	const prec = 2200 // covers the whole exponent range of doubles
	sum := new(big.Float).SetPrec(prec)
	var special float64
	specialSeen, nan := false, false
	n := 0
	for {
		v, ok, err := py.Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		f, err := pyargs.Float(th, v)
		if err != nil {
			return nil, err
		}
		switch {
		case math.IsNaN(f):
			nan = true
		case math.IsInf(f, 0):
			if specialSeen && special != f {
				nan = true
			}
			special, specialSeen = f, true
		default:
			sum.Add(sum, new(big.Float).SetFloat64(f))
		}
		n++
		if n&0xffff == 0 {
			// Keep the precision ahead of the growth of the sum.
			sum.SetPrec(sum.Prec() + 16)
		}
	}
	if specialSeen || nan {
		if nan && specialSeen {
			return nil, th.NewError(py.ValueErrorType, "-inf + inf in fsum")
		}
		if nan {
			return py.Float(math.NaN()), nil
		}
		return py.Float(special), nil
	}
	r, _ := sum.Float64()
	if math.IsInf(r, 0) {
		return nil, th.NewError(py.OverflowErrorType, "intermediate overflow in fsum")
	}
	return py.Float(r), nil
}

// mathProd is math.prod(iterable, *, start=1).
func mathProd(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	npos := pyargs.NumPos(args, kw)
	if npos != 1 {
		if npos == 0 {
			return nil, th.NewError(py.TypeErrorType, "prod() missing required argument 'iterable' (pos 1)")
		}
		return nil, th.Errorf(py.TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", npos)
	}
	var acc py.Object = py.Int(1)
	for i, k := range kw {
		if k != "start" {
			return nil, th.Errorf(py.TypeErrorType, "prod() got an unexpected keyword argument '%s'", k)
		}
		acc = args[npos+i]
	}
	err := iterate(th, args[0], func(v py.Object) error {
		r, err := py.BinaryOp(th, compile.OpMul, acc, v)
		acc = r
		return err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

func iterate(th *py.Thread, o py.Object, f func(py.Object) error) error {
	it, err := py.GetIter(th, o)
	if err != nil {
		return err
	}
	for {
		v, ok, err := py.Next(th, it)
		if err != nil || !ok {
			return err
		}
		if err := f(v); err != nil {
			return err
		}
	}
}

// mathDist is math.dist(p, q).
func mathDist(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "dist", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := th.Iterate(args[0])
	if err != nil {
		return nil, err
	}
	q, err := th.Iterate(args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, th.NewError(py.ValueErrorType, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		a, err := pyargs.Float(th, p[i])
		if err != nil {
			return nil, err
		}
		b, err := pyargs.Float(th, q[i])
		if err != nil {
			return nil, err
		}
		d[i] = a - b
	}
	return py.Float(pymath.Hypot(d...)), nil
}

// mathIsclose is math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func mathIsclose(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	npos := pyargs.NumPos(args, kw)
	if npos > 2 {
		return nil, th.Errorf(py.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	vals := []py.Object{nil, nil}
	copy(vals, args[:npos])
	relTol, absTol := 1e-9, 0.0
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "a", "b":
			idx := 0
			if k == "b" {
				idx = 1
			}
			if vals[idx] != nil {
				return nil, th.Errorf(py.TypeErrorType, "argument for isclose() given by name ('%s') and position (%d)", k, idx+1)
			}
			vals[idx] = v
		case "rel_tol", "abs_tol":
			f, err := pyargs.Float(th, v)
			if err != nil {
				return nil, err
			}
			if k == "rel_tol" {
				relTol = f
			} else {
				absTol = f
			}
		default:
			return nil, th.Errorf(py.TypeErrorType, "isclose() got an unexpected keyword argument '%s'", k)
		}
	}
	for i, n := range []string{"a", "b"} {
		if vals[i] == nil {
			return nil, th.Errorf(py.TypeErrorType, "isclose() missing required argument '%s' (pos %d)", n, i+1)
		}
	}
	a, err := pyargs.Float(th, vals[0])
	if err != nil {
		return nil, err
	}
	b, err := pyargs.Float(th, vals[1])
	if err != nil {
		return nil, err
	}
	if relTol < 0 || absTol < 0 {
		return nil, th.NewError(py.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return py.False, nil
	}
	diff := math.Abs(b - a)
	ok := diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol
	return py.Bool(ok), nil
}
