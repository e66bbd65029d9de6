package py

// The methods of str.
//
// A str is UTF-8 and Python indexes it by code point, so every method that
// takes or returns positions (find, index, count with start and end)
// converts between code point indices and byte offsets; ASCII strings,
// where the two agree, skip the conversion.
//
// Case mappings and character classes follow CPython 3.11, which ships
// Unicode 14.0: Go's unicode package gives the simple mappings and the
// general categories, and the generated tables at the end of this file
// hold every place where Python differs (full mappings such as
// 'ß'.upper() == 'SS', digits that are not decimal, CJK numerals, code
// points assigned after Unicode 14.0), found by comparing the two on all
// code points.

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/pyfmt"
)

func init() {
	attach(StrType, convStr, map[string]selfFn[string]{
		"join": strJoin,
		"split": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strSplit(th, s, a, kw, false)
		},
		"rsplit": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strSplit(th, s, a, kw, true)
		},
		"splitlines": strSplitlines,
		"strip": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strStrip(th, s, a, kw, "strip")
		},
		"lstrip": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strStrip(th, s, a, kw, "lstrip")
		},
		"rstrip": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strStrip(th, s, a, kw, "rstrip")
		},
		"startswith": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strTailMatch(th, s, a, kw, "startswith")
		},
		"endswith": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strTailMatch(th, s, a, kw, "endswith")
		},
		"find": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strFind(th, s, a, kw, "find")
		},
		"rfind": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strFind(th, s, a, kw, "rfind")
		},
		"index": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strFind(th, s, a, kw, "index")
		},
		"rindex": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strFind(th, s, a, kw, "rindex")
		},
		"count":        strCount,
		"replace":      strReplace,
		"upper":        strCaseMethod("upper", strUpper),
		"lower":        strCaseMethod("lower", strLower),
		"capitalize":   strCaseMethod("capitalize", strCapitalize),
		"title":        strCaseMethod("title", strTitle),
		"swapcase":     strCaseMethod("swapcase", strSwapcase),
		"casefold":     strCaseMethod("casefold", strCasefold),
		"isdigit":      strPredicate("isdigit", isDigitRune),
		"isnumeric":    strPredicate("isnumeric", isNumericRune),
		"isdecimal":    strPredicate("isdecimal", isDecimalRune),
		"isalpha":      strPredicate("isalpha", isAlphaRune),
		"isalnum":      strPredicate("isalnum", isAlnumRune),
		"isspace":      strPredicate("isspace", isPySpace),
		"isupper":      strCaseTest("isupper"),
		"islower":      strCaseTest("islower"),
		"istitle":      strCaseTest("istitle"),
		"isidentifier": strIsIdentifier,
		"isprintable":  strIsPrintable,
		"isascii": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return Bool(isASCII(s)), noArgs(th, "str.isascii", a, kw)
		},
		"center": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strPad(th, s, a, kw, "center")
		},
		"ljust": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strPad(th, s, a, kw, "ljust")
		},
		"rjust": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strPad(th, s, a, kw, "rjust")
		},
		"zfill": strZfill,
		"partition": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strPartition(th, s, a, kw, false)
		},
		"rpartition": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strPartition(th, s, a, kw, true)
		},
		"format":     strFormatMethod,
		"format_map": strFormatMap,
		"encode":     strEncode,
		"expandtabs": strExpandtabs,
		"removeprefix": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strRemoveAffix(th, s, a, kw, "removeprefix")
		},
		"removesuffix": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return strRemoveAffix(th, s, a, kw, "removesuffix")
		},
		"translate": strTranslate,
		"__len__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return Int(runeLen(s)), slotArgs(th, "__len__", a, kw, 0)
		},
		"__contains__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__contains__", a, kw, 1); err != nil {
				return nil, err
			}
			ok, err := Contains(th, Str(s), a[0])
			return Bool(ok), err
		},
		"__getitem__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__getitem__", a, kw, 1); err != nil {
				return nil, err
			}
			return GetItem(th, Str(s), a[0])
		},
		"__iter__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__iter__", a, kw, 0); err != nil {
				return nil, err
			}
			return GetIter(th, Str(s))
		},
		"__add__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__add__", a, kw, 1); err != nil {
				return nil, err
			}
			o, ok := a[0].(Str)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", a[0].Type().Name)
			}
			return BinaryOp(th, compile.OpAdd, Str(s), o)
		},
		"__mul__":  strRepeat,
		"__rmul__": strRepeat,
		"__mod__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__mod__", a, kw, 1); err != nil {
				return nil, err
			}
			return percentFormat(th, s, a[0])
		},
		"__rmod__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			if err := slotArgs(th, "__rmod__", a, kw, 1); err != nil {
				return nil, err
			}
			if f, ok := a[0].(Str); ok {
				return percentFormat(th, string(f), Str(s))
			}
			return NotImplemented, nil
		},
		"__hash__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return Int(strHash(s)), slotArgs(th, "__hash__", a, kw, 0)
		},
		"__repr__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return Str(QuoteStr(s)), slotArgs(th, "__repr__", a, kw, 0)
		},
		"__str__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return Str(s), slotArgs(th, "__str__", a, kw, 0)
		},
		"__format__": func(th *Thread, s string, a []Object, kw []string) (Object, error) {
			return formatMethod(th, Str(s), a, kw)
		},
	})
	addCompareSlots(StrType, func(o Object) (Object, bool) { _, ok := o.(Str); return o, ok })
	staticMethod(StrType, "maketrans", strMaketrans)
}

// ---------------------------------------------------------------------
// Code points and byte offsets.

// cpIndex maps between code point indices and byte offsets of one string.
type cpIndex struct {
	s     string
	ascii bool
	n     int   // length in code points
	offs  []int // byte offset of each code point, plus len(s); nil if ascii
}

func newCPIndex(s string) *cpIndex {
	x := &cpIndex{s: s, ascii: isASCII(s)}
	if x.ascii {
		x.n = len(s)
		return x
	}
	x.offs = make([]int, 0, len(s)+1)
	for i := range s {
		x.offs = append(x.offs, i)
	}
	x.n = len(x.offs)
	x.offs = append(x.offs, len(s))
	return x
}

// byteOff returns the byte offset of code point i (0 <= i <= n).
func (x *cpIndex) byteOff(i int) int {
	if x.ascii {
		return i
	}
	return x.offs[i]
}

// cpOff returns the code point index of byte offset b (a rune boundary).
func (x *cpIndex) cpOff(b int) int {
	if x.ascii {
		return b
	}
	return sort.SearchInts(x.offs, b)
}

// strArg checks that an argument is a str ("must be str, not int").
func strArg(th *Thread, o Object) (string, error) {
	s, ok := o.(Str)
	if !ok {
		return "", th.Errorf(TypeErrorType, "must be str, not %s", o.Type().Name)
	}
	return string(s), nil
}

// ---------------------------------------------------------------------
// join, split, strip.

// strJoin is str.join(iterable).
func strJoin(th *Thread, sep string, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "str.join", args, kwnames); err != nil {
		return nil, err
	}
	var items []Object
	switch v := args[0].(type) {
	case *List:
		// No Python code runs below: the list cannot change under us.
		items = v.Items
	case Tuple:
		items = v
	default:
		var err error
		if _, err = GetIter(th, v); err != nil {
			if isExc(err, TypeErrorType) {
				return nil, th.NewError(TypeErrorType, "can only join an iterable")
			}
			return nil, err
		}
		if items, err = th.Iterate(v); err != nil {
			return nil, err
		}
	}
	size := 0
	for i, x := range items {
		s, ok := x.(Str)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, x.Type().Name)
		}
		size += len(s) + len(sep)
	}
	if int64(size) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	if len(items) == 1 {
		// CPython returns the item itself.
		return items[0], nil
	}
	if len(items) > 0 {
		size -= len(sep)
	}
	out, b := newStrObject(size)
	at := 0
	for i, x := range items {
		if i > 0 {
			at += copy(b[at:], sep)
		}
		at += copy(b[at:], string(x.(Str)))
	}
	return out, nil
}

var splitParser = &argParser{fname: "split", names: []string{"sep", "maxsplit"}, maxpos: 2}
var rsplitParser = &argParser{fname: "rsplit", names: []string{"sep", "maxsplit"}, maxpos: 2}

