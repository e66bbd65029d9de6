package syntax

import "unicode/utf8"

// This file turns token and node positions into CPython's SyntaxError
// locations, and decides which error wins when the scanner and the
// parser both found one.

// charOffset converts a byte column of a line into CPython's 1-based
// character offset.
func (p *parser) charOffset(line, col int) int {
	if line < 1 || line > len(p.lines) {
		return col + 1
	}
	l := p.lines[line-1]
	if col > len(l) {
		return utf8.RuneCount(l) + 1 + (col - len(l))
	}
	if col < 0 {
		return col + 1
	}
	return utf8.RuneCount(l[:col]) + 1
}

func (p *parser) lineText(line int) string {
	if line >= 1 && line <= len(p.lines) {
		return string(p.lines[line-1])
	}
	return ""
}

// newError builds an error from final offsets.
func (p *parser) newError(kind, msg string, line, offset, endLine, endOffset int) *Error {
	if line < 1 {
		line = 1
	}
	return &Error{Kind: kind, Msg: msg, Filename: p.filename, Line: line, Offset: offset,
		EndLine: endLine, EndOffset: endOffset, Text: p.lineText(line)}
}

// setError records the error of one of CPython's invalid_ rules. Like
// CPython, the parser reports those only in its second pass; the first
// pass just fails there with a generic error (see Parse).
func (p *parser) setError(e *Error) {
	if p.err != nil {
		return
	}
	if !p.second {
		p.syntaxError()
		return
	}
	p.err = e
	p.errGen = false
}

// setFinalError records an error that CPython raises as soon as it is
// found, in either pass (forced tokens, literal values, limits).
func (p *parser) setFinalError(e *Error) {
	if p.err == nil {
		p.err = e
		p.errGen = false
		p.errFinal = true
	}
}

// finalAtToken reports a final error at token t.
func (p *parser) finalAtToken(t *token, msg string) {
	l, o, el, eo := p.tokenLocation(t, false)
	p.setFinalError(p.newError(kindSyntax, msg, l, o, el, eo))
}

// finalRange reports a final error spanning two byte positions.
func (p *parser) finalRange(msg string, sl, sc, el, ec int) {
	p.setFinalError(p.newError(kindSyntax, msg, sl, p.charOffset(sl, sc), el, p.charOffset(el, ec)))
}

// errorRange reports msg spanning two byte positions.
func (p *parser) errorRange(msg string, sl, sc, el, ec int) {
	p.setError(p.newError(kindSyntax, msg, sl, p.charOffset(sl, sc), el, p.charOffset(el, ec)))
}

// errorAtNode reports msg at node n (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
func (p *parser) errorAtNode(n Positioned, msg string) {
	pos := n.Position()
	p.errorRange(msg, pos.Lineno, pos.ColOffset, pos.EndLineno, pos.EndColOffset)
}

// errorNodes reports msg from the start of a to the end of b
// (RAISE_SYNTAX_ERROR_KNOWN_RANGE).
func (p *parser) errorNodes(a, b Positioned, msg string) {
	pa, pb := a.Position(), b.Position()
	p.errorRange(msg, pa.Lineno, pa.ColOffset, pb.EndLineno, pb.EndColOffset)
}

// errorNodeToken reports msg from the start of a to the end of token t.
func (p *parser) errorNodeToken(a Positioned, t *token, msg string) {
	pa := a.Position()
	p.errorRange(msg, pa.Lineno, pa.ColOffset, t.end.line, t.end.col)
}

// errorTokens reports msg from the start of a to the end of b.
func (p *parser) errorTokens(a, b *token, msg string) {
	p.errorRange(msg, a.start.line, a.start.col, b.end.line, b.end.col)
}

