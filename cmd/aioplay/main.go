// Command aioplay runs a Python asyncio scenario on aioplay's deterministic
// runtime, natively, with the same semantics as the browser playground.
//
//	aioplay run [--python 3.6|3.11] [--sigint-at-idle] [--trace out.json] FILE.py|-
//	aioplay timeline [--width N] [--title T] out.json > timeline.svg
//
// The script runs as main.py; stdout and stderr are written as CPython would
// write them, and the exit status is python's (1 on an uncaught exception,
// 130 when KeyboardInterrupt ends the run, sys.exit's code), or 3 when the
// event loop would wait forever.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"github.com/aioplay/aioplay/runtime/scenario"
)

func main() {
	withoutAsyncPreemption()
	os.Exit(cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: aioplay run [--python 3.6|3.11] [--sigint-at-idle] [--trace out.json] FILE.py|-")
	fmt.Fprintln(w, "       aioplay timeline [--width N] [--title T] out.json > timeline.svg")
}

// cli is main without the process: it returns the exit status.
func cli(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "run":
		return runCommand(args[1:], stdin, stdout, stderr)
	case "timeline":
		return timelineCommand(args[1:], stdin, stdout, stderr)
	case "-h", "--help", "help":
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "aioplay: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func runCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	python := fs.String("python", "3.11", "language profile: 3.11 or 3.6")
	sigint := fs.Bool("sigint-at-idle", false, "deliver SIGINT once when the loop would wait forever")
	tracePath := fs.String("trace", "", "write the run's trace as JSON to this file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		usage(stderr)
		return 2
	}
	if *python != "3.11" && *python != "3.6" {
		fmt.Fprintf(stderr, "aioplay: unknown --python %q (want 3.11 or 3.6)\n", *python)
		return 2
	}
	var src []byte
	var err error
	if name := fs.Arg(0); name == "-" {
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "aioplay: %v\n", err)
		return 2
	}

	// Both streams are written through unbuffered-per-event writers so that
	// `2>&1` keeps the true interleaving of stdout and stderr.
	out := bufio.NewWriter(stdout)
	errw := bufio.NewWriter(stderr)
	var trace []scenario.Event
	sentSIGINT := false
	opts := scenario.Options{
		Source: string(src),
		Python: *python,
		Trace:  *tracePath != "",
		TuneGC: true,
		// AIOPLAY_DEBUG=1 shows the Go stack of an internal error.
		DebugPanics: os.Getenv("AIOPLAY_DEBUG") == "1",
		OnEvent: func(ev scenario.Event) {
			switch ev.Kind {
			case "output":
				w := out
				if ev.Stream == scenario.Stderr {
					w = errw
				}
				w.WriteString(ev.Text)
				w.Flush()
			}
			if *tracePath != "" {
				trace = append(trace, ev)
			}
		},
		OnIdle: func() scenario.IdleAction {
			if *sigint && !sentSIGINT {
				sentSIGINT = true
				return scenario.DeliverSIGINT
			}
			return scenario.GiveUp
		},
	}
	// AIOPLAY_CPUPROFILE=file writes a Go CPU profile of the run, for
	// performance work on the runtime.
	if prof := os.Getenv("AIOPLAY_CPUPROFILE"); prof != "" {
		if f, err := os.Create(prof); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				defer pprof.StopCPUProfile()
			}
		}
	}
	if prof := os.Getenv("AIOPLAY_MEMPROFILE"); prof != "" {
		// AIOPLAY_MEMPROFILE=file writes the run's allocation profile
		// (go tool pprof -sample_index=alloc_space).
		defer func() {
			if f, err := os.Create(prof); err == nil {
				_ = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	code := scenario.Run(opts)
	if *tracePath != "" {
		data, err := json.MarshalIndent(trace, "", " ")
		if err == nil {
			err = os.WriteFile(*tracePath, data, 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "aioplay: writing trace: %v\n", err)
		}
	}
	return code
}
