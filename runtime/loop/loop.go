package loop

import (
	"errors"
	"math"
	"sort"
)

// The misuse errors. Each Error() text is exactly the message of the
// RuntimeError CPython raises in the same situation, so the Python layer can
// raise RuntimeError(err.Error()).
var (
	// ErrClosed: scheduling on, or running, a closed loop
	// (BaseEventLoop._check_closed).
	ErrClosed = errors.New("Event loop is closed")
	// ErrAlreadyRunning: RunForever on a loop that is already running
	// (BaseEventLoop._check_running).
	ErrAlreadyRunning = errors.New("This event loop is already running")
	// ErrAnotherLoopRunning: RunForever while another loop of the session
	// is running (BaseEventLoop._check_running).
	ErrAnotherLoopRunning = errors.New("Cannot run the event loop while another loop is running")
	// ErrCloseRunning: Close on a running loop (BaseEventLoop.close).
	ErrCloseRunning = errors.New("Cannot close a running event loop")
)

// ErrIdle is what an iteration returns when the loop would wait forever and
// no OnIdle hook is set: with nothing able to wake it, CPython's select()
// would never return. It is not a Python error; the host decides what it
// means (the CLI's "[idle forever]", status 3).
var ErrIdle = errors.New("event loop would wait forever")

// CPython's tuning constants, kept under their names.
const (
	// clockResolution is time.get_clock_info('monotonic').resolution, which
	// BaseEventLoop uses as _clock_resolution: timers due within it of now
	// run in the same iteration.
	clockResolution = 1e-9
	// minScheduledTimerHandles is base_events._MIN_SCHEDULED_TIMER_HANDLES:
	// below this many timers the heap is never rebuilt.
	minScheduledTimerHandles = 100
	// minCancelledTimerHandlesFraction is
	// base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION: the heap is rebuilt
	// when more than this fraction of its timers are cancelled.
	minCancelledTimerHandlesFraction = 0.5
)

// Loop is one event loop: BaseEventLoop without I/O, on its session's
// virtual clock. See the package documentation for the model. The zero Loop
// is not usable; make one with New.
type Loop struct {
	// OnIdle is called when an iteration would wait forever: nothing is
	// ready, no timer is pending, the loop is not stopping and no signal is
	// waiting to be read. It stands for CPython blocking in select(None). A
	// non-nil error ends the iteration and propagates out of RunOnce and
	// RunForever unchanged. A nil error means select() returned: the
	// iteration goes on (a signal delivered with DeliverSignal, or handles
	// added with CallSoon, are then taken into account) and, if it still
	// has nothing to run, the next iteration calls OnIdle again. When OnIdle
	// is nil the iteration returns ErrIdle.
	OnIdle func() error
	// Tracer, when not nil, is told what the loop does.
	Tracer Tracer
	// Tag is the Python layer's own data for the loop (its Python object).
	Tag any

	clock               *Clock
	ready               deque     // BaseEventLoop._ready
	scheduled           timerHeap // BaseEventLoop._scheduled
	timerCancelledCount int       // BaseEventLoop._timer_cancelled_count
	stopping            bool      // BaseEventLoop._stopping
	running             bool      // BaseEventLoop._thread_id is not None
	closed              bool      // BaseEventLoop._closed
	iteration           uint64    // how many iterations have started
	spare               []*Handle // run unowned handles, for reuse

	signalHandlers map[int]*Handle // _UnixSelectorEventLoop._signal_handlers
	// selfPipe holds the bytes written to the loop's self-pipe and not yet
	// read: signal numbers, and 0 for the wake-up byte of
	// call_soon_threadsafe (BaseSelectorEventLoop._write_to_self).
	selfPipe []int
	// selfReader is the handle of the self-pipe's reader
	// (BaseSelectorEventLoop._read_from_self), which select() appends to
	// the ready queue when the pipe holds data.
	selfReader *Handle
}

// New returns an open, idle loop on clock, the session's clock (a nil clock
// gets a fresh one of its own).
func New(clock *Clock) *Loop {
	if clock == nil {
		clock = NewClock()
	}
	l := &Loop{clock: clock}
	l.selfReader = &Handle{loop: l, internal: true, cb: l.readFromSelf}
	return l
}

// Clock returns the loop's clock, shared with the other loops of its session.
func (l *Loop) Clock() *Clock { return l.clock }

