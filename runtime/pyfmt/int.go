package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// IntMaxStrDigits is CPython 3.11's default limit on the number of decimal
// digits in int/str conversions (sys.get_int_max_str_digits()). Bases that
// are powers of two are exempt. The playground has no
// sys.set_int_max_str_digits, so the limit is fixed.
const IntMaxStrDigits = 4300

// tenToLimit is 10**IntMaxStrDigits, the smallest value with too many
// digits. Computed once and never modified.
var tenToLimit = new(big.Int).Exp(big.NewInt(10), big.NewInt(IntMaxStrDigits), nil)

// CheckIntStrDigits reports whether str(x) is allowed: it returns CPython's
// ValueError when the decimal form of x has more than IntMaxStrDigits
// digits (the sign does not count). It costs one comparison, not a
// conversion.
func CheckIntStrDigits(x *big.Int) error {
	if x == nil {
		return nil
	}
	if x.CmpAbs(tenToLimit) >= 0 {
		return valueError("Exceeds the limit (4300 digits) for integer string conversion; " +
			"use sys.set_int_max_str_digits() to increase the limit")
	}
	return nil
}

// intValue is an int being formatted: an int64 on the fast path, a
// *big.Int otherwise, so that both share one implementation.
type intValue struct {
	small int64
	big   *big.Int // nil when the value is small
}

func (v intValue) neg() bool {
	if v.big != nil {
		return v.big.Sign() < 0
	}
	return v.small < 0
}

// appendAbs appends the digits of |v| in base, in lower case (or upper
// case for X).
func (v intValue) appendAbs(dst []byte, base int, upper bool) []byte {
	start := len(dst)
	if v.big != nil {
		dst = new(big.Int).Abs(v.big).Append(dst, base)
	} else {
		u := uint64(v.small)
		if v.small < 0 {
			u = -u
		}
		dst = strconv.AppendUint(dst, u, base)
	}
	if upper {
		for i := start; i < len(dst); i++ {
			if c := dst[i]; c >= 'a' && c <= 'f' {
				dst[i] = c - 'a' + 'A'
			}
		}
	}
	return dst
}

// checkDigits applies the int/str digit limit to a base-10 conversion.
func (v intValue) checkDigits() error {
	if v.big == nil {
		return nil
	}
	return CheckIntStrDigits(v.big)
}

// float is float(v) (PyLong_AsDouble): correctly rounded, half to even,
// and an OverflowError past the largest double.
func (v intValue) float() (float64, error) {
	if v.big == nil {
		return float64(v.small), nil
	}
	if v.big.IsInt64() {
		return float64(v.big.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(v.big).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// FormatInt is format(x, spec) for a Python int: types b c d o x X n,
// none (like d) and e E f F g G % (x converted to float first), with fill,
// alignment, sign, '#', "0", width and grouping as CPython 3.11 applies
// them, including the 4300-digit limit for decimal output.
func FormatInt(x *big.Int, spec string) (string, error) {
	s, err := ParseSpecFor(spec, "int")
	if err != nil {
		return "", err
	}
	return FormatIntSpec(x, &s, "int")
}

// FormatInt64 is FormatInt for a value that fits an int64, without
// allocating a big.Int.
func FormatInt64(x int64, spec string) (string, error) {
	switch spec {
	case "", "d":
		return strconv.FormatInt(x, 10), nil
	}
	s, err := ParseSpecFor(spec, "int")
	if err != nil {
		return "", err
	}
	return formatInt(intValue{small: x}, &s, "int")
}

// FormatIntSpec formats x under a parsed spec; typeName is the Python type
// named in messages ("int", "bool" or a subclass's name). Note that
// format(True, "") is 'True' (str(True)), which the caller handles: with
// any non-empty spec a bool formats as the int it is.
func FormatIntSpec(x *big.Int, s *Spec, typeName string) (string, error) {
	if x == nil {
		x = new(big.Int) // a nil *big.Int reads as zero rather than panicking
	}
	return formatInt(intValue{big: x}, s.orEmpty(), typeName)
}

// formatInt is the int branch of format() (_PyLong_FormatAdvancedWriter
// and format_long_internal).
func formatInt(v intValue, s *Spec, typeName string) (string, error) {
	l, err := s.resolve('d', '>')
	if err != nil {
		return "", err
	}
	switch l.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := v.float()
		if err != nil {
			return "", err
		}
		return formatFloatInternal(f, s, &l)
	default:
		return "", unknownCode(l.typ, typeName)
	}
	if s.Precision != -1 {
		return "", valueError("Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	var n number
	var buf [72]byte
	if l.typ == 'c' {
		if l.sign != 0 {
			return "", valueError("Sign not allowed with integer format specifier 'c'")
		}
		if s.Alternate {
			return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		c := v.small
		if v.big != nil {
			if !v.big.IsInt64() {
				return "", overflowError("Python int too large to convert to C long")
			}
			c = v.big.Int64()
		}
		if c < 0 || c > 0x10ffff {
			return "", overflowError("%c arg not in range(0x110000)")
		}
		// The character is "remainder", never grouped or zero-extended.
		n.remainder = string(appendRune(buf[:0], rune(c)))
		return layoutNumber(&n, &l)
	}
	base := 10
	switch l.typ {
	case 'b':
		base, n.prefix = 2, "0b"
	case 'o':
		base, n.prefix = 8, "0o"
	case 'x':
		base, n.prefix = 16, "0x"
	case 'X':
		base, n.prefix = 16, "0X"
	default:
		if err := v.checkDigits(); err != nil {
			return "", err
		}
	}
	if !s.Alternate {
		n.prefix = ""
	}
	if v.neg() {
		n.sign = '-'
	}
	digits := v.appendAbs(buf[:0], base, l.typ == 'X')
	if l.sign != '+' && l.sign != ' ' && l.width == -1 && l.sep == 0 {
		// The common case needs no layout.
		out := make([]byte, 0, 1+len(n.prefix)+len(digits))
		if n.sign != 0 {
			out = append(out, '-')
		}
		out = append(out, n.prefix...)
		return string(append(out, digits...)), nil
	}
	n.digits = string(digits)
	return layoutNumber(&n, &l)
}
