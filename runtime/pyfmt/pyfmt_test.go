package pyfmt

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The golden tables cover behaviour that python3 can show; these tests
// cover what it cannot: the playground's own limits, how Python-only
// values (lone surrogates) travel in Go strings, the Go API, and the
// package's rules.

func kindOf(err error) ErrorKind {
	var pe *Error
	if errors.As(err, &pe) {
		return pe.Kind
	}
	return 0
}

func TestMaxWidth(t *testing.T) {
	big1 := big.NewInt(1)
	for _, tc := range []struct {
		name string
		f    func() (string, error)
		want ErrorKind // 0: no error
	}{
		{"int width at limit", func() (string, error) { return FormatInt64(1, "10000000") }, 0},
		{"int width over", func() (string, error) { return FormatInt64(1, "10000001") }, MemoryError},
		{"big int zero padding over", func() (string, error) { return FormatInt(big1, "010000001,") }, MemoryError},
		{"int width over, no padding needed", func() (string, error) { return FormatInt64(1, "<1") }, 0},
		{"float width over", func() (string, error) { return FormatFloat(1, "^20000000") }, MemoryError},
		{"float f precision over", func() (string, error) { return FormatFloat(1, ".10000001f") }, MemoryError},
		{"float e precision over", func() (string, error) { return FormatFloat(1, ".10000001e") }, MemoryError},
		{"float % precision over", func() (string, error) { return FormatFloat(1, ".10000001%") }, MemoryError},
		{"float #g precision over", func() (string, error) { return FormatFloat(1, "#.10000001g") }, MemoryError},
		// Precisions that do not lengthen the result are CPython's.
		{"float g precision", func() (string, error) { return FormatFloat(0.1, ".1000000000g") }, 0},
		{"float none precision", func() (string, error) { return FormatFloat(0.1, ".1000000000") }, 0},
		{"float precision too big", func() (string, error) { return FormatFloat(0.1, ".2147483648g") }, ValueError},
		{"str precision", func() (string, error) { return FormatStr("abc", ".1000000000000") }, 0},
		{"str width over", func() (string, error) { return FormatStr("abc", "1000000000000") }, MemoryError},
		// Validation comes first, as in CPython.
		{"str = before width", func() (string, error) { return FormatStr("abc", "=1000000000000") }, ValueError},
		{"int precision before width", func() (string, error) { return FormatInt64(1, "1000000000000.2") }, ValueError},
		{"percent width over", func() (string, error) {
			return FormatIntPercent(big1, PercentSpec{Width: MaxWidth + 1, Prec: -1, Verb: 'd'})
		}, MemoryError},
		{"percent int precision over", func() (string, error) {
			return FormatIntPercent(big1, PercentSpec{Width: -1, Prec: MaxWidth + 1, Verb: 'd'})
		}, MemoryError},
		{"percent float precision over", func() (string, error) {
			return FormatFloatPercent(1, PercentSpec{Width: -1, Prec: MaxWidth + 1, Verb: 'f'})
		}, MemoryError},
		{"percent g precision", func() (string, error) {
			return FormatFloatPercent(0.5, PercentSpec{Width: -1, Prec: MaxWidth + 1, Verb: 'g'})
		}, 0},
		{"percent str width over", func() (string, error) {
			return FormatStrPercent("a", PercentSpec{Width: MaxWidth + 1, Prec: -1, Verb: 's'})
		}, MemoryError},
	} {
		s, err := tc.f()
		if got := kindOf(err); got != tc.want {
			t.Errorf("%s: got %v (%v), want %v", tc.name, got, err, tc.want)
		}
		if err == nil && len(s) > MaxWidth+10 {
			t.Errorf("%s: result of %d bytes", tc.name, len(s))
		}
	}
	s, err := FormatInt64(1, "10000000")
	if err != nil || len(s) != 10000000 {
		t.Errorf("width at the limit: %d bytes, %v", len(s), err)
	}
}

