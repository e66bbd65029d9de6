package loop

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// FuzzLoop runs a program, decoded from the fuzzer's bytes, on the real loop
// and on model, a naive re-implementation of the same semantics (plain
// slices, a linear search for the earliest timer), and requires the same
// transcript: which callback ran, in which iteration, at what time, and how
// many handles were left ready. It checks the ring buffer, the heap, the
// lazy removal and rebuilding of cancelled timers and the self-pipe against
// the obvious implementation, and that no input panics.
func FuzzLoop(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add([]byte{7, 2, 1, 40, 0, 9, 6, 2, 1, 0, 3, 1, 4, 0, 0, 0, 0})
	f.Add([]byte("call_soon call_later cancel stop sleep signal handler"))
	f.Add([]byte{1, 3, 1, 3, 1, 3, 1, 11, 0, 3, 0, 2, 5, 6, 0x11, 0xF3, 4, 1, 2})
	f.Fuzz(func(t *testing.T, prog []byte) {
		real := newRealTarget()
		want := runProgram(newModel(), prog)
		got := runProgram(real, prog)
		if got != want {
			t.Fatalf("transcripts differ\n--- loop\n%s--- model\n%s", got, want)
		}
		l := real.l
		if l.IsRunning() || l.Stopping() || l.Clock().RunningLoop() != nil {
			t.Fatal("state left behind")
		}
		if err := l.Close(); err != nil || l.ReadyLen() != 0 || l.ScheduledLen() != 0 {
			t.Fatal("Close")
		}
	})
}

// target is what runProgram drives: the real loop or the model.
type target interface {
	callSoon(id int, cb Callback, threadsafe bool) error
	callAt(id int, when float64, cb Callback) error
	callLater(id int, delay float64, cb Callback) error
	cancel(id int)
	stop()
	sleep(s float64)
	now() float64
	iteration() uint64
	addHandler(id, sig int, cb Callback) error
	removeHandler(sig int) bool
	deliver(sig int) bool
	runForever() error
	setIdle(func() error)
	readyLen() int
}

var (
	errFatal = errors.New("fatal")
	errEnd   = errors.New("end")
)

// The values the programs draw delays, deadlines and sleeps from.
var (
	fuzzDelays = []float64{0, 1e-10, 5e-10, 1e-9, 2e-9, 0.1, 0.5, 1, 2.5, -1, math.NaN(), 1e5, 1e9, math.Inf(1), 3}
	fuzzWhens  = []float64{1000, 1000.5, 1001, 1001 + 1e-9, 999, math.Inf(-1), 1e8}
	fuzzSleeps = []float64{0, 0.1, 1, 2.5, -1, math.NaN(), math.Inf(1), 1e-10}
	fuzzSigs   = []int{2, 15, 0}
)

// runProgram interprets prog on tg and returns the transcript.
func runProgram(tg target, prog []byte) string {
	var out strings.Builder
	logf := func(format string, args ...any) {
		fmt.Fprintf(&out, "it=%d m=%v ", tg.iteration(), tg.now())
		fmt.Fprintf(&out, format, args...)
		out.WriteByte('\n')
	}
	pos := 0
	next := func() (int, bool) {
		if pos >= len(prog) {
			return 0, false
		}
		pos++
		return int(prog[pos-1]), true
	}
	arg := func() int { b, _ := next(); return b }
	ids := 0
	var ops func(n int)
	newCB := func() (int, Callback) {
		id := ids
		ids++
		return id, func() error {
			logf("run %d", id)
			b, _ := next()
			ops(b % 4)
			if b >= 0xF0 {
				logf("fatal")
				return errFatal
			}
			return nil
		}
	}
	ops = func(n int) {
		for i := 0; i < n; i++ {
			b, ok := next()
			if !ok {
				return
			}
			switch b % 12 {
			case 0, 1:
				id, cb := newCB()
				if err := tg.callSoon(id, cb, b%12 == 1); err != nil {
					logf("call_soon: %v", err)
				}
			case 2, 3:
				d := fuzzDelays[arg()%len(fuzzDelays)]
				id, cb := newCB()
				if err := tg.callLater(id, d, cb); err != nil {
					logf("call_later: %v", err)
				}
			case 4:
				w := fuzzWhens[arg()%len(fuzzWhens)]
				id, cb := newCB()
				if err := tg.callAt(id, w, cb); err != nil {
					logf("call_at: %v", err)
				}
			case 5, 6:
				if ids > 0 {
					tg.cancel(arg() % ids)
				}
			case 7:
				tg.stop()
			case 8:
				tg.sleep(fuzzSleeps[arg()%len(fuzzSleeps)])
			case 9:
				sig := fuzzSigs[arg()%len(fuzzSigs)]
				logf("deliver %d: %v", sig, tg.deliver(sig))
			case 10:
				sig := fuzzSigs[arg()%len(fuzzSigs)]
				id, cb := newCB()
				if err := tg.addHandler(id, sig, cb); err != nil {
					logf("add_signal_handler: %v", err)
				}
			case 11:
				sig := fuzzSigs[arg()%len(fuzzSigs)]
				logf("remove %d: %v", sig, tg.removeHandler(sig))
			}
		}
	}
	tg.setIdle(func() error {
		b, ok := next()
		logf("idle")
		if !ok || b%3 == 2 {
			return errEnd
		}
		if b%3 == 0 {
			logf("deliver 2: %v", tg.deliver(2))
			return nil
		}
		ops(2)
		return nil
	})
	ops(8)
	for run := 0; run < 20; run++ {
		err := tg.runForever()
		logf("exit %v, %d ready", err, tg.readyLen())
		if err == errEnd {
			break
		}
	}
	return out.String()
}

