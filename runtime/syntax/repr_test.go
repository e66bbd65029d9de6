package syntax

import (
	"math"
	"testing"
)

// TestRepr checks Python's repr of constants against values recorded
// from CPython 3.11.
func TestRepr(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{float64(0), "0.0"},
		{float64(1), "1.0"},
		{1.5, "1.5"},
		{0.1, "0.1"},
		{1e+16, "1e+16"},
		{1000000000000000.0, "1000000000000000.0"},
		{123456789.12345679, "123456789.12345679"},
		{0.0001, "0.0001"},
		{1e-05, "1e-05"},
		{1.5e-07, "1.5e-07"},
		{2.5e+300, "2.5e+300"},
		{1e+22, "1e+22"},
		{5e-324, "5e-324"},
		{1.7976931348623157e+308, "1.7976931348623157e+308"},
		{float64(100), "100.0"},
		{0.3, "0.3"},
		{0.6666666666666666, "0.6666666666666666"},
		{1234567890123456.0, "1234567890123456.0"},
		{1.2345678901234568e+16, "1.2345678901234568e+16"},
		{complex(0, 1.0), "1j"},
		{complex(0, 1.5), "1.5j"},
		{complex(0, 1e+16), "1e+16j"},
		{complex(0, 0.0), "0j"},
		{complex(0, 1e-05), "1e-05j"},
		{complex(0, math.Inf(1)), "infj"},
		{complex(0, math.NaN()), "nanj"},
		{"a", "'a'"},
		{"it's", "\"it's\""},
		{"say \"hi\"", "'say \"hi\"'"},
		{"both ' and \"", "'both \\' and \"'"},
		{"\u0000\u007f\u0080\u00ff", "'\\x00\\x7f\\x80\u00ff'"},
		{"\u200b\u2028", "'\\u200b\\u2028'"},
		{"\U0001f600", "'\U0001f600'"},
		{"\u00e9", "'\u00e9'"},
		{"\u0009\u000a\u000d\\", "'\\t\\n\\r\\\\'"},
		{Bytes("\x61"), "b'a'"},
		{Bytes("\x69\x74\x27\x73"), "b\"it's\""},
		{Bytes("\x00\xff\x0a"), "b'\\x00\\xff\\n'"},
		{Bytes("\x62\x6f\x74\x68\x20\x27\x20\x61\x6e\x64\x20\x22"), "b'both \\' and \"'"},
	} {
		if got := reprConstant(tc.v); got != tc.want {
			t.Errorf("repr(%#v) = %s, want %s", tc.v, got, tc.want)
		}
	}
}
