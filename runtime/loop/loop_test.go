package loop

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// recorder collects what callbacks and the loop's hooks report, one string
// per event, each stamped with the iteration and the clock.
type recorder struct {
	l      *Loop
	events []string
}

func newRecorder() *recorder {
	return &recorder{l: New(NewClock())}
}

func (r *recorder) add(what string) {
	r.events = append(r.events, fmt.Sprintf("%d@%s %s", r.l.Iteration(), pyFloat(r.l.Time()), what))
}

// cb returns a callback that records name.
func (r *recorder) cb(name string) Callback {
	return func() error { r.add(name); return nil }
}

// runnerTag is a tag that is its own callback (Runner): it records name.
type runnerTag struct {
	r    *recorder
	name string
}

func (t runnerTag) Run() error { t.r.add(t.name); return nil }

func (r *recorder) got() string { return strings.Join(r.events, "; ") }

// checker returns a function that fails t on a scheduling error and
// otherwise returns the handle, so that ck(l.CallSoon(...)) reads as a call.
func checker(t *testing.T) func(*Handle, error) *Handle {
	return func(h *Handle, err error) *Handle {
		t.Helper()
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return h
	}
}

func TestClock(t *testing.T) {
	// Variables, not constants: Go folds constant expressions exactly, where
	// Python rounds each addition.
	x1, x2 := 1000.1, 0.2
	sum := x1 + x2
	c := NewClock()
	if c.Now() != 1000.0 || c.Wall() != 1700000000.0 {
		t.Fatalf("start: Now %v Wall %v", c.Now(), c.Wall())
	}
	tests := []struct {
		op   string
		arg  float64
		want float64
	}{
		{"sleep", 0.1, 1000.1},
		{"sleep", 0.2, sum}, // 1000.3000000000001, as in Python
		{"sleep", 0, sum},
		{"sleep", -1, sum},          // invalid: ignored
		{"sleep", math.NaN(), sum},  // invalid: ignored
		{"sleep", math.Inf(1), sum}, // invalid: ignored
		{"jump", 999, sum},          // max(m, t)
		{"jump", 1001.5, 1001.5},
		{"jump", math.NaN(), 1001.5},
		{"jump", math.Inf(1), 1001.5},
		{"jump", math.Inf(-1), 1001.5},
	}
	for _, tc := range tests {
		if tc.op == "sleep" {
			c.Sleep(tc.arg)
		} else {
			c.JumpTo(tc.arg)
		}
		if c.Now() != tc.want {
			t.Fatalf("%s(%v): m = %v, want %v", tc.op, tc.arg, c.Now(), tc.want)
		}
	}
	if got := pyFloat(sum); got != "1000.3000000000001" {
		t.Fatalf("float sum %s", got)
	}
	var nilClock *Clock
	nilClock.Sleep(1)
	nilClock.JumpTo(2)
	if nilClock.Now() != 0 || nilClock.RunningLoop() != nil {
		t.Fatal("nil clock")
	}
}