// realTarget drives a Loop.
type realTarget struct {
	l       *Loop
	handles map[int]*Handle
}

func newRealTarget() *realTarget {
	return &realTarget{l: New(NewClock()), handles: map[int]*Handle{}}
}

func (r *realTarget) keep(id int, h *Handle, err error) error {
	if err == nil {
		r.handles[id] = h
	}
	return err
}

func (r *realTarget) callSoon(id int, cb Callback, ts bool) error {
	if ts {
		h, err := r.l.CallSoonThreadsafe(cb, id)
		return r.keep(id, h, err)
	}
	h, err := r.l.CallSoon(cb, id)
	return r.keep(id, h, err)
}

func (r *realTarget) callAt(id int, when float64, cb Callback) error {
	h, err := r.l.CallAt(when, cb, id)
	return r.keep(id, h, err)
}

func (r *realTarget) callLater(id int, d float64, cb Callback) error {
	h, err := r.l.CallLater(d, cb, id)
	return r.keep(id, h, err)
}

func (r *realTarget) cancel(id int)     { r.handles[id].Cancel() }
func (r *realTarget) stop()             { r.l.Stop() }
func (r *realTarget) sleep(s float64)   { r.l.Clock().Sleep(s) }
func (r *realTarget) now() float64      { return r.l.Time() }
func (r *realTarget) iteration() uint64 { return r.l.Iteration() }
func (r *realTarget) addHandler(id, sig int, cb Callback) error {
	h, err := r.l.AddSignalHandler(sig, cb, id)
	return r.keep(id, h, err)
}
func (r *realTarget) removeHandler(sig int) bool { return r.l.RemoveSignalHandler(sig) }
func (r *realTarget) deliver(sig int) bool       { return r.l.DeliverSignal(sig) }
func (r *realTarget) runForever() error          { return r.l.RunForever() }
func (r *realTarget) setIdle(f func() error)     { r.l.OnIdle = f }
func (r *realTarget) readyLen() int              { return r.l.ReadyLen() }

// model is the naive loop.
type model struct {
	m         float64
	seq       uint64
	it        uint64
	ready     []*mHandle
	timers    []*mHandle // unordered
	cancelled int        // _timer_cancelled_count
	stopping  bool
	running   bool
	handlers  map[int]*mHandle
	pipe      []int
	handles   map[int]*mHandle
	onIdle    func() error
	readerRef *mHandle
}

type mHandle struct {
	cb        Callback
	when      float64
	seq       uint64
	timer     bool
	scheduled bool
	cancelled bool
}

func newModel() *model {
	md := &model{m: 1000, handlers: map[int]*mHandle{}, handles: map[int]*mHandle{}}
	md.readerRef = &mHandle{cb: func() error {
		pipe := md.pipe
		md.pipe = nil
		for _, sig := range pipe {
			h := md.handlers[sig]
			switch {
			case sig == 0 || h == nil:
			case h.cancelled:
				delete(md.handlers, sig)
			default:
				md.ready = append(md.ready, h)
			}
		}
		return nil
	}}
	return md
}

