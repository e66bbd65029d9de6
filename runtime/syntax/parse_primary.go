package syntax

import (
	"fmt"
	"math/big"
)

// This file parses primaries and atoms: attribute access, calls,
// subscripts, names, literals and the bracketed displays.

// markParenthesized records that e was written inside its own
// parentheses; CPython's rules distinguish "(x)" from "x" in a few
// places (annotation targets, error messages).
func (p *parser) markParenthesized(e Expr) {
	if p.parens == nil {
		p.parens = make(map[Expr]bool)
	}
	p.parens[e] = true
}

func (p *parser) isParenthesized(e Expr) bool { return p.parens[e] }

// primary parses an atom followed by trailers.
//
//	primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//	    | primary '[' slices ']' | atom
func (p *parser) primary() Expr {
	start := p.tok().start
	e := p.atom()
	for e != nil {
		if p.peg {
			// In a trial parse, behave like PEG: a trailer that fails
			// leaves the primary parsed so far.
			m := p.mark()
			next := p.trailer(start, e)
			if next == nil && p.err != nil && p.errGen {
				p.reset(m)
				return e
			}
			if next == e {
				return e
			}
			e = next
			continue
		}
		switch p.tok().kind {
		case DOT:
			p.next()
			name := p.expect(NAME)
			if p.err != nil {
				return nil
			}
			e = &Attribute{Pos: p.posFrom(start), Value: e, Attr: name.text}
		case LPAR:
			lpar := p.next()
			args, keywords := p.callArgs(lpar, true)
			p.expect(RPAR)
			if p.err != nil {
				return nil
			}
			e = &Call{Pos: p.posFrom(start), Func: e, Args: args, Keywords: keywords}
		case LSQB:
			p.next()
			s := p.slices()
			p.expect(RSQB)
			if p.err != nil || s == nil {
				return nil
			}
			e = &Subscript{Pos: p.posFrom(start), Value: e, Slice: s}
		default:
			return e
		}
	}
	return nil
}

// trailer parses one trailer after e for the PEG-mode loop; it returns
// e itself when no trailer follows.
func (p *parser) trailer(start position, e Expr) Expr {
	switch p.tok().kind {
	case DOT:
		p.next()
		name := p.expect(NAME)
		if p.err != nil {
			return nil
		}
		return &Attribute{Pos: p.posFrom(start), Value: e, Attr: name.text}
	case LPAR:
		lpar := p.next()
		args, keywords := p.callArgs(lpar, true)
		p.expect(RPAR)
		if p.err != nil {
			return nil
		}
		return &Call{Pos: p.posFrom(start), Func: e, Args: args, Keywords: keywords}
	case LSQB:
		p.next()
		s := p.slices()
		p.expect(RSQB)
		if p.err != nil || s == nil {
			return nil
		}
		return &Subscript{Pos: p.posFrom(start), Value: e, Slice: s}
	}
	return e
}

// slices parses the inside of a subscript.
//
//	slices: slice !',' | ','.(slice | starred_expression)+ [',']
func (p *parser) slices() Expr {
	start := p.tok().start
	first := p.slice()
	if first == nil {
		return nil
	}
	if _, starred := first.(*Starred); !starred && !p.at(COMMA) {
		return first
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.at(RSQB) {
			break
		}
		e := p.slice()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts}
}

// slice parses one subscript element.
//
//	slice: [expression] ':' [expression] [':' [expression] ] | named_expression
//	starred_expression: '*' expression
func (p *parser) slice() Expr {
	startTok := p.tok()
	if startTok.kind == STAR {
		p.next()
		v := p.expression()
		if v == nil {
			return nil
		}
		return &Starred{Pos: p.posFrom(startTok.start), Value: v}
	}
	var lower Expr
	if !p.at(COLON) {
		if startTok.kind == NAME && p.peek(1).kind == COLONEQUAL {
			return p.namedExpression()
		}
		lower = p.expression()
		if lower == nil {
			return nil
		}
		if !p.at(COLON) {
			if p.second {
				p.invalidNamedExpression(startTok, lower)
			}
			return lower
		}
	}
	p.next() // ':'
	s := &Slice{Lower: lower}
	if p.startsExpr() {
		if s.Upper = p.expression(); s.Upper == nil {
			return nil
		}
	}
	if p.accept(COLON) && p.startsExpr() {
		if s.Step = p.expression(); s.Step == nil {
			return nil
		}
	}
	s.Pos = p.posFrom(startTok.start)
	return s
}

// atom parses a name, literal or display.
//
//	atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//	    | (tuple | group | genexp) | (list | listcomp)
//	    | (dict | set | dictcomp | setcomp) | '...'
func (p *parser) atom() Expr {
	t := p.tok()
	pos := Pos{t.start.line, t.start.col, t.end.line, t.end.col}
	switch t.kind {
	case NAME:
		p.next()
		return &Name{Pos: pos, ID: t.text}
	case TRUE:
		p.next()
		return &Constant{Pos: pos, Value: true}
	case FALSE:
		p.next()
		return &Constant{Pos: pos, Value: false}
	case NONE:
		p.next()
		return &Constant{Pos: pos, Value: None}
	case ELLIPSIS:
		p.next()
		return &Constant{Pos: pos, Value: Ellipsis}
	case NUMBER:
		p.next()
		return &Constant{Pos: pos, Value: p.numberValue(t)}
	case STRING:
		return p.strings()
	case LPAR:
		return p.parenthesized()
	case LSQB:
		return p.listDisplay()
	case LBRACE:
		return p.braceDisplay()
	}
	p.syntaxError()
	return nil
}

