package pyfmt

import (
	"math"
	"strconv"
)

// Spec is a parsed format spec,
// [[fill]align][sign][z][#][0][width][grouping_option][.precision][type].
// It records only what was written: the defaults that depend on the type
// of the value being formatted are applied by the Format functions, in
// CPython's order (parse_internal_render_format_spec, then the
// per-type checks of formatter_unicode.c).
type Spec struct {
	// Fill is the fill code point: ' ' unless written, and '0' after the
	// "0" flag when no fill was written.
	Fill rune
	// Align is '<', '>', '^' or '=', or 0 when not written.
	Align byte
	// Sign is '+', '-' or ' ', or 0 when not written.
	Sign byte
	// NoNegZero is the 'z' option: a float that rounds to zero loses its
	// minus sign.
	NoNegZero bool
	// Alternate is the '#' option.
	Alternate bool
	// ZeroPad records the "0" flag before the width (only recognised when
	// no fill was written). For numbers with no explicit alignment it
	// means '=' alignment with '0' fill.
	ZeroPad bool
	// Width is the minimum field width in code points, or -1.
	Width int
	// Grouping is ',' or '_', or 0.
	Grouping byte
	// Precision is the precision, or -1.
	Precision int
	// Type is the presentation type, or -1 when not written. Any code
	// point parses; unknown ones are rejected when formatting, naming the
	// type. A written NUL is kept apart from "not written" because CPython
	// tells them apart: its sentinel for a float's missing type is NUL, so
	// format(1.5, '\x00') is '1.5', while format(1, '\x00') is an error.
	Type rune
}

// ParseSpec parses a format spec without knowing what it will format. It
// is ParseSpecFor(spec, ""), so a malformed spec reads "Invalid format
// specifier", CPython's message before 3.10; the Format functions name the
// value's type as 3.11 does.
func ParseSpec(spec string) (Spec, error) { return ParseSpecFor(spec, "") }

