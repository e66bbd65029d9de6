package py_test

import (
	"os"
	"strings"
	"testing"

	"github.com/aioplay/aioplay/runtime/scenario"
)

// TestProbeModules calls every public callable of the modules we provide,
// and every method of what they return, with no argument, None and too
// many arguments: each call must end in a Python exception or a value,
// never in a Go panic (the fuzzer found Go functions indexing arguments
// they were not given).
func TestProbeModules(t *testing.T) {
	src, err := os.ReadFile("testdata/probe_modules.py")
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	code := scenario.Run(scenario.Options{
		Source:      string(src),
		StepBudget:  10_000_000,
		DebugPanics: true,
		OnEvent: func(e scenario.Event) {
			if e.Kind == "output" {
				out.WriteString(e.Text)
			}
		},
	})
	if code != 0 || !strings.Contains(out.String(), "probe done") {
		t.Fatalf("status %d:\n%s", code, out.String())
	}
}