// parenthesized parses a tuple, a group or a generator expression.
//
//	tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
//	group: '(' (yield_expr | named_expression) ')'
//	genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
func (p *parser) parenthesized() Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	lpar := p.next()
	switch p.tok().kind {
	case RPAR:
		p.next()
		return p.parenTuple(lpar, []Expr{})
	case YIELD:
		y := p.yieldExpr()
		p.expect(RPAR)
		if p.err != nil {
			return nil
		}
		p.markParenthesized(y)
		return y
	case DOUBLESTAR:
		if p.second {
			dstar := p.tok()
			m := p.mark()
			p.next()
			if p.expression() != nil && p.at(RPAR) {
				p.reset(m)
				p.errorAtToken(dstar, "cannot use double starred expression here")
				return nil
			}
			p.reset(m)
		}
	}
	first := p.starNamedExpression()
	if first == nil {
		return nil
	}
	switch p.tok().kind {
	case FOR, ASYNC:
		gens := p.comprehensionOf(first)
		if gens == nil {
			return nil
		}
		p.expect(RPAR)
		if p.err != nil {
			return nil
		}
		g := &GeneratorExp{Pos: p.posFrom(lpar.start), Elt: first, Generators: gens}
		p.markParenthesized(g)
		return g
	case COMMA:
		elts := []Expr{first}
		for p.accept(COMMA) {
			if p.at(RPAR) {
				break
			}
			e := p.starNamedExpression()
			if e == nil {
				return nil
			}
			elts = append(elts, e)
		}
		if p.second && (p.at(FOR) || p.at(ASYNC)) {
			p.syntaxError()
			return nil
		}
		p.expect(RPAR)
		if p.err != nil {
			return nil
		}
		return p.parenTuple(lpar, elts)
	}
	if p.at(RPAR) {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "cannot use starred expression here")
			return nil
		}
	}
	p.expect(RPAR)
	if p.err != nil {
		return nil
	}
	p.markParenthesized(first)
	return first
}

func (p *parser) parenTuple(lpar *token, elts []Expr) Expr {
	t := &Tuple{Pos: p.posFrom(lpar.start), Elts: elts}
	p.markParenthesized(t)
	return t
}

// comprehensionOf parses the for_if_clauses after a comprehension's
// element, reporting a starred element as CPython does.
func (p *parser) comprehensionOf(elt Expr) []*Comprehension {
	if _, ok := elt.(*Starred); ok {
		p.errorAtNode(elt, "iterable unpacking cannot be used in comprehension")
		return nil
	}
	return p.forIfClauses()
}

// forIfClauses parses the clauses of a comprehension.
//
//	for_if_clauses: for_if_clause+
//	for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
func (p *parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	for p.at(FOR) || p.at(ASYNC) && p.peek(1).kind == FOR {
		c := &Comprehension{Ifs: []Expr{}}
		if p.accept(ASYNC) {
			c.IsAsync = 1
		}
		p.next() // 'for'
		if c.Target = p.forTargets(); c.Target == nil {
			return nil
		}
		p.expect(IN)
		if c.Iter = p.disjunction(); c.Iter == nil {
			return nil
		}
		for p.accept(IF) {
			cond := p.disjunction()
			if cond == nil {
				return nil
			}
			c.Ifs = append(c.Ifs, cond)
		}
		gens = append(gens, c)
	}
	if gens == nil {
		p.syntaxError()
	}
	return gens
}

// listDisplay parses a list display or list comprehension.
//
//	list: '[' [star_named_expressions] ']'
//	listcomp: '[' named_expression for_if_clauses ']'
func (p *parser) listDisplay() Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	lsqb := p.next()
	if p.accept(RSQB) {
		return &List{Pos: p.posFrom(lsqb.start), Elts: []Expr{}}
	}
	first := p.starNamedExpression()
	if first == nil {
		return nil
	}
	if p.at(FOR) || p.at(ASYNC) {
		gens := p.comprehensionOf(first)
		if gens == nil {
			return nil
		}
		p.expect(RSQB)
		if p.err != nil {
			return nil
		}
		return &ListComp{Pos: p.posFrom(lsqb.start), Elt: first, Generators: gens}
	}
	elts := p.displayRest(first, RSQB)
	if elts == nil {
		return nil
	}
	return &List{Pos: p.posFrom(lsqb.start), Elts: elts}
}

