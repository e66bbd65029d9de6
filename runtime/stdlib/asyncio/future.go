package asyncio

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/py"
)

// Future states (futures._PENDING etc.).
const (
	pending = iota
	cancelled
	finished
)

// Future mirrors asyncio.Future (the C _asyncio.Future): a result that
// will be set later, with done callbacks always scheduled through the loop.
type Future struct {
	cls       *py.Type
	st        *state
	loop      *Loop
	result    py.Object
	exception *py.Exception
	callbacks []py.Object
	task      *Task // non-nil when this future is a Task
	// rare holds what few futures need; nil until one of them does
	// (tasks wait on many futures: keeping them small matters).
	rare  *futureRare
	state uint8
	// blocking mirrors _asyncio_future_blocking.
	blocking bool
	// logTraceback: an exception was set and nobody retrieved it.
	logTraceback bool
}

// futureRare is the part of a Future that only some futures use.
type futureRare struct {
	// cancelMsg and cancelledExc mirror _cancel_message and
	// _cancelled_exc: the message reaches the first awaiter only.
	cancelMsg    py.Object
	cancelledExc *py.Exception
	// dict holds the attributes of instances of Python subclasses.
	dict *py.Dict
	id   uint64
	// createdAt is where the future was made, when its loop was in
	// debug mode (see state.creationSite), and sourceTB the stack then.
	createdAt string
	sourceTB  []py.StackEntry
}

// rareData returns f.rare, allocating it on first use.
func (f *Future) rareData() *futureRare {
	if f.rare == nil {
		f.rare = &futureRare{}
	}
	return f.rare
}

// cancelMsg returns the message of the cancellation (_cancel_message),
// nil when there is none.
func (f *Future) cancelMsg() py.Object {
	if f.rare == nil {
		return nil
	}
	return f.rare.cancelMsg
}

// IDSlot implements py.IDHolder (a Task's is its Future's).
func (f *Future) IDSlot() *uint64 { return &f.rareData().id }

// Type returns the future's class.
func (f *Future) Type() *py.Type { return f.cls }

func (f *Future) stateName() string {
	switch f.state {
	case cancelled:
		return "CANCELLED"
	case finished:
		return "FINISHED"
	}
	return "PENDING"
}

func (s *state) newFuture(l *Loop) *Future {
	return &Future{cls: s.futureType, st: s, loop: l}
}

// noteCreated records, in debug mode, where f is being made.
func (f *Future) noteCreated(th *py.Thread) {
	if f.loop != nil && f.loop.debug {
		if at := f.st.creationSite(th); at != "" {
			r := f.rareData()
			r.createdAt = at
			r.sourceTB = f.st.creationStack(th)
		}
	}
}

// createdAt is where f was made in debug mode, or "".
func (f *Future) createdAt() string {
	if f.rare == nil {
		return ""
	}
	return f.rare.createdAt
}

// scheduleCallbacks mirrors Future.__schedule_callbacks.
func (f *Future) scheduleCallbacks(th *py.Thread) {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		cb := cb
		self := f.self()
		f.loop.callSoon(th, cb, []py.Object{self})
	}
}

// self returns the Python object for this future (the Task when it is one).
func (f *Future) self() py.Object {
	if f.task != nil {
		return f.task
	}
	return f
}

func (f *Future) makeCancelledError(th *py.Thread) *py.Exception {
	if r := f.rare; r != nil && r.cancelledExc != nil {
		e := r.cancelledExc
		r.cancelledExc = nil
		return e
	}
	var e *py.Exception
	if msg := f.cancelMsg(); msg == nil || msg == py.None {
		e = py.NewException(f.st.cancelledError)
	} else {
		e = py.NewException(f.st.cancelledError, msg)
	}
	return e
}

