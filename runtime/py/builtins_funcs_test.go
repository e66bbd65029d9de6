package py

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aioplay/aioplay/runtime/compile"
)

// The tests of the builtins run small Python expressions through a tiny
// evaluator (below) that understands literals, names of builtins, calls
// with keyword arguments, attribute access, subscripts, the binary and
// comparison operators, and `name = expr` statements separated by ';'.
// It needs neither the parser nor the compiler, which are developed
// alongside, and it calls exactly the Go functions a compiled script
// would. Each case's expected text was recorded with CPython 3.11: the
// repr of the last expression's value, or "ExcType: message".

// evalCase runs src and renders its result as the recorder did.
func evalCase(th *Thread, src string) string {
	e := &miniEval{th: th, vars: map[string]Object{}}
	v, err := e.run(src)
	if err != nil {
		if x, ok := err.(*Exception); ok {
			return x.Class.Name + ": " + exceptionStrTh(th, x)
		}
		return "GoError: " + err.Error()
	}
	s, err := ReprString(th, v)
	if err != nil {
		if x, ok := err.(*Exception); ok {
			return "repr " + x.Class.Name + ": " + exceptionStrTh(th, x)
		}
		return "GoError: " + err.Error()
	}
	return s
}

// runCases checks a table of (source, expected) pairs.
func runCases(t *testing.T, cases [][2]string) {
	t.Helper()
	for _, c := range cases {
		th := NewThread()
		got := evalCase(th, c[0])
		if got != c[1] {
			t.Errorf("%s\n got: %s\nwant: %s", c[0], got, c[1])
		}
	}
}

type miniEval struct {
	th   *Thread
	vars map[string]Object
	toks []string
	pos  int
}

func (e *miniEval) run(src string) (Object, error) {
	toks, err := miniTokens(src)
	if err != nil {
		return nil, err
	}
	e.toks = toks
	var last Object = None
	for e.pos < len(e.toks) {
		// name = expr
		if e.pos+1 < len(e.toks) && e.toks[e.pos+1] == "=" && isNameTok(e.toks[e.pos]) {
			name := e.toks[e.pos]
			e.pos += 2
			v, err := e.expr()
			if err != nil {
				return nil, err
			}
			e.vars[name] = v
			last = None
		} else {
			v, err := e.expr()
			if err != nil {
				return nil, err
			}
			last = v
		}
		if e.pos < len(e.toks) {
			if e.toks[e.pos] != ";" {
				return nil, fmt.Errorf("unexpected %q", e.toks[e.pos])
			}
			e.pos++
		}
	}
	return last, nil
}

func isNameTok(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
}

func (e *miniEval) peek() string {
	if e.pos < len(e.toks) {
		return e.toks[e.pos]
	}
	return ""
}

func (e *miniEval) expect(s string) error {
	if e.peek() != s {
		return fmt.Errorf("expected %q, got %q", s, e.peek())
	}
	e.pos++
	return nil
}

var miniCmp = map[string]compile.CmpOp{"<": compile.CmpLt, "<=": compile.CmpLe, "==": compile.CmpEq,
	"!=": compile.CmpNe, ">": compile.CmpGt, ">=": compile.CmpGe}

var miniBin = []map[string]compile.BinOp{
	{"|": compile.OpOr},
	{"^": compile.OpXor},
	{"&": compile.OpAnd},
	{"<<": compile.OpLShift, ">>": compile.OpRShift},
	{"+": compile.OpAdd, "-": compile.OpSub},
	{"*": compile.OpMul, "/": compile.OpTrueDiv, "//": compile.OpFloorDiv, "%": compile.OpMod},
}

// expr = comparison
func (e *miniEval) expr() (Object, error) {
	if e.peek() == "not" {
		e.pos++
		v, err := e.expr()
		if err != nil {
			return nil, err
		}
		t, err := Truth(e.th, v)
		return Bool(!t), err
	}
	left, err := e.binary(0)
	if err != nil {
		return nil, err
	}
	for {
		tok := e.peek()
		if op, ok := miniCmp[tok]; ok {
			e.pos++
			right, err := e.binary(0)
			if err != nil {
				return nil, err
			}
			if left, err = RichCompare(e.th, op, left, right); err != nil {
				return nil, err
			}
			continue
		}
		if tok == "in" || (tok == "not" && e.pos+1 < len(e.toks) && e.toks[e.pos+1] == "in") {
			neg := tok == "not"
			if neg {
				e.pos++
			}
			e.pos++
			right, err := e.binary(0)
			if err != nil {
				return nil, err
			}
			r, err := Contains(e.th, right, left)
			if err != nil {
				return nil, err
			}
			left = Bool(r != neg)
			continue
		}
		if tok == "is" {
			e.pos++
			neg := false
			if e.peek() == "not" {
				neg = true
				e.pos++
			}
			right, err := e.binary(0)
			if err != nil {
				return nil, err
			}
			left = Bool(Is(left, right) != neg)
			continue
		}
		return left, nil
	}
}