// strSplit is str.split(sep=None, maxsplit=-1) and str.rsplit.
func strSplit(th *Thread, s string, args []Object, kwnames []string, right bool) (Object, error) {
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
		return strList(splitWhitespace(s, maxsplit, right)), nil
	}
	sep, ok := a[0].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "must be str or None, not %s", a[0].Type().Name)
	}
	if sep == "" {
		return nil, th.NewError(ValueErrorType, "empty separator")
	}
	return strList(splitSep(s, string(sep), maxsplit, right)), nil
}

// strList makes a list of str from Go strings.
func strList(parts []string) *List { return NewList(boxStrs(parts)) }

// splitSep splits on a separator, from the left or the right.
func splitSep(s, sep string, maxsplit int, right bool) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	if !right {
		return strings.SplitN(s, sep, maxsplit+1)
	}
	var out []string
	for maxsplit > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	out = append(out, s)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// splitWhitespace splits on runs of whitespace, ignoring leading and
// trailing whitespace; after maxsplit splits the rest is one item (with
// the whitespace on the split side removed).
func splitWhitespace(s string, maxsplit int, right bool) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	var out []string
	if !right {
		for {
			s = strings.TrimLeftFunc(s, isPySpace)
			if s == "" {
				break
			}
			if maxsplit == 0 {
				out = append(out, s)
				break
			}
			i := strings.IndexFunc(s, isPySpace)
			if i < 0 {
				out = append(out, s)
				break
			}
			out = append(out, s[:i])
			s = s[i:]
			maxsplit--
		}
		return out
	}
	for {
		s = strings.TrimRightFunc(s, isPySpace)
		if s == "" {
			break
		}
		if maxsplit == 0 {
			out = append(out, s)
			break
		}
		i := strings.LastIndexFunc(s, isPySpace)
		if i < 0 {
			out = append(out, s)
			break
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, s[i+n:])
		s = s[:i]
		maxsplit--
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

var splitlinesParser = &argParser{fname: "splitlines", names: []string{"keepends"}, maxpos: 1}

// strSplitlines is str.splitlines(keepends=False).
func strSplitlines(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
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
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += n
			continue
		}
		end := i + n
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keep {
			out = append(out, s[start:end])
		} else {
			out = append(out, s[start:i])
		}
		start, i = end, end
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return strList(out), nil
}

// isLineBreak reports whether str.splitlines breaks at r.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// strStrip is str.strip, lstrip and rstrip (chars=None).
func strStrip(th *Thread, s string, args []Object, kwnames []string, name string) (Object, error) {
	if err := noKwargsIn(th, "str", name, kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, name, args, nil, 0, 1); err != nil {
		return nil, err
	}
	cut := isPySpace
	if len(args) == 1 && args[0] != None {
		chars, ok := args[0].(Str)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		set := string(chars)
		cut = func(r rune) bool { return strings.ContainsRune(set, r) }
	}
	switch name {
	case "lstrip":
		s = strings.TrimLeftFunc(s, cut)
	case "rstrip":
		s = strings.TrimRightFunc(s, cut)
	default:
		s = strings.TrimFunc(s, cut)
	}
	return Str(s), nil
}

// ---------------------------------------------------------------------
// Searching.

// searchArgs reads the (sub, start=None, end=None) arguments of find,
// index, count, startswith and endswith: sub is returned unconverted.
func searchArgs(th *Thread, name string, args []Object, kwnames []string) (Object, int, int, error) {
	if err := noKwargsIn(th, "str", name, kwnames); err != nil {
		return nil, 0, 0, err
	}
	if err := tupleArgs(th, name, args, nil, 1, 3); err != nil {
		return nil, 0, 0, err
	}
	start, end := 0, math.MaxInt
	var err error
	if len(args) > 1 {
		if start, err = sliceIndexArg(th, args[1], 0, true); err != nil {
			return nil, 0, 0, err
		}
	}
	if len(args) > 2 {
		if end, err = sliceIndexArg(th, args[2], math.MaxInt, true); err != nil {
			return nil, 0, 0, err
		}
	}
	return args[0], start, end, nil
}

// strFind is str.find, rfind, index and rindex.
func strFind(th *Thread, s string, args []Object, kwnames []string, name string) (Object, error) {
	subObj, start, end, err := searchArgs(th, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := strArg(th, subObj)
	if err != nil {
		return nil, err
	}
	right := name == "rfind" || name == "rindex"
	i := findIn(s, sub, start, end, right)
	if i < 0 && (name == "index" || name == "rindex") {
		return nil, th.NewError(ValueErrorType, "substring not found")
	}
	return Int(i), nil
}

// findIn returns the code point index of sub in s[start:end] (clipped as
// slicing does), or -1.
func findIn(s, sub string, start, end int, right bool) int {
	x := newCPIndex(s)
	start, end = adjustIndices(start, end, x.n)
	subLen := runeLen(sub)
	if end-start < subLen {
		return -1
	}
	if sub == "" {
		if right {
			return end
		}
		return start
	}
	b0, b1 := x.byteOff(start), x.byteOff(end)
	var i int
	if right {
		i = strings.LastIndex(s[b0:b1], sub)
	} else {
		i = strings.Index(s[b0:b1], sub)
	}
	if i < 0 {
		return -1
	}
	return x.cpOff(b0 + i)
}

// strCount is str.count(sub[, start[, end]]).
func strCount(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	subObj, start, end, err := searchArgs(th, "count", args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := strArg(th, subObj)
	if err != nil {
		return nil, err
	}
	x := newCPIndex(s)
	start, end = adjustIndices(start, end, x.n)
	if end-start < runeLen(sub) {
		return Int(0), nil
	}
	if sub == "" {
		return Int(end - start + 1), nil
	}
	return Int(strings.Count(s[x.byteOff(start):x.byteOff(end)], sub)), nil
}

// strTailMatch is str.startswith and str.endswith.
func strTailMatch(th *Thread, s string, args []Object, kwnames []string, name string) (Object, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		// s.endswith(p) / s.startswith(p): the whole string.
		if p, ok := args[0].(Str); ok {
			if name == "startswith" {
				return Bool(strings.HasPrefix(s, string(p))), nil
			}
			return Bool(strings.HasSuffix(s, string(p))), nil
		}
	}
	sub, start, end, err := searchArgs(th, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	x := newCPIndex(s)
	match := func(p string) bool {
		st, en := adjustIndices(start, end, x.n)
		en -= runeLen(p)
		if en < st {
			return false
		}
		if p == "" {
			return true
		}
		seg := s[x.byteOff(st):x.byteOff(en+runeLen(p))]
		if name == "startswith" {
			return strings.HasPrefix(seg, p)
		}
		return strings.HasSuffix(seg, p)
	}
	switch v := sub.(type) {
	case Str:
		return Bool(match(string(v))), nil
	case Tuple:
		for _, p := range v {
			ps, ok := p.(Str)
			if !ok {
				return nil, th.Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, p.Type().Name)
			}
			if match(string(ps)) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, th.Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, sub.Type().Name)
}

// strReplace is str.replace(old, new, count=-1).
func strReplace(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(th, "str.replace", kwnames); err != nil {
		return nil, err
	}
	if err := checkPositional(th, "replace", args, nil, 2, 3); err != nil {
		return nil, err
	}
	var oldNew [2]string
	for i := 0; i < 2; i++ {
		v, ok := args[i].(Str)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "replace() argument %d must be str, not %s", i+1, args[i].Type().Name)
		}
		oldNew[i] = string(v)
	}
	count := -1
	if len(args) == 3 {
		var err error
		if count, err = asSsize(th, args[2]); err != nil {
			return nil, err
		}
	}
	old, repl := oldNew[0], oldNew[1]
	n := 0
	if old == "" {
		n = runeLen(s) + 1
	} else {
		n = strings.Count(s, old)
	}
	if count >= 0 && count < n {
		n = count
	}
	if int64(len(s))+int64(n)*int64(len(repl)) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	if count < 0 {
		count = -1
	}
	return Str(strings.Replace(s, old, repl, count)), nil
}

