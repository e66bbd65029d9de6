package syntax

import "fmt"

// This file scans the extent of number and string literals. Their values
// are computed by the parser (number.go, strlit.go), because CPython
// reports value errors (bad escapes) from the parser, not the tokenizer.

// numCursor reads a number the way CPython's tokenizer does, so that the
// error offsets (which are wherever its read cursor stands) agree.
type numCursor struct {
	s *scanner
	p int // index of the next byte to read
}

func (n *numCursor) next() byte {
	var c byte
	if n.p < len(n.s.src) {
		c = n.s.src[n.p]
	}
	n.p++
	return c
}

func (n *numCursor) backup() { n.p-- }

func (n *numCursor) fail(msg string) bool {
	n.s.failHere(msg, n.p)
	return false
}

func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// lookahead reports whether the bytes at the cursor spell word.
func (n *numCursor) lookahead(word string) bool {
	for i := 0; i < len(word); i++ {
		if n.p+i >= len(n.s.src) || n.s.src[n.p+i] != word[i] {
			return false
		}
	}
	return true
}

// endOfNumber checks the byte c just read after a number: a letter may
// follow only if it starts one of the keywords that can follow a number
// in valid code ("1if x else y"); CPython warns there and errs otherwise.
func (n *numCursor) endOfNumber(c byte, kind string) bool {
	ok := false
	switch c {
	case 'a':
		ok = n.lookahead("nd")
	case 'e':
		ok = n.lookahead("lse")
	case 'f':
		ok = n.lookahead("or")
	case 'i':
		c2 := n.s.peekAt(n.p)
		ok = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		ok = n.lookahead("r")
	case 'n':
		ok = n.lookahead("ot")
	}
	if !ok && isIdentChar(c) {
		n.backup()
		return n.fail("invalid " + kind + " literal")
	}
	return true
}

