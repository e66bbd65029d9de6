package syntax

// This file parses the file structure and simple statements.

// posFrom returns the extent from start to the end of the last consumed
// token (CPython's EXTRA).
func (p *parser) posFrom(start position) Pos {
	end := p.prev().end
	return Pos{start.line, start.col, end.line, end.col}
}

// posSpan returns the extent from the start of a to the end of b.
func posSpan(a, b Pos) Pos {
	return Pos{a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset}
}

// fileInput parses a module.
//
//	file: [statements] ENDMARKER
func (p *parser) fileInput() *Module {
	var body []Stmt
	for p.err == nil && !p.at(EOF) {
		body = append(body, p.statement()...)
	}
	return &Module{Body: body}
}

// statement parses one line's worth of statements.
//
//	statement: compound_stmt | simple_stmts
func (p *parser) statement() []Stmt {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	t := p.tok()
	switch t.kind {
	case DEF, IF, CLASS, WITH, FOR, TRY, WHILE, AT:
		if s := p.compoundStmt(); s != nil {
			return []Stmt{s}
		}
		return nil
	case ASYNC:
		switch p.peek(1).kind {
		case DEF, WITH, FOR:
			if s := p.compoundStmt(); s != nil {
				return []Stmt{s}
			}
			return nil
		}
	case NAME:
		if t.text == "match" && p.looksLikeMatch() {
			p.finalAtToken(t, "match statements are not supported")
			return nil
		}
	}
	return p.simpleStmts()
}

// looksLikeMatch reports whether a line starting with the soft keyword
// "match" is a match statement: it ends in ':' and the word is not used
// as a name (followed by an operator, '=', '.', or end of line).
func (p *parser) looksLikeMatch() bool {
	switch p.peek(1).kind {
	case NAME, NUMBER, STRING, LSQB, LBRACE, MINUS, TILDE, NONE, TRUE, FALSE, NOT, LAMBDA, AWAIT, STAR, LPAR:
	default:
		return false
	}
	// Scan to the end of the logical line for a final ':'.
	depth := 0
	for j := p.i + 1; j < len(p.toks); j++ {
		switch p.toks[j].kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
		case NEWLINE, EOF, ERRORTOKEN:
			return j > 0 && p.toks[j-1].kind == COLON && p.toks[j].kind == NEWLINE &&
				j+1 < len(p.toks) && p.toks[j+1].kind == INDENT &&
				p.toks[p.i+1].kind != LPAR
		}
	}
	return false
}

// simpleStmts parses simple statements on one line.
//
//	simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		s := p.simpleStmt()
		if s == nil {
			if p.err == nil {
				p.syntaxError()
			}
			return out
		}
		out = append(out, s)
		if !p.accept(SEMI) {
			break
		}
		if p.at(NEWLINE) {
			break
		}
	}
	if !p.accept(NEWLINE) {
		p.syntaxError()
	}
	return out
}

// simpleStmt parses one simple statement.
//
//	simple_stmt: assignment | star_expressions | return_stmt | import_stmt
//	    | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt
//	    | 'break' | 'continue' | global_stmt | nonlocal_stmt
func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := t.start
	switch t.kind {
	case RETURN:
		p.next()
		var v Expr
		if p.startsExpr() {
			v = p.starExpressions()
		}
		return &Return{Pos: p.posFrom(start), Value: v}
	case IMPORT:
		return p.importName()
	case FROM:
		return p.importFrom()
	case RAISE:
		return p.raiseStmt()
	case PASS:
		p.next()
		return &Pass{p.posFrom(start)}
	case BREAK:
		p.next()
		return &Break{p.posFrom(start)}
	case CONTINUE:
		p.next()
		return &Continue{p.posFrom(start)}
	case DEL:
		return p.delStmt()
	case ASSERT:
		p.next()
		test := p.expression()
		var msg Expr
		if p.accept(COMMA) {
			msg = p.expression()
		}
		return &Assert{Pos: p.posFrom(start), Test: test, Msg: msg}
	case GLOBAL, NONLOCAL:
		p.next()
		var names []string
		for {
			names = append(names, p.expect(NAME).text)
			if !p.accept(COMMA) {
				break
			}
		}
		if t.kind == GLOBAL {
			return &Global{Pos: p.posFrom(start), Names: names}
		}
		return &Nonlocal{Pos: p.posFrom(start), Names: names}
	}
	if !p.startsExpr() && !p.at(YIELD) {
		return nil
	}
	return p.assignment()
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	switch p.tok().kind {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA,
		AWAIT, STAR, NONE, TRUE, FALSE, ELLIPSIS:
		return true
	}
	return false
}