func (e *miniEval) binary(level int) (Object, error) {
	if level == len(miniBin) {
		return e.unary()
	}
	left, err := e.binary(level + 1)
	if err != nil {
		return nil, err
	}
	for {
		op, ok := miniBin[level][e.peek()]
		if !ok {
			return left, nil
		}
		e.pos++
		right, err := e.binary(level + 1)
		if err != nil {
			return nil, err
		}
		if left, err = BinaryOp(e.th, op, left, right); err != nil {
			return nil, err
		}
	}
}

func (e *miniEval) unary() (Object, error) {
	switch e.peek() {
	case "-", "+", "~":
		op := map[string]compile.Op{"-": compile.UNARY_NEGATIVE, "+": compile.UNARY_POSITIVE, "~": compile.UNARY_INVERT}[e.peek()]
		e.pos++
		v, err := e.unary()
		if err != nil {
			return nil, err
		}
		return UnaryOp(e.th, op, v)
	}
	base, err := e.postfix()
	if err != nil {
		return nil, err
	}
	if e.peek() == "**" {
		e.pos++
		exp, err := e.unary()
		if err != nil {
			return nil, err
		}
		return BinaryOp(e.th, compile.OpPow, base, exp)
	}
	return base, nil
}

func (e *miniEval) postfix() (Object, error) {
	v, err := e.primary()
	if err != nil {
		return nil, err
	}
	for {
		switch e.peek() {
		case ".":
			e.pos++
			name := e.peek()
			e.pos++
			if v, err = GetAttr(e.th, v, name); err != nil {
				return nil, err
			}
		case "(":
			e.pos++
			args, kwnames, err := e.callArgs()
			if err != nil {
				return nil, err
			}
			if v, err = e.th.Call(v, args, kwnames); err != nil {
				return nil, err
			}
		case "[":
			e.pos++
			key, err := e.subscript()
			if err != nil {
				return nil, err
			}
			if err := e.expect("]"); err != nil {
				return nil, err
			}
			if v, err = GetItem(e.th, v, key); err != nil {
				return nil, err
			}
		default:
			return v, nil
		}
	}
}

func (e *miniEval) subscript() (Object, error) {
	var parts [3]Object
	n := 0
	for {
		if e.peek() == ":" || e.peek() == "]" {
			parts[n] = None
		} else {
			x, err := e.expr()
			if err != nil {
				return nil, err
			}
			parts[n] = x
		}
		if e.peek() != ":" {
			break
		}
		e.pos++
		n++
		if n > 2 {
			return nil, fmt.Errorf("bad slice")
		}
	}
	if n == 0 {
		return parts[0], nil
	}
	for i := n + 1; i < 3; i++ {
		parts[i] = None
	}
	return &Slice{Start: parts[0], Stop: parts[1], Step: parts[2]}, nil
}

func (e *miniEval) callArgs() ([]Object, []string, error) {
	var pos, kw []Object
	var names []string
	for e.peek() != ")" {
		switch {
		case e.peek() == "*":
			e.pos++
			v, err := e.expr()
			if err != nil {
				return nil, nil, err
			}
			items, err := e.th.Iterate(v)
			if err != nil {
				return nil, nil, err
			}
			pos = append(pos, items...)
		case e.peek() == "**":
			e.pos++
			v, err := e.expr()
			if err != nil {
				return nil, nil, err
			}
			for _, kv := range v.(*Dict).Items() {
				names = append(names, string(kv[0].(Str)))
				kw = append(kw, kv[1])
			}
		case isNameTok(e.peek()) && e.pos+1 < len(e.toks) && e.toks[e.pos+1] == "=":
			names = append(names, e.peek())
			e.pos += 2
			v, err := e.expr()
			if err != nil {
				return nil, nil, err
			}
			kw = append(kw, v)
		default:
			v, err := e.expr()
			if err != nil {
				return nil, nil, err
			}
			pos = append(pos, v)
		}
		if e.peek() == "," {
			e.pos++
		} else if e.peek() != ")" {
			return nil, nil, fmt.Errorf("bad call, at %q", e.peek())
		}
	}
	e.pos++
	return append(pos, kw...), names, nil
}

// seq parses comma-separated expressions up to the closing token; it
// reports whether a trailing comma was seen (for 1-tuples).
func (e *miniEval) seq(close string) ([]Object, bool, error) {
	var out []Object
	comma := false
	for e.peek() != close {
		v, err := e.expr()
		if err != nil {
			return nil, false, err
		}
		out = append(out, v)
		comma = false
		if e.peek() == "," {
			e.pos++
			comma = true
		} else if e.peek() != close {
			return nil, false, fmt.Errorf("expected %q, got %q", close, e.peek())
		}
	}
	e.pos++
	return out, comma, nil
}