// displayRest parses the elements after the first of a list or set
// display and its closing bracket.
func (p *parser) displayRest(first Expr, closer Token) []Expr {
	elts := []Expr{first}
	var lastComma *token
	for p.at(COMMA) {
		lastComma = p.next()
		if p.at(closer) {
			break
		}
		e := p.starNamedExpression()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	if p.second && lastComma != nil && (p.at(FOR) || p.at(ASYNC)) {
		if len(elts) > 1 {
			p.errorNodes(elts[0], elts[len(elts)-1], "did you forget parentheses around the comprehension target?")
		} else {
			p.errorNodeToken(elts[0], lastComma, "did you forget parentheses around the comprehension target?")
		}
		return nil
	}
	p.expect(closer)
	if p.err != nil {
		return nil
	}
	return elts
}

// braceDisplay parses a dict or set display or comprehension.
//
//	dict: '{' [double_starred_kvpairs] '}'
//	set: '{' star_named_expressions '}'
//	dictcomp: '{' kvpair for_if_clauses '}'
//	setcomp: '{' named_expression for_if_clauses '}'
func (p *parser) braceDisplay() Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	lbrace := p.next()
	if p.accept(RBRACE) {
		return &Dict{Pos: p.posFrom(lbrace.start), Keys: []Expr{}, Values: []Expr{}}
	}
	if p.at(DOUBLESTAR) {
		dstar := p.next()
		v := p.bitwiseOr()
		if v == nil {
			return nil
		}
		if p.at(FOR) || p.at(ASYNC) {
			p.errorAtToken(dstar, "dict unpacking cannot be used in dict comprehension")
			return nil
		}
		return p.dictRest(lbrace, nil, v)
	}
	first := p.starNamedExpression()
	if first == nil {
		return nil
	}
	if !p.at(COLON) {
		if p.at(FOR) || p.at(ASYNC) {
			gens := p.comprehensionOf(first)
			if gens == nil {
				return nil
			}
			p.expect(RBRACE)
			if p.err != nil {
				return nil
			}
			return &SetComp{Pos: p.posFrom(lbrace.start), Elt: first, Generators: gens}
		}
		elts := p.displayRest(first, RBRACE)
		if elts == nil {
			return nil
		}
		return &Set{Pos: p.posFrom(lbrace.start), Elts: elts}
	}
	v := p.dictValue()
	if v == nil {
		return nil
	}
	if p.at(FOR) || p.at(ASYNC) {
		gens := p.forIfClauses()
		if gens == nil {
			return nil
		}
		p.expect(RBRACE)
		if p.err != nil {
			return nil
		}
		return &DictComp{Pos: p.posFrom(lbrace.start), Key: first, Value: v, Generators: gens}
	}
	return p.dictRest(lbrace, first, v)
}

// dictValue parses ':' expression after a dict key, with CPython's
// messages for a missing or starred value.
func (p *parser) dictValue() Expr {
	colon := p.next()
	switch p.tok().kind {
	case STAR:
		if p.second {
			st := p.next()
			b := p.bitwiseOr()
			if b != nil {
				p.errorRange("cannot use a starred expression in a dictionary value",
					st.start.line, st.start.col, b.Position().EndLineno, b.Position().EndColOffset)
			}
			return nil
		}
	case RBRACE, COMMA:
		p.errorAtToken(colon, "expression expected after dictionary key and ':'")
		return nil
	}
	return p.expression()
}

// dictRest parses the entries after the first of a dict display.
//
//	double_starred_kvpair: '**' bitwise_or | kvpair
//	kvpair: expression ':' expression
func (p *parser) dictRest(lbrace *token, key, value Expr) Expr {
	keys, values := []Expr{key}, []Expr{value}
	for p.accept(COMMA) {
		if p.at(RBRACE) {
			break
		}
		if p.accept(DOUBLESTAR) {
			v := p.bitwiseOr()
			if v == nil {
				return nil
			}
			keys, values = append(keys, nil), append(values, v)
			continue
		}
		k := p.expression()
		if k == nil {
			return nil
		}
		if !p.at(COLON) {
			if p.second {
				pk := k.Position()
				p.setError(p.newError(kindSyntax, "':' expected after dictionary key", pk.Lineno,
					p.charOffset(pk.EndLineno, pk.EndColOffset-1), pk.EndLineno, 0))
			} else {
				p.syntaxError()
			}
			return nil
		}
		v := p.dictValue()
		if v == nil {
			return nil
		}
		keys, values = append(keys, k), append(values, v)
	}
	p.expect(RBRACE)
	if p.err != nil {
		return nil
	}
	return &Dict{Pos: p.posFrom(lbrace.start), Keys: keys, Values: values}
}

// numberValue converts a NUMBER token.
func (p *parser) numberValue(t *token) any {
	if n := decimalDigits(t.text); n > maxIntDigits {
		// CPython raises this from the int conversion, without a column.
		p.setFinalError(p.newError(kindSyntax, fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: "+
			"value has %d digits; use sys.set_int_max_str_digits() to increase the limit - "+
			"Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxIntDigits, n),
			t.start.line, 0, t.start.line, 0))
		return big.NewInt(0)
	}
	v, ok := parseNumber(t.text)
	if !ok {
		p.finalAtToken(t, "invalid number literal")
		return big.NewInt(0)
	}
	return v
}
