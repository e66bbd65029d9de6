package e2e

import (
	"regexp"
	"strings"
	"unicode"
)

// Normalize prepares a merged stdout+stderr transcript for comparison. It
// is a port of the conformance corpus's normalizer (shared/tools/normalize.py)
// and must stay line for line the same:
//
//   - traceback frames outside main.py are dropped with their source line,
//     also inside exception-group tracebacks (lines prefixed with '|');
//   - caret/tilde marker lines (Python 3.11 position hints) are dropped;
//   - hexadecimal addresses (8 or more hex digits) become 0xADDR;
//   - anything after "[idle forever]" on its line is dropped;
//   - trailing whitespace is stripped and the text ends with one newline
//     (or is empty).
func Normalize(text string) string {
	var out []string
	lines := splitLines(text)
	for i := 0; i < len(lines); {
		ln := lines[i]
		if m := frameRE.FindStringSubmatch(ln); m != nil && m[2] != "main.py" {
			i++
			// Skip the source line (and caret line) that follow the frame header.
			for i < len(lines) && strings.HasPrefix(lines[i], m[1]+"  ") && !fileRE.MatchString(lines[i]) {
				i++
			}
			continue
		}
		if markerRE.MatchString(ln) {
			i++
			continue
		}
		ln = addrRE.ReplaceAllString(ln, "0xADDR")
		if j := strings.Index(ln, "[idle forever]"); j >= 0 {
			ln = ln[:j+len("[idle forever]")]
		}
		out = append(out, strings.TrimRightFunc(ln, isPySpace))
		i++
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

var (
	frameRE  = regexp.MustCompile(`^([ |]*)File "([^"]+)", line \d+`)
	fileRE   = regexp.MustCompile(`^[ |]*File "`)
	markerRE = regexp.MustCompile(`^[ |]*[\^~]+[\s\p{Z}\x{85}\x{1c}-\x{1f}]*$`)
	addrRE   = regexp.MustCompile(`0x[0-9a-fA-F]{8,}`)
)

// isPySpace is Python's str.isspace: Go's unicode.IsSpace plus the
// information separators U+001C..U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// splitLines is Python's str.splitlines(): it splits at every line
// boundary Python knows and drops the final empty piece.
func splitLines(s string) []string {
	var lines []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\r':
			lines = append(lines, string(rs[start:i]))
			if i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			start = i + 1
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			lines = append(lines, string(rs[start:i]))
			start = i + 1
		}
	}
	if start < len(rs) {
		lines = append(lines, string(rs[start:]))
	}
	return lines
}
