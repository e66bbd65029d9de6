package syntax

import (
	"fmt"
	"unicode/utf8"
)

// Limits of the tokenizer, as in CPython.
const (
	maxIndent = 100 // indentation levels ("too many levels of indentation")
	maxLevel  = 200 // open brackets ("too many nested parentheses")
)

// scanError is an error found by the scanner. Offsets are final
// SyntaxError values (1-based characters, or CPython's 0/-1 quirks).
type scanError struct {
	kind               string
	msg                string
	line, offset       int
	endLine, endOffset int
	// overrides is set for the errors CPython's tokenizer raises itself:
	// they win even over a parse error found earlier in the file.
	overrides bool
	// open is the innermost bracket still open where the error was
	// found, if any: CPython may report it as never closed instead.
	open *bracket
}

// bracket is an open bracket awaiting its partner.
type bracket struct {
	ch        byte
	line, col int
	off       int // 1-based character offset of the bracket
}

// scanner turns normalized source into tokens; see the package doc.
type scanner struct {
	src       []byte // newlines normalized to \n, ending in \n
	pos       int
	line      int // current line, 1-based
	lineStart int // offset of the current line

	indents    []int // indentation columns (tabs to multiples of 8)
	altIndents []int // the same with tabs as width 1, for TabError
	brackets   []bracket
	atBOL      bool // at the beginning of a logical line

	toks []token
	err  *scanError
}

// scan tokenizes src (already normalized). The result always ends with
// EOF or ERRORTOKEN.
func scan(src []byte) []token {
	s := &scanner{src: src, line: 1, indents: []int{0}, altIndents: []int{0}, atBOL: true,
		toks: make([]token, 0, len(src)/6+16)}
	s.run()
	return s.toks
}

func (s *scanner) run() {
	for s.err == nil {
		if s.atBOL {
			s.atBOL = false
			if len(s.brackets) == 0 {
				s.indentation()
			}
		}
		s.skipSpace()
		if s.pos >= len(s.src) {
			s.finish()
			return
		}
		c := s.src[s.pos]
		switch {
		case c == '#':
			// CPython's NEWLINE token starts where a comment before it
			// starts.
			commentStart := s.here()
			for s.src[s.pos] != '\n' {
				s.pos++
			}
			s.lineEnd(&commentStart)
		case c == '\n':
			s.lineEnd(nil)
		case c == '\\':
			s.continuation()
		case isIdentStart(c):
			s.identifierOrString()
		case c >= '0' && c <= '9' || c == '.' && s.peekByte(1) >= '0' && s.peekByte(1) <= '9':
			s.number()
		case c == '\'' || c == '"':
			s.str(s.pos)
		default:
			s.operator()
		}
	}
}

// peekByte returns the byte k places ahead, or 0.
func (s *scanner) peekByte(k int) byte {
	if s.pos+k < len(s.src) {
		return s.src[s.pos+k]
	}
	return 0
}

func (s *scanner) here() position { return position{s.line, s.pos - s.lineStart} }

func (s *scanner) emit(kind Token, start, end position, text string) {
	s.toks = append(s.toks, token{kind: kind, start: start, end: end, text: text, level: len(s.brackets)})
}

// newline consumes the '\n' at s.pos.
func (s *scanner) newline() {
	s.pos++
	s.line++
	s.lineStart = s.pos
	s.atBOL = true
}

// lineEnd handles the '\n' at s.pos: a NEWLINE token if the logical
// line had tokens and no bracket is open.
func (s *scanner) lineEnd(start *position) {
	if len(s.brackets) == 0 && s.lineHasTokens() {
		p := s.here()
		if start == nil {
			start = &p
		}
		s.emit(NEWLINE, *start, p, "")
	}
	s.newline()
}

// lineHasTokens reports whether the current logical line produced a
// token, so that blank lines and comment lines yield no NEWLINE.
func (s *scanner) lineHasTokens() bool {
	n := len(s.toks)
	return n > 0 && s.toks[n-1].kind != NEWLINE && s.toks[n-1].kind != INDENT &&
		s.toks[n-1].kind != DEDENT
}