// Time returns the loop's time, the session's virtual monotonic clock
// (BaseEventLoop.time).
func (l *Loop) Time() float64 { return l.clock.Now() }

// CheckClosed returns ErrClosed if the loop is closed, else nil
// (BaseEventLoop._check_closed).
func (l *Loop) CheckClosed() error {
	if l.closed {
		return ErrClosed
	}
	return nil
}

// CheckRunning returns ErrAlreadyRunning if this loop is running, else
// ErrAnotherLoopRunning if another loop of the session is, else nil
// (BaseEventLoop._check_running). run_until_complete calls it, after
// CheckClosed, before it wraps its argument in a Task.
func (l *Loop) CheckRunning() error {
	if l.running {
		return ErrAlreadyRunning
	}
	if l.clock.running != nil {
		return ErrAnotherLoopRunning
	}
	return nil
}

// CallSoon schedules cb to run in the next iteration, after the handles
// already ready (BaseEventLoop.call_soon). On a closed loop it returns
// ErrClosed and schedules nothing. A nil cb makes a handle that runs tag
// when it is a Runner, and otherwise does nothing.
func (l *Loop) CallSoon(cb Callback, tag any) (*Handle, error) {
	if l.closed {
		return nil, ErrClosed
	}
	h := &Handle{Tag: tag, cb: cb, loop: l}
	l.ready.pushBack(h)
	return h, nil
}

// CallSoonUnowned is CallSoon for a callback whose handle nobody keeps
// (the Python layer's own task steps): once it has run or been skipped,
// its Handle is reused by the next such call, which spares an
// allocation per task step.
func (l *Loop) CallSoonUnowned(cb Callback, tag any) error {
	if l.closed {
		return ErrClosed
	}
	var h *Handle
	if n := len(l.spare); n > 0 {
		h = l.spare[n-1]
		l.spare = l.spare[:n-1]
		h.Tag, h.cb, h.loop = tag, cb, l
	} else {
		h = &Handle{Tag: tag, cb: cb, loop: l}
	}
	h.unowned = true
	l.ready.pushBack(h)
	return nil
}

// maxSpareHandles bounds the handles kept for CallSoonUnowned.
const maxSpareHandles = 1024

// release keeps an unowned handle that has been taken off the ready
// queue for reuse.
func (l *Loop) release(h *Handle) {
	if h.unowned && len(l.spare) < maxSpareHandles {
		*h = Handle{}
		l.spare = append(l.spare, h)
	}
}

// CallSoonThreadsafe is CallSoon followed by a write of the wake-up byte to
// the self-pipe (BaseEventLoop.call_soon_threadsafe), so the pipe's reader
// runs at the next select. Nothing observable comes of it in Python, but it
// is what asyncio.run's SIGINT handler does, and it keeps the loop's
// iterations the same as CPython's.
func (l *Loop) CallSoonThreadsafe(cb Callback, tag any) (*Handle, error) {
	h, err := l.CallSoon(cb, tag)
	if err == nil {
		l.writeToSelf(0)
	}
	return h, err
}

// CallLater schedules cb to run delay seconds from now: CallAt(Time()+delay)
// with the sum computed as Python computes it (BaseEventLoop.call_later).
func (l *Loop) CallLater(delay float64, cb Callback, tag any) (*Handle, error) {
	return l.CallAt(l.Time()+delay, cb, tag)
}

// CallAt schedules cb to run at time when of the loop's clock
// (BaseEventLoop.call_at) and returns its timer handle. The timer takes the
// session's next scheduling number, so it runs after every timer scheduled
// before it for the same deadline. On a closed loop it returns ErrClosed.
func (l *Loop) CallAt(when float64, cb Callback, tag any) (*Handle, error) {
	if l.closed {
		return nil, ErrClosed
	}
	h := &Handle{Tag: tag, cb: cb, loop: l, when: when, seq: l.clock.nextSeq(), timer: true, scheduled: true}
	l.scheduled.push(h)
	return h, nil
}

// Stop asks the loop to stop after the current iteration
// (BaseEventLoop.stop). Every handle of that iteration still runs. Called
// while the loop is not running, it makes the next RunForever run exactly
// one iteration (with no waiting: a stopping loop never jumps the clock)
// and return.
func (l *Loop) Stop() { l.stopping = true }

