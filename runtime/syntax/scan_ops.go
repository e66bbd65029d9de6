package syntax

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// operators maps operator spellings to tokens, longest first in lookup.
var operators = map[string]Token{
	"(": LPAR, ")": RPAR, "[": LSQB, "]": RSQB, "{": LBRACE, "}": RBRACE,
	":": COLON, ",": COMMA, ";": SEMI, "+": PLUS, "-": MINUS, "*": STAR,
	"/": SLASH, "|": VBAR, "&": AMPER, "<": LESS, ">": GREATER, "=": EQUAL,
	".": DOT, "%": PERCENT, "==": EQEQUAL, "!=": NOTEQUAL, "<=": LESSEQUAL,
	">=": GREATEREQUAL, "~": TILDE, "^": CIRCUMFLEX, "<<": LEFTSHIFT,
	">>": RIGHTSHIFT, "**": DOUBLESTAR, "+=": PLUSEQUAL, "-=": MINEQUAL,
	"*=": STAREQUAL, "/=": SLASHEQUAL, "%=": PERCENTEQUAL, "&=": AMPEREQUAL,
	"|=": VBAREQUAL, "^=": CIRCUMFLEXEQUAL, "<<=": LEFTSHIFTEQUAL,
	">>=": RIGHTSHIFTEQUAL, "**=": DOUBLESTAREQUAL, "//": DOUBLESLASH,
	"//=": DOUBLESLASHEQUAL, "@": AT, "@=": ATEQUAL, "->": RARROW,
	"...": ELLIPSIS, ":=": COLONEQUAL,
}

// operator scans an operator or delimiter, or reports a bad character.
func (s *scanner) operator() {
	start := s.here()
	for n := 3; n >= 1; n-- {
		if s.pos+n > len(s.src) {
			continue
		}
		tok, ok := operators[string(s.src[s.pos:s.pos+n])]
		if !ok {
			continue
		}
		c := s.src[s.pos]
		switch tok {
		case LPAR, LSQB, LBRACE:
			if !s.openBracket(c) {
				return
			}
		case RPAR, RSQB, RBRACE:
			if !s.closeBracket(c) {
				return
			}
		}
		s.pos += n
		s.emit(tok, start, s.here(), "")
		return
	}
	c := s.src[s.pos]
	if c < ' ' || c == 0x7f {
		off := s.charOffset(s.pos-s.lineStart) + 1
		s.fail(&scanError{kind: kindSyntax, msg: fmt.Sprintf("invalid non-printable character U+%04X", c),
			line: s.line, offset: off, endLine: s.line, endOffset: off, overrides: true})
		return
	}
	// '!', '$', '?' and '`' are tokens no grammar rule accepts: CPython
	// reports them as plain "invalid syntax" from the parser.
	s.pos++
	s.emit(ILLEGAL, start, s.here(), string(c))
}

// isIdentStart reports whether byte c may start a NAME; every non-ASCII
// byte may, and the identifier is validated once complete, as CPython does.
func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

// isXIDStart and isXIDContinue approximate Unicode's XID_Start and
// XID_Continue with the categories Go's unicode package provides.
func isXIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) ||
		unicode.Is(unicode.Other_ID_Start, r)
}

func isXIDContinue(r rune) bool {
	return isXIDStart(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Nd, r) ||
		unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)
}

// stringPrefixes are the valid string prefixes, lower-cased.
var stringPrefixes = map[string]bool{
	"r": true, "u": true, "b": true, "br": true, "rb": true,
	"f": true, "fr": true, "rf": true,
}

// identifierOrString scans a NAME, a keyword, or a prefixed string.
func (s *scanner) identifierOrString() {
	startPos := s.pos
	start := s.here()
	for s.pos < len(s.src) && isIdentChar(s.src[s.pos]) {
		s.pos++
	}
	text := string(s.src[startPos:s.pos])
	if s.pos < len(s.src) && (s.src[s.pos] == '\'' || s.src[s.pos] == '"') && len(text) <= 2 {
		lower := []byte(text)
		for i, c := range lower {
			if c >= 'A' && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		if stringPrefixes[string(lower)] {
			s.str(startPos)
			return
		}
	}
	if !s.validIdentifier(text, startPos) {
		return
	}
	if kw, ok := keywords[text]; ok {
		s.emit(kw, start, s.here(), text)
		return
	}
	s.emit(NAME, start, s.here(), text)
}

// validIdentifier checks the non-ASCII characters of an identifier and
// reports the first character that cannot appear in one.
func (s *scanner) validIdentifier(text string, startPos int) bool {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		ok := r != utf8.RuneError && (i == 0 && isXIDStart(r) || i > 0 && isXIDContinue(r))
		if r < utf8.RuneSelf {
			ok = true
			if i == 0 && r >= '0' && r <= '9' {
				ok = false
			}
		}
		if !ok {
			col := startPos + i - s.lineStart
			off := s.charOffset(col) + 1
			msg := fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)
			if !unicode.IsPrint(r) {
				msg = fmt.Sprintf("invalid non-printable character U+%04X", r)
			}
			s.fail(&scanError{kind: kindSyntax, msg: msg, line: s.line, offset: off,
				endLine: s.line, endOffset: off, overrides: true})
			return false
		}
		i += n
	}
	return true
}
