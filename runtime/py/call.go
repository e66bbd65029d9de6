package py

import (
	"slices"
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
)

// Call calls fn with positional args followed by keyword values named by
// kwnames. It never keeps args. It is the entry for Go code: args may live
// only in Go variables (see Thread.OnDrop); the eval loop, whose arguments
// sit on a frame's stack, uses call.
func (th *Thread) Call(fn Object, args []Object, kwnames []string) (Object, error) {
	th.unrooted++
	r, err := th.call(fn, args, kwnames)
	th.unrooted--
	return r, err
}

// CallRooted is Call for Go code whose fn and args Reachable sees (through
// a RootProvider), so drops inside the call are reported at once.
func (th *Thread) CallRooted(fn Object, args []Object, kwnames []string) (Object, error) {
	return th.call(fn, args, kwnames)
}

// call is Call for callers whose fn and args are reachable (the eval
// loop's, on its frame's stack).
func (th *Thread) call(fn Object, args []Object, kwnames []string) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return th.callFunction(f, nil, args, kwnames)
	case *Builtin:
		// Builtins calling back into generic operations can recurse in
		// Go without any Python frame (a type's __contains__ falling
		// back to itself); bound that before Go's stack overflows.
		if err := th.enterGo(); err != nil {
			return nil, err
		}
		r, err := th.callBuiltin(f, args, kwnames)
		th.leaveGo()
		return r, err
	case *Method:
		if fn, ok := f.Func.(*Function); ok {
			return th.callFunction(fn, f.Self, args, kwnames)
		}
		full := make([]Object, 0, len(args)+1)
		full = append(full, f.Self)
		full = append(full, args...)
		return th.Call(f.Func, full, kwnames)
	case *Type:
		if f.Meta != nil {
			// A metaclass's own __call__ (which usually ends in
			// super().__call__, that is callType).
			if m := f.Meta.Lookup("__call__"); m != nil && m != Object(typeCall) {
				return th.Call(m, append([]Object{f}, args...), kwnames)
			}
		}
		if f.Flags&FlagHeapType != 0 {
			// Instantiating a class statement's class runs Python
			// code behind a recursion check in CPython.
			if err := th.enterNested(" while calling a Python object"); err != nil {
				return nil, err
			}
			r, err := th.callType(f, args, kwnames)
			th.leaveNested()
			return r, err
		}
		return th.callType(f, args, kwnames)
	}
	call := fn.Type().Lookup("__call__")
	if call == nil {
		return nil, th.Errorf(TypeErrorType, "'%s' object is not callable", fn.Type().Name)
	}
	full := make([]Object, 0, len(args)+1)
	full = append(full, fn)
	full = append(full, args...)
	if err := th.enterNested(" while calling a Python object"); err != nil {
		return nil, err
	}
	r, err := th.Call(call, full, kwnames)
	th.leaveNested()
	return r, err
}

// callBuiltin is th.call of a builtin, past enterGo.
func (th *Thread) callBuiltin(f *Builtin, args []Object, kwnames []string) (Object, error) {
	if f.Self != nil {
		full := make([]Object, 0, len(args)+1)
		full = append(full, f.Self)
		full = append(full, args...)
		return f.Fn(th, full, kwnames)
	}
	if !f.Method && !f.Unchecked {
		// CPython calls builtin functions behind a recursion check
		// (except those its interpreter calls inline, such as len and
		// isinstance): it shows when such a call recurses back into
		// Python (repr(self) in __repr__).
		if err := th.enterNested(" while calling a Python object"); err != nil {
			return nil, err
		}
		r, err := f.Fn(th, args, kwnames)
		th.leaveNested()
		return r, err
	}
	return f.Fn(th, args, kwnames)
}

// uncheckedBuiltins are the builtin functions CPython 3.11 calls without
// a recursion check.
var uncheckedBuiltins = map[string]bool{"len": true, "isinstance": true, "print": true}

// Call0 and friends are conveniences for Go callers.
func (th *Thread) Call0(fn Object) (Object, error) { return th.Call(fn, nil, nil) }