// strPartition is str.partition(sep) and str.rpartition(sep).
func strPartition(th *Thread, s string, args []Object, kwnames []string, right bool) (Object, error) {
	name := "str.partition"
	if right {
		name = "str.rpartition"
	}
	if err := oneArg(th, name, args, kwnames); err != nil {
		return nil, err
	}
	sep, err := strArg(th, args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, th.NewError(ValueErrorType, "empty separator")
	}
	if right {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			return Tuple{Str(""), Str(""), Str(s)}, nil
		}
		return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
	}
	i := strings.Index(s, sep)
	if i < 0 {
		return Tuple{Str(s), Str(""), Str("")}, nil
	}
	return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
}

// strRemoveAffix is str.removeprefix and str.removesuffix.
func strRemoveAffix(th *Thread, s string, args []Object, kwnames []string, name string) (Object, error) {
	if err := oneArgIn(th, "str", name, args, kwnames); err != nil {
		return nil, err
	}
	a, ok := args[0].(Str)
	if !ok {
		return nil, th.Errorf(TypeErrorType, "%s() argument must be str, not %s", name, args[0].Type().Name)
	}
	if name == "removeprefix" {
		return Str(strings.TrimPrefix(s, string(a))), nil
	}
	return Str(strings.TrimSuffix(s, string(a))), nil
}

// ---------------------------------------------------------------------
// Padding.

// fillArg checks a fill character argument.
func fillArg(th *Thread, o Object) (string, error) {
	f, ok := o.(Str)
	if !ok {
		return "", th.Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", o.Type().Name)
	}
	if runeLen(string(f)) != 1 {
		return "", th.NewError(TypeErrorType, "The fill character must be exactly one character long")
	}
	return string(f), nil
}

// strPad is str.center, ljust and rjust (width, fillchar=' ').
func strPad(th *Thread, s string, args []Object, kwnames []string, name string) (Object, error) {
	if err := noKwargsIn(th, "str", name, kwnames); err != nil {
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
		if fill, err = fillArg(th, args[1]); err != nil {
			return nil, err
		}
	}
	n := runeLen(s)
	if width <= n {
		return Str(s), nil
	}
	if int64(width)*int64(len(fill)) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	marg := width - n
	var left int
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = marg
	default:
		left = marg/2 + (marg & width & 1)
	}
	return Str(strings.Repeat(fill, left) + s + strings.Repeat(fill, marg-left)), nil
}

// strZfill is str.zfill(width).
func strZfill(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "str.zfill", args, kwnames); err != nil {
		return nil, err
	}
	width, err := asSsize(th, args[0])
	if err != nil {
		return nil, err
	}
	n := runeLen(s)
	if width <= n {
		return Str(s), nil
	}
	if int64(width) > th.MemoryBudget {
		return nil, th.memoryError()
	}
	zeros := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return Str(s[:1] + zeros + s[1:]), nil
	}
	return Str(zeros + s), nil
}

var expandtabsParser = &argParser{fname: "expandtabs", names: []string{"tabsize"}, maxpos: 1}

// strExpandtabs is str.expandtabs(tabsize=8).
func strExpandtabs(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
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
	for _, r := range s {
		switch r {
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
			sb.WriteRune(r)
			col = 0
		default:
			sb.WriteRune(r)
			col++
		}
	}
	return Str(sb.String()), nil
}

// strRepeat is str.__mul__ and str.__rmul__.
func strRepeat(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	if err := slotArgs(th, "__mul__", args, kwnames, 1); err != nil {
		return nil, err
	}
	n, err := asIndex(th, args[0])
	if err != nil {
		return nil, err
	}
	return BinaryOp(th, compile.OpMul, Str(s), n)
}

// ---------------------------------------------------------------------
// Case.

// strCaseMethod wraps a case mapping as a no-argument method.
func strCaseMethod(name string, f func(string) string) selfFn[string] {
	return func(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
		if err := noArgsIn(th, "str", name, args, kwnames); err != nil {
			return nil, err
		}
		return Str(f(s)), nil
	}
}

// inUnicode15 reports whether r was assigned after Unicode 14.0, and so
// is unassigned for CPython 3.11.
func inUnicode15(r rune) bool {
	if r < 0xcf3 {
		return false
	}
	i := sort.Search(len(unicode15Ranges), func(i int) bool { return unicode15Ranges[i].hi >= r })
	return i < len(unicode15Ranges) && unicode15Ranges[i].lo <= r
}

// runeRange is an inclusive range of code points.
type runeRange struct{ lo, hi rune }

// inRanges reports whether r is in a sorted range table.
func inRanges(t []runeRange, r rune) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= r })
	return i < len(t) && t[i].lo <= r
}

// isUpperRune is CPython's Py_UNICODE_ISUPPER (Uppercase property).
func isUpperRune(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return (unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)) && !inUnicode15(r)
}

// isLowerRune is Py_UNICODE_ISLOWER (Lowercase property).
func isLowerRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	switch r {
	case 0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69: // Lowercase only after 14.0
		return false
	}
	return (unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)) && !inUnicode15(r)
}

// isTitleRune is Py_UNICODE_ISTITLE (category Lt).
func isTitleRune(r rune) bool { return r >= 0x80 && unicode.IsTitle(r) }

// isCasedRune is the Cased property.
func isCasedRune(r rune) bool { return isUpperRune(r) || isLowerRune(r) || isTitleRune(r) }

// isCaseIgnorable is the Case_Ignorable property: categories Mn, Me, Cf,
// Lm and Sk, and the word-internal punctuation of Word_Break.
func isCaseIgnorable(r rune) bool {
	switch r {
	case 0x27, 0x2e, 0x3a, 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	if r < 0x80 {
		return r == '^' || r == '`'
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) && !inUnicode15(r)
}

// upperFull is _PyUnicode_ToUpperFull.
func upperFull(sb *strings.Builder, r rune) {
	if s, ok := upperSpecial[r]; ok {
		sb.WriteString(s)
		return
	}
	if inUnicode15(r) {
		sb.WriteRune(r)
		return
	}
	sb.WriteRune(unicode.ToUpper(r))
}

// lowerFull is _PyUnicode_ToLowerFull.
func lowerFull(sb *strings.Builder, r rune) {
	if s, ok := lowerSpecial[r]; ok {
		sb.WriteString(s)
		return
	}
	if inUnicode15(r) {
		sb.WriteRune(r)
		return
	}
	sb.WriteRune(unicode.ToLower(r))
}

// titleFull is _PyUnicode_ToTitleFull.
func titleFull(sb *strings.Builder, r rune) {
	if s, ok := titleSpecial[r]; ok {
		sb.WriteString(s)
		return
	}
	if inUnicode15(r) {
		sb.WriteRune(r)
		return
	}
	sb.WriteRune(unicode.ToTitle(r))
}

// lowerAt lowers the code point at index i of rs, applying the Final_Sigma
// rule to U+03A3 (CPython's lower_ucs4 and handle_capital_sigma).
func lowerAt(sb *strings.Builder, rs []rune, i int) {
	if rs[i] != 0x3a3 {
		lowerFull(sb, rs[i])
		return
	}
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && isCasedRune(rs[j])
	if final && i+1 < len(rs) {
		j = i + 1
		for j < len(rs) && isCaseIgnorable(rs[j]) {
			j++
		}
		final = j == len(rs) || !isCasedRune(rs[j])
	}
	if final {
		sb.WriteRune(0x3c2)
	} else {
		sb.WriteRune(0x3c3)
	}
}

// strUpper is str.upper().
func strUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var sb strings.Builder
	for _, r := range s {
		upperFull(&sb, r)
	}
	return sb.String()
}

// strLower is str.lower().
func strLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var sb strings.Builder
	for i := range rs {
		lowerAt(&sb, rs, i)
	}
	return sb.String()
}

// strCasefold is str.casefold().
func strCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var sb strings.Builder
	for _, r := range s {
		if f, ok := foldSpecial[r]; ok {
			sb.WriteString(f)
		} else {
			lowerFull(&sb, r)
		}
	}
	return sb.String()
}

