package py

// The methods of bytes, and the decoders behind bytes.decode() and
// str(b, encoding). A bytes value is a sequence of byte values: positions
// are byte offsets and only ASCII letters have a case.

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/aioplay/aioplay/runtime/compile"
)

func init() {
	attach(BytesType, convBytes, map[string]selfFn[string]{
		"decode": bytesDecode,
		"hex":    bytesHex,
		"join":   bytesJoin,
		"split": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesSplit(th, b, a, kw, false)
		},
		"rsplit": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesSplit(th, b, a, kw, true)
		},
		"splitlines": bytesSplitlines,
		"startswith": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesTailMatch(th, b, a, kw, "startswith")
		},
		"endswith": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesTailMatch(th, b, a, kw, "endswith")
		},
		"find": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesFind(th, b, a, kw, "find")
		},
		"rfind": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesFind(th, b, a, kw, "rfind")
		},
		"index": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesFind(th, b, a, kw, "index")
		},
		"rindex": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesFind(th, b, a, kw, "rindex")
		},
		"count":      bytesCount,
		"replace":    bytesReplace,
		"upper":      bytesCaseMethod("upper", func(s string) string { return asciiMap(s, asciiUpper) }),
		"lower":      bytesCaseMethod("lower", func(s string) string { return asciiMap(s, asciiLower) }),
		"swapcase":   bytesCaseMethod("swapcase", func(s string) string { return asciiMap(s, asciiSwap) }),
		"capitalize": bytesCaseMethod("capitalize", bytesCapitalize),
		"title":      bytesCaseMethod("title", bytesTitle),
		"strip": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesStrip(th, b, a, kw, "strip")
		},
		"lstrip": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesStrip(th, b, a, kw, "lstrip")
		},
		"rstrip": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesStrip(th, b, a, kw, "rstrip")
		},
		"isdigit":   bytesPredicate("isdigit", func(c byte) bool { return '0' <= c && c <= '9' }),
		"isalpha":   bytesPredicate("isalpha", isASCIILetter),
		"isalnum":   bytesPredicate("isalnum", func(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' }),
		"isspace":   bytesPredicate("isspace", isByteSpace),
		"isupper":   bytesCaseTest("isupper"),
		"islower":   bytesCaseTest("islower"),
		"istitle":   bytesIstitle,
		"translate": bytesTranslate,
		"isascii": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return Bool(isASCII(b)), noArgs(th, "bytes.isascii", a, kw)
		},
		"center": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesPad(th, b, a, kw, "center")
		},
		"ljust": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesPad(th, b, a, kw, "ljust")
		},
		"rjust": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesPad(th, b, a, kw, "rjust")
		},
		"zfill": bytesZfill,
		"partition": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesPartition(th, b, a, kw, false)
		},
		"rpartition": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesPartition(th, b, a, kw, true)
		},
		"removeprefix": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesRemoveAffix(th, b, a, kw, true)
		},
		"removesuffix": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return bytesRemoveAffix(th, b, a, kw, false)
		},
		"expandtabs": bytesExpandtabs,
		"__len__": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return Int(len(b)), slotArgs(th, "__len__", a, kw, 0)
		},
		"__getitem__": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__getitem__", a, kw, 1); err != nil {
				return nil, err
			}
			return GetItem(th, Bytes(b), a[0])
		},
		"__contains__": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__contains__", a, kw, 1); err != nil {
				return nil, err
			}
			if _, isInt := a[0].(Bytes); !isInt && asIntLike(a[0]) == nil {
				return nil, th.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", a[0].Type().Name)
			}
			sub, err := bytesSubArg(th, a[0])
			if err != nil {
				return nil, err
			}
			return Bool(strings.Contains(b, sub)), nil
		},
		"__iter__": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__iter__", a, kw, 0); err != nil {
				return nil, err
			}
			return GetIter(th, Bytes(b))
		},
		"__add__": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__add__", a, kw, 1); err != nil {
				return nil, err
			}
			o, ok := a[0].(Bytes)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "can't concat %s to bytes", a[0].Type().Name)
			}
			return Bytes(b) + o, nil
		},
		"__mul__":  bytesRepeat,
		"__rmul__": bytesRepeat,
		"__hash__": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return Int(strHash(b)), slotArgs(th, "__hash__", a, kw, 0)
		},
		"__repr__": func(th *Thread, b string, a []Object, kw []string) (Object, error) {
			return Str(BytesRepr(b)), slotArgs(th, "__repr__", a, kw, 0)
		},
	})
	addCompareSlots(BytesType, func(o Object) (Object, bool) { _, ok := o.(Bytes); return o, ok })
	classMethod(BytesType, "fromhex", bytesFromHex)
	staticMethod(BytesType, "maketrans", bytesMaketrans)
}

