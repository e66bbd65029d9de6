package syntax

// This file parses compound statements and blocks.

// blockEnd returns the extent from start to the end of the last token
// consumed that is not NEWLINE, INDENT or DEDENT: where CPython ends a
// compound statement (so a trailing ';' of the last line is included).
func (p *parser) blockEnd(start position) Pos {
	for j := p.i - 1; j >= 0; j-- {
		switch t := &p.toks[j]; t.kind {
		case NEWLINE, INDENT, DEDENT:
			continue
		default:
			return Pos{start.line, start.col, t.end.line, t.end.col}
		}
	}
	return Pos{Lineno: start.line, ColOffset: start.col}
}

// compoundStmt parses a compound statement.
//
//	compound_stmt: function_def | if_stmt | class_def | with_stmt
//	    | for_stmt | try_stmt | while_stmt
func (p *parser) compoundStmt() Stmt {
	switch p.tok().kind {
	case AT:
		return p.decorated()
	case DEF:
		return p.funcDef(nil, nil)
	case CLASS:
		return p.classDef(nil)
	case IF:
		return p.ifStmt()
	case WHILE:
		return p.whileStmt()
	case FOR:
		return p.forStmt(nil)
	case WITH:
		return p.withStmt(nil)
	case TRY:
		return p.tryStmt()
	case ASYNC:
		async := p.next()
		switch p.tok().kind {
		case DEF:
			return p.funcDef(nil, async)
		case FOR:
			return p.forStmt(async)
		case WITH:
			return p.withStmt(async)
		}
	}
	p.syntaxError()
	return nil
}

// block parses the body after a ':'. what names the statement for
// CPython's "expected an indented block after %s" error.
//
//	block: NEWLINE INDENT statements DEDENT | simple_stmts
func (p *parser) block(what string) []Stmt {
	if !p.at(NEWLINE) {
		return p.simpleStmts()
	}
	p.next()
	if !p.at(INDENT) {
		if p.err == nil {
			if what == "" {
				p.indentError("expected an indented block")
			} else {
				p.indentError("expected an indented block after " + what)
			}
		}
		return nil
	}
	p.next()
	var body []Stmt
	for p.err == nil && !p.at(DEDENT) && !p.at(EOF) {
		body = append(body, p.statement()...)
	}
	p.accept(DEDENT)
	return body
}

// decorated parses decorators and the def or class they decorate.
//
//	decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.at(AT) {
		p.next()
		decos = append(decos, p.namedExpression())
		if !p.accept(NEWLINE) {
			p.syntaxError()
			return nil
		}
	}
	switch p.tok().kind {
	case DEF:
		return p.funcDef(decos, nil)
	case CLASS:
		return p.classDef(decos)
	case ASYNC:
		if p.peek(1).kind == DEF {
			return p.funcDef(decos, p.next())
		}
	}
	p.syntaxError()
	return nil
}

// funcDef parses a function definition; async is the 'async' token.
//
//	function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
func (p *parser) funcDef(decos []Expr, async *token) Stmt {
	defTok := p.next()
	start := defTok.start
	if async != nil {
		start = async.start
	}
	name := p.expect(NAME).text
	p.expectForced(LPAR)
	args := p.parameters(RPAR)
	p.expect(RPAR)
	var returns Expr
	if p.accept(RARROW) {
		returns = p.expression()
	}
	p.expectForced(COLON)
	if p.err != nil {
		return nil
	}
	body := p.block("function definition on line " + itoa(defTok.start.line))
	if p.err != nil {
		return nil
	}
	if decos == nil {
		decos = []Expr{}
	}
	pos := p.blockEnd(start)
	if async != nil {
		return &AsyncFunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
	}
	return &FunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
}

