package pyfmt

import (
	"errors"
	"math"
	"math/big"
	"strconv"
)

// asciiForm is _PyUnicode_TransformDecimalAndSpaceToASCII, the first step
// of int(str) and float(str): ASCII is kept, other whitespace becomes ' ',
// other decimal digits become their ASCII digit, and the first other
// character becomes '?' and ends the string (it could never parse).
func asciiForm(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		switch {
		case r < 0x7f:
			out = append(out, byte(r))
		case isSpace(r):
			out = append(out, ' ')
		case decimalValue(r) >= 0:
			out = append(out, byte('0'+decimalValue(r)))
		default:
			return append(out, '?')
		}
	}
	return out
}

// isCSpace is Py_ISSPACE: the ASCII whitespace that the C parsers skip
// (not \x1c..\x1f, although str.isspace() accepts them).
func isCSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// digitValue is _PyLong_DigitValue: 0-9, then a-z/A-Z as 10-35, else 37.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// ParseInt is int(s, base) for a str s: base 0 or 2..36; surrounding
// whitespace (any Unicode whitespace) is ignored; one sign; decimal
// digits of any script; single underscores between digits and after a
// 0x/0o/0b prefix (which base 0 requires to pick a base other than 10, and
// bases 16, 8 and 2 allow); "0" followed by more digits only when the
// value is zero under base 0. Errors are CPython's, including the
// 4300-digit limit for bases that are not powers of two, which is checked
// before the characters after the digits are.
func ParseInt(s string, base int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	z, ok, err := parseIntASCII(asciiForm(s), base)
	if err != nil {
		return nil, err
	}
	if !ok {
		// "%.200R": the repr, cut to 200 code points (closing quote and all).
		return nil, valueError("invalid literal for int() with base " + itoa(base) + ": " +
			runePrefix(QuoteStr(s), 200))
	}
	return z, nil
}

// parseIntASCII is PyLong_FromString on the ASCII form. ok is false for a
// malformed literal; err is the digit-limit error.
func parseIntASCII(str []byte, base int) (z *big.Int, ok bool, err error) {
	// The C code reads a NUL-terminated string: an embedded NUL ends the
	// literal there, and the caller then finds characters left over.
	full := true
	for i, c := range str {
		if c == 0 {
			str, full = str[:i], false
			break
		}
	}
	at := func(i int) byte {
		if i < len(str) {
			return str[i]
		}
		return 0
	}
	i := 0
	for i < len(str) && isCSpace(str[i]) {
		i++
	}
	neg := false
	switch at(i) {
	case '+':
		i++
	case '-':
		neg = true
		i++
	}
	errorIfNonzero := false
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			// An old C-style octal literal such as 010 is invalid, but
			// zero is zero: "00" and "0_0" are accepted.
			errorIfNonzero = true
			base = 10
		}
	}
	if at(i) == '0' {
		c := at(i + 1)
		if (base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O')) ||
			(base == 2 && (c == 'b' || c == 'B')) {
			i += 2
			if at(i) == '_' { // one underscore is allowed after the prefix
				i++
			}
		}
	}
	if at(i) == '_' {
		return nil, false, nil
	}
	start := i
	digits := make([]byte, 0, len(str)-i)
	var prev byte
	for {
		c := at(i)
		if c == '_' {
			if prev == '_' {
				return nil, false, nil
			}
		} else if digitValue(c) < base {
			digits = append(digits, c)
		} else {
			break
		}
		prev = c
		i++
	}
	if prev == '_' {
		return nil, false, nil
	}
	if base&(base-1) != 0 && len(digits) > IntMaxStrDigits {
		return nil, false, valueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
			itoa(len(digits)) + " digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	if i == start {
		return nil, false, nil
	}
	z, good := new(big.Int).SetString(string(digits), base)
	if !good || (errorIfNonzero && z.Sign() != 0) {
		return nil, false, nil
	}
	for i < len(str) && isCSpace(str[i]) {
		i++
	}
	if i != len(str) || !full {
		return nil, false, nil
	}
	if neg {
		z.Neg(z)
	}
	return z, true, nil
}

// ParseFloat is float(s) for a str s: optional surrounding whitespace, a
// sign, then a decimal literal (digits of any script, single underscores
// between digits, optional point and exponent) or inf, infinity or nan in
// any case. Out-of-range literals become ±inf or ±0.0, as in CPython; the
// error names the whole string: "could not convert string to float: 'x'".
func ParseFloat(s string) (float64, error) {
	f, ok := parseFloatASCII(asciiForm(s))
	if !ok {
		return 0, valueError("could not convert string to float: " + QuoteStr(s))
	}
	return f, nil
}

// parseFloatASCII is _Py_string_to_number_with_underscores,
// float_from_string_inner and _PyOS_ascii_strtod on the ASCII form.
func parseFloatASCII(b []byte) (float64, bool) {
	hasUnderscore := false
	for _, c := range b {
		if c == '_' {
			hasUnderscore = true
			break
		}
	}
	if hasUnderscore {
		// Underscores are allowed only between two digits; they are then
		// dropped. An embedded NUL is an error here too.
		clean := make([]byte, 0, len(b))
		var prev byte
		for _, c := range b {
			if c == 0 {
				return 0, false
			}
			isDigit := c >= '0' && c <= '9'
			if c == '_' {
				if !(prev >= '0' && prev <= '9') {
					return 0, false
				}
			} else {
				if prev == '_' && !isDigit {
					return 0, false
				}
				clean = append(clean, c)
			}
			prev = c
		}
		if prev == '_' {
			return 0, false
		}
		b = clean
	}
	for len(b) > 0 && isCSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 1 && isCSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	if len(b) == 0 {
		return 0, false
	}
	// The grammar of _Py_dg_strtod: [sign] digits [. digits] or
	// [sign] . digits, then an optional exponent that needs a digit.
	i := 0
	if b[i] == '+' || b[i] == '-' {
		i++
	}
	nd := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
		nd++
	}
	if i < len(b) && b[i] == '.' {
		i++
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
			nd++
		}
	}
	if nd == 0 {
		return parseInfNan(b)
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		j := i + 1
		if j < len(b) && (b[j] == '+' || b[j] == '-') {
			j++
		}
		k := j
		for k < len(b) && b[k] >= '0' && b[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	if i != len(b) {
		return 0, false
	}
	// strconv accepts this syntax and rounds correctly; ErrRange only
	// reports the ±inf that CPython returns too.
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, false
	}
	return f, true
}

// parseInfNan is _Py_parse_inf_or_nan, needing the whole of b to match.
func parseInfNan(b []byte) (float64, bool) {
	neg := false
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		neg = b[0] == '-'
		b = b[1:]
	}
	word := string(b)
	lower := make([]byte, len(word))
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch string(lower) {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		// CPython keeps the sign of "-nan" (visible only to copysign).
		return math.Copysign(math.NaN(), sign), true
	}
	return 0, false
}