// CallArgs calls fn with positional arguments.
func (th *Thread) CallArgs(fn Object, args ...Object) (Object, error) { return th.Call(fn, args, nil) }

// callFunction binds arguments into a new frame and runs it, or returns a
// generator/coroutine object for generator code. self, when not nil, is
// the first positional argument (a bound method's instance).
func (th *Thread) callFunction(fn *Function, self Object, args []Object, kwnames []string) (Object, error) {
	co := fn.Code
	f := th.newFrame(co, fn.Globals, fn.Closure)
	f.Func = fn
	if err := th.bindArgs(fn, f.slots[:len(co.VarNames)], self, args, kwnames); err != nil {
		return nil, err
	}
	if len(co.Cell2Arg) > 0 {
		f.initCells()
	}
	if co.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) != 0 {
		return newGenerator(th, f, fn), nil
	}
	return th.runFrame(f)
}

// call2 calls fn(a, b) (a special method's self and other) without
// building an argument slice when fn is a plain two-parameter function.
func (th *Thread) call2(fn Object, a, b Object) (Object, error) {
	if f, ok := fn.(*Function); ok {
		co := f.Code
		if co.ArgCount == 2 && co.KwOnlyCount == 0 && co.Flags&(genFlags|compile.FlagVarArgs|compile.FlagVarKeywords) == 0 {
			fr := th.newFrame(co, f.Globals, f.Closure)
			fr.Func = f
			fr.slots[0], fr.slots[1] = a, b
			if len(co.Cell2Arg) > 0 {
				fr.initCells()
			}
			return th.runFrame(fr)
		}
	}
	return th.Call(fn, []Object{a, b}, nil)
}

// genFlags marks the code of functions whose call makes a generator,
// coroutine or async generator instead of running a frame.
const genFlags = compile.FlagGenerator | compile.FlagCoroutine | compile.FlagAsyncGenerator

// pushInline prepares the frame of a call to fn that the eval loop runs
// in place (see Frame.inlined), binds the arguments and enters it. It
// returns nil when fn is not a plain function (a generator function's
// call makes a generator, which goes through Call).
func (th *Thread) pushInline(fn *Function, self Object, args []Object, kwnames []string) (*Frame, error) {
	co := fn.Code
	if co.Flags&genFlags != 0 {
		return nil, nil
	}
	f := th.newFrame(co, fn.Globals, fn.Closure)
	f.Func = fn
	if err := th.bindArgs(fn, f.slots[:len(co.VarNames)], self, args, kwnames); err != nil {
		clear(f.slots[:f.sp])
		f.recycle()
		return nil, err
	}
	if len(co.Cell2Arg) > 0 {
		f.initCells()
	}
	if err := th.enter(f); err != nil {
		clear(f.slots[:f.sp])
		f.recycle()
		return nil, err
	}
	f.started = true
	f.inlined = true
	return f, nil
}

