// Package timeline turns a run's trace (the events `aioplay run --trace`
// writes, or the messages the page receives from wasm/relay) into a picture:
// one row per asyncio task over virtual time. It draws that picture as a
// standalone SVG (`aioplay timeline out.json > t.svg`); the page draws the
// same picture with site/src/timeline-model.js, which implements the rules
// below line for line (a test in this package runs both on the same traces
// and compares the results).
//
// # Events
//
// The input is a list of events in the order they happened. Output events
// are first cut as the page receives them (Normalize, which mirrors
// wasm/relay with tracing on): one message per line, pieces of one line
// merged while they share a stream and a virtual time and no trace record
// comes between them. After that, every event (output or trace) has an
// index i, and the index is the picture's second clock.
//
// # Rows
//
// Rows come in this order, and only in this order:
//
//	main        the top-level code of main.py: a bar while it runs (the loop
//	            is not running), a thin line while the event loop runs;
//	            loop-start/stop/close and signal marks; output written
//	            outside any task and callback.
//	callbacks   present when the run has timer or callback records: one
//	            mark per call_soon/call_later callback or timer handle,
//	            and the output written while it ran.
//	Task-N...   one row per task, in the order tasks were created.
//
// Output is attributed to what was running when it was written: the task
// of the last "step" until that task's "suspend" or "done"; the callbacks
// row after a "timer" or "callback" record; main otherwise (and again after
// "loop-stop"). With tracing on this is exactly the output event's Task.
//
// # A task's row
//
// A task's life is a sequence of spans, each from the event that starts it
// to the event that ends it:
//
//	sched   created, not yet run (task-created → first step)
//	run     a step (step → suspend or done)
//	wait    suspended on something (suspend → wake, or → the next step
//	        when nothing woke it: sleep(0) and bare yields); its Wait kind
//	        (WaitKind) picks the colour, the Detail is the label
//	ready   woken, waiting for its turn (wake → step)
//
// and ends with "done" (result, exception or cancelled) or, if the run
// ended first, with its last span left open up to the end of the plot.
//
// # The time scale
//
// Virtual time alone cannot draw a run where everything happens at t=0, and
// event order alone hides a ten-second time.sleep. So each event gets both:
//
//	x(i) = S·(t_i − t_0) + E·i + E/2      (the centre of event i's slot)
//
// where t_0 is the first event's time, N the number of events, T the
// run's virtual length (the last event's time, or the end of a blocking
// time.sleep if later, minus t_0) and W the plot's width:
//
//	E = min(16, W/(2N)) when T > 0, else min(16, W/N)     pixels per event
//	S = (W − E·N)/T when T > 0, else 0                     pixels per second
//
// Events at the same virtual time sit E apart, in order; a virtual second
// adds S. The plot ends at x_end = S·T + E·N (= W when T > 0). A span
// from event a to event b covers x(a) to x(b); a span still open at the
// end reaches x_end. A blocking time.sleep (a "block" record at index b) is
// a band over every row from x(b) to the start of slot b+1, E·(b+1) +
// S·(until − t_0) — where the clock jumped while nothing ran.
//
// Time labels are seconds since the clock's origin (1000.0, as the
// console's gutter shows them), one per distinct time at the start of its
// first slot, skipped when closer than 44 px to the previous label.
package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Event is one event of a trace file: the JSON form of scenario.Event
// (`aioplay run --trace`), or of a wasm/relay message.
type Event struct {
	Kind   string  `json:"kind"`
	T      float64 `json:"t"`
	Stream string  `json:"stream,omitempty"`
	Text   string  `json:"text,omitempty"`
	Task   string  `json:"task,omitempty"`
	Trace  *Record `json:"trace,omitempty"`
}

// Record is a trace record: the JSON form of scenario.TraceRecord.
type Record struct {
	What   string  `json:"what"`
	Task   string  `json:"task,omitempty"`
	Coro   string  `json:"coro,omitempty"`
	Line   int     `json:"line,omitempty"`
	Detail string  `json:"detail,omitempty"`
	Until  float64 `json:"until,omitempty"`
}

// Read decodes a trace file: a JSON array of events.
func Read(r io.Reader) ([]Event, error) {
	var evs []Event
	if err := json.NewDecoder(r).Decode(&evs); err != nil {
		return nil, fmt.Errorf("reading the trace: %w", err)
	}
	return evs, nil
}

