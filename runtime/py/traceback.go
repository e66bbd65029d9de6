package py

import (
	"strings"
)

// FormatException renders an exception as CPython's traceback module
// prints it: the chain of causes and contexts first, then
// "Traceback (most recent call last):", one entry per frame (consecutive
// identical entries folded into "[Previous line repeated N more times]"),
// and the final "Class: message" line.
func (th *Thread) FormatException(e *Exception) string {
	var sb strings.Builder
	ctx := &excPrintCtx{sb: &sb, seen: map[*Exception]bool{}}
	th.formatExc(ctx, e)
	return sb.String()
}

// The limits of exception-group tracebacks (CPython's max_group_width
// and max_group_depth).
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// excPrintCtx is the state of printing one traceback with nested
// exception groups: how deeply groups nest here (each level indents by
// two columns and adds a "| " margin), whether a closing rule is still
// owed, and the exceptions already printed (chains can loop).
type excPrintCtx struct {
	sb        *strings.Builder
	seen      map[*Exception]bool
	depth     int
	needClose bool
}

func (c *excPrintCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text (whole lines) with the current indent and margin.
func (c *excPrintCtx) emit(text string, margin string) {
	prefix := c.indent()
	if c.depth > 0 {
		prefix += margin + " "
	}
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			c.sb.WriteString(prefix + l)
		}
	}
}

