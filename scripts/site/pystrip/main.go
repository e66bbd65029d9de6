// Command pystrip writes copies of the Python sources that the runtime
// embeds (its library modules: asyncio's prelude, collections, datetime...)
// with their comment lines emptied, and a `go build -overlay` file that
// builds with the copies: the page's WebAssembly module carries those
// sources, and their comments cost some 4 KiB of its gzip-compressed
// download. Only whole-line comments go, and the lines stay (empty), so
// that line numbers, which tracebacks and reprs show, do not move; "#@"
// lines are markers the runtime reads and stay too.
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
		check(os.WriteFile(dst, []byte(Strip(string(b))), 0o644))
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
