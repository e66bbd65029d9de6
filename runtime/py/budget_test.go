package py_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aioplay/aioplay/runtime/scenario"
)

// runScript runs src through the scenario facade and returns the exit
// status, the transcript and how long it took.
func runScript(t *testing.T, src string, steps, memory int64) (int, string, time.Duration) {
	t.Helper()
	var out strings.Builder
	start := time.Now()
	code := scenario.Run(scenario.Options{
		Source:       src,
		StepBudget:   steps,
		MemoryBudget: memory,
		OnEvent: func(e scenario.Event) {
			if e.Kind == "output" {
				out.WriteString(e.Text)
			}
		},
	})
	return code, out.String(), time.Since(start)
}

// TestStepBudgetStopsRunawayLoop checks that a runaway loop ends with the
// step-budget notice, keeps what was printed before, and cannot be
// swallowed by `except Exception` or finally blocks that loop again.
func TestStepBudgetStopsRunawayLoop(t *testing.T) {
	for _, src := range []string{
		"print('before')\nwhile True:\n    pass\n",
		"print('before')\ndef f():\n    while True:\n        try:\n            pass\n        except Exception:\n            pass\nf()\n",
		"print('before')\ntry:\n    while True: pass\nexcept BaseException:\n    print('caught')\n",
		"import asyncio\nprint('before')\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n",
	} {
		code, out, d := runScript(t, src, 200_000, 0)
		if code != 124 {
			t.Errorf("%q: exit status %d, want 124; output:\n%s", src, code, out)
		}
		if !strings.HasPrefix(out, "before\n") || !strings.Contains(out, "[stopped:") {
			t.Errorf("%q: output %q lacks the earlier output or the notice", src, out)
		}
		if d > 5*time.Second {
			t.Errorf("%q: took %v", src, d)
		}
	}
}

// TestMemoryBudget checks that requests for huge objects raise
// MemoryError at once, without allocating them, and that the script can
// catch it and go on. A 16 MiB budget keeps the growing cases quick.
func TestMemoryBudget(t *testing.T) {
	for _, expr := range []string{
		"[0] * 10**10", "'x' * 10**12", "10**10**10", "list(range(10**10))", "bytes(10**10)",
		"[None] * 2**62", "(1, 2) * 10**12", "b'ab' * 10**12", "1 << 10**12", "2 ** 10**12",
		"'a'.ljust(10**12)", "f'{1:>{10**12}}'", "tuple(range(10**12))", "sorted(range(10**12))",
		"set(range(10**9))", "{i: i for i in range(10**9)}", "[i for i in range(10**9)]",
		"[[0] * 10**6 for _ in range(10**5)]",
	} {
		src := "try:\n    x = " + expr + "\nexcept MemoryError:\n    print('MemoryError')\nprint('after')\n"
		code, out, d := runScript(t, src, 0, 1<<24)
		if code != 0 || out != "MemoryError\nafter\n" {
			t.Errorf("%s: status %d, output %q", expr, code, out)
		}
		if d > 10*time.Second {
			t.Errorf("%s: took %v", expr, d)
		}
	}
}

// TestRecursionLimitRecovers checks that RecursionError can be caught
// and the script goes on, also for recursion through Go code (reprs,
// comparisons of deeply nested values, iterators wrapping iterators).
func TestRecursionLimitRecovers(t *testing.T) {
	src := `def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(e)
l, l2 = [], []
for i in range(100000):
    l, l2 = [l], [l2]
for op in (repr, lambda x: x == l2, str):
    try:
        op(l)
    except RecursionError as e:
        print(e)
it = iter([])
for i in range(100000):
    it = map(abs, it)
try:
    list(it)
except RecursionError as e:
    print(e)
print('done')
`
	want := "maximum recursion depth exceeded\n" +
		"maximum recursion depth exceeded while getting the repr of an object\n" +
		"maximum recursion depth exceeded in comparison\n" +
		"maximum recursion depth exceeded while getting the repr of an object\n" +
		"maximum recursion depth exceeded\n" +
		"done\n"
	code, out, _ := runScript(t, src, 0, 0)
	if code != 0 || out != want {
		t.Errorf("status %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}