func TestLargePrecisionExact(t *testing.T) {
	// Far more digits than strconv is asked for: the tail is zeros.
	s, err := FormatFloat(0.1, ".2000f")
	if err != nil {
		t.Fatal(err)
	}
	want := "0.1000000000000000055511151231257827021181583404541015625"
	if !strings.HasPrefix(s, want) || strings.Trim(s[len(want):], "0") != "" || len(s) != 2002 {
		t.Errorf("format(0.1, '.2000f') = %.80s... (%d chars)", s, len(s))
	}
	s, _ = FormatFloat(5e-324, ".1100e")
	if want := "4.940656458412465441765687928682213723650598"; !strings.HasPrefix(s, want) ||
		!strings.HasSuffix(s, "447265625"+strings.Repeat("0", 1101-751)+"e-324") || len(s) != 1102+5 {
		t.Errorf("format(5e-324, '.1100e') = %.60s...%s (%d chars)", s, s[len(s)-20:], len(s))
	}
}

// Python strs may hold lone surrogates; they travel as WTF-8.
func TestSurrogates(t *testing.T) {
	s, err := FormatInt64(0xd800, "c")
	if err != nil || s != "\xed\xa0\x80" {
		t.Fatalf("format(0xd800, 'c') = %q, %v", s, err)
	}
	if q := QuoteStr("a" + s + "\xed\xbf\xbf"); q != `'a\ud800\udfff'` {
		t.Errorf("QuoteStr = %s", q)
	}
	if p, _ := FormatStr(s, "*^5"); p != "**"+s+"**" {
		t.Errorf("a surrogate must count as one code point: %q", p)
	}
	if p, _ := FormatStr(s+"bc", ".1"); p != s {
		t.Errorf("precision must keep the whole surrogate: %q", p)
	}
	if p, _ := FormatInt64(0x1f600, "c"); p != "😀" {
		t.Errorf("format(0x1f600, 'c') = %q", p)
	}
}

func TestInvalidUTF8(t *testing.T) {
	if q := QuoteStr("a\xffb"); q != "'a\ufffdb'" {
		t.Errorf("QuoteStr = %q", q)
	}
	if p, _ := FormatStr("\xff", "3"); p != "\xff  " {
		t.Errorf("an invalid byte counts as one code point: %q", p)
	}
	if _, err := ParseInt("1\xff", 10); err == nil {
		t.Error("ParseInt accepted an invalid byte")
	}
}

func TestParseSpec(t *testing.T) {
	s, err := ParseSpec("😀^+z#012_.3f")
	if err != nil {
		t.Fatal(err)
	}
	want := Spec{Fill: '😀', Align: '^', Sign: '+', NoNegZero: true, Alternate: true,
		ZeroPad: false, Width: 12, Grouping: '_', Precision: 3, Type: 'f'}
	// "0" after an explicit fill is part of the width.
	if s != want {
		t.Errorf("got %+v\nwant %+v", s, want)
	}
	s, _ = ParseSpec("-08,")
	if want := (Spec{Fill: '0', Sign: '-', ZeroPad: true, Width: 8, Grouping: ',', Precision: -1, Type: -1}); s != want {
		t.Errorf("got %+v\nwant %+v", s, want)
	}
	s, _ = ParseSpec("")
	if want := (Spec{Fill: ' ', Width: -1, Precision: -1, Type: -1}); s != want {
		t.Errorf("empty spec: %+v", s)
	}
	if _, err := ParseSpec("abc"); err == nil || err.Error() != "ValueError: Invalid format specifier" {
		t.Errorf("ParseSpec(abc): %v", err)
	}
	if _, err := ParseSpecFor("abc", "bool"); err == nil ||
		err.Error() != "ValueError: Invalid format specifier 'abc' for object of type 'bool'" {
		t.Errorf("ParseSpecFor(abc): %v", err)
	}
}

func TestTypeNames(t *testing.T) {
	sp, _ := ParseSpec("q")
	_, err := FormatIntSpec(big.NewInt(1), &sp, "bool")
	if err == nil || err.Error() != "ValueError: Unknown format code 'q' for object of type 'bool'" {
		t.Errorf("bool: %v", err)
	}
	_, err = FormatFloatSpec(1, &sp, "MyFloat")
	if err == nil || err.Error() != "ValueError: Unknown format code 'q' for object of type 'MyFloat'" {
		t.Errorf("float subclass: %v", err)
	}
	_, err = FormatStrSpec("", &sp, "S")
	if err == nil || err.Error() != "ValueError: Unknown format code 'q' for object of type 'S'" {
		t.Errorf("str subclass: %v", err)
	}
	sp, _ = ParseSpec("5")
	if s, err := FormatIntSpec(big.NewInt(1), &sp, "bool"); s != "    1" || err != nil {
		t.Errorf("format(True, '5') = %q, %v", s, err)
	}
}