// formatExc prints e with its chain of causes and contexts, oldest first;
// an exception group's members follow it, boxed and numbered.
func (th *Thread) formatExc(c *excPrintCtx, e *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	for x := e; x != nil; {
		c.seen[x] = true
		var next *Exception
		msg := ""
		if x.Cause != nil {
			next, msg = x.Cause, "\nThe above exception was the direct cause of the following exception:\n\n"
		} else if x.Context != nil && !x.SuppressContext {
			next, msg = x.Context, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		if next != nil && c.seen[next] {
			next, msg = nil, ""
		}
		chain = append(chain, link{msg, x})
		x = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		// A link's message ("The above exception was the direct
		// cause...") comes between its cause and itself.
		if chain[i].msg != "" {
			c.emit(chain[i].msg, "|")
		}
		x := chain[i].exc
		if x.Group == nil {
			if x.Traceback != nil {
				c.emit("Traceback (most recent call last):\n", "|")
				c.emit(th.tracebackText(x.Traceback, true), "|")
			}
			c.emit(th.exceptionOnly(x), "|")
		} else if c.depth > maxGroupDepth {
			c.emit(sprintf("... (max_group_depth is %d)\n", maxGroupDepth), "|")
		} else {
			th.formatGroup(c, x)
		}
	}
}

// formatGroup prints an exception group and its members.
func (th *Thread) formatGroup(c *excPrintCtx, e *Exception) {
	top := c.depth == 0
	if top {
		c.depth++
	}
	if e.Traceback != nil {
		margin := "|"
		if top {
			margin = "+"
		}
		c.emit("Exception Group Traceback (most recent call last):\n", margin)
		c.emit(th.tracebackText(e.Traceback, true), "|")
	}
	c.emit(th.exceptionOnly(e), "|")
	n := len(e.Group)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	c.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			// A nested group may print the closing rule itself.
			c.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := sprintf("%d", i+1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		c.sb.WriteString(c.indent() + lead + "+---------------- " + title + " ----------------\n")
		c.depth++
		if !truncated {
			th.formatExc(c, e.Group[i])
		} else {
			rest := len(e.Group) - maxGroupWidth
			c.emit(sprintf("and %d more exception%s\n", rest, pluralS(rest)), "|")
		}
		if last && c.needClose {
			c.sb.WriteString(c.indent() + "+------------------------------------\n")
			c.needClose = false
		}
		c.depth--
	}
	if top {
		c.depth = 0
	}
}

// exceptionOnly is the "Class: message" line (or a SyntaxError's lines)
// followed by the exception's notes.
func (th *Thread) exceptionOnly(e *Exception) string {
	s := strings.TrimSuffix(th.exceptionLine(e), "\n") + "\n"
	for _, n := range e.Notes {
		s += n + "\n"
	}
	return s
}

// tracebackText renders traceback entries without indentation, with
// their source lines when source is set.
func (th *Thread) tracebackText(tb *Traceback, source bool) string {
	var sb strings.Builder
	th.formatTraceback(&sb, tb, source)
	return sb.String()
}

// formatTraceback writes the entries, folding repeats as CPython does.
func (th *Thread) formatTraceback(sb *strings.Builder, tb *Traceback, source bool) {
	var lastFile, lastName string
	lastLine, count := -1, 0
	flush := func() {
		if count > 3 {
			n := count - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			sb.WriteString(sprintf("  [Previous line repeated %d more time%s]\n", n, s))
		}
	}
	for t := tb; t != nil; t = t.Next {
		file, name, line := t.Code.Filename, t.Code.Name, t.Line
		if file == lastFile && name == lastName && line == lastLine {
			count++
			if count > 3 {
				continue
			}
		} else {
			flush()
			lastFile, lastName, lastLine, count = file, name, line, 1
		}
		sb.WriteString(sprintf("  File \"%s\", line %d, in %s\n", file, line, name))
		if !source {
			continue
		}
		if src := th.SourceLine(file, line); src != "" {
			sb.WriteString("    " + src + "\n")
		}
	}
	flush()
}

// exceptionLine is the last line of a traceback: "Class: message", with
// the module prefix for classes outside builtins and __main__ shown as
// CPython does, and name suggestions for NameError/AttributeError.
func (th *Thread) exceptionLine(e *Exception) string {
	name := e.Class.Qualname
	if e.Class.Module != "" && e.Class.Module != "builtins" && e.Class.Module != "__main__" {
		name = e.Class.Module + "." + name
	}
	if e.IsA(SyntaxErrorType) {
		return th.syntaxErrorLines(e, name)
	}
	s, err := StrString(th, e)
	if err != nil {
		s = "<exception str() failed>"
	}
	// The reference runner prints tracebacks with the traceback module,
	// which in 3.11 adds no "Did you mean" (only the interpreter's own
	// printer does): suggestions are opt-in.
	if th.Suggestions {
		if sugg := th.suggestion(e); sugg != "" {
			s += ". Did you mean: '" + sugg + "'?"
		}
	}
	if s == "" {
		return name
	}
	return name + ": " + s
}

// syntaxErrorLines renders a SyntaxError the way CPython's traceback
// prints it: the file/line header, the source line and a caret.
func (th *Thread) syntaxErrorLines(e *Exception, name string) string {
	d := instanceDict(e)
	get := func(k string) Object {
		if v := d.GetStr(k); v != nil {
			return v
		}
		return None
	}
	msg, _ := get("msg").(Str)
	if msg == "" && len(e.Args) > 0 {
		msg, _ = e.Args[0].(Str)
	}
	var sb strings.Builder
	file, _ := get("filename").(Str)
	lineno, _ := get("lineno").(Int)
	if file != "" {
		sb.WriteString(sprintf("  File \"%s\", line %d\n", file, lineno))
	}
	if text, ok := get("text").(Str); ok && text != "" {
		line := strings.TrimRight(string(text), "\n")
		stripped := strings.TrimLeft(line, " \t\f")
		cut := len(line) - len(stripped)
		sb.WriteString("    " + stripped + "\n")
		if off, ok := get("offset").(Int); ok && off >= 1 {
			endOff := off + 1
			// 3.6 marks one column (end_offset came in 3.10).
			if eo, ok := get("end_offset").(Int); ok && eo > off && !th.Py36 {
				if el, ok := get("end_lineno").(Int); !ok || el == lineno {
					endOff = eo
				}
			}
			start := runeColumn(line, int(off)-1) - cut
			end := runeColumn(line, int(endOff)-1) - cut
			if start < 0 {
				start = 0
			}
			if end <= start {
				end = start + 1
			}
			sb.WriteString("    " + strings.Repeat(" ", start) + strings.Repeat("^", end-start) + "\n")
		}
	}
	sb.WriteString(name + ": " + string(msg))
	return sb.String()
}

// runeColumn converts a byte offset in line to a code point column.
func runeColumn(line string, off int) int {
	if off > len(line) {
		return runeLen(line) + (off - len(line))
	}
	if off < 0 {
		return 0
	}
	return runeLen(line[:off])
}

// suggestion finds a close name for NameError and AttributeError, as
// CPython 3.11's traceback display does.
func (th *Thread) suggestion(e *Exception) string {
	d := e.Dict
	if d == nil {
		return ""
	}
	nameObj, ok := d.GetStr("name").(Str)
	if !ok {
		return ""
	}
	name := string(nameObj)
	var candidates []string
	switch {
	case e.Class == AttributeErrorType:
		obj := d.GetStr("obj")
		if obj == nil {
			return ""
		}
		l, err := dirOf(th, obj)
		if err != nil {
			return ""
		}
		for _, x := range l.(*List).Items {
			candidates = append(candidates, string(x.(Str)))
		}
	case e.Class == NameErrorType:
		if f, ok := d.GetStr("frame").(*FrameObject); ok {
			if f.F.Code != nil {
				candidates = append(candidates, f.F.Code.VarNames...)
			}
			for _, k := range f.F.Globals.Keys() {
				candidates = append(candidates, string(k.(Str)))
			}
			for _, k := range th.Builtins.Keys() {
				candidates = append(candidates, string(k.(Str)))
			}
		}
	default:
		return ""
	}
	return bestSuggestion(name, candidates)
}

// bestSuggestion mirrors CPython's levenshtein-based suggestion search.
func bestSuggestion(name string, candidates []string) string {
	if len(candidates) > 750 || len(name) > 40 {
		return ""
	}
	best := ""
	bestDist := 0
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * 2 / 6
		if bestDist > 0 && bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// levenshtein is CPython's substitution-cost-2, case-change-cost-1 edit
// distance, cut off above max.
func levenshtein(a, b string, max int) int {
	const moveCost, caseCost = 2, 1
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > max {
		return max + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := 1 << 30
		for ai := 0; ai < len(a); ai++ {
			sub := distance
			if a[ai] != code {
				if lower(a[ai]) == lower(code) {
					sub += caseCost
				} else {
					sub += moveCost
				}
			}
			distance = buf[ai]
			ins := distance + moveCost
			if result+moveCost < ins {
				ins = result + moveCost
			}
			if sub < ins {
				ins = sub
			}
			result = ins
			buf[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > max {
			return max + 1
		}
	}
	return result
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}