func (s *scanner) peekAt(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// decimalTail reads digits and single underscores after a first digit
// and returns the byte after them (0 on error).
func (n *numCursor) decimalTail() (byte, bool) {
	for {
		c := n.next()
		for isDigit(c) {
			c = n.next()
		}
		if c != '_' {
			return c, true
		}
		c = n.next()
		if !isDigit(c) {
			n.backup()
			return 0, n.fail("invalid decimal literal")
		}
	}
}

// radixDigits reads the digits of a 0x, 0o or 0b literal.
func (n *numCursor) radixDigits(kind string, ok func(byte) bool) bool {
	c := n.next()
	for {
		if c == '_' {
			c = n.next()
		}
		if !ok(c) {
			if kind != "hexadecimal" && isDigit(c) {
				return n.fail(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
			}
			n.backup()
			return n.fail("invalid " + kind + " literal")
		}
		for ok(c) {
			c = n.next()
		}
		if c != '_' {
			break
		}
	}
	if kind != "hexadecimal" && isDigit(c) {
		return n.fail(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
	}
	if !n.endOfNumber(c, kind) {
		return false
	}
	n.backup()
	return true
}

// number scans a numeric literal.
func (s *scanner) number() {
	start := s.here()
	startPos := s.pos
	n := &numCursor{s: s, p: s.pos}
	if !n.scanNumber() {
		return
	}
	s.pos = n.p
	s.emit(NUMBER, start, s.here(), string(s.src[startPos:s.pos]))
}

func (n *numCursor) scanNumber() bool {
	c := n.next()
	if c == '.' {
		c = n.next()
		return n.fraction(c)
	}
	if c == '0' {
		c = n.next()
		switch c {
		case 'x', 'X':
			return n.radixDigits("hexadecimal", isHexDigit)
		case 'o', 'O':
			return n.radixDigits("octal", func(c byte) bool { return c >= '0' && c <= '7' })
		case 'b', 'B':
			return n.radixDigits("binary", func(c byte) bool { return c == '0' || c == '1' })
		}
		nonzero := false
		for {
			if c == '_' {
				c = n.next()
				if !isDigit(c) {
					n.backup()
					return n.fail("invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			c = n.next()
		}
		zerosEnd := n.p
		if isDigit(c) {
			nonzero = true
			var ok bool
			if c, ok = n.decimalTail(); !ok {
				return false
			}
		}
		switch {
		case c == '.':
			return n.fraction(n.next())
		case c == 'e' || c == 'E':
			return n.exponent()
		case c == 'j' || c == 'J':
			return n.imaginary()
		case nonzero:
			s := n.s
			s.fail(&scanError{kind: kindSyntax,
				msg:  "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
				line: s.line, offset: s.charOffset(s.pos-s.lineStart) + 1,
				endLine: s.line, endOffset: s.charOffset(zerosEnd - s.lineStart), overrides: true})
			return false
		}
		return n.finish(c)
	}
	c, ok := n.decimalTail()
	if !ok {
		return false
	}
	if c == '.' {
		return n.fraction(n.next())
	}
	return n.afterFraction(c)
}

// fraction continues after the decimal point; c is the byte after it.
func (n *numCursor) fraction(c byte) bool {
	if isDigit(c) {
		var ok bool
		if c, ok = n.decimalTail(); !ok {
			return false
		}
	}
	return n.afterFraction(c)
}

func (n *numCursor) afterFraction(c byte) bool {
	switch c {
	case 'e', 'E':
		return n.exponent()
	case 'j', 'J':
		return n.imaginary()
	}
	return n.finish(c)
}

// exponent continues after 'e' or 'E'.
func (n *numCursor) exponent() bool {
	e := n.s.src[n.p-1]
	c := n.next()
	if c == '+' || c == '-' {
		c = n.next()
		if !isDigit(c) {
			n.backup()
			return n.fail("invalid decimal literal")
		}
	} else if !isDigit(c) {
		n.backup()
		if !n.endOfNumber(e, "decimal") {
			return false
		}
		n.backup() // the number ends before the 'e'
		return true
	}
	c, ok := n.decimalTail()
	if !ok {
		return false
	}
	if c == 'j' || c == 'J' {
		return n.imaginary()
	}
	return n.finish(c)
}

func (n *numCursor) imaginary() bool {
	c := n.next()
	if !n.endOfNumber(c, "imaginary") {
		return false
	}
	n.backup()
	return true
}

func (n *numCursor) finish(c byte) bool {
	if !n.endOfNumber(c, "decimal") {
		return false
	}
	n.backup()
	return true
}

// str scans a string literal whose prefix starts at startPos; s.pos is
// at the opening quote.
func (s *scanner) str(startPos int) {
	startLine := s.line
	startCol := startPos - s.lineStart
	startOff := s.charOffset(startCol) + 1
	quote := s.src[s.pos]
	triple := s.peekByte(1) == quote && s.peekByte(2) == quote
	if triple {
		s.pos += 3
	} else {
		s.pos++
	}
	for {
		if s.pos >= len(s.src) {
			// A single-quoted string gets here through a final
			// backslash-newline.
			what := "string literal"
			if triple {
				what = "triple-quoted string literal"
			}
			s.fail(&scanError{kind: kindSyntax,
				msg:  fmt.Sprintf("unterminated %s (detected at line %d)", what, s.line-1),
				line: startLine, offset: startOff, endLine: startLine, endOffset: startOff, overrides: true})
			return
		}
		c := s.src[s.pos]
		switch {
		case c == '\\':
			s.pos++
			if s.src[s.pos] == '\n' {
				s.line++
				s.lineStart = s.pos + 1
			}
			s.pos++
			continue
		case c == '\n':
			if !triple {
				s.fail(&scanError{kind: kindSyntax,
					msg:  fmt.Sprintf("unterminated string literal (detected at line %d)", s.line),
					line: startLine, offset: startOff, endLine: startLine, endOffset: startOff, overrides: true})
				return
			}
			s.line++
			s.lineStart = s.pos + 1
		case c == quote:
			if !triple {
				s.pos++
				s.emitString(startPos, startLine, startCol)
				return
			}
			if s.peekByte(1) == quote && s.peekByte(2) == quote {
				s.pos += 3
				s.emitString(startPos, startLine, startCol)
				return
			}
		}
		s.pos++
	}
}

func (s *scanner) emitString(startPos, startLine, startCol int) {
	s.emit(STRING, position{startLine, startCol}, s.here(), string(s.src[startPos:s.pos]))
}