// pushSimple is pushInline for the most common call: a function whose
// code is simple (see codeCache.simpleArgs) given exactly its positional
// parameters, self (when not nil) and args. Binding them is a copy.
func (th *Thread) pushSimple(fn *Function, cc *codeCache, self Object, args []Object) (*Frame, error) {
	if th.depth >= th.RecursionLimit {
		return nil, th.NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	var f *Frame
	if n := len(cc.free); n > 0 {
		// Slots were cleared when the frame finished (see recycle).
		f = cc.free[n-1]
		cc.free = cc.free[:n-1]
		f.pc = 0
		f.finished = false
	} else {
		f = &Frame{Code: fn.Code, slots: make([]Object, cc.stackBase+fn.Code.StackSize), cc: cc}
	}
	// Writing a pointer into the heap costs a write barrier check:
	// a recycled frame often has these already.
	if f.Globals != fn.Globals {
		f.Globals = fn.Globals
	}
	if f.Func != fn {
		f.Func = fn
	}
	f.sp = cc.stackBase
	// Loops: a call passes few arguments, too few for copy's call.
	if self != nil {
		f.slots[0] = self
		for i, a := range args {
			f.slots[i+1] = a
		}
	} else {
		for i, a := range args {
			f.slots[i] = a
		}
	}
	f.started, f.inlined = true, true
	f.Back = th.frame
	th.frame = f
	th.depth++
	return f, nil
}

// pushInit makes an instance of cls (object.__new__) and prepares the
// frame of its __init__ for the eval loop to run in place, as a call of
// the class does (callType): one nesting level for calling the class,
// then the __init__ frame. The instance waits in th.initObjs until the
// frame returns.
func (th *Thread) pushInit(cls *Type, init *Function, args []Object, kwnames []string) (*Frame, error) {
	if err := th.enterNested(" while calling a Python object"); err != nil {
		return nil, err
	}
	obj := newInstance(cls)
	var f *Frame
	var err error
	if cc, ok := init.Code.Cache.(*codeCache); ok && len(kwnames) == 0 && cc.simpleArgs == len(args)+1 {
		f, err = th.pushSimple(init, cc, obj, args)
	} else {
		f, err = th.pushInline(init, obj, args, kwnames)
	}
	if err != nil {
		th.leaveNested()
		return nil, err
	}
	f.initOf = true
	th.initObjs = append(th.initObjs, obj)
	return f, nil
}

// bindArgs fills locals from the call's arguments, with CPython's messages
// for every mismatch.
func (th *Thread) bindArgs(fn *Function, locals []Object, self Object, args []Object, kwnames []string) error {
	co := fn.Code
	if len(kwnames) == 0 && co.KwOnlyCount == 0 && co.Flags&(compile.FlagVarArgs|compile.FlagVarKeywords) == 0 {
		// The common call: exactly the positional parameters.
		n := len(args)
		if self != nil {
			n++
		}
		if n <= co.ArgCount && n >= co.ArgCount-len(fn.Defaults) {
			// The common call: positional arguments, the rest from
			// the defaults.
			i := 0
			if self != nil {
				locals[0] = self
				i = 1
			}
			copy(locals[i:], args)
			firstDef := co.ArgCount - len(fn.Defaults)
			for p := n; p < co.ArgCount; p++ {
				locals[p] = fn.Defaults[p-firstDef]
			}
			return nil
		}
	}
	npos := len(args) - len(kwnames)
	given := npos
	if self != nil {
		given++
	}
	argcount := co.ArgCount
	// positional
	nbound := given
	if nbound > argcount {
		nbound = argcount
	}
	i := 0
	if self != nil && argcount > 0 {
		locals[0] = self
		i = 1
	}
	for j := 0; i < nbound; i, j = i+1, j+1 {
		locals[i] = args[j]
	}
	varargsIdx := argcount + co.KwOnlyCount
	if co.Flags&compile.FlagVarArgs != 0 {
		var extra []Object
		if given > argcount {
			start := argcount
			if self != nil {
				start--
				if argcount == 0 {
					extra = append(extra, self)
					start = 0
				}
			}
			extra = append(extra, args[start:npos]...)
		}
		locals[varargsIdx] = Tuple(extra)
	} else if given > argcount {
		return th.tooManyPositional(fn, given, kwnames, locals)
	}
	var kwdict *Dict
	if co.Flags&compile.FlagVarKeywords != 0 {
		kwdict = NewDict()
		idx := varargsIdx
		if co.Flags&compile.FlagVarArgs != 0 {
			idx++
		}
		locals[idx] = kwdict
	}
	// keywords
	for k, name := range kwnames {
		v := args[npos+k]
		found := -1
		for p := co.PosOnlyCount; p < argcount+co.KwOnlyCount; p++ {
			if co.VarNames[p] == name {
				found = p
				break
			}
		}
		if found < 0 {
			if kwdict != nil {
				kwdict.SetStr(name, v)
				continue
			}
			// CPython names every positional-only parameter passed by
			// keyword, in parameter order, before any unexpected one.
			var posOnly []string
			for p := 0; p < co.PosOnlyCount; p++ {
				if slices.Contains(kwnames, co.VarNames[p]) {
					posOnly = append(posOnly, co.VarNames[p])
				}
			}
			if len(posOnly) > 0 {
				return th.Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.Qualname, strings.Join(posOnly, ", "))
			}
			return th.Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.Qualname, name)
		}
		if locals[found] != nil {
			return th.Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fn.Qualname, name)
		}
		locals[found] = v
	}
	// defaults
	if nbound < argcount {
		ndef := len(fn.Defaults)
		firstDef := argcount - ndef
		var missing []string
		for p := nbound; p < argcount; p++ {
			if locals[p] != nil {
				continue
			}
			if p >= firstDef {
				locals[p] = fn.Defaults[p-firstDef]
			} else {
				missing = append(missing, co.VarNames[p])
			}
		}
		if len(missing) > 0 {
			return th.missingArgs(fn, missing, "positional")
		}
	}
	if co.KwOnlyCount > 0 {
		var missing []string
		for p := argcount; p < argcount+co.KwOnlyCount; p++ {
			if locals[p] != nil {
				continue
			}
			if fn.KwDefaults != nil {
				if v := fn.KwDefaults.GetStr(co.VarNames[p]); v != nil {
					locals[p] = v
					continue
				}
			}
			missing = append(missing, co.VarNames[p])
		}
		if len(missing) > 0 {
			return th.missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

func (th *Thread) missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	plural := "s"
	if len(names) == 1 {
		plural = ""
	}
	return th.Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.Qualname, len(names), kind, plural, list)
}