// tokenLocation returns CPython's error location for token t. Tokens
// without a column in CPython (INDENT, DEDENT, ENDMARKER) point where its
// tokenizer stood: after the indentation, or after the last line; known
// (token-located) errors at the end of input point at column 0 instead.
func (p *parser) tokenLocation(t *token, known bool) (line, off, endLine, endOff int) {
	switch {
	case t.kind == EOF || t.kind == DEDENT && t.start.line > len(p.lines):
		n := len(p.lines)
		if n == 0 {
			n = 1
		}
		if known {
			return n, 0, n, 0
		}
		return n, utf8.RuneCount(p.lines[n-1]), n, -1
	case t.kind == INDENT || t.kind == DEDENT:
		return t.end.line, p.charOffset(t.end.line, t.end.col) - 1, t.end.line, -1
	}
	return t.start.line, p.charOffset(t.start.line, t.start.col),
		t.end.line, p.charOffset(t.end.line, t.end.col)
}

// errorAtToken reports a SyntaxError at token t.
func (p *parser) errorAtToken(t *token, msg string) {
	l, o, el, eo := p.tokenLocation(t, true)
	p.setError(p.newError(kindSyntax, msg, l, o, el, eo))
}

// lastToken is the furthest token examined, where CPython reports errors
// raised without a location.
func (p *parser) lastToken() *token {
	if p.maxSeen >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	return &p.toks[p.maxSeen]
}

// errorHere reports msg at the furthest token examined
// (RAISE_SYNTAX_ERROR).
func (p *parser) errorHere(msg string) {
	if p.err == nil {
		l, o, el, eo := p.tokenLocation(p.lastToken(), false)
		p.setError(p.newError(kindSyntax, msg, l, o, el, eo))
	}
}

// indentError reports an IndentationError at the furthest token
// examined (RAISE_INDENTATION_ERROR).
func (p *parser) indentError(msg string) {
	if p.err != nil {
		return
	}
	l, o, el, eo := p.tokenLocation(p.lastToken(), false)
	p.setError(p.newError(kindIndentation, msg, l, o, el, eo))
}

// syntaxError reports the generic "invalid syntax" at the furthest token
// examined, or CPython's indentation errors when that token is an INDENT
// or DEDENT.
func (p *parser) syntaxError() {
	if p.err != nil {
		return
	}
	t := p.lastToken()
	if t.kind == ERRORTOKEN {
		p.setScanError(t.err)
		return
	}
	l, o, el, eo := p.tokenLocation(t, true)
	switch {
	case t.kind == INDENT:
		p.err = p.newError(kindIndentation, "unexpected indent", l, o, el, eo)
	case t.kind == DEDENT && t.start.line <= len(p.lines):
		p.err = p.newError(kindIndentation, "unexpected unindent", l, o, el, eo)
	default:
		p.err = p.newError(kindSyntax, "invalid syntax", l, o, el, eo)
	}
	p.errGen = true
}

// setScanError raises the scanner's error.
func (p *parser) setScanError(se *scanError) {
	if p.err != nil {
		return
	}
	p.err = p.newError(se.kind, se.msg, se.line, se.offset, se.endLine, se.endOffset)
	p.errFinal = true
	p.errScan = true
}

// finalError applies CPython's precedence between a parse error and a
// scanning error further on that the parser never reached: errors its
// tokenizer raises itself win, and so does an unclosed bracket opened on
// a line before the last token the parser read (lastLine). Indentation
// errors from the generic path ("unexpected indent") are left alone, as
// in CPython.
func (p *parser) finalError(e *Error, fromScan bool, lastLine int) *Error {
	se := p.scanErr
	if e == nil || se == nil || fromScan {
		return e
	}
	if e.Msg == "unexpected indent" || e.Msg == "unexpected unindent" {
		return e
	}
	if se.overrides {
		return p.newError(se.kind, se.msg, se.line, se.offset, se.endLine, se.endOffset)
	}
	if b := se.open; b != nil && lastLine > b.line {
		return p.newError(kindSyntax, "'"+string(b.ch)+"' was never closed", b.line, b.off, b.line, 0)
	}
	return e
}
