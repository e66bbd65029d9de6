// Command pystrip writes copies of the Python sources that the runtime
// embeds (its library modules: asyncio's prelude, collections, datetime...)
// without their comment lines and docstrings, and a `go build -overlay`
// file that builds with the copies: the page's WebAssembly module carries
// those sources, and comments and docstrings cost some 9 KiB of its
// gzip-compressed download. Only whole-line comments and docstrings that
// stand on lines of their own go, and the lines stay (empty), so that line
// numbers, which tracebacks and reprs show, do not move; "#@" lines are
// markers the runtime reads and stay too. The library's functions and
// classes then have no __doc__, which nothing the runtime prints reads.
//
// The copies are also indented by one space a level (Reindent): tracebacks
// print source lines without their indentation, so nothing shows it.
//
// Usage: pystrip -out DIR -overlay FILE SOURCE.py...
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/aioplay/aioplay/runtime/syntax"
)

func main() {
	out := flag.String("out", "", "directory for the stripped copies")
	overlay := flag.String("overlay", "", "the overlay file to write")
	flag.Parse()
	if *out == "" || *overlay == "" {
		fmt.Fprintln(os.Stderr, "usage: pystrip -out DIR -overlay FILE SOURCE.py...")
		os.Exit(2)
	}
	replace := map[string]string{}
	for i, src := range flag.Args() {
		abs, err := filepath.Abs(src)
		check(err)
		b, err := os.ReadFile(abs)
		check(err)
		dst := filepath.Join(*out, fmt.Sprintf("%d-%s", i, filepath.Base(abs)))
		nodoc, err := StripDocstrings(abs, string(b))
		check(err)
		check(os.WriteFile(dst, []byte(Reindent(Strip(nodoc))), 0o644))
		replace[abs] = dst
	}
	b, err := json.Marshal(map[string]any{"Replace": replace})
	check(err)
	check(os.WriteFile(*overlay, b, 0o644))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "pystrip:", err)
		os.Exit(1)
	}
}

// Strip empties the whole-line comments of the Python source src (but
// "#@" markers), keeping every line: a line whose first non-blank
// character starts a comment, outside any string that spans lines.
func Strip(src string) string {
	lines := strings.Split(src, "\n")
	open := "" // the quotes of the string that spans lines, if any
	for i, line := range lines {
		if open == "" {
			t := strings.TrimLeft(line, " \t\f")
			if strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "#@") {
				lines[i] = ""
				continue
			}
		}
		open = scanLine(line, open)
	}
	return strings.Join(lines, "\n")
}

// scanLine returns the quotes of the string still open at the end of
// line, given those open at its start: triple-quoted strings span lines,
// and so does a string whose line ends with a backslash.
func scanLine(line, open string) string {
	for i := 0; i < len(line); {
		if open != "" {
			switch {
			case line[i] == '\\':
				i += 2
			case strings.HasPrefix(line[i:], open):
				i += len(open)
				open = ""
			default:
				i++
			}
			continue
		}
		switch c := line[i]; c {
		case '#':
			return ""
		case '\'', '"':
			q := string(c)
			if strings.HasPrefix(line[i:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			open = q
			i += len(q)
		default:
			i++
		}
	}
	if len(open) == 1 && !strings.HasSuffix(line, "\\") {
		// A one-line string left open is a syntax error, which the
		// compiler reports; do not carry it over.
		return ""
	}
	return open
}

// StripDocstrings empties the lines of the docstrings in the Python source
// src (of the module, its classes and functions) that stand on lines of
// their own; a body left without a statement gets "pass" in the
// docstring's first line.
func StripDocstrings(filename, src string) (string, error) {
	mod, err := syntax.Parse(filename, []byte(src), syntax.Options{})
	if err != nil {
		return "", err
	}
	lines := strings.Split(src, "\n")
	strip := func(body []syntax.Stmt) {
		doc := docstring(body)
		if doc == nil {
			return
		}
		first, last := lines[doc.Lineno-1], lines[doc.EndLineno-1]
		indent := first[:doc.ColOffset]
		if strings.TrimLeft(indent, " \t") != "" || strings.TrimSpace(last[doc.EndColOffset:]) != "" {
			return // shares a line with other code
		}
		for i := doc.Lineno - 1; i < doc.EndLineno; i++ {
			lines[i] = ""
		}
		if len(body) == 1 {
			lines[doc.Lineno-1] = indent + "pass"
		}
	}
	syntax.Walk(mod, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Module:
			strip(n.Body)
		case *syntax.FunctionDef:
			strip(n.Body)
		case *syntax.AsyncFunctionDef:
			strip(n.Body)
		case *syntax.ClassDef:
			strip(n.Body)
		}
		return true
	})
	return strings.Join(lines, "\n"), nil
}

// docstring returns the position of body's docstring, if it has one.
func docstring(body []syntax.Stmt) *syntax.Pos {
	if len(body) == 0 {
		return nil
	}
	e, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	if c, ok := e.Value.(*syntax.Constant); !ok {
		return nil
	} else if _, ok := c.Value.(string); !ok {
		return nil
	}
	p := e.Position()
	return &p
}

// Reindent indents each block of the Python source src by one space a
// level instead of four, and the continuation lines of a statement (in
// brackets or after a backslash) not at all; lines that start inside a
// string spanning lines keep their text. Indentation widths are spaces.
func Reindent(src string) string {
	lines := strings.Split(src, "\n")
	widths := []int{0} // the enclosing blocks' indentation widths
	open, depth, cont := "", 0, false
	for i, line := range lines {
		body := strings.TrimLeft(line, " ")
		switch {
		case open != "":
		case depth > 0 || cont:
			lines[i] = body
		case body != "":
			w := len(line) - len(body)
			for w < widths[len(widths)-1] {
				widths = widths[:len(widths)-1]
			}
			if w > widths[len(widths)-1] {
				widths = append(widths, w)
			}
			lines[i] = strings.Repeat(" ", len(widths)-1) + body
		}
		open, depth = scanBrackets(line, open, depth)
		cont = open == "" && strings.HasSuffix(line, "\\")
	}
	return strings.Join(lines, "\n")
}

// scanBrackets is scanLine that also counts the brackets left open at the
// end of line, given depth open at its start.
func scanBrackets(line, open string, depth int) (string, int) {
	for i := 0; i < len(line); i++ {
		if open != "" {
			if line[i] == '\\' {
				i++
			} else if strings.HasPrefix(line[i:], open) {
				i += len(open) - 1
				open = ""
			}
			continue
		}
		switch c := line[i]; c {
		case '#':
			return "", depth
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\'', '"':
			open = string(c)
			if strings.HasPrefix(line[i:], strings.Repeat(open, 3)) {
				open = strings.Repeat(open, 3)
			}
			i += len(open) - 1
		}
	}
	if len(open) == 1 && !strings.HasSuffix(line, "\\") {
		return "", depth
	}
	return open, depth
}