// bytesIstitle is bytes.istitle().
func bytesIstitle(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "bytes.istitle", args, kwnames); err != nil {
		return nil, err
	}
	cased, prev := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case 'A' <= c && c <= 'Z':
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case 'a' <= c && c <= 'z':
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return Bool(cased), nil
}

var bytesTranslateParser = &argParser{fname: "translate", posonly: 1, names: []string{"delete"}, minpos: 1, maxpos: 2}

// bytesTranslate is bytes.translate(table, /, delete=b”).
func bytesTranslate(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	a, err := bytesTranslateParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	table := ""
	if a[0] != None {
		if table, err = bytesArg(th, a[0]); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, th.NewError(ValueErrorType, "translation table must be 256 characters long")
		}
	}
	del := ""
	if a[1] != nil {
		if del, err = bytesArg(th, a[1]); err != nil {
			return nil, err
		}
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if strings.IndexByte(del, c) >= 0 {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return Bytes(out), nil
}

// bytesMaketrans is the static method bytes.maketrans(from, to).
func bytesMaketrans(th *Thread, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "maketrans", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	from, err := bytesArg(th, args[0])
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(from) != len(to) {
		return nil, th.NewError(ValueErrorType, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		table[from[i]] = to[i]
	}
	return Bytes(table), nil
}

// ---------------------------------------------------------------------
// Decoding.

var decodeParser = &argParser{fname: "decode", names: []string{"encoding", "errors"}, maxpos: 2}

// bytesDecode is bytes.decode(encoding='utf-8', errors='strict').
func bytesDecode(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	a, err := decodeParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	encoding, errors, err := codecArgs(th, "decode", a[0], a[1])
	if err != nil {
		return nil, err
	}
	return decodeBytes(th, b, encoding, errors)
}

// decodeBytes decodes b with one of the supported codecs (utf-8, ascii,
// latin-1) and the strict, ignore, replace or backslashreplace handler.
func decodeBytes(th *Thread, b, encoding, errors string) (Object, error) {
	enc := normEncoding(encoding)
	if enc == "" {
		return nil, th.Errorf(LookupErrorType, "unknown encoding: %s", encoding)
	}
	switch enc {
	case "latin-1":
		out := make([]byte, 0, len(b)*2)
		for i := 0; i < len(b); i++ {
			out = utf8.AppendRune(out, rune(b[i]))
		}
		return Str(out), nil
	case "utf-8":
		if utf8.ValidString(b) && !hasSurrogate(b) {
			return Str(b), nil
		}
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		n, reason := 1, "ordinal not in range(128)"
		ok := b[i] < 0x80
		if enc == "utf-8" && !ok {
			n, reason = utf8Sequence(b[i:])
			ok = reason == ""
		}
		if ok {
			sb.WriteString(b[i : i+n])
			i += n
			continue
		}
		switch errors {
		case "strict":
			what := sprintf("byte 0x%02x", b[i])
			return nil, unicodeError(th, UnicodeDecodeErrorType, enc, Bytes(b), i, i+n, reason, what)
		case "ignore":
		case "replace":
			sb.WriteRune(0xfffd)
		case "backslashreplace":
			for k := i; k < i+n; k++ {
				sb.WriteString(sprintf("\\x%02x", b[k]))
			}
		case "surrogateescape":
			for k := i; k < i+n; k++ {
				sb.Write(appendCodePoint(nil, 0xdc00+rune(b[k])))
			}
		default:
			return nil, th.Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
		}
		i += n
	}
	return Str(sb.String()), nil
}

// utf8Sequence checks the UTF-8 sequence at the start of b (whose first
// byte is not ASCII) as CPython's decoder does: it returns the sequence
// length and "" when valid, or the length of the invalid part and the
// reason.
func utf8Sequence(b string) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		if b[k] < lo || b[k] > hi {
			return k, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xbf
	}
	return need + 1, ""
}

// ---------------------------------------------------------------------
// hex and fromhex.

// bytesHex is bytes.hex([sep[, bytes_per_sep]]).
func bytesHex(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	p := &argParser{fname: "hex", names: []string{"sep", "bytes_per_sep"}, maxpos: 2}
	a, err := p.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	const digits = "0123456789abcdef"
	sep := ""
	if a[0] != nil {
		switch v := a[0].(type) {
		case Str:
			sep = string(v)
		case Bytes:
			sep = string(v)
		default:
			return nil, th.NewError(TypeErrorType, "sep must be str or bytes.")
		}
		if len(sep) != 1 || sep[0] >= 0x80 {
			return nil, th.NewError(ValueErrorType, "sep must be ASCII.")
		}
	}
	group := 1
	if a[1] != nil {
		if group, err = asSsize(th, a[1]); err != nil {
			return nil, err
		}
	}
	var sb strings.Builder
	n := len(b)
	for i := 0; i < n; i++ {
		if sep != "" && i > 0 && group != 0 {
			// Separators count groups from the right when group > 0, from
			// the left when it is negative.
			g := group
			if g < 0 {
				g = -g
				if i%g == 0 {
					sb.WriteString(sep)
				}
			} else if (n-i)%g == 0 {
				sb.WriteString(sep)
			}
		}
		sb.WriteByte(digits[b[i]>>4])
		sb.WriteByte(digits[b[i]&15])
	}
	return Str(sb.String()), nil
}

// bytesFromHex is the classmethod bytes.fromhex(string).
func bytesFromHex(th *Thread, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "bytes.fromhex", args[1:], kwnames); err != nil {
		return nil, err
	}
	s, ok := args[1].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "fromhex() argument must be str, not %s", args[1].Type().Name)
	}
	var out []byte
	str := string(s)
	hexVal := func(c byte) int {
		switch {
		case '0' <= c && c <= '9':
			return int(c - '0')
		case 'a' <= c && c <= 'f':
			return int(c-'a') + 10
		case 'A' <= c && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	for i := 0; i < len(str); {
		if isByteSpace(str[i]) {
			i++
			continue
		}
		hi := hexVal(str[i])
		if hi < 0 {
			return nil, th.Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", runeLen(str[:i]))
		}
		if i+1 >= len(str) || hexVal(str[i+1]) < 0 {
			return nil, th.Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", runeLen(str[:i+1]))
		}
		out = append(out, byte(hi<<4|hexVal(str[i+1])))
		i += 2
	}
	return Bytes(out), nil
}

// ---------------------------------------------------------------------
// join, split, strip.

// bytesArg checks that an argument is bytes ("a bytes-like object is
// required, not 'str'").
func bytesArg(th *Thread, o Object) (string, error) {
	b, ok := o.(Bytes)
	if !ok {
		return "", th.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
	}
	return string(b), nil
}

// bytesJoin is bytes.join(iterable_of_bytes).
func bytesJoin(th *Thread, sep string, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "bytes.join", args, kwnames); err != nil {
		return nil, err
	}
	if _, err := GetIter(th, args[0]); err != nil {
		if isExc(err, TypeErrorType) {
			return nil, th.NewError(TypeErrorType, "can only join an iterable")
		}
		return nil, err
	}
	items, err := th.Iterate(args[0])
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(items))
	for i, x := range items {
		b, ok := x.(Bytes)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, x.Type().Name)
		}
		parts[i] = string(b)
	}
	return Bytes(strings.Join(parts, sep)), nil
}

