// Package itertoolsmod implements Python's itertools module: each
// function is a class (as in CPython, where they are C types) whose
// instances are lazy Go iterators implementing py.Iterator. They pull
// from their inputs only as far as they are advanced, so they work on
// infinite and on consumable iterators as CPython's do.
package itertoolsmod

import (
	"fmt"
	"math"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

func init() { py.RegisterModule("itertools", load) }

// newFn builds an iterator from a call of its class.
type newFn func(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error)

// iterClass makes an itertools class whose instances are py.Iterators.
func iterClass(name string, fn newFn) *py.Type {
	t := py.NewBuiltinClass(name, "itertools", nil, 0)
	t.New = py.NewFunc(fn)
	t.Dict.SetStr("__iter__", pyargs.Method(name, "__iter__", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		return args[0], nil
	}))
	t.Dict.SetStr("__next__", pyargs.Method(name, "__next__", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		v, ok, err := py.Next(th, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.NewException(py.StopIterationType)
		}
		return v, nil
	}))
	return t
}

// The classes, shared by every session (they are immutable).
var (
	countType        = iterClass("count", newCount)
	cycleType        = iterClass("cycle", newCycle)
	repeatType       = iterClass("repeat", newRepeat)
	accumulateType   = iterClass("accumulate", newAccumulate)
	chainType        = iterClass("chain", newChain)
	compressType     = iterClass("compress", newCompress)
	dropwhileType    = iterClass("dropwhile", newDropwhile)
	filterfalseType  = iterClass("filterfalse", newFilterfalse)
	groupbyType      = iterClass("groupby", newGroupby)
	grouperType      = iterClass("_grouper", nil)
	isliceType       = iterClass("islice", newIslice)
	pairwiseType     = iterClass("pairwise", newPairwise)
	starmapType      = iterClass("starmap", newStarmap)
	takewhileType    = iterClass("takewhile", newTakewhile)
	teeType          = iterClass("_tee", nil)
	zipLongestType   = iterClass("zip_longest", newZipLongest)
	productType      = iterClass("product", newProduct)
	permutationsType = iterClass("permutations", newPermutations)
	combinationsType = iterClass("combinations", newCombinations)
	cwrType          = iterClass("combinations_with_replacement", newCWR)
)

func init() {
	grouperType.New = nil
	teeType.New = nil
	countType.Dict.SetStr("__repr__", pyargs.Method("count", "__repr__", countRepr))
	repeatType.Dict.SetStr("__repr__", pyargs.Method("repeat", "__repr__", repeatRepr))
	repeatType.Dict.SetStr("__length_hint__", pyargs.Method("repeat", "__length_hint__", func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		r := args[0].(*repeatIter)
		if r.times < 0 {
			return nil, th.NewError(py.TypeErrorType, "len() of unsized object")
		}
		return py.Int(r.times), nil
	}))
	chainType.Dict.SetStr("from_iterable", &py.Builtin{Name: "from_iterable", Qualname: "chain.from_iterable", ClassMethod: true, Method: true,
		Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			if err := pyargs.Positional(th, "chain.from_iterable", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			src, err := py.GetIter(th, args[1])
			if err != nil {
				return nil, err
			}
			return &chainIter{cls: args[0].(*py.Type), source: src}, nil
		}})
}

func load(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("itertools", "")
	for _, t := range []*py.Type{accumulateType, chainType, combinationsType, cwrType, compressType,
		countType, cycleType, dropwhileType, filterfalseType, groupbyType, isliceType, pairwiseType,
		permutationsType, productType, repeatType, starmapType, takewhileType, zipLongestType} {
		m.Dict.SetStr(t.Name, t)
	}
	m.Dict.SetStr("tee", pyargs.Fn("itertools", "tee", tee))
	m.Dict.SetStr("_grouper", grouperType)
	m.Dict.SetStr("_tee", teeType)
	return m, nil
}

// ---- count, cycle, repeat ----

