package py

// exceptStarSplit implements `except* cls` (CHECK_EG_MATCH): it splits the
// exception (group) into the part matching cls and the rest. match is None
// when nothing matches.
func (th *Thread) exceptStarSplit(excObj, cls Object) (rest, match Object, err error) {
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
			g.Args = Tuple{Str(""), NewList([]Object{exc})}
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
		n := &Exception{Class: g.Class, Msg: g.Msg, Group: items, Traceback: g.Traceback,
			Cause: g.Cause, Context: g.Context, SuppressContext: g.SuppressContext, Notes: g.Notes}
		l := make([]Object, len(items))
		for i, e := range items {
			l[i] = e
		}
		n.Args = Tuple{Str(g.Msg), NewList(l)}
		return n
	}
	return derive(ms), derive(rs), nil
}

// prepReraiseStar combines what except* clauses raised and what none of
// them matched into the exception to re-raise (or None).
func (th *Thread) prepReraiseStar(orig Object, raised *List) Object {
	var keep []*Exception
	for _, o := range raised.Items {
		if e, ok := o.(*Exception); ok {
			keep = append(keep, e)
		}
	}
	if len(keep) == 0 {
		return None
	}
	if len(keep) == 1 {
		return keep[0]
	}
	g := &Exception{Class: ExceptionGroupType, Msg: "", Group: keep}
	l := make([]Object, len(keep))
	for i, e := range keep {
		l[i] = e
	}
	g.Args = Tuple{Str(""), NewList(l)}
	return g
}
