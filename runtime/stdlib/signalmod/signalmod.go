// Package signalmod implements the parts of Python's signal module that
// scenarios use: the signal numbers (for loop.add_signal_handler).
package signalmod

import "github.com/aioplay/aioplay/runtime/py"

func init() { py.RegisterModule("signal", load) }

func load(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("signal", "")
	for _, s := range []struct {
		name string
		n    int
	}{{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGUSR2", 12}, {"SIGALRM", 14}, {"SIGTERM", 15}} {
		m.Dict.SetStr(s.name, py.Int(s.n))
	}
	return m, nil
}