// bytesList makes a list of bytes from Go strings.
func bytesList(parts []string) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = Bytes(p)
	}
	return NewList(items)
}

// isByteSpace is Py_ISSPACE: ASCII whitespace only.
func isByteSpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// bytesSplit is bytes.split(sep=None, maxsplit=-1) and bytes.rsplit.
func bytesSplit(th *Thread, b string, args []Object, kwnames []string, right bool) (Object, error) {
	p := splitParser
	if right {
		p = rsplitParser
	}
	a, err := p.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	maxsplit := -1
	if a[1] != nil {
		if maxsplit, err = asSsize(th, a[1]); err != nil {
			return nil, err
		}
	}
	if a[0] == nil || a[0] == None {
		// ASCII whitespace: map it to a space-only problem.
		return bytesList(splitByteWhitespace(b, maxsplit, right)), nil
	}
	sep, err := bytesArg(th, a[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, th.NewError(ValueErrorType, "empty separator")
	}
	return bytesList(splitSep(b, sep, maxsplit, right)), nil
}

// splitByteWhitespace is splitWhitespace with bytes' notion of space.
func splitByteWhitespace(s string, maxsplit int, right bool) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	isSp := func(c byte) bool { return isByteSpace(c) }
	var out []string
	if !right {
		for {
			i := 0
			for i < len(s) && isSp(s[i]) {
				i++
			}
			s = s[i:]
			if s == "" {
				break
			}
			if maxsplit == 0 {
				out = append(out, s)
				break
			}
			j := 0
			for j < len(s) && !isSp(s[j]) {
				j++
			}
			out = append(out, s[:j])
			s = s[j:]
			maxsplit--
		}
		return out
	}
	for {
		i := len(s)
		for i > 0 && isSp(s[i-1]) {
			i--
		}
		s = s[:i]
		if s == "" {
			break
		}
		if maxsplit == 0 {
			out = append(out, s)
			break
		}
		j := len(s)
		for j > 0 && !isSp(s[j-1]) {
			j--
		}
		out = append(out, s[j:])
		s = s[:j]
		maxsplit--
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// bytesSplitlines is bytes.splitlines(keepends=False): \n, \r and \r\n.
func bytesSplitlines(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	a, err := splitlinesParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		if keep, err = boolArg(th, a[0]); err != nil {
			return nil, err
		}
	}
	var out []string
	start := 0
	for i := 0; i < len(b); {
		if b[i] != '\n' && b[i] != '\r' {
			i++
			continue
		}
		end := i + 1
		if b[i] == '\r' && end < len(b) && b[end] == '\n' {
			end++
		}
		if keep {
			out = append(out, b[start:end])
		} else {
			out = append(out, b[start:i])
		}
		start, i = end, end
	}
	if start < len(b) {
		out = append(out, b[start:])
	}
	return bytesList(out), nil
}

// bytesStrip is bytes.strip, lstrip and rstrip (bytes=None).
func bytesStrip(th *Thread, b string, args []Object, kwnames []string, name string) (Object, error) {
	if err := noKwargsIn(th, "bytes", name, kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, name, args, nil, 0, 1); err != nil {
		return nil, err
	}
	cut := isByteSpace
	if len(args) == 1 && args[0] != None {
		chars, err := bytesArg(th, args[0])
		if err != nil {
			return nil, err
		}
		cut = func(c byte) bool { return strings.IndexByte(chars, c) >= 0 }
	}
	i, j := 0, len(b)
	if name != "rstrip" {
		for i < j && cut(b[i]) {
			i++
		}
	}
	if name != "lstrip" {
		for j > i && cut(b[j-1]) {
			j--
		}
	}
	return Bytes(b[i:j]), nil
}

// ---------------------------------------------------------------------
// Searching.

// bytesSubArg converts the sub argument of find/count/in: bytes or an int
// byte value.
func bytesSubArg(th *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case Bytes:
		return string(v), nil
	case Int, Bool, *BigInt:
		i, ok := asIntLike(v).(Int)
		if !ok || i < 0 || i > 255 {
			return "", th.NewError(ValueErrorType, "byte must be in range(0, 256)")
		}
		return string([]byte{byte(i)}), nil
	}
	return "", th.Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", o.Type().Name)
}

