// Package scenario is the one facade that both the native CLI (cmd/aioplay)
// and the WebAssembly bridge (wasm/) use to run a Python asyncio scenario.
//
// A Session runs one script on one goroutine, on a virtual clock, and reports
// everything that happens as a stream of Events: output lines (with their
// virtual time and stream), trace records for the timeline, and the final
// status. Nothing here touches the host clock, randomness or the file system,
// so the same source always yields the same events, natively and in WASM.
//
// A run can pause when the event loop would wait forever ("idle"): the host
// then decides whether to deliver SIGINT (Signal) or to give up (the CLI
// exits with status 3, the page offers a Ctrl+C button).
package scenario

// Stream names where an output line was written.
type Stream string

// The two output streams a script writes to.
const (
	Stdout Stream = "stdout"
	Stderr Stream = "stderr"
)

// Event is one thing the host is told about, in the order it happened.
type Event struct {
	// Kind is "output" for text written by the script or the runtime, or
	// "trace" for a timeline record.
	Kind string `json:"kind"`
	// Time is the virtual monotonic clock (loop.time()) when it happened.
	Time float64 `json:"t"`
	// Stream and Text are set for output events. Text may hold several
	// lines or a partial line: it is exactly what was written.
	Stream Stream `json:"stream,omitempty"`
	Text   string `json:"text,omitempty"`
	// Task names the asyncio task that was running when output was
	// written ("" outside tasks).
	Task string `json:"task,omitempty"`
	// Trace is set for trace events.
	Trace *TraceRecord `json:"trace,omitempty"`
}

// TraceRecord is one timeline record: a task was created, stepped, suspended,
// woken or finished, a timer fired, a signal arrived, the loop started or
// stopped, or the clock was blocked by time.sleep.
type TraceRecord struct {
	What   string  `json:"what"`             // e.g. "task-created", "step", "suspend", "wake", "done", "timer", "signal", "loop-start", "loop-stop", "loop-close", "block"
	Task   string  `json:"task,omitempty"`   // the task's name, e.g. "Task-1"
	Coro   string  `json:"coro,omitempty"`   // the coroutine's qualified name
	Line   int     `json:"line,omitempty"`   // the line of main.py concerned, when known
	Detail string  `json:"detail,omitempty"` // what was awaited, the result or exception text...
	Until  float64 `json:"until,omitempty"`  // for "block": when the blocking ended
}

// Options configure a Session.
type Options struct {
	// Source is the script, run as __main__ under the file name main.py.
	Source string
	// Python selects the language profile: "3.11" (the default) or "3.6".
	Python string
	// StepBudget bounds the steps of the run (frames entered or resumed,
	// loop iterations); 0 means the default.
	// A script that runs out stops with an error and keeps its output.
	StepBudget int64
	// MemoryBudget bounds the bytes a single allocation may request and the
	// total held by large containers; 0 means the default.
	MemoryBudget int64
	// MaxOutput bounds the bytes of output kept; past it output is cut with
	// a notice. 0 means the default.
	MaxOutput int
	// Trace asks for trace events as well as output events.
	Trace bool
	// OnEvent receives every event as it happens. It must not be nil.
	OnEvent func(Event)
	// TuneGC lets the run set the Go garbage collector's target (which is
	// process-wide): a high one while the heap is small, where collecting
	// often buys nothing, the previous one once it grows. For hosts that
	// run one scenario at a time (the CLI, the page's worker).
	TuneGC bool
	// Interrupted is polled now and then by the VM; when it returns true
	// the run stops as if the step budget ran out. It may be nil.
	Interrupted func() bool
	// OnIdle is called, synchronously and on the scenario's goroutine, each
	// time the event loop would wait forever. It may block (the WASM bridge
	// waits there for the user's Ctrl+C). Nil means GiveUp.
	OnIdle func() IdleAction
	// DebugPanics lets a Go panic escape (with its stack) instead of
	// being reported as an internal error; for debugging the runtime.
	DebugPanics bool
}

// IdleAction is what the host wants done when the event loop would wait
// forever (nothing ready, no timer pending).
type IdleAction int

const (
	// GiveUp ends the run: "[idle forever]" is written to stderr and the
	// exit status is 3.
	GiveUp IdleAction = iota
	// DeliverSIGINT delivers SIGINT as if the user pressed Ctrl+C; whatever
	// handles SIGINT at that moment runs, and the loop goes on.
	DeliverSIGINT
)
