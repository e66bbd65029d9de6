//go:build js && wasm

// Command wasm is aioplay's runtime compiled to WebAssembly for the page.
// It runs inside a dedicated Web Worker (site/src/worker.js), never on the
// page's thread: a scenario runs synchronously until it ends or idles, and
// `while True: pass` must not freeze the tab. The page stops such a run by
// terminating the worker and starting a fresh one.
//
// On start it defines one global function and then waits forever:
//
//	aioplayStart(request, onEvent) → controller
//
// request is {source, python, trace}. onEvent is called with one plain
// object per message of package relay ({kind, t, stream, text, trace,
// status}), in order; the last has kind "exit". controller.command(name)
// answers an "idle" message with "sigint" or "giveup" and returns whether
// it was taken.
//
// All access to JavaScript goes through github.com/hack-pad/safejs, which
// returns errors where syscall/js would panic (a test enforces that nothing
// here imports syscall/js).
package main

import (
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/aioplay/aioplay/runtime/scenario"
	"github.com/aioplay/aioplay/wasm/relay"
)

func main() {
	start, err := safejs.FuncOf(startRun)
	if err == nil {
		err = safejs.Global().Set("aioplayStart", start)
	}
	if err != nil {
		// Nothing can run; the worker sees aioplayStart missing and says so.
		fmt.Println("aioplay: cannot register aioplayStart:", err)
		return
	}
	// Keep the program, and so the registered function, alive.
	select {}
}

// startRun is aioplayStart. A JS callback must return promptly (the worker's
// event loop is paused while it runs), so the run itself goes on a goroutine
// and this returns the controller at once.
func startRun(_ safejs.Value, args []safejs.Value) any {
	if len(args) < 2 || args[1].Type() != safejs.TypeFunction {
		return jsError(errors.New("aioplayStart(request, onEvent): onEvent must be a function"))
	}
	req, err := readRequest(args[0])
	if err != nil {
		return jsError(err)
	}
	onEvent := args[1]

	s := relay.NewSession(req, func(m relay.Message) { postMessage(onEvent, m) })
	command, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) < 1 {
			return false
		}
		name, err := args[0].String()
		return err == nil && s.Command(name)
	})
	if err != nil {
		return jsError(err)
	}
	go func() {
		s.Run()
		command.Release()
	}()
	return map[string]any{"command": command}
}

// readRequest reads {source, python, trace} from a JS object.
func readRequest(v safejs.Value) (relay.Request, error) {
	var req relay.Request
	if v.Type() != safejs.TypeObject {
		return req, errors.New("aioplayStart: request must be an object")
	}
	src, err := v.Get("source")
	if err == nil {
		req.Source, err = src.String()
	}
	if err != nil {
		return req, fmt.Errorf("aioplayStart: request.source: %w", err)
	}
	if py, err := v.Get("python"); err == nil && py.Type() == safejs.TypeString {
		req.Python, _ = py.String()
	}
	if tr, err := v.Get("trace"); err == nil {
		req.Trace, _ = tr.Truthy()
	}
	return req, nil
}

// postMessage hands one message to the worker as a plain object. A failure
// here (the callback threw) cannot be reported to the page through the same
// callback, so it is printed: wasm_exec.js sends it to the worker's console.
func postMessage(onEvent safejs.Value, m relay.Message) {
	obj := map[string]any{"kind": m.Kind, "t": m.T}
	switch m.Kind {
	case relay.KindOutput:
		obj["stream"] = string(m.Stream)
		obj["text"] = m.Text
	case relay.KindTrace:
		obj["trace"] = traceObject(m.Trace)
	case relay.KindExit:
		obj["status"] = m.Status
	}
	if _, err := onEvent.Invoke(obj); err != nil {
		fmt.Println("aioplay: onEvent:", err)
	}
}

// traceObject converts a trace record the way encoding/json would name its
// fields, without going through JSON text.
func traceObject(r *scenario.TraceRecord) map[string]any {
	if r == nil {
		return nil
	}
	o := map[string]any{"what": r.What}
	if r.Task != "" {
		o["task"] = r.Task
	}
	if r.Coro != "" {
		o["coro"] = r.Coro
	}
	if r.Line != 0 {
		o["line"] = r.Line
	}
	if r.Detail != "" {
		o["detail"] = r.Detail
	}
	if r.Until != 0 {
		o["until"] = r.Until
	}
	return o
}

// jsError is returned to the caller as {error: message}, since a Go panic
// would end the whole program instead of one call.
func jsError(err error) any {
	return map[string]any{"error": err.Error()}
}