func (e *miniEval) primary() (Object, error) {
	tok := e.peek()
	if tok == "" {
		return nil, fmt.Errorf("unexpected end")
	}
	e.pos++
	switch {
	case tok == "(":
		items, comma, err := e.seq(")")
		if err != nil {
			return nil, err
		}
		if len(items) == 1 && !comma {
			return items[0], nil
		}
		return Tuple(items), nil
	case tok == "[":
		items, _, err := e.seq("]")
		return NewList(items), err
	case tok == "{":
		if e.peek() == "}" {
			e.pos++
			return NewDict(), nil
		}
		first, err := e.expr()
		if err != nil {
			return nil, err
		}
		if e.peek() == ":" {
			d := NewDict()
			for {
				e.pos++
				v, err := e.expr()
				if err != nil {
					return nil, err
				}
				if err := d.SetItem(e.th, first, v); err != nil {
					return nil, err
				}
				if e.peek() == "," {
					e.pos++
				}
				if e.peek() == "}" {
					e.pos++
					return d, nil
				}
				if first, err = e.expr(); err != nil {
					return nil, err
				}
				if e.peek() != ":" {
					return nil, fmt.Errorf("bad dict")
				}
			}
		}
		s := NewSet()
		if err := s.Add(e.th, first); err != nil {
			return nil, err
		}
		if e.peek() == "," {
			e.pos++
		}
		rest, _, err := e.seq("}")
		if err != nil {
			return nil, err
		}
		for _, x := range rest {
			if err := s.Add(e.th, x); err != nil {
				return nil, err
			}
		}
		return s, nil
	case tok[0] == '\'' || tok[0] == '"' || strings.HasPrefix(tok, "b'") || strings.HasPrefix(tok, "b\"") ||
		strings.HasPrefix(tok, "r'") || strings.HasPrefix(tok, "r\""):
		v, err := miniString(tok)
		if err != nil {
			return nil, err
		}
		// Adjacent literals concatenate.
		for e.peek() != "" && (e.peek()[0] == '\'' || e.peek()[0] == '"') {
			w, err := miniString(e.peek())
			if err != nil {
				return nil, err
			}
			e.pos++
			v = v.(Str) + w.(Str)
		}
		return v, nil
	case tok[0] >= '0' && tok[0] <= '9' || tok[0] == '.':
		return miniNumber(tok)
	case tok == "True":
		return True, nil
	case tok == "False":
		return False, nil
	case tok == "None":
		return None, nil
	case tok == "...":
		return Ellipsis, nil
	case isNameTok(tok):
		if v, ok := e.vars[tok]; ok {
			return v, nil
		}
		if v := e.th.Builtins.GetStr(tok); v != nil {
			return v, nil
		}
		return nil, e.th.Errorf(NameErrorType, "name '%s' is not defined", tok)
	}
	return nil, fmt.Errorf("unexpected %q", tok)
}

func miniNumber(tok string) (Object, error) {
	t := strings.ReplaceAll(tok, "_", "")
	if strings.HasSuffix(t, "j") || strings.HasSuffix(t, "J") {
		f, err := strconv.ParseFloat(t[:len(t)-1], 64)
		return Complex(complex(0, f)), err
	}
	if strings.ContainsAny(t, ".eE") && !strings.HasPrefix(t, "0x") {
		f, err := strconv.ParseFloat(t, 64)
		return Float(f), err
	}
	z, ok := new(big.Int).SetString(t, 0)
	if !ok {
		return nil, fmt.Errorf("bad number %q", tok)
	}
	return MakeInt(z), nil
}

func miniString(tok string) (Object, error) {
	isBytes, raw := false, false
	for tok[0] == 'b' || tok[0] == 'r' {
		if tok[0] == 'b' {
			isBytes = true
		} else {
			raw = true
		}
		tok = tok[1:]
	}
	body := tok[1 : len(tok)-1]
	if raw {
		if isBytes {
			return Bytes(body), nil
		}
		return Str(body), nil
	}
	var out []byte
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		switch body[i] {
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'r':
			out = append(out, '\r')
		case '0':
			out = append(out, 0)
		case 'x':
			v, _ := strconv.ParseUint(body[i+1:i+3], 16, 8)
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
			i += 2
		case 'u':
			v, _ := strconv.ParseUint(body[i+1:i+5], 16, 32)
			out = appendCodePoint(out, rune(v))
			i += 4
		case 'U':
			v, _ := strconv.ParseUint(body[i+1:i+9], 16, 32)
			out = appendCodePoint(out, rune(v))
			i += 8
		default:
			out = append(out, body[i])
		}
	}
	if isBytes {
		return Bytes(out), nil
	}
	return Str(out), nil
}

