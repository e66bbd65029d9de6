// Package signalmod implements the parts of Python's signal module that
// scenarios use: the signal numbers (for loop.add_signal_handler), as
// members of the IntEnum signal.Signals like CPython's.
package signalmod

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

func init() { py.RegisterModule("signal", load) }

// signals are the numbers scenarios can name (Linux's).
var signals = []struct {
	name string
	n    int
}{{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGUSR2", 12}, {"SIGALRM", 14}, {"SIGTERM", 15}}

func load(th *py.Thread) (*py.Module, error) {
	const file = "/usr/lib/python3.11/signal.py"
	m := py.NewModule("signal", file)
	var src strings.Builder
	src.WriteString("from enum import IntEnum as _IntEnum\n\n\nclass Signals(_IntEnum):\n")
	for _, s := range signals {
		src.WriteString("    " + s.name + " = " + itoa(s.n) + "\n")
	}
	src.WriteString("\n\nSignals.__module__ = 'signal'\nglobals().update(Signals.__members__)\ndel _IntEnum\n")
	th.AddSource(file, src.String())
	if err := pyargs.RunPython(th, m, src.String(), file); err != nil {
		return nil, err
	}
	return m, nil
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
