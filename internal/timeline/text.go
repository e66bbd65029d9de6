package timeline

import (
	"strconv"
	"strings"
)

// The words of the picture: labels and hover texts. site/src/timeline-model.js
// has the same functions.

// WaitLabel is the short label of what a task waits on, drawn in its band:
// "task Task-3" → "Task-3", "_GatheringFuture" → "gather", leading
// underscores dropped.
func WaitLabel(detail string) string {
	switch {
	case strings.HasPrefix(detail, "task "):
		return detail[len("task "):]
	case detail == "_GatheringFuture":
		return "gather"
	}
	return strings.TrimLeft(detail, "_")
}

// LibraryCallback tells asyncio's own callbacks and timers (a sleep's
// wake-up, gather's bookkeeping), whose detail names a file of asyncio,
// from the script's.
func LibraryCallback(detail string) bool {
	return strings.Contains(detail, "/asyncio/")
}

func at(m *Model, i int) string {
	if i >= len(m.Events) {
		return "the end"
	}
	return FormatSeconds(m.Events[i].T-ClockOrigin) + " s"
}

func lineText(line int) string {
	if line <= 0 {
		return ""
	}
	return " at line " + strconv.Itoa(line)
}

func rowTitle(r *Row) string {
	name, sub := RowLabel(r)
	if r.Kind != RowTask {
		return name + " · " + sub
	}
	s := name
	if sub != "" {
		s += " · " + sub
	}
	if r.Line > 0 {
		s += " defined at line " + strconv.Itoa(r.Line)
	}
	return s
}

// SpanTitle is the hover text of a span.
func SpanTitle(m *Model, r *Row, s Span) string {
	switch s.Kind {
	case SpanSched:
		return r.Name + " created at " + at(m, s.From) + ", not started yet"
	case SpanRun:
		t := r.Name + " runs a step" + lineText(s.Line) + " at " + at(m, s.From)
		if s.Detail != "" {
			t += " · " + s.Detail + " thrown in"
		}
		return t
	case SpanWait:
		return r.Name + " awaits " + s.Detail + lineText(s.Line) + " · " + at(m, s.From) + " → " + at(m, s.To)
	case SpanReady:
		return r.Name + " is ready (woken at " + at(m, s.From) + "), waiting for its turn"
	case SpanTop:
		return "top-level code of main.py runs · " + at(m, s.From) + " → " + at(m, s.To)
	case SpanLoop:
		return "the event loop runs · " + at(m, s.From) + " → " + at(m, s.To)
	}
	return ""
}

// MarkTitle is the hover text of a mark.
func MarkTitle(m *Model, mk Mark) string {
	when := " at " + at(m, mk.At)
	switch mk.Kind {
	case "output":
		return "output" + when + ": " + strings.TrimSuffix(mk.Text, "\n")
	case "callback", "timer":
		return mk.Kind + when + ": " + mk.Text
	case "signal":
		return mk.Text + " received" + when
	}
	return strings.ReplaceAll(mk.Kind, "-", " ") + when
}

// OutcomeTitle is the hover text of a task's end.
func OutcomeTitle(r *Row) string {
	switch r.Outcome {
	case "exception":
		return r.Name + " raised " + r.Result
	case "cancelled":
		return r.Name + " was cancelled"
	}
	return r.Name + " returned " + r.Result
}

// BlockTitle is the hover text of a blocking time.sleep.
func BlockTitle(b Block) string {
	return "time.sleep(" + FormatSeconds(b.Until-b.T) + ") in " + b.By + " blocks the loop from " +
		FormatSeconds(b.T-ClockOrigin) + " s to " + FormatSeconds(b.Until-ClockOrigin) + " s: nothing else runs"
}
