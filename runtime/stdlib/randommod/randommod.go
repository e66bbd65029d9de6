// Package randommod implements Python's random module on runtime/pyrandom,
// which reproduces CPython 3.11's Mersenne Twister and random.py bit for
// bit.
//
// The classes are laid out as in CPython: _random.Random is a Go class
// (shared by every session, like a C type) holding the generator, with
// the primitives random, getrandbits, seed, getstate and setstate;
// random.Random is a class made per session on top of it (a heap class,
// as random.py's is), holding the Python-level methods, here written in
// Go too. Python subclasses of random.Random work, but the Go methods do
// not call a subclass's overridden random() or getrandbits() as
// random.py's would.
//
// The module-level functions are methods bound to one hidden instance per
// session (CPython's random._inst), also kept in th.Ext. CPython seeds it
// from os.urandom; here it is seeded with pyrandom.DefaultSeed so that
// runs are reproducible.
package randommod

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/pyrandom"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

func init() { py.RegisterModule("random", load) }

// instKey is the th.Ext key of the session's hidden Random instance.
type instKey struct{}

// Instance returns the session's hidden random.Random instance (the one
// the module-level functions use), importing random if needed.
func Instance(th *py.Thread) *pyrandom.Rand {
	if _, err := th.Import("random"); err != nil {
		return nil
	}
	if o, ok := th.Ext[instKey{}].(*Object); ok {
		return o.R
	}
	return nil
}

// Object is an instance of _random.Random or of a subclass.
type Object struct {
	cls  *py.Type
	R    *pyrandom.Rand
	dict *py.Dict
}

// Type returns the instance's class.
func (o *Object) Type() *py.Type { return o.cls }

// InstanceDict holds attributes set on the instance (gauss_next, a
// subclass's own attributes).
func (o *Object) InstanceDict() *py.Dict { return o.dict }

// MakeInstanceDict implements py.DictMaker: the dict is made when an
// attribute is first set.
func (o *Object) MakeInstanceDict() *py.Dict {
	if o.dict == nil {
		o.dict = py.NewDict()
	}
	return o.dict
}

// baseType is _random.Random.
var baseType = py.NewBuiltinClass("Random", "_random", nil, 0)

func init() {
	baseType.New = func(th *py.Thread, cls *py.Type, args []py.Object, kwnames []string) (py.Object, error) {
		return &Object{cls: cls, R: pyrandom.New()}, nil
	}
	for _, name := range []string{"random", "getrandbits", "seed", "getstate", "setstate"} {
		fn := baseMethods[name]
		baseType.Dict.SetStr(name, &py.Builtin{Name: name, Qualname: "Random." + name, Method: true, Fn: withSelf(name, fn)})
	}
}

type method func(th *py.Thread, o *Object, args []py.Object, kwnames []string) (py.Object, error)

// withSelf checks the receiver of a method called through the class.
func withSelf(name string, fn method) py.BuiltinFn {
	return func(th *py.Thread, args []py.Object, kwnames []string) (py.Object, error) {
		if len(args)-len(kwnames) < 1 {
			return nil, th.Errorf(py.TypeErrorType, "unbound method Random.%s() needs an argument", name)
		}
		o, ok := args[0].(*Object)
		if !ok {
			return nil, th.Errorf(py.TypeErrorType, "descriptor '%s' for '_random.Random' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
		}
		return fn(th, o, args[1:], kwnames)
	}
}

// pyError converts a pyrandom error into the Python exception it names.
func pyError(th *py.Thread, err error) error {
	e, ok := err.(*pyrandom.Error)
	if !ok {
		return err
	}
	cls := py.ValueErrorType
	switch e.Type {
	case "IndexError":
		cls = py.IndexErrorType
	case "TypeError":
		cls = py.TypeErrorType
	case "OverflowError":
		cls = py.OverflowErrorType
	case "ZeroDivisionError":
		cls = py.ZeroDivisionErrorType
	case "MemoryError":
		return py.NewException(py.MemoryErrorType)
	}
	return th.NewError(cls, e.Msg)
}

// baseMethods are _random.Random's C methods.
var baseMethods = map[string]method{
	"random": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "Random.random", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return py.Float(o.R.Random()), nil
	},
	"getrandbits": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "getrandbits", args, kw, 1, 1); err != nil {
			return nil, err
		}
		k, err := cInt(th, args[0])
		if err != nil {
			return nil, err
		}
		if k >= 0 && k <= 63 {
			v, err := o.R.GetRandBits64(int(k))
			if err != nil {
				return nil, pyError(th, err)
			}
			return py.Int(int64(v)), nil
		}
		v, err := o.R.GetRandBits(int(k))
		if err != nil {
			return nil, pyError(th, err)
		}
		return py.MakeInt(v), nil
	},
	"seed": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "seed", args, kw, 0, 1); err != nil {
			return nil, err
		}
		var a py.Object = py.None
		if len(args) == 1 {
			a = args[0]
		}
		return py.None, cSeed(th, o, a)
	},
	"getstate": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "Random.getstate", args, kw, 0, 0); err != nil {
			return nil, err
		}
		st := o.R.GetState()
		t := make(py.Tuple, 0, pyrandom.StateSize+1)
		for _, w := range st.MT {
			t = append(t, py.Int(int64(w)))
		}
		return append(t, py.Int(int64(st.Pos))), nil
	},
	"setstate": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, "Random.setstate", args, kw, 1, 1); err != nil {
			return nil, err
		}
		st := o.R.GetState()
		if err := cSetState(th, &st, args[0]); err != nil {
			return nil, err
		}
		return py.None, pyError(th, o.R.SetState(st))
	},
}

