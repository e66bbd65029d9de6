package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteStr is repr(str): single quotes unless the text has a single quote
// and no double quote; escapes for the quote, backslash, \t \n \r and
// non-printable code points.
func QuoteStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(s) + 2)
	sb.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r == utf8.RuneError && n == 1:
			sb.WriteString(sprintf(`\x%02x`, s[i-1]))
		case r < 0x20 || r == 0x7f:
			sb.WriteString(sprintf(`\x%02x`, r))
		case r < 0x7f:
			sb.WriteRune(r)
		case isPrintable(r):
			sb.WriteRune(r)
		case r < 0x100:
			sb.WriteString(sprintf(`\x%02x`, r))
		case r < 0x10000:
			sb.WriteString(sprintf(`\u%04x`, r))
		default:
			sb.WriteString(sprintf(`\U%08x`, r))
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// isPrintable approximates Python's str.isprintable for one code point.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.IsSpace(r) {
		return false
	}
	return unicode.IsPrint(r) || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
}

// BytesRepr is repr(bytes).
func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteString("b")
	sb.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			sb.WriteString(sprintf(`\x%02x`, c))
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}
