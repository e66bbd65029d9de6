package syntax

import (
	"fmt"
	"strings"
)

// This file parses expressions from star_expressions down to primary.

// expressions parses an expression list (eval mode).
//
//	expressions: expression (',' expression )* [',']
func (p *parser) expressions() Expr {
	start := p.tok().start
	e := p.expression()
	if e == nil || !p.at(COMMA) {
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if !p.startsExpr() {
			break
		}
		if e = p.expression(); e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts}
}

// starExpressions parses an expression list that may contain *x.
//
//	star_expressions: star_expression (',' star_expression )* [',']
func (p *parser) starExpressions() Expr {
	start := p.tok().start
	e := p.starExpression()
	if e == nil || !p.at(COMMA) {
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if !p.startsExpr() {
			break
		}
		if e = p.starExpression(); e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &Tuple{Pos: p.posFrom(start), Elts: elts}
}

// starExpression parses an expression or a starred bitwise_or.
//
//	star_expression: '*' bitwise_or | expression
func (p *parser) starExpression() Expr {
	if p.at(STAR) {
		st := p.next()
		v := p.bitwiseOr()
		if v == nil {
			return nil
		}
		return &Starred{Pos: p.posFrom(st.start), Value: v}
	}
	return p.expression()
}

// starNamedExpression parses an element of a display.
//
//	star_named_expression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	if p.at(STAR) {
		return p.starExpression()
	}
	return p.namedExpression()
}

// namedExpression parses an expression that may be an assignment
// expression.
//
//	named_expression: assignment_expression | invalid_named_expression | expression !':='
//	assignment_expression: NAME ':=' ~ expression
func (p *parser) namedExpression() Expr {
	startTok := p.tok()
	if startTok.kind == NAME && p.peek(1).kind == COLONEQUAL {
		p.next()
		walrus := p.next()
		if p.opts.Python36 {
			p.finalAtToken(walrus, "invalid syntax")
			return nil
		}
		value := p.expression()
		if value == nil {
			return nil
		}
		target := &Name{Pos: Pos{startTok.start.line, startTok.start.col, startTok.end.line, startTok.end.col},
			ID: startTok.text, Ctx: Store}
		return &NamedExpr{Pos: p.posFrom(startTok.start), Target: target, Value: value}
	}
	e := p.expression()
	if e == nil {
		return nil
	}
	if p.second {
		p.invalidNamedExpression(startTok, e)
	}
	return e
}

// invalidNamedExpression reports CPython's invalid_named_expression
// errors for e followed by ':=' or '='.
func (p *parser) invalidNamedExpression(startTok *token, e Expr) {
	switch p.tok().kind {
	case COLONEQUAL:
		p.errorAtNode(e, "cannot use assignment expressions with "+exprName(e))
	case EQUAL:
		if _, ok := e.(*Name); ok && startTok.kind == NAME && !p.isParenthesized(e) {
			m := p.mark()
			p.next()
			if p.startsBitwiseOr() {
				b := p.bitwiseOr()
				if p.err == nil && b != nil && !p.at(EQUAL) && !p.at(COLONEQUAL) {
					p.reset(m)
					p.errorNodes(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
					return
				}
			}
			if p.err != nil && !p.errGen {
				return
			}
			p.reset(m)
			return
		}
		if p.hereEligible(e) {
			here, stop := p.bitwiseOrFollows()
			if !stop && here {
				p.errorAtNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
			}
		}
	}
}

// expression parses a conditional expression, a lambda, or a disjunction.
//
//	expression: invalid_expression | invalid_legacy_expression
//	    | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
func (p *parser) expression() Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.at(LAMBDA) {
		return p.lambdef()
	}
	startTok := p.tok()
	if p.second && p.invalidLegacyExpression(startTok) {
		return nil
	}
	e := p.disjunction()
	if e == nil {
		return nil
	}
	if p.at(IF) {
		if p.second && p.expectedElse(e) {
			return nil
		}
		p.next()
		test := p.disjunction()
		if test == nil {
			return nil
		}
		if !p.at(ELSE) {
			if !p.at(COLON) {
				p.errorNodes(e, test, "expected 'else' after 'if' expression")
			} else {
				p.syntaxError()
			}
			return nil
		}
		p.next()
		orelse := p.expression()
		if orelse == nil {
			return nil
		}
		return &IfExp{Pos: p.posFrom(startTok.start), Test: test, Body: e, Orelse: orelse}
	}
	if p.second && p.startsExpr() && p.forgotComma(startTok, e) {
		return nil
	}
	return e
}