// bytesSearchArgs reads (sub, start, end) of the bytes search methods.
func bytesSearchArgs(th *Thread, b, name string, args []Object, kwnames []string) (string, int, int, error) {
	if err := noKwargsIn(th, "bytes", name, kwnames); err != nil {
		return "", 0, 0, err
	}
	sub, start, end, err := searchArgs(th, name, args, nil)
	if err != nil {
		return "", 0, 0, err
	}
	s, err := bytesSubArg(th, sub)
	if err != nil {
		return "", 0, 0, err
	}
	start, end = adjustIndices(start, end, len(b))
	return s, start, end, nil
}

// bytesFind is bytes.find, rfind, index and rindex.
func bytesFind(th *Thread, b string, args []Object, kwnames []string, name string) (Object, error) {
	sub, start, end, err := bytesSearchArgs(th, b, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	i := -1
	if end-start >= len(sub) {
		seg := b[start:end]
		if name == "rfind" || name == "rindex" {
			i = strings.LastIndex(seg, sub)
		} else {
			i = strings.Index(seg, sub)
		}
		if i >= 0 {
			i += start
		}
	}
	if i < 0 && (name == "index" || name == "rindex") {
		return nil, th.NewError(ValueErrorType, "subsection not found")
	}
	return Int(i), nil
}

// bytesCount is bytes.count(sub[, start[, end]]).
func bytesCount(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	sub, start, end, err := bytesSearchArgs(th, b, "count", args, kwnames)
	if err != nil {
		return nil, err
	}
	if end-start < len(sub) {
		return Int(0), nil
	}
	if sub == "" {
		return Int(end - start + 1), nil
	}
	return Int(strings.Count(b[start:end], sub)), nil
}

// bytesTailMatch is bytes.startswith and bytes.endswith.
func bytesTailMatch(th *Thread, b string, args []Object, kwnames []string, name string) (Object, error) {
	if err := noKwargsIn(th, "bytes", name, kwnames); err != nil {
		return nil, err
	}
	sub, start, end, err := searchArgs(th, name, args, nil)
	if err != nil {
		return nil, err
	}
	match := func(p string) bool {
		st, en := adjustIndices(start, end, len(b))
		en -= len(p)
		if en < st {
			return false
		}
		if name == "startswith" {
			return strings.HasPrefix(b[st:], p)
		}
		return strings.HasSuffix(b[:en+len(p)], p)
	}
	switch v := sub.(type) {
	case Bytes:
		return Bool(match(string(v))), nil
	case Tuple:
		for _, p := range v {
			pb, ok := p.(Bytes)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", p.Type().Name)
			}
			if match(string(pb)) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, th.Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, sub.Type().Name)
}

// bytesReplace is bytes.replace(old, new, count=-1).
func bytesReplace(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, "bytes.replace", kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "replace", args, nil, 2, 3); err != nil {
		return nil, err
	}
	old, err := bytesArg(th, args[0])
	if err != nil {
		return nil, err
	}
	repl, err := bytesArg(th, args[1])
	if err != nil {
		return nil, err
	}
	count := -1
	if len(args) == 3 {
		if count, err = asSsize(th, args[2]); err != nil {
			return nil, err
		}
	}
	n := strings.Count(b, old)
	if old == "" {
		n = len(b) + 1
	}
	if count >= 0 && count < n {
		n = count
	}
	if int64(len(b))+int64(n)*int64(len(repl)) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	if old == "" {
		// Byte-wise, not rune-wise, insertion between every byte.
		var sb strings.Builder
		done := 0
		for i := 0; i <= len(b); i++ {
			if count < 0 || done < count {
				sb.WriteString(repl)
				done++
			}
			if i < len(b) {
				sb.WriteByte(b[i])
			}
		}
		return Bytes(sb.String()), nil
	}
	if count < 0 {
		count = -1
	}
	return Bytes(strings.Replace(b, old, repl, count)), nil
}

