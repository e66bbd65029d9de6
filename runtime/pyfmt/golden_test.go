package pyfmt

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The golden tables in testdata/ are recorded from CPython 3.11 by
// testdata/gen.py. To re-record them (python3 must be 3.11):
//
//	go test ./runtime/pyfmt -run Golden -update
var update = flag.Bool("update", false, "re-record testdata/*.jsonl with python3 (testdata/gen.py)")

func TestMain(m *testing.M) {
	flag.Parse()
	if *update {
		cmd := exec.Command("python3", filepath.Join("testdata", "gen.py"), "testdata")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "gen.py:", err)
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}

// readGolden decodes one JSON Lines table into rows of loosely typed
// fields.
func readGolden(t *testing.T, name string) [][]any {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var row []any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: empty table", name)
	}
	return rows
}

func goldenFloat(t *testing.T, s string) float64 {
	t.Helper()
	u, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		t.Fatal(err)
	}
	return math.Float64frombits(u)
}

func goldenInt(t *testing.T, s string) *big.Int {
	t.Helper()
	z, ok := new(big.Int).SetString(s, 0)
	if !ok {
		t.Fatalf("bad int %q", s)
	}
	return z
}

// outcome renders a result the way the tables do: "=value" or
// "!Class: message".
func outcome(s string, err error) string {
	if err != nil {
		var pe *Error
		if !errors.As(err, &pe) {
			return "!not a *pyfmt.Error: " + err.Error()
		}
		return "!" + err.Error()
	}
	return "=" + s
}

// check counts mismatches and reports the first few of each table.
type check struct {
	t      *testing.T
	name   string
	failed int
	total  int
}

func (c *check) eq(got, want string, format string, args ...any) {
	c.total++
	if got == want {
		return
	}
	c.failed++
	if c.failed <= 15 {
		c.t.Errorf("%s: %s\n got  %q\n want %q", c.name, fmt.Sprintf(format, args...), clip(got), clip(want))
	}
}