// expectedElse tries CPython's rule at the current 'if':
//
//	invalid_expression: disjunction 'if' disjunction !('else'|':')
func (p *parser) expectedElse(body Expr) bool {
	m := p.mark()
	p.next()
	p.peg = true
	test := p.disjunction()
	p.peg = false
	if test != nil && p.err == nil && !p.at(ELSE) && !p.at(COLON) {
		p.reset(m)
		p.errorNodes(body, test, "expected 'else' after 'if' expression")
		return true
	}
	if p.err != nil && !p.errGen {
		return true
	}
	p.reset(m)
	return false
}

// invalidLegacyExpression reports "print x" and "exec x".
//
//	invalid_legacy_expression: NAME !'(' star_expressions
func (p *parser) invalidLegacyExpression(startTok *token) bool {
	if startTok.kind != NAME || startTok.text != "print" && startTok.text != "exec" {
		return false
	}
	m := p.mark()
	p.next()
	if p.at(LPAR) || !p.startsExpr() {
		p.reset(m)
		return false
	}
	b := p.starExpressions()
	if p.err != nil || b == nil {
		if p.err != nil && !p.errGen {
			return true
		}
		p.reset(m)
		return false
	}
	p.reset(m)
	pb := b.Position()
	p.errorRange(fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", startTok.text, startTok.text),
		startTok.start.line, startTok.start.col, pb.EndLineno, pb.EndColOffset)
	return true
}

// forgotComma reports two juxtaposed expressions inside brackets.
//
//	invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
func (p *parser) forgotComma(startTok *token, e Expr) bool {
	if startTok.kind == NAME {
		if isSoftKeyword(startTok.text) {
			return false
		}
		if j := p.indexOf(startTok.start); j+1 < len(p.toks) && p.toks[j+1].kind == STRING {
			return false
		}
		if n, ok := e.(*Name); ok && (n.ID == "print" || n.ID == "exec") {
			return false
		}
	}
	m := p.mark()
	p.second, p.peg = false, true
	b := p.expression()
	p.second, p.peg = true, false
	if p.err != nil && !p.errGen {
		// A scanning error met while reading the second expression
		// (an unclosed bracket at the end of the file) stands, as
		// CPython's tokenizer raises it on the spot.
		return true
	}
	if p.err != nil || b == nil {
		p.reset(m)
		return false
	}
	last := p.prev()
	p.reset(m)
	if last.level == 0 {
		return false
	}
	p.errorNodes(e, b, "invalid syntax. Perhaps you forgot a comma?")
	return true
}

// disjunction parses "a or b or ...".
//
//	disjunction: conjunction ('or' conjunction )+ | conjunction
func (p *parser) disjunction() Expr {
	start := p.tok().start
	e := p.conjunction()
	if e == nil || !p.at(OR) {
		return e
	}
	values := []Expr{e}
	for p.accept(OR) {
		if e = p.conjunction(); e == nil {
			return nil
		}
		values = append(values, e)
	}
	return &BoolOp{Pos: p.posFrom(start), Op: Or, Values: values}
}

// conjunction parses "a and b and ...".
//
//	conjunction: inversion ('and' inversion )+ | inversion
func (p *parser) conjunction() Expr {
	start := p.tok().start
	e := p.inversion()
	if e == nil || !p.at(AND) {
		return e
	}
	values := []Expr{e}
	for p.accept(AND) {
		if e = p.inversion(); e == nil {
			return nil
		}
		values = append(values, e)
	}
	return &BoolOp{Pos: p.posFrom(start), Op: And, Values: values}
}

// inversion parses "not" chains.
//
//	inversion: 'not' inversion | comparison
func (p *parser) inversion() Expr {
	if !p.at(NOT) {
		return p.comparison()
	}
	if !p.enter() {
		return nil
	}
	defer p.leave()
	start := p.next().start
	operand := p.inversion()
	if operand == nil {
		return nil
	}
	return &UnaryOp{Pos: p.posFrom(start), Op: Not, Operand: operand}
}

// compareOp reads a comparison operator at the current token.
func (p *parser) compareOp() (CmpOp, bool) {
	switch p.tok().kind {
	case EQEQUAL:
		p.next()
		return Eq, true
	case NOTEQUAL:
		p.next()
		return NotEq, true
	case LESS:
		p.next()
		return Lt, true
	case LESSEQUAL:
		p.next()
		return LtE, true
	case GREATER:
		p.next()
		return Gt, true
	case GREATEREQUAL:
		p.next()
		return GtE, true
	case IN:
		p.next()
		return In, true
	case NOT:
		if p.peek(1).kind == IN {
			p.next()
			p.next()
			return NotIn, true
		}
	case IS:
		p.next()
		if p.accept(NOT) {
			return IsNot, true
		}
		return Is, true
	}
	return 0, false
}