type countIter struct {
	cls        *py.Type
	cur, step  py.Object
	fast       bool // both small ints
	icur, istp int64
}

func (c *countIter) Type() *py.Type { return c.cls }

func (c *countIter) Next(th *py.Thread) (py.Object, bool, error) {
	if c.fast {
		v := c.icur
		if (c.istp > 0 && c.icur > math.MaxInt64-c.istp) || (c.istp < 0 && c.icur < math.MinInt64-c.istp) {
			c.fast = false
			c.cur = py.Int(c.icur)
			c.step = py.Int(c.istp)
		} else {
			c.icur += c.istp
			return py.Int(v), true, nil
		}
	}
	v := c.cur
	n, err := py.BinaryOp(th, compile.OpAdd, c.cur, c.step)
	if err != nil {
		return nil, false, err
	}
	c.cur = n
	return v, true, nil
}

func isNumber(th *py.Thread, o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool, py.Float, py.Complex:
		return true
	}
	t := o.Type()
	return t.Lookup("__index__") != nil || t.Lookup("__float__") != nil || t.Lookup("__int__") != nil || t.Lookup("__complex__") != nil
}

func newCount(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	var start, step py.Object = py.Int(0), py.Int(1)
	if err := pyargs.Unpack(th, "count", args, kw, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	if !isNumber(th, start) || !isNumber(th, step) {
		return nil, th.NewError(py.TypeErrorType, "a number is required")
	}
	c := &countIter{cls: cls, cur: start, step: step}
	if a, ok := start.(py.Int); ok {
		if b, ok := step.(py.Int); ok {
			c.fast, c.icur, c.istp = true, int64(a), int64(b)
		}
	}
	return c, nil
}

func countRepr(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	c := args[0].(*countIter)
	cur, step := c.cur, c.step
	if c.fast {
		cur, step = py.Int(c.icur), py.Int(c.istp)
	}
	a, err := py.ReprString(th, cur)
	if err != nil {
		return nil, err
	}
	if i, ok := step.(py.Int); ok && i == 1 {
		return py.Str("count(" + a + ")"), nil
	}
	b, err := py.ReprString(th, step)
	if err != nil {
		return nil, err
	}
	return py.Str("count(" + a + ", " + b + ")"), nil
}

type cycleIter struct {
	cls   *py.Type
	it    py.Object
	saved []py.Object
	i     int
	done  bool // the source is exhausted; replay saved
}

func (c *cycleIter) Type() *py.Type { return c.cls }

func (c *cycleIter) Next(th *py.Thread) (py.Object, bool, error) {
	if !c.done {
		v, ok, err := py.Next(th, c.it)
		if err != nil {
			return nil, false, err
		}
		if ok {
			c.saved = append(c.saved, v)
			return v, true, nil
		}
		c.done = true
	}
	if len(c.saved) == 0 {
		return nil, false, nil
	}
	v := c.saved[c.i]
	c.i = (c.i + 1) % len(c.saved)
	return v, true, nil
}

func newCycle(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "cycle", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.GetIter(th, args[0])
	if err != nil {
		return nil, err
	}
	return &cycleIter{cls: cls, it: it}, nil
}

type repeatIter struct {
	cls   *py.Type
	obj   py.Object
	times int64 // -1: forever
}

func (r *repeatIter) Type() *py.Type { return r.cls }

func (r *repeatIter) Next(th *py.Thread) (py.Object, bool, error) {
	if r.times == 0 {
		return nil, false, nil
	}
	if r.times > 0 {
		r.times--
	}
	return r.obj, true, nil
}

func newRepeat(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	var obj, times py.Object
	if len(args)-len(kw) == 0 && pyargs.Kwarg(args, kw, "object") == nil {
		return nil, th.NewError(py.TypeErrorType, "repeat() missing required argument 'object' (pos 1)")
	}
	if err := pyargs.Unpack(th, "repeat", args, kw, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	r := &repeatIter{cls: cls, obj: obj, times: -1}
	if times != nil {
		n, err := pyargs.Int64(th, times)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
		r.times = n
	}
	return r, nil
}

func repeatRepr(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	r := args[0].(*repeatIter)
	s, err := py.ReprString(th, r.obj)
	if err != nil {
		return nil, err
	}
	if r.times < 0 {
		return py.Str("repeat(" + s + ")"), nil
	}
	return py.Str(sprintf("repeat(%s, %d)", s, r.times)), nil
}

// ---- accumulate, chain, compress, dropwhile, takewhile, filterfalse ----

type accumulateIter struct {
	cls     *py.Type
	it      py.Object
	fn      py.Object // nil: +
	total   py.Object
	initial py.Object
}

func (a *accumulateIter) Type() *py.Type { return a.cls }

func (a *accumulateIter) Next(th *py.Thread) (py.Object, bool, error) {
	if a.initial != nil {
		a.total, a.initial = a.initial, nil
		return a.total, true, nil
	}
	v, ok, err := py.Next(th, a.it)
	if err != nil || !ok {
		return nil, false, err
	}
	if a.total == nil {
		a.total = v
	} else if a.fn == nil {
		if a.total, err = py.BinaryOp(th, compile.OpAdd, a.total, v); err != nil {
			return nil, false, err
		}
	} else if a.total, err = th.Call(a.fn, []py.Object{a.total, v}, nil); err != nil {
		return nil, false, err
	}
	return a.total, true, nil
}

func newAccumulate(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	var iterable, fn, initial py.Object = nil, py.None, py.None
	if err := pyargs.Unpack(th, "accumulate", args, kw, "iterable", &iterable, "func?", &fn, "*", "initial?", &initial); err != nil {
		return nil, err
	}
	it, err := py.GetIter(th, iterable)
	if err != nil {
		return nil, err
	}
	a := &accumulateIter{cls: cls, it: it}
	if fn != py.None {
		a.fn = fn
	}
	if initial != py.None {
		a.initial = initial
	}
	return a, nil
}

type chainIter struct {
	cls    *py.Type
	source py.Object // iterator of iterables
	cur    py.Object
}

func (c *chainIter) Type() *py.Type { return c.cls }

func (c *chainIter) Next(th *py.Thread) (py.Object, bool, error) {
	for {
		if c.cur == nil {
			if c.source == nil {
				return nil, false, nil
			}
			next, ok, err := py.Next(th, c.source)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				c.source = nil
				return nil, false, nil
			}
			if c.cur, err = py.GetIter(th, next); err != nil {
				return nil, false, err
			}
		}
		v, ok, err := py.Next(th, c.cur)
		if err != nil {
			return nil, false, err
		}
		if ok {
			return v, true, nil
		}
		c.cur = nil
	}
}

func newChain(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 {
		return nil, th.NewError(py.TypeErrorType, "chain() takes no keyword arguments")
	}
	src, err := py.GetIter(th, py.Tuple(append([]py.Object{}, args...)))
	if err != nil {
		return nil, err
	}
	return &chainIter{cls: cls, source: src}, nil
}

type compressIter struct {
	cls             *py.Type
	data, selectors py.Object
}

func (c *compressIter) Type() *py.Type { return c.cls }

func (c *compressIter) Next(th *py.Thread) (py.Object, bool, error) {
	for {
		v, ok, err := py.Next(th, c.data)
		if err != nil || !ok {
			return nil, false, err
		}
		s, ok, err := py.Next(th, c.selectors)
		if err != nil || !ok {
			return nil, false, err
		}
		t, err := py.Truth(th, s)
		if err != nil {
			return nil, false, err
		}
		if t {
			return v, true, nil
		}
	}
}

func newCompress(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	var data, selectors py.Object
	if err := pyargs.Unpack(th, "compress", args, kw, "data", &data, "selectors", &selectors); err != nil {
		return nil, err
	}
	d, err := py.GetIter(th, data)
	if err != nil {
		return nil, err
	}
	s, err := py.GetIter(th, selectors)
	if err != nil {
		return nil, err
	}
	return &compressIter{cls: cls, data: d, selectors: s}, nil
}

// predIter is dropwhile, takewhile and filterfalse.
type predIter struct {
	cls  *py.Type
	pred py.Object
	it   py.Object
	kind int // 0 dropwhile, 1 takewhile, 2 filterfalse
	done bool
}

func (p *predIter) Type() *py.Type { return p.cls }

func (p *predIter) test(th *py.Thread, v py.Object) (bool, error) {
	if p.pred == py.None {
		return py.Truth(th, v)
	}
	r, err := th.Call(p.pred, []py.Object{v}, nil)
	if err != nil {
		return false, err
	}
	return py.Truth(th, r)
}

func (p *predIter) Next(th *py.Thread) (py.Object, bool, error) {
	for {
		if p.kind == 1 && p.done {
			return nil, false, nil
		}
		v, ok, err := py.Next(th, p.it)
		if err != nil || !ok {
			return nil, false, err
		}
		switch p.kind {
		case 0:
			if p.done {
				return v, true, nil
			}
			t, err := p.test(th, v)
			if err != nil {
				return nil, false, err
			}
			if !t {
				p.done = true
				return v, true, nil
			}
		case 1:
			t, err := p.test(th, v)
			if err != nil {
				return nil, false, err
			}
			if t {
				return v, true, nil
			}
			p.done = true
			return nil, false, nil
		default:
			t, err := p.test(th, v)
			if err != nil {
				return nil, false, err
			}
			if !t {
				return v, true, nil
			}
		}
	}
}

func predicateNew(name string, kind int) newFn {
	return func(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		if err := pyargs.Positional(th, name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		it, err := py.GetIter(th, args[1])
		if err != nil {
			return nil, err
		}
		return &predIter{cls: cls, pred: args[0], it: it, kind: kind}, nil
	}
}

var (
	newDropwhile   = predicateNew("dropwhile", 0)
	newTakewhile   = predicateNew("takewhile", 1)
	newFilterfalse = predicateNew("filterfalse", 2)
)

// ---- groupby ----

type groupbyIter struct {
	cls            *py.Type
	it, key        py.Object
	tgtKey, curKey py.Object
	curVal         py.Object
	// gen counts the groups handed out: a _grouper is live only while
	// it is the latest one.
	gen  int
	done bool
}

func (g *groupbyIter) Type() *py.Type { return g.cls }

// step reads the next item and its key; ok is false at the end.
func (g *groupbyIter) step(th *py.Thread) (bool, error) {
	v, ok, err := py.Next(th, g.it)
	if err != nil || !ok {
		if !ok {
			g.done = true
		}
		return false, err
	}
	k := v
	if g.key != py.None {
		if k, err = th.Call(g.key, []py.Object{v}, nil); err != nil {
			return false, err
		}
	}
	g.curVal, g.curKey = v, k
	return true, nil
}

func (g *groupbyIter) Next(th *py.Thread) (py.Object, bool, error) {
	g.gen++
	// Skip the rest of the current group.
	for {
		if g.curKey == nil {
			if g.done {
				return nil, false, nil
			}
			ok, err := g.step(th)
			if err != nil || !ok {
				return nil, false, err
			}
		}
		if g.tgtKey == nil {
			break
		}
		eq, err := py.Equal(th, g.tgtKey, g.curKey)
		if err != nil {
			return nil, false, err
		}
		if !eq {
			break
		}
		g.curKey = nil
		if g.done {
			return nil, false, nil
		}
	}
	g.tgtKey = g.curKey
	return py.Tuple{g.curKey, &grouperIter{parent: g, key: g.curKey, gen: g.gen}}, true, nil
}

type grouperIter struct {
	parent *groupbyIter
	key    py.Object
	gen    int
}

func (gr *grouperIter) Type() *py.Type { return grouperType }

func (gr *grouperIter) Next(th *py.Thread) (py.Object, bool, error) {
	g := gr.parent
	if g.gen != gr.gen {
		return nil, false, nil
	}
	if g.curKey == nil {
		if g.done {
			return nil, false, nil
		}
		ok, err := g.step(th)
		if err != nil || !ok {
			return nil, false, err
		}
	}
	eq, err := py.Equal(th, gr.key, g.curKey)
	if err != nil {
		return nil, false, err
	}
	if !eq {
		return nil, false, nil
	}
	v := g.curVal
	g.curKey, g.curVal = nil, nil
	return v, true, nil
}

func newGroupby(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	var iterable, key py.Object = nil, py.None
	if err := pyargs.Unpack(th, "groupby", args, kw, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	it, err := py.GetIter(th, iterable)
	if err != nil {
		return nil, err
	}
	return &groupbyIter{cls: cls, it: it, key: key}, nil
}

// ---- islice, pairwise, starmap ----

type isliceIter struct {
	cls                    *py.Type
	it                     py.Object
	next, stop, step, seen int64 // stop -1: none
}

func (s *isliceIter) Type() *py.Type { return s.cls }

func (s *isliceIter) Next(th *py.Thread) (py.Object, bool, error) {
	if s.it == nil {
		return nil, false, nil
	}
	for s.seen < s.next {
		if s.stop >= 0 && s.seen >= s.stop {
			s.it = nil
			return nil, false, nil
		}
		_, ok, err := py.Next(th, s.it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			s.it = nil
			return nil, false, nil
		}
		s.seen++
	}
	if s.stop >= 0 && s.seen >= s.stop {
		s.it = nil
		return nil, false, nil
	}
	v, ok, err := py.Next(th, s.it)
	if err != nil {
		return nil, false, err
	}
	if !ok {
		s.it = nil
		return nil, false, nil
	}
	s.seen++
	s.next += s.step
	if s.stop >= 0 && s.next > s.stop {
		s.next = s.stop
	}
	return v, true, nil
}

func newIslice(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 {
		return nil, th.NewError(py.TypeErrorType, "islice() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, th.Errorf(py.TypeErrorType, "islice expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 4 {
		return nil, th.Errorf(py.TypeErrorType, "islice expected at most 4 arguments, got %d", len(args))
	}
	it, err := py.GetIter(th, args[0])
	if err != nil {
		return nil, err
	}
	const maxsize = math.MaxInt64
	conv := func(o py.Object, msg string) (int64, error) {
		if o == py.None {
			return -1, nil
		}
		i, ok, err := py.Index(th, o)
		if err != nil {
			return 0, err
		}
		v, small := i.(py.Int)
		if !ok || !small || v < 0 {
			return 0, th.NewError(py.ValueErrorType, msg)
		}
		return int64(v), nil
	}
	s := &isliceIter{cls: cls, it: it, stop: -1, step: 1}
	if len(args) == 2 {
		if s.stop, err = conv(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
	} else {
		start, err := conv(args[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
		if err != nil {
			return nil, err
		}
		if s.stop, err = conv(args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
		if start > 0 {
			s.next = start
		}
		if len(args) == 4 {
			step, err := conv(args[3], "Step for islice() must be a positive integer or None.")
			if err != nil {
				return nil, err
			}
			if step == 0 {
				return nil, th.NewError(py.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
			if step > 0 {
				s.step = step
			}
		}
	}
	_ = maxsize
	return s, nil
}

type pairwiseIter struct {
	cls  *py.Type
	it   py.Object
	prev py.Object
}

func (p *pairwiseIter) Type() *py.Type { return p.cls }

func (p *pairwiseIter) Next(th *py.Thread) (py.Object, bool, error) {
	if p.it == nil {
		return nil, false, nil
	}
	if p.prev == nil {
		v, ok, err := py.Next(th, p.it)
		if err != nil || !ok {
			p.it = nil
			return nil, false, err
		}
		p.prev = v
	}
	v, ok, err := py.Next(th, p.it)
	if err != nil || !ok {
		p.it = nil
		return nil, false, err
	}
	pair := py.Tuple{p.prev, v}
	p.prev = v
	return pair, true, nil
}

func newPairwise(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "pairwise", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.GetIter(th, args[0])
	if err != nil {
		return nil, err
	}
	return &pairwiseIter{cls: cls, it: it}, nil
}

type starmapIter struct {
	cls    *py.Type
	fn, it py.Object
}

func (s *starmapIter) Type() *py.Type { return s.cls }

func (s *starmapIter) Next(th *py.Thread) (py.Object, bool, error) {
	v, ok, err := py.Next(th, s.it)
	if err != nil || !ok {
		return nil, false, err
	}
	args, err := th.Iterate(v)
	if err != nil {
		return nil, false, err
	}
	r, err := th.Call(s.fn, args, nil)
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

func newStarmap(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "starmap", args, kw, 2, 2); err != nil {
		return nil, err
	}
	it, err := py.GetIter(th, args[1])
	if err != nil {
		return nil, err
	}
	return &starmapIter{cls: cls, fn: args[0], it: it}, nil
}

// ---- tee ----

// teeBuffer holds the items read from the shared source that some tee
// iterator has not consumed yet.
type teeBuffer struct {
	it    py.Object
	items []py.Object
	base  int // index of items[0] in the whole stream
	done  bool
}

type teeIter struct {
	buf *teeBuffer
	pos int
}

func (t *teeIter) Type() *py.Type { return teeType }

func (t *teeIter) Next(th *py.Thread) (py.Object, bool, error) {
	b := t.buf
	idx := t.pos - b.base
	if idx >= len(b.items) {
		if b.done {
			return nil, false, nil
		}
		v, ok, err := py.Next(th, b.it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			b.done = true
			return nil, false, nil
		}
		b.items = append(b.items, v)
	}
	v := b.items[t.pos-b.base]
	t.pos++
	return v, true, nil
}

func tee(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "tee", args, kw, 1, 2); err != nil {
		return nil, err
	}
	n := int64(2)
	if len(args) == 2 {
		var err error
		if n, err = pyargs.Int64(th, args[1]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, th.NewError(py.ValueErrorType, "n must be >= 0")
	}
	it, err := py.GetIter(th, args[0])
	if err != nil {
		return nil, err
	}
	buf := &teeBuffer{it: it}
	out := make(py.Tuple, n)
	for i := range out {
		out[i] = &teeIter{buf: buf}
	}
	return out, nil
}

// ---- zip_longest ----

type zipLongestIter struct {
	cls    *py.Type
	its    []py.Object // nil entries are exhausted
	active int
	fill   py.Object
}

func (z *zipLongestIter) Type() *py.Type { return z.cls }

func (z *zipLongestIter) Next(th *py.Thread) (py.Object, bool, error) {
	if len(z.its) == 0 || z.active == 0 {
		return nil, false, nil
	}
	out := make(py.Tuple, len(z.its))
	for i, it := range z.its {
		if it == nil {
			out[i] = z.fill
			continue
		}
		v, ok, err := py.Next(th, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			z.its[i] = nil
			z.active--
			if z.active == 0 {
				return nil, false, nil
			}
			out[i] = z.fill
			continue
		}
		out[i] = v
	}
	return out, true, nil
}

func newZipLongest(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	var fill py.Object = py.None
	npos := len(args) - len(kw)
	for i, k := range kw {
		if k != "fillvalue" {
			return nil, th.NewError(py.TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		fill = args[npos+i]
	}
	z := &zipLongestIter{cls: cls, fill: fill}
	for _, a := range args[:npos] {
		it, err := py.GetIter(th, a)
		if err != nil {
			return nil, err
		}
		z.its = append(z.its, it)
	}
	z.active = len(z.its)
	return z, nil
}

// ---- combinatorics ----

// indexIter yields tuples of pool items chosen by an index vector that
// advance updates, as CPython's combinatoric iterators do.
type indexIter struct {
	cls     *py.Type
	pools   [][]py.Object
	idx     []int
	cycles  []int // permutations only
	r       int
	first   bool
	done    bool
	advance func(x *indexIter) bool
	build   func(x *indexIter) py.Tuple
}

func (x *indexIter) Type() *py.Type { return x.cls }

func (x *indexIter) Next(th *py.Thread) (py.Object, bool, error) {
	if x.done {
		return nil, false, nil
	}
	if x.first {
		x.first = false
	} else if !x.advance(x) {
		x.done = true
		return nil, false, nil
	}
	return x.build(x), true, nil
}

func newProduct(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	npos := len(args) - len(kw)
	repeat := int64(1)
	for i, k := range kw {
		if k != "repeat" {
			return nil, th.Errorf(py.TypeErrorType, "'%s' is an invalid keyword argument for product()", k)
		}
		var err error
		if repeat, err = pyargs.Int64(th, args[npos+i]); err != nil {
			return nil, err
		}
	}
	if repeat < 0 {
		return nil, th.NewError(py.ValueErrorType, "repeat argument cannot be negative")
	}
	var pools [][]py.Object
	for _, a := range args[:npos] {
		items, err := th.Iterate(a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, items)
	}
	var all [][]py.Object
	for i := int64(0); i < repeat; i++ {
		all = append(all, pools...)
	}
	x := &indexIter{cls: cls, pools: all, idx: make([]int, len(all)), first: true}
	for _, p := range all {
		if len(p) == 0 {
			x.done = true
		}
	}
	x.advance = func(x *indexIter) bool {
		for i := len(x.idx) - 1; i >= 0; i-- {
			x.idx[i]++
			if x.idx[i] < len(x.pools[i]) {
				return true
			}
			x.idx[i] = 0
		}
		return false
	}
	x.build = func(x *indexIter) py.Tuple {
		t := make(py.Tuple, len(x.idx))
		for i, j := range x.idx {
			t[i] = x.pools[i][j]
		}
		return t
	}
	return x, nil
}

// rArg converts the r argument of the combinatoric iterators.
func rArg(th *py.Thread, o py.Object) (int, error) {
	v, err := pyargs.Int64(th, o)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		return 0, th.NewError(py.ValueErrorType, "r must be non-negative")
	}
	if v > 1<<30 {
		v = 1 << 30
	}
	return int(v), nil
}

func poolBuild(x *indexIter) py.Tuple {
	t := make(py.Tuple, x.r)
	for i := 0; i < x.r; i++ {
		t[i] = x.pools[0][x.idx[i]]
	}
	return t
}

func newPermutations(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	var iterable, r py.Object = nil, py.None
	if err := pyargs.Unpack(th, "permutations", args, kw, "iterable", &iterable, "r?", &r); err != nil {
		return nil, err
	}
	pool, err := th.Iterate(iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	rr := n
	if r != py.None {
		if rr, err = rArg(th, r); err != nil {
			return nil, err
		}
	}
	x := &indexIter{cls: cls, pools: [][]py.Object{pool}, r: rr, first: true, done: rr > n}
	x.idx = make([]int, n)
	for i := range x.idx {
		x.idx[i] = i
	}
	x.cycles = make([]int, rr)
	for i := range x.cycles {
		x.cycles[i] = n - i
	}
	x.advance = func(x *indexIter) bool {
		n := len(x.idx)
		if n == 0 {
			return false
		}
		for i := x.r - 1; i >= 0; i-- {
			x.cycles[i]--
			if x.cycles[i] == 0 {
				// Rotate idx[i:] left by one.
				first := x.idx[i]
				copy(x.idx[i:], x.idx[i+1:])
				x.idx[n-1] = first
				x.cycles[i] = n - i
			} else {
				j := x.cycles[i]
				x.idx[i], x.idx[n-j] = x.idx[n-j], x.idx[i]
				return true
			}
		}
		return false
	}
	x.build = poolBuild
	return x, nil
}

func combinationArgs(th *py.Thread, name string, args []py.Object, kw []string) ([]py.Object, int, error) {
	var iterable, r py.Object
	npos := len(args) - len(kw)
	if npos+len(kw) < 2 && pyargs.Kwarg(args, kw, "r") == nil {
		if npos == 0 && pyargs.Kwarg(args, kw, "iterable") == nil {
			return nil, 0, th.Errorf(py.TypeErrorType, "%s() missing required argument 'iterable' (pos 1)", name)
		}
		return nil, 0, th.Errorf(py.TypeErrorType, "%s() missing required argument 'r' (pos 2)", name)
	}
	if err := pyargs.Unpack(th, name, args, kw, "iterable", &iterable, "r", &r); err != nil {
		return nil, 0, err
	}
	pool, err := th.Iterate(iterable)
	if err != nil {
		return nil, 0, err
	}
	rr, err := rArg(th, r)
	return pool, rr, err
}

func newCombinations(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	pool, r, err := combinationArgs(th, "combinations", args, kw)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	x := &indexIter{cls: cls, pools: [][]py.Object{pool}, r: r, first: true, done: r > n}
	x.idx = make([]int, r)
	for i := range x.idx {
		x.idx[i] = i
	}
	x.advance = func(x *indexIter) bool {
		n := len(x.pools[0])
		i := x.r - 1
		for i >= 0 && x.idx[i] == i+n-x.r {
			i--
		}
		if i < 0 {
			return false
		}
		x.idx[i]++
		for j := i + 1; j < x.r; j++ {
			x.idx[j] = x.idx[j-1] + 1
		}
		return true
	}
	x.build = poolBuild
	return x, nil
}

func newCWR(th *py.Thread, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
	pool, r, err := combinationArgs(th, "combinations_with_replacement", args, kw)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	x := &indexIter{cls: cls, pools: [][]py.Object{pool}, r: r, first: true, done: n == 0 && r > 0}
	x.idx = make([]int, r)
	x.advance = func(x *indexIter) bool {
		n := len(x.pools[0])
		i := x.r - 1
		for i >= 0 && x.idx[i] == n-1 {
			i--
		}
		if i < 0 {
			return false
		}
		v := x.idx[i] + 1
		for j := i; j < x.r; j++ {
			x.idx[j] = v
		}
		return true
	}
	x.build = poolBuild
	return x, nil
}

// Refs methods (py.RefHolder): what the iterators hold.

func (c *countIter) Refs() (a, b, d, e py.Object, more []py.Object) {
	return c.cls, c.cur, c.step, nil, nil
}

func (c *cycleIter) Refs() (a, b, d, e py.Object, more []py.Object) {
	return c.cls, c.it, nil, nil, c.saved
}

func (r *repeatIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return r.cls, r.obj, nil, nil, nil
}

func (x *accumulateIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return x.it, x.fn, x.total, x.initial, []py.Object{x.cls}
}

func (x *chainIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return x.cls, x.source, x.cur, nil, nil
}

func (x *compressIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return x.cls, x.data, x.selectors, nil, nil
}

func (p *predIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return p.cls, p.pred, p.it, nil, nil
}

func (g *groupbyIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return g.it, g.key, g.tgtKey, g.curKey, []py.Object{g.cls, g.curVal}
}

func (gr *grouperIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return gr.parent, gr.key, nil, nil, nil
}

func (s *isliceIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return s.cls, s.it, nil, nil, nil
}

func (p *pairwiseIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return p.cls, p.it, p.prev, nil, nil
}

func (s *starmapIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return s.cls, s.fn, s.it, nil, nil
}

func (t *teeIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return t.buf.it, nil, nil, nil, t.buf.items
}

func (z *zipLongestIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	return z.cls, z.fill, nil, nil, z.its
}

func (x *indexIter) Refs() (a, b, c, d py.Object, more []py.Object) {
	for _, pool := range x.pools {
		more = append(more, pool...)
	}
	return x.cls, nil, nil, nil, more
}