func miniTokens(src string) ([]string, error) {
	var toks []string
	ops := []string{"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "...",
		"(", ")", "[", "]", "{", "}", ",", ":", ".", "=", ";", "*", "/", "%", "+", "-", "<", ">", "|", "&", "^", "~", "@"}
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '\'' || c == '"' || ((c == 'b' || c == 'r') && i+1 < len(src) && (src[i+1] == '\'' || src[i+1] == '"' ||
			((src[i+1] == 'r' || src[i+1] == 'b') && i+2 < len(src) && (src[i+2] == '\'' || src[i+2] == '"')))):
			j := i
			for src[j] != '\'' && src[j] != '"' {
				j++
			}
			q := src[j]
			k := j + 1
			for k < len(src) && src[k] != q {
				if src[k] == '\\' {
					k++
				}
				k++
			}
			if k >= len(src) {
				return nil, fmt.Errorf("unterminated string")
			}
			toks = append(toks, src[i:k+1])
			i = k + 1
		case c >= '0' && c <= '9' || (c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9'):
			j := i
			for j < len(src) {
				d := src[j]
				if d >= '0' && d <= '9' || d == '.' || d == '_' || d == 'x' || d == 'o' || d == 'b' ||
					(d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F') || d == 'j' || d == 'J' {
					j++
				} else if (d == '+' || d == '-') && (src[j-1] == 'e' || src[j-1] == 'E') && !strings.HasPrefix(src[i:], "0x") {
					j++
				} else {
					break
				}
			}
			toks = append(toks, src[i:j])
			i = j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, src[i:j])
			i = j
		default:
			found := false
			for _, op := range ops {
				if strings.HasPrefix(src[i:], op) {
					toks = append(toks, op)
					i += len(op)
					found = true
					break
				}
			}
			if !found {
				return nil, fmt.Errorf("bad character %q", c)
			}
		}
	}
	return toks, nil
}

// TestMiniEval checks the evaluator itself.
func TestMiniEval(t *testing.T) {
	runCases(t, [][2]string{
		{"1 + 2 * 3", "7"},
		{"x = [1, 2]; x", "[1, 2]"},
		{"(1,)", "(1,)"},
		{"{1: 'a', 2: 'b'}", "{1: 'a', 2: 'b'}"},
		{"'abc'[1:]", "'bc'"},
		{"2 ** 3 ** 2", "512"},
		{"-2 ** 2", "-4"},
	})
}

