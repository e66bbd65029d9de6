package syntax

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Options selects the language version accepted by Parse.
type Options struct {
	// Python36 rejects syntax newer than Python 3.6 that the parser
	// otherwise accepts: assignment expressions (:=) and positional-only
	// parameters (/), with CPython 3.6's message "invalid syntax".
	Python36 bool
}

// maxDepth bounds the parser's recursion (nested expressions, blocks,
// f-strings); deeper input is a SyntaxError rather than a Go stack
// overflow. CPython 3.11 accepts somewhat deeper unary chains before its
// own MemoryError or RecursionError (its limit, from a 6000-frame parser
// stack, is about 2988 nested unary operators; ours matches that).
const maxDepth = 2990

// parser is a recursive-descent parser over a token slice.
type parser struct {
	filename string
	lines    [][]byte // source lines, each ending in '\n'
	toks     []token
	i        int // index of the current token
	maxSeen  int // furthest token index examined, for generic errors
	depth    int
	opts     Options
	err      *Error
	errGen   bool // err is a generic "invalid syntax"
	errFinal bool // err was raised outside invalid_ rules (see setFinalError)
	errScan  bool // err is the scanner's
	second   bool // second pass: report CPython's invalid_ rule errors
	peg      bool // trial parse: failed trailers and operands backtrack
	scanErr  *scanError
	eofTok   token
	parens   map[Expr]bool // expressions written in their own parentheses
}

// Parse parses a Python module. The error, if any, is an *Error.
//
// Like CPython's parser, Parse runs a second pass over the tokens when
// the first one fails on a plain syntax error: the second pass enables
// the checks that produce CPython's specific messages (its invalid_
// rules), which may fire at an earlier point of the file than the
// failure itself.
func Parse(filename string, src []byte, opts Options) (*Module, error) {
	var m *Module
	err := run(filename, src, opts, func(p *parser) { m = p.fileInput() })
	if err != nil {
		return nil, err
	}
	return m, nil
}

