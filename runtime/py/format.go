package py

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/aioplay/aioplay/runtime/pyfmt"
)

// FloatRepr is repr(float).
func FloatRepr(f float64) string { return pyfmt.FloatRepr(f) }

// fmtError converts a pyfmt error into a Python exception.
func (th *Thread) fmtError(err error) error {
	if e, ok := err.(*pyfmt.Error); ok {
		switch e.Kind {
		case pyfmt.OverflowError:
			return th.NewError(OverflowErrorType, e.Msg)
		case pyfmt.MemoryError:
			return th.memoryError()
		}
		return th.NewError(ValueErrorType, e.Msg)
	}
	return th.NewError(ValueErrorType, err.Error())
}

// Format implements format(value, spec).
func Format(th *Thread, v Object, spec string) (Object, error) {
	var s string
	var err error
	switch x := v.(type) {
	case Str:
		s, err = pyfmt.FormatStr(string(x), spec)
	case Bool:
		if spec == "" {
			return StrOf(th, v)
		}
		var sp pyfmt.Spec
		if sp, err = pyfmt.ParseSpecFor(spec, "bool"); err == nil {
			b := int64(0)
			if x {
				b = 1
			}
			s, err = pyfmt.FormatIntSpec(big.NewInt(b), &sp, "bool")
		}
	case Int:
		if spec == "" {
			return intStr(x), nil
		}
		s, err = pyfmt.FormatInt64(int64(x), spec)
	case *BigInt:
		s, err = pyfmt.FormatInt(x.V, spec)
	case Float:
		s, err = pyfmt.FormatFloat(float64(x), spec)
	default:
		cls := v.Type()
		if m := cls.Lookup("__format__"); m != nil && m != objectFormat {
			r, err := th.Call(m, []Object{v, Str(spec)}, nil)
			if err != nil {
				return nil, err
			}
			if _, ok := r.(Str); !ok {
				return nil, th.Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
			}
			return r, nil
		}
		if spec != "" {
			return nil, th.Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", cls.Name)
		}
		return StrOf(th, v)
	}
	if err != nil {
		return nil, th.fmtError(err)
	}
	return Str(s), nil
}