// ParseSpecFor parses spec as a spec for a value of the Python type
// typeName, which only appears in the message "Invalid format specifier
// 'abc' for object of type 'int'". It reports CPython's syntax errors:
// trailing characters, a '.' with no precision, both ',' and '_', and a
// width or precision that does not fit a Py_ssize_t ("Too many decimal
// digits in format string"). Errors that depend on the type (',' with
// 's', unknown type codes, ...) are reported by the Format functions.
func ParseSpecFor(spec, typeName string) (Spec, error) {
	// Specs are short: decode them into a stack array of code points so
	// the parser can look ahead by index as CPython's does.
	var buf [32]rune
	rs := buf[:0]
	for i := 0; i < len(spec); {
		r, size := decodeRune(spec[i:])
		rs = append(rs, r)
		i += size
	}
	s := Spec{Fill: ' ', Width: -1, Precision: -1, Type: -1}
	end := len(rs)
	pos := 0
	fillSpecified := false
	if end-pos >= 2 && isAlign(rs[pos+1]) {
		s.Align = byte(rs[pos+1])
		s.Fill = rs[pos]
		fillSpecified = true
		pos += 2
	} else if end-pos >= 1 && isAlign(rs[pos]) {
		s.Align = byte(rs[pos])
		pos++
	}
	if end-pos >= 1 && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		s.Sign = byte(rs[pos])
		pos++
	}
	if end-pos >= 1 && rs[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if end-pos >= 1 && rs[pos] == '#' {
		s.Alternate = true
		pos++
	}
	// The "0" flag: only an ASCII zero, and only without an explicit fill
	// ("x<05" is fill 'x' and width 5).
	if !fillSpecified && end-pos >= 1 && rs[pos] == '0' {
		s.Fill = '0'
		s.ZeroPad = true
		pos++
	}
	var n int
	var err error
	if n, pos, err = specInteger(rs, pos); err != nil {
		return Spec{}, err
	} else if n >= 0 {
		s.Width = n
	}
	if end-pos >= 1 && rs[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if end-pos >= 1 && rs[pos] == '_' {
		if s.Grouping != 0 {
			return Spec{}, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if end-pos >= 1 && rs[pos] == ',' && s.Grouping == '_' {
		return Spec{}, valueError("Cannot specify both ',' and '_'.")
	}
	if end-pos >= 1 && rs[pos] == '.' {
		pos++
		if n, pos, err = specInteger(rs, pos); err != nil {
			return Spec{}, err
		} else if n < 0 {
			return Spec{}, valueError("Format specifier missing precision")
		}
		s.Precision = n
	}
	if end-pos > 1 {
		if typeName == "" {
			return Spec{}, valueError("Invalid format specifier")
		}
		return Spec{}, valueError("Invalid format specifier '" + spec +
			"' for object of type '" + truncType(typeName) + "'")
	}
	if end-pos == 1 {
		s.Type = rs[pos]
	}
	return s, nil
}

// orEmpty lets a nil *Spec mean the empty spec.
func (s *Spec) orEmpty() *Spec {
	if s == nil {
		return &Spec{Fill: ' ', Width: -1, Precision: -1, Type: -1}
	}
	return s
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// specInteger is get_integer: a run of decimal digits of any script
// (format(1, '٣') has width 3). It returns -1 when there are no digits,
// and CPython's error when the value would not fit a Py_ssize_t (here an
// int, 64 bits on every target the playground builds for).
func specInteger(rs []rune, pos int) (int, int, error) {
	acc, digits := 0, 0
	for ; pos < len(rs); pos++ {
		d := decimalValue(rs[pos])
		if d < 0 {
			break
		}
		if acc > (math.MaxInt-d)/10 {
			return 0, pos, valueError("Too many decimal digits in format string")
		}
		acc = acc*10 + d
		digits++
	}
	if digits == 0 {
		return -1, pos, nil
	}
	return acc, pos, nil
}

// truncType is %.200s applied to a type name.
func truncType(name string) string {
	if len(name) > 200 {
		return name[:200]
	}
	return name
}

// codeForMessage renders a presentation type the way CPython's messages
// do: the character itself when printable ASCII, else '\x' and lower-case
// hex without padding ("Unknown format code '\x1' ...").
func codeForMessage(t rune) string {
	if t > 32 && t < 128 {
		return string(t)
	}
	return `\x` + strconv.FormatInt(int64(t), 16)
}

func unknownCode(t rune, typeName string) error {
	return valueError("Unknown format code '" + codeForMessage(t) +
		"' for object of type '" + truncType(typeName) + "'")
}

// layout is a Spec with the type's defaults applied: what
// calc_number_widths and calc_padding consume.
type layout struct {
	fill  rune
	align byte
	sign  byte
	width int
	// typ is the presentation type, the default applied; 0 is a float's
	// "none" (like repr, or 'g' keeping a ".0").
	// sep is the grouping separator (',' or '_') or 0; group is the group
	// size: 3, or 4 for '_' with b, o, x and X (PEP 515).
	sep   byte
	group int
	typ   rune
}

// resolve applies the defaults of a type (its default presentation type
// and alignment) and performs the check that ends CPython's spec parser:
// which presentation types accept a grouping option.
func (s *Spec) resolve(defType rune, defAlign byte) (layout, error) {
	l := layout{fill: s.Fill, align: s.Align, sign: s.Sign, width: s.Width, typ: s.Type}
	if l.typ == -1 {
		l.typ = defType
	}
	if l.align == 0 {
		l.align = defAlign
		// Backwards compatibility: "05" on a number means "0=5".
		if s.ZeroPad && defAlign == '>' {
			l.align = '='
		}
	}
	if s.Grouping != 0 {
		l.sep, l.group = s.Grouping, 3
		switch l.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == '_' {
				l.group = 4
				break
			}
			fallthrough
		default:
			return layout{}, valueError("Cannot specify '" + string(rune(s.Grouping)) +
				"' with '" + codeForMessage(l.typ) + "'.")
		}
	}
	return l, nil
}
