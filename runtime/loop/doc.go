// Package loop is the language-independent core of asyncio's event loop,
// running on a virtual clock. It mirrors Handle and TimerHandle from CPython's
// asyncio/events.py and the scheduling part of BaseEventLoop from
// asyncio/base_events.py (plus the signal plumbing of unix_events.py), and
// knows nothing of Python values: a callback is a Go function, and every
// handle carries an opaque Tag through which the Python layer maps it back to
// its own objects (for reprs, traces and exception contexts).
//
// # The model
//
// A session owns one Clock: the virtual monotonic clock m (a float64 that
// starts at 1000.0), a counter that numbers every timer scheduled on any loop
// of the session, and the session's "running loop" (CPython keeps that one per
// thread in events._get_running_loop; we have no threads and no mutable
// globals, so the Clock, which every loop of a session shares, carries it).
// time.monotonic(), loop.time() and time.sleep() all read or advance this one
// clock.
//
// A Loop holds, as CPython's does:
//
//   - ready: a FIFO of handles to run in the next iteration (CPython's _ready
//     deque), here a ring buffer with amortised O(1) push and pop;
//   - scheduled: a binary min-heap of timer handles (CPython's _scheduled heap
//     managed with heapq), ordered by (when, seq);
//   - the stopping flag, the closed flag and the running state;
//   - signal handlers and an emulated self-pipe (see Signals below).
//
// Callbacks run only inside an iteration (runOnce, mirroring
// BaseEventLoop._run_once), which has the same four steps as CPython's:
//
//  1. Drop cancelled timers at the head of the heap, or rebuild the whole heap
//     without them when more than 100 timers are scheduled and more than half
//     of them are cancelled.
//  2. "Select": CPython computes a timeout (0 if anything is ready or the loop
//     is stopping, else the delay to the first timer, else forever) and blocks
//     in selector.select(timeout). Here nothing blocks: if the self-pipe holds
//     data, select returns at once; with timeout 0 nothing happens; with a
//     positive timeout the clock jumps exactly to the first timer's deadline
//     (Clock.JumpTo); with no timeout at all the loop is idle and calls
//     Loop.OnIdle, the host's hook (which may deliver a signal, or end the run
//     by returning an error).
//  3. Move every timer whose deadline is before now + 1e-9 (the monotonic
//     clock's resolution, which is what CPython uses) to the ready queue.
//  4. Run exactly the handles that are in the ready queue at that moment
//     (ntodo), skipping cancelled ones. Handles they add run in the next
//     iteration. A callback that returns an error ends the iteration there:
//     the error propagates out of RunOnce/RunForever unchanged, and the
//     handles not yet run stay in the ready queue, as in CPython when
//     KeyboardInterrupt or SystemExit escapes Handle._run.
//
// RunForever repeats iterations until the stopping flag is set at the end of
// one (Stop takes effect after the current iteration; a Stop before
// RunForever makes it do exactly one iteration) and always resets the
// stopping flag and the running state on the way out.
//
// # Errors
//
// A Callback returns an error only for what must end the run (CPython's
// KeyboardInterrupt and SystemExit, which Handle._run re-raises): ordinary
// Python exceptions are the Python layer's business, caught inside the
// callback and passed to its exception handler as Handle._run does. The
// misuse errors (ErrClosed, ErrAlreadyRunning, ErrAnotherLoopRunning,
// ErrCloseRunning) are sentinel values whose Error() text is exactly the
// message of CPython's RuntimeError, so the Python layer can raise
// RuntimeError(err.Error()).
//
// # Signals
//
// CPython's add_signal_handler installs a no-op Python-level handler and
// asks the C-level handler to write the signal number into the loop's
// self-pipe. The byte is read by the pipe's reader, which is itself a handle:
// select() reports the pipe readable, the reader handle is appended to the
// ready queue, and when it runs it appends the registered signal handler's
// handle to the ready queue (_handle_signal, _add_callback_signalsafe). So
// the handler runs one iteration after the signal is read, behind whatever
// was already ready, and a pending byte makes select() return at once (no
// clock jump, no idle). DeliverSignal writes into an emulated pipe and this
// package replays exactly that sequence; a CPython recording of it is in
// testdata/signal_midrun.txtar.
//
// # Deliberate differences from CPython
//
// Each is tested (see loop_test.go and testdata/):
//
//   - Timers with equal deadlines fire in scheduling order (the session-wide
//     seq breaks ties); stock heapq leaves that order unspecified.
//   - CPython never waits more than MAXIMUM_SELECT_TIMEOUT (one day) in one
//     select(), so a deadline days away takes several iterations; no code runs
//     in between, so jumping straight to the deadline is indistinguishable,
//     and it keeps huge deadlines from taking forever.
//   - A timer whose deadline is +Inf would make CPython wait forever (one day
//     at a time); here the loop is idle (OnIdle) instead of spinning.
//   - A NaN deadline sorts before every other deadline (ties by seq), so it
//     fires in the next iteration, which is what CPython does when such a
//     timer reaches the head of its heap (NaN compares false with
//     everything); heapq's order with NaN is otherwise undefined.
//   - A timer is also due when its deadline is <= now. CPython tests only
//     when < now + 1e-9, and once m exceeds 2**24 seconds adding 1e-9 no
//     longer changes m, so a timer due exactly now never fires and the loop
//     spins (the reference runner hangs on asyncio.sleep(2e7)).
//   - Clock.Sleep and Clock.JumpTo ignore a duration or time that would make
//     the clock go back, become NaN or become infinite; the Python layer
//     raises time.sleep's errors before calling them.
//   - There is no I/O, no executor, no debug mode and no thread checks.
//   - RunOnce on a closed loop returns ErrClosed (CPython's _run_once would
//     fail on its closed selector).
//
// # Building asyncio on top
//
// The Python layer is expected to work like this:
//
//   - loop.call_soon/call_later/call_at: CallSoon/CallLater/CallAt with a Go
//     closure that runs the Python callback inside its context, catches
//     ordinary exceptions (reporting "Exception in callback ..." through the
//     loop's exception handler) and returns only KeyboardInterrupt/SystemExit
//     as an error. Map ErrClosed to RuntimeError("Event loop is closed").
//   - run_until_complete(fut): CheckClosed, then CheckRunning (CPython checks
//     before wrapping the coroutine in a Task); add a done callback that
//     calls Stop (unless the future failed with KeyboardInterrupt or
//     SystemExit: that error is already on its way out of RunForever); call
//     RunForever; remove the callback whatever happened; raise "Event loop
//     stopped before Future completed." if the future is not done, else
//     return its result.
//   - loop.call_soon_threadsafe: CallSoonThreadsafe.
//   - asyncio.run's SIGINT handling and the playground's --sigint-at-idle:
//     OnIdle asks the host what to do. To deliver SIGINT, call
//     DeliverSignal(2): true means a loop.add_signal_handler handler took it
//     (it will run in a following iteration); false means the Python-level
//     SIGINT handler acts at once, inside OnIdle (asyncio.run's handler
//     cancels the main task, whose wake-up is scheduled with CallSoon and
//     runs in this very iteration, then calls call_soon_threadsafe; Python's
//     default handler raises KeyboardInterrupt, which OnIdle returns as its
//     error). To end the run ("[idle forever]"), return an error from
//     OnIdle; it comes out of RunForever unchanged. testdata/signal_idle.txtar
//     shows the whole flow against CPython.
//   - Tracing: Loop.Tracer; the host timestamps with Loop.Time, and traces
//     time.sleep itself, since it calls Clock.Sleep.
package loop
