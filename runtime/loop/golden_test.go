package loop

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The golden tests: each testdata/NAME.txtar holds a Python script
// (main.py), the flags it runs with, and the transcript and exit status that
// CPython 3.11 produced for it under the reference runner (vclock_run.py).
// goldens[NAME] reproduces the script with Go callbacks on this package, and
// must print the same transcript. With -update the transcripts are
// re-recorded by running python3 on the reference runner first.
var (
	update = flag.Bool("update", false, "re-record testdata/*.txtar by running CPython on the reference runner")
	runner = flag.String("runner", "../../../shared/tools/vclock_run.py", "the reference runner, for -update")
)

// sigint is SIGINT's number on Linux, where the goldens were recorded.
const sigint = 2

// The fatal errors of the goldens, standing for Python's KeyboardInterrupt
// and SystemExit escaping a callback.
var (
	errKeyboardInterrupt = errors.New("KeyboardInterrupt")
	errSystemExit        = errors.New("SystemExit")
	errIdleForever       = errors.New("[idle forever]")
)

// gold is the harness a Go reproduction writes its transcript with. Its log
// is the scripts' log(): "it=N m=TIME" and the arguments, where N counts the
// loop's iterations (the scripts wrap loop._run_once to count them).
type gold struct {
	t   *testing.T
	l   *Loop
	out strings.Builder
}

// print writes its arguments separated by spaces and a newline, as Python's
// print does with strings.
func (g *gold) print(args ...string) {
	g.out.WriteString(strings.Join(args, " "))
	g.out.WriteByte('\n')
}

// log is the scripts' log(*a).
func (g *gold) log(args ...string) {
	g.print(append([]string{fmt.Sprintf("it=%d m=%s", g.l.Iteration(), pyFloat(g.l.Time()))}, args...)...)
}

// logCB is the callback of loop.call_soon(log, args...).
func (g *gold) logCB(args ...string) Callback {
	return func() error { g.log(args...); return nil }
}

// do turns a Go function into a callback that never fails.
func do(f func()) Callback {
	return func() error { f(); return nil }
}

// stopCB is the callback of loop.call_soon(loop.stop).
func (g *gold) stopCB() Callback {
	return do(g.l.Stop)
}

// ok fails the test on a scheduling error (the scripts schedule only on
// open loops, except where they say so) and returns the handle.
func (g *gold) ok(h *Handle, err error) *Handle {
	g.t.Helper()
	if err != nil {
		g.t.Fatalf("unexpected error: %v", err)
	}
	return h
}

// pyFloat formats f as Python's repr does, for the values the goldens
// print: shortest round-trip digits, fixed notation, ".0" when integral.
func pyFloat(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".nI") {
		s += ".0"
	}
	return s
}

// pyAdd adds as Python does: both operands are float64 values and the sum
// is rounded once. (A Go constant expression such as 1001.0+5e-10 would be
// computed exactly and rounded once, which can differ from Python's
// float(1001.0) + float(5e-10).)
func pyAdd(a, b float64) float64 { return a + b }