// classDef parses a class definition.
//
//	class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
func (p *parser) classDef(decos []Expr) Stmt {
	classTok := p.next()
	name := p.expect(NAME).text
	var bases []Expr
	var keywords []*Keyword
	if p.at(LPAR) {
		lpar := p.next()
		bases, keywords = p.callArgs(lpar, false)
		p.expect(RPAR)
	}
	if !p.colonOrNewline() {
		return nil
	}
	body := p.block("class definition on line " + itoa(classTok.start.line))
	if p.err != nil {
		return nil
	}
	if decos == nil {
		decos = []Expr{}
	}
	return &ClassDef{Pos: p.blockEnd(classTok.start), Name: name, Bases: bases, Keywords: keywords,
		Body: body, DecoratorList: decos}
}

// colonOrNewline consumes the ':' ending a statement header; a NEWLINE
// in its place is CPython's "expected ':'".
func (p *parser) colonOrNewline() bool {
	if p.accept(COLON) {
		return true
	}
	if p.at(NEWLINE) {
		p.errorHere("expected ':'")
	} else {
		p.syntaxError()
	}
	return false
}

// ifStmt parses an if statement with its elif and else clauses.
//
//	if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
//	elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
func (p *parser) ifStmt() Stmt {
	kw := p.next()
	test := p.namedExpression()
	if p.err != nil || !p.colonOrNewline() {
		return nil
	}
	body := p.block("'" + kw.kind.String() + "' statement on line " + itoa(kw.start.line))
	if p.err != nil {
		return nil
	}
	var orelse []Stmt
	switch p.tok().kind {
	case ELIF:
		s := p.ifStmt()
		if s == nil {
			return nil
		}
		orelse = []Stmt{s}
	case ELSE:
		orelse = p.elseBlock()
	}
	if p.err != nil {
		return nil
	}
	return &If{Pos: p.blockEnd(kw.start), Test: test, Body: body, Orelse: orelse}
}

// elseBlock parses an else clause.
//
//	else_block: 'else' &&':' block
func (p *parser) elseBlock() []Stmt {
	kw := p.next()
	p.expectForced(COLON)
	if p.err != nil {
		return nil
	}
	return p.block("'else' statement on line " + itoa(kw.start.line))
}

// whileStmt parses a while loop.
//
//	while_stmt: 'while' named_expression ':' block [else_block]
func (p *parser) whileStmt() Stmt {
	kw := p.next()
	test := p.namedExpression()
	if p.err != nil || !p.colonOrNewline() {
		return nil
	}
	body := p.block("'while' statement on line " + itoa(kw.start.line))
	var orelse []Stmt
	if p.at(ELSE) {
		orelse = p.elseBlock()
	}
	if p.err != nil {
		return nil
	}
	return &While{Pos: p.blockEnd(kw.start), Test: test, Body: body, Orelse: orelse}
}