// TestBuiltinFuncs covers the functions of builtins_funcs.go.
func TestBuiltinFuncs(t *testing.T) {
	runCases(t, [][2]string{
		{"len()", "TypeError: len() takes exactly one argument (0 given)"},
		{"len(1,2)", "TypeError: len() takes exactly one argument (2 given)"},
		{"len(x=1)", "TypeError: len() takes no keyword arguments"},
		{"len([1,2,3])", "3"},
		{"len('héllo')", "5"},
		{"len(range(10))", "10"},
		{"len({1:2})", "1"},
		{"len(5)", "TypeError: object of type 'int' has no len()"},
		{"abs()", "TypeError: abs() takes exactly one argument (0 given)"},
		{"abs(-5)", "5"},
		{"abs(-5.5)", "5.5"},
		{"abs(True)", "1"},
		{"abs(-2**63)", "9223372036854775808"},
		{"abs(-3+4j)", "5.0"},
		{"abs('a')", "TypeError: bad operand type for abs(): 'str'"},
		{"sorted()", "TypeError: sorted expected 1 argument, got 0"},
		{"sorted(1,2)", "TypeError: sorted expected 1 argument, got 2"},
		{"sorted([], foo=1)", "TypeError: 'foo' is an invalid keyword argument for sort()"},
		{"sorted([3,1,2])", "[1, 2, 3]"},
		{"sorted([3,1,2], reverse=True)", "[3, 2, 1]"},
		{"sorted([3,1,2], reverse=1)", "[3, 2, 1]"},
		{"sorted([3,1,2], reverse='a')", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"sorted([3,1,2], reverse=None)", "TypeError: 'NoneType' object cannot be interpreted as an integer"},
		{"sorted([1,'a'])", "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"sorted(['b','A','c'], key=str.lower)", "['A', 'b', 'c']"},
		{"sorted(['bb','a','ccc'], key=len, reverse=True)", "['ccc', 'bb', 'a']"},
		{"sorted([(1,'b'),(0,'c'),(1,'a')])", "[(0, 'c'), (1, 'a'), (1, 'b')]"},
		{"sorted('hello')", "['e', 'h', 'l', 'l', 'o']"},
		{"sorted({3:1, 1:2})", "[1, 3]"},
		{"sorted([3,1,2], key=None)", "[1, 2, 3]"},
		{"sorted([1], 2)", "TypeError: sorted expected 1 argument, got 2"},
		{"divmod(1)", "TypeError: divmod expected 2 arguments, got 1"},
		{"divmod(1,2,3)", "TypeError: divmod expected 2 arguments, got 3"},
		{"divmod(-7, 2)", "(-4, 1)"},
		{"divmod(7, -2)", "(-4, -1)"},
		{"divmod(7.5, 2)", "(3.0, 1.5)"},
		{"divmod(7.0, -2.0)", "(-4.0, -1.0)"},
		{"divmod(-0.0, 1.0)", "(-0.0, 0.0)"},
		{"divmod(True, 2)", "(0, 1)"},
		{"divmod(2**70, 3)", "(393530540239137101141, 1)"},
		{"divmod(1, 2.0)", "(0.0, 1.0)"},
		{"divmod(1, 0)", "ZeroDivisionError: integer division or modulo by zero"},
		{"divmod(1.0, 0)", "ZeroDivisionError: float divmod()"},
		{"divmod('a', 1)", "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
		{"divmod(1+2j, 1)", "TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'"},
		{"pow()", "TypeError: pow() missing required argument 'base' (pos 1)"},
		{"pow(1)", "TypeError: pow() missing required argument 'exp' (pos 2)"},
		{"pow(1,2,3,4)", "TypeError: pow() takes at most 3 arguments (4 given)"},
		{"pow(base=2, exp=3)", "8"},
		{"pow(2, exp=3, foo=1)", "TypeError: 'foo' is an invalid keyword argument for pow()"},
		{"pow(2, 10)", "1024"},
		{"pow(2, -1)", "0.5"},
		{"pow(2.0, 0.5)", "1.4142135623730951"},
		{"pow(2, -1, 7)", "4"},
		{"pow(3, -2, 7)", "4"},
		{"pow(2, 3, 0)", "ValueError: pow() 3rd argument cannot be 0"},
		{"pow(2, 3, -5)", "-2"},
		{"pow(-2, 3, 5)", "2"},
		{"pow(2.0, 3, 5)", "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"pow(2, 0.5, 5)", "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"pow(2, -1, 4)", "ValueError: base is not invertible for the given modulus"},
		{"pow(0, -1)", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
		{"pow('a', 2)", "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"},
		{"pow(2, 3, None)", "8"},
		{"pow(True, 2)", "1"},
		{"pow(7, 0, 1)", "0"},
		{"pow(2, 100, 10**9+7)", "976371285"},
		{"round()", "TypeError: round() missing required argument 'number' (pos 1)"},
		{"round(1,2,3)", "TypeError: round() takes at most 2 arguments (3 given)"},
		{"round(number=1.5)", "2"},
		{"round(1.5, foo=2)", "TypeError: 'foo' is an invalid keyword argument for round()"},
		{"round(1.5, number=2)", "TypeError: argument for round() given by name ('number') and position (1)"},
		{"round(2.675, 2)", "2.67"},
		{"round(2.5)", "2"},
		{"round(3.5)", "4"},
		{"round(-2.5)", "-2"},
		{"round(0.125, 2)", "0.12"},
		{"round(0.375, 2)", "0.38"},
		{"round(1.005, 2)", "1.0"},
		{"round(123.456, 1)", "123.5"},
		{"round(123.456, -1)", "120.0"},
		{"round(1234.5678, -2)", "1200.0"},
		{"round(1e300)", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"},
		{"round(float('inf'))", "OverflowError: cannot convert float infinity to integer"},
		{"round(float('nan'))", "ValueError: cannot convert float NaN to integer"},
		{"round(float('nan'), 2)", "nan"},
		{"round(float('inf'), 2)", "inf"},
		{"round(1234, -2)", "1200"},
		{"round(1250, -2)", "1200"},
		{"round(1350, -2)", "1400"},
		{"round(-1250, -2)", "-1200"},
		{"round(1234, 2)", "1234"},
		{"round(True)", "1"},
		{"round(True, 2)", "1"},
		{"round(1.5, None)", "2"},
		{"round(1.5, 'a')", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"round('a')", "TypeError: type str doesn't define __round__ method"},
		{"round(5e-324, 400)", "5e-324"},
		{"round(1.7976931348623157e308, -308)", "OverflowError: rounded value too large to represent"},
		{"round(0.5, 0)", "0.0"},
		{"round(-0.5, 0)", "-0.0"},
		{"round(-0.0)", "0"},
		{"round(123.456, 10**20)", "123.456"},
		{"round(123.456, -10**20)", "0.0"},
		{"round(15, -1)", "20"},
		{"round(25, -1)", "20"},
		{"round(2**70 + 5, -1)", "1180591620717411303430"},
		{"round(5, -100)", "0"},
		{"round(0.1 + 0.2, 15)", "0.3"},
		{"round(2.5, 0)", "2.0"},
		{"round(-1.5e-10, 5)", "-0.0"},
		{"min()", "TypeError: min expected at least 1 argument, got 0"},
		{"min(1)", "TypeError: 'int' object is not iterable"},
		{"min([])", "ValueError: min() arg is an empty sequence"},
		{"min([], default=3)", "3"},
		{"min(1, 2, default=3)", "TypeError: Cannot specify a default for min() with multiple positional arguments"},
		{"min([1], foo=3)", "TypeError: 'foo' is an invalid keyword argument for min()"},
		{"max([], key=None)", "ValueError: max() arg is an empty sequence"},
		{"min([3,1,2])", "1"},
		{"max(3,1,2)", "3"},
		{"max('abc', key=ord)", "'c'"},
		{"min([], default=None)", "None"},
		{"max([1,2], [1,3])", "[1, 3]"},
		{"min([1,'a'])", "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"max(1, 'a')", "TypeError: '>' not supported between instances of 'str' and 'int'"},
		{"max([1, 1.0, True])", "1"},
		{"min([1, 1.0, True])", "1"},
		{"max([(1, 'b'), (1, 'a')])", "(1, 'b')"},
		{"max(['aa', 'b', 'cc'], key=len)", "'aa'"},
		{"min(['aa', 'b', 'cc'], key=len)", "'b'"},
		{"max(range(5), key=None)", "4"},
		{"sum()", "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{"sum([1], 2, 3)", "TypeError: sum() takes at most 2 arguments (3 given)"},
		{"sum([1], start=2)", "3"},
		{"sum(['a'])", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{"sum(['a'], 'b')", "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{"sum([b'a'], b'')", "TypeError: sum() can't sum bytes [use b''.join(seq) instead]"},
		{"sum([[1],[2]], [])", "[1, 2]"},
		{"sum(start=0, iterable=[1])", "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{"sum([0.1]*10)", "0.9999999999999999"},
		{"sum([1, 2.5, 3])", "6.5"},
		{"sum([], 0.0)", "0.0"},
		{"sum(range(10), 10)", "55"},
		{"sum([1e100, 1.0, -1e100])", "0.0"},
		{"sum([2**62, 2**62, 2**62])", "13835058055282163712"},
		{"sum([True, True])", "2"},
		{"sum([1, 2], 0.5)", "3.5"},
		{"sum([(1,), (2,)], ())", "(1, 2)"},
		{"enumerate()", "TypeError: enumerate() missing required argument 'iterable'"},
		{"enumerate([], 1, 2)", "TypeError: enumerate() takes at most 2 arguments (3 given)"},
		{"enumerate([], foo=1)", "TypeError: 'foo' is an invalid keyword argument for enumerate()"},
		{"list(enumerate('ab'))", "[(0, 'a'), (1, 'b')]"},
		{"list(enumerate('ab', 5))", "[(5, 'a'), (6, 'b')]"},
		{"list(enumerate(iterable='ab', start=-1))", "[(-1, 'a'), (0, 'b')]"},
		{"list(enumerate('ab', 2**70))", "[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]"},
		{"enumerate([], 'a')", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"type(enumerate([])).__name__", "'enumerate'"},
		{"list(zip())", "[]"},
		{"list(zip([1,2],[3,4,5]))", "[(1, 3), (2, 4)]"},
		{"list(zip('ab', range(3), [True]))", "[('a', 0, True)]"},
		{"zip([1], foo=1)", "TypeError: 'foo' is an invalid keyword argument for zip()"},
		{"zip(1)", "TypeError: 'int' object is not iterable"},
		{"zip([1], 1)", "TypeError: 'int' object is not iterable"},
		{"list(zip([1,2],[3], strict=True))", "ValueError: zip() argument 2 is shorter than argument 1"},
		{"list(zip([1],[3,4], strict=True))", "ValueError: zip() argument 2 is longer than argument 1"},
		{"list(zip([1,2],[3,4],[5], strict=True))", "ValueError: zip() argument 3 is shorter than arguments 1-2"},
		{"list(zip([1,2],[3,4],[5,6,7], strict=True))", "ValueError: zip() argument 3 is longer than arguments 1-2"},
		{"list(zip([1,2],[3,4], strict=True))", "[(1, 3), (2, 4)]"},
		{"type(zip()).__name__", "'zip'"},
		{"map()", "TypeError: map() must have at least two arguments."},
		{"map(abs)", "TypeError: map() must have at least two arguments."},
		{"map(abs, 1)", "TypeError: 'int' object is not iterable"},
		{"list(map(abs, [-1, 2, -3]))", "[1, 2, 3]"},
		{"list(map(pow, [2, 3], [3, 2, 1]))", "[8, 9]"},
		{"list(map(str.upper, 'ab'))", "['A', 'B']"},
		{"type(map(abs, [])).__name__", "'map'"},
		{"filter()", "TypeError: filter expected 2 arguments, got 0"},
		{"filter(None)", "TypeError: filter expected 2 arguments, got 1"},
		{"filter(None, [1], 2)", "TypeError: filter expected 2 arguments, got 3"},
		{"list(filter(None, [0, 1, '', 'a', None, [], [0]]))", "[1, 'a', [0]]"},
		{"list(filter(str.isdigit, 'a1b2'))", "['1', '2']"},
		{"type(filter(None, [])).__name__", "'filter'"},
		{"reversed()", "TypeError: reversed expected 1 argument, got 0"},
		{"reversed(1)", "TypeError: 'int' object is not reversible"},
		{"reversed([], 1)", "TypeError: reversed expected 1 argument, got 2"},
		{"reversed({1})", "TypeError: 'set' object is not reversible"},
		{"list(reversed([1,2,3]))", "[3, 2, 1]"},
		{"list(reversed((1,2,3)))", "[3, 2, 1]"},
		{"list(reversed('abc'))", "['c', 'b', 'a']"},
		{"list(reversed(range(5)))", "[4, 3, 2, 1, 0]"},
		{"list(reversed(range(0, 10, 3)))", "[9, 6, 3, 0]"},
		{"list(reversed(range(0)))", "[]"},
		{"list(reversed({1: 2, 3: 4}))", "[3, 1]"},
		{"list(reversed({1: 2, 3: 4}.items()))", "[(3, 4), (1, 2)]"},
		{"list(reversed({1: 2, 3: 4}.values()))", "[4, 2]"},
		{"type(reversed([])).__name__", "'list_reverseiterator'"},
		{"type(reversed('a')).__name__", "'reversed'"},
		{"type(reversed(())).__name__", "'reversed'"},
		{"type(reversed(range(1))).__name__", "'range_iterator'"},
		{"type(reversed({})).__name__", "'dict_reversekeyiterator'"},
		{"type(reversed({}.values())).__name__", "'dict_reversevalueiterator'"},
		{"type(reversed({}.items())).__name__", "'dict_reverseitemiterator'"},
		{"any()", "TypeError: any() takes exactly one argument (0 given)"},
		{"any(1)", "TypeError: 'int' object is not iterable"},
		{"any([0, '', None])", "False"},
		{"any([0, 1])", "True"},
		{"all([])", "True"},
		{"all([1, 0])", "False"},
		{"all('abc')", "True"},
		{"isinstance()", "TypeError: isinstance expected 2 arguments, got 0"},
		{"isinstance(1)", "TypeError: isinstance expected 2 arguments, got 1"},
		{"isinstance(1, 2)", "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance(1, (int, 2))", "True"},
		{"isinstance(1, (2, int))", "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"isinstance(True, int)", "True"},
		{"isinstance(1, (str, (bool, int)))", "True"},
		{"isinstance(1, ())", "False"},
		{"isinstance('a', str)", "True"},
		{"isinstance(1.0, int)", "False"},
		{"isinstance(int, type)", "True"},
		{"isinstance(ValueError('x'), Exception)", "True"},
		{"isinstance(None, object)", "True"},
		{"issubclass(1, int)", "TypeError: issubclass() arg 1 must be a class"},
		{"issubclass(int, 1)", "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
		{"issubclass(bool, (str, (int,)))", "True"},
		{"issubclass(bool, int)", "True"},
		{"issubclass(int, (str,))", "False"},
		{"issubclass(int, (str, 1))", "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
		{"issubclass(KeyError, LookupError)", "True"},
		{"issubclass(int, object)", "True"},
		{"callable()", "TypeError: callable() takes exactly one argument (0 given)"},
		{"callable(1, 2)", "TypeError: callable() takes exactly one argument (2 given)"},
		{"callable(len)", "True"},
		{"callable(1)", "False"},
		{"callable(int)", "True"},
		{"callable(str.upper)", "True"},
		{"callable('a'.upper)", "True"},
		{"getattr()", "TypeError: getattr expected at least 2 arguments, got 0"},
		{"getattr(1)", "TypeError: getattr expected at least 2 arguments, got 1"},
		{"getattr(1, 2)", "TypeError: attribute name must be string, not 'int'"},
		{"getattr(1, 'x')", "AttributeError: 'int' object has no attribute 'x'"},
		{"getattr(1, 'x', 2, 3)", "TypeError: getattr expected at most 3 arguments, got 4"},
		{"getattr(1, 'real')", "1"},
		{"getattr(1, 'x', None)", "None"},
		{"getattr('a', 'upper')()", "'A'"},
		{"setattr(1, 'x', 2)", "AttributeError: 'int' object has no attribute 'x'"},
		{"setattr(1, 2, 2)", "TypeError: attribute name must be string, not 'int'"},
		{"hasattr(1)", "TypeError: hasattr expected 2 arguments, got 1"},
		{"hasattr(1, 2)", "TypeError: attribute name must be string, not 'int'"},
		{"hasattr(1, 'real')", "True"},
		{"hasattr(1, 'x')", "False"},
		{"delattr(1, 'x')", "AttributeError: 'int' object has no attribute 'x'"},
		{"hash([])", "TypeError: unhashable type: 'list'"},
		{"hash(1, 2)", "TypeError: hash() takes exactly one argument (2 given)"},
		{"hash(1)", "1"},
		{"hash(-1)", "-2"},
		{"hash(1.5)", "1152921504606846977"},
		{"hash(())", "5740354900026072187"},
		{"hash((1,2))", "-3550055125485641917"},
		{"hash(2**100)", "549755813888"},
		{"hash(-2**100)", "-549755813888"},
		{"hash(float('inf'))", "314159"},
		{"hash(0.1)", "230584300921369408"},
		{"hash(True)", "1"},
		{"chr(-1)", "ValueError: chr() arg not in range(0x110000)"},
		{"chr(0x110000)", "ValueError: chr() arg not in range(0x110000)"},
		{"chr('a')", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"chr(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
		{"chr(2**70)", "OverflowError: Python int too large to convert to C int"},
		{"chr(2**40)", "OverflowError: Python int too large to convert to C int"},
		{"chr(65)", "'A'"},
		{"chr(233)", "'é'"},
		{"chr(0x1f600)", "'😀'"},
		{"chr(True)", "'\\x01'"},
		{"ord('ab')", "TypeError: ord() expected a character, but string of length 2 found"},
		{"ord(1)", "TypeError: ord() expected string of length 1, but int found"},
		{"ord('')", "TypeError: ord() expected a character, but string of length 0 found"},
		{"ord(b'a')", "97"},
		{"ord(b'ab')", "TypeError: ord() expected a character, but string of length 2 found"},
		{"ord(b'')", "TypeError: ord() expected a character, but string of length 0 found"},
		{"ord('a')", "97"},
		{"ord('é')", "233"},
		{"ord('😀')", "128512"},
		{"hex(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
		{"hex('a')", "TypeError: 'str' object cannot be interpreted as an integer"},
		{"hex(255)", "'0xff'"},
		{"hex(-255)", "'-0xff'"},
		{"hex(2**70)", "'0x400000000000000000'"},
		{"hex(0)", "'0x0'"},
		{"hex(True)", "'0x1'"},
		{"bin(-5)", "'-0b101'"},
		{"bin(0)", "'0b0'"},
		{"bin(True)", "'0b1'"},
		{"oct(-8)", "'-0o10'"},
		{"oct(8)", "'0o10'"},
		{"format()", "TypeError: format expected at least 1 argument, got 0"},
		{"format(1, 2)", "TypeError: format() argument 2 must be str, not int"},
		{"format(1, 'x', 3)", "TypeError: format expected at most 2 arguments, got 3"},
		{"format(5)", "'5'"},
		{"format(5, None)", "TypeError: format() argument 2 must be str, not None"},
		{"format(255, 'x')", "'ff'"},
		{"format(3.14159, '.2f')", "'3.14'"},
		{"format('a', '>3')", "'  a'"},
		{"format(1234567, ',')", "'1,234,567'"},
		{"format(None)", "'None'"},
		{"format(None, 'x')", "TypeError: unsupported format string passed to NoneType.__format__"},
		{"format([1, 2])", "'[1, 2]'"},
		{"iter()", "TypeError: iter expected at least 1 argument, got 0"},
		{"iter(1)", "TypeError: 'int' object is not iterable"},
		{"iter(1, 2)", "TypeError: iter(v, w): v must be callable"},
		{"iter(1, 2, 3)", "TypeError: iter expected at most 2 arguments, got 3"},
		{"type(iter('a')).__name__", "'str_ascii_iterator'"},
		{"type(iter(b'a')).__name__", "'bytes_iterator'"},
		{"type(iter({1})).__name__", "'set_iterator'"},
		{"type(iter(range(1))).__name__", "'range_iterator'"},
		{"type(iter(())).__name__", "'tuple_iterator'"},
		{"type(iter({})).__name__", "'dict_keyiterator'"},
		{"type(iter([])).__name__", "'list_iterator'"},
		{"next()", "TypeError: next expected at least 1 argument, got 0"},
		{"next(1)", "TypeError: 'int' object is not an iterator"},
		{"next(iter([]))", "StopIteration: "},
		{"next(iter([]), 5)", "5"},
		{"next(iter([1]), 5)", "1"},
		{"next(iter([1, 2]))", "1"},
		{"it = iter([1, 2]); next(it); next(it)", "2"},
		{"it = iter([1]); next(it); next(it, 'end')", "'end'"},
		{"next([1])", "TypeError: 'list' object is not an iterator"},
		{"vars(1)", "TypeError: vars() argument must have __dict__ attribute"},
		{"dir(1, 2)", "TypeError: dir expected at most 1 argument, got 2"},
		{"globals(1)", "TypeError: globals() takes no arguments (1 given)"},
		{"exit(3)", "SystemExit: 3"},
		{"quit()", "SystemExit: None"},
		{"exit('bye')", "SystemExit: bye"},
		// The playground has no files: open() always fails (a deliberate difference).
		{"open('x')", "FileNotFoundError: [Errno 2] No such file or directory: 'x'"},
		{"open('x', 'w')", "PermissionError: [Errno 1] Operation not permitted: 'x'"},
		{"open()", "TypeError: open() missing required argument 'file' (pos 1)"},
		{"ascii('é')", "\"'\\\\xe9'\""},
		{"ascii([1, 'é', '\\u1234', '\\U0001f600'])", "\"[1, '\\\\xe9', '\\\\u1234', '\\\\U0001f600']\""},
		{"repr()", "TypeError: repr() takes exactly one argument (0 given)"},
		{"repr('a')", "\"'a'\""},
		{"repr([1, 'b'])", "\"[1, 'b']\""},
		{"id()", "TypeError: id() takes exactly one argument (0 given)"},
		{"id(1, 2)", "TypeError: id() takes exactly one argument (2 given)"},
		{"input(1, 2)", "TypeError: input expected at most 1 argument, got 2"},
		{"__import__()", "TypeError: __import__() missing required argument 'name' (pos 1)"},
		{"__import__('nosuchmodule')", "ModuleNotFoundError: No module named 'nosuchmodule'"},
		{"__import__(1)", "TypeError: module name must be a string"},
	})
}
