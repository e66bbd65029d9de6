package syntax

// parameters parses the parameter list of a def (closer ')') or a
// lambda (closer ':'), checking CPython's ordering rules.
//
//	parameters:
//	    | slash_no_default param_no_default* param_with_default* [star_etc]
//	    | slash_with_default param_with_default* [star_etc]
//	    | param_no_default+ param_with_default* [star_etc]
//	    | param_with_default+ [star_etc]
//	    | star_etc
//	star_etc: '*' param_no_default param_maybe_default* [kwds]
//	    | '*' ',' param_maybe_default+ [kwds] | kwds
//	kwds: '**' param_no_default
//	param: NAME annotation?
func (p *parser) parameters(closer Token) *Arguments {
	a := &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{},
		KwDefaults: []Expr{}, Defaults: []Expr{}}
	lambda := closer == COLON
	seenSlash, seenStar, seenDefault := false, false, false
	for !p.at(closer) && p.err == nil {
		t := p.tok()
		switch t.kind {
		case SLASH:
			switch {
			case p.opts.Python36:
				p.finalAtToken(t, "invalid syntax")
			case len(a.Args) == 0 && !seenSlash && !seenStar:
				p.errorAtToken(t, "at least one argument must precede /")
			case seenSlash:
				p.errorAtToken(t, "/ may appear only once")
			case seenStar:
				p.errorAtToken(t, "/ must be ahead of *")
			}
			if p.err != nil {
				return a
			}
			p.next()
			a.Posonlyargs, a.Args = a.Args, []*Arg{}
			seenSlash = true
		case STAR:
			if a.Kwarg != nil {
				p.errorAtToken(t, "arguments cannot follow var-keyword argument")
				return a
			}
			if seenStar {
				p.errorAtToken(t, "* argument may appear only once")
				return a
			}
			p.next()
			seenStar = true
			if p.at(COMMA) {
				if k := p.peek(1).kind; k == closer || k == DOUBLESTAR {
					p.bareStarError(t, lambda)
					return a
				}
				break
			}
			if p.at(closer) {
				p.bareStarError(t, lambda)
				return a
			}
			a.Vararg = p.param(lambda, true)
			if p.at(EQUAL) {
				p.errorAtToken(p.tok(), "var-positional argument cannot have default value")
				return a
			}
		case DOUBLESTAR:
			if a.Kwarg != nil {
				p.errorAtToken(t, "arguments cannot follow var-keyword argument")
				return a
			}
			p.next()
			a.Kwarg = p.param(lambda, false)
			if p.at(EQUAL) {
				p.errorAtToken(p.tok(), "var-keyword argument cannot have default value")
				return a
			}
		case LPAR:
			if p.second {
				p.parenthesizedParams(lambda)
			}
			p.syntaxError()
			return a
		default:
			arg := p.param(lambda, false)
			if arg == nil {
				return a
			}
			if a.Kwarg != nil {
				p.errorAtNode(arg, "arguments cannot follow var-keyword argument")
				return a
			}
			var def Expr
			if p.at(EQUAL) {
				eq := p.next()
				if p.at(COMMA) || p.at(RPAR) {
					p.errorAtToken(eq, "expected default value expression")
					return a
				}
				if def = p.expression(); def == nil {
					return a
				}
			}
			switch {
			case seenStar:
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			case def != nil:
				a.Args = append(a.Args, arg)
				a.Defaults = append(a.Defaults, def)
				seenDefault = true
			default:
				if seenDefault {
					p.errorAtNode(arg, "non-default argument follows default argument")
					return a
				}
				a.Args = append(a.Args, arg)
			}
		}
		if p.err != nil {
			return a
		}
		if !p.accept(COMMA) {
			if !p.at(closer) {
				p.syntaxError()
			}
			break
		}
	}
	return a
}

func (p *parser) bareStarError(star *token, lambda bool) {
	if lambda {
		p.errorHere("named arguments must follow bare *")
	} else {
		p.errorAtToken(star, "named arguments must follow bare *")
	}
}

// param parses one parameter name with its annotation (def only; after
// '*' the annotation may be starred).
//
//	param: NAME annotation?
//	annotation: ':' expression
//	star_annotation: ':' star_expression
func (p *parser) param(lambda, star bool) *Arg {
	t := p.expect(NAME)
	if p.err != nil {
		return nil
	}
	arg := &Arg{Arg: t.text}
	if !lambda && p.accept(COLON) {
		if star {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
		if arg.Annotation == nil {
			return nil
		}
	}
	arg.Pos = p.posFrom(t.start)
	return arg
}

// parenthesizedParams reports "def f((a, b))", which Python 2 allowed.
//
//	invalid_parameters: param_no_default* '(' param_no_default+ ','? ')'
func (p *parser) parenthesizedParams(lambda bool) {
	lpar := p.tok()
	j := p.i + 1
	n := 0
	for j < len(p.toks) && p.toks[j].kind == NAME {
		n++
		j++
		if p.toks[j].kind != COMMA {
			break
		}
		j++
	}
	if n == 0 || j >= len(p.toks) || p.toks[j].kind != RPAR {
		return
	}
	msg := "Function parameters cannot be parenthesized"
	if lambda {
		msg = "Lambda expression parameters cannot be parenthesized"
	}
	p.errorTokens(lpar, &p.toks[j], msg)
}