func (s *scanner) skipSpace() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\f':
			s.pos++
		default:
			return
		}
	}
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens; blank and comment-only lines leave the stack alone.
func (s *scanner) indentation() {
	col, alt := 0, 0
	for ; s.pos < len(s.src); s.pos++ {
		switch s.src[s.pos] {
		case ' ':
			col++
			alt++
			continue
		case '\t':
			col = (col/8 + 1) * 8
			alt++
			continue
		case '\f':
			col, alt = 0, 0
			continue
		}
		break
	}
	if s.pos >= len(s.src) {
		return
	}
	if c := s.src[s.pos]; c == '#' || c == '\n' {
		// Blank and comment-only lines do not change the indentation.
		return
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			s.tabError()
			return
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent+1 {
			s.fail(&scanError{kind: kindIndentation, msg: "too many levels of indentation",
				line: s.line, offset: 1, endLine: s.line, endOffset: 0})
			return
		}
		if alt <= s.altIndents[top] {
			s.tabError()
			return
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.emit(INDENT, position{s.line, 0}, s.here(), "")
	default:
		// Find the level first: on a mismatch CPython's tokenizer fails
		// before producing any DEDENT.
		level := top
		for level > 0 && col < s.indents[level] {
			level--
		}
		if col != s.indents[level] {
			s.fail(&scanError{kind: kindIndentation,
				msg:  "unindent does not match any outer indentation level",
				line: s.line, offset: s.lineLen(), endLine: s.line, endOffset: -1})
			return
		}
		if alt != s.altIndents[level] {
			s.tabError()
			return
		}
		for ; top > level; top-- {
			s.emit(DEDENT, s.here(), s.here(), "")
		}
		s.indents = s.indents[:level+1]
		s.altIndents = s.altIndents[:level+1]
	}
}

func (s *scanner) tabError() {
	s.fail(&scanError{kind: kindTab, msg: "inconsistent use of tabs and spaces in indentation",
		line: s.line, offset: 1, endLine: s.line, endOffset: 0})
}

// lineLen returns the length in characters of the current line including
// its newline, which is where CPython points errors found at a line end.
func (s *scanner) lineLen() int {
	end := s.lineStart
	for end < len(s.src) && s.src[end] != '\n' {
		end++
	}
	return utf8.RuneCount(s.src[s.lineStart:end]) + 1
}

// charOffset converts a byte column of the current line to a 0-based
// character index.
func (s *scanner) charOffset(col int) int {
	end := s.lineStart + col
	if end > len(s.src) {
		end = len(s.src)
	}
	return utf8.RuneCount(s.src[s.lineStart:end])
}

// fail records err and ends scanning with an ERRORTOKEN.
func (s *scanner) fail(err *scanError) {
	if s.err != nil {
		return
	}
	s.err = err
	if n := len(s.brackets); n > 0 {
		b := s.brackets[n-1]
		err.open = &b
	}
	p := s.here()
	s.toks = append(s.toks, token{kind: ERRORTOKEN, start: p, end: p, err: err})
}

// failHere reports a tokenizer error CPython raises at its read cursor:
// offset = characters consumed on the line so far.
func (s *scanner) failHere(msg string, pos int) {
	off := s.charOffset(pos - s.lineStart)
	s.fail(&scanError{kind: kindSyntax, msg: msg, line: s.line, offset: off,
		endLine: s.line, endOffset: off, overrides: true})
}

// finish emits the tokens at the end of input.
func (s *scanner) finish() {
	if n := len(s.brackets); n > 0 {
		b := s.brackets[n-1]
		s.fail(&scanError{kind: kindSyntax, msg: fmt.Sprintf("'%c' was never closed", b.ch),
			line: b.line, offset: b.off, endLine: b.line, endOffset: 0})
		return
	}
	// End of input is reported on the last line, as CPython does.
	p := position{s.line, 0}
	for range s.indents[1:] {
		s.emit(DEDENT, p, p, "")
	}
	s.emit(EOF, p, p, "")
}

// continuation handles a backslash outside strings.
func (s *scanner) continuation() {
	next := s.peekByte(1)
	if next != '\n' {
		s.fail(&scanError{kind: kindSyntax,
			msg:  "unexpected character after line continuation character",
			line: s.line, offset: s.charOffset(s.pos-s.lineStart) + 2, endLine: s.line, endOffset: 0})
		return
	}
	if s.pos+2 >= len(s.src) {
		s.fail(&scanError{kind: kindSyntax, msg: "unexpected EOF while parsing",
			line: s.line, offset: s.lineLen(), endLine: s.line, endOffset: -1})
		return
	}
	s.pos++
	s.line++
	s.lineStart = s.pos + 1
	s.pos++
}

// openBracket and closeBracket keep the bracket stack.
func (s *scanner) openBracket(c byte) bool {
	if len(s.brackets) >= maxLevel {
		s.failHere("too many nested parentheses", s.pos+1)
		return false
	}
	col := s.pos - s.lineStart
	s.brackets = append(s.brackets, bracket{c, s.line, col, s.charOffset(col) + 1})
	return true
}

func (s *scanner) closeBracket(c byte) bool {
	n := len(s.brackets)
	if n == 0 {
		s.failHere(fmt.Sprintf("unmatched '%c'", c), s.pos+1)
		return false
	}
	open := s.brackets[n-1]
	if closerOf(open.ch) != c {
		msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		if open.line != s.line {
			msg += fmt.Sprintf(" on line %d", open.line)
		}
		s.failHere(msg, s.pos+1)
		return false
	}
	s.brackets = s.brackets[:n-1]
	return true
}

// closerOf returns the closing bracket matching open.
func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}