// Stopping reports whether Stop was called and RunForever has not yet
// honoured it.
func (l *Loop) Stopping() bool { return l.stopping }

// IsRunning reports whether the loop is inside RunForever
// (BaseEventLoop.is_running).
func (l *Loop) IsRunning() bool { return l.running }

// IsClosed reports whether the loop was closed (BaseEventLoop.is_closed).
func (l *Loop) IsClosed() bool { return l.closed }

// ReadyLen returns the number of handles in the ready queue
// (len(loop._ready)), cancelled ones and the loop's internal self-pipe
// reader included.
func (l *Loop) ReadyLen() int { return l.ready.Len() }

// ScheduledLen returns the number of timers in the heap
// (len(loop._scheduled)), including cancelled ones not yet dropped.
func (l *Loop) ScheduledLen() int { return len(l.scheduled) }

// Iteration returns how many iterations the loop has started, counting the
// one in progress. CPython has no such counter; it is for tests, traces and
// step budgets.
func (l *Loop) Iteration() uint64 { return l.iteration }

// RunForever runs iterations until Stop is called (BaseEventLoop.run_forever)
// and returns nil, or returns the first error out of a callback or OnIdle.
// It fails with ErrClosed, ErrAlreadyRunning or ErrAnotherLoopRunning
// without doing anything. Whichever way it returns, the loop is no longer
// running, no longer stopping, and no longer the session's running loop.
func (l *Loop) RunForever() (err error) {
	if err := l.CheckClosed(); err != nil {
		return err
	}
	if err := l.CheckRunning(); err != nil {
		return err
	}
	l.running = true
	l.clock.running = l
	defer func() {
		// The finally clause of run_forever: also on error, and also if a
		// callback panics (the facade recovers from that).
		l.stopping = false
		l.running = false
		l.clock.running = nil
		if l.Tracer != nil {
			l.Tracer.LoopStopped(l, err)
		}
	}()
	if l.Tracer != nil {
		l.Tracer.LoopStarted(l)
	}
	for {
		if err := l.runOnce(); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// RunOnce runs one iteration of the loop (BaseEventLoop._run_once), for
// tests and hosts that drive the loop themselves. It does not make the loop
// running (IsRunning, RunningLoop) nor look at Stop, and it returns
// ErrClosed on a closed loop. It must not be called from inside one of the
// loop's own callbacks (nothing breaks, but the order then means nothing).
func (l *Loop) RunOnce() error {
	if l.closed {
		return ErrClosed
	}
	return l.runOnce()
}

// runOnce mirrors BaseEventLoop._run_once: one full iteration.
func (l *Loop) runOnce() error {
	l.iteration++

	// 1. Drop cancelled timers: all of them when they are many, else just
	// those at the head of the heap.
	if n := len(l.scheduled); n > minScheduledTimerHandles &&
		float64(l.timerCancelledCount)/float64(n) > minCancelledTimerHandlesFraction {
		l.dropCancelledTimers()
	} else {
		for len(l.scheduled) > 0 && l.scheduled[0].cancelled {
			l.timerCancelledCount--
			l.scheduled.pop().scheduled = false
		}
	}

	// 2. Select, on the virtual clock, then process its events: the only
	// file is the self-pipe.
	if err := l.selectVirtual(); err != nil {
		return err
	}
	if len(l.selfPipe) > 0 {
		l.addCallback(l.selfReader)
	}

	// 3. Move the timers that are due to the ready queue. Cancelled ones
	// move too (and are skipped below), as in CPython; the count of
	// cancelled timers is left as it is, as in CPython, until the next
	// rebuild resets it.
	now := l.clock.Now()
	endTime := now + clockResolution
	for len(l.scheduled) > 0 {
		h := l.scheduled[0]
		// CPython: `if handle._when >= end_time: break`. We also treat a
		// deadline <= now as due: once m >= 2**24, now+1e-9 == now and a
		// timer due exactly now would never move (a deliberate
		// difference). A NaN deadline compares false and is due, as in
		// CPython.
		if h.when >= endTime && h.when > now {
			break
		}
		l.scheduled.pop()
		h.scheduled = false
		l.ready.pushBack(h)
		if l.Tracer != nil && !h.cancelled {
			l.Tracer.TimerDue(l, h)
		}
	}

	// 4. Run exactly the handles ready now; what they schedule runs in the
	// next iteration. A fatal error leaves the rest in the queue.
	ntodo := l.ready.Len()
	for i := 0; i < ntodo; i++ {
		h := l.ready.popFront()
		if h == nil {
			// The queue was emptied under us (Close inside a callback of
			// a RunOnce): where Python's popleft would raise IndexError,
			// there is simply nothing left to run.
			break
		}
		if h.cancelled {
			l.release(h)
			continue
		}
		if l.Tracer != nil && !h.internal {
			l.Tracer.HandleRun(l, h)
		}
		if err := h.run(); err != nil {
			return err
		}
		l.release(h)
	}
	return nil
}

// selectVirtual stands for `self._selector.select(timeout)` in _run_once,
// as the reference runner's VirtualSelector implements it: it returns at
// once if the self-pipe holds data; else does nothing if the timeout is 0
// (something is ready or the loop is stopping); else jumps the clock to the
// first timer's deadline; else (no timeout) the loop is idle.
func (l *Loop) selectVirtual() error {
	switch {
	case len(l.selfPipe) > 0:
		// The self-pipe is readable: select() returns without waiting.
		return nil
	case l.ready.Len() > 0 || l.stopping:
		// timeout = 0
		return nil
	case len(l.scheduled) > 0 && !math.IsInf(l.scheduled[0].when, 1):
		// timeout = max(0, when - now). CPython caps it at
		// MAXIMUM_SELECT_TIMEOUT (a day) and would come back for more in
		// the next iteration; we jump the whole way at once, since no code
		// runs in between (a deliberate difference). A +Inf deadline falls
		// through to idle: CPython would wait forever, a day at a time.
		from := l.clock.Now()
		if when := l.scheduled[0].when; when > from {
			l.clock.JumpTo(when)
			if l.Tracer != nil {
				l.Tracer.ClockJumped(l, from, l.clock.Now())
			}
		}
		return nil
	default:
		// timeout = None: select() would block until a signal arrives.
		if l.OnIdle == nil {
			return ErrIdle
		}
		return l.OnIdle()
	}
}

// dropCancelledTimers removes every cancelled timer from the heap and
// rebuilds it: the branch of _run_once taken when more than
// minScheduledTimerHandles timers are scheduled and more than
// minCancelledTimerHandlesFraction of them are cancelled.
func (l *Loop) dropCancelledTimers() {
	kept := l.scheduled[:0]
	for _, h := range l.scheduled {
		if h.cancelled {
			h.scheduled = false
		} else {
			kept = append(kept, h)
		}
	}
	clear(l.scheduled[len(kept):]) // let the dropped handles be collected
	kept.heapify()
	l.scheduled = kept
	l.timerCancelledCount = 0
}

// addCallback appends h to the ready queue unless it was cancelled
// (BaseEventLoop._add_callback).
func (l *Loop) addCallback(h *Handle) {
	if !h.cancelled {
		l.ready.pushBack(h)
	}
}

// Close closes the loop (BaseEventLoop.close and
// _UnixSelectorEventLoop.close): it drops every ready handle, every timer
// and every signal handler, without running or cancelling them. Closing a
// closed loop does nothing; closing a running loop fails with
// ErrCloseRunning.
func (l *Loop) Close() error {
	if l.running {
		return ErrCloseRunning
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.ready.clear()
	for _, h := range l.scheduled {
		h.scheduled = false
	}
	l.scheduled = nil
	l.timerCancelledCount = 0
	clear(l.signalHandlers)
	l.selfPipe = nil // _close_self_pipe
	if l.Tracer != nil {
		l.Tracer.LoopClosed(l)
	}
	return nil
}

// Handles calls visit for every handle the loop holds: the ready queue,
// the timers and the signal handlers, in that order (signal numbers
// ascending). The Python layer uses it to find what the loop keeps alive.
func (l *Loop) Handles(visit func(*Handle)) {
	for i := 0; i < l.ready.n; i++ {
		visit(l.ready.buf[(l.ready.head+i)&(len(l.ready.buf)-1)])
	}
	for _, h := range l.scheduled {
		visit(h)
	}
	sigs := make([]int, 0, len(l.signalHandlers))
	for s := range l.signalHandlers {
		sigs = append(sigs, s)
	}
	sort.Ints(sigs)
	for _, s := range sigs {
		visit(l.signalHandlers[s])
	}
}