// comparison parses a chained comparison.
//
//	comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) comparison() Expr {
	start := p.tok().start
	e := p.bitwiseOr()
	if e == nil {
		return nil
	}
	var ops []CmpOp
	var comparators []Expr
	for {
		op, ok := p.compareOp()
		if !ok {
			break
		}
		right := p.bitwiseOr()
		if right == nil {
			return nil
		}
		ops = append(ops, op)
		comparators = append(comparators, right)
	}
	if ops == nil {
		return e
	}
	return &Compare{Pos: p.posFrom(start), Left: e, Ops: ops, Comparators: comparators}
}

// binLevel is one precedence level of binary operators.
type binLevel []struct {
	tok Token
	op  Operator
}

// binLevels lists the binary operators from loosest to tightest.
//
//	bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
//	bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
//	bitwise_and: bitwise_and '&' shift_expr | shift_expr
//	shift_expr: shift_expr ('<<' | '>>') sum | sum
//	sum: sum ('+' | '-') term | term
//	term: term ('*' | '/' | '//' | '%' | '@') factor | factor
var binLevels = []binLevel{
	{{VBAR, BitOr}},
	{{CIRCUMFLEX, BitXor}},
	{{AMPER, BitAnd}},
	{{LEFTSHIFT, LShift}, {RIGHTSHIFT, RShift}},
	{{PLUS, Add}, {MINUS, Sub}},
	{{STAR, Mult}, {SLASH, Div}, {DOUBLESLASH, FloorDiv}, {PERCENT, Mod}, {AT, MatMult}},
}

// bitwiseOr parses a binary expression above comparisons.
func (p *parser) bitwiseOr() Expr { return p.binary(0) }

func (p *parser) binary(level int) Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	start := p.tok().start
	left := p.binary(level + 1)
	for left != nil {
		kind := p.tok().kind
		found := false
		var op Operator
		for _, c := range binLevels[level] {
			if c.tok == kind {
				op, found = c.op, true
				break
			}
		}
		if !found {
			break
		}
		m := p.mark()
		p.next()
		right := p.binary(level + 1)
		if right == nil {
			if p.peg && p.err != nil && p.errGen {
				p.reset(m)
				return left
			}
			if p.err == nil {
				p.syntaxError()
			}
			return nil
		}
		left = &BinOp{Pos: p.posFrom(start), Left: left, Op: op, Right: right}
	}
	return left
}

// factor parses unary plus, minus and invert.
//
//	factor: '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.tok().kind {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	if !p.enter() {
		return nil
	}
	defer p.leave()
	start := p.next().start
	operand := p.factor()
	if operand == nil {
		return nil
	}
	return &UnaryOp{Pos: p.posFrom(start), Op: op, Operand: operand}
}

// power parses "a ** b", which is right-associative through factor.
//
//	power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	start := p.tok().start
	e := p.awaitPrimary()
	if e == nil || !p.at(DOUBLESTAR) {
		return e
	}
	if !p.enter() {
		return nil
	}
	defer p.leave()
	p.next()
	right := p.factor()
	if right == nil {
		if p.err == nil {
			p.syntaxError()
		}
		return nil
	}
	return &BinOp{Pos: p.posFrom(start), Left: e, Op: Pow, Right: right}
}

// awaitPrimary parses an optional await before a primary.
//
//	await_primary: AWAIT primary | primary
func (p *parser) awaitPrimary() Expr {
	if !p.at(AWAIT) {
		return p.primary()
	}
	start := p.next().start
	v := p.primary()
	if v == nil {
		return nil
	}
	return &Await{Pos: p.posFrom(start), Value: v}
}

// yieldExpr parses a yield expression.
//
//	yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	start := p.next().start
	if p.accept(FROM) {
		v := p.expression()
		if v == nil {
			return nil
		}
		return &YieldFrom{Pos: p.posFrom(start), Value: v}
	}
	var v Expr
	if p.startsExpr() {
		if v = p.starExpressions(); v == nil {
			return nil
		}
	}
	return &Yield{Pos: p.posFrom(start), Value: v}
}

// lambdef parses a lambda expression.
//
//	lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) lambdef() Expr {
	start := p.next().start
	args := p.parameters(COLON)
	if p.err != nil {
		return nil
	}
	p.expect(COLON)
	body := p.expression()
	if body == nil {
		return nil
	}
	return &Lambda{Pos: p.posFrom(start), Args: args, Body: body}
}

// isSoftKeyword reports whether CPython 3.11's SOFT_KEYWORD token test
// accepts name. That test compares only len(name) bytes, so every prefix
// of "match" and "case" (such as "m" or "ca") counts, as well as "_".
func isSoftKeyword(name string) bool {
	return strings.HasPrefix("match", name) || strings.HasPrefix("case", name) ||
		strings.HasPrefix("_", name)
}