// Normalize cuts output events the way the page receives them from
// wasm/relay when tracing is on: one event per line (Text ends with "\n",
// or is the unfinished tail of a line), consecutive pieces of a line merged
// while they share a stream and a virtual time, and a pending piece flushed
// before every trace record. Output events lose their Task (the page does
// not get it; Build infers it). Other kinds are dropped except "trace".
func Normalize(events []Event) []Event {
	var out []Event
	var pending Event
	flush := func() {
		if pending.Text != "" {
			out = append(out, pending)
			pending = Event{}
		}
	}
	for _, ev := range events {
		switch ev.Kind {
		case "trace":
			flush()
			out = append(out, Event{Kind: "trace", T: ev.T, Trace: ev.Trace})
		case "output":
			text := ev.Text
			if pending.Text != "" && (pending.Stream != ev.Stream || pending.T != ev.T) {
				flush()
			}
			for text != "" {
				i := strings.IndexByte(text, '\n')
				if i < 0 {
					if pending.Text == "" {
						pending = Event{Kind: "output", T: ev.T, Stream: ev.Stream}
					}
					pending.Text += text
					break
				}
				line := text[:i+1]
				text = text[i+1:]
				if pending.Text != "" {
					pending.Text += line
					flush()
					continue
				}
				out = append(out, Event{Kind: "output", T: ev.T, Stream: ev.Stream, Text: line})
			}
		}
	}
	flush()
	return out
}

// Row kinds.
const (
	RowMain      = "main"
	RowCallbacks = "callbacks"
	RowTask      = "task"
)

// Span kinds (see the package doc); "top" and "loop" are the main row's.
const (
	SpanSched = "sched"
	SpanRun   = "run"
	SpanWait  = "wait"
	SpanReady = "ready"
	SpanTop   = "top"
	SpanLoop  = "loop"
)

// Model is a run's picture before it is drawn: rows, spans and marks, all
// positioned by event index.
type Model struct {
	Events []Event
	Rows   []*Row
	Blocks []Block
	// T0 is the first event's time, T the run's virtual length.
	T0, T float64
}

// Row is one line of the picture.
type Row struct {
	Kind string // RowMain, RowCallbacks or RowTask
	Name string // "main", "callbacks", or the task's name
	Coro string // the task's coroutine's qualified name
	Line int    // the line of its def in main.py (0: not in main.py)
	// Created is the index of the task-created event (-1 for other rows).
	Created int
	Spans   []Span
	Marks   []Mark
	// Done is the index of the task's "done" event, -1 while unfinished.
	Done int
	// Outcome is "result", "exception" or "cancelled"; Result its text
	// (the result's or exception's repr).
	Outcome, Result string
}

// Span is a stretch of a row from event From to event To (To = len(Events)
// for one still open at the end).
type Span struct {
	Kind   string // SpanSched, SpanRun, SpanWait, SpanReady, SpanTop, SpanLoop
	From   int
	To     int
	Wait   string // for SpanWait: WaitKind(Detail)
	Detail string // what a wait waits on; the exception thrown into a step
	Line   int    // the line of main.py it resumes at or waits at (0: none)
}

// Mark is one event drawn as a point on a row: "output", "callback",
// "timer", "signal", "loop-start", "loop-stop" or "loop-close".
type Mark struct {
	Kind string
	At   int
	Text string // the output's text, the callback's or signal's detail
	Err  bool   // output to stderr
}

// Block is a blocking time.sleep: the event at index At blocked the whole
// loop from virtual time T to Until.
type Block struct {
	At       int
	T, Until float64
	By       string // the name of the row that was running
}

