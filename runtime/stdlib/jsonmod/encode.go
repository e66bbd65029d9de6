package jsonmod

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/aioplay/aioplay/runtime/py"
)

// encoder holds json.dumps's options.
type encoder struct {
	th          *py.Thread
	skipKeys    bool
	ensureASCII bool
	checkCirc   bool
	allowNaN    bool
	sortKeys    bool
	indent      *string // nil: compact, one line
	itemSep     string
	keySep      string
	def         py.Object // default=, or nil
	stack       []py.Object
	sb          strings.Builder
}

// encodeString writes s as a JSON string literal, as CPython's
// encode_basestring(_ascii) does.
func encodeString(sb *strings.Builder, s string, ascii bool) {
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || (ascii && r >= 0x7f):
				if r > 0xffff {
					r -= 0x10000
					hexEscape(sb, 0xd800|((r>>10)&0x3ff))
					hexEscape(sb, 0xdc00|(r&0x3ff))
				} else {
					hexEscape(sb, r)
				}
			default:
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
}

func hexEscape(sb *strings.Builder, r rune) {
	const digits = "0123456789abcdef"
	sb.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		sb.WriteByte(digits[(r>>shift)&0xf])
	}
}

// floatString is float.__repr__ with JSON's names for the specials.
func (e *encoder) floatString(f float64) (string, error) {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return "", e.outOfRange(f)
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return "", e.outOfRange(f)
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return "", e.outOfRange(f)
		}
		return "-Infinity", nil
	}
	return py.FloatRepr(f), nil
}

func (e *encoder) outOfRange(f float64) error {
	return e.th.Errorf(py.ValueErrorType, "Out of range float values are not JSON compliant")
}

func (e *encoder) newline(depth int) {
	if e.indent == nil {
		return
	}
	e.sb.WriteByte('\n')
	for i := 0; i < depth; i++ {
		e.sb.WriteString(*e.indent)
	}
}

func (e *encoder) enter(o py.Object) error {
	if !e.checkCirc {
		return nil
	}
	for _, x := range e.stack {
		if x == o {
			return e.th.NewError(py.ValueErrorType, "Circular reference detected")
		}
	}
	e.stack = append(e.stack, o)
	return nil
}

func (e *encoder) leave() {
	if e.checkCirc {
		e.stack = e.stack[:len(e.stack)-1]
	}
}

// dictItems returns the items of a dict or of a dict-like object from
// collections (which present items()).
func (e *encoder) dictItems(o py.Object) ([]py.Tuple, bool, error) {
	if d, ok := o.(*py.Dict); ok {
		return d.Items(), true, nil
	}
	if !o.Type().IsSubtype(py.DictType) {
		return nil, false, nil
	}
	items, err := py.GetAttr(e.th, o, "items")
	if err != nil {
		return nil, true, err
	}
	v, err := e.th.Call(items, nil, nil)
	if err != nil {
		return nil, true, err
	}
	pairs, err := e.th.Iterate(v)
	if err != nil {
		return nil, true, err
	}
	out := make([]py.Tuple, len(pairs))
	for i, p := range pairs {
		t, _ := p.(py.Tuple)
		out[i] = t
	}
	return out, true, nil
}

// key converts a dict key to its JSON string, or reports it skipped.
func (e *encoder) key(k py.Object) (string, bool, error) {
	switch v := k.(type) {
	case py.Str:
		return string(v), true, nil
	case py.Float:
		s, err := e.floatString(float64(v))
		return s, true, err
	case py.Bool:
		if v {
			return "true", true, nil
		}
		return "false", true, nil
	case *py.NoneType:
		return "null", true, nil
	case py.Int, *py.BigInt:
		s, err := py.ReprString(e.th, v)
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, e.th.Errorf(py.TypeErrorType, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *encoder) encode(o py.Object, depth int) error {
	switch v := o.(type) {
	case py.Str:
		encodeString(&e.sb, string(v), e.ensureASCII)
		return nil
	case *py.NoneType:
		e.sb.WriteString("null")
		return nil
	case py.Bool:
		if v {
			e.sb.WriteString("true")
		} else {
			e.sb.WriteString("false")
		}
		return nil
	case py.Int:
		e.sb.WriteString(strconv.FormatInt(int64(v), 10))
		return nil
	case *py.BigInt:
		s, err := py.ReprString(e.th, v)
		e.sb.WriteString(s)
		return err
	case py.Float:
		s, err := e.floatString(float64(v))
		e.sb.WriteString(s)
		return err
	case *py.List:
		return e.array(o, v.Items, depth)
	case py.Tuple:
		return e.array(o, v, depth)
	}
	if items, ok, err := e.dictItems(o); ok || err != nil {
		if err != nil {
			return err
		}
		return e.object(o, items, depth)
	}
	t := o.Type()
	if t.IsSubtype(py.TupleType) || t.IsSubtype(py.ListType) {
		items, err := e.th.Iterate(o)
		if err != nil {
			return err
		}
		return e.array(o, items, depth)
	}
	if t.IsSubtype(py.IntType) || t.IsSubtype(py.FloatType) {
		r, err := py.Repr(e.th, o)
		if err != nil {
			return err
		}
		e.sb.WriteString(string(r.(py.Str)))
		return nil
	}
	if e.def == nil {
		return e.th.Errorf(py.TypeErrorType, "Object of type %s is not JSON serializable", t.Name)
	}
	if err := e.enter(o); err != nil {
		return err
	}
	r, err := e.th.Call(e.def, []py.Object{o}, nil)
	if err != nil {
		return err
	}
	err = e.encode(r, depth)
	e.leave()
	return err
}

func (e *encoder) array(o py.Object, items []py.Object, depth int) error {
	if len(items) == 0 {
		e.sb.WriteString("[]")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	e.sb.WriteByte('[')
	for i, x := range items {
		if i > 0 {
			e.sb.WriteString(e.itemSep)
		}
		e.newline(depth + 1)
		if err := e.encode(x, depth+1); err != nil {
			return err
		}
	}
	e.newline(depth)
	e.sb.WriteByte(']')
	e.leave()
	return nil
}

func (e *encoder) object(o py.Object, items []py.Tuple, depth int) error {
	if len(items) == 0 {
		e.sb.WriteString("{}")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	if e.sortKeys {
		var serr error
		sort.SliceStable(items, func(i, j int) bool {
			if serr != nil {
				return false
			}
			lt, err := py.Less(e.th, items[i][0], items[j][0])
			if err != nil {
				serr = err
			}
			return lt
		})
		if serr != nil {
			return serr
		}
	}
	e.sb.WriteByte('{')
	first := true
	for _, kv := range items {
		k, ok, err := e.key(kv[0])
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.sb.WriteString(e.itemSep)
		}
		first = false
		e.newline(depth + 1)
		encodeString(&e.sb, k, e.ensureASCII)
		e.sb.WriteString(e.keySep)
		if err := e.encode(kv[1], depth+1); err != nil {
			return err
		}
	}
	e.newline(depth)
	e.sb.WriteByte('}')
	e.leave()
	return nil
}