// pyBool formats b as Python prints it.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// goldens reproduces each testdata script; it returns the exit status.
var goldens = map[string]func(t *testing.T, g *gold) int{
	"ordering": func(t *testing.T, g *gold) int {
		l := g.l
		start := l.Time()
		g.ok(l.CallLater(1, g.logCB("later-1a"), nil))
		g.ok(l.CallAt(start+1, g.logCB("at-1"), nil))
		g.ok(l.CallLater(0, g.logCB("later-0"), nil))
		g.ok(l.CallSoon(g.logCB("soon-1"), nil))
		g.ok(l.CallLater(-1, g.logCB("later-negative"), nil))
		g.ok(l.CallSoon(g.logCB("soon-2"), nil))
		g.ok(l.CallSoon(do(func() {
			g.log("nest")
			g.ok(l.CallLater(0, g.logCB("nested later-0"), nil))
			g.ok(l.CallSoon(g.logCB("nested soon"), nil))
		}), nil))
		g.ok(l.CallLater(0.5, g.logCB("later-0.5"), nil))
		g.ok(l.CallAt(start+0.5, g.logCB("at-0.5"), nil))
		g.ok(l.CallLater(1, g.logCB("later-1b"), nil))
		g.ok(l.CallLater(2, g.stopCB(), nil))
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		g.log("stopped")
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		return 0
	},

	"equal_deadlines": func(t *testing.T, g *gold) int {
		l := g.l
		g.ok(l.CallAt(1002.0, g.logCB("b: call_at(1002.0) from 1000.0"), nil))
		g.ok(l.CallAt(1001.0, do(func() {
			g.log("a schedules c and d for 1002.0")
			g.ok(l.CallAt(1002.0, g.logCB("c: call_at(1002.0) from 1001.0"), nil))
			g.ok(l.CallLater(1, g.logCB("d: call_later(1) from 1001.0"), nil))
		}), nil))
		g.ok(l.CallLater(2.0, g.logCB("e: call_later(2.0) from 1000.0"), nil))
		for i := 0; i < 5; i++ {
			g.ok(l.CallAt(1003.0, g.logCB(fmt.Sprintf("tie-%d", i)), nil))
		}
		g.ok(l.CallLater(3, g.logCB("tie-5 via call_later(3)"), nil))
		g.ok(l.CallLater(4, g.stopCB(), nil))
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		g.log("stopped")
		return 0
	},

	"resolution": func(t *testing.T, g *gold) int {
		l := g.l
		g.ok(l.CallAt(1001.0, do(func() {
			g.log("A at 1001.0")
			g.ok(l.CallSoon(g.logCB("X: call_soon from A"), nil))
		}), nil))
		g.ok(l.CallAt(pyAdd(1001.0, 5e-10), g.logCB("B at 1001.0 + 5e-10: due in A's batch"), nil))
		g.ok(l.CallAt(pyAdd(1001.0, 1e-9), g.logCB("D at 1001.0 + 1e-9: not before end_time"), nil))
		g.ok(l.CallAt(pyAdd(1001.0, 2e-9), g.logCB("C at 1001.0 + 2e-9"), nil))
		g.ok(l.CallAt(pyAdd(1001.0, 3e-9), g.logCB("E at 1001.0 + 3e-9"), nil))
		g.ok(l.CallAt(1002.0, g.stopCB(), nil))
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		g.log("stopped")
		return 0
	},

	"cancel": func(t *testing.T, g *gold) int {
		l := g.l
		h1, err := l.CallSoon(g.logCB("never: cancelled before the run"), nil)
		g.ok(h1, err)
		h1.Cancel()
		h1.Cancel()
		g.print("h1.cancelled():", pyBool(h1.Cancelled()))
		var h3, t2 *Handle
		g.ok(l.CallSoon(do(func() {
			g.log("canceller cancels h3")
			h3.Cancel()
		}), nil))
		h3, err = l.CallSoon(g.logCB("never: cancelled by an earlier handle of its batch"), nil)
		g.ok(h3, err)
		g.ok(l.CallAt(1001.0, do(func() {
			g.log("t1 cancels t2, due in the same batch")
			t2.Cancel()
		}), nil))
		t2, err = l.CallAt(1001.0, g.logCB("never: timer cancelled in its batch"), nil)
		g.ok(t2, err)
		t3, err := l.CallAt(1002.0, g.logCB("never: cancelled timer, no jump to 1002"), nil)
		g.ok(t3, err)
		t3.Cancel()
		g.print("t3:", pyBool(t3.Cancelled()), pyFloat(t3.When()))
		g.ok(l.CallAt(1003.0, g.logCB("t4 at 1003"), nil))
		g.ok(l.CallAt(1003.0, g.stopCB(), nil))
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		g.log("stopped")

		oneIteration := func() {
			l.Stop()
			if err := l.RunForever(); err != nil {
				t.Fatal(err)
			}
		}
		heapCase := func(n, cancel int) {
			hs := make([]*Handle, n)
			for i := range hs {
				hs[i], err = l.CallLater(float64(10+i), g.logCB("never"), nil)
				g.ok(hs[i], err)
			}
			for _, h := range hs[1 : 1+cancel] {
				h.Cancel()
			}
			before := l.ScheduledLen()
			oneIteration()
			g.print(fmt.Sprintf("%d timers, %d cancelled (head kept): scheduled %d -> %d", n, cancel, before, l.ScheduledLen()))
			for _, h := range hs {
				h.Cancel()
			}
			oneIteration()
			g.print(fmt.Sprintf("  all cancelled: -> %d", l.ScheduledLen()))
		}
		heapCase(100, 99)
		heapCase(101, 50)
		heapCase(101, 51)
		heapCase(300, 151)
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		return 0
	},

	"stop": func(t *testing.T, g *gold) int {
		l := g.l
		var chain func(n int) Callback
		chain = func(n int) Callback {
			return do(func() {
				g.log("chain", strconv.Itoa(n))
				if n < 4 {
					g.ok(l.CallSoon(chain(n+1), nil))
				}
			})
		}
		run := func() {
			if err := l.RunForever(); err != nil {
				t.Fatal(err)
			}
		}
		g.ok(l.CallSoon(chain(1), nil))
		g.ok(l.CallLater(5, g.logCB("timer at +5"), nil))
		l.Stop()
		run()
		g.log("run_forever returned after one iteration; running:", pyBool(l.IsRunning()))
		g.ok(l.CallSoon(do(func() {
			g.log("stopper calls stop()")
			l.Stop()
			g.ok(l.CallSoon(g.logCB("scheduled by stopper: next run"), nil))
		}), nil))
		g.ok(l.CallSoon(g.logCB("after stopper, same batch"), nil))
		run()
		g.log("returned")
		g.ok(l.CallLater(6, g.stopCB(), nil))
		run()
		g.log("returned at the +6 stop")
		l.Stop()
		l.Stop()
		run()
		g.log("empty stopped run")
		return 0
	},

	"errors": func(t *testing.T, g *gold) int {
		l := g.l
		other := New(l.Clock())
		attempt := func(what string, f func() error) {
			if err := f(); err != nil {
				g.log(what, "RuntimeError:", err.Error())
			} else {
				g.log(what, "ok")
			}
		}
		callSoon := func(lp *Loop) func() error {
			return func() error { _, err := lp.CallSoon(nil, nil); return err }
		}
		g.ok(l.CallSoon(do(func() {
			g.log("running:", pyBool(l.IsRunning()), pyBool(other.IsRunning()), pyBool(l.Clock().RunningLoop() == l))
			attempt("loop.run_forever", l.RunForever)
			attempt("other.run_forever", other.RunForever)
			attempt("loop.close", l.Close)
			attempt("other.close", other.Close)
			attempt("other.run_forever", other.RunForever)
			attempt("other.call_soon", callSoon(other))
			l.Stop()
		}), nil))
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		running := "None"
		if l.Clock().RunningLoop() != nil {
			running = "a loop"
		}
		g.log("running:", pyBool(l.IsRunning()), running)
		attempt("loop.close", l.Close)
		attempt("loop.close", l.Close)
		g.print("closed:", pyBool(l.IsClosed()))
		attempt("loop.call_soon", callSoon(l))
		attempt("loop.call_later", func() error { _, err := l.CallLater(1, nil, nil); return err })
		attempt("loop.call_at", func() error { _, err := l.CallAt(1, nil, nil); return err })
		attempt("loop.run_forever", l.RunForever)
		l.Stop()
		attempt("loop.run_forever", l.RunForever)
		return 0
	},

	"fatal": func(t *testing.T, g *gold) int {
		l := g.l
		g.ok(l.CallSoon(g.logCB("a"), nil))
		g.ok(l.CallSoon(func() error {
			g.log("boom: stop() then raise KeyboardInterrupt")
			l.Stop()
			return errKeyboardInterrupt
		}, nil))
		g.ok(l.CallSoon(g.logCB("c"), nil))
		g.ok(l.CallSoon(g.logCB("d"), nil))
		g.ok(l.CallAt(1000.0, g.logCB("e: timer due in the same iteration"), nil))
		if err := l.RunForever(); err != errKeyboardInterrupt {
			t.Fatalf("RunForever = %v, want KeyboardInterrupt", err)
		}
		g.log("KeyboardInterrupt escaped; ready:", strconv.Itoa(l.ReadyLen()), "running:", pyBool(l.IsRunning()), "stopping:", pyBool(l.Stopping()))
		g.ok(l.CallLater(1, func() error {
			g.log("exiter raises SystemExit")
			return errSystemExit
		}, nil))
		g.ok(l.CallLater(1, g.logCB("after exiter"), nil))
		if err := l.RunForever(); err != errSystemExit {
			t.Fatalf("RunForever = %v, want SystemExit", err)
		}
		g.log("SystemExit escaped:", "2", "ready:", strconv.Itoa(l.ReadyLen()))
		g.ok(l.CallSoon(g.stopCB(), nil))
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		g.log("done")
		return 0
	},

	"clock": func(t *testing.T, g *gold) int {
		l := g.l
		g.ok(l.CallAt(1000.9, do(func() {
			g.log("f")
			g.ok(l.CallLater(0.1, g.logCB("g: call_later(0.1) from 1000.9"), nil))
		}), nil))
		var tick func(n int) Callback
		tick = func(n int) Callback {
			return do(func() {
				g.log("tick", strconv.Itoa(n))
				if n < 12 {
					g.ok(l.CallLater(0.1, tick(n+1), nil))
				}
			})
		}
		g.ok(l.CallAt(1001.0, tick(1), nil))
		g.ok(l.CallAt(1003.0, do(func() {
			g.log("blocker: time.sleep(2.5)")
			l.Clock().Sleep(2.5)
			g.log("blocker woke")
		}), nil))
		g.ok(l.CallAt(1003.0, g.logCB("same batch as blocker, after its sleep"), nil))
		g.ok(l.CallAt(1004.0, g.logCB("overdue at +4, no jump"), nil))
		g.ok(l.CallAt(1005.0, g.logCB("overdue at +5, no jump"), nil))
		g.ok(l.CallAt(1006.0, g.logCB("at +6: jump"), nil))
		g.ok(l.CallAt(1007.0, do(func() {
			g.log("far: call_later(100000)")
			g.ok(l.CallLater(100000, do(func() { g.print("m=" + pyFloat(l.Time()) + " far timer") }), nil))
			g.ok(l.CallLater(100000, g.stopCB(), nil))
		}), nil))
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		g.print("m=" + pyFloat(l.Time()) + " stopped")
		return 0
	},

	"signal_idle": func(t *testing.T, g *gold) int {
		l := g.l
		// The host's side of --sigint-at-idle: SIGINT at the first idle,
		// "[idle forever]" and status 3 at the second.
		idles := 0
		l.OnIdle = func() error {
			idles++
			if idles == 1 {
				if !l.DeliverSignal(sigint) {
					return errKeyboardInterrupt
				}
				return nil
			}
			g.out.WriteString("[idle forever]\n")
			return errIdleForever
		}
		onSigint := func(name string) Callback {
			return do(func() {
				g.log("handler", name)
				g.ok(l.CallSoon(g.logCB("scheduled by the handler"), nil))
				g.ok(l.CallLater(1, g.logCB("timer from the handler"), nil))
			})
		}
		g.ok(l.AddSignalHandler(sigint, onSigint("SIGINT"), nil))
		g.ok(l.CallSoon(g.logCB("first"), nil))
		g.ok(l.CallLater(1, g.logCB("timer"), nil))
		if err := l.RunForever(); err != errIdleForever {
			t.Fatalf("RunForever = %v, want the idle sentinel", err)
		}
		return 3
	},

	"signal_midrun": func(t *testing.T, g *gold) int {
		l := g.l
		kill := func() {
			if !l.DeliverSignal(sigint) {
				t.Fatal("DeliverSignal found no handler")
			}
		}
		run := func() {
			if err := l.RunForever(); err != nil {
				t.Fatal(err)
			}
		}
		onSig := func(name string) Callback { return g.logCB("handler", name) }
		g.ok(l.AddSignalHandler(sigint, onSig("first"), nil))
		g.ok(l.CallSoon(do(func() {
			g.log("killer: os.kill(SIGINT)")
			kill()
			g.ok(l.CallSoon(do(func() {
				g.log("soon1: runs beside the pipe reader")
				g.ok(l.CallSoon(g.logCB("soon2: queued before the handler"), nil))
			}), nil))
		}), nil))
		g.ok(l.CallLater(5, g.logCB("timer at +5"), nil))
		g.ok(l.CallLater(5, g.stopCB(), nil))
		run()
		g.log("stopped")

		g.ok(l.CallSoon(do(func() {
			g.log("twice: two signals, then replace the handler")
			kill()
			kill()
			g.ok(l.AddSignalHandler(sigint, onSig("second"), nil))
		}), nil))
		g.ok(l.CallLater(1, g.stopCB(), nil))
		run()
		g.log("stopped")

		kill()
		g.log("signal while not running, handled at the next run")
		g.ok(l.CallLater(1, g.stopCB(), nil))
		run()
		g.log("stopped")

		g.ok(l.CallSoon(do(func() {
			g.log("cancel the handler's handle, then os.kill")
			l.SignalHandler(sigint).Cancel()
			kill()
		}), nil))
		g.ok(l.CallLater(1, do(func() {
			g.log("remove_signal_handler:", pyBool(l.RemoveSignalHandler(sigint)))
		}), nil))
		g.ok(l.CallLater(1, g.stopCB(), nil))
		run()
		g.log("stopped")
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		return 0
	},
}