// bytesPartition is bytes.partition(sep) and bytes.rpartition(sep).
func bytesPartition(th *Thread, b string, args []Object, kwnames []string, right bool) (Object, error) {
	name := "bytes.partition"
	if right {
		name = "bytes.rpartition"
	}
	if err := oneArg(th, name, args, kwnames); err != nil {
		return nil, err
	}
	sep, err := bytesArg(th, args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, th.NewError(ValueErrorType, "empty separator")
	}
	var i int
	if right {
		i = strings.LastIndex(b, sep)
		if i < 0 {
			return Tuple{Bytes(""), Bytes(""), Bytes(b)}, nil
		}
	} else {
		i = strings.Index(b, sep)
		if i < 0 {
			return Tuple{Bytes(b), Bytes(""), Bytes("")}, nil
		}
	}
	return Tuple{Bytes(b[:i]), Bytes(sep), Bytes(b[i+len(sep):])}, nil
}

// bytesRemoveAffix is bytes.removeprefix and bytes.removesuffix.
func bytesRemoveAffix(th *Thread, b string, args []Object, kwnames []string, prefix bool) (Object, error) {
	name := "bytes.removesuffix"
	if prefix {
		name = "bytes.removeprefix"
	}
	if err := oneArg(th, name, args, kwnames); err != nil {
		return nil, err
	}
	a, err := bytesArg(th, args[0])
	if err != nil {
		return nil, err
	}
	if prefix {
		return Bytes(strings.TrimPrefix(b, a)), nil
	}
	return Bytes(strings.TrimSuffix(b, a)), nil
}

// ---------------------------------------------------------------------
// Case and padding.

func asciiUpper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	return c
}

func asciiSwap(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return asciiLower(c)
}

// asciiMap applies f to every byte.
func asciiMap(s string, f func(byte) byte) string {
	out := []byte(s)
	for i, c := range out {
		out[i] = f(c)
	}
	return string(out)
}