// strSwapcase is str.swapcase().
func strSwapcase(s string) string {
	rs := []rune(s)
	var sb strings.Builder
	for i, r := range rs {
		switch {
		case isUpperRune(r):
			lowerAt(&sb, rs, i)
		case isLowerRune(r):
			upperFull(&sb, r)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// strCapitalize is str.capitalize(): the first character in title case,
// the rest lowered.
func strCapitalize(s string) string {
	rs := []rune(s)
	var sb strings.Builder
	for i, r := range rs {
		if i == 0 {
			titleFull(&sb, r)
		} else {
			lowerAt(&sb, rs, i)
		}
	}
	return sb.String()
}

// strTitle is str.title(): characters after a cased one are lowered, the
// others title-cased.
func strTitle(s string) string {
	rs := []rune(s)
	var sb strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerAt(&sb, rs, i)
		} else {
			titleFull(&sb, r)
		}
		prevCased = isCasedRune(r)
	}
	return sb.String()
}

// strCaseTest is str.isupper, islower and istitle.
func strCaseTest(name string) selfFn[string] {
	return func(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
		if err := noArgsIn(th, "str", name, args, kwnames); err != nil {
			return nil, err
		}
		cased := false
		switch name {
		case "isupper":
			for _, r := range s {
				if isLowerRune(r) || isTitleRune(r) {
					return False, nil
				}
				if isUpperRune(r) {
					cased = true
				}
			}
		case "islower":
			for _, r := range s {
				if isUpperRune(r) || isTitleRune(r) {
					return False, nil
				}
				if isLowerRune(r) {
					cased = true
				}
			}
		default:
			prev := false
			for _, r := range s {
				switch {
				case isUpperRune(r) || isTitleRune(r):
					if prev {
						return False, nil
					}
					prev, cased = true, true
				case isLowerRune(r):
					if !prev {
						return False, nil
					}
					prev, cased = true, true
				default:
					prev = false
				}
			}
		}
		return Bool(cased), nil
	}
}

// ---------------------------------------------------------------------
// Character classes.

// isPySpace is Py_UNICODE_ISSPACE: Unicode whitespace, including the
// information separators \x1c-\x1f that Go's unicode.IsSpace leaves out.
func isPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// isDecimalRune is Py_UNICODE_ISDECIMAL (category Nd).
func isDecimalRune(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return unicode.Is(unicode.Nd, r) && !inUnicode15(r)
}

// isDigitRune is Py_UNICODE_ISDIGIT (Numeric_Type Decimal or Digit).
func isDigitRune(r rune) bool { return isDecimalRune(r) || inRanges(digitExtra, r) }

// isNumericRune is Py_UNICODE_ISNUMERIC (any Numeric_Type).
func isNumericRune(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return (unicode.IsNumber(r) && !inUnicode15(r)) || inRanges(numericExtra, r)
}

// isAlphaRune is Py_UNICODE_ISALPHA (categories L*).
func isAlphaRune(r rune) bool {
	if r < 0x80 {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return unicode.IsLetter(r) && !inUnicode15(r)
}

// isAlnumRune is Py_UNICODE_ISALNUM.
func isAlnumRune(r rune) bool {
	return isAlphaRune(r) || isDecimalRune(r) || isDigitRune(r) || isNumericRune(r)
}

// isPrintableRune is Py_UNICODE_ISPRINTABLE: everything but categories
// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
func isPrintableRune(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return unicode.IsPrint(r) && !inUnicode15(r)
}

// strPredicate is a str.isX() method: true when s is non-empty and every
// code point satisfies f.
func strPredicate(name string, f func(rune) bool) selfFn[string] {
	return func(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
		if err := noArgsIn(th, "str", name, args, kwnames); err != nil {
			return nil, err
		}
		if s == "" {
			return False, nil
		}
		for _, r := range s {
			if !f(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

// strIsPrintable is str.isprintable(): true for the empty string.
func strIsPrintable(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "str.isprintable", args, kwnames); err != nil {
		return nil, err
	}
	for _, r := range s {
		if !isPrintableRune(r) {
			return False, nil
		}
	}
	return True, nil
}

// strIsIdentifier is str.isidentifier(): XID_Start or '_', then
// XID_Continue (approximated by their defining categories).
func strIsIdentifier(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	if err := noArgs(th, "str.isidentifier", args, kwnames); err != nil {
		return nil, err
	}
	return Bool(isIdentifier(s)), nil
}

// isIdentifier reports whether s is a valid Python identifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if inUnicode15(r) {
			return false
		}
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) ||
			unicode.Is(unicode.Other_ID_Start, r)
		if r >= 0x80 && notXID(r) {
			// Not XID_Start (or continue either, except these four).
			start = false
			if i > 0 && (r == 0xe33 || r == 0xeb3 || r == 0xff9e || r == 0xff9f) {
				continue
			}
			return false
		}
		if i == 0 {
			if !start {
				return false
			}
			continue
		}
		if !start && !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) &&
			!unicode.Is(unicode.Other_ID_Continue, r) {
			return false
		}
	}
	return true
}

// notXID reports whether r is one of the code points that ID_Start or
// ID_Continue include but their NFKC-closed XID forms (which Python uses)
// exclude.
func notXID(r rune) bool {
	switch r {
	case 0x37a, 0xe33, 0xeb3, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62,
		0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e,
		0xff9e, 0xff9f:
		return true
	}
	return false
}

// ---------------------------------------------------------------------
// translate and maketrans.

