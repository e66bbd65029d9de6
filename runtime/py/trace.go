package py

import "github.com/aioplay/aioplay/runtime/compile"

// TraceEvent is one record of a run's timeline, emitted by modules (the
// event loop, asyncio, time.sleep) through Thread.Trace. The host stamps
// it with the virtual time.
type TraceEvent struct {
	What   string  // "task-created", "step", "suspend", "wake", "done", "timer", "callback", "signal", "loop-start", "loop-stop", "loop-close", "block"
	Task   string  // the task's name
	Coro   string  // the coroutine's qualified name
	Line   int     // a line of main.py, when one applies
	Detail string  // what was awaited, the result or exception...
	Until  float64 // for "block": when the blocking ends
}

// Tracing reports whether a trace is being recorded.
func (th *Thread) Tracing() bool { return th.Trace != nil }

// Emit records a trace event when tracing is on.
func (th *Thread) Emit(ev TraceEvent) {
	if th.Trace != nil {
		th.Trace(ev)
	}
}

// AwaitLink is one frame of a suspended coroutine's await chain.
type AwaitLink struct {
	Code *compile.Code
	Line int
}

// AwaitChain follows a suspended coroutine (or generator) through the
// frames it delegates to with await / yield from, outermost first, and
// returns the innermost object it is waiting on (the future it yielded,
// or a Go awaitable), if any.
func (g *Generator) AwaitChain() ([]AwaitLink, Object) {
	var links []AwaitLink
	var last Object
	for depth := 0; g != nil && depth < 200; depth++ {
		f := g.Frame
		if f.finished {
			break
		}
		links = append(links, AwaitLink{f.Code, f.Line()})
		if !f.started || f.pc >= len(f.Code.Instrs) || f.Code.Instrs[f.pc].Op != compile.YIELD_FROM || f.sp <= f.cc.stackBase {
			break
		}
		d := f.slots[f.sp-1]
		last = d
		switch x := d.(type) {
		case *Generator:
			g = x
		case *coroWrapper:
			g = x.g
		case *asyncGenOp:
			g = x.gen
		default:
			g = nil
		}
	}
	return links, last
}
