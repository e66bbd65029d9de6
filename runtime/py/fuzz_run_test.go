package py_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aioplay/aioplay/runtime/scenario"
)

// FuzzRun compiles and runs arbitrary source through the scenario facade
// with small step and memory budgets, and checks that the run terminates
// promptly without a Go panic (DebugPanics lets a panic escape to the fuzzer
// instead of being reported as an internal error) and without an internal
// error message. Seeds are the project's recorded cases, the shared
// conformance corpus when it is present, and testdata/fuzz/FuzzRun (which
// plain `go test` runs too, so past findings stay fixed).
func FuzzRun(f *testing.F) {
	for _, pattern := range []string{"../../testdata/cases/*.py", "../../../shared/conformance/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		runFuzzCase(t, src)
	})
}

// runFuzzCase runs one source text under the fuzzing budgets. The run
// happens on its own goroutine so that a hang outside the VM's budget
// checks (a loop in Go code) is reported with the goroutine stacks instead
// of silently stalling the fuzzer.
func runFuzzCase(t *testing.T, src []byte) {
	start := time.Now()
	var out strings.Builder
	var stopped atomic.Bool
	done := make(chan int, 1)
	var panicked any
	go func() {
		defer func() {
			if r := recover(); r != nil {
				panicked = fmt.Sprintf("%v\n%s", r, debug.Stack())
				done <- -1
			}
		}()
		done <- scenario.Run(scenario.Options{
			Source:       string(src),
			StepBudget:   100_000,
			MemoryBudget: 1 << 16,
			MaxOutput:    1 << 16,
			DebugPanics:  true,
			OnEvent: func(e scenario.Event) {
				if e.Kind == "output" && out.Len() < 1<<16 {
					out.WriteString(e.Text)
				}
			},
			// A safety net: the step budget should end every run
			// long before this.
			Interrupted: func() bool {
				if time.Since(start) > 5*time.Second {
					stopped.Store(true)
				}
				return stopped.Load()
			},
		})
	}()
	var code int
	select {
	case code = <-done:
	case <-time.After(20 * time.Second):
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		t.Fatalf("run hung; source:\n%s\n\nstacks:\n%s", src, buf[:n])
	}
	if panicked != nil {
		t.Fatalf("Go panic: %v\nsource:\n%s", panicked, src)
	}
	if stopped.Load() {
		t.Fatalf("run not stopped by its step budget after %v", time.Since(start))
	}
	if code == 70 || strings.Contains(out.String(), "internal error") {
		t.Fatalf("internal error (status %d):\n%s", code, out.String())
	}
}

// TestFuzzRunDir runs every corpus file of the directory named by
// AIOPLAY_FUZZ_DIR (for instance the fuzz cache) and reports slow ones:
// a tool for finding which input hung a fuzzing worker.
func TestFuzzRunDir(t *testing.T) {
	dir := os.Getenv("AIOPLAY_FUZZ_DIR")
	if dir == "" {
		t.Skip("AIOPLAY_FUZZ_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		src, ok := parseCorpusFile(string(data))
		if !ok {
			continue
		}
		start := time.Now()
		t.Run(filepath.Base(file), func(t *testing.T) { runFuzzCase(t, src) })
		if d := time.Since(start); d > time.Second {
			t.Logf("%s took %v", file, d)
		}
	}
}

// parseCorpusFile extracts the []byte argument of a "go test fuzz v1"
// corpus file.
func parseCorpusFile(data string) ([]byte, bool) {
	lines := strings.SplitN(data, "\n", 2)
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "go test fuzz v1") {
		return nil, false
	}
	arg := strings.TrimSpace(lines[1])
	if !strings.HasPrefix(arg, "[]byte(") || !strings.HasSuffix(arg, ")") {
		return nil, false
	}
	s, err := strconv.Unquote(arg[len("[]byte(") : len(arg)-1])
	if err != nil {
		return nil, false
	}
	return []byte(s), true
}