// Result mirrors Future.result().
func (f *Future) Result(th *py.Thread) (py.Object, error) {
	switch f.state {
	case cancelled:
		return nil, f.makeCancelledError(th)
	case pending:
		return nil, th.NewError(f.st.invalidStateError, "Result is not set.")
	}
	f.logTraceback = false
	if f.exception != nil {
		return nil, f.exception
	}
	return f.result, nil
}

func (f *Future) cancel(th *py.Thread, msg py.Object) bool {
	f.logTraceback = false
	if f.state != pending {
		return false
	}
	f.state = cancelled
	if msg != nil || f.rare != nil {
		f.rareData().cancelMsg = msg
	}
	f.scheduleCallbacks(th)
	return true
}

func (f *Future) setResult(th *py.Thread, v py.Object) error {
	if f.state != pending {
		return th.NewError(f.st.invalidStateError, "invalid state")
	}
	f.result = v
	f.state = finished
	f.scheduleCallbacks(th)
	return nil
}

func (f *Future) setException(th *py.Thread, exc py.Object) error {
	if f.state != pending {
		return th.NewError(f.st.invalidStateError, "invalid state")
	}
	var e *py.Exception
	switch x := exc.(type) {
	case *py.Exception:
		e = x
	case *py.Type:
		o, err := th.Call(x, nil, nil)
		if err != nil {
			return err
		}
		e, _ = o.(*py.Exception)
	}
	if e == nil {
		return th.NewError(py.TypeErrorType, "invalid exception object")
	}
	if e.IsA(py.StopIterationType) {
		return th.NewError(py.TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exception = e
	f.state = finished
	f.scheduleCallbacks(th)
	f.logTraceback = true
	f.st.noteUnretrieved(f)
	return nil
}

// Await implements py.Awaitable: `await fut` delegates to a futureIter.
func (f *Future) Await(th *py.Thread) (py.Object, error) { return &futureIter{f: f}, nil }

// futureIter is Future.__await__'s generator.
type futureIter struct {
	f       *Future
	yielded bool
}

func (it *futureIter) Type() *py.Type { return it.f.st.futureIterType }

// SendValue implements py.Sender.
func (it *futureIter) SendValue(th *py.Thread, v py.Object) (py.Object, bool, error) {
	f := it.f
	if !it.yielded && f.state == pending {
		f.blocking = true
		it.yielded = true
		return f.self(), false, nil
	}
	if f.state == pending {
		return nil, false, th.NewError(py.RuntimeErrorType, "await wasn't used with future")
	}
	r, err := f.Result(th)
	return r, err == nil, err
}

// ThrowValue implements py.Sender.
func (it *futureIter) ThrowValue(th *py.Thread, exc *py.Exception) (py.Object, bool, error) {
	return nil, false, exc
}

// futureRepr mirrors base_futures._future_repr_info.
func (f *Future) reprInfo(th *py.Thread) []string {
	info := []string{strings.ToLower(f.stateName())}
	if f.state == finished {
		if f.exception != nil {
			s, _ := py.ReprString(th, f.exception)
			info = append(info, "exception="+s)
		} else {
			info = append(info, "result="+reprlibRepr(th, f.result))
		}
	}
	if len(f.callbacks) > 0 {
		info = append(info, "cb=["+f.formatCallbacks(th)+"]")
	}
	if at := f.createdAt(); at != "" {
		info = append(info, "created at "+at)
	}
	return info
}

func (f *Future) formatCallbacks(th *py.Thread) string {
	n := len(f.callbacks)
	format := func(cb py.Object) string { return formatCallback(th, cb, nil) }
	switch {
	case n == 1:
		return format(f.callbacks[0])
	case n == 2:
		return format(f.callbacks[0]) + ", " + format(f.callbacks[1])
	}
	return sprintf("%s, <%d more>, %s", format(f.callbacks[0]), n-2, format(f.callbacks[n-1]))
}

func (f *Future) repr(th *py.Thread) string {
	return "<" + f.cls.Name + " " + strings.Join(f.reprInfo(th), " ") + ">"
}
