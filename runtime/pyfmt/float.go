package pyfmt

import (
	"math"
	"strconv"
)

// FloatRepr returns repr(f), which is also str(f): the shortest digit
// string that reads back as f, in exponent notation when the decimal
// exponent is below -4 or at least 16, with ".0" added to integral values:
// "1.0", "1e+16", "1.5e-05", "-0.0", "inf", "-inf", "nan".
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(doubleToString(buf[:0], f, 'r', 0, dtsAddDot0))
}

// dtoa flags, named after PyOS_double_to_string's Py_DTSF_*.
const (
	dtsAddDot0 = 1 << iota // "1.0", not "1", when no exponent is used
	dtsAlt                 // '#': keep the decimal point (and 'g' zeros)
	dtsNoNeg0              // 'z': drop the sign of a result that is zero
)

// Bounds on digit generation. A double's exact decimal expansion has at
// most 767 significant digits and ends at most 1074 places after the
// point, so asking strconv for more only adds zeros, which
// format_float_short adds itself: generation stays small however large
// the precision.
const (
	maxSigDigits   = 800
	maxFixedDigits = 1100
)

// doubleToString is PyOS_double_to_string followed by format_float_short
// (Python/pystrtod.c), appending to dst. code is one of e E f F g G r;
// 'r' (repr) requires precision 0. The caller has bounded precision.
func doubleToString(dst []byte, val float64, code byte, precision int, flags int) []byte {
	upper := false
	mode := 0
	switch code {
	case 'E':
		upper, code = true, 'e'
		fallthrough
	case 'e':
		mode = 2
		precision++
	case 'F':
		upper, code = true, 'f'
		fallthrough
	case 'f':
		mode = 3
	case 'G':
		upper, code = true, 'g'
		fallthrough
	case 'g':
		mode = 2
		// precision 0 makes no sense for 'g': CPython reads it as 1.
		if precision == 0 {
			precision = 1
		}
	}
	alt := flags&dtsAlt != 0
	addDot0 := flags&dtsAddDot0 != 0

	neg := math.Signbit(val)
	if math.IsInf(val, 0) || math.IsNaN(val) {
		if math.IsNaN(val) {
			neg = false // the sign of a nan is never shown
		}
		if neg {
			dst = append(dst, '-')
		}
		switch {
		case math.IsNaN(val) && upper:
			return append(dst, "NAN"...)
		case math.IsNaN(val):
			return append(dst, "nan"...)
		case upper:
			return append(dst, "INF"...)
		}
		return append(dst, "inf"...)
	}

	var dbuf [40]byte
	digits, decpt := dtoa(dbuf[:0], math.Abs(val), mode, precision)
	if flags&dtsNoNeg0 != 0 && neg && (len(digits) == 0 || (len(digits) == 1 && digits[0] == '0')) {
		neg = false
	}

	// From here on this is format_float_short, kept close to the C so it
	// can be checked against it. Think of an infinite string of zeros with
	// digits at index 0; the output is the slice
	// [vdigitsStart, vdigitsEnd) of it, with the point after index decpt.
	vdigitsEnd := len(digits)
	useExp := false
	exp := 0
	switch code {
	case 'e':
		useExp = true
		vdigitsEnd = precision
	case 'f':
		vdigitsEnd = decpt + precision
	case 'g':
		limit := precision
		if addDot0 {
			limit = precision - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vdigitsEnd = precision
		}
	case 'r':
		// Exponent from 1e16 on: a 17-digit integer would show bogus zeros.
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vdigitsStart := 0
	if decpt <= 0 {
		vdigitsStart = decpt - 1
	}
	if !useExp && addDot0 {
		vdigitsEnd = max(vdigitsEnd, decpt+1)
	} else {
		vdigitsEnd = max(vdigitsEnd, decpt)
	}

	if neg {
		dst = append(dst, '-')
	}
	nd := len(digits)
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vdigitsStart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vdigitsStart)
	}
	if 0 < decpt && decpt <= nd {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if nd < decpt {
		dst = appendZeros(dst, decpt-nd)
		dst = append(dst, '.')
		dst = appendZeros(dst, vdigitsEnd-decpt)
	} else {
		dst = appendZeros(dst, vdigitsEnd-nd)
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		// "%+.02d": a sign and at least two digits.
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}

// dtoa is David Gay's _Py_dg_dtoa for a finite abs >= 0: it returns the
// decimal digits without leading or trailing zeros and decpt, the position
// of the decimal point relative to them (value = 0.digits * 10**decpt).
// mode 0 is the shortest string that round-trips; mode 2 is ndigits
// significant digits; mode 3 is ndigits digits after the point, where a
// value that rounds to zero gives no digits and decpt -ndigits. Zero is
// "0" with decpt 1 in every mode. The digits are strconv's, which rounds
// the exact binary value correctly with ties to even, like dtoa.
func dtoa(dst []byte, abs float64, mode, ndigits int) ([]byte, int) {
	dst = dst[:0]
	if abs == 0 {
		return append(dst, '0'), 1
	}
	var tmp [40]byte
	switch mode {
	case 0, 2:
		var s []byte
		if mode == 0 {
			s = strconv.AppendFloat(tmp[:0], abs, 'e', -1, 64)
		} else {
			s = strconv.AppendFloat(tmp[:0], abs, 'e', min(ndigits, maxSigDigits)-1, 64)
		}
		// s is d[.ddd]e±XX.
		e := len(s) - 1
		for s[e] != 'e' {
			e--
		}
		dst = append(dst, s[0])
		if e > 1 {
			dst = append(dst, s[2:e]...)
		}
		x, _ := strconv.Atoi(string(s[e+1:]))
		return trimZeros(dst), x + 1
	default:
		s := strconv.AppendFloat(tmp[:0], abs, 'f', min(ndigits, maxFixedDigits), 64)
		// s is ddd[.ddd]: keep the digits, note where the point was, and
		// drop leading zeros, each of which moves the point left.
		point, lead := len(s), 0
		for i, c := range s {
			switch {
			case c == '.':
				point = i
			case c == '0' && len(dst) == 0:
				lead++
			default:
				dst = append(dst, c)
			}
		}
		dst = trimZeros(dst)
		if len(dst) == 0 {
			return dst, -ndigits
		}
		return dst, point - lead
	}
}

func trimZeros(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	return b
}

// FormatFloat is format(f, spec) for a Python float: types e E f F g G n
// % and none, with fill, alignment, sign, 'z', '#', "0", width, grouping
// and precision as CPython 3.11 applies them. An empty spec gives
// FloatRepr(f).
func FormatFloat(f float64, spec string) (string, error) {
	s, err := ParseSpecFor(spec, "float")
	if err != nil {
		return "", err
	}
	return FormatFloatSpec(f, &s, "float")
}

// FormatFloatSpec formats f under a parsed spec; typeName is the Python
// type named in messages ("float", or a subclass's name).
func FormatFloatSpec(f float64, s *Spec, typeName string) (string, error) {
	s = s.orEmpty()
	l, err := s.resolve(0, '>')
	if err != nil {
		return "", err
	}
	switch l.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(l.typ, typeName)
	}
	return formatFloatInternal(f, s, &l)
}

