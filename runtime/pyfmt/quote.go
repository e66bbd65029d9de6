package pyfmt

import "strings"

const hexDigits = "0123456789abcdef"

// QuoteStr returns repr(s) for a Python str, as unicode_repr does: single
// quotes unless s contains a single quote and no double quote; escapes
// \\, \t, \n, \r and the chosen quote; \xhh, \uhhhh or \Uhhhhhhhh (lower
// case) for non-printable code points; printable non-ASCII kept as is.
// Lone surrogates in WTF-8 form print as \udxxx; other invalid bytes are
// taken as U+FFFD.
func QuoteStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			writeHex(&b, 'x', uint32(r), 2)
		case r < 0x7f:
			b.WriteByte(byte(r))
		case isPrintable(r):
			if size == 1 || r == 0xfffd {
				// An invalid byte stands for U+FFFD.
				b.WriteString("\ufffd")
			} else {
				b.WriteString(s[i : i+size])
			}
		case r < 0x100:
			writeHex(&b, 'x', uint32(r), 2)
		case r < 0x10000:
			writeHex(&b, 'u', uint32(r), 4)
		default:
			writeHex(&b, 'U', uint32(r), 8)
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

func writeHex(b *strings.Builder, kind byte, v uint32, n int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[v>>uint(shift)&0xf])
	}
}

// BytesRepr returns repr(b) for a Python bytes object: b'...', with
// double quotes only when b contains a single quote and no double quote;
// \\, \t, \n, \r and the quote escaped; other bytes outside 0x20..0x7e as
// \xhh (lower case).
func BytesRepr(b []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range b {
		hasSingle = hasSingle || c == '\''
		hasDouble = hasDouble || c == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	out := make([]byte, 0, len(b)+3)
	out = append(out, 'b', quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}
