// Package relay turns one scenario run into the stream of small messages
// that the browser's Web Worker forwards to the page, and carries the page's
// answer back when the event loop idles.
//
// It is the part of the WebAssembly bridge that does not touch JavaScript,
// so it builds and is tested natively; wasm/main.go only converts Messages
// into JS objects and JS calls into Commands.
//
// # Messages
//
// Every message has a Kind:
//
//	output  Text written to one Stream at virtual time T. A message holds at
//	        most one line: Text ends with "\n", or it is the unfinished tail
//	        of a line. Concatenating every output message's Text gives the
//	        run's merged stdout+stderr transcript exactly.
//	trace   a timeline record (only when the Request asks for traces).
//	idle    the event loop would wait forever. The run is paused until the
//	        host sends a Command: "sigint" or "giveup".
//	exit    the run is over; Status is python's exit status.
//
// # Batching
//
// The runtime reports output as it is written, which for print(x, end=' ')
// in a loop means one event per item. Posting each of them through
// postMessage and then into the DOM would cost far more than the run, so
// consecutive pieces of the same line are merged while they share a stream
// and a virtual time. A piece at a new time is its own message, so that
// paced playback still shows "waiting..." before the "done" that follows it
// five virtual seconds later.
package relay

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/scenario"
)

// Message kinds, as they reach the worker.
const (
	KindOutput = "output"
	KindTrace  = "trace"
	KindIdle   = "idle"
	KindExit   = "exit"
)

// Commands the host may send while the run is idle.
const (
	CommandSIGINT = "sigint"
	CommandGiveUp = "giveup"
)

// Request is what the page asks to run.
type Request struct {
	// Source is the script; it runs as main.py.
	Source string
	// Python is the language profile, "3.11" or "3.6"; empty means 3.11.
	Python string
	// Trace asks for trace messages too.
	Trace bool
}

// Message is one thing posted to the worker. See the package doc for the
// meaning of each Kind; fields that do not apply to a Kind are zero.
type Message struct {
	Kind   string
	T      float64
	Stream scenario.Stream
	Text   string
	Trace  *scenario.TraceRecord
	Status int
}

// Session is one run. Its Command method may be called from any goroutine
// while Run is in progress.
type Session struct {
	req  Request
	post func(Message)
	// run is scenario.Run; tests substitute a scripted fake.
	run func(scenario.Options) int
	// commands carries the host's answer to an idle message. It is
	// buffered so that Command never blocks: in WebAssembly, Command is
	// called from a JS callback, and a blocked callback freezes the worker.
	commands chan scenario.IdleAction

	// pending is the output not yet posted: a piece of an unfinished line.
	pending Message
	// lastT is the time of the latest event, reported with idle messages
	// (the runtime does not say when the loop went idle).
	lastT float64
}

// NewSession prepares a run of req whose messages go to post. post is
// called on the goroutine that calls Run, in order.
func NewSession(req Request, post func(Message)) *Session {
	return &Session{req: req, post: post, run: scenario.Run, commands: make(chan scenario.IdleAction, 1)}
}

// Run runs the scenario to its end, posting every message, the last one of
// Kind "exit", and returns the exit status.
func (s *Session) Run() int {
	status := s.run(scenario.Options{
		Source:  s.req.Source,
		Python:  s.req.Python,
		Trace:   s.req.Trace,
		OnEvent: s.onEvent,
		OnIdle:  s.onIdle,
		// The worker runs one scenario at a time.
		TuneGC: true,
	})
	s.flush()
	s.post(Message{Kind: KindExit, T: s.lastT, Status: status})
	return status
}

// Command hands the host's answer to a paused run: "sigint" delivers
// SIGINT, "giveup" ends the run with "[idle forever]". It reports false for
// an unknown command, or when an answer is already waiting to be read (a
// second Ctrl+C pressed before the first was taken is dropped, as a
// terminal's would be while the process is still handling the first).
func (s *Session) Command(name string) bool {
	var action scenario.IdleAction
	switch name {
	case CommandSIGINT:
		action = scenario.DeliverSIGINT
	case CommandGiveUp:
		action = scenario.GiveUp
	default:
		return false
	}
	select {
	case s.commands <- action:
		return true
	default:
		return false
	}
}

func (s *Session) onEvent(ev scenario.Event) {
	s.lastT = ev.Time
	switch ev.Kind {
	case "output":
		s.output(ev)
	case "trace":
		if s.req.Trace {
			s.flush()
			s.post(Message{Kind: KindTrace, T: ev.Time, Trace: ev.Trace})
		}
	}
}

// output splits ev's text into line-sized messages, merging it with the
// pending piece when it continues the same line at the same time on the
// same stream.
func (s *Session) output(ev scenario.Event) {
	text := ev.Text
	if s.pending.Text != "" && (s.pending.Stream != ev.Stream || s.pending.T != ev.Time) {
		s.flush()
	}
	for text != "" {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			if s.pending.Text == "" {
				s.pending = Message{Kind: KindOutput, T: ev.Time, Stream: ev.Stream}
			}
			s.pending.Text += text
			return
		}
		line := text[:i+1]
		text = text[i+1:]
		if s.pending.Text != "" {
			s.pending.Text += line
			s.flush()
			continue
		}
		s.post(Message{Kind: KindOutput, T: ev.Time, Stream: ev.Stream, Text: line})
	}
}

// flush posts the unfinished line, if any.
func (s *Session) flush() {
	if s.pending.Text == "" {
		return
	}
	m := s.pending
	s.pending = Message{}
	s.post(m)
}

// onIdle tells the host the loop idles and waits for its answer. Blocking
// here is what the facade expects: the scenario's goroutine sleeps, which in
// WebAssembly hands the worker's event loop back to JavaScript, so the
// page's "sigint" or "giveup" can arrive.
func (s *Session) onIdle() scenario.IdleAction {
	s.flush()
	s.post(Message{Kind: KindIdle, T: s.lastT})
	return <-s.commands
}