func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ar := parseTxtar(data)
			if *update {
				record(t, ar)
				if err := os.WriteFile(path, formatTxtar(ar), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			reproduce, ok := goldens[name]
			if !ok {
				t.Fatalf("no Go reproduction for %s", path)
			}
			g := &gold{t: t, l: New(NewClock())}
			rc := reproduce(t, g)
			if want := ar.get("out"); g.out.String() != want {
				t.Errorf("transcript differs from CPython's\n--- got\n%s--- want\n%s", g.out.String(), want)
			}
			if want := strings.TrimSpace(ar.get("rc")); strconv.Itoa(rc) != want {
				t.Errorf("exit status %d, CPython's %s", rc, want)
			}
		})
	}
	for name := range goldens {
		if !seen[name] {
			t.Errorf("goldens[%q] has no testdata/%s.txtar", name, name)
		}
	}
}

// record runs the archive's main.py on CPython under the reference runner
// and stores its transcript (stdout and stderr merged, in order) and status.
func record(t *testing.T, ar *txtar) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.py"), []byte(ar.get("main.py")), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(*runner)
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{abs}, strings.Fields(ar.get("flags"))...)
	cmd := exec.Command("python3", append(args, "main.py")...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	rc := 0
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("running %v: %v", cmd.Args, err)
		}
		rc = exit.ExitCode()
	}
	ar.set("out", out.String())
	ar.set("rc", strconv.Itoa(rc)+"\n")
}

