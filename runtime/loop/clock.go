package loop

import "math"

// Start is the virtual monotonic clock's value when a session begins, as the
// conformance contract fixes it (time.monotonic() == 1000.0 at start).
const Start = 1000.0

// WallOffset is what the contract adds to the monotonic clock to make
// time.time(): the run starts at 1700000000.0 (2023-11-14 22:13:20 UTC).
const WallOffset = 1_699_999_000.0

// Clock is a session's virtual monotonic clock, shared by every loop of the
// session and by the time module. It also holds the two other pieces of
// session state a loop needs:
//
//   - seq, the counter that numbers every timer scheduled in the session, so
//     that timers with equal deadlines fire in scheduling order (our contract;
//     on a real clock time advances between two call_at calls);
//   - the running loop, which CPython keeps per thread
//     (events._get_running_loop). A session is one thread of Python, and the
//     package may keep no mutable globals, so it lives here, where every loop
//     of the session can see it.
//
// The zero Clock reads 0; use NewClock.
type Clock struct {
	m       float64 // the virtual monotonic time, in seconds
	seq     uint64  // the next timer's scheduling number
	running *Loop   // the loop inside RunForever, or nil
}

// NewClock returns a clock reading Start (1000.0), with no loop running.
func NewClock() *Clock {
	return &Clock{m: Start}
}

// Now returns the virtual monotonic time m: what time.monotonic(),
// time.perf_counter() and loop.time() return.
func (c *Clock) Now() float64 {
	if c == nil {
		return 0
	}
	return c.m
}

// Wall returns time.time() under the contract: WallOffset + m.
func (c *Clock) Wall() float64 {
	return WallOffset + c.Now()
}

// Sleep advances the clock by s seconds as the blocking time.sleep(s) does in
// the reference runner: m = m + s, one float64 addition, rounded exactly as
// Python rounds it. The caller validates s (time.sleep raises ValueError for
// a negative or NaN length, OverflowError for an infinite one); Sleep itself
// ignores any s that is not finite and non-negative, so the clock stays
// monotonic and finite whatever it is given.
func (c *Clock) Sleep(s float64) {
	if c == nil || !(s >= 0) || math.IsInf(s, 1) {
		return
	}
	c.m = c.m + s
}

// JumpTo moves the clock forward to t: m = max(m, t), as the reference
// runner's selector does when the loop would wait for its next timer. A NaN
// or infinite t leaves the clock alone (Python's max(m, nan) is m too; +Inf
// would end time itself).
func (c *Clock) JumpTo(t float64) {
	if c == nil || !(t > c.m) || math.IsInf(t, 1) {
		return
	}
	c.m = t
}

// RunningLoop returns the loop of this session that is inside RunForever, or
// nil. It mirrors asyncio.events._get_running_loop, which get_running_loop,
// get_event_loop and asyncio.run consult.
func (c *Clock) RunningLoop() *Loop {
	if c == nil {
		return nil
	}
	return c.running
}

// nextSeq returns the next scheduling number. Every call_at of the session
// takes one, whichever loop it schedules on.
func (c *Clock) nextSeq() uint64 {
	s := c.seq
	c.seq++
	return s
}
