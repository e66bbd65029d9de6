package syntax

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// strToken is a STRING token split into its parts.
type strToken struct {
	tok               *token
	raw, bytes, f, u  bool
	body              string // between the quotes
	bodyLine, bodyCol int    // position of the body's first byte
	quoteLen          int
}

// splitString splits the text of a STRING token.
func splitString(t *token) strToken {
	s := strToken{tok: t}
	i := 0
	for i < len(t.text) && t.text[i] != '\'' && t.text[i] != '"' {
		switch t.text[i] {
		case 'r', 'R':
			s.raw = true
		case 'b', 'B':
			s.bytes = true
		case 'f', 'F':
			s.f = true
		case 'u':
			s.u = true
		}
		i++
	}
	q := 1
	if len(t.text) >= i+6 && t.text[i+1] == t.text[i] && t.text[i+2] == t.text[i] {
		q = 3
	}
	s.quoteLen = q
	s.body = t.text[i+q : len(t.text)-q]
	s.bodyLine, s.bodyCol = t.start.line, t.start.col+i+q
	return s
}

// escapeError is a failed escape sequence, reported as CPython's
// "(unicode error)" message. Positions count a non-ASCII character as
// ten, because CPython first rewrites those as \U escapes.
type escapeError struct {
	start, end int
	reason     string
	bytes      bool
}

func (e *escapeError) message() string {
	codec := "unicodeescape"
	if e.bytes {
		return fmt.Sprintf("(value error) invalid \\x escape at position %d", e.start)
	}
	return fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: %s",
		codec, e.start, e.end, e.reason)
}

// decodeEscapes decodes the escape sequences of a non-raw literal body.
// Unknown escapes keep their backslash, as CPython does (with a warning).
func decodeEscapes(body string, isBytes bool) (string, *escapeError) {
	if !strings.Contains(body, `\`) {
		return body, nil
	}
	var b strings.Builder
	pos := 0 // CPython's position, for error messages
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			if c >= utf8.RuneSelf {
				_, n := utf8.DecodeRuneInString(body[i:])
				b.WriteString(body[i : i+n])
				i += n
				pos += 10
				continue
			}
			b.WriteByte(c)
			i++
			pos++
			continue
		}
		if i+1 >= len(body) {
			b.WriteByte('\\')
			i++
			continue
		}
		start := pos
		e := body[i+1]
		i += 2
		pos += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
				pos++
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if isBytes && e != 'x' {
				b.WriteByte('\\')
				b.WriteByte(e)
				continue
			}
			j := 0
			for j < n && i+j < len(body) && isHexDigit(body[i+j]) {
				j++
			}
			if j < n {
				if isBytes {
					return "", &escapeError{start: start, bytes: true}
				}
				reason := map[byte]string{'x': `truncated \xXX escape`, 'u': `truncated \uXXXX escape`,
					'U': `truncated \UXXXXXXXX escape`}[e]
				return "", &escapeError{start: start, end: start + 1 + j, reason: reason}
			}
			v, _ := strconv.ParseUint(body[i:i+n], 16, 32)
			i += n
			pos += n
			switch {
			case isBytes:
				b.WriteByte(byte(v))
			case v > 0x10FFFF:
				return "", &escapeError{start: start, end: pos - 1, reason: "illegal Unicode character"}
			default:
				writeCodePoint(&b, rune(v))
			}
		case 'N':
			if isBytes {
				b.WriteString(`\N`)
				continue
			}
			if i >= len(body) || body[i] != '{' {
				return "", &escapeError{start: start, end: start + 1, reason: `malformed \N character escape`}
			}
			end := strings.IndexByte(body[i:], '}')
			if end < 0 {
				return "", &escapeError{start: start, end: start + 1 + len(body) - i,
					reason: `malformed \N character escape`}
			}
			name := body[i+1 : i+end]
			i += end + 1
			pos += end + 1
			r, ok := unicodeNames[strings.ToUpper(name)]
			if !ok {
				return "", &escapeError{start: start, end: pos - 1, reason: "unknown Unicode character name"}
			}
			b.WriteRune(r)
		default:
			b.WriteByte('\\')
			i--
			pos--
		}
	}
	return b.String(), nil
}

// writeCodePoint writes r as UTF-8, encoding lone surrogates the way
// WTF-8 does so that they survive in a Go string (see decodeWTF8).
func writeCodePoint(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(0xED)
		b.WriteByte(byte(0xA0 | (r>>6)&0x1F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}