// TestOrdering checks the order of the loop's steps on small programs.
func TestOrdering(t *testing.T) {
	tests := []struct {
		name  string
		setup func(r *recorder, ck func(*Handle, error) *Handle)
		want  string
	}{
		{
			name: "call_soon before due timers, timers by (when, seq)",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallLater(0, r.cb("later0"), nil))
				ck(l.CallAt(999, r.cb("at999"), nil))
				ck(l.CallSoon(r.cb("soon"), nil))
				ck(l.CallLater(1, r.cb("later1"), nil))
				ck(l.CallAt(1001, r.cb("at1001"), nil))
				ck(l.CallLater(1, do(l.Stop), nil))
			},
			want: "1@1000.0 soon; 1@1000.0 at999; 1@1000.0 later0; 2@1001.0 later1; 2@1001.0 at1001",
		},
		{
			name: "handles added during an iteration run in the next",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallSoon(func() error {
					r.add("a")
					ck(l.CallSoon(r.cb("a-soon"), nil))
					ck(l.CallLater(0, r.cb("a-later0"), nil))
					ck(l.CallLater(0, do(l.Stop), nil))
					return nil
				}, nil))
				ck(l.CallSoon(r.cb("b"), nil))
			},
			want: "1@1000.0 a; 1@1000.0 b; 2@1000.0 a-soon; 2@1000.0 a-later0",
		},
		{
			name: "a nil callback runs a Runner tag, unless cancelled; other tags do nothing",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallSoon(nil, runnerTag{r, "runner-soon"}))
				ck(l.CallSoon(nil, "not a runner"))
				ck(l.CallAt(1000.5, nil, runnerTag{r, "runner-at"}))
				ck(l.CallLater(0.2, nil, runnerTag{r, "cancelled"})).Cancel()
				if err := l.CallSoonUnowned(nil, runnerTag{r, "runner-unowned"}); err != nil {
					panic(err)
				}
				ck(l.CallSoon(r.cb("cb-wins"), runnerTag{r, "tag-ignored"}))
				ck(l.CallLater(1, do(l.Stop), nil))
			},
			want: "1@1000.0 runner-soon; 1@1000.0 runner-unowned; 1@1000.0 cb-wins; 2@1000.5 runner-at",
		},
		{
			name: "cancelled handles and timers are skipped",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				var victim, timer *Handle
				ck(l.CallSoon(func() error {
					r.add("a")
					victim.Cancel()
					timer.Cancel()
					return nil
				}, nil))
				victim = ck(l.CallSoon(r.cb("victim"), nil))
				timer = ck(l.CallAt(1000, r.cb("timer"), nil))
				ck(l.CallAt(1002, r.cb("late"), nil)).Cancel()
				ck(l.CallAt(1003, do(l.Stop), nil))
			},
			want: "1@1000.0 a",
		},
		{
			name: "a due timer cancelled at the heap head is dropped, no jump to it",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallAt(1001, r.cb("never"), nil)).Cancel()
				ck(l.CallAt(1005, r.cb("t"), nil))
				ck(l.CallAt(1005, do(l.Stop), nil))
			},
			want: "1@1005.0 t",
		},
		{
			name: "resolution window",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallAt(1001, r.cb("a"), nil))
				ck(l.CallAt(pyAdd(1001, 9e-10), r.cb("a+9e-10"), nil))
				ck(l.CallAt(pyAdd(1001, 1e-9), r.cb("a+1e-9"), nil))
				ck(l.CallAt(1002, do(l.Stop), nil))
			},
			want: "1@1001.0 a; 1@1001.0 a+9e-10; 2@1001.000000001 a+1e-9",
		},
		{
			name: "time.sleep in a callback makes later timers overdue",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallAt(1001, func() error { l.Clock().Sleep(3); r.add("slept"); return nil }, nil))
				ck(l.CallAt(1002, r.cb("t2"), nil))
				ck(l.CallAt(1003, r.cb("t3"), nil))
				ck(l.CallAt(1005, r.cb("t5"), nil))
				ck(l.CallAt(1005, do(l.Stop), nil))
			},
			want: "1@1004.0 slept; 2@1004.0 t2; 2@1004.0 t3; 3@1005.0 t5",
		},
		{
			name: "NaN deadline sorts first and is due at once (deliberate)",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallAt(999, r.cb("past"), nil))
				ck(l.CallAt(math.NaN(), r.cb("nan"), nil))
				ck(l.CallAt(math.Inf(-1), r.cb("-inf"), nil))
				ck(l.CallAt(1001, do(l.Stop), nil))
			},
			want: "1@1000.0 nan; 1@1000.0 -inf; 1@1000.0 past",
		},
		{
			name: "far deadline reached in one jump (deliberate)",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallLater(1e9, r.cb("far"), nil))
				ck(l.CallLater(1e9, do(l.Stop), nil))
			},
			want: "1@1000001000.0 far",
		},
		{
			name: "a timer due exactly now fires beyond 2**24 s (deliberate)",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallLater(2e7, func() error {
					r.add("2e7")
					ck(l.CallLater(0, r.cb("later0"), nil))
					return nil
				}, nil))
				ck(l.CallLater(pyAdd(2e7, 1), do(l.Stop), nil))
			},
			want: "1@20001000.0 2e7; 2@20001000.0 later0",
		},
		{
			name: "stop inside a callback: the batch finishes",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallSoon(func() error { r.add("stop"); l.Stop(); return nil }, nil))
				ck(l.CallSoon(r.cb("same batch"), nil))
				ck(l.CallAt(1000, r.cb("due timer, same batch"), nil))
				ck(l.CallLater(0.5, r.cb("never"), nil))
			},
			want: "1@1000.0 stop; 1@1000.0 same batch; 1@1000.0 due timer, same batch",
		},
		{
			name: "stop before run_forever: one iteration, no jump",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallLater(1, r.cb("never"), nil))
				l.Stop()
			},
			want: "",
		},
		{
			name: "nil callback is a no-op",
			setup: func(r *recorder, ck func(*Handle, error) *Handle) {
				l := r.l
				ck(l.CallSoon(nil, nil))
				ck(l.CallSoon(r.cb("after nil"), nil))
				ck(l.CallLater(0, nil, nil))
				ck(l.CallLater(0, do(l.Stop), nil))
			},
			want: "1@1000.0 after nil",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRecorder()
			tc.setup(r, checker(t))
			if err := r.l.RunForever(); err != nil {
				t.Fatal(err)
			}
			if got := r.got(); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestRunForeverErrors(t *testing.T) {
	ck := checker(t)
	c := NewClock()
	a, b := New(c), New(c)
	var inside []error
	ck(a.CallSoon(func() error {
		if c.RunningLoop() != a || !a.IsRunning() {
			t.Error("a is not the running loop")
		}
		a.Stop()
		inside = append(inside, a.RunForever(), b.RunForever(), a.Close(), a.RunOnce())
		return nil
	}, nil))
	if err := a.RunForever(); err != nil {
		t.Fatal(err)
	}
	want := []error{ErrAlreadyRunning, ErrAnotherLoopRunning, ErrCloseRunning, nil}
	for i := range want {
		if inside[i] != want[i] {
			t.Errorf("inside[%d] = %v, want %v", i, inside[i], want[i])
		}
	}
	if c.RunningLoop() != nil || a.IsRunning() || a.Stopping() {
		t.Error("state not reset after RunForever")
	}
	// Loops of different sessions do not see each other.
	other := New(NewClock())
	ck(a.CallSoon(func() error {
		other.Stop()
		if err := other.RunForever(); err != nil {
			t.Errorf("other session's loop: %v", err)
		}
		a.Stop()
		return nil
	}, nil))
	if err := a.RunForever(); err != nil {
		t.Fatal(err)
	}
	// The messages are CPython's.
	for err, msg := range map[error]string{
		ErrClosed:             "Event loop is closed",
		ErrAlreadyRunning:     "This event loop is already running",
		ErrAnotherLoopRunning: "Cannot run the event loop while another loop is running",
		ErrCloseRunning:       "Cannot close a running event loop",
	} {
		if err.Error() != msg {
			t.Errorf("%q, want %q", err.Error(), msg)
		}
	}
}

func TestFatalErrorLeavesRest(t *testing.T) {
	ck := checker(t)
	r := newRecorder()
	l := r.l
	boom := errors.New("boom")
	ck(l.CallSoon(r.cb("a"), nil))
	ck(l.CallSoon(func() error { l.Stop(); return boom }, nil))
	ck(l.CallSoon(r.cb("c"), nil))
	ck(l.CallAt(1000, r.cb("timer"), nil))
	if err := l.RunForever(); err != boom {
		t.Fatalf("RunForever = %v, want the callback's error unchanged", err)
	}
	if l.ReadyLen() != 2 || l.IsRunning() || l.Stopping() || l.Clock().RunningLoop() != nil {
		t.Fatalf("after error: ready %d running %v stopping %v", l.ReadyLen(), l.IsRunning(), l.Stopping())
	}
	l.Stop()
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if got, want := r.got(), "1@1000.0 a; 2@1000.0 c; 2@1000.0 timer"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestPanicResetsState(t *testing.T) {
	ck := checker(t)
	l := New(nil)
	ck(l.CallSoon(func() error { l.Stop(); panic("callback bug") }, nil))
	func() {
		defer func() { _ = recover() }()
		_ = l.RunForever()
	}()
	if l.IsRunning() || l.Stopping() || l.Clock().RunningLoop() != nil {
		t.Fatal("state not reset after a panic")
	}
}

func TestClose(t *testing.T) {
	ck := checker(t)
	r := newRecorder()
	l := r.l
	tr := &traceRecorder{}
	l.Tracer = tr
	ck(l.CallSoon(r.cb("never"), nil))
	timer := ck(l.CallLater(1, r.cb("never"), nil))
	ck(l.AddSignalHandler(sigint, r.cb("never"), nil))
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
	if !l.IsClosed() || l.ReadyLen() != 0 || l.ScheduledLen() != 0 || l.SignalHandler(sigint) != nil {
		t.Fatal("Close left state behind")
	}
	if timer.Cancelled() {
		t.Fatal("Close cancelled a timer; CPython only drops them")
	}
	timer.Cancel() // must not disturb the closed loop
	if l.DeliverSignal(sigint) {
		t.Fatal("a closed loop has no signal handlers")
	}
	if _, err := l.CallSoon(nil, nil); err != ErrClosed {
		t.Fatal("CallSoon:", err)
	}
	if _, err := l.CallSoonThreadsafe(nil, nil); err != ErrClosed {
		t.Fatal("CallSoonThreadsafe:", err)
	}
	if _, err := l.CallLater(1, nil, nil); err != ErrClosed {
		t.Fatal("CallLater:", err)
	}
	if _, err := l.CallAt(1, nil, nil); err != ErrClosed {
		t.Fatal("CallAt:", err)
	}
	if _, err := l.AddSignalHandler(sigint, nil, nil); err != ErrClosed {
		t.Fatal("AddSignalHandler:", err)
	}
	if err := l.RunForever(); err != ErrClosed {
		t.Fatal("RunForever:", err)
	}
	if err := l.RunOnce(); err != ErrClosed {
		t.Fatal("RunOnce:", err)
	}
	if got := strings.Join(tr.events, "; "); got != "closed" {
		t.Fatalf("trace %q", got)
	}
	if len(r.events) != 0 {
		t.Fatal("something ran")
	}
}

// TestCloseInsideRunOnce: a loop driven by RunOnce is not running, so a
// callback may close it; the rest of the batch is dropped without a panic.
func TestCloseInsideRunOnce(t *testing.T) {
	ck := checker(t)
	r := newRecorder()
	l := r.l
	ck(l.CallSoon(func() error { r.add("close"); return l.Close() }, nil))
	ck(l.CallSoon(r.cb("dropped"), nil))
	ck(l.CallAt(1000, r.cb("dropped timer"), nil))
	if err := l.RunOnce(); err != nil {
		t.Fatal(err)
	}
	if got := r.got(); got != "1@1000.0 close" {
		t.Fatal(got)
	}
}

func TestOnIdle(t *testing.T) {
	t.Run("nil OnIdle returns ErrIdle", func(t *testing.T) {
		l := New(nil)
		if err := l.RunForever(); err != ErrIdle {
			t.Fatalf("RunForever = %v", err)
		}
		if l.IsRunning() || l.Clock().RunningLoop() != nil {
			t.Fatal("state not reset")
		}
	})
	t.Run("error propagates unchanged", func(t *testing.T) {
		l := New(nil)
		end := errors.New("end of run")
		l.OnIdle = func() error { return end }
		if err := l.RunForever(); err != end {
			t.Fatalf("RunForever = %v", err)
		}
	})
	t.Run("nil return: next iteration idles again", func(t *testing.T) {
		l := New(nil)
		idles := 0
		l.OnIdle = func() error { idles++; return nil }
		for i := 0; i < 3; i++ {
			if err := l.RunOnce(); err != nil {
				t.Fatal(err)
			}
		}
		if idles != 3 {
			t.Fatalf("OnIdle called %d times", idles)
		}
	})
	t.Run("not idle while a timer is pending or stopping", func(t *testing.T) {
		ck := checker(t)
		l := New(nil)
		l.OnIdle = func() error { t.Fatal("idle"); return nil }
		ck(l.CallLater(3, do(l.Stop), nil))
		if err := l.RunForever(); err != nil || l.Time() != 1003 {
			t.Fatal(err, l.Time())
		}
		l.Stop()
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("+Inf deadline is idle (deliberate)", func(t *testing.T) {
		ck := checker(t)
		l := New(nil)
		idles := 0
		l.OnIdle = func() error {
			idles++
			if idles == 2 {
				return ErrIdle
			}
			return nil
		}
		ck(l.CallAt(math.Inf(1), nil, nil))
		if err := l.RunForever(); err != ErrIdle || l.Time() != 1000 {
			t.Fatal(err, l.Time())
		}
	})
	t.Run("call_soon inside OnIdle runs in the same iteration", func(t *testing.T) {
		ck := checker(t)
		r := newRecorder()
		l := r.l
		l.OnIdle = func() error {
			r.add("idle")
			ck(l.CallSoon(r.cb("soon from idle"), nil))
			l.Stop()
			return nil
		}
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		if got, want := r.got(), "1@1000.0 idle; 1@1000.0 soon from idle"; got != want {
			t.Fatalf("got %s, want %s", got, want)
		}
	})
	t.Run("DeliverSignal inside OnIdle: handler in the next iteration", func(t *testing.T) {
		ck := checker(t)
		r := newRecorder()
		l := r.l
		l.OnIdle = func() error {
			r.add("idle")
			if l.Iteration() > 1 {
				return ErrIdle
			}
			if !l.DeliverSignal(sigint) {
				t.Error("no handler")
			}
			if l.DeliverSignal(15) {
				t.Error("SIGTERM has no handler")
			}
			return nil
		}
		ck(l.AddSignalHandler(sigint, r.cb("handler"), "tag"))
		if err := l.RunForever(); err != ErrIdle {
			t.Fatal(err)
		}
		// Iteration 1 runs the self-pipe reader, 2 the handler, 3 idles.
		if got, want := r.got(), "1@1000.0 idle; 2@1000.0 handler; 3@1000.0 idle"; got != want {
			t.Fatalf("got %s, want %s", got, want)
		}
	})
	t.Run("call_soon_threadsafe inside OnIdle wakes the pipe reader", func(t *testing.T) {
		ck := checker(t)
		l := New(nil)
		l.OnIdle = func() error {
			ck(l.CallSoonThreadsafe(nil, "plain"))
			if l.ReadyLen() != 1 {
				t.Errorf("ready %d", l.ReadyLen())
			}
			l.Stop()
			return nil
		}
		tr := &traceRecorder{}
		l.Tracer = tr
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		// The callback and the reader ran; only the callback is traced.
		if got := strings.Join(tr.events, "; "); got != "start; run plain; stop <nil>" {
			t.Fatalf("trace %q", got)
		}
		if l.ReadyLen() != 0 || len(l.selfPipe) != 0 {
			t.Fatal("pipe not drained")
		}
	})
}

func TestSignals(t *testing.T) {
	ck := checker(t)
	r := newRecorder()
	l := r.l
	if l.DeliverSignal(sigint) || l.RemoveSignalHandler(sigint) || l.SignalHandler(sigint) != nil {
		t.Fatal("no handler yet")
	}
	first := ck(l.AddSignalHandler(sigint, r.cb("first"), "t1"))
	second := ck(l.AddSignalHandler(sigint, r.cb("second"), "t2"))
	if first.IsTimer() || second.Tag != "t2" || l.SignalHandler(sigint) != second {
		t.Fatal("replacing handler")
	}
	// A pending signal prevents the jump to the timer: the reader runs in
	// iteration 1, the handler in 2, and only then does the clock jump.
	ck(l.CallLater(1, r.cb("timer"), nil))
	ck(l.CallLater(1, do(l.Stop), nil))
	if !l.DeliverSignal(sigint) {
		t.Fatal("DeliverSignal")
	}
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if got, want := r.got(), "2@1000.0 second; 3@1001.0 timer"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	// A cancelled handler swallows the signal and is removed.
	second.Cancel()
	if !l.DeliverSignal(sigint) {
		t.Fatal("a cancelled handler still takes the signal")
	}
	l.Stop()
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if l.SignalHandler(sigint) != nil || l.DeliverSignal(sigint) {
		t.Fatal("cancelled handler not removed")
	}
	// A handler removed after delivery but before the pipe is read: nothing.
	ck(l.AddSignalHandler(sigint, r.cb("removed"), nil))
	l.DeliverSignal(sigint)
	if !l.RemoveSignalHandler(sigint) {
		t.Fatal("RemoveSignalHandler")
	}
	l.Stop()
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.got(), "removed") {
		t.Fatal("removed handler ran")
	}
	// Signal 0 is the wake-up byte: never a handler.
	ck(l.AddSignalHandler(0, r.cb("zero"), nil))
	l.DeliverSignal(0)
	l.Stop()
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.got(), "zero") {
		t.Fatal("signal 0 ran a handler")
	}
}

// TestRebuildThresholds checks the two ways cancelled timers leave the heap,
// and the count that chooses between them.
func TestRebuildThresholds(t *testing.T) {
	ck := checker(t)
	tests := []struct{ n, cancel, wantAfter int }{
		{100, 99, 100}, // not more than 100 timers: only the head is looked at
		{101, 50, 101}, // not more than half cancelled
		{101, 51, 50},  // rebuilt
		{1000, 999, 1},
	}
	for _, tc := range tests {
		l := New(nil)
		hs := make([]*Handle, tc.n)
		for i := range hs {
			hs[i] = ck(l.CallLater(float64(10+i), nil, nil))
		}
		for _, h := range hs[1 : 1+tc.cancel] {
			h.Cancel()
			h.Cancel() // counted once
		}
		if l.timerCancelledCount != tc.cancel {
			t.Fatalf("count %d, want %d", l.timerCancelledCount, tc.cancel)
		}
		l.Stop()
		if err := l.RunForever(); err != nil {
			t.Fatal(err)
		}
		if l.ScheduledLen() != tc.wantAfter {
			t.Errorf("%d/%d: scheduled %d, want %d", tc.cancel, tc.n, l.ScheduledLen(), tc.wantAfter)
		}
		if tc.wantAfter < tc.n && l.timerCancelledCount != 0 {
			t.Errorf("count not reset by the rebuild")
		}
		// The survivors still fire in order.
		for i := 1; i < l.ScheduledLen(); i++ {
			if timerLess(l.scheduled[i], l.scheduled[(i-1)/2]) {
				t.Fatal("heap property broken")
			}
		}
	}
}

func TestHandle(t *testing.T) {
	ck := checker(t)
	c := NewClock()
	a, b := New(c), New(c)
	h0 := ck(a.CallAt(5, nil, "x"))
	h1 := ck(b.CallLater(1, nil, nil))
	s := ck(a.CallSoon(nil, nil))
	if !h0.IsTimer() || h0.When() != 5 || h0.Seq() != 0 || h1.Seq() != 1 || h1.When() != 1001 {
		t.Fatal("timer fields: seq is per session, across loops")
	}
	if s.IsTimer() || s.When() != 0 || s.Loop() != a || h1.Loop() != b || h0.Tag != "x" {
		t.Fatal("plain handle fields")
	}
	h0.Cancel()
	if !h0.Cancelled() || h0.cb != nil || h0.Tag != "x" {
		t.Fatal("Cancel drops the callback, keeps the tag")
	}
	var nilHandle *Handle
	nilHandle.Cancel()
	if nilHandle.Cancelled() || nilHandle.IsTimer() || nilHandle.When() != 0 || nilHandle.Seq() != 0 || nilHandle.Loop() != nil {
		t.Fatal("nil handle")
	}
}

// traceRecorder records the tracer's notifications.
type traceRecorder struct {
	NopTracer
	events []string
}

func (tr *traceRecorder) LoopStarted(*Loop) { tr.events = append(tr.events, "start") }
func (tr *traceRecorder) LoopStopped(_ *Loop, err error) {
	tr.events = append(tr.events, fmt.Sprintf("stop %v", err))
}
func (tr *traceRecorder) LoopClosed(*Loop) { tr.events = append(tr.events, "closed") }
func (tr *traceRecorder) ClockJumped(_ *Loop, from, to float64) {
	tr.events = append(tr.events, fmt.Sprintf("jump %s->%s", pyFloat(from), pyFloat(to)))
}
func (tr *traceRecorder) TimerDue(_ *Loop, h *Handle) {
	tr.events = append(tr.events, fmt.Sprintf("due %v", h.Tag))
}
func (tr *traceRecorder) HandleRun(_ *Loop, h *Handle) {
	tr.events = append(tr.events, fmt.Sprintf("run %v", h.Tag))
}

func TestTracer(t *testing.T) {
	ck := checker(t)
	l := New(nil)
	tr := &traceRecorder{}
	l.Tracer = tr
	ck(l.CallSoon(nil, "soon"))
	ck(l.CallSoon(nil, "cancelled")).Cancel()
	ck(l.CallLater(1.5, nil, "t1"))
	ck(l.CallLater(1.5, nil, "t1b"))
	ck(l.CallLater(2, nil, "t2")).Cancel()
	ck(l.CallLater(2.5, func() error { l.Stop(); return nil }, "t3"))
	ck(l.AddSignalHandler(sigint, nil, "sig"))
	l.DeliverSignal(sigint)
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	want := "start; run soon; run sig; jump 1000.0->1001.5; due t1; due t1b; run t1; run t1b; " +
		"jump 1001.5->1002.5; due t3; run t3; stop <nil>; closed"
	if got := strings.Join(tr.events, "; "); got != want {
		t.Fatalf("trace\ngot  %s\nwant %s", got, want)
	}
}

// TestAllocs: an iteration allocates nothing beyond the handles scheduled.
func TestAllocs(t *testing.T) {
	ck := checker(t)
	l := New(nil)
	l.OnIdle = func() error { return nil }
	noop := func() error { return nil }
	// Warm up the buffers.
	for i := 0; i < 100; i++ {
		ck(l.CallSoon(noop, nil))
		ck(l.CallLater(0, noop, nil))
	}
	if err := l.RunOnce(); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = l.RunOnce() }); n != 0 {
		t.Errorf("idle iteration: %v allocs", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		_, _ = l.CallSoon(noop, nil)
		_, _ = l.CallLater(1, noop, nil)
		_ = l.RunOnce()
		_ = l.RunOnce()
	}); n != 2 {
		t.Errorf("two handles through two iterations: %v allocs, want 2", n)
	}
}

// Unowned handles run in FIFO order with the others and are reused once
// run, so a steady stream of task steps allocates no new handles.
func TestCallSoonUnownedReuse(t *testing.T) {
	l := New(NewClock())
	var got []int
	step := 0
	var next Callback
	next = func() error {
		got = append(got, step)
		step++
		if step < 5 {
			return l.CallSoonUnowned(next, nil)
		}
		l.Stop()
		return nil
	}
	if err := l.CallSoonUnowned(next, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := l.CallSoon(func() error { got = append(got, -1); return nil }, nil); err != nil {
		t.Fatal(err)
	}
	if err := l.RunForever(); err != nil {
		t.Fatal(err)
	}
	if want := []int{0, -1, 1, 2, 3, 4}; !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	// Two handles alternate: the one running and the one it schedules.
	if len(l.spare) != 2 {
		t.Fatalf("%d spare handles, want 2", len(l.spare))
	}
	l.Close()
	if err := l.CallSoonUnowned(next, nil); err != ErrClosed {
		t.Fatalf("on a closed loop: %v", err)
	}
}
