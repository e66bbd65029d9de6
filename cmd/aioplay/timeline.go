package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/aioplay/aioplay/internal/timeline"
)

// timelineCommand is `aioplay timeline [--width N] [--title T] TRACE.json|-`:
// it reads a trace written by `aioplay run --trace` and writes the run's
// timeline as an SVG to stdout (the same picture as the page's timeline).
func timelineCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	width := fs.Float64("width", 960, "width of the plot in pixels, without the label column")
	title := fs.String("title", "main.py", "title drawn above the plot")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || *width < 100 || *width > 1e6 {
		fmt.Fprintln(stderr, "usage: aioplay timeline [--width N] [--title T] TRACE.json|- > timeline.svg")
		return 2
	}
	var in io.Reader = stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "aioplay: %v\n", err)
			return 2
		}
		defer f.Close()
		in = bufio.NewReader(f)
	}
	events, err := timeline.Read(in)
	if err != nil {
		fmt.Fprintf(stderr, "aioplay: %v\n", err)
		return 2
	}
	m := timeline.Build(timeline.Normalize(events))
	if err := timeline.SVG(stdout, m, timeline.Options{Width: *width, Title: *title}); err != nil {
		fmt.Fprintf(stderr, "aioplay: %v\n", err)
		return 1
	}
	return 0
}