func TestNilArguments(t *testing.T) {
	if s, err := FormatInt(nil, "+d"); s != "+0" || err != nil {
		t.Errorf("FormatInt(nil) = %q, %v", s, err)
	}
	if s, err := FormatFloatSpec(1.5, nil, "float"); s != "1.5" || err != nil {
		t.Errorf("nil spec: %q, %v", s, err)
	}
	if err := CheckIntStrDigits(nil); err != nil {
		t.Error(err)
	}
	if s, err := FormatIntPercent(nil, PercentSpec{Width: -1, Prec: -1, Verb: 'x'}); s != "0" || err != nil {
		t.Errorf("FormatIntPercent(nil) = %q, %v", s, err)
	}
}

func TestCheckIntStrDigits(t *testing.T) {
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil)
	ok := new(big.Int).Sub(limit, big.NewInt(1))
	for _, x := range []*big.Int{ok, new(big.Int).Neg(ok), big.NewInt(0)} {
		if err := CheckIntStrDigits(x); err != nil {
			t.Errorf("%d digits: %v", len(x.String()), err)
		}
	}
	for _, x := range []*big.Int{limit, new(big.Int).Neg(limit)} {
		if err := CheckIntStrDigits(x); kindOf(err) != ValueError {
			t.Errorf("10**4300: %v", err)
		}
	}
}

func TestPercentBadVerb(t *testing.T) {
	if _, err := FormatFloatPercent(1, PercentSpec{Width: -1, Prec: -1, Verb: 'd'}); kindOf(err) != ValueError {
		t.Errorf("float %%d: %v", err)
	}
	if _, err := FormatStrPercent("a", PercentSpec{Width: -1, Prec: -1, Verb: 'x'}); kindOf(err) != ValueError {
		t.Errorf("str %%x: %v", err)
	}
}

// The hand-built Specs an interpreter might pass must not panic either.
func TestOddSpecs(t *testing.T) {
	for _, sp := range []Spec{
		{}, {Fill: -1, Align: 'q', Sign: 'x', Width: 5, Grouping: 'q', Precision: -7, Type: 'd'},
		{Fill: 0x110000, Align: '=', Width: 7, Precision: -1, Type: 'c'},
		{Fill: '0', Align: '=', Width: -9, Grouping: ',', Precision: -1},
	} {
		FormatIntSpec(big.NewInt(-12345), &sp, "int")
		FormatFloatSpec(-1.5, &sp, "float")
		FormatStrSpec("abc", &sp, "str")
	}
	for _, p := range []PercentSpec{{}, {Width: -5, Prec: -5, Verb: 'x', Alt: true, Zero: true},
		{Width: 1, Prec: 0, Verb: 's'}, {Width: 3, Prec: -3, Verb: 'g', Plus: true, Minus: true}} {
		FormatIntPercent(big.NewInt(-7), p)
		FormatFloatPercent(-7, p)
		FormatStrPercent("", p)
	}
}

func TestErrorString(t *testing.T) {
	_, err := FormatInt64(-1, "c")
	if err.Error() != "OverflowError: %c arg not in range(0x110000)" || kindOf(err) != OverflowError {
		t.Errorf("%v", err)
	}
	if ErrorKind(0).String() != "Exception" {
		t.Error(ErrorKind(0).String())
	}
}

