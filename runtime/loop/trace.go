package loop

// Tracer is told what a loop does, for the playground's timeline. Every
// method is called synchronously, at the moment it describes, so a tracer can
// read l.Time() to timestamp it. A tracer must not panic; it may call back
// into the loop (CallSoon, Stop...) but should not need to. Set Loop.Tracer
// to nil (the default) to trace nothing at no cost; embed NopTracer to
// implement only some of the methods.
type Tracer interface {
	// LoopStarted: RunForever passed its checks and is about to iterate.
	LoopStarted(l *Loop)
	// LoopStopped: RunForever is returning err (nil after Stop).
	LoopStopped(l *Loop, err error)
	// LoopClosed: Close closed the loop (once; not for a repeated Close).
	LoopClosed(l *Loop)
	// ClockJumped: the loop had nothing to do before its next timer and
	// moved the clock from from to to, where CPython would have waited in
	// select(). Not called for time.sleep (Clock.Sleep), which the host
	// itself performs.
	ClockJumped(l *Loop, from, to float64)
	// TimerDue: timer h became due and was moved to the ready queue.
	TimerDue(l *Loop, h *Handle)
	// HandleRun: h is about to run. Cancelled handles, which are skipped,
	// and the loop's internal self-pipe reader are not reported.
	HandleRun(l *Loop, h *Handle)
}

// NopTracer implements Tracer by doing nothing; embed it in a tracer that
// needs only some of the notifications.
type NopTracer struct{}

// LoopStarted does nothing.
func (NopTracer) LoopStarted(*Loop) {}

// LoopStopped does nothing.
func (NopTracer) LoopStopped(*Loop, error) {}

// LoopClosed does nothing.
func (NopTracer) LoopClosed(*Loop) {}

// ClockJumped does nothing.
func (NopTracer) ClockJumped(*Loop, float64, float64) {}

// TimerDue does nothing.
func (NopTracer) TimerDue(*Loop, *Handle) {}

// HandleRun does nothing.
func (NopTracer) HandleRun(*Loop, *Handle) {}

var _ Tracer = NopTracer{}