// percentFormat implements str % args.
func percentFormat(th *Thread, format string, args Object) (Object, error) {
	s, err := percentFormatMode(th, format, args, false)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

// bytesPercentFormat implements bytes % args (PEP 461).
func bytesPercentFormat(th *Thread, format string, args Object) (string, error) {
	return percentFormatMode(th, format, args, true)
}

// bytesPercentArg is the bytes that b'%s' and b'%b' insert: a bytes-like
// value or the result of __bytes__.
func bytesPercentArg(th *Thread, arg Object) (string, error) {
	if b, ok := bytesLike(arg); ok {
		return b, nil
	}
	if _, isStr := arg.(Str); !isStr {
		if m := arg.Type().Lookup("__bytes__"); m != nil {
			r, err := th.Call(m, []Object{arg}, nil)
			if err != nil {
				return "", err
			}
			b, ok := r.(Bytes)
			if !ok {
				return "", th.Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
			}
			return string(b), nil
		}
	}
	return "", th.Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", arg.Type().Name)
}

// padBytes applies a %-spec's precision and width to bytes (counted in
// bytes, not code points).
func padBytes(b string, p pyfmt.PercentSpec) string {
	if p.Prec >= 0 && p.Prec < len(b) {
		b = b[:p.Prec]
	}
	if p.Width > len(b) {
		pad := strings.Repeat(" ", p.Width-len(b))
		if p.Minus {
			return b + pad
		}
		return pad + b
	}
	return b
}

func percentFormatMode(th *Thread, format string, args Object, isBytes bool) (string, error) {
	var items []Object
	var mapping Object
	if t, ok := args.(Tuple); ok {
		items = t
	} else {
		items = []Object{args}
		switch args.(type) {
		case *Dict, *List, *Range:
			mapping = args
		case Bytes, *ByteArray:
			// CPython's PyMapping_Check: anything subscriptable but a
			// tuple or a str (then '%s' % [1] is fine, 'abc' % [] too);
			// bytes % also leaves out bytes and bytearray.
			if !isBytes {
				mapping = args
			}
		case Str:
		default:
			if args.Type().Lookup("__getitem__") != nil {
				mapping = args
			}
		}
	}
	var sb strings.Builder
	sb.Grow(len(format) + 8*len(items))
	next := 0
	getArg := func() (Object, error) {
		if next >= len(items) {
			return nil, th.NewError(TypeErrorType, "not enough arguments for format string")
		}
		v := items[next]
		next++
		return v, nil
	}
	usedMapping := false
	i := 0
	for i < len(format) {
		c := format[i]
		if c != '%' {
			sb.WriteByte(c)
			i++
			continue
		}
		i++
		if i >= len(format) {
			return "", th.NewError(ValueErrorType, "incomplete format")
		}
		if format[i] == '%' {
			// Only "%%" is a literal percent: "%5%" is an unsupported
			// conversion (after taking an argument), as in CPython 3.11.
			sb.WriteByte('%')
			i++
			continue
		}
		var arg Object
		if format[i] == '(' {
			if mapping == nil {
				return "", th.NewError(TypeErrorType, "format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < len(format) && depth > 0 {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", th.NewError(ValueErrorType, "incomplete format key")
			}
			var key Object = Str(format[i+1 : j-1])
			if isBytes {
				key = Bytes(format[i+1 : j-1])
			}
			v, err := GetItem(th, mapping, key)
			if err != nil {
				return "", err
			}
			arg = v
			usedMapping = true
			// As in CPython, the value for a key replaces the arguments:
			// a following spec without a key finds none left.
			next = len(items)
			i = j
		}
		p := pyfmt.PercentSpec{Width: -1, Prec: -1}
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				p.Minus = true
			case '+':
				p.Plus = true
			case ' ':
				p.Space = true
			case '0':
				p.Zero = true
			case '#':
				p.Alt = true
			default:
				break flags
			}
			i++
		}
		readNum := func() (int, error) {
			if i < len(format) && format[i] == '*' {
				i++
				v, err := getArg()
				if err != nil {
					return 0, err
				}
				n, ok := v.(Int)
				if !ok {
					return 0, th.NewError(TypeErrorType, "* wants int")
				}
				return int(n), nil
			}
			n := -1
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				if n < 0 {
					n = 0
				}
				n = n*10 + int(format[i]-'0')
				if n > 1<<24 {
					return 0, th.memoryError()
				}
				i++
			}
			return n, nil
		}
		w, err := readNum()
		if err != nil {
			return "", err
		}
		if w < -1 {
			p.Minus = true
			w = -w
		}
		p.Width = w
		if i < len(format) && format[i] == '.' {
			i++
			pr, err := readNum()
			if err != nil {
				return "", err
			}
			if pr < 0 {
				pr = 0
			}
			p.Prec = pr
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", th.NewError(ValueErrorType, "incomplete format")
		}
		verb := format[i]
		i++
		if arg == nil {
			if arg, err = getArg(); err != nil {
				return "", err
			}
		}
		p.Verb = verb
		var out string
		if isBytes && (verb == 's' || verb == 'b' || verb == 'r' || verb == 'a') {
			var b string
			if verb == 'r' || verb == 'a' {
				sv, err := ASCII(th, arg)
				if err != nil {
					return "", err
				}
				b = string(sv.(Str))
			} else if b, err = bytesPercentArg(th, arg); err != nil {
				return "", err
			}
			sb.WriteString(padBytes(b, p))
			continue
		}
		switch verb {
		case 's', 'r', 'a':
			var sv Object
			switch verb {
			case 's':
				sv, err = StrOf(th, arg)
			case 'r':
				sv, err = Repr(th, arg)
			default:
				sv, err = ASCII(th, arg)
			}
			if err != nil {
				return "", err
			}
			p.Verb = 's'
			out, err = pyfmt.FormatStrPercent(string(sv.(Str)), p)
		case 'c':
			var ch string
			if isBytes {
				if b, ok := bytesLike(arg); ok {
					if len(b) != 1 {
						return "", th.NewError(TypeErrorType, "%c requires an integer in range(256) or a single byte")
					}
					ch = b
				} else {
					iv, ok, err := Index(th, arg)
					if err != nil {
						return "", err
					}
					if !ok {
						return "", th.NewError(TypeErrorType, "%c requires an integer in range(256) or a single byte")
					}
					c, small := iv.(Int)
					if !small || c < 0 || c > 255 {
						return "", th.NewError(OverflowErrorType, "%c arg not in range(256)")
					}
					ch = string([]byte{byte(c)})
				}
				out = padBytes(ch, p)
				break
			}
			if _, isStr := arg.(Str); !isStr {
				// An int, or a bool.
				if arg = asIntLike(arg); arg == nil {
					return "", th.NewError(TypeErrorType, "%c requires int or char")
				}
			}
			switch a := arg.(type) {
			case Str:
				if runeLen(string(a)) != 1 {
					return "", th.NewError(TypeErrorType, "%c requires int or char")
				}
				ch = string(a)
			case Int:
				if a < 0 || a > 0x10ffff {
					return "", th.NewError(OverflowErrorType, "%c arg not in range(0x110000)")
				}
				ch = string(rune(a))
			case *BigInt:
				return "", th.NewError(OverflowErrorType, "%c arg not in range(0x110000)")
			default:
				return "", th.NewError(TypeErrorType, "%c requires int or char")
			}
			p.Verb = 's'
			out, err = pyfmt.FormatStrPercent(ch, p)
		case 'd', 'i', 'u', 'o', 'x', 'X':
			var bi *big.Int
			done := false
			switch a := arg.(type) {
			case Float:
				if verb == 'o' || verb == 'x' || verb == 'X' {
					return "", th.Errorf(TypeErrorType, "%%%c format: an integer is required, not float", verb)
				}
				bf := new(big.Float).SetFloat64(float64(a))
				bi, _ = bf.Int(nil)
			default:
				iv := asIntLike(arg)
				if iv == nil {
					if verb == 'd' || verb == 'i' || verb == 'u' {
						return "", th.Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", verb, arg.Type().Name)
					}
					return "", th.Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", verb, arg.Type().Name)
				}
				if small, ok := iv.(Int); ok {
					// The common case, without a big.Int; a plain %d
					// goes straight into the result.
					if verb != 'o' && verb != 'x' && verb != 'X' && p == (pyfmt.PercentSpec{Width: -1, Prec: -1, Verb: p.Verb}) {
						var digits [20]byte
						sb.Write(strconv.AppendInt(digits[:0], int64(small), 10))
						continue
					}
					out, err = pyfmt.FormatSmallIntPercent(int64(small), p)
					done = true
				} else {
					bi = toBig(iv)
				}
			}
			if !done {
				out, err = pyfmt.FormatIntPercent(bi, p)
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			var f float64
			switch arg.(type) {
			case Float, Int, *BigInt, Bool:
			default:
				if _, isComplex := arg.(Complex); isComplex || (arg.Type().Lookup("__float__") == nil && arg.Type().Lookup("__index__") == nil) {
					return "", th.Errorf(TypeErrorType, "must be real number, not %s", arg.Type().Name)
				}
			}
			if f, err = FloatOf(th, arg); err != nil {
				return "", err
			}
			out, err = pyfmt.FormatFloatPercent(f, p)
		default:
			return "", th.Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", verb, verb, i-1)
		}
		if err != nil {
			return "", th.fmtError(err)
		}
		sb.WriteString(out)
	}
	if next < len(items) && !usedMapping && mapping == nil {
		if isBytes {
			return "", th.NewError(TypeErrorType, "not all arguments converted during bytes formatting")
		}
		return "", th.NewError(TypeErrorType, "not all arguments converted during string formatting")
	}
	return sb.String(), nil
}