// FuzzFormat checks that no input panics and that results stay within
// bounds. The seeds run in every `go test`; `go test -fuzz FuzzFormat`
// explores further.
func FuzzFormat(f *testing.F) {
	for _, s := range []string{"", "abc", "😀^+z#012_.3f", "0=10,", "#_b", ".", "\xff", "\xed\xa0\x80>3",
		"=+#020,.1%", "999999999999999999999", ".20000000f", "20000000", "٣.٣e", "c", "n"} {
		f.Add(s, int64(-123456789), 1.5e-7)
	}
	f.Fuzz(func(t *testing.T, spec string, i int64, x float64) {
		check := func(s string, err error) {
			if len(s) > 4*MaxWidth+10000 {
				t.Fatalf("result of %d bytes for %q", len(s), spec)
			}
			if err != nil && kindOf(err) == 0 {
				t.Fatalf("error of the wrong type: %v", err)
			}
		}
		check(FormatInt64(i, spec))
		check(FormatInt(new(big.Int).Lsh(big.NewInt(i), 70), spec))
		check(FormatFloat(x, spec))
		check(FormatStr(spec, spec))
		z, err := ParseInt(spec, int(i%40))
		if err == nil && z == nil {
			t.Fatal("nil int without error")
		}
		_, err = ParseFloat(spec)
		check("", err)
		QuoteStr(spec)
		BytesRepr([]byte(spec))
		p := PercentSpec{Minus: i&1 != 0, Plus: i&2 != 0, Space: i&4 != 0, Zero: i&8 != 0, Alt: i&16 != 0,
			Width: int(i>>8) % 100, Prec: int(i>>16)%50 - 1, Verb: "diouxXeEfFgGsrac"[int(uint64(i)>>24)%16]}
		check(FormatIntPercent(big.NewInt(i), p))
		check(FormatFloatPercent(x, p))
		check(FormatStrPercent(spec, p))
	})
}

// Round trips that need no oracle: repr then float() gives the value back,
// and so do int() of str() in every base.
func TestRoundTrips(t *testing.T) {
	for _, x := range []float64{0, -0.0, 0.1, 1e16, 1.5e-5, 5e-324, math.MaxFloat64, -1e-300, 123456789.125} {
		y, err := ParseFloat(FloatRepr(x))
		if err != nil || math.Float64bits(x) != math.Float64bits(y) {
			t.Errorf("float(repr(%v)) = %v, %v", x, y, err)
		}
	}
	for _, x := range []int64{0, 1, -1, 1 << 62, math.MinInt64} {
		for base, spec := range map[int]string{2: "#b", 8: "#o", 16: "#x", 10: "d"} {
			s, _ := FormatInt64(x, spec)
			z, err := ParseInt(s, 0)
			if err != nil || z.Int64() != x {
				t.Errorf("int(format(%d, %q)) = %v, %v (base %d)", x, spec, z, err, base)
			}
		}
	}
}

// TestPackageRules enforces the repository rule for runtime/ packages:
// no clocks, randomness, OS access, goroutines or JS in non-test code.
func TestPackageRules(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	forbidden := map[string]bool{"time": true, "math/rand": true, "math/rand/v2": true, "os": true,
		"os/exec": true, "sync": true, "sync/atomic": true, "syscall": true, "syscall/js": true,
		"unsafe": true, "reflect": true, "fmt": true}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); forbidden[p] {
				t.Errorf("%s imports %s", name, p)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if g, ok := n.(*ast.GoStmt); ok {
				t.Errorf("%s: go statement", fset.Position(g.Pos()))
			}
			if d, ok := n.(*ast.FuncDecl); ok && d.Name.IsExported() && d.Doc == nil {
				t.Errorf("%s: exported %s has no doc comment", fset.Position(d.Pos()), d.Name.Name)
			}
			return true
		})
	}
}

var sink string

func BenchmarkFloatRepr(b *testing.B) {
	vals := []float64{0.1, 1.0, 123456.789, 1e16, 1.5e-5, 2.0 / 3.0, 5e-324, -1234.5}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = FloatRepr(vals[i%len(vals)])
	}
}

func BenchmarkFormatInt64(b *testing.B) {
	for _, spec := range []string{"", "d", ">10", ",", "#x", "08.2f"} {
		b.Run(strconv.Quote(spec), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sink, _ = FormatInt64(int64(i)*7919-123456789, spec)
			}
		})
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for _, spec := range []string{".2f", ",.3f", "e", "g", ".400f"} {
		b.Run(strconv.Quote(spec), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sink, _ = FormatFloat(float64(i)*1.37e3, spec)
			}
		})
	}
}