// formatFloatInternal is format_float_internal, shared with ints
// formatted with a float type.
func formatFloatInternal(val float64, s *Spec, l *layout) (string, error) {
	if s.Precision > math.MaxInt32 {
		return "", valueError("precision too big")
	}
	precision := s.Precision
	flags := 0
	if s.Alternate {
		flags |= dtsAlt
	}
	if s.NoNegZero {
		flags |= dtsNoNeg0
	}
	typ := l.typ
	defaultPrecision := 6
	if typ == 0 {
		// No type: like repr() without a precision, else like 'g' but
		// with at least one digit after the point.
		flags |= dtsAddDot0
		typ = 'r'
		defaultPrecision = 0
	}
	if typ == 'n' {
		typ = 'g' // 'n' is 'g' in the C locale.
	}
	addPct := false
	if typ == '%' {
		typ = 'f'
		val *= 100
		addPct = true
	}
	if precision < 0 {
		precision = defaultPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	// Types whose output grows with the precision: e and f always, g only
	// in alternate form, which keeps trailing zeros.
	if precision > MaxWidth && (typ == 'e' || typ == 'E' || typ == 'f' || typ == 'F' || s.Alternate) {
		return "", tooWide("precision", precision)
	}

	var buf [64]byte
	out := doubleToString(buf[:0], val, byte(typ), precision, flags)
	if addPct {
		out = append(out, '%')
	}
	if l.sign != '+' && l.sign != ' ' && l.width == -1 && s.Type != 'n' && l.sep == 0 {
		return string(out), nil
	}
	return layoutNumber(splitFloat(out), l)
}

// splitFloat is parse_number: sign, leading digits, decimal point, and
// everything after as the remainder (which is never grouped).
func splitFloat(out []byte) *number {
	n := &number{}
	if len(out) > 0 && out[0] == '-' {
		n.sign = '-'
		out = out[1:]
	}
	i := 0
	for i < len(out) && out[i] >= '0' && out[i] <= '9' {
		i++
	}
	n.digits = string(out[:i])
	if i < len(out) && out[i] == '.' {
		n.decimal = true
		i++
	}
	n.remainder = string(out[i:])
	return n
}
