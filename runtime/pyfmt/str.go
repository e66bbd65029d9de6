package pyfmt

// FormatStr is format(s, spec) for a Python str: type 's' or none; the
// precision keeps that many code points; width, fill and alignment count
// code points, and the fill may be any code point.
func FormatStr(s, spec string) (string, error) {
	sp, err := ParseSpecFor(spec, "str")
	if err != nil {
		return "", err
	}
	return FormatStrSpec(s, &sp, "str")
}

// FormatStrSpec formats s under a parsed spec; typeName is the Python type
// named in messages ("str" or a subclass's name).
func FormatStrSpec(s string, sp *Spec, typeName string) (string, error) {
	sp = sp.orEmpty()
	l, err := sp.resolve('s', '<')
	if err != nil {
		return "", err
	}
	if l.typ != 's' {
		return "", unknownCode(l.typ, typeName)
	}
	// format_string_internal's checks, in its order.
	switch {
	case l.sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case l.sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case sp.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case sp.Alternate:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case l.align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	n := runeCount(s)
	if sp.Precision >= 0 && n > sp.Precision {
		s = runePrefix(s, sp.Precision)
		n = sp.Precision
	}
	return pad(s, n, l.width, l.fill, l.align)
}

// pad is calc_padding plus the fill: s (n code points) aligned in a field
// of width code points. '=' pads like '<' here, as in CPython.
func pad(s string, n, width int, fill rune, align byte) (string, error) {
	if width <= n {
		return s, nil
	}
	if width > MaxWidth {
		return "", tooWide("width", width)
	}
	total := width - n
	left := 0
	switch align {
	case '>':
		left = total
	case '^':
		left = total / 2
	}
	f := appendRune(nil, fill)
	out := make([]byte, 0, len(s)+total*len(f))
	out = appendFill(out, f, left)
	out = append(out, s...)
	out = appendFill(out, f, total-left)
	return string(out), nil
}
