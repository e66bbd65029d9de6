package syntax

import (
	"math/big"
	"strconv"
	"strings"
)

// parseNumber converts the text of a NUMBER token (already validated by
// the scanner) to *big.Int, float64 or complex128.
func parseNumber(text string) (any, bool) {
	s := strings.ReplaceAll(text, "_", "")
	if s == "" {
		return nil, false
	}
	if last := s[len(s)-1]; last == 'j' || last == 'J' {
		f, ok := parseFloat(s[:len(s)-1])
		return complex(0, f), ok
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			v, ok := new(big.Int).SetString(s[2:], base)
			return v, ok
		}
	}
	if strings.ContainsAny(s, ".eE") {
		f, ok := parseFloat(s)
		return f, ok
	}
	v, ok := new(big.Int).SetString(s, 10)
	return v, ok
}

// parseFloat parses a decimal float literal; out-of-range values become
// infinity or zero, as in CPython.
func parseFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// maxIntDigits is CPython 3.11's default limit on decimal digits in an
// int literal (sys.get_int_max_str_digits()).
const maxIntDigits = 4300

// decimalDigits returns the digit count of a decimal int literal, or 0
// for other numbers.
func decimalDigits(text string) int {
	if len(text) > 1 && text[0] == '0' && strings.ContainsAny(text[1:2], "xXoObB") {
		return 0
	}
	if strings.ContainsAny(text, ".eEjJ") {
		return 0
	}
	return len(text) - strings.Count(text, "_")
}