// cInt converts an argument of a C function taking an int.
func cInt(th *py.Thread, x py.Object) (int64, error) {
	i, err := pyargs.Index(th, x)
	if err != nil {
		return 0, err
	}
	v, ok := i.(py.Int)
	if !ok || v > math.MaxInt32 || v < math.MinInt32 {
		return 0, th.NewError(py.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int64(v), nil
}

// cSeed is _random.Random.seed(a): ints by value, None by DefaultSeed,
// anything else by its hash (CPython's str and bytes seeds reach here
// already converted to ints by random.Random.seed).
func cSeed(th *py.Thread, o *Object, a py.Object) error {
	switch v := a.(type) {
	case *py.NoneType:
		o.R.SeedNone()
	case py.Int:
		o.R.SeedInt64(int64(v))
	case py.Bool:
		if v {
			o.R.SeedInt64(1)
		} else {
			o.R.SeedInt64(0)
		}
	case *py.BigInt:
		o.R.SeedInt(v.V)
	case py.Float:
		o.R.SeedFloat(float64(v))
	default:
		h, err := py.Hash(th, a)
		if err != nil {
			return err
		}
		o.R.SeedUint64(uint64(h))
	}
	return nil
}

// cSetState is _random.Random.setstate's conversion of the state tuple.
func cSetState(th *py.Thread, st *pyrandom.State, state py.Object) error {
	t, ok := state.(py.Tuple)
	if !ok {
		return th.NewError(py.TypeErrorType, "state vector must be a tuple")
	}
	if len(t) != pyrandom.StateSize+1 {
		return th.NewError(py.ValueErrorType, "state vector is the wrong size")
	}
	for i, x := range t[:pyrandom.StateSize] {
		w, err := unsignedLong(th, x)
		if err != nil {
			return err
		}
		st.MT[i] = uint32(w)
	}
	pos, err := pyargs.Index(th, t[pyrandom.StateSize])
	if err != nil {
		if e, ok := err.(*py.Exception); ok && e.IsA(py.TypeErrorType) {
			return th.NewError(py.TypeErrorType, "an integer is required")
		}
		return err
	}
	p, ok := pos.(py.Int)
	if !ok || p < 0 || p > pyrandom.StateSize {
		return th.NewError(py.ValueErrorType, "invalid state")
	}
	st.Pos = int(p)
	return nil
}

func unsignedLong(th *py.Thread, x py.Object) (uint64, error) {
	b := pyargs.Big(x)
	if b == nil {
		return 0, th.NewError(py.TypeErrorType, "an integer is required")
	}
	if b.Sign() < 0 {
		return 0, th.NewError(py.OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return 0, th.NewError(py.OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

// load builds the module: the session's random.Random class, the hidden
// instance and the functions bound to it.
func load(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("random", "/usr/lib/python3.11/random.py")
	d := m.Dict
	ns := py.NewDict()
	ns.SetStr("__module__", py.Str("random"))
	ns.SetStr("__qualname__", py.Str("Random"))
	ns.SetStr("VERSION", py.Int(3))
	for _, name := range methodOrder {
		ns.SetStr(name, &py.Builtin{Name: name, Qualname: "Random." + name, Method: true, Fn: withSelf(name, methods[name])})
	}
	cls, err := th.NewClass("Random", []*py.Type{baseType}, ns)
	if err != nil {
		return nil, err
	}
	sysNS := py.NewDict()
	sysNS.SetStr("__module__", py.Str("random"))
	sysNS.SetStr("__qualname__", py.Str("SystemRandom"))
	sysCls, err := th.NewClass("SystemRandom", []*py.Type{cls}, sysNS)
	if err != nil {
		return nil, err
	}
	d.SetStr("Random", cls)
	d.SetStr("SystemRandom", sysCls)
	inst := &Object{cls: cls, R: pyrandom.New()}
	th.Ext[instKey{}] = inst
	d.SetStr("_inst", inst)
	for _, name := range []string{"seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
		"sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
		"gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
		"getrandbits", "randbytes"} {
		f := ns.GetStr(name)
		if f == nil {
			f = baseType.Dict.GetStr(name)
		}
		d.SetStr(name, &py.Method{Func: f, Self: inst})
	}
	d.SetStr("NV_MAGICCONST", py.Float(1.7155277699214135))
	d.SetStr("TWOPI", py.Float(6.283185307179586))
	d.SetStr("LOG4", py.Float(1.3862943611198906))
	d.SetStr("SG_MAGICCONST", py.Float(2.504077396776274))
	d.SetStr("BPF", py.Int(53))
	d.SetStr("RECIP_BPF", py.Float(1.1102230246251565e-16))
	return m, nil
}

// methodOrder is the order of random.Random's methods in random.py.
var methodOrder = []string{"__init__", "seed", "getstate", "setstate", "randrange", "randint", "choice",
	"shuffle", "sample", "choices", "uniform", "triangular", "normalvariate", "gauss", "lognormvariate",
	"expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate",
	"randbytes"}

// methods are random.Random's Python-level methods. Their messages name
// them as Python functions do ("Random.randint() missing ...").
var methods = map[string]method{
	"__init__": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var x py.Object = py.None
		if err := pyargs.Unpack(th, "Random.__init__", append([]py.Object{o}, args...), kw, "self", nil, "x?", &x); err != nil {
			return nil, err
		}
		return py.None, callSeed(th, o, x)
	},
	"seed": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var a py.Object = py.None
		var version py.Object = py.Int(2)
		if err := pyargs.Unpack(th, "Random.seed", append([]py.Object{o}, args...), kw, "self", nil, "a?", &a, "version?", &version); err != nil {
			return nil, err
		}
		return py.None, seed(th, o, a, version)
	},
	"getstate": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Unpack(th, "Random.getstate", append([]py.Object{o}, args...), kw, "self", nil); err != nil {
			return nil, err
		}
		inner, err := baseMethods["getstate"](th, o, nil, nil)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(3), inner, gaussNext(o)}, nil
	},
	"setstate": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var state py.Object
		if err := pyargs.Unpack(th, "Random.setstate", append([]py.Object{o}, args...), kw, "self", nil, "state", &state); err != nil {
			return nil, err
		}
		return py.None, setstate(th, o, state)
	},
	"randrange": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var start, stop, step py.Object
		stop = py.None
		if err := pyargs.Unpack(th, "Random.randrange", append([]py.Object{o}, args...), kw, "self", nil, "start", &start, "stop?", &stop, "step?", &step); err != nil {
			return nil, err
		}
		return randrange(th, o, start, stop, step)
	},
	"randint": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var a, b py.Object
		if err := pyargs.Unpack(th, "Random.randint", append([]py.Object{o}, args...), kw, "self", nil, "a", &a, "b", &b); err != nil {
			return nil, err
		}
		if x, ok := a.(py.Int); ok {
			if y, ok := b.(py.Int); ok && y < math.MaxInt64 {
				v, err := o.R.RandInt64(int64(x), int64(y))
				if err != nil {
					return nil, pyError(th, err)
				}
				return py.Int(v), nil
			}
		}
		stop, err := py.BinaryOp(th, compile.OpAdd, b, py.Int(1))
		if err != nil {
			return nil, err
		}
		return randrange(th, o, a, stop, nil)
	},
	"choice": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var seq py.Object
		if err := pyargs.Unpack(th, "Random.choice", append([]py.Object{o}, args...), kw, "self", nil, "seq", &seq); err != nil {
			return nil, err
		}
		n, err := py.Len(th, seq)
		if err != nil {
			return nil, err
		}
		i, err := o.R.Choice(n)
		if err != nil {
			return nil, pyError(th, err)
		}
		return py.GetItem(th, seq, py.Int(i))
	},
	"shuffle": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var x py.Object
		if err := pyargs.Unpack(th, "Random.shuffle", append([]py.Object{o}, args...), kw, "self", nil, "x", &x); err != nil {
			return nil, err
		}
		if l, ok := x.(*py.List); ok {
			items := l.Items
			o.R.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
			return py.None, nil
		}
		n, err := py.Len(th, x)
		if err != nil {
			return nil, err
		}
		var ferr error
		o.R.Shuffle(n, func(i, j int) {
			if ferr != nil {
				return
			}
			xj, err := py.GetItem(th, x, py.Int(j))
			if err != nil {
				ferr = err
				return
			}
			xi, err := py.GetItem(th, x, py.Int(i))
			if err != nil {
				ferr = err
				return
			}
			if err := py.SetItem(th, x, py.Int(i), xj); err != nil {
				ferr = err
				return
			}
			ferr = py.SetItem(th, x, py.Int(j), xi)
		})
		return py.None, ferr
	},
	"sample": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var pop, k py.Object
		var counts py.Object = py.None
		if err := pyargs.Unpack(th, "Random.sample", append([]py.Object{o}, args...), kw, "self", nil, "population", &pop, "k", &k, "*", "counts?", &counts); err != nil {
			return nil, err
		}
		return sample(th, o, pop, k, counts)
	},
	"choices": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var pop py.Object
		var weights, cum py.Object = py.None, py.None
		var k py.Object = py.Int(1)
		if err := pyargs.Unpack(th, "Random.choices", append([]py.Object{o}, args...), kw, "self", nil, "population", &pop, "weights?", &weights, "*", "cum_weights?", &cum, "k?", &k); err != nil {
			return nil, err
		}
		return choices(th, o, pop, weights, cum, k)
	},
	"uniform": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var a, b py.Object
		if err := pyargs.Unpack(th, "Random.uniform", append([]py.Object{o}, args...), kw, "self", nil, "a", &a, "b", &b); err != nil {
			return nil, err
		}
		fa, fb, err := floats2(th, a, b, compile.OpSub, b, a)
		if err != nil {
			return nil, err
		}
		return py.Float(o.R.Uniform(fa, fb)), nil
	},
	"triangular": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var low, high, mode py.Object = py.Float(0), py.Float(1), py.None
		if err := pyargs.Unpack(th, "Random.triangular", append([]py.Object{o}, args...), kw, "self", nil, "low?", &low, "high?", &high, "mode?", &mode); err != nil {
			return nil, err
		}
		if mode == py.None && (!isNumber(low) || !isNumber(high)) {
			// random.py draws first and may swap low and high before
			// its first subtraction.
			if o.R.Random() > 0.5 {
				low, high = high, low
			}
			if _, err := py.BinaryOp(th, compile.OpSub, high, low); err != nil {
				return nil, err
			}
		}
		fl, fh, err := floats2(th, low, high, compile.OpSub, high, low)
		if err != nil {
			return nil, err
		}
		fm := 0.0
		if mode != py.None {
			if fm, err = numArg(th, mode, compile.OpSub, mode, low); err != nil {
				return nil, err
			}
			if fh-fl == 0 {
				// random.py returns low itself (after one random()).
				o.R.Random()
				return low, nil
			}
		}
		return py.Float(o.R.Triangular(fl, fh, fm, mode != py.None)), nil
	},
	"normalvariate": dist2("normalvariate", "mu", "sigma", py.Float(0), py.Float(1), func(r *pyrandom.Rand, a, b float64) (float64, error) {
		return r.NormalVariate(a, b), nil
	}),
	"gauss": dist2("gauss", "mu", "sigma", py.Float(0), py.Float(1), func(r *pyrandom.Rand, a, b float64) (float64, error) {
		return r.Gauss(a, b), nil
	}),
	"lognormvariate":  dist2("lognormvariate", "mu", "sigma", nil, nil, (*pyrandom.Rand).LogNormVariate),
	"vonmisesvariate": dist2("vonmisesvariate", "mu", "kappa", nil, nil, (*pyrandom.Rand).VonMisesVariate),
	"gammavariate":    dist2("gammavariate", "alpha", "beta", nil, nil, (*pyrandom.Rand).GammaVariate),
	"betavariate":     dist2("betavariate", "alpha", "beta", nil, nil, (*pyrandom.Rand).BetaVariate),
	"weibullvariate":  dist2("weibullvariate", "alpha", "beta", nil, nil, (*pyrandom.Rand).WeibullVariate),
	"expovariate": dist1("expovariate", "lambd", func(th *py.Thread, x py.Object) (float64, error) {
		return numArg(th, x, compile.OpTrueDiv, py.Float(1), x)
	}, (*pyrandom.Rand).ExpoVariate),
	"paretovariate": dist1("paretovariate", "alpha", func(th *py.Thread, x py.Object) (float64, error) {
		return numArg(th, x, compile.OpTrueDiv, py.Float(1), x)
	}, (*pyrandom.Rand).ParetoVariate),
	"randbytes": func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var n py.Object
		if err := pyargs.Unpack(th, "Random.randbytes", append([]py.Object{o}, args...), kw, "self", nil, "n", &n); err != nil {
			return nil, err
		}
		// random.py computes getrandbits(n * 8).
		bits, err := py.BinaryOp(th, compile.OpMul, n, py.Int(8))
		if err != nil {
			return nil, err
		}
		if _, err := cInt(th, bits); err != nil {
			return nil, err
		}
		nv, _ := pyargs.Int64(th, n)
		b, err := o.R.RandBytes(int(nv))
		if err != nil {
			return nil, pyError(th, err)
		}
		return py.Bytes(b), nil
	},
}

