package pyfmt

// This file ports the number layout of Python/formatter_unicode.c
// (calc_number_widths and fill_number) and of Objects/unicodeobject.c
// (_PyUnicode_InsertThousandsGrouping). A formatted number is
//
//	<lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
//
// where at most one of the three paddings is non-empty. The subtle part is
// zero padding: with a '0' fill and '=' alignment the padding is not
// spadding but extra leading zeros inside the digit run, so that they are
// grouped too (format(1234, '010,') is '00,001,234'), and the run may come
// out one character wider than asked, because a group never starts with
// a separator (format(1234, '08,') is '0,001,234').

// number is a formatted number split the way parse_number and
// format_long_internal split it.
type number struct {
	sign      byte   // '-' or 0: the sign of the value
	prefix    string // "0x", "0X", "0o", "0b" or ""
	digits    string // ASCII digits subject to grouping
	decimal   bool   // whether a decimal point follows the digits
	remainder string // what follows: fraction, exponent, "%", "inf", a 'c' character
}

// layoutNumber renders n under l. It returns a MemoryError instead of
// padding beyond MaxWidth.
func layoutNumber(n *number, l *layout) (string, error) {
	var sign byte
	switch l.sign {
	case '+':
		sign = '+'
		if n.sign == '-' {
			sign = '-'
		}
	case ' ':
		sign = ' '
		if n.sign == '-' {
			sign = '-'
		}
	default:
		sign = n.sign
	}
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDecimal := 0
	if n.decimal {
		nDecimal = 1
	}
	nRemainder := runeCount(n.remainder)
	nonDigit := nSign + len(n.prefix) + nDecimal + nRemainder

	minWidth := 0
	if l.fill == '0' && l.align == '=' {
		minWidth = l.width - nonDigit
	}
	if minWidth > MaxWidth {
		return "", tooWide("width", l.width)
	}
	grouped := 0
	if len(n.digits) > 0 {
		grouped = groupDigits(nil, n.digits, minWidth, l.sep, l.group)
	}
	var lpad, spad, rpad int
	if pad := l.width - (nonDigit + grouped); pad > 0 {
		if l.width > MaxWidth {
			return "", tooWide("width", l.width)
		}
		switch l.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}

	fill := appendRune(nil, l.fill)
	out := make([]byte, 0, (lpad+spad+rpad)*len(fill)+nonDigit+grouped+len(n.remainder))
	out = appendFill(out, fill, lpad)
	if sign != 0 {
		out = append(out, sign)
	}
	out = append(out, n.prefix...)
	out = appendFill(out, fill, spad)
	if len(n.digits) > 0 {
		start := len(out)
		out = out[:start+grouped]
		groupDigits(out[start:], n.digits, minWidth, l.sep, l.group)
	}
	if n.decimal {
		out = append(out, '.')
	}
	out = append(out, n.remainder...)
	out = appendFill(out, fill, rpad)
	return string(out), nil
}

func appendFill(out, fill []byte, n int) []byte {
	if len(fill) == 1 {
		for ; n > 0; n-- {
			out = append(out, fill[0])
		}
		return out
	}
	for ; n > 0; n-- {
		out = append(out, fill...)
	}
	return out
}

// groupDigits is _PyUnicode_InsertThousandsGrouping: it returns the length
// of digits once separated into groups of size group (no grouping when
// sep is 0) and left-padded with zeros to at least minWidth, and when dst
// is non-nil writes that result into it (len(dst) must be that length).
// Like CPython it works from the right, one group at a time.
func groupDigits(dst []byte, digits string, minWidth int, sep byte, group int) int {
	if minWidth < 0 {
		minWidth = 0
	}
	sepLen := 0
	if sep != 0 {
		sepLen = 1
	}
	count := 0
	bpos := len(dst)
	dpos := len(digits)
	remaining := len(digits)
	useSep := false
	put := func(nChars, nZeros int) {
		if useSep {
			count += sepLen
		}
		count += nZeros + nChars
		if dst == nil {
			return
		}
		if useSep && sepLen > 0 {
			bpos--
			dst[bpos] = sep
		}
		bpos -= nChars
		dpos -= nChars
		copy(dst[bpos:], digits[dpos:dpos+nChars])
		for ; nZeros > 0; nZeros-- {
			bpos--
			dst[bpos] = '0'
		}
	}
	if sep != 0 {
		for {
			n := min(group, max(remaining, minWidth, 1))
			nZeros := max(0, n-remaining)
			nChars := max(0, min(remaining, n))
			put(nChars, nZeros)
			useSep = true
			remaining -= nChars
			minWidth -= n
			if remaining <= 0 && minWidth <= 0 {
				return count
			}
			minWidth -= sepLen
		}
	}
	n := max(remaining, minWidth, 1)
	put(max(0, min(remaining, n)), max(0, n-remaining))
	return count
}