func (md *model) callSoon(id int, cb Callback, ts bool) error {
	h := &mHandle{cb: cb}
	md.handles[id] = h
	md.ready = append(md.ready, h)
	if ts {
		md.pipe = append(md.pipe, 0)
	}
	return nil
}

func (md *model) callAt(id int, when float64, cb Callback) error {
	h := &mHandle{cb: cb, when: when, seq: md.seq, timer: true, scheduled: true}
	md.seq++
	md.handles[id] = h
	md.timers = append(md.timers, h)
	return nil
}

func (md *model) callLater(id int, d float64, cb Callback) error {
	return md.callAt(id, md.m+d, cb)
}

func (md *model) cancel(id int) {
	h := md.handles[id]
	if h == nil || h.cancelled {
		return
	}
	if h.timer && h.scheduled {
		md.cancelled++
	}
	h.cancelled = true
}

// take removes timer i from the timers.
func (md *model) take(i int) *mHandle {
	h := md.timers[i]
	md.timers = append(md.timers[:i], md.timers[i+1:]...)
	h.scheduled = false
	return h
}

func (md *model) stop() { md.stopping = true }

func (md *model) sleep(s float64) {
	if s >= 0 && !math.IsInf(s, 1) {
		md.m += s
	}
}

func (md *model) now() float64      { return md.m }
func (md *model) iteration() uint64 { return md.it }

func (md *model) addHandler(id, sig int, cb Callback) error {
	h := &mHandle{cb: cb}
	md.handles[id] = h
	md.handlers[sig] = h
	return nil
}

func (md *model) removeHandler(sig int) bool {
	_, ok := md.handlers[sig]
	delete(md.handlers, sig)
	return ok
}

func (md *model) deliver(sig int) bool {
	if _, ok := md.handlers[sig]; !ok {
		return false
	}
	md.pipe = append(md.pipe, sig)
	return true
}

func (md *model) setIdle(f func() error) { md.onIdle = f }
func (md *model) readyLen() int          { return len(md.ready) }

func (md *model) runForever() error {
	if md.running {
		return ErrAlreadyRunning
	}
	md.running = true
	defer func() { md.running, md.stopping = false, false }()
	for {
		if err := md.runOnce(); err != nil {
			return err
		}
		if md.stopping {
			return nil
		}
	}
}

// earliest returns the index of the first timer by (NaN first, when, seq).
func (md *model) earliest() int {
	best := -1
	for i, h := range md.timers {
		if best < 0 || keyLess(&Handle{when: h.when, seq: h.seq}, &Handle{when: md.timers[best].when, seq: md.timers[best].seq}) {
			best = i
		}
	}
	return best
}

func (md *model) runOnce() error {
	md.it++
	if n := len(md.timers); n > 100 && float64(md.cancelled)/float64(n) > 0.5 {
		for i := len(md.timers) - 1; i >= 0; i-- {
			if md.timers[i].cancelled {
				md.take(i)
			}
		}
		md.cancelled = 0
	} else {
		for e := md.earliest(); e >= 0 && md.timers[e].cancelled; e = md.earliest() {
			md.take(e)
			md.cancelled--
		}
	}
	switch e := md.earliest(); {
	case len(md.pipe) > 0, len(md.ready) > 0, md.stopping:
	case e >= 0 && !math.IsInf(md.timers[e].when, 1):
		if w := md.timers[e].when; w > md.m {
			md.m = w
		}
	default:
		if err := md.onIdle(); err != nil {
			return err
		}
	}
	if len(md.pipe) > 0 {
		md.ready = append(md.ready, md.readerRef)
	}
	now := md.m
	for {
		e := md.earliest()
		if e < 0 {
			break
		}
		h := md.timers[e]
		if !(h.when < now+1e-9 || h.when <= now || math.IsNaN(h.when)) {
			break
		}
		md.ready = append(md.ready, md.take(e))
	}
	ntodo := len(md.ready)
	for i := 0; i < ntodo; i++ {
		h := md.ready[0]
		md.ready = md.ready[1:]
		if h.cancelled {
			continue
		}
		if h.cb != nil {
			if err := h.cb(); err != nil {
				return err
			}
		}
	}
	return nil
}