// gaussNext is Random.gauss_next, which pyrandom keeps in the generator.
func gaussNext(o *Object) py.Object {
	if st := o.R.GetState(); st.HasGaussNext {
		return py.Float(st.GaussNext)
	}
	return py.None
}

// callSeed calls self.seed(x), so that a subclass's seed runs as it does
// from random.Random.__init__.
func callSeed(th *py.Thread, o *Object, x py.Object) error {
	if o.cls.Flags&py.FlagHeapType != 0 {
		if f := o.cls.Lookup("seed"); f != nil {
			if b, ok := f.(*py.Builtin); !ok || b.Qualname != "Random.seed" {
				_, err := th.Call(f, []py.Object{o, x}, nil)
				return err
			}
		}
	}
	return seed(th, o, x, py.Int(2))
}

// seed is random.Random.seed(a, version).
func seed(th *py.Thread, o *Object, a, version py.Object) error {
	v1, err := py.Equal(th, version, py.Int(1))
	if err != nil {
		return err
	}
	v2, err := py.Equal(th, version, py.Int(2))
	if err != nil {
		return err
	}
	switch s := a.(type) {
	case py.Str:
		if v1 {
			var codes []rune
			for _, r := range string(s) {
				codes = append(codes, r)
			}
			o.R.SeedVersion1(codes)
			break
		}
		if v2 {
			if !utf8.ValidString(string(s)) {
				return th.NewError(py.UnicodeEncodeErrorType, "'utf-8' codec can't encode character: surrogates not allowed")
			}
			o.R.SeedBytes([]byte(s))
			break
		}
		if err := cSeed(th, o, a); err != nil {
			return err
		}
	case py.Bytes:
		if v1 {
			codes := make([]rune, len(s))
			for i := 0; i < len(s); i++ {
				codes[i] = rune(s[i])
			}
			o.R.SeedVersion1(codes)
			break
		}
		if v2 {
			o.R.SeedBytes([]byte(s))
			break
		}
		if err := cSeed(th, o, a); err != nil {
			return err
		}
	case *py.NoneType, py.Int, *py.BigInt, py.Bool, py.Float:
		if err := cSeed(th, o, a); err != nil {
			return err
		}
	default:
		return th.NewError(py.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	return nil
}

// setstate is random.Random.setstate(state).
func setstate(th *py.Thread, o *Object, state py.Object) error {
	version, err := py.GetItem(th, state, py.Int(0))
	if err != nil {
		return err
	}
	is3, err := py.Equal(th, version, py.Int(3))
	if err != nil {
		return err
	}
	is2, err := py.Equal(th, version, py.Int(2))
	if err != nil {
		return err
	}
	if !is3 && !is2 {
		r, err := py.StrString(th, version)
		if err != nil {
			return err
		}
		return th.Errorf(py.ValueErrorType, "state with version %s passed to Random.setstate() of version 3", r)
	}
	parts, err := th.Iterate(state)
	if err != nil {
		return err
	}
	if len(parts) > 3 {
		return th.NewError(py.ValueErrorType, "too many values to unpack (expected 3)")
	}
	if len(parts) < 3 {
		return th.Errorf(py.ValueErrorType, "not enough values to unpack (expected 3, got %d)", len(parts))
	}
	inner := parts[1]
	if is2 {
		words, err := th.Iterate(inner)
		if err != nil {
			return err
		}
		mod := new(big.Int).Lsh(big.NewInt(1), 32)
		t := make(py.Tuple, len(words))
		for i, w := range words {
			r, err := py.BinaryOp(th, compile.OpMod, w, py.MakeInt(mod))
			if err != nil {
				return err
			}
			t[i] = r
		}
		inner = t
	}
	st := o.R.GetState()
	st.HasGaussNext, st.GaussNext = false, 0
	switch g := parts[2].(type) {
	case *py.NoneType:
	default:
		f, err := pyargs.Float(th, g)
		if err != nil {
			return err
		}
		st.HasGaussNext, st.GaussNext = true, f
	}
	if err := cSetState(th, &st, inner); err != nil {
		return err
	}
	return pyError(th, o.R.SetState(st))
}

// randrange is random.Random.randrange; a nil step means it was not given
// (random.py's _ONE sentinel).
func randrange(th *py.Thread, o *Object, start, stop, step py.Object) (py.Object, error) {
	if a, ok := start.(py.Int); ok {
		if stop == py.None && step == nil {
			v, err := o.R.RandRange64(int64(a), 0, 1, false)
			if err != nil {
				return nil, pyError(th, err)
			}
			return py.Int(v), nil
		}
		if b, ok := stop.(py.Int); ok {
			s := py.Int(1)
			if step != nil {
				s, ok = step.(py.Int)
			}
			if ok {
				v, err := o.R.RandRange64(int64(a), int64(b), int64(s), true)
				if err != nil {
					return nil, pyError(th, err)
				}
				return py.Int(v), nil
			}
		}
	}
	istart, err := rangeIndex(th, start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == py.None {
		if step != nil {
			return nil, th.NewError(py.TypeErrorType, "Missing a non-None stop argument")
		}
		v, err := o.R.RandRange(pyargs.Big(istart), nil, nil, false)
		if err != nil {
			return nil, pyError(th, err)
		}
		return py.MakeInt(v), nil
	}
	istop, err := rangeIndex(th, stop, "stop")
	if err != nil {
		return nil, err
	}
	var istep *big.Int
	if step != nil {
		s, err := rangeIndex(th, step, "step")
		if err != nil {
			return nil, err
		}
		istep = pyargs.Big(s)
	}
	v, err := o.R.RandRange(pyargs.Big(istart), pyargs.Big(istop), istep, true)
	if err != nil {
		return nil, pyError(th, err)
	}
	return py.MakeInt(v), nil
}

const deprecatedNonInt = "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version"

// rangeIndex converts a randrange operand as random.py does: an index, or
// an int-valued number (with a DeprecationWarning).
func rangeIndex(th *py.Thread, x py.Object, what string) (py.Object, error) {
	i, ok, err := py.Index(th, x)
	if err != nil {
		return nil, err
	}
	if ok {
		return i, nil
	}
	i, err = py.IntOf(th, x)
	if err != nil {
		return nil, err
	}
	eq, err := py.Equal(th, i, x)
	if err != nil {
		return nil, err
	}
	if !eq {
		pyargs.Warn(th, py.DeprecationWarningType, "randrange() will raise TypeError in the future")
		return nil, th.Errorf(py.ValueErrorType, "non-integer %s for randrange()", what)
	}
	pyargs.Warn(th, py.DeprecationWarningType, deprecatedNonInt)
	return i, nil
}

// isSequence approximates random.py's isinstance(population, Sequence).
func isSequence(x py.Object) bool {
	switch x.(type) {
	case *py.List, py.Tuple, py.Str, py.Bytes, *py.Range:
		return true
	case *py.Dict, *py.Set:
		return false
	}
	cls := x.Type()
	if cls.IsSubtype(py.DictType) || cls.IsSubtype(py.SetType) || cls.IsSubtype(py.FrozenSetType) {
		return false
	}
	for _, t := range cls.MRO {
		if t.Name == "Sequence" || t.Name == "deque" || t.Name == "MutableSequence" {
			return true
		}
	}
	return false
}

func sample(th *py.Thread, o *Object, pop, k, counts py.Object) (py.Object, error) {
	if !isSequence(pop) {
		return nil, th.NewError(py.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := py.Len(th, pop)
	if err != nil {
		return nil, err
	}
	if counts != py.None {
		cs, err := th.Iterate(counts)
		if err != nil {
			return nil, err
		}
		cum := make([]py.Object, len(cs))
		var acc py.Object
		for i, c := range cs {
			if i == 0 {
				acc = c
			} else if acc, err = py.BinaryOp(th, compile.OpAdd, acc, c); err != nil {
				return nil, err
			}
			cum[i] = acc
		}
		if len(cum) != n {
			return nil, th.NewError(py.ValueErrorType, "The number of counts does not match the population")
		}
		if n == 0 {
			return nil, th.NewError(py.IndexErrorType, "pop from empty list")
		}
		total := cum[n-1]
		cum = cum[:n-1]
		if !pyargs.IsInt(total) {
			return nil, th.NewError(py.TypeErrorType, "Counts must be integers")
		}
		if pyargs.Big(total).Sign() <= 0 {
			return nil, th.NewError(py.ValueErrorType, "Total of counts must be greater than zero")
		}
		tv, ok := total.(py.Int)
		if !ok {
			return nil, py.NewException(py.MemoryErrorType)
		}
		sel, err := sample(th, o, &py.Range{Start: 0, Stop: int64(tv), Step: 1}, k, py.None)
		if err != nil {
			return nil, err
		}
		items := sel.(*py.List).Items
		out := make([]py.Object, len(items))
		for i, s := range items {
			// bisect_right(cum_counts, s)
			lo, hi := 0, len(cum)
			for lo < hi {
				mid := (lo + hi) / 2
				less, err := py.Less(th, s, cum[mid])
				if err != nil {
					return nil, err
				}
				if less {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			if out[i], err = py.GetItem(th, pop, py.Int(lo)); err != nil {
				return nil, err
			}
		}
		return py.NewList(out), nil
	}
	kk, err := sampleSize(th, k)
	if err != nil {
		return nil, err
	}
	idx, err := o.R.Sample(n, kk)
	if err != nil {
		return nil, pyError(th, err)
	}
	out := make([]py.Object, len(idx))
	for i, j := range idx {
		if out[i], err = py.GetItem(th, pop, py.Int(j)); err != nil {
			return nil, err
		}
	}
	return py.NewList(out), nil
}

// sampleSize converts sample's k, failing where random.py's comparisons
// and [None] * k would.
func sampleSize(th *py.Thread, k py.Object) (int, error) {
	switch v := k.(type) {
	case py.Int:
		if v > math.MaxInt32 {
			return math.MaxInt32, nil
		}
		if v < math.MinInt32 {
			return -1, nil
		}
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		if v.V.Sign() < 0 {
			return -1, nil
		}
		return math.MaxInt32, nil
	case py.Float:
		return 0, th.NewError(py.TypeErrorType, "can't multiply sequence by non-int of type 'float'")
	}
	i, err := pyargs.Index(th, k)
	if err != nil {
		if _, err2 := py.Less(th, py.Int(0), k); err2 != nil {
			return 0, err2
		}
		return 0, th.Errorf(py.TypeErrorType, "can't multiply sequence by non-int of type '%s'", k.Type().Name)
	}
	return sampleSize(th, i)
}

func choices(th *py.Thread, o *Object, pop, weights, cum, k py.Object) (py.Object, error) {
	n, err := py.Len(th, pop)
	if err != nil {
		return nil, err
	}
	count := func() (int, error) {
		kv, err := pyargs.Index(th, k)
		if err != nil {
			return 0, err
		}
		c, ok := kv.(py.Int)
		if !ok {
			return 0, th.NewError(py.OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if c < 0 {
			c = 0
		}
		if c > 1<<28 {
			return 0, py.NewException(py.MemoryErrorType)
		}
		return int(c), nil
	}
	if cum == py.None {
		if weights == py.None {
			kc, err := count()
			if err != nil {
				return nil, err
			}
			nf := float64(n)
			out := make([]py.Object, kc)
			for i := range out {
				idx := int64(math.Floor(o.R.Random() * nf))
				if out[i], err = py.GetItem(th, pop, py.Int(idx)); err != nil {
					return nil, err
				}
			}
			return py.NewList(out), nil
		}
		ws, err := th.Iterate(weights)
		if err != nil {
			if _, isInt := weights.(py.Int); isInt {
				r, _ := py.ReprString(th, weights)
				return nil, th.Errorf(py.TypeErrorType, "The number of choices must be a keyword argument: k=%s", r)
			}
			return nil, err
		}
		acc := make([]py.Object, len(ws))
		var sum py.Object
		for i, w := range ws {
			if i == 0 {
				sum = w
			} else if sum, err = py.BinaryOp(th, compile.OpAdd, sum, w); err != nil {
				return nil, err
			}
			acc[i] = sum
		}
		cum = py.NewList(acc)
	} else if weights != py.None {
		return nil, th.NewError(py.TypeErrorType, "Cannot specify both weights and cumulative weights")
	}
	cw, err := th.Iterate(cum)
	if err != nil {
		return nil, err
	}
	if len(cw) != n {
		return nil, th.NewError(py.ValueErrorType, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, th.NewError(py.IndexErrorType, "list index out of range")
	}
	fw := make([]float64, n)
	for i, w := range cw {
		if fw[i], err = pyargs.Float(th, w); err != nil {
			return nil, err
		}
	}
	total := fw[n-1] + 0.0
	if total <= 0.0 {
		return nil, th.NewError(py.ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, th.NewError(py.ValueErrorType, "Total of weights must be finite")
	}
	kc, err := count()
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, kc)
	for i := range out {
		x := o.R.Random() * total
		lo, hi := 0, n-1
		for lo < hi {
			mid := (lo + hi) / 2
			if x < fw[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		if out[i], err = py.GetItem(th, pop, py.Int(lo)); err != nil {
			return nil, err
		}
	}
	return py.NewList(out), nil
}

// isNumber reports whether x converts to a float without surprises.
func isNumber(x py.Object) bool {
	switch x.(type) {
	case py.Int, *py.BigInt, py.Bool, py.Float:
		return true
	}
	return false
}

// numArg converts a distribution parameter; for a non-number it performs
// the first operation random.py would (a op b), so that the TypeError is
// CPython's.
func numArg(th *py.Thread, x py.Object, op compile.BinOp, a, b py.Object) (float64, error) {
	if !isNumber(x) {
		if _, err := py.BinaryOp(th, op, a, b); err != nil {
			return 0, err
		}
	}
	return pyargs.Float(th, x)
}

func floats2(th *py.Thread, x, y py.Object, op compile.BinOp, a, b py.Object) (float64, float64, error) {
	if !isNumber(x) || !isNumber(y) {
		if _, err := py.BinaryOp(th, op, a, b); err != nil {
			return 0, 0, err
		}
	}
	fx, err := pyargs.Float(th, x)
	if err != nil {
		return 0, 0, err
	}
	fy, err := pyargs.Float(th, y)
	return fx, fy, err
}

// dist2 makes a two-parameter distribution method; nil defaults make the
// parameters required.
func dist2(name, p1, p2 string, d1, d2 py.Object, fn func(*pyrandom.Rand, float64, float64) (float64, error)) method {
	return func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		a, b := d1, d2
		n1, n2 := p1, p2
		if d1 != nil {
			n1, n2 = p1+"?", p2+"?"
		}
		if err := pyargs.Unpack(th, "Random."+name, append([]py.Object{o}, args...), kw, "self", nil, n1, &a, n2, &b); err != nil {
			return nil, err
		}
		if (!isNumber(a) || !isNumber(b)) && (name == "gauss" || name == "normalvariate") {
			// random.py draws before it first uses mu and sigma.
			fn(o.R, 0, 1)
		}
		fa, err := numArg(th, a, compile.OpAdd, a, py.Float(0))
		if err != nil {
			return nil, err
		}
		fb, err := numArg(th, b, compile.OpMul, py.Float(0), b)
		if err != nil {
			return nil, err
		}
		v, err := fn(o.R, fa, fb)
		if err != nil {
			return nil, pyError(th, err)
		}
		return py.Float(v), nil
	}
}

func dist1(name, p string, conv func(*py.Thread, py.Object) (float64, error), fn func(*pyrandom.Rand, float64) (float64, error)) method {
	return func(th *py.Thread, o *Object, args []py.Object, kw []string) (py.Object, error) {
		var a py.Object
		if err := pyargs.Unpack(th, "Random."+name, append([]py.Object{o}, args...), kw, "self", nil, p, &a); err != nil {
			return nil, err
		}
		if !isNumber(a) {
			// random.py draws before it first uses the parameter.
			o.R.Random()
		}
		fa, err := conv(th, a)
		if err != nil {
			return nil, err
		}
		v, err := fn(o.R, fa)
		if err != nil {
			return nil, pyError(th, err)
		}
		return py.Float(v), nil
	}
}

// Refs implements py.RefHolder.
func (o *Object) Refs() (a, b, c, d py.Object, more []py.Object) {
	if o.dict != nil {
		b = o.dict
	}
	return o.cls, b, nil, nil, nil
}