func (th *Thread) tooManyPositional(fn *Function, given int, kwnames []string, locals []Object) error {
	co := fn.Code
	ndef := len(fn.Defaults)
	var takes string
	plural := "s"
	if ndef > 0 {
		takes = sprintf("from %d to %d", co.ArgCount-ndef, co.ArgCount)
	} else {
		takes = sprintf("%d", co.ArgCount)
		if co.ArgCount == 1 {
			plural = ""
		}
	}
	// Keyword-only arguments given by keyword are mentioned too.
	// (They are not bound yet: count them among the keyword names.)
	kwGiven := 0
	for p := co.ArgCount; p < co.ArgCount+co.KwOnlyCount && p < len(co.VarNames); p++ {
		if slices.Contains(kwnames, co.VarNames[p]) {
			kwGiven++
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwGiven > 0 {
		kwp := "s"
		if kwGiven == 1 {
			kwp = ""
		}
		return th.Errorf(TypeErrorType, "%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.Qualname, takes, plural, given, pluralS(given), kwGiven, kwp)
	}
	return th.Errorf(TypeErrorType, "%s() takes %s positional argument%s but %d %s given", fn.Qualname, takes, plural, given, was)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// functionStr names a callable in call errors as CPython's
// _PyObject_FunctionStr does: "module.qualname()", or "qualname()" for
// builtins, or str(fn) when it has no __qualname__.
func functionStr(th *Thread, fn Object) string {
	q, err := GetAttr(th, fn, "__qualname__")
	if err != nil {
		s, _ := StrString(th, fn)
		return s
	}
	qs, _ := StrString(th, q)
	if m, err := GetAttr(th, fn, "__module__"); err == nil {
		if ms, ok := m.(Str); ok && ms != "builtins" {
			return string(ms) + "." + qs + "()"
		}
	}
	return qs + "()"
}

// callEx implements f(*args, **kwargs).
func (th *Thread) callEx(fn, args, kwargs Object) (Object, error) {
	var pos []Object
	if t, ok := args.(Tuple); ok {
		pos = t
	} else {
		if !isIterable(args) {
			return nil, th.Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", functionStr(th, fn), args.Type().Name)
		}
		items, err := th.iterateForUnpack(args)
		if err != nil {
			return nil, err
		}
		pos = items
	}
	if kwargs == nil {
		return th.Call(fn, pos, nil)
	}
	d, ok := kwargs.(*Dict)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", functionStr(th, fn), kwargs.Type().Name)
	}
	all := make([]Object, len(pos), len(pos)+d.Len())
	copy(all, pos)
	names := make([]string, 0, d.Len())
	for _, kv := range d.Items() {
		k, ok := kv[0].(Str)
		if !ok {
			return nil, th.NewError(TypeErrorType, "keywords must be strings")
		}
		names = append(names, string(k))
		all = append(all, kv[1])
	}
	return th.Call(fn, all, names)
}

// callType implements calling a class: type(x), or creating an instance
// with __new__ and __init__.
func (th *Thread) callType(cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return args[0].Type(), nil
	}
	// __new__
	var obj Object
	var err error
	memo := cls.lookupForCall()
	newm := memo.newm
	if pf, ok := newm.(*Function); ok {
		full := append([]Object{cls}, args...)
		obj, err = th.callFunction(pf, nil, full, kwnames)
	} else {
		if cls.New == nil {
			return nil, th.Errorf(TypeErrorType, "cannot create '%s' instances", typeQualName(cls))
		}
		init := memo.init
		if cls.layout == ObjectType && len(args) > 0 {
			if b, ok := init.(*Builtin); ok && b == objectInit {
				return nil, th.Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		obj, err = cls.New(th, cls, args, kwnames)
	}
	if err != nil {
		return nil, err
	}
	if obj.Type() != cls && !obj.Type().IsSubtype(cls) {
		return obj, nil
	}
	// __new__ may have changed the class: look again (memoised).
	init := cls.lookupForCall().init
	switch in := init.(type) {
	case *Function:
		res, err := th.callFunction(in, obj, args, kwnames)
		if err != nil {
			return nil, err
		}
		if res != None {
			return nil, th.Errorf(TypeErrorType, "__init__() should return None, not '%s'", res.Type().Name)
		}
	case *Builtin:
		if in != objectInit && in != typeInit && !((in == listInit || in == dictInit) && cls.Flags&FlagHeapType == 0) {
			full := append([]Object{obj}, args...)
			if _, err := in.Fn(th, full, kwnames); err != nil {
				return nil, err
			}
		}
	case nil:
	default:
		full := append([]Object{obj}, args...)
		if _, err := th.Call(in, full, kwnames); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// callMemo holds what calling a class looks up in its MRO.
type callMemo struct {
	// newm is __new__ (unwrapped from its staticmethod), init __init__.
	newm, init Object
	// plainInit: object.__new__ makes the instance and init is a plain
	// Python function, so the eval loop may run __init__ in place.
	plainInit *Function
	// version is the class's version the memo was made at.
	version uint64
}

// lookupForCall returns the class's __new__ and __init__, memoised until
// the class changes: in the class for classes made by class statements,
// and atomically for builtin types, which every session shares (str(x) in
// a loop looked both up each time).
func (t *Type) lookupForCall() *callMemo {
	if t.callMemo != nil {
		return t.callMemo
	}
	heap := t.Flags&FlagHeapType != 0
	if !heap {
		if m := t.sharedCallMemo.Load(); m != nil && m.version == t.version {
			return m
		}
	}
	m := &callMemo{newm: t.Lookup("__new__"), init: t.Lookup("__init__"), version: t.version}
	if fn, ok := m.newm.(*StaticMethod); ok {
		m.newm = fn.Func
	}
	if sm, ok := ObjectType.Dict.GetStr("__new__").(*StaticMethod); ok && m.newm == sm.Func &&
		t.layout == ObjectType && t.Flags&FlagAbstract == 0 && t.Meta == nil {
		if f, ok := m.init.(*Function); ok && f.Code.Flags&genFlags == 0 {
			m.plainInit = f
		}
	}
	if heap {
		t.callMemo = m
	} else {
		t.sharedCallMemo.Store(m)
	}
	return m
}

func typeQualName(t *Type) string {
	if t.Module != "builtins" && t.Module != "" {
		return t.Module + "." + t.Qualname
	}
	return t.Qualname
}
