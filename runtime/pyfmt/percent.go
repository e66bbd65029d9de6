package pyfmt

import (
	"math"
	"math/big"
)

// PercentSpec is one conversion of printf-style formatting ('%-08.3f' %
// x) once the interpreter has parsed it, resolved any '*' from the
// argument tuple and picked the argument. The interpreter keeps what
// depends on values (%s, %r, %a and %c call str/repr/ascii/chr first,
// %d of a float truncates it, TypeErrors, "not all arguments converted");
// this package renders the digits and the padding.
type PercentSpec struct {
	// The flags '-', '+', ' ', '0' and '#'.
	Minus, Plus, Space, Zero, Alt bool
	// Width is the minimum width in code points, -1 when not given.
	Width int
	// Prec is the precision, -1 when not given (note: the zero value
	// means ".0"). For ints it is the minimum number of digits; for %s,
	// %r and %a the maximum number of code points.
	Prec int
	// Verb is the conversion character: d i u o x X e E f F g G for
	// numbers; s r a c for FormatStrPercent.
	Verb byte
}

// FormatIntPercent renders x for %d %i %u %o %x %X (and, converting to
// float as CPython does, %e %E %f %F %g %G). %#o, %#x and %#X add 0o, 0x
// and 0X; the precision pads the digits with zeros; %d obeys the
// 4300-digit limit.
func FormatIntPercent(x *big.Int, p PercentSpec) (string, error) {
	if x == nil {
		x = new(big.Int)
	}
	return formatIntPercent(intValue{big: x}, &p)
}

// FormatSmallIntPercent is FormatIntPercent for an int that fits in an
// int64, without a big.Int.
func FormatSmallIntPercent(x int64, p PercentSpec) (string, error) {
	return formatIntPercent(intValue{small: x}, &p)
}

func formatIntPercent(v intValue, p *PercentSpec) (string, error) {
	base := 10
	upper := false
	var prefix string
	switch p.Verb {
	case 'd', 'i', 'u':
		if err := v.checkDigits(); err != nil {
			return "", err
		}
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix, upper = 16, "0X", true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := v.float()
		if err != nil {
			return "", err
		}
		return FormatFloatPercent(f, *p)
	default:
		return "", badVerb(p.Verb)
	}
	if p.Prec > MaxWidth {
		return "", tooWide("precision", p.Prec)
	}
	// _PyUnicode_FormatLong: sign, 0x prefix only with '#', then the
	// digits zero-padded to the precision.
	var buf [72]byte
	digits := v.appendAbs(buf[:0], base, upper)
	out := make([]byte, 0, 3+max(len(digits), p.Prec))
	if v.neg() {
		out = append(out, '-')
	}
	if p.Alt {
		out = append(out, prefix...)
	}
	out = appendZeros(out, p.Prec-len(digits))
	out = append(out, digits...)
	return percentOutput(string(out), p, true)
}

// FormatFloatPercent renders f for %e %E %f %F %g %G: PyOS_double_to_string
// with the precision (6 by default) and '#', then sign and padding.
// Uppercase verbs also print INF and NAN.
func FormatFloatPercent(f float64, p PercentSpec) (string, error) {
	switch p.Verb {
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		return "", badVerb(p.Verb)
	}
	prec := p.Prec
	if prec < 0 {
		prec = 6
	}
	if prec > math.MaxInt32 {
		return "", valueError("precision too big")
	}
	if prec > MaxWidth && (p.Alt || (p.Verb != 'g' && p.Verb != 'G')) {
		return "", tooWide("precision", prec)
	}
	flags := 0
	if p.Alt {
		flags = dtsAlt
	}
	var buf [64]byte
	return percentOutput(string(doubleToString(buf[:0], f, p.Verb, min(prec, math.MaxInt32), flags)), &p, true)
}

// FormatStrPercent pads s, already converted by str(), repr(), ascii() or
// chr(), for %s %r %a and %c: the precision truncates (not for %c), '-'
// left-aligns, and the other flags have no effect.
func FormatStrPercent(s string, p PercentSpec) (string, error) {
	switch p.Verb {
	case 's', 'r', 'a', 'c':
	default:
		return "", badVerb(p.Verb)
	}
	return percentOutput(s, &p, false)
}

func badVerb(v byte) error {
	return valueError("unsupported format character '" + codeForMessage(rune(v)) + "'")
}

// percentOutput is unicode_format_arg_output: it places the sign (numbers
// only), the 0x/0o prefix and the fill. The fill is '0' only for numbers
// with the '0' flag, and only on the left: '-' pads with spaces on the
// right whatever the flags. With a '0' fill the sign and prefix go before
// the padding ("-0x0005"), with spaces after it ("  -0x5").
func percentOutput(str string, p *PercentSpec, sign bool) (string, error) {
	fill := byte(' ')
	if sign && p.Zero {
		fill = '0'
	}
	n := runeCount(str)
	width := p.Width
	if (width == -1 || width <= n) && (p.Prec == -1 || p.Prec >= n) && !p.Plus && !p.Space {
		return str, nil
	}
	if (p.Verb == 's' || p.Verb == 'r' || p.Verb == 'a') && p.Prec >= 0 && n > p.Prec {
		n = p.Prec
	}
	// The 0x/0o prefix is a number's, whether or not a sign is shown.
	prefix := sign && p.Alt && (p.Verb == 'x' || p.Verb == 'X' || p.Verb == 'o')
	pindex := 0 // byte offset of the next character to copy; str is ASCII when sign is set
	var signchar byte
	if sign {
		if c := str[0]; c == '-' || c == '+' {
			signchar = c
			n--
			pindex++
		} else if p.Plus {
			signchar = '+'
		} else if p.Space {
			signchar = ' '
		} else {
			sign = false
		}
	}
	if width < n {
		width = n
	}
	if width > MaxWidth && width > n {
		return "", tooWide("width", width)
	}
	out := make([]byte, 0, width+len(str)+1)
	if sign {
		if fill != ' ' {
			out = append(out, signchar)
		}
		if width > n {
			width--
		}
	}
	if prefix {
		if fill != ' ' {
			out = append(out, str[pindex:pindex+2]...)
			pindex += 2
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && !p.Minus {
		for ; width > n; width-- {
			out = append(out, fill)
		}
	}
	if fill == ' ' {
		if sign {
			out = append(out, signchar)
		}
		if prefix {
			out = append(out, str[pindex:pindex+2]...)
			pindex += 2
		}
	}
	out = append(out, runePrefix(str[pindex:], n)...)
	for ; width > n; width-- {
		out = append(out, ' ')
	}
	return string(out), nil
}