// ParseExpr parses a single expression, as CPython's eval mode does
// (expressions NEWLINE* ENDMARKER).
func ParseExpr(filename string, src []byte, opts Options) (Expr, error) {
	var e Expr
	err := run(filename, src, opts, func(p *parser) {
		e = p.expressions()
		for p.at(NEWLINE) {
			p.next()
		}
		if !p.at(EOF) {
			p.syntaxError()
		}
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// run drives the two passes of parse over src and picks the error.
func run(filename string, src []byte, opts Options, parse func(*parser)) error {
	_, err := runPasses(filename, src, opts, parse)
	return err
}

// runPasses is run; tokErr reports an error raised by the scanner itself
// (CPython's tokenizer), which f-strings do not prefix with "f-string: ".
func runPasses(filename string, src []byte, opts Options, parse func(*parser)) (tokErr bool, err error) {
	p, perr := newParser(filename, src, opts)
	if perr != nil {
		return true, perr
	}
	defer func() {
		if r := recover(); r != nil {
			err = &Error{Kind: kindSyntax, Msg: fmt.Sprintf("internal error: %v", r),
				Filename: filename, Line: 1, Offset: 1, EndLine: 1, EndOffset: 1}
		}
	}()
	parse(p)
	if p.err == nil {
		return false, nil
	}
	e, fromScan, lastLine := p.err, p.errScan, p.lastToken().start.line
	if !p.errFinal {
		q := &parser{filename: p.filename, lines: p.lines, toks: p.toks, opts: p.opts,
			scanErr: p.scanErr, eofTok: p.eofTok, second: true}
		parse(q)
		if q.err != nil && !q.errGen {
			e, fromScan = q.err, q.errScan
		}
		// CPython's two passes share one token buffer: what counts is
		// the furthest token either pass read.
		if l := q.lastToken().start.line; l > lastLine {
			lastLine = l
		}
	}
	fe := p.finalError(e, fromScan, lastLine)
	if fe != e || fromScan {
		tokErr = p.scanErr != nil && p.scanErr.overrides
	}
	return tokErr, fe
}

// normalize translates \r\n and \r to \n and ends the source with a
// newline, as CPython's tokenizer does for source strings.
func normalize(src []byte) []byte {
	out := make([]byte, 0, len(src)+1)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	if len(out) == 0 || out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	return out
}

func newParser(filename string, src []byte, opts Options) (*parser, error) {
	// A UTF-8 byte order mark is skipped, as CPython does.
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	norm := normalize(src)
	lines := bytes.SplitAfter(norm, []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	if i := bytes.IndexByte(norm, 0); i >= 0 {
		// CPython reports no position here (lineno None); we use the
		// first line so that every error has Line >= 1.
		return nil, &Error{Kind: kindSyntax, Msg: "source code string cannot contain null bytes",
			Filename: filename, Line: 1, Offset: 1, EndLine: 1, EndOffset: 1}
	}
	if !utf8.Valid(norm) {
		return nil, decodeError(filename, norm, lines)
	}
	p := &parser{filename: filename, lines: lines, toks: scan(norm), opts: opts}
	p.initEOF()
	return p, nil
}

// decodeError reports source that is not valid UTF-8.
func decodeError(filename string, src []byte, lines [][]byte) *Error {
	i := 0
	for i < len(src) {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	line := 1 + bytes.Count(src[:i], []byte("\n"))
	e := &Error{Kind: kindSyntax, Filename: filename, Line: line, Offset: 1, EndLine: line, EndOffset: 1,
		Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[i], i)}
	if line <= len(lines) {
		e.Text = string(lines[line-1])
	}
	return e
}

func (p *parser) initEOF() {
	last := p.toks[len(p.toks)-1]
	if last.kind == ERRORTOKEN {
		p.scanErr = last.err
	}
	p.eofTok = token{kind: EOF, start: last.start, end: last.end}
}

// tok returns the current token. Reaching the scanner's error token
// raises its error at once, as CPython's lazy tokenizer does; after any
// error every token reads as EOF so that parsing unwinds.
func (p *parser) tok() *token {
	if p.err != nil {
		return &p.eofTok
	}
	if p.i > p.maxSeen {
		p.maxSeen = p.i
	}
	t := &p.toks[p.i]
	if t.kind == ERRORTOKEN {
		p.setScanError(t.err)
		return &p.eofTok
	}
	return t
}

// peek returns the token k places after the current one.
func (p *parser) peek(k int) *token {
	if p.err != nil {
		return &p.eofTok
	}
	j := p.i + k
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	if j > p.maxSeen {
		p.maxSeen = j
	}
	t := &p.toks[j]
	if t.kind == ERRORTOKEN {
		p.setScanError(t.err)
		return &p.eofTok
	}
	return t
}

// next consumes the current token and returns it.
func (p *parser) next() *token {
	t := p.tok()
	if p.err == nil && p.i < len(p.toks)-1 {
		p.i++
	}
	return t
}

// at reports whether the current token is of kind k.
func (p *parser) at(k Token) bool { return p.tok().kind == k }

// accept consumes the current token if it is of kind k.
func (p *parser) accept(k Token) bool {
	if p.tok().kind == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or reports a generic syntax error.
func (p *parser) expect(k Token) *token {
	if p.tok().kind != k {
		p.syntaxError()
		return &p.eofTok
	}
	return p.next()
}

// expectForced consumes a token of kind k or reports "expected 'k'" at
// the current token (CPython's &&'k' forced tokens).
func (p *parser) expectForced(k Token) *token {
	t := p.tok()
	if t.kind != k {
		p.finalAtToken(t, fmt.Sprintf("expected '%s'", k))
		return &p.eofTok
	}
	return p.next()
}

// prev returns the most recently consumed token.
func (p *parser) prev() *token {
	if p.i == 0 {
		return &p.toks[0]
	}
	return &p.toks[p.i-1]
}

// enter and leave bound the recursion depth.
func (p *parser) enter() bool {
	p.depth++
	if p.depth > maxDepth {
		if p.err == nil {
			p.finalAtToken(p.tok(), "too many nested parentheses")
		}
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

// mark and reset support the few places that need backtracking.
type mark struct {
	i   int
	err *Error
	gen bool
}

func (p *parser) mark() mark { return mark{p.i, p.err, p.errGen} }

func (p *parser) reset(m mark) {
	p.i, p.err, p.errGen = m.i, m.err, m.gen
}
