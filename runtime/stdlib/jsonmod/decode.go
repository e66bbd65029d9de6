package jsonmod

import (
	"math/big"
	"strings"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

// decoder parses a JSON document held as code points, so that positions
// in error messages count characters, as CPython's do.
type decoder struct {
	th         *py.Thread
	s          []rune
	doc        py.Object // the str, for JSONDecodeError.doc
	errCls     py.Object // json.JSONDecodeError
	objHook    py.Object
	pairsHook  py.Object
	parseFloat py.Object
	parseInt   py.Object
	parseConst py.Object
	memo       map[string]py.Object // interned keys
}

// fail raises JSONDecodeError(msg, doc, pos).
func (d *decoder) fail(msg string, pos int) error {
	e, err := d.th.Call(d.errCls, []py.Object{py.Str(msg), d.doc, py.Int(pos)}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

func isWS(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func (d *decoder) skipWS(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

func (d *decoder) hasPrefix(i int, p string) bool {
	j := i
	for _, r := range p {
		if j >= len(d.s) || d.s[j] != r {
			return false
		}
		j++
	}
	return true
}

// value parses the value starting at i (no leading whitespace).
func (d *decoder) value(i int) (py.Object, int, error) {
	if i >= len(d.s) {
		return nil, 0, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, j, err := d.str(i + 1)
		return py.Str(s), j, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return py.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return py.True, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return py.False, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return d.constant("NaN", i+3)
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return d.constant("Infinity", i+8)
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return d.constant("-Infinity", i+9)
	}
	return d.number(i)
}

func (d *decoder) constant(name string, j int) (py.Object, int, error) {
	if d.parseConst != nil {
		v, err := d.th.Call(d.parseConst, []py.Object{py.Str(name)}, nil)
		return v, j, err
	}
	f, err := py.FloatOf(d.th, py.Str(name))
	return py.Float(f), j, err
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// number parses -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at i.
func (d *decoder) number(i int) (py.Object, int, error) {
	j := i
	if j < len(d.s) && d.s[j] == '-' {
		j++
	}
	if j >= len(d.s) || !isDigit(d.s[j]) {
		return nil, 0, d.fail("Expecting value", i)
	}
	if d.s[j] == '0' {
		j++
	} else {
		for j < len(d.s) && isDigit(d.s[j]) {
			j++
		}
	}
	isFloat := false
	if j+1 < len(d.s) && d.s[j] == '.' && isDigit(d.s[j+1]) {
		isFloat = true
		j += 2
		for j < len(d.s) && isDigit(d.s[j]) {
			j++
		}
	}
	if j < len(d.s) && (d.s[j] == 'e' || d.s[j] == 'E') {
		k := j + 1
		if k < len(d.s) && (d.s[k] == '+' || d.s[k] == '-') {
			k++
		}
		if k < len(d.s) && isDigit(d.s[k]) {
			for k < len(d.s) && isDigit(d.s[k]) {
				k++
			}
			isFloat = true
			j = k
		}
	}
	text := string(d.s[i:j])
	if isFloat {
		if d.parseFloat != nil {
			v, err := d.th.Call(d.parseFloat, []py.Object{py.Str(text)}, nil)
			return v, j, err
		}
		f, err := py.FloatOf(d.th, py.Str(text))
		return py.Float(f), j, err
	}
	if d.parseInt != nil {
		v, err := d.th.Call(d.parseInt, []py.Object{py.Str(text)}, nil)
		return v, j, err
	}
	z, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, 0, d.fail("Expecting value", i)
	}
	return py.MakeInt(z), j, nil
}

// str parses a string whose opening quote is at i-1.
func (d *decoder) str(i int) (string, int, error) {
	start := i - 1
	var sb strings.Builder
	for {
		if i >= len(d.s) {
			return "", 0, d.fail("Unterminated string starting at", start)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return sb.String(), i + 1, nil
		case c == '\\':
			i++
			if i >= len(d.s) {
				return "", 0, d.fail("Unterminated string starting at", start)
			}
			esc := d.s[i]
			switch esc {
			case '"', '\\', '/':
				sb.WriteRune(esc)
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				r, ok := d.hex4(i + 1)
				if !ok {
					return "", 0, d.fail("Invalid \\uXXXX escape", i)
				}
				i += 4
				if r >= 0xd800 && r <= 0xdbff && i+2 < len(d.s) && d.s[i+1] == '\\' && d.s[i+2] == 'u' {
					if r2, ok := d.hex4(i + 3); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
						r = 0x10000 + ((r - 0xd800) << 10) + (r2 - 0xdc00)
						i += 6
					}
				}
				// A lone surrogate cannot be held in a Go string; it
				// becomes U+FFFD.
				sb.WriteRune(r)
			default:
				return "", 0, d.fail("Invalid \\escape", i-1)
			}
			i++
		case c < 0x20:
			return "", 0, d.fail("Invalid control character at", i)
		default:
			sb.WriteRune(c)
			i++
		}
	}
}

func (d *decoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range d.s[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + c - '0'
		case c >= 'a' && c <= 'f':
			r = r*16 + c - 'a' + 10
		case c >= 'A' && c <= 'F':
			r = r*16 + c - 'A' + 10
		default:
			return 0, false
		}
	}
	return r, true
}

func (d *decoder) object(i int) (py.Object, int, error) {
	var pairs []py.Tuple
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(pairs, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, j, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		j = d.skipWS(j)
		if j >= len(d.s) || d.s[j] != ':' {
			return nil, 0, d.fail("Expecting ':' delimiter", j)
		}
		j = d.skipWS(j + 1)
		v, j, err := d.value(j)
		if err != nil {
			return nil, 0, err
		}
		key, ok := d.memo[k]
		if !ok {
			key = py.Str(k)
			d.memo[k] = key
		}
		pairs = append(pairs, py.Tuple{key, v})
		j = d.skipWS(j)
		if j < len(d.s) && d.s[j] == '}' {
			return d.finishObject(pairs, j+1)
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
		if i < len(d.s) && d.s[i] == '}' {
			return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
	}
}

func (d *decoder) finishObject(pairs []py.Tuple, j int) (py.Object, int, error) {
	if d.pairsHook != nil {
		l := make([]py.Object, len(pairs))
		for i, p := range pairs {
			l[i] = p
		}
		v, err := d.th.Call(d.pairsHook, []py.Object{py.NewList(l)}, nil)
		return v, j, err
	}
	m := py.NewDict()
	for _, p := range pairs {
		if err := m.SetItem(d.th, p[0], p[1]); err != nil {
			return nil, 0, err
		}
	}
	if d.objHook != nil {
		v, err := d.th.Call(d.objHook, []py.Object{m}, nil)
		return v, j, err
	}
	return m, j, nil
}

func (d *decoder) array(i int) (py.Object, int, error) {
	var items []py.Object
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == ']' {
		return py.NewList(items), i + 1, nil
	}
	for {
		v, j, err := d.value(i)
		if err != nil {
			return nil, 0, err
		}
		items = append(items, v)
		j = d.skipWS(j)
		if j < len(d.s) && d.s[j] == ']' {
			return py.NewList(items), j + 1, nil
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
	}
}

// decode is json's scanner entry point: _decode(s, errcls, object_hook,
// object_pairs_hook, parse_float, parse_int, parse_constant, idx, raw).
// With raw (raw_decode) it returns (value, end) and does not require the
// document to end there.
func decode(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := pyargs.Positional(th, "_decode", args, kw, 9, 9); err != nil {
		return nil, err
	}
	s, ok := args[0].(py.Str)
	if !ok {
		return nil, th.Errorf(py.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", args[0].Type().Name)
	}
	hook := func(o py.Object) py.Object {
		if o == py.None {
			return nil
		}
		return o
	}
	d := &decoder{th: th, s: []rune(string(s)), doc: s, errCls: args[1], objHook: hook(args[2]),
		pairsHook: hook(args[3]), parseFloat: hook(args[4]), parseInt: hook(args[5]), parseConst: hook(args[6]),
		memo: map[string]py.Object{}}
	idx, err := pyargs.Int64(th, args[7])
	if err != nil {
		return nil, err
	}
	raw, err := py.Truth(th, args[8])
	if err != nil {
		return nil, err
	}
	i := int(idx)
	if !raw {
		i = d.skipWS(i)
	}
	v, end, err := d.value(i)
	if err != nil {
		return nil, err
	}
	if raw {
		return py.Tuple{v, py.Int(end)}, nil
	}
	end = d.skipWS(end)
	if end != len(d.s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}