func (c *check) done() {
	if c.failed > 0 {
		c.t.Errorf("%s: %d of %d cases differ from CPython", c.name, c.failed, c.total)
	} else {
		c.t.Logf("%s: %d cases match CPython", c.name, c.total)
	}
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

func TestGoldenFloatRepr(t *testing.T) {
	c := &check{t: t, name: "float_repr"}
	for _, r := range readGolden(t, "float_repr.jsonl") {
		f := goldenFloat(t, r[0].(string))
		c.eq(FloatRepr(f), r[1].(string), "repr(%s)", r[0])
	}
	c.done()
}

func TestGoldenFormatFloat(t *testing.T) {
	c := &check{t: t, name: "format_float"}
	for _, r := range readGolden(t, "format_float.jsonl") {
		f := goldenFloat(t, r[0].(string))
		spec := r[1].(string)
		got, err := FormatFloat(f, spec)
		c.eq(outcome(got, err), r[2].(string), "format(%v, %q)", f, spec)
	}
	c.done()
}

func TestGoldenFormatInt(t *testing.T) {
	c := &check{t: t, name: "format_int"}
	for _, r := range readGolden(t, "format_int.jsonl") {
		x := goldenInt(t, r[0].(string))
		spec := r[1].(string)
		got, err := FormatInt(x, spec)
		c.eq(outcome(got, err), r[2].(string), "format(%s, %q)", clip(r[0].(string)), spec)
		if x.IsInt64() {
			got, err := FormatInt64(x.Int64(), spec)
			c.eq(outcome(got, err), r[2].(string), "FormatInt64(%s, %q)", r[0], spec)
		}
	}
	c.done()
}

func TestGoldenFormatStr(t *testing.T) {
	c := &check{t: t, name: "format_str"}
	for _, r := range readGolden(t, "format_str.jsonl") {
		s, spec := r[0].(string), r[1].(string)
		got, err := FormatStr(s, spec)
		c.eq(outcome(got, err), r[2].(string), "format(%q, %q)", s, spec)
	}
	c.done()
}

func TestGoldenPercent(t *testing.T) {
	c := &check{t: t, name: "percent"}
	for _, r := range readGolden(t, "percent.jsonl") {
		flags := r[2].(string)
		p := PercentSpec{
			Minus: strings.Contains(flags, "-"),
			Plus:  strings.Contains(flags, "+"),
			Space: strings.Contains(flags, " "),
			Zero:  strings.Contains(flags, "0"),
			Alt:   strings.Contains(flags, "#"),
			Width: int(r[3].(float64)),
			Prec:  int(r[4].(float64)),
			Verb:  r[5].(string)[0],
		}
		var got string
		var err error
		switch r[0].(string) {
		case "i":
			got, err = FormatIntPercent(goldenInt(t, r[1].(string)), p)
		case "f":
			got, err = FormatFloatPercent(goldenFloat(t, r[1].(string)), p)
		case "s":
			s := r[1].(string)
			if p.Verb == 'r' {
				s = QuoteStr(s)
			}
			got, err = FormatStrPercent(s, p)
		}
		c.eq(outcome(got, err), r[6].(string), "%q %% %s (%+v)", flags, clip(r[1].(string)), p)
	}
	c.done()
}

func TestGoldenParseInt(t *testing.T) {
	c := &check{t: t, name: "parse_int"}
	for _, r := range readGolden(t, "parse_int.jsonl") {
		s, base := r[0].(string), int(r[1].(float64))
		z, err := ParseInt(s, base)
		got := ""
		if err == nil {
			got = bigHex(z)
		}
		c.eq(outcome(got, err), r[2].(string), "int(%q, %d)", clip(s), base)
	}
	c.done()
}

// bigHex is Python's hex().
func bigHex(z *big.Int) string {
	if z.Sign() < 0 {
		return "-0x" + new(big.Int).Neg(z).Text(16)
	}
	return "0x" + z.Text(16)
}

func TestGoldenParseFloat(t *testing.T) {
	c := &check{t: t, name: "parse_float"}
	for _, r := range readGolden(t, "parse_float.jsonl") {
		s := r[0].(string)
		f, err := ParseFloat(s)
		got := ""
		if err == nil {
			got = fmt.Sprintf("%016x", math.Float64bits(f))
			if math.IsNaN(f) {
				// CPython's nan is 7ff8000000000000 with the sign of
				// the literal; compare only the sign and nan-ness.
				got = map[bool]string{false: "7ff8000000000000", true: "fff8000000000000"}[math.Signbit(f)]
			}
		}
		c.eq(outcome(got, err), r[1].(string), "float(%q)", clip(s))
	}
	c.done()
}

func TestGoldenRepr(t *testing.T) {
	c := &check{t: t, name: "repr"}
	for _, r := range readGolden(t, "repr.jsonl") {
		switch r[0].(string) {
		case "s":
			c.eq(QuoteStr(r[1].(string)), r[2].(string), "repr(%q)", r[1])
		case "b":
			b, err := hex.DecodeString(r[1].(string))
			if err != nil {
				t.Fatal(err)
			}
			c.eq(BytesRepr(b), r[2].(string), "repr(bytes.fromhex(%q))", r[1])
		}
	}
	c.done()
}

// TestGoldenUnicode compares the character classes used by QuoteStr,
// ParseInt, ParseFloat and ParseSpec with CPython's for every code point.
func TestGoldenUnicode(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "unicode.json"))
	if err != nil {
		t.Fatal(err)
	}
	var u struct {
		Version   string   `json:"unidata_version"`
		Printable [][2]int `json:"printable"`
		Space     []int    `json:"space"`
		Decimal   [][3]int `json:"decimal"`
	}
	if err := json.Unmarshal(data, &u); err != nil {
		t.Fatal(err)
	}
	printable := make([]bool, 0x110000)
	for _, r := range u.Printable {
		for c := r[0]; c <= r[1]; c++ {
			printable[c] = true
		}
	}
	space := make([]bool, 0x110000)
	for _, c := range u.Space {
		space[c] = true
	}
	decimal := make([]int, 0x110000)
	for i := range decimal {
		decimal[i] = -1
	}
	for _, r := range u.Decimal {
		for c := r[0]; c <= r[1]; c++ {
			decimal[c] = r[2] + c - r[0]
		}
	}
	bad := 0
	for c := rune(0); c < 0x110000; c++ {
		if isPrintable(c) != printable[c] || isSpace(c) != space[c] || decimalValue(c) != decimal[c] {
			bad++
			if bad < 10 {
				t.Errorf("U+%04X: printable %v/%v space %v/%v decimal %d/%d (ours/CPython %s)", c,
					isPrintable(c), printable[c], isSpace(c), space[c], decimalValue(c), decimal[c], u.Version)
			}
		}
	}
}
