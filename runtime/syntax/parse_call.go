package syntax

// callArgs parses the arguments of a call or class definition after
// '('. A lone generator expression argument takes the call's parentheses
// as its own (genexpOK; a class's base list does not allow it).
//
//	arguments: args [','] &')'
//	args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//	    | kwargs
//	kwarg_or_starred: NAME '=' expression | starred_expression
//	kwarg_or_double_starred: NAME '=' expression | '**' expression
func (p *parser) callArgs(lpar *token, genexpOK bool) ([]Expr, []*Keyword) {
	args, keywords := []Expr{}, []*Keyword{}
	seenKeyword, seenDoubleStar := false, false
	for !p.at(RPAR) && p.err == nil {
		t := p.tok()
		switch {
		case t.kind == STAR:
			p.next()
			v := p.expression()
			if v == nil {
				return nil, nil
			}
			if seenDoubleStar {
				p.errorAtToken(t, "iterable argument unpacking follows keyword argument unpacking")
				return nil, nil
			}
			args = append(args, &Starred{Pos: p.posFrom(t.start), Value: v})
		case t.kind == DOUBLESTAR:
			p.next()
			v := p.expression()
			if v == nil {
				return nil, nil
			}
			keywords = append(keywords, &Keyword{Pos: p.posFrom(t.start), Value: v})
			seenDoubleStar = true
		case t.kind == NAME && p.peek(1).kind == EQUAL:
			p.next()
			eq := p.next()
			v := p.expression()
			if v == nil {
				return nil, nil
			}
			if p.at(FOR) || p.at(ASYNC) {
				p.errorTokens(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
				return nil, nil
			}
			keywords = append(keywords, &Keyword{Pos: p.posFrom(t.start), Arg: t.text, Value: v})
			seenKeyword = true
		case (t.kind == TRUE || t.kind == FALSE || t.kind == NONE) && p.peek(1).kind == EQUAL:
			p.errorTokens(t, p.peek(1), "cannot assign to "+t.kind.String())
			return nil, nil
		default:
			var e Expr
			if t.kind == NAME && p.peek(1).kind == COLONEQUAL {
				e = p.namedExpression()
			} else {
				e = p.expression()
			}
			if e == nil {
				return nil, nil
			}
			if p.at(EQUAL) {
				p.errorNodeToken(e, p.tok(), `expression cannot contain assignment, perhaps you meant "=="?`)
				return nil, nil
			}
			if p.at(FOR) || p.at(ASYNC) && p.peek(1).kind == FOR {
				if !p.second && (len(args) > 0 || len(keywords) > 0) {
					// Only invalid_arguments reads clauses here.
					p.syntaxError()
					return nil, nil
				}
				if !genexpOK {
					p.syntaxError()
					return nil, nil
				}
				gens := p.comprehensionOf(e)
				if gens == nil {
					return nil, nil
				}
				if len(args) == 0 && len(keywords) == 0 && p.at(RPAR) {
					g := &GeneratorExp{Pos: Pos{lpar.start.line, lpar.start.col, p.tok().end.line, p.tok().end.col},
						Elt: e, Generators: gens}
					return []Expr{g}, keywords
				}
				last := gens[len(gens)-1]
				end := last.Iter
				if n := len(last.Ifs); n > 0 {
					end = last.Ifs[n-1]
				}
				p.errorNodes(e, end, "Generator expression must be parenthesized")
				return nil, nil
			}
			if seenDoubleStar {
				p.errorHere("positional argument follows keyword argument unpacking")
				return nil, nil
			}
			if seenKeyword {
				p.errorHere("positional argument follows keyword argument")
				return nil, nil
			}
			args = append(args, e)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	return args, keywords
}