// txtar is a minimal reader and writer of the txtar format
// (golang.org/x/tools/txtar, which go.mod does not require): a free-form
// comment, then files, each introduced by a line "-- NAME --".
type txtar struct {
	comment string
	names   []string
	files   map[string]string
}

func parseTxtar(data []byte) *txtar {
	ar := &txtar{files: map[string]string{}}
	cur := ""
	inFile := false
	var b strings.Builder
	flush := func() {
		if inFile {
			ar.files[cur] = b.String()
		} else {
			ar.comment = b.String()
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		trimmed := strings.TrimRight(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			cur = trimmed[3 : len(trimmed)-3]
			inFile = true
			ar.names = append(ar.names, cur)
			continue
		}
		b.WriteString(line)
	}
	flush()
	return ar
}

func (ar *txtar) get(name string) string { return ar.files[name] }

func (ar *txtar) set(name, content string) {
	if _, ok := ar.files[name]; !ok {
		ar.names = append(ar.names, name)
	}
	ar.files[name] = content
}

func formatTxtar(ar *txtar) []byte {
	var b strings.Builder
	b.WriteString(ar.comment)
	for _, name := range ar.names {
		fmt.Fprintf(&b, "-- %s --\n", name)
		b.WriteString(ar.files[name])
	}
	return []byte(b.String())
}
