package relay

import (
	"reflect"
	"strings"
	"testing"

	"github.com/aioplay/aioplay/runtime/scenario"
)

// fakeRun returns a stand-in for scenario.Run that plays events, calling
// OnIdle where an event's Kind is "idle" and recording what it answered.
func fakeRun(events []scenario.Event, answers *[]scenario.IdleAction) func(scenario.Options) int {
	return func(o scenario.Options) int {
		for _, ev := range events {
			if ev.Kind == "idle" {
				*answers = append(*answers, o.OnIdle())
				continue
			}
			o.OnEvent(ev)
		}
		return 7
	}
}

func out(t float64, stream scenario.Stream, text string) scenario.Event {
	return scenario.Event{Kind: "output", Time: t, Stream: stream, Text: text}
}

func TestLineSplittingAndMerging(t *testing.T) {
	const so, se = scenario.Stdout, scenario.Stderr
	events := []scenario.Event{
		out(1000, so, "a\nb\npar"),
		out(1000, so, "tial\n"),
		out(1000, so, "1 "),
		out(1000, so, "2 "),
		out(1001, so, "3\n"), // same line, later: posted on its own
		out(1001, so, "x"),
		out(1001, se, "Traceback\n"), // other stream: the "x" goes first
		{Kind: "trace", Time: 1001, Trace: &scenario.TraceRecord{What: "step"}},
		out(1002, se, "tail"),
	}
	var got []Message
	var answers []scenario.IdleAction
	s := NewSession(Request{Source: "pass"}, func(m Message) { got = append(got, m) })
	s.run = fakeRun(events, &answers)
	if status := s.Run(); status != 7 {
		t.Fatalf("status %d, want 7", status)
	}
	want := []Message{
		{Kind: KindOutput, T: 1000, Stream: so, Text: "a\n"},
		{Kind: KindOutput, T: 1000, Stream: so, Text: "b\n"},
		{Kind: KindOutput, T: 1000, Stream: so, Text: "partial\n"},
		{Kind: KindOutput, T: 1000, Stream: so, Text: "1 2 "},
		{Kind: KindOutput, T: 1001, Stream: so, Text: "3\n"},
		{Kind: KindOutput, T: 1001, Stream: so, Text: "x"},
		{Kind: KindOutput, T: 1001, Stream: se, Text: "Traceback\n"},
		{Kind: KindOutput, T: 1002, Stream: se, Text: "tail"},
		{Kind: KindExit, T: 1002, Status: 7},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("messages:\n got %+v\nwant %+v", got, want)
	}
	var b strings.Builder
	for _, m := range got {
		b.WriteString(m.Text)
	}
	if b.String() != "a\nb\npartial\n1 2 3\nxTraceback\ntail" {
		t.Errorf("transcript %q", b.String())
	}
}

func TestTraceOnlyWhenAsked(t *testing.T) {
	events := []scenario.Event{
		out(1000, scenario.Stdout, "hi"),
		{Kind: "trace", Time: 1000, Trace: &scenario.TraceRecord{What: "step", Task: "Task-1"}},
	}
	for _, trace := range []bool{false, true} {
		var kinds []string
		var answers []scenario.IdleAction
		s := NewSession(Request{Trace: trace}, func(m Message) { kinds = append(kinds, m.Kind) })
		s.run = fakeRun(events, &answers)
		s.Run()
		want := []string{KindOutput, KindExit}
		if trace {
			// The unfinished "hi" is posted before the trace record, to
			// keep the order in which things happened.
			want = []string{KindOutput, KindTrace, KindExit}
		}
		if !reflect.DeepEqual(kinds, want) {
			t.Errorf("trace=%v: kinds %v, want %v", trace, kinds, want)
		}
	}
}

func TestIdleWaitsForCommand(t *testing.T) {
	events := []scenario.Event{
		out(1003, scenario.Stdout, "Stop 3\n"),
		{Kind: "idle"},
		out(1003, scenario.Stdout, "Stopping the loop\n"),
		{Kind: "idle"},
	}
	var answers []scenario.IdleAction
	msgs := make(chan Message, 16)
	s := NewSession(Request{}, func(m Message) { msgs <- m })
	s.run = fakeRun(events, &answers)
	done := make(chan int)
	go func() { done <- s.Run() }()

	// The host answers each idle message as the page would, after seeing it.
	var kinds []string
	for m := range msgs {
		kinds = append(kinds, m.Kind)
		switch m.Kind {
		case KindIdle:
			if m.T != 1003 {
				t.Errorf("idle at %v, want the last event's time 1003", m.T)
			}
			cmd := CommandSIGINT
			if len(answers) == 1 {
				cmd = CommandGiveUp
			}
			if !s.Command(cmd) {
				t.Errorf("Command(%q) refused", cmd)
			}
		case KindExit:
			close(msgs)
		}
	}
	<-done
	if want := []scenario.IdleAction{scenario.DeliverSIGINT, scenario.GiveUp}; !reflect.DeepEqual(answers, want) {
		t.Errorf("answers %v, want %v", answers, want)
	}
	if want := []string{KindOutput, KindIdle, KindOutput, KindIdle, KindExit}; !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}
}

func TestCommandNeverBlocks(t *testing.T) {
	s := NewSession(Request{}, func(Message) {})
	if s.Command("reboot") {
		t.Error("unknown command accepted")
	}
	if !s.Command(CommandSIGINT) {
		t.Error("first Ctrl+C refused")
	}
	// Nobody reads: a second answer is dropped instead of blocking.
	if s.Command(CommandSIGINT) {
		t.Error("second Ctrl+C accepted while the first is unread")
	}
}
