package py

// exceptStarSplit implements `except* cls` (CHECK_EG_MATCH): it splits the
// exception (group) into the part matching cls and the rest. match is None
// when nothing matches.
func (th *Thread) exceptStarSplit(excObj, cls Object) (rest, match Object, err error) {
	if err := th.checkExceptStarType(cls); err != nil {
		return nil, nil, err
	}
	rest, match, err = th.exceptStarSplit1(excObj, cls)
	if err == nil && match != None {
		// The clause's body handles the matching part (sys.exc_info(),
		// the __context__ of what it raises, a bare raise).
		if f := th.frame; f != nil {
			if n := f.handlingLen(); n > 0 {
				f.rare.handling[n-1] = match.(*Exception)
			}
		}
	}
	return rest, match, err
}

// checkExceptStarType checks the class (or tuple of classes) of an
// except* clause.
func (th *Thread) checkExceptStarType(cls Object) error {
	items := []Object{cls}
	if t, ok := cls.(Tuple); ok {
		items = t
	}
	for _, c := range items {
		t, ok := c.(*Type)
		if !ok || !t.IsSubtype(BaseExceptionType) {
			return th.NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		if t.IsSubtype(BaseExceptionGroupType) {
			return th.NewError(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

func (th *Thread) exceptStarSplit1(excObj, cls Object) (rest, match Object, err error) {
	exc, ok := excObj.(*Exception)
	if !ok {
		return excObj, None, nil
	}
	matches := func(e *Exception) (bool, error) { return th.excMatches(e, cls) }
	if exc.Group == nil && !exc.Class.IsSubtype(BaseExceptionGroupType) {
		m, err := matches(exc)
		if err != nil {
			return nil, nil, err
		}
		if m {
			// A naked exception is wrapped in an ExceptionGroup('', [exc]).
			g := &Exception{Class: ExceptionGroupType, Msg: "", Group: []*Exception{exc}}
			if !exc.IsA(ExceptionType) {
				g.Class = BaseExceptionGroupType
			}
			g.Args = Tuple{Str(""), Tuple{exc}}
			g.Traceback = exc.Traceback
			return None, g, nil
		}
		return exc, None, nil
	}
	m, r, err := th.splitGroup(exc, matches)
	if err != nil {
		return nil, nil, err
	}
	var mo, ro Object = None, None
	if m != nil {
		mo = m
	}
	if r != nil {
		ro = r
	}
	return ro, mo, nil
}

// splitGroup splits a group recursively by pred, keeping the structure.
func (th *Thread) splitGroup(g *Exception, pred func(*Exception) (bool, error)) (*Exception, *Exception, error) {
	if ok, err := pred(g); err != nil || ok {
		return g, nil, err
	}
	if g.Group == nil {
		return nil, g, nil
	}
	var ms, rs []*Exception
	for _, e := range g.Group {
		m, r, err := th.splitGroup(e, pred)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	derive := func(items []*Exception) *Exception {
		if len(items) == 0 {
			return nil
		}
		// BaseExceptionGroup.derive makes a plain ExceptionGroup (or
		// BaseExceptionGroup) even from a subclass.
		cls := ExceptionGroupType
		for _, e := range items {
			if !e.IsA(ExceptionType) {
				cls = BaseExceptionGroupType
			}
		}
		n := &Exception{Class: cls, Msg: g.Msg, Group: items, Traceback: g.Traceback,
			Cause: g.Cause, Context: g.Context, SuppressContext: g.SuppressContext, Notes: g.Notes}
		l := make([]Object, len(items))
		for i, e := range items {
			l[i] = e
		}
		n.Args = Tuple{Str(g.Msg), NewList(l)}
		if len(g.Args) == 2 {
			if _, isTuple := g.Args[1].(Tuple); isTuple {
				n.Args[1] = Tuple(l)
			}
		}
		return n
	}
	return derive(ms), derive(rs), nil
}

// prepReraiseStar combines what except* clauses raised and the part none
// of them matched (the list's last item) into the exception to re-raise,
// or None (CPython's _PyExc_PrepReraiseStar). What a clause re-raised
// (same traceback, cause, context and notes as orig) goes back into
// orig's structure; new exceptions and that projection make a new
// ExceptionGroup with an empty message when there are several.
func (th *Thread) prepReraiseStar(orig Object, raised *List) Object {
	if len(raised.Items) == 0 {
		return None
	}
	og, ok := orig.(*Exception)
	if !ok || og.Group == nil && !og.Class.IsSubtype(BaseExceptionGroupType) {
		// A naked exception: at most one clause ran.
		return raised.Items[0]
	}
	var newExcs, reraised []*Exception
	for _, o := range raised.Items {
		e, ok := o.(*Exception)
		if !ok {
			continue
		}
		if sameExceptionMetadata(e, og) {
			reraised = append(reraised, e)
		} else {
			newExcs = append(newExcs, e)
		}
	}
	var projected *Exception
	if len(reraised) > 0 {
		leaves := map[*Exception]bool{}
		var collect func(e *Exception)
		collect = func(e *Exception) {
			if e.Group == nil {
				leaves[e] = true
				return
			}
			for _, x := range e.Group {
				collect(x)
			}
		}
		for _, e := range reraised {
			collect(e)
		}
		projected, _, _ = th.splitGroup(og, func(e *Exception) (bool, error) {
			return e.Group == nil && leaves[e], nil
		})
	}
	if len(newExcs) == 0 {
		return excOrNone(projected)
	}
	if projected != nil {
		newExcs = append(newExcs, projected)
	}
	if len(newExcs) == 1 {
		return newExcs[0]
	}
	cls := ExceptionGroupType
	l := make([]Object, len(newExcs))
	for i, e := range newExcs {
		l[i] = e
		if !e.IsA(ExceptionType) {
			cls = BaseExceptionGroupType
		}
	}
	g := &Exception{Class: cls, Msg: "", Group: newExcs}
	g.Args = Tuple{Str(""), NewList(l)}
	return g
}

// sameExceptionMetadata reports whether e carries orig's traceback,
// cause, context and notes: a part of orig re-raised as it was.
func sameExceptionMetadata(e, orig *Exception) bool {
	if e.Traceback != orig.Traceback || e.Cause != orig.Cause || e.Context != orig.Context {
		return false
	}
	if len(e.Notes) != len(orig.Notes) {
		return false
	}
	return len(e.Notes) == 0 || &e.Notes[0] == &orig.Notes[0]
}

func init() {
	BaseExceptionGroupType.New = newExceptionGroup
	ExceptionGroupType.New = newExceptionGroup
	addMethods(BaseExceptionGroupType, map[string]BuiltinFn{
		"split": func(th *Thread, args []Object, kw []string) (Object, error) {
			g := args[0].(*Exception)
			pred, err := th.groupPredicate(args)
			if err != nil {
				return nil, err
			}
			m, r, err := th.splitGroup(g, pred)
			if err != nil {
				return nil, err
			}
			return Tuple{excOrNone(m), excOrNone(r)}, nil
		},
		"subgroup": func(th *Thread, args []Object, kw []string) (Object, error) {
			g := args[0].(*Exception)
			pred, err := th.groupPredicate(args)
			if err != nil {
				return nil, err
			}
			m, _, err := th.splitGroup(g, pred)
			if err != nil {
				return nil, err
			}
			return excOrNone(m), nil
		},
		"derive": func(th *Thread, args []Object, kw []string) (Object, error) {
			g := args[0].(*Exception)
			return th.Call(g.Class, []Object{Str(g.Msg), args[1]}, nil)
		},
	})
}

func excOrNone(e *Exception) Object {
	if e == nil {
		return None
	}
	return e
}

// groupPredicate turns split()/subgroup()'s argument (a class, a tuple of
// classes, or a callable) into a predicate on leaf exceptions and groups.
func (th *Thread) groupPredicate(args []Object) (func(*Exception) (bool, error), error) {
	if len(args) != 2 {
		return nil, th.NewError(TypeErrorType, "split() takes exactly one argument")
	}
	cond := args[1]
	isTypes := false
	switch c := cond.(type) {
	case *Type:
		isTypes = c.IsSubtype(BaseExceptionType)
	case Tuple:
		isTypes = true
		for _, x := range c {
			if t, ok := x.(*Type); !ok || !t.IsSubtype(BaseExceptionType) {
				isTypes = false
			}
		}
	}
	if isTypes {
		return func(e *Exception) (bool, error) { return th.excMatches(e, cond) }, nil
	}
	if !isCallable(cond) {
		return nil, th.NewError(TypeErrorType, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
	}
	return func(e *Exception) (bool, error) {
		r, err := th.Call(cond, []Object{e}, nil)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}, nil
}

// newExceptionGroup is BaseExceptionGroup.__new__(cls, message, exceptions).
func newExceptionGroup(th *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, th.Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	if len(args) != 2 {
		return nil, th.Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := args[0].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	switch args[1].(type) {
	case *List, Tuple:
	default:
		return nil, th.NewError(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := th.Iterate(args[1])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, th.NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	excs := make([]*Exception, len(items))
	allException := true
	for i, it := range items {
		e, ok := it.(*Exception)
		if !ok {
			return nil, th.Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.IsA(ExceptionType) {
			allException = false
		}
		excs[i] = e
	}
	if cls == BaseExceptionGroupType {
		if allException {
			cls = ExceptionGroupType
		}
	} else if cls.IsSubtype(ExceptionType) && !allException {
		return nil, th.NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
	}
	return &Exception{Class: cls, Args: Tuple{msg, args[1]}, Msg: string(msg), Group: excs}, nil
}