// strTranslate is str.translate(table).
func strTranslate(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "str.translate", args, kwnames); err != nil {
		return nil, err
	}
	table := args[0]
	var sb strings.Builder
	for _, r := range s {
		v, err := GetItem(th, table, Int(r))
		if err != nil {
			if isExc(err, LookupErrorType) {
				sb.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch m := v.(type) {
		case *NoneType:
		case Str:
			sb.WriteString(string(m))
		case Int, *BigInt, Bool:
			c, ok := asIntLike(m).(Int)
			if !ok || c < 0 || c > 0x10ffff {
				return nil, th.NewError(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			sb.Write(appendCodePoint(nil, rune(c)))
		default:
			return nil, th.NewError(TypeErrorType, "character mapping must return integer, None or str")
		}
		if int64(sb.Len()) > th.MemoryBudget {
			return nil, th.memoryError()
		}
	}
	return Str(sb.String()), nil
}

// strMaketrans is the static method str.maketrans(x[, y[, z]]).
func strMaketrans(th *Thread, args []Object, kwnames []string) (Object, error) {
	if err := checkPositional(th, "maketrans", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	out := NewDict()
	if len(args) == 1 {
		d, ok := args[0].(*Dict)
		if !ok {
			return nil, th.NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range d.Items() {
			var key Object
			switch k := kv[0].(type) {
			case Str:
				if runeLen(string(k)) != 1 {
					return nil, th.NewError(ValueErrorType, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(k))
				key = Int(r)
			case Int, *BigInt, Bool:
				key = asIntLike(k)
			default:
				return nil, th.NewError(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := out.SetItem(th, key, kv[1]); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	var strs [3]string
	for i, a := range args {
		s, ok := a.(Str)
		if !ok {
			return nil, th.Errorf(TypeErrorType, "maketrans() argument %d must be str, not %s", i+1, a.Type().Name)
		}
		strs[i] = string(s)
	}
	xs, ys := []rune(strs[0]), []rune(strs[1])
	if len(xs) != len(ys) {
		return nil, th.NewError(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i := range xs {
		if err := out.SetItem(th, Int(xs[i]), Int(ys[i])); err != nil {
			return nil, err
		}
	}
	for _, r := range strs[2] {
		if err := out.SetItem(th, Int(r), None); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ---------------------------------------------------------------------
// Encoding.

var encodeParser = &argParser{fname: "encode", names: []string{"encoding", "errors"}, maxpos: 2}

// strEncode is str.encode(encoding='utf-8', errors='strict').
func strEncode(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	a, err := encodeParser.unpack(th, args, kwnames)
	if err != nil {
		return nil, err
	}
	encoding, errors, err := codecArgs(th, "encode", a[0], a[1])
	if err != nil {
		return nil, err
	}
	return encodeStr(th, s, encoding, errors)
}

// normEncoding returns the canonical name of a supported codec ("utf-8",
// "ascii", "latin-1"), or "" for any other.
func normEncoding(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us_ascii", "646", "us":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100":
		return "latin-1"
	}
	return ""
}

// escapeCodePoint renders a code point as the codecs' messages and the
// backslashreplace handler do.
func escapeCodePoint(r rune) string {
	switch {
	case r <= 0xff:
		return "\\x" + hex2(uint32(r), 2)
	case r <= 0xffff:
		return "\\u" + hex2(uint32(r), 4)
	}
	return "\\U" + hex2(uint32(r), 8)
}

// hex2 formats v as n lowercase hex digits.
func hex2(v uint32, n int) string {
	s := strconv.FormatUint(uint64(v), 16)
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// unicodeError makes a UnicodeEncodeError or UnicodeDecodeError with
// CPython's arguments and attributes; its str() (unicodeErrorStr) derives
// the message from them. what is unused: the message names the character
// or byte itself.
func unicodeError(th *Thread, cls *Type, encoding string, object Object, start, end int, reason, what string) error {
	e := NewException(cls, Str(encoding), object, Int(start), Int(end), Str(reason))
	e.SetAttrStr("encoding", Str(encoding))
	e.SetAttrStr("object", object)
	e.SetAttrStr("start", Int(start))
	e.SetAttrStr("end", Int(end))
	e.SetAttrStr("reason", Str(reason))
	return e
}

// encodeStr encodes s with one of the supported codecs.
func encodeStr(th *Thread, s, encoding, errors string) (Object, error) {
	enc := normEncoding(encoding)
	if enc == "" {
		return nil, th.Errorf(LookupErrorType, "unknown encoding: %s", encoding)
	}
	limit := rune(0x110000)
	reason := "surrogates not allowed"
	switch enc {
	case "ascii":
		limit, reason = 0x80, "ordinal not in range(128)"
	case "latin-1":
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	bad := func(r rune) bool { return r >= limit || (r >= 0xd800 && r <= 0xdfff) }
	if enc == "utf-8" && !hasSurrogate(s) {
		return Bytes(s), nil
	}
	rs := decodeCodePoints(s)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		if !bad(r) {
			if enc == "utf-8" {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && bad(rs[j]) {
			j++
		}
		switch errors {
		case "strict":
			what := "character '" + escapeCodePoint(r) + "'"
			return nil, unicodeError(th, UnicodeEncodeErrorType, enc, Str(s), i, j, reason, what)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				out = append(out, escapeCodePoint(rs[k])...)
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, "&#"+strconv.Itoa(int(rs[k]))+";"...)
			}
		default:
			return nil, th.Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
		}
		i = j
	}
	return Bytes(out), nil
}

// hasSurrogate reports whether s holds the WTF-8 form of a surrogate.
func hasSurrogate(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xed && s[i+1] >= 0xa0 && s[i+1] <= 0xbf {
			return true
		}
	}
	return false
}

// decodeCodePoints splits a str into code points (surrogates included).
func decodeCodePoints(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decodeCodePoint(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// ---------------------------------------------------------------------
// str.format.

// strFormatMethod is str.format(*args, **kwargs).
func strFormatMethod(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	npos := numPos(args, kwnames)
	var kwargs *Dict
	if len(kwnames) > 0 {
		kwargs = NewDict()
		for i, k := range kwnames {
			kwargs.SetStr(k, args[npos+i])
		}
	}
	f := &strFormatter{th: th, args: Tuple(args[:npos]), hasArgs: true}
	if kwargs != nil {
		f.kwargs = kwargs
	}
	out, err := f.build(s, 2)
	if err != nil {
		return nil, err
	}
	return Str(out), nil
}

// strFormatMap is str.format_map(mapping).
func strFormatMap(th *Thread, s string, args []Object, kwnames []string) (Object, error) {
	if err := oneArg(th, "str.format_map", args, kwnames); err != nil {
		return nil, err
	}
	f := &strFormatter{th: th, kwargs: args[0]}
	out, err := f.build(s, 2)
	if err != nil {
		return nil, err
	}
	return Str(out), nil
}

// strFormatter is a port of CPython's unicode_format.h: the markup parser
// and field lookup of str.format. All the syntax characters are ASCII, so
// it works on UTF-8 bytes directly.
type strFormatter struct {
	th      *Thread
	args    Tuple
	hasArgs bool   // false for format_map, which has no positional args
	kwargs  Object // nil when there are none
	// auto-numbering state: 0 not yet decided, 1 automatic, 2 manual
	autoState int
	autoNext  int
}

// build expands a format string; depth limits nested specs to two levels.
func (f *strFormatter) build(s string, depth int) (string, error) {
	th := f.th
	if depth <= 0 {
		return "", th.NewError(ValueErrorType, "Max string recursion exceeded")
	}
	var sb strings.Builder
	i := 0
	for i < len(s) {
		// Literal text up to a brace.
		start := i
		var c byte
		for i < len(s) {
			c = s[i]
			i++
			if c == '{' || c == '}' {
				break
			}
			c = 0
		}
		atEnd := i >= len(s)
		lit := s[start:i]
		markup := c == '{' || c == '}'
		if c == '}' && (atEnd || s[i] != '}') {
			return "", th.NewError(ValueErrorType, "Single '}' encountered in format string")
		}
		if atEnd && c == '{' {
			return "", th.NewError(ValueErrorType, "Single '{' encountered in format string")
		}
		if markup {
			lit = lit[:len(lit)-1]
			if s[i] == c {
				// An escaped brace: literal text.
				sb.WriteString(lit)
				sb.WriteByte(c)
				i++
				continue
			}
		}
		sb.WriteString(lit)
		if !markup {
			continue
		}
		// A replacement field.
		name, conv, spec, expand, next, err := f.parseField(s, i)
		if err != nil {
			return "", err
		}
		i = next
		obj, err := f.getField(name)
		if err != nil {
			return "", err
		}
		if conv != 0 {
			switch conv {
			case 'r':
				obj, err = Repr(th, obj)
			case 's':
				obj, err = StrOf(th, obj)
			case 'a':
				obj, err = ASCII(th, obj)
			default:
				if conv > 32 && conv < 127 {
					return "", th.Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
				}
				return "", th.Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", conv)
			}
			if err != nil {
				return "", err
			}
		}
		if expand {
			if spec, err = f.build(spec, depth-1); err != nil {
				return "", err
			}
		}
		out, err := Format(th, obj, spec)
		if err != nil {
			return "", err
		}
		sb.WriteString(string(out.(Str)))
		if int64(sb.Len()) > th.MemoryBudget {
			return "", th.memoryError()
		}
	}
	return sb.String(), nil
}

// parseField parses a replacement field starting after its '{': it
// returns the field name, the conversion (0 for none), the format spec,
// whether the spec has nested fields, and the index after the '}'.
func (f *strFormatter) parseField(s string, i int) (name string, conv rune, spec string, expand bool, next int, err error) {
	th := f.th
	start := i
	var c byte
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return "", 0, "", false, 0, th.NewError(ValueErrorType, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			c = 0
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
		c = 0
	}
	if c == 0 {
		return "", 0, "", false, 0, th.NewError(ValueErrorType, "expected '}' before end of string")
	}
	name = s[start : i-1]
	if c == '}' {
		return name, 0, "", false, i, nil
	}
	if c == '!' {
		if i >= len(s) {
			return "", 0, "", false, 0, th.NewError(ValueErrorType, "end of string while looking for conversion specifier")
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		conv = r
		i += n
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return name, conv, "", false, i, nil
			}
			if c != ':' {
				return "", 0, "", false, 0, th.NewError(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := i
	count := 1
	for i < len(s) {
		c = s[i]
		i++
		switch c {
		case '{':
			expand = true
			count++
		case '}':
			count--
			if count == 0 {
				return name, conv, s[specStart : i-1], expand, i, nil
			}
		}
	}
	return "", 0, "", false, 0, th.NewError(ValueErrorType, "unmatched '{' in format spec")
}

// fieldInteger is get_integer: the value of a name made only of decimal
// digits (of any script), or -1.
func (f *strFormatter) fieldInteger(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	for _, r := range s {
		if !isDecimalRune(r) {
			return -1, nil
		}
	}
	z, err := pyfmt.ParseInt(s, 10)
	if err != nil || !z.IsInt64() {
		return -1, f.th.NewError(ValueErrorType, "Too many decimal digits in format string")
	}
	return int(z.Int64()), nil
}

// getField is get_field_object: the argument named by the first part of
// the field name, then the .attribute and [index] lookups that follow.
func (f *strFormatter) getField(name string) (Object, error) {
	th := f.th
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	idx, err := f.fieldInteger(first)
	if err != nil {
		return nil, err
	}
	empty := first == ""
	if empty || idx >= 0 {
		if f.autoState == 0 {
			if empty {
				f.autoState = 1
			} else {
				f.autoState = 2
			}
		}
		if f.autoState == 2 && empty {
			return nil, th.NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.autoState == 1 && !empty {
			return nil, th.NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = f.autoNext
			f.autoNext++
		}
	}
	var obj Object
	if idx < 0 {
		key := Str(first)
		if f.kwargs == nil {
			return nil, NewException(KeyErrorType, key)
		}
		if obj, err = GetItem(th, f.kwargs, key); err != nil {
			return nil, err
		}
	} else {
		if !f.hasArgs {
			return nil, th.NewError(ValueErrorType, "Format string contains positional fields")
		}
		if idx >= len(f.args) {
			return nil, th.Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	}
	for len(rest) > 0 {
		c := rest[0]
		rest = rest[1:]
		var part string
		switch c {
		case '.':
			j := 0
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			part, rest = rest[:j], rest[j:]
			if part == "" {
				return nil, th.NewError(ValueErrorType, "Empty attribute in format string")
			}
			if obj, err = GetAttr(th, obj, part); err != nil {
				return nil, err
			}
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return nil, th.NewError(ValueErrorType, "Missing ']' in format string")
			}
			part, rest = rest[:j], rest[j+1:]
			if part == "" {
				return nil, th.NewError(ValueErrorType, "Empty attribute in format string")
			}
			k, err := f.fieldInteger(part)
			if err != nil {
				return nil, err
			}
			var key Object = Str(part)
			if k >= 0 {
				key = Int(k)
			}
			if obj, err = GetItem(th, obj, key); err != nil {
				return nil, err
			}
		default:
			return nil, th.NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

// ---------------------------------------------------------------------
// Generated tables.
//
// The tables below were generated from CPython 3.11.7 (Unicode 14.0) and
// Go's unicode package by comparing every code point; they hold only the
// places where Python differs from what the unicode package gives.

var unicode15Ranges = []runeRange{
	{0xcf3, 0xcf3}, {0xece, 0xece}, {0x10efd, 0x10eff}, {0x1123f, 0x11241}, {0x11b00, 0x11b09},
	{0x11f00, 0x11f10}, {0x11f12, 0x11f3a}, {0x11f3e, 0x11f59}, {0x1342f, 0x1342f},
	{0x13439, 0x13455}, {0x1b132, 0x1b132}, {0x1b155, 0x1b155}, {0x1d2c0, 0x1d2d3},
	{0x1df25, 0x1df2a}, {0x1e030, 0x1e06d}, {0x1e08f, 0x1e08f}, {0x1e4d0, 0x1e4f9},
	{0x1f6dc, 0x1f6dc}, {0x1f774, 0x1f776}, {0x1f77b, 0x1f77f}, {0x1f7d9, 0x1f7d9},
	{0x1fa75, 0x1fa77}, {0x1fa87, 0x1fa88}, {0x1faad, 0x1faaf}, {0x1fabb, 0x1fabd},
	{0x1fabf, 0x1fabf}, {0x1face, 0x1facf}, {0x1fada, 0x1fadb}, {0x1fae8, 0x1fae8},
	{0x1faf7, 0x1faf8}, {0x2b739, 0x2b739}, {0x31350, 0x323af},
}

// upperSpecial are the full (multi-character) uppercase mappings.
var upperSpecial = map[rune]string{
	0xdf: "\u0053\u0053", 0x149: "\u02bc\u004e", 0x1f0: "\u004a\u030c", 0x390: "\u0399\u0308\u0301",
	0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0552", 0x1e96: "\u0048\u0331",
	0x1e97: "\u0054\u0308", 0x1e98: "\u0057\u030a", 0x1e99: "\u0059\u030a", 0x1e9a: "\u0041\u02be",
	0x1f50: "\u03a5\u0313", 0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301",
	0x1f56: "\u03a5\u0313\u0342", 0x1f80: "\u1f08\u0399", 0x1f81: "\u1f09\u0399",
	0x1f82: "\u1f0a\u0399", 0x1f83: "\u1f0b\u0399", 0x1f84: "\u1f0c\u0399", 0x1f85: "\u1f0d\u0399",
	0x1f86: "\u1f0e\u0399", 0x1f87: "\u1f0f\u0399", 0x1f88: "\u1f08\u0399", 0x1f89: "\u1f09\u0399",
	0x1f8a: "\u1f0a\u0399", 0x1f8b: "\u1f0b\u0399", 0x1f8c: "\u1f0c\u0399", 0x1f8d: "\u1f0d\u0399",
	0x1f8e: "\u1f0e\u0399", 0x1f8f: "\u1f0f\u0399", 0x1f90: "\u1f28\u0399", 0x1f91: "\u1f29\u0399",
	0x1f92: "\u1f2a\u0399", 0x1f93: "\u1f2b\u0399", 0x1f94: "\u1f2c\u0399", 0x1f95: "\u1f2d\u0399",
	0x1f96: "\u1f2e\u0399", 0x1f97: "\u1f2f\u0399", 0x1f98: "\u1f28\u0399", 0x1f99: "\u1f29\u0399",
	0x1f9a: "\u1f2a\u0399", 0x1f9b: "\u1f2b\u0399", 0x1f9c: "\u1f2c\u0399", 0x1f9d: "\u1f2d\u0399",
	0x1f9e: "\u1f2e\u0399", 0x1f9f: "\u1f2f\u0399", 0x1fa0: "\u1f68\u0399", 0x1fa1: "\u1f69\u0399",
	0x1fa2: "\u1f6a\u0399", 0x1fa3: "\u1f6b\u0399", 0x1fa4: "\u1f6c\u0399", 0x1fa5: "\u1f6d\u0399",
	0x1fa6: "\u1f6e\u0399", 0x1fa7: "\u1f6f\u0399", 0x1fa8: "\u1f68\u0399", 0x1fa9: "\u1f69\u0399",
	0x1faa: "\u1f6a\u0399", 0x1fab: "\u1f6b\u0399", 0x1fac: "\u1f6c\u0399", 0x1fad: "\u1f6d\u0399",
	0x1fae: "\u1f6e\u0399", 0x1faf: "\u1f6f\u0399", 0x1fb2: "\u1fba\u0399", 0x1fb3: "\u0391\u0399",
	0x1fb4: "\u0386\u0399", 0x1fb6: "\u0391\u0342", 0x1fb7: "\u0391\u0342\u0399",
	0x1fbc: "\u0391\u0399", 0x1fc2: "\u1fca\u0399", 0x1fc3: "\u0397\u0399", 0x1fc4: "\u0389\u0399",
	0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0399", 0x1fcc: "\u0397\u0399",
	0x1fd2: "\u0399\u0308\u0300", 0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342",
	0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300", 0x1fe3: "\u03a5\u0308\u0301",
	0x1fe4: "\u03a1\u0313", 0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0399", 0x1ff3: "\u03a9\u0399", 0x1ff4: "\u038f\u0399", 0x1ff6: "\u03a9\u0342",
	0x1ff7: "\u03a9\u0342\u0399", 0x1ffc: "\u03a9\u0399", 0xfb00: "\u0046\u0046",
	0xfb01: "\u0046\u0049", 0xfb02: "\u0046\u004c", 0xfb03: "\u0046\u0046\u0049",
	0xfb04: "\u0046\u0046\u004c", 0xfb05: "\u0053\u0054", 0xfb06: "\u0053\u0054",
	0xfb13: "\u0544\u0546", 0xfb14: "\u0544\u0535", 0xfb15: "\u0544\u053b", 0xfb16: "\u054e\u0546",
	0xfb17: "\u0544\u053d",
}

// lowerSpecial are the full lowercase mappings.
var lowerSpecial = map[rune]string{
	0x130: "\u0069\u0307",
}

// titleSpecial are the full titlecase mappings.
var titleSpecial = map[rune]string{
	0xdf: "\u0053\u0073", 0x149: "\u02bc\u004e", 0x1f0: "\u004a\u030c", 0x390: "\u0399\u0308\u0301",
	0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0582", 0x1e96: "\u0048\u0331",
	0x1e97: "\u0054\u0308", 0x1e98: "\u0057\u030a", 0x1e99: "\u0059\u030a", 0x1e9a: "\u0041\u02be",
	0x1f50: "\u03a5\u0313", 0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301",
	0x1f56: "\u03a5\u0313\u0342", 0x1fb2: "\u1fba\u0345", 0x1fb4: "\u0386\u0345",
	0x1fb6: "\u0391\u0342", 0x1fb7: "\u0391\u0342\u0345", 0x1fc2: "\u1fca\u0345",
	0x1fc4: "\u0389\u0345", 0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0345",
	0x1fd2: "\u0399\u0308\u0300", 0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342",
	0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300", 0x1fe3: "\u03a5\u0308\u0301",
	0x1fe4: "\u03a1\u0313", 0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0345", 0x1ff4: "\u038f\u0345", 0x1ff6: "\u03a9\u0342",
	0x1ff7: "\u03a9\u0342\u0345", 0xfb00: "\u0046\u0066", 0xfb01: "\u0046\u0069",
	0xfb02: "\u0046\u006c", 0xfb03: "\u0046\u0066\u0069", 0xfb04: "\u0046\u0066\u006c",
	0xfb05: "\u0053\u0074", 0xfb06: "\u0053\u0074", 0xfb13: "\u0544\u0576", 0xfb14: "\u0544\u0565",
	0xfb15: "\u0544\u056b", 0xfb16: "\u054e\u0576", 0xfb17: "\u0544\u056d",
}

// foldSpecial are the case foldings that differ from the lowercase mapping.
var foldSpecial = map[rune]string{
	0xb5: "\u03bc", 0xdf: "\u0073\u0073", 0x149: "\u02bc\u006e", 0x17f: "\u0073",
	0x1f0: "\u006a\u030c", 0x345: "\u03b9", 0x390: "\u03b9\u0308\u0301", 0x3b0: "\u03c5\u0308\u0301",
	0x3c2: "\u03c3", 0x3d0: "\u03b2", 0x3d1: "\u03b8", 0x3d5: "\u03c6", 0x3d6: "\u03c0",
	0x3f0: "\u03ba", 0x3f1: "\u03c1", 0x3f5: "\u03b5", 0x587: "\u0565\u0582", 0x13a0: "\u13a0",
	0x13a1: "\u13a1", 0x13a2: "\u13a2", 0x13a3: "\u13a3", 0x13a4: "\u13a4", 0x13a5: "\u13a5",
	0x13a6: "\u13a6", 0x13a7: "\u13a7", 0x13a8: "\u13a8", 0x13a9: "\u13a9", 0x13aa: "\u13aa",
	0x13ab: "\u13ab", 0x13ac: "\u13ac", 0x13ad: "\u13ad", 0x13ae: "\u13ae", 0x13af: "\u13af",
	0x13b0: "\u13b0", 0x13b1: "\u13b1", 0x13b2: "\u13b2", 0x13b3: "\u13b3", 0x13b4: "\u13b4",
	0x13b5: "\u13b5", 0x13b6: "\u13b6", 0x13b7: "\u13b7", 0x13b8: "\u13b8", 0x13b9: "\u13b9",
	0x13ba: "\u13ba", 0x13bb: "\u13bb", 0x13bc: "\u13bc", 0x13bd: "\u13bd", 0x13be: "\u13be",
	0x13bf: "\u13bf", 0x13c0: "\u13c0", 0x13c1: "\u13c1", 0x13c2: "\u13c2", 0x13c3: "\u13c3",
	0x13c4: "\u13c4", 0x13c5: "\u13c5", 0x13c6: "\u13c6", 0x13c7: "\u13c7", 0x13c8: "\u13c8",
	0x13c9: "\u13c9", 0x13ca: "\u13ca", 0x13cb: "\u13cb", 0x13cc: "\u13cc", 0x13cd: "\u13cd",
	0x13ce: "\u13ce", 0x13cf: "\u13cf", 0x13d0: "\u13d0", 0x13d1: "\u13d1", 0x13d2: "\u13d2",
	0x13d3: "\u13d3", 0x13d4: "\u13d4", 0x13d5: "\u13d5", 0x13d6: "\u13d6", 0x13d7: "\u13d7",
	0x13d8: "\u13d8", 0x13d9: "\u13d9", 0x13da: "\u13da", 0x13db: "\u13db", 0x13dc: "\u13dc",
	0x13dd: "\u13dd", 0x13de: "\u13de", 0x13df: "\u13df", 0x13e0: "\u13e0", 0x13e1: "\u13e1",
	0x13e2: "\u13e2", 0x13e3: "\u13e3", 0x13e4: "\u13e4", 0x13e5: "\u13e5", 0x13e6: "\u13e6",
	0x13e7: "\u13e7", 0x13e8: "\u13e8", 0x13e9: "\u13e9", 0x13ea: "\u13ea", 0x13eb: "\u13eb",
	0x13ec: "\u13ec", 0x13ed: "\u13ed", 0x13ee: "\u13ee", 0x13ef: "\u13ef", 0x13f0: "\u13f0",
	0x13f1: "\u13f1", 0x13f2: "\u13f2", 0x13f3: "\u13f3", 0x13f4: "\u13f4", 0x13f5: "\u13f5",
	0x13f8: "\u13f0", 0x13f9: "\u13f1", 0x13fa: "\u13f2", 0x13fb: "\u13f3", 0x13fc: "\u13f4",
	0x13fd: "\u13f5", 0x1c80: "\u0432", 0x1c81: "\u0434", 0x1c82: "\u043e", 0x1c83: "\u0441",
	0x1c84: "\u0442", 0x1c85: "\u0442", 0x1c86: "\u044a", 0x1c87: "\u0463", 0x1c88: "\ua64b",
	0x1e96: "\u0068\u0331", 0x1e97: "\u0074\u0308", 0x1e98: "\u0077\u030a", 0x1e99: "\u0079\u030a",
	0x1e9a: "\u0061\u02be", 0x1e9b: "\u1e61", 0x1e9e: "\u0073\u0073", 0x1f50: "\u03c5\u0313",
	0x1f52: "\u03c5\u0313\u0300", 0x1f54: "\u03c5\u0313\u0301", 0x1f56: "\u03c5\u0313\u0342",
	0x1f80: "\u1f00\u03b9", 0x1f81: "\u1f01\u03b9", 0x1f82: "\u1f02\u03b9", 0x1f83: "\u1f03\u03b9",
	0x1f84: "\u1f04\u03b9", 0x1f85: "\u1f05\u03b9", 0x1f86: "\u1f06\u03b9", 0x1f87: "\u1f07\u03b9",
	0x1f88: "\u1f00\u03b9", 0x1f89: "\u1f01\u03b9", 0x1f8a: "\u1f02\u03b9", 0x1f8b: "\u1f03\u03b9",
	0x1f8c: "\u1f04\u03b9", 0x1f8d: "\u1f05\u03b9", 0x1f8e: "\u1f06\u03b9", 0x1f8f: "\u1f07\u03b9",
	0x1f90: "\u1f20\u03b9", 0x1f91: "\u1f21\u03b9", 0x1f92: "\u1f22\u03b9", 0x1f93: "\u1f23\u03b9",
	0x1f94: "\u1f24\u03b9", 0x1f95: "\u1f25\u03b9", 0x1f96: "\u1f26\u03b9", 0x1f97: "\u1f27\u03b9",
	0x1f98: "\u1f20\u03b9", 0x1f99: "\u1f21\u03b9", 0x1f9a: "\u1f22\u03b9", 0x1f9b: "\u1f23\u03b9",
	0x1f9c: "\u1f24\u03b9", 0x1f9d: "\u1f25\u03b9", 0x1f9e: "\u1f26\u03b9", 0x1f9f: "\u1f27\u03b9",
	0x1fa0: "\u1f60\u03b9", 0x1fa1: "\u1f61\u03b9", 0x1fa2: "\u1f62\u03b9", 0x1fa3: "\u1f63\u03b9",
	0x1fa4: "\u1f64\u03b9", 0x1fa5: "\u1f65\u03b9", 0x1fa6: "\u1f66\u03b9", 0x1fa7: "\u1f67\u03b9",
	0x1fa8: "\u1f60\u03b9", 0x1fa9: "\u1f61\u03b9", 0x1faa: "\u1f62\u03b9", 0x1fab: "\u1f63\u03b9",
	0x1fac: "\u1f64\u03b9", 0x1fad: "\u1f65\u03b9", 0x1fae: "\u1f66\u03b9", 0x1faf: "\u1f67\u03b9",
	0x1fb2: "\u1f70\u03b9", 0x1fb3: "\u03b1\u03b9", 0x1fb4: "\u03ac\u03b9", 0x1fb6: "\u03b1\u0342",
	0x1fb7: "\u03b1\u0342\u03b9", 0x1fbc: "\u03b1\u03b9", 0x1fbe: "\u03b9", 0x1fc2: "\u1f74\u03b9",
	0x1fc3: "\u03b7\u03b9", 0x1fc4: "\u03ae\u03b9", 0x1fc6: "\u03b7\u0342",
	0x1fc7: "\u03b7\u0342\u03b9", 0x1fcc: "\u03b7\u03b9", 0x1fd2: "\u03b9\u0308\u0300",
	0x1fd3: "\u03b9\u0308\u0301", 0x1fd6: "\u03b9\u0342", 0x1fd7: "\u03b9\u0308\u0342",
	0x1fe2: "\u03c5\u0308\u0300", 0x1fe3: "\u03c5\u0308\u0301", 0x1fe4: "\u03c1\u0313",
	0x1fe6: "\u03c5\u0342", 0x1fe7: "\u03c5\u0308\u0342", 0x1ff2: "\u1f7c\u03b9",
	0x1ff3: "\u03c9\u03b9", 0x1ff4: "\u03ce\u03b9", 0x1ff6: "\u03c9\u0342",
	0x1ff7: "\u03c9\u0342\u03b9", 0x1ffc: "\u03c9\u03b9", 0xab70: "\u13a0", 0xab71: "\u13a1",
	0xab72: "\u13a2", 0xab73: "\u13a3", 0xab74: "\u13a4", 0xab75: "\u13a5", 0xab76: "\u13a6",
	0xab77: "\u13a7", 0xab78: "\u13a8", 0xab79: "\u13a9", 0xab7a: "\u13aa", 0xab7b: "\u13ab",
	0xab7c: "\u13ac", 0xab7d: "\u13ad", 0xab7e: "\u13ae", 0xab7f: "\u13af", 0xab80: "\u13b0",
	0xab81: "\u13b1", 0xab82: "\u13b2", 0xab83: "\u13b3", 0xab84: "\u13b4", 0xab85: "\u13b5",
	0xab86: "\u13b6", 0xab87: "\u13b7", 0xab88: "\u13b8", 0xab89: "\u13b9", 0xab8a: "\u13ba",
	0xab8b: "\u13bb", 0xab8c: "\u13bc", 0xab8d: "\u13bd", 0xab8e: "\u13be", 0xab8f: "\u13bf",
	0xab90: "\u13c0", 0xab91: "\u13c1", 0xab92: "\u13c2", 0xab93: "\u13c3", 0xab94: "\u13c4",
	0xab95: "\u13c5", 0xab96: "\u13c6", 0xab97: "\u13c7", 0xab98: "\u13c8", 0xab99: "\u13c9",
	0xab9a: "\u13ca", 0xab9b: "\u13cb", 0xab9c: "\u13cc", 0xab9d: "\u13cd", 0xab9e: "\u13ce",
	0xab9f: "\u13cf", 0xaba0: "\u13d0", 0xaba1: "\u13d1", 0xaba2: "\u13d2", 0xaba3: "\u13d3",
	0xaba4: "\u13d4", 0xaba5: "\u13d5", 0xaba6: "\u13d6", 0xaba7: "\u13d7", 0xaba8: "\u13d8",
	0xaba9: "\u13d9", 0xabaa: "\u13da", 0xabab: "\u13db", 0xabac: "\u13dc", 0xabad: "\u13dd",
	0xabae: "\u13de", 0xabaf: "\u13df", 0xabb0: "\u13e0", 0xabb1: "\u13e1", 0xabb2: "\u13e2",
	0xabb3: "\u13e3", 0xabb4: "\u13e4", 0xabb5: "\u13e5", 0xabb6: "\u13e6", 0xabb7: "\u13e7",
	0xabb8: "\u13e8", 0xabb9: "\u13e9", 0xabba: "\u13ea", 0xabbb: "\u13eb", 0xabbc: "\u13ec",
	0xabbd: "\u13ed", 0xabbe: "\u13ee", 0xabbf: "\u13ef", 0xfb00: "\u0066\u0066",
	0xfb01: "\u0066\u0069", 0xfb02: "\u0066\u006c", 0xfb03: "\u0066\u0066\u0069",
	0xfb04: "\u0066\u0066\u006c", 0xfb05: "\u0073\u0074", 0xfb06: "\u0073\u0074",
	0xfb13: "\u0574\u0576", 0xfb14: "\u0574\u0565", 0xfb15: "\u0574\u056b", 0xfb16: "\u057e\u0576",
	0xfb17: "\u0574\u056d",
}

// digitExtra are the digits (str.isdigit) that are not decimal (Nd).
var digitExtra = []runeRange{
	{0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x19da, 0x19da}, {0x2070, 0x2070},
	{0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490},
	{0x24ea, 0x24ea}, {0x24f5, 0x24fd}, {0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788},
	{0x278a, 0x2792}, {0x10a40, 0x10a43}, {0x10e60, 0x10e68}, {0x11052, 0x1105a}, {0x1f100, 0x1f10a},
}

// numericExtra are the numeric code points (str.isnumeric) outside category N.
var numericExtra = []runeRange{
	{0x3405, 0x3405}, {0x3483, 0x3483}, {0x382a, 0x382a}, {0x3b4d, 0x3b4d}, {0x4e00, 0x4e00},
	{0x4e03, 0x4e03}, {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c},
	{0x4e94, 0x4e94}, {0x4e96, 0x4e96}, {0x4ebf, 0x4ec0}, {0x4edf, 0x4edf}, {0x4ee8, 0x4ee8},
	{0x4f0d, 0x4f0d}, {0x4f70, 0x4f70}, {0x5104, 0x5104}, {0x5146, 0x5146}, {0x5169, 0x5169},
	{0x516b, 0x516b}, {0x516d, 0x516d}, {0x5341, 0x5341}, {0x5343, 0x5345}, {0x534c, 0x534c},
	{0x53c1, 0x53c4}, {0x56db, 0x56db}, {0x58f1, 0x58f1}, {0x58f9, 0x58f9}, {0x5e7a, 0x5e7a},
	{0x5efe, 0x5eff}, {0x5f0c, 0x5f0e}, {0x5f10, 0x5f10}, {0x62fe, 0x62fe}, {0x634c, 0x634c},
	{0x67d2, 0x67d2}, {0x6f06, 0x6f06}, {0x7396, 0x7396}, {0x767e, 0x767e}, {0x8086, 0x8086},
	{0x842c, 0x842c}, {0x8cae, 0x8cae}, {0x8cb3, 0x8cb3}, {0x8d30, 0x8d30}, {0x9621, 0x9621},
	{0x9646, 0x9646}, {0x964c, 0x964c}, {0x9678, 0x9678}, {0x96f6, 0x96f6}, {0xf96b, 0xf96b},
	{0xf973, 0xf973}, {0xf978, 0xf978}, {0xf9b2, 0xf9b2}, {0xf9d1, 0xf9d1}, {0xf9d3, 0xf9d3},
	{0xf9fd, 0xf9fd}, {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200e2, 0x200e2}, {0x20121, 0x20121},
	{0x2092a, 0x2092a}, {0x20983, 0x20983}, {0x2098c, 0x2098c}, {0x2099c, 0x2099c},
	{0x20aea, 0x20aea}, {0x20afd, 0x20afd}, {0x20b19, 0x20b19}, {0x22390, 0x22390},
	{0x22998, 0x22998}, {0x23b1b, 0x23b1b}, {0x2626d, 0x2626d}, {0x2f890, 0x2f890},
}
