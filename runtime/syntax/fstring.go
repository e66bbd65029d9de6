package syntax

import (
	"fmt"
	"strings"
)

// This file builds string constants and f-strings from adjacent STRING
// tokens, following CPython 3.11, where the tokenizer sees an f-string
// as one STRING token and the parser splits it afterwards.

// strings parses adjacent string literals and concatenates them.
//
//	strings: STRING+
func (p *parser) strings() Expr {
	first := p.tok()
	var toks []strToken
	for p.at(STRING) {
		toks = append(toks, splitString(p.next()))
	}
	last := p.prev()
	pos := Pos{first.start.line, first.start.col, last.end.line, last.end.col}
	nBytes, hasF := 0, false
	for _, st := range toks {
		if st.bytes {
			nBytes++
		}
		hasF = hasF || st.f
	}
	if nBytes != 0 && nBytes != len(toks) {
		p.finalHere("cannot mix bytes and nonbytes literals")
		return nil
	}
	kind := ""
	if toks[0].u {
		kind = "u"
	}
	if nBytes > 0 {
		var b strings.Builder
		for _, st := range toks {
			v, ok := p.literalValue(st)
			if !ok {
				return nil
			}
			b.WriteString(v)
		}
		return &Constant{Pos: pos, Value: Bytes(b.String())}
	}
	if !hasF {
		var b strings.Builder
		for _, st := range toks {
			v, ok := p.literalValue(st)
			if !ok {
				return nil
			}
			b.WriteString(v)
		}
		return &Constant{Pos: pos, Value: b.String(), Kind: kind}
	}
	f := &fstringBuilder{p: p, pos: pos, kind: kind, values: []Expr{}}
	for _, st := range toks {
		if !st.f {
			v, ok := p.literalValue(st)
			if !ok {
				return nil
			}
			f.lit.WriteString(v)
			continue
		}
		if _, ok := f.parse(st, 0, 0); !ok {
			return nil
		}
	}
	f.flush()
	return &JoinedStr{Pos: pos, Values: f.values}
}

// finalHere reports a final error at the furthest token examined
// (CPython's RAISE_SYNTAX_ERROR from a rule action).
func (p *parser) finalHere(msg string) {
	l, o, el, eo := p.tokenLocation(p.lastToken(), false)
	p.setFinalError(p.newError(kindSyntax, msg, l, o, el, eo))
}

// literalValue decodes one plain (non-f) string or bytes literal.
func (p *parser) literalValue(st strToken) (string, bool) {
	if st.bytes {
		for i := 0; i < len(st.body); i++ {
			if st.body[i] >= 0x80 {
				p.finalAtToken(st.tok, "bytes can only contain ASCII literal characters")
				return "", false
			}
		}
	}
	if st.raw {
		return st.body, true
	}
	v, err := decodeEscapes(st.body, st.bytes)
	if err != nil {
		p.finalHere(err.message())
		return "", false
	}
	return v, true
}

// fstringBuilder collects the values of a JoinedStr: literal text is
// accumulated in lit and flushed as one Constant before each field.
type fstringBuilder struct {
	p      *parser
	pos    Pos // the whole concatenation; CPython gives it to every part
	kind   string
	lit    strings.Builder
	values []Expr
}

func (f *fstringBuilder) flush() {
	if f.lit.Len() > 0 {
		f.values = append(f.values, &Constant{Pos: f.pos, Value: f.lit.String(), Kind: f.kind})
		f.lit.Reset()
	}
}

func (f *fstringBuilder) fail(msg string) (int, bool) {
	f.p.finalHere(msg)
	return 0, false
}

// parse reads literal text and replacement fields of st's body from i.
// At level 0 it reads the whole body; inside a format spec (level 1) it
// stops at the '}' closing the field and returns its index.
func (f *fstringBuilder) parse(st strToken, i, level int) (int, bool) {
	s := st.body
	for i < len(s) {
		start := i
		for i < len(s) && s[i] != '{' && s[i] != '}' {
			if s[i] == '\\' && !st.raw && i+1 < len(s) {
				if s[i+1] == 'N' && i+2 < len(s) && s[i+2] == '{' {
					if end := strings.IndexByte(s[i:], '}'); end > 0 {
						i += end + 1
						continue
					}
				}
				i += 2
				continue
			}
			i++
		}
		if i > start {
			chunk := s[start:i]
			if !st.raw {
				v, err := decodeEscapes(chunk, false)
				if err != nil {
					return f.fail(err.message())
				}
				chunk = v
			}
			f.lit.WriteString(chunk)
		}
		if i >= len(s) {
			break
		}
		if s[i] == '}' {
			if level > 0 {
				return i, true
			}
			if i+1 < len(s) && s[i+1] == '}' {
				f.lit.WriteByte('}')
				i += 2
				continue
			}
			return f.fail("f-string: single '}' is not allowed")
		}
		if level == 0 && i+1 < len(s) && s[i+1] == '{' {
			f.lit.WriteByte('{')
			i += 2
			continue
		}
		var ok bool
		if i, ok = f.field(st, i, level); !ok {
			return 0, false
		}
	}
	return i, true
}

