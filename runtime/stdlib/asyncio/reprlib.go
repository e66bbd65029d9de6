package asyncio

import (
	"sort"
	"strings"

	"github.com/aioplay/aioplay/runtime/py"
)

// reprlibRepr mirrors reprlib.repr (a reprlib.Repr with its default
// limits), which asyncio uses for a future's result and a callback's
// arguments: strings beyond 30 characters, ints beyond 40 digits and
// other reprs beyond 30 characters are cut in the middle, containers show
// at most 6 items (dicts 4) and 6 levels.
func reprlibRepr(th *py.Thread, o py.Object) string { return reprlib1(th, o, 6) }

const (
	reprMaxString = 30
	reprMaxLong   = 40
	reprMaxOther  = 30
	reprMaxIter   = 6
	reprMaxDict   = 4
)

func reprlib1(th *py.Thread, o py.Object, level int) string {
	switch v := o.(type) {
	case py.Str:
		r := []rune(string(v))
		if len(r) > reprMaxString {
			r = r[:reprMaxString]
		}
		s, _ := py.ReprString(th, py.Str(string(r)))
		if rs := []rune(s); len(rs) > reprMaxString {
			all := []rune(string(v))
			i := (reprMaxString - 3) / 2
			j := reprMaxString - 3 - i
			s, _ = py.ReprString(th, py.Str(string(all[:i])+string(all[len(all)-j:])))
			rs = []rune(s)
			s = string(rs[:i]) + "..." + string(rs[len(rs)-j:])
		}
		return s
	case py.Int:
		s, _ := py.ReprString(th, v)
		return cutMiddle(s, reprMaxLong)
	case py.Tuple:
		if len(v) == 0 {
			return "()"
		}
		trail := ""
		if len(v) == 1 {
			trail = ","
		}
		return reprIterable(th, []py.Object(v), level, "(", ")", trail)
	case *py.List:
		if o.Type() == py.ListType {
			return reprIterable(th, v.Items, level, "[", "]", "")
		}
	case *py.Dict:
		if o.Type() == py.DictType {
			return reprDict(th, v, level)
		}
	case *py.Set:
		switch o.Type() {
		case py.SetType:
			if v.Len() == 0 {
				return "set()"
			}
			return reprIterable(th, possiblySorted(th, v.Items()), level, "{", "}", "")
		case py.FrozenSetType:
			if v.Len() == 0 {
				return "frozenset()"
			}
			return reprIterable(th, possiblySorted(th, v.Items()), level, "frozenset({", "})", "")
		}
	}
	s, err := py.ReprString(th, o)
	if err != nil {
		return "<" + o.Type().Name + " instance>"
	}
	return cutMiddle(s, reprMaxOther)
}

func cutMiddle(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	i := (max - 3) / 2
	j := max - 3 - i
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

func reprIterable(th *py.Thread, items []py.Object, level int, left, right, trail string) string {
	n := len(items)
	var s string
	if level <= 0 && n > 0 {
		s = "..."
	} else {
		var pieces []string
		for i, x := range items {
			if i == reprMaxIter {
				pieces = append(pieces, "...")
				break
			}
			pieces = append(pieces, reprlib1(th, x, level-1))
		}
		s = strings.Join(pieces, ", ")
		if n == 1 && trail != "" {
			right = trail + right
		}
	}
	return left + s + right
}

// possiblySorted mirrors reprlib's _possibly_sorted: the items sorted when
// they compare, else as they are.
func possiblySorted(th *py.Thread, items []py.Object) []py.Object {
	sorted := append([]py.Object(nil), items...)
	ok := true
	sort.SliceStable(sorted, func(i, j int) bool {
		lt, err := py.Less(th, sorted[i], sorted[j])
		if err != nil {
			ok = false
		}
		return lt
	})
	if !ok {
		return items
	}
	return sorted
}

func reprDict(th *py.Thread, d *py.Dict, level int) string {
	if d.Len() == 0 {
		return "{}"
	}
	if level <= 0 {
		return "{...}"
	}
	items := d.Items()
	// _possibly_sorted: sorted keys when they compare, else dict order.
	ok := true
	sort.SliceStable(items, func(i, j int) bool {
		lt, err := py.Less(th, items[i][0], items[j][0])
		if err != nil {
			ok = false
		}
		return lt
	})
	if !ok {
		items = d.Items()
	}
	var pieces []string
	for i, kv := range items {
		if i == reprMaxDict {
			pieces = append(pieces, "...")
			break
		}
		pieces = append(pieces, reprlib1(th, kv[0], level-1)+": "+reprlib1(th, kv[1], level-1))
	}
	return "{" + strings.Join(pieces, ", ") + "}"
}
