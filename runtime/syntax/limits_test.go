package syntax

import (
	"strings"
	"testing"
)

// TestDeepNesting checks that deep non-bracket nesting is a SyntaxError,
// not a Go stack overflow, and that CPython's accepted depths parse.
func TestDeepNesting(t *testing.T) {
	for _, tc := range []struct {
		unit string
		ok   int // depth CPython 3.11 accepts
	}{{"-", 2988}, {"not ", 2988}, {"~", 2988}, {"lambda: ", 2950}, {"2**", 2950}} {
		if _, err := Parse("main.py", []byte("x = "+strings.Repeat(tc.unit, tc.ok)+"1\n"), Options{}); err != nil {
			t.Errorf("%q x %d: %v", tc.unit, tc.ok, err)
		}
		_, err := Parse("main.py", []byte("x = "+strings.Repeat(tc.unit, 100000)+"1\n"), Options{})
		e, ok := err.(*Error)
		if !ok || e.Msg != "too many nested parentheses" {
			t.Errorf("%q x 100000: got %v", tc.unit, err)
		}
	}
}

// TestPython36 checks the 3.6 dialect option.
func TestPython36(t *testing.T) {
	for _, tc := range []struct {
		src       string
		line, off int
	}{
		{"(x := 1)\n", 1, 4},
		{"def f(a, /, b): pass\n", 1, 10},
		{"lambda a, /: a\n", 1, 11},
		{"[y := 2]\n", 1, 4},
	} {
		if _, err := Parse("main.py", []byte(tc.src), Options{}); err != nil {
			t.Errorf("%q: default options: %v", tc.src, err)
		}
		_, err := Parse("main.py", []byte(tc.src), Options{Python36: true})
		e, ok := err.(*Error)
		if !ok || e.Msg != "invalid syntax" || e.Line != tc.line || e.Offset != tc.off {
			t.Errorf("%q: Python36: got %v, want invalid syntax at %d:%d", tc.src, err, tc.line, tc.off)
		}
	}
}

// TestParseExpr checks the expression entry point.
func TestParseExpr(t *testing.T) {
	e, err := ParseExpr("<expr>", []byte("a + b * 2"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Mult(), right=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)"
	if got := Dump(e); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, err := ParseExpr("<expr>", []byte("a b"), Options{}); err == nil {
		t.Error("ParseExpr(\"a b\") succeeded")
	}
}
