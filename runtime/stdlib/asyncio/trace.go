package asyncio

import (
	"github.com/aioplay/aioplay/runtime/py"
)

// Timeline events for the page's task view (issue: trace). Everything
// here costs nothing unless the host asked for a trace.

// coroInfo is the task's coroutine's qualified name and the line of its
// def. The line is 0 for a coroutine defined outside main.py (asyncio's own
// sleep, Event.wait...): every line in a trace record is a line of main.py,
// so the page can mark it in the editor.
func (t *Task) coroInfo() (name string, defLine int) {
	if g, ok := t.coro.(*py.Generator); ok {
		if g.Frame.Code.Filename == "main.py" {
			defLine = g.Frame.Code.FirstLine
		}
		return g.Qualname(), defLine
	}
	return "", 0
}

func (t *Task) nameString() string {
	if s, ok := t.getName().(py.Str); ok {
		return string(s)
	}
	return ""
}

func (t *Task) emit(th *py.Thread, what string, line int, detail string) {
	coro, _ := t.coroInfo()
	th.Emit(py.TraceEvent{What: what, Task: t.nameString(), Coro: coro, Line: line, Detail: detail})
}

// resumeLine is the line of main.py the task's coroutine resumes at.
func (t *Task) resumeLine() int {
	g, ok := t.coro.(*py.Generator)
	if !ok {
		return 0
	}
	if !g.Started() {
		_, line := t.coroInfo()
		return line
	}
	links, _ := g.AwaitChain()
	return mainLine(links)
}

// mainLine is the innermost line of main.py in an await chain.
func mainLine(links []py.AwaitLink) int {
	line := 0
	for _, l := range links {
		if l.Code.Filename == "main.py" {
			line = l.Line
		}
	}
	return line
}

// describeWait says what a suspended task waits on: the innermost library
// coroutine (sleep, Queue.get, Lock.acquire, Event.wait...) or, when the
// task awaits a future directly, what that future is.
func (t *Task) describeWait(th *py.Thread) (int, string) {
	g, ok := t.coro.(*py.Generator)
	if !ok {
		return 0, ""
	}
	links, _ := g.AwaitChain()
	line := mainLine(links)
	for i := len(links) - 1; i >= 0; i-- {
		if links[i].Code.Filename != "main.py" {
			return line, links[i].Code.Qualname
		}
		break
	}
	if f := t.futWaiter; f != nil {
		if f.task != nil {
			return line, "task " + f.task.nameString()
		}
		if f.cls.Flags&py.FlagHeapType != 0 {
			return line, f.cls.Name
		}
		return line, "future"
	}
	return line, "next iteration"
}

func (t *Task) outcome(th *py.Thread) string {
	switch {
	case t.state == cancelled:
		return "cancelled"
	case t.exception != nil:
		s, _ := py.ReprString(th, t.exception)
		return "exception=" + s
	}
	return "result=" + reprlibRepr(th, t.result)
}