// field parses one replacement field; brace is the index of its '{'.
func (f *fstringBuilder) field(st strToken, brace, level int) (int, bool) {
	s := st.body
	if level >= 2 {
		return f.fail("f-string: expressions nested too deeply")
	}
	i := brace + 1
	exprStart := i
	var stack []byte
	var quote byte
	triple := false
scan:
	for i < len(s) {
		ch := s[i]
		if ch == '\\' {
			return f.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if !triple {
					quote = 0
				} else if i+2 < len(s) && s[i+1] == quote && s[i+2] == quote {
					quote = 0
					i += 2
				}
			}
			i++
			continue
		}
		switch ch {
		case '\'', '"':
			quote = ch
			triple = i+2 < len(s) && s[i+1] == ch && s[i+2] == ch
			if triple {
				i += 2
			}
		case '[', '(', '{':
			if len(stack) >= maxLevel {
				return f.fail("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case ']', ')', '}':
			if ch == '}' && len(stack) == 0 {
				break scan
			}
			if len(stack) == 0 {
				return f.fail(fmt.Sprintf("f-string: unmatched '%c'", ch))
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if closerOf(open) != ch {
				return f.fail(fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open))
			}
		case '#':
			return f.fail("f-string expression part cannot include '#'")
		case '=', '!', '<', '>':
			if len(stack) == 0 {
				if i+1 < len(s) && s[i+1] == '=' {
					i += 2
					continue
				}
				if ch == '=' || ch == '!' {
					break scan
				}
			}
		case ':':
			if len(stack) == 0 {
				break scan
			}
		}
		i++
	}
	if quote != 0 {
		return f.fail("f-string: unterminated string")
	}
	if len(stack) > 0 {
		return f.fail(fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1]))
	}
	if i >= len(s) {
		return f.fail("f-string: expecting '}'")
	}
	exprText := s[exprStart:i]
	if strings.TrimLeft(exprText, " \t\n\r\f\v") == "" {
		if s[i] == '}' {
			return f.fail("f-string: empty expression not allowed")
		}
		return f.fail(fmt.Sprintf("f-string: expression required before '%c'", s[i]))
	}
	value := f.p.fstringExpr(st, brace, exprText)
	if value == nil {
		return 0, false
	}
	debug := ""
	if s[i] == '=' {
		i++
		for i < len(s) && strings.IndexByte(" \t\n\r\f\v", s[i]) >= 0 {
			i++
		}
		debug = s[exprStart:i]
	}
	conversion := -1
	if i < len(s) && s[i] == '!' {
		i++
		if i >= len(s) {
			return f.fail("f-string: expecting '}'")
		}
		c := s[i]
		i++
		if c != 's' && c != 'r' && c != 'a' {
			return f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		conversion = int(c)
	}
	if i >= len(s) {
		return f.fail("f-string: expecting '}'")
	}
	var spec Expr
	if s[i] == ':' {
		sub := &fstringBuilder{p: f.p, pos: f.pos, kind: f.kind, values: []Expr{}}
		j, ok := sub.parse(st, i+1, level+1)
		if !ok {
			return 0, false
		}
		sub.flush()
		// CPython 3.11 quirk: the spec ends where the current token
		// ends, while its parts span the whole concatenation.
		specPos := Pos{f.pos.Lineno, f.pos.ColOffset, st.tok.end.line, st.tok.end.col}
		spec = &JoinedStr{Pos: specPos, Values: sub.values}
		i = j
	}
	if i >= len(s) || s[i] != '}' {
		return f.fail("f-string: expecting '}'")
	}
	i++
	if debug != "" {
		f.lit.WriteString(debug)
		if conversion == -1 && spec == nil {
			conversion = 'r'
		}
	}
	f.flush()
	f.values = append(f.values, &FormattedValue{Pos: f.pos, Value: value, Conversion: conversion, FormatSpec: spec})
	return i, true
}

// fstringExpr parses the expression of a replacement field. As CPython
// 3.11 does, it parses "(" + text + ")" on its own and then moves the
// nodes to where the text sits in the file: the column shift applies to
// the first line only. Errors keep the coordinates of the parenthesised
// text (CPython's quirk), on the field's line, prefixed "f-string: ".
func (p *parser) fstringExpr(st strToken, brace int, text string) Expr {
	tokText := st.tok.text
	braceIdx := len(tokText) - st.quoteLen - len(st.body) + brace
	lines := strings.Count(tokText[:braceIdx], "\n")
	cols := 0
	rest := tokText[braceIdx+1:]
	newlineAfterBrace := true
	for _, c := range []byte(rest) {
		if c == '}' || c == '\n' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		if k := strings.LastIndexByte(tokText[:braceIdx], '\n'); k >= 0 {
			cols = braceIdx - k - 1
		} else {
			cols = braceIdx
		}
	}
	startLine := st.tok.start.line + lines
	startCol := cols
	if lines == 0 {
		startCol += st.tok.start.col
	}
	if p.depth > maxDepth/2 {
		p.finalAtToken(st.tok, "too many nested parentheses")
		return nil
	}
	var e Expr
	tokErr, err := runPasses(p.filename, []byte("("+text+")"), p.opts, func(q *parser) {
		q.depth = p.depth + 10
		e = q.starExpressions()
		if q.err == nil && !q.at(NEWLINE) {
			q.syntaxError()
		}
	})
	if err != nil {
		se := err.(*Error)
		fe := *se
		if !tokErr && !strings.HasPrefix(fe.Msg, "f-string") {
			fe.Msg = "f-string: " + fe.Msg
		}
		fe.Line += startLine - 1
		fe.EndLine += startLine - 1
		p.setFinalError(&fe)
		return nil
	}
	shiftPositions(e, startLine-1, startCol)
	return e
}