// raiseStmt parses a raise statement.
//
//	raise_stmt: 'raise' expression ['from' expression ] | 'raise'
func (p *parser) raiseStmt() Stmt {
	start := p.next().start
	var exc, cause Expr
	if p.startsExpr() {
		exc = p.expression()
		if p.accept(FROM) {
			cause = p.expression()
		}
	}
	return &Raise{Pos: p.posFrom(start), Exc: exc, Cause: cause}
}

// delStmt parses a del statement.
//
//	del_stmt: 'del' del_targets &(';' | NEWLINE)
func (p *parser) delStmt() Stmt {
	start := p.next().start
	var targets []Expr
	for {
		e := p.delTarget()
		if e == nil {
			break
		}
		targets = append(targets, e)
		if !p.accept(COMMA) {
			break
		}
		if !p.startsExpr() {
			break
		}
	}
	if p.err != nil {
		return nil
	}
	if len(targets) == 0 || !p.at(SEMI) && !p.at(NEWLINE) {
		p.syntaxError()
		return nil
	}
	return &Delete{Pos: p.posFrom(start), Targets: targets}
}

// delTarget parses one target of del and checks it.
//
//	del_target: t_primary '.' NAME | t_primary '[' slices ']' | del_t_atom
func (p *parser) delTarget() Expr {
	if p.at(STAR) {
		// CPython: star_expressions then "cannot delete starred".
		e := p.starExpression()
		if p.err == nil {
			p.invalidTarget(e, delTargets)
		}
		return nil
	}
	e := p.expression()
	if e == nil {
		return nil
	}
	if !p.invalidTarget(e, delTargets) {
		return nil
	}
	setContext(e, Del)
	return e
}

// importName parses "import a.b as c, d".
//
//	import_name: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	start := p.next().start
	var names []*Alias
	for {
		a := p.dottedAsName()
		if a == nil {
			return nil
		}
		names = append(names, a)
		if !p.accept(COMMA) {
			break
		}
	}
	return &Import{Pos: p.posFrom(start), Names: names}
}

// dottedAsName parses one module name with an optional alias.
//
//	dotted_as_name: dotted_name ['as' NAME]
func (p *parser) dottedAsName() *Alias {
	first := p.tok()
	name := p.dottedName()
	if name == "" {
		return nil
	}
	a := &Alias{Name: name}
	if p.accept(AS) {
		a.Asname = p.expect(NAME).text
	}
	a.Pos = p.posFrom(first.start)
	return a
}

// dottedName parses a dotted module name.
//
//	dotted_name: dotted_name '.' NAME | NAME
func (p *parser) dottedName() string {
	t := p.expect(NAME)
	name := t.text
	for p.at(DOT) {
		p.next()
		name += "." + p.expect(NAME).text
	}
	if p.err != nil {
		return ""
	}
	return name
}

// importFrom parses "from module import names".
//
//	import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	    | 'from' ('.' | '...')+ 'import' import_from_targets
func (p *parser) importFrom() Stmt {
	start := p.next().start
	level := 0
	for {
		if p.accept(DOT) {
			level++
		} else if p.accept(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	module := ""
	if level == 0 || p.at(NAME) {
		module = p.dottedName()
	}
	p.expect(IMPORT)
	if p.err != nil {
		return nil
	}
	var names []*Alias
	switch {
	case p.at(STAR):
		t := p.next()
		names = []*Alias{{Pos: p.posFrom(t.start), Name: "*"}}
	case p.accept(LPAR):
		names = p.importFromNames()
		p.accept(COMMA)
		p.expect(RPAR)
	default:
		names = p.importFromNames()
		if p.at(COMMA) {
			p.next()
			if p.at(NEWLINE) {
				p.errorHere("trailing comma not allowed without surrounding parentheses")
			} else {
				p.syntaxError()
			}
			return nil
		}
	}
	if p.err != nil {
		return nil
	}
	return &ImportFrom{Pos: p.posFrom(start), Module: module, Names: names, Level: level}
}

// importFromNames parses the imported names.
//
//	import_from_as_names: ','.import_from_as_name+
//	import_from_as_name: NAME ['as' NAME]
func (p *parser) importFromNames() []*Alias {
	var names []*Alias
	for {
		t := p.expect(NAME)
		if p.err != nil {
			return nil
		}
		a := &Alias{Name: t.text}
		if p.accept(AS) {
			a.Asname = p.expect(NAME).text
		}
		a.Pos = p.posFrom(t.start)
		names = append(names, a)
		if !p.at(COMMA) || p.peek(1).kind != NAME {
			break
		}
		p.next()
	}
	return names
}
