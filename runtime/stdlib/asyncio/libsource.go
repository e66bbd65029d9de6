package asyncio

import (
	"strconv"
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
)

// libraryDir is where CPython's asyncio sources live in the paths that
// reprs and tracebacks print.
const libraryDir = "/usr/lib/python3.11/asyncio/"

// libraryMark is the place in CPython's asyncio sources of a prelude line:
// a file (for def lines; empty for the lines of a body) and a line.
type libraryMark struct {
	file string
	line int32
}

// libraryMarks reads the `#@FILE:N` and `#@N` markers at the ends of the
// prelude's lines, by line number.
func libraryMarks(src string) map[int32]libraryMark {
	marks := make(map[int32]libraryMark)
	for i, text := range strings.Split(src, "\n") {
		at := strings.LastIndex(text, "#@")
		if at < 0 {
			continue
		}
		m := strings.TrimSpace(text[at+2:])
		var file string
		if c := strings.LastIndexByte(m, ':'); c >= 0 {
			file, m = m[:c], m[c+1:]
		}
		n, err := strconv.Atoi(m)
		if err != nil {
			continue
		}
		marks[int32(i+1)] = libraryMark{file: file, line: int32(n)}
	}
	return marks
}

// relocate gives the prelude's code objects CPython's file names and line
// numbers where the markers give them: a marked def line names its
// function's file (inherited by the code nested in it) and first line, a
// marked body line (a suspension point) its line. Unmarked lines keep the
// prelude's numbers.
func relocate(c *compile.Code, marks map[int32]libraryMark, file string) {
	if m, ok := marks[int32(c.FirstLine)]; ok && m.file != "" {
		file = libraryDir + m.file
		c.FirstLine = int(m.line)
	}
	c.Filename = file
	for i, l := range c.Lines {
		if m, ok := marks[l]; ok {
			c.Lines[i] = m.line
		}
	}
	for _, k := range c.Consts {
		if nested, ok := k.(*compile.Code); ok {
			relocate(nested, marks, file)
		}
	}
}