// Build lays out a run's events (as Normalize returns them, or as the page
// receives them) into rows.
func Build(events []Event) *Model {
	m := &Model{Events: events}
	main := &Row{Kind: RowMain, Name: "main", Created: -1, Done: -1}
	cbs := &Row{Kind: RowCallbacks, Name: "callbacks", Created: -1, Done: -1}
	var tasks []*Row
	byName := map[string]*Row{}
	// open is each row's current span, by row; only the last span of a row
	// can be open, so it is the index of that span or -1.
	open := map[*Row]int{}
	openSpan := func(r *Row, s Span) {
		r.Spans = append(r.Spans, s)
		open[r] = len(r.Spans) - 1
	}
	closeSpan := func(r *Row, at int) *Span {
		k, ok := open[r]
		if !ok || k < 0 {
			return nil
		}
		open[r] = -1
		r.Spans[k].To = at
		return &r.Spans[k]
	}
	task := func(name, coro string, line, at int) *Row {
		if r := byName[name]; r != nil {
			return r
		}
		r := &Row{Kind: RowTask, Name: name, Coro: coro, Line: line, Created: at, Done: -1}
		byName[name] = r
		tasks = append(tasks, r)
		openSpan(r, Span{Kind: SpanSched, From: at, Line: line})
		return r
	}
	ctx := main
	openSpan(main, Span{Kind: SpanTop, From: 0})
	if len(events) > 0 {
		m.T0 = events[0].T
	}
	end := m.T0
	for i, ev := range events {
		if ev.T > end {
			end = ev.T
		}
		if ev.Kind == "output" {
			ctx.Marks = append(ctx.Marks, Mark{Kind: "output", At: i, Text: ev.Text, Err: ev.Stream == "stderr"})
			continue
		}
		r := ev.Trace
		if ev.Kind != "trace" || r == nil {
			continue
		}
		switch r.What {
		case "task-created":
			task(r.Task, r.Coro, r.Line, i)
		case "step":
			t := task(r.Task, r.Coro, 0, i)
			closeSpan(t, i)
			openSpan(t, Span{Kind: SpanRun, From: i, Line: r.Line, Detail: r.Detail})
			ctx = t
		case "suspend":
			t := task(r.Task, r.Coro, 0, i)
			closeSpan(t, i)
			openSpan(t, Span{Kind: SpanWait, From: i, Wait: WaitKind(r.Detail), Detail: r.Detail, Line: r.Line})
			ctx = main
		case "wake":
			t := task(r.Task, r.Coro, 0, i)
			if s := closeSpan(t, i); s != nil {
				openSpan(t, Span{Kind: SpanReady, From: i, Line: s.Line, Detail: s.Detail})
			}
		case "done":
			t := task(r.Task, r.Coro, 0, i)
			closeSpan(t, i)
			t.Done = i
			t.Outcome, t.Result = Outcome(r.Detail)
			ctx = main
		case "timer", "callback":
			cbs.Marks = append(cbs.Marks, Mark{Kind: r.What, At: i, Text: r.Detail})
			ctx = cbs
		case "signal", "loop-close":
			main.Marks = append(main.Marks, Mark{Kind: r.What, At: i, Text: r.Detail})
		case "loop-start":
			closeSpan(main, i)
			openSpan(main, Span{Kind: SpanLoop, From: i})
			main.Marks = append(main.Marks, Mark{Kind: r.What, At: i})
			ctx = main
		case "loop-stop":
			closeSpan(main, i)
			openSpan(main, Span{Kind: SpanTop, From: i})
			main.Marks = append(main.Marks, Mark{Kind: r.What, At: i})
			ctx = main
		case "block":
			m.Blocks = append(m.Blocks, Block{At: i, T: ev.T, Until: r.Until, By: ctx.Name})
			if r.Until > end {
				end = r.Until
			}
		}
	}
	n := len(events)
	m.Rows = append(m.Rows, main)
	if len(cbs.Marks) > 0 {
		m.Rows = append(m.Rows, cbs)
	}
	m.Rows = append(m.Rows, tasks...)
	for _, r := range m.Rows {
		closeSpan(r, n)
	}
	m.T = end - m.T0
	return m
}

// WaitKind classifies what a suspended task waits on (a "suspend"
// record's detail) for its colour: "sleep", "yield" (the next iteration:
// sleep(0), a bare yield), "queue", "sync" (Lock, Semaphore, Condition,
// Event, Barrier), "future" (another task, a future, gather, wait,
// wait_for...) or "other".
func WaitKind(detail string) string {
	switch detail {
	case "sleep":
		return "sleep"
	case "next iteration":
		return "yield"
	}
	d := strings.ToLower(detail)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(d, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("queue"):
		return "queue"
	case has("lock", "semaphore", "condition", "event", "barrier"):
		return "sync"
	case has("task", "future", "gather", "wait", "shield", "complet"):
		return "future"
	}
	return "other"
}

// Outcome splits a "done" record's detail ("result=...", "exception=...",
// "cancelled") into the outcome and its text.
func Outcome(detail string) (outcome, text string) {
	switch {
	case detail == "cancelled":
		return "cancelled", ""
	case strings.HasPrefix(detail, "exception="):
		return "exception", detail[len("exception="):]
	}
	return "result", strings.TrimPrefix(detail, "result=")
}