// bytesCapitalize is bytes.capitalize().
func bytesCapitalize(s string) string {
	out := []byte(s)
	for i, c := range out {
		if i == 0 {
			out[i] = asciiUpper(c)
		} else {
			out[i] = asciiLower(c)
		}
	}
	return string(out)
}

// bytesTitle is bytes.title().
func bytesTitle(s string) string {
	out := []byte(s)
	prev := false
	for i, c := range out {
		if prev {
			out[i] = asciiLower(c)
		} else {
			out[i] = asciiUpper(c)
		}
		prev = isASCIILetter(c)
	}
	return string(out)
}

// bytesCaseMethod wraps a case mapping as a no-argument method.
func bytesCaseMethod(name string, f func(string) string) selfFn[string] {
	return func(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
		if err := noArgsIn(th, "bytes", name, args, kwnames); err != nil {
			return nil, err
		}
		return Bytes(f(b)), nil
	}
}

// bytesPredicate is a bytes.isX() method.
func bytesPredicate(name string, f func(byte) bool) selfFn[string] {
	return func(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
		if err := noArgsIn(th, "bytes", name, args, kwnames); err != nil {
			return nil, err
		}
		if b == "" {
			return False, nil
		}
		for i := 0; i < len(b); i++ {
			if !f(b[i]) {
				return False, nil
			}
		}
		return True, nil
	}
}

// bytesCaseTest is bytes.isupper and bytes.islower.
func bytesCaseTest(name string) selfFn[string] {
	return func(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
		if err := noArgsIn(th, "bytes", name, args, kwnames); err != nil {
			return nil, err
		}
		cased := false
		for i := 0; i < len(b); i++ {
			c := b[i]
			isU, isL := 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z'
			if (name == "isupper" && isL) || (name == "islower" && isU) {
				return False, nil
			}
			if isU || isL {
				cased = true
			}
		}
		return Bool(cased), nil
	}
}

// bytesPad is bytes.center, ljust and rjust (width, fillbyte=b' ').
func bytesPad(th *Thread, b string, args []Object, kwnames []string, name string) (Object, error) {
	if err := noKwargsIn(th, "bytes", name, kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, name, args, nil, 1, 2); err != nil {
		return nil, err
	}
	width, err := asSsize(th, args[0])
	if err != nil {
		return nil, err
	}
	fill := " "
	if len(args) == 2 {
		f, ok := args[1].(Bytes)
		if !ok || len(f) != 1 {
			tn := args[1].Type().Name
			if ok {
				tn = "bytes of length " + sprintf("%d", len(f))
			}
			return nil, th.Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, tn)
		}
		fill = string(f)
	}
	n := len(b)
	if width <= n {
		return Bytes(b), nil
	}
	if int64(width) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = marg
	}
	return Bytes(strings.Repeat(fill, left) + b + strings.Repeat(fill, marg-left)), nil
}

// bytesZfill is bytes.zfill(width).
func bytesZfill(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "bytes.zfill", args, kwnames); err != nil {
		return nil, err
	}
	width, err := asSsize(th, args[0])
	if err != nil {
		return nil, err
	}
	if width <= len(b) {
		return Bytes(b), nil
	}
	if int64(width) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	zeros := strings.Repeat("0", width-len(b))
	if b != "" && (b[0] == '+' || b[0] == '-') {
		return Bytes(b[:1] + zeros + b[1:]), nil
	}
	return Bytes(zeros + b), nil
}

// bytesExpandtabs is bytes.expandtabs(tabsize=8).
func bytesExpandtabs(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	a, err := expandtabsParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	tab := 8
	if a[0] != nil {
		if tab, err = asSsize(th, a[0]); err != nil {
			return nil, err
		}
	}
	var sb strings.Builder
	col := 0
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if int64(n) > th.MemoryBudget-int64(sb.Len()) {
					return nil, th.memoryError()
				}
				sb.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			sb.WriteByte(c)
			col = 0
		default:
			sb.WriteByte(c)
			col++
		}
	}
	return Bytes(sb.String()), nil
}

// bytesRepeat is bytes.__mul__ and bytes.__rmul__.
func bytesRepeat(th *Thread, b string, args []Object, kwnames []string) (Object, error) {
	if err := slotArgs(th, "__mul__", args, kwnames, 1); err != nil {
		return nil, err
	}
	n, err := asIndex(th, args[0])
	if err != nil {
		return nil, err
	}
	return BinaryOp(th, compile.OpMul, Bytes(b), n)
}