// forStmt parses a for loop; async is the 'async' token.
//
//	for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
func (p *parser) forStmt(async *token) Stmt {
	kw := p.next()
	start := kw.start
	if async != nil {
		start = async.start
	}
	target := p.forTargets()
	if target == nil {
		return nil
	}
	p.expect(IN)
	iter := p.starExpressions()
	if p.err != nil || !p.colonOrNewline() {
		return nil
	}
	body := p.block("'for' statement on line " + itoa(kw.start.line))
	var orelse []Stmt
	if p.at(ELSE) {
		orelse = p.elseBlock()
	}
	if p.err != nil {
		return nil
	}
	pos := p.blockEnd(start)
	if async != nil {
		return &AsyncFor{Pos: pos, Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &For{Pos: pos, Target: target, Iter: iter, Body: body, Orelse: orelse}
}

// forTargets parses the targets of a for loop or comprehension: an
// expression list below comparisons, so that 'in' ends it.
//
//	star_targets: star_target !',' | star_target (',' star_target)* [',']
func (p *parser) forTargets() Expr {
	start := p.tok().start
	var elts []Expr
	trailing := false
	for {
		var e Expr
		if p.at(STAR) {
			st := p.next()
			v := p.bitwiseOr()
			if v == nil {
				return nil
			}
			e = &Starred{Pos: p.posFrom(st.start), Value: v}
		} else {
			e = p.bitwiseOr()
		}
		if e == nil || p.err != nil {
			return nil
		}
		elts = append(elts, e)
		if !p.at(COMMA) {
			trailing = false
			break
		}
		p.next()
		trailing = true
		if p.at(IN) {
			break
		}
	}
	var target Expr
	if len(elts) == 1 && !trailing {
		target = elts[0]
	} else {
		target = &Tuple{Pos: p.posFrom(start), Elts: elts}
	}
	if !p.at(IN) {
		// CPython's invalid_for_target: 'for' star_expressions.
		m := p.mark()
		p.i = p.indexOf(start)
		e := p.starExpressions()
		if p.err != nil && !p.errGen {
			return nil
		}
		if p.err == nil && e != nil {
			if bad := findInvalidTarget(e, forTargets); bad != nil {
				p.errorAtNode(bad, "cannot assign to "+exprName(bad))
				return nil
			}
		}
		p.reset(m)
		p.syntaxError()
		return nil
	}
	if findInvalidTarget(target, forTargets) != nil {
		// CPython reports an invalid target from invalid_for_target,
		// which reads 'for' star_expressions, past 'in': a scanning
		// error it meets there (an unclosed bracket at the end of the
		// file) wins over "cannot assign to".
		m := p.mark()
		p.i = p.indexOf(start)
		p.starExpressions()
		if p.err != nil && !p.errGen {
			return nil
		}
		p.reset(m)
	}
	if !p.invalidTarget(target, forTargets) {
		return nil
	}
	setContext(target, Store)
	return target
}

// indexOf returns the index of the token starting at pos.
func (p *parser) indexOf(pos position) int {
	for j := p.i; j >= 0; j-- {
		if p.toks[j].start == pos {
			return j
		}
	}
	return p.i
}

// withStmt parses a with statement; async is the 'async' token.
//
//	with_stmt:
//	    | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//	    | [ASYNC] 'with' ','.with_item+ ':' block
func (p *parser) withStmt(async *token) Stmt {
	kw := p.next()
	start := kw.start
	if async != nil {
		start = async.start
	}
	var items []*WithItem
	if p.at(LPAR) {
		// Try the parenthesised form; fall back to an expression that
		// starts with '('.
		m := p.mark()
		p.next()
		items = p.withItems(true)
		p.accept(COMMA)
		if p.err == nil && p.at(RPAR) && p.peek(1).kind == COLON {
			p.next()
		} else {
			if p.err != nil && !p.errGen {
				return nil
			}
			p.reset(m)
			items = nil
		}
	}
	if items == nil {
		items = p.withItems(false)
	}
	if p.err != nil || !p.colonOrNewline() {
		return nil
	}
	body := p.block("'with' statement on line " + itoa(kw.start.line))
	if p.err != nil {
		return nil
	}
	pos := p.blockEnd(start)
	if async != nil {
		return &AsyncWith{Pos: pos, Items: items, Body: body}
	}
	return &With{Pos: pos, Items: items, Body: body}
}

// withItems parses comma-separated with items.
//
//	with_item: expression 'as' star_target &(',' | ')' | ':') | expression
func (p *parser) withItems(parenthesized bool) []*WithItem {
	var items []*WithItem
	for {
		e := p.expression()
		if e == nil || p.err != nil {
			return nil
		}
		item := &WithItem{ContextExpr: e}
		if p.accept(AS) {
			t := p.starTarget()
			if t == nil {
				return nil
			}
			switch p.tok().kind {
			case COMMA, RPAR, COLON:
			case NEWLINE:
				if !parenthesized {
					p.errorHere("expected ':'")
				}
				return nil
			default:
				p.syntaxError()
				return nil
			}
			item.OptionalVars = t
		}
		items = append(items, item)
		if !p.at(COMMA) {
			break
		}
		if parenthesized && p.peek(1).kind == RPAR {
			break
		}
		p.next()
	}
	return items
}

// starTarget parses a single assignment target (after 'as').
//
//	star_target: '*' (!'*' star_target) | target_with_star_atom
func (p *parser) starTarget() Expr {
	var e Expr
	if p.at(STAR) {
		st := p.next()
		v := p.bitwiseOr()
		if v == nil {
			return nil
		}
		e = &Starred{Pos: p.posFrom(st.start), Value: v}
	} else {
		e = p.bitwiseOr()
	}
	if e == nil || p.err != nil {
		return nil
	}
	if !p.invalidTarget(e, starTargets) {
		return nil
	}
	setContext(e, Store)
	return e
}

// tryStmt parses a try statement.
//
//	try_stmt:
//	    | 'try' &&':' block finally_block
//	    | 'try' &&':' block except_block+ [else_block] [finally_block]
//	    | 'try' &&':' block except_star_block+ [else_block] [finally_block]
func (p *parser) tryStmt() Stmt {
	kw := p.next()
	p.expectForced(COLON)
	if p.err != nil {
		return nil
	}
	body := p.block("'try' statement on line " + itoa(kw.start.line))
	if p.err != nil {
		return nil
	}
	if !p.at(EXCEPT) && !p.at(FINALLY) {
		p.errorHere("expected 'except' or 'finally' block")
		return nil
	}
	var handlers []*ExceptHandler
	star := false
	for p.at(EXCEPT) {
		isStar := p.peek(1).kind == STAR
		if len(handlers) == 0 {
			star = isStar
		} else if isStar != star {
			exTok := p.tok()
			if isStar {
				p.errorTokens(exTok, p.peek(1), "cannot have both 'except' and 'except*' on the same 'try'")
			} else {
				p.errorAtToken(exTok, "cannot have both 'except' and 'except*' on the same 'try'")
			}
			return nil
		}
		h := p.exceptBlock()
		if h == nil {
			return nil
		}
		handlers = append(handlers, h)
	}
	var orelse, finalbody []Stmt
	if len(handlers) > 0 && p.at(ELSE) {
		orelse = p.elseBlock()
	}
	if p.at(FINALLY) {
		fk := p.next()
		p.expectForced(COLON)
		if p.err != nil {
			return nil
		}
		finalbody = p.block("'finally' statement on line " + itoa(fk.start.line))
	}
	if p.err != nil {
		return nil
	}
	if handlers == nil {
		handlers = []*ExceptHandler{}
	}
	pos := p.blockEnd(kw.start)
	if star {
		return &TryStar{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
	}
	return &Try{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
}

// exceptBlock parses one except or except* clause.
//
//	except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
//	except_star_block: 'except' '*' expression ['as' NAME] ':' block
func (p *parser) exceptBlock() *ExceptHandler {
	kw := p.next()
	what := "'except' statement on line "
	star := p.accept(STAR)
	if star {
		what = "'except*' statement on line "
		if p.at(NEWLINE) || p.at(COLON) {
			p.errorHere("expected one or more exception types")
			return nil
		}
	}
	h := &ExceptHandler{}
	if !p.at(COLON) {
		if p.at(NEWLINE) {
			p.errorHere("expected ':'")
			return nil
		}
		h.Type = p.expression()
		if p.err != nil {
			return nil
		}
		if p.at(COMMA) {
			// except A, B: ...
			m := p.mark()
			p.next()
			p.expressions()
			if p.accept(AS) {
				p.expect(NAME)
			}
			if p.err == nil && p.at(COLON) {
				colon := p.tok()
				p.reset(m)
				pos := h.Type.Position()
				p.setError(p.newError(kindSyntax, "multiple exception types must be parenthesized",
					pos.Lineno, p.charOffset(pos.Lineno, pos.ColOffset),
					colon.start.line, p.charOffset(colon.start.line, colon.start.col)))
				return nil
			}
			p.reset(m)
		}
		if p.accept(AS) {
			h.Name = p.expect(NAME).text
		}
	}
	if !p.colonOrNewline() {
		return nil
	}
	h.Body = p.block(what + itoa(kw.start.line))
	if p.err != nil {
		return nil
	}
	h.Pos = p.blockEnd(kw.start)
	return h
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
