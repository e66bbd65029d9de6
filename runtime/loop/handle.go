package loop

// Callback is a handle's callback. It returns nil when it ran to completion,
// including when the Python code it ran raised an ordinary exception (the
// Python layer reports those itself, as Handle._run passes them to
// call_exception_handler). A non-nil error is fatal to the run: it ends the
// current iteration and propagates out of RunOnce and RunForever unchanged.
// That is how KeyboardInterrupt and SystemExit escape a loop in CPython.
type Callback func() error

// Runner is a tag that is also its handle's callback: scheduling a nil
// Callback with a Runner tag runs the tag's Run, which spares a closure per
// handle when the tag already holds all the callback needs (the Python
// layer's handle objects and task steps: a program with 100 000 sleeping
// tasks holds that many handles).
type Runner interface {
	Run() error
}

// Handle is a scheduled callback: what call_soon, call_later, call_at and
// add_signal_handler return. One struct serves for both of CPython's classes:
// Handle (events.Handle) and TimerHandle (events.TimerHandle); IsTimer tells
// them apart, and only a timer has a meaningful When.
//
// A timer also carries its scheduling number seq, taken from the session's
// Clock when it was scheduled: the heap orders timers by (when, seq), so
// equal deadlines fire in scheduling order (a deliberate difference: stock
// CPython orders TimerHandles by when alone and leaves ties to heapq).
type Handle struct {
	// Tag is the Python layer's own data for this handle, for example the
	// Python Handle object or what its repr needs. The loop never looks at
	// it, and keeps it after Cancel.
	Tag any

	cb        Callback
	loop      *Loop
	when      float64 // the deadline, for timers (TimerHandle._when)
	seq       uint64  // the scheduling number, for timers
	timer     bool    // a TimerHandle rather than a plain Handle
	cancelled bool    // Handle._cancelled
	scheduled bool    // TimerHandle._scheduled: in the loop's heap
	internal  bool    // the loop's own self-pipe reader, never traced
	unowned   bool    // made by CallSoonUnowned: reused once run
}

// Cancel cancels the callback: if it has not run yet, it never will. It
// mirrors Handle.cancel and TimerHandle.cancel: cancelling twice does nothing,
// a cancelled timer still in the heap is counted so the loop knows when to
// rebuild its heap, and the callback is dropped at once so whatever it holds
// can be collected. Cancel on a nil handle does nothing.
func (h *Handle) Cancel() {
	if h == nil || h.cancelled {
		return
	}
	if h.timer && h.scheduled && h.loop != nil {
		// BaseEventLoop._timer_handle_cancelled
		h.loop.timerCancelledCount++
	}
	h.cancelled = true
	h.cb = nil
}

// Cancelled reports whether Cancel was called (Handle.cancelled).
func (h *Handle) Cancelled() bool {
	return h != nil && h.cancelled
}

// IsTimer reports whether the handle is a TimerHandle (made by CallAt or
// CallLater) rather than a plain Handle (CallSoon, AddSignalHandler).
func (h *Handle) IsTimer() bool {
	return h != nil && h.timer
}

// When returns a timer's deadline on the loop's clock (TimerHandle.when). It
// is 0 for a plain Handle, which has no deadline.
func (h *Handle) When() float64 {
	if h == nil {
		return 0
	}
	return h.when
}

// Seq returns a timer's scheduling number: timers of a session are numbered
// 0, 1, 2... in the order they were scheduled, whatever their loop. It is 0
// for a plain Handle.
func (h *Handle) Seq() uint64 {
	if h == nil {
		return 0
	}
	return h.seq
}

// Loop returns the loop the handle was scheduled on.
func (h *Handle) Loop() *Loop {
	if h == nil {
		return nil
	}
	return h.loop
}

// run calls the callback (Handle._run, minus the exception handling that
// belongs to the Python layer): cb, or else the tag when it is a Runner. A
// handle with neither does nothing, and a cancelled one never runs.
func (h *Handle) run() error {
	if h.cb != nil {
		return h.cb()
	}
	if r, ok := h.Tag.(Runner); ok && !h.cancelled {
		return r.Run()
	}
	return nil
}
