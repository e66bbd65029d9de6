package scenario

import (
	"runtime/debug"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib"
	"github.com/aioplay/aioplay/runtime/stdlib/asyncio"
	"github.com/aioplay/aioplay/runtime/stdlib/vclock"
	"github.com/aioplay/aioplay/runtime/syntax"
)

// stdlib is linked for its modules.
var _ = stdlib.Linked

// Defaults for the budgets when Options leaves them zero.
const (
	DefaultStepBudget   = 250_000_000
	DefaultMemoryBudget = 1 << 28
	DefaultMaxOutput    = 4 << 20
)

// Run runs a whole scenario and returns its exit status, as python's would
// be: 0, 1 after an uncaught exception, 130 after KeyboardInterrupt, the
// code given to sys.exit, or 3 when the loop idled forever and the host gave
// up. Every output line and trace record reaches opts.OnEvent on the way.
func Run(opts Options) (code int) {
	s := newSession(opts)
	if opts.TuneGC {
		defer tuneGC(s.th)()
	}
	defer func() {
		// A Go panic is a bug in the runtime; report it as one rather
		// than crash the host.
		if r := recover(); r != nil {
			if opts.DebugPanics {
				panic(r)
			}
			s.write(py.StreamStderr, "aioplay: internal error: "+sprint(r)+"\n")
			code = 70
		}
	}()
	return s.run()
}

type session struct {
	opts      Options
	th        *py.Thread
	outBytes  int
	truncated bool
	now       func() float64
}

func newSession(opts Options) *session {
	if opts.StepBudget == 0 {
		opts.StepBudget = DefaultStepBudget
	}
	if opts.MemoryBudget == 0 {
		opts.MemoryBudget = DefaultMemoryBudget
	}
	if opts.MaxOutput == 0 {
		opts.MaxOutput = DefaultMaxOutput
	}
	if opts.Python == "" {
		opts.Python = "3.11"
	}
	s := &session{opts: opts}
	th := py.NewThread()
	th.Py36 = opts.Python == "3.6"
	th.StepBudget = opts.StepBudget
	th.MemoryBudget = opts.MemoryBudget
	th.Interrupted = func() bool {
		return s.truncated || (opts.Interrupted != nil && opts.Interrupted())
	}
	th.Write = s.write
	if opts.Trace {
		th.Trace = func(ev py.TraceEvent) {
			s.opts.OnEvent(Event{Kind: "trace", Time: s.now(), Trace: &TraceRecord{
				What: ev.What, Task: ev.Task, Coro: ev.Coro, Line: ev.Line, Detail: ev.Detail, Until: ev.Until}})
		}
	}
	s.th = th
	clock := vclock.Of(th)
	s.now = clock.Now
	th.IdleHook = func() bool {
		return opts.OnIdle != nil && opts.OnIdle() == DeliverSIGINT
	}
	return s
}

// write forwards output, cutting it with a notice past MaxOutput.
func (s *session) write(stream int, text string) {
	if s.truncated {
		return
	}
	st := Stdout
	if stream == py.StreamStderr {
		st = Stderr
	}
	if s.outBytes+len(text) > s.opts.MaxOutput {
		keep := s.opts.MaxOutput - s.outBytes
		if keep > 0 {
			s.opts.OnEvent(Event{Kind: "output", Time: s.now(), Stream: st, Text: text[:keep]})
		}
		s.truncated = true
		s.opts.OnEvent(Event{Kind: "output", Time: s.now(), Stream: Stderr,
			Text: "\n[output truncated: the script printed more than " + sprint(s.opts.MaxOutput) + " bytes]\n"})
		return
	}
	s.outBytes += len(text)
	ev := Event{Kind: "output", Time: s.now(), Stream: st, Text: text}
	if s.th.CurrentTask != nil {
		ev.Task = s.th.CurrentTask()
	}
	s.opts.OnEvent(ev)
}

func (s *session) run() int {
	th := s.th
	src := s.opts.Source
	th.AddSource("main.py", src)
	code, err := compile.CompileModule([]byte(src), compile.Options{Filename: "main.py", Python36: th.Py36})
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			// The reference runner compiles main.py with compile(), so
			// CPython's report of a syntax error starts with the
			// traceback header (the runner's own frame is dropped).
			s.write(py.StreamStderr, "Traceback (most recent call last):\n"+th.FormatException(syntaxErrorException(se)))
			return 1
		}
		s.write(py.StreamStderr, "aioplay: "+err.Error()+"\n")
		return 1
	}
	globals := th.NewMainGlobals("main.py")
	err = th.RunModule(code, globals)
	exit := 0
	if a, ok := err.(*py.Abort); ok {
		s.write(py.StreamStderr, a.Msg+"\n")
		return a.Code
	}
	if err != nil {
		exit = s.report(err)
	}
	var survivors []py.Object
	if e, ok := err.(*py.Exception); ok && !e.IsA(py.SystemExitType) {
		survivors = append(survivors, globals)
	}
	asyncio.Finalize(th, survivors)
	th.FinalizeCoroutines()
	for _, f := range th.Finalizers {
		f()
	}
	return exit
}

// report prints an uncaught exception and returns the exit status.
func (s *session) report(err error) int {
	th := s.th
	e, ok := err.(*py.Exception)
	if !ok {
		s.write(py.StreamStderr, "aioplay: "+err.Error()+"\n")
		return 1
	}
	if e.IsA(py.SystemExitType) {
		return s.systemExit(e)
	}
	if e.IsA(py.StepBudgetExceeded) {
		if s.truncated {
			return 1
		}
		s.write(py.StreamStderr, "\n[stopped: "+sprint(e.Args[0])+"]\n")
		return 124
	}
	s.write(py.StreamStderr, th.FormatException(e))
	if e.IsA(py.KeyboardInterruptType) {
		return 130
	}
	return 1
}

func (s *session) systemExit(e *py.Exception) int {
	if len(e.Args) == 0 || e.Args[0] == py.None {
		return 0
	}
	if len(e.Args) == 1 {
		if n, ok := e.Args[0].(py.Int); ok {
			return int(n) & 0xff
		}
	}
	var msg py.Object = e.Args[0]
	if len(e.Args) > 1 {
		msg = e.Args
	}
	text, err := py.StrString(s.th, msg)
	if err == nil {
		s.write(py.StreamStderr, text+"\n")
	}
	return 1
}

// syntaxErrorException converts a parser or compiler error into the
// Python exception CPython reports (SyntaxError and its subclasses, or
// RecursionError for code nested too deeply), so it prints like CPython's.
// (runtime/py owns the conversion, which exec() and compile() share.)
func syntaxErrorException(se *syntax.Error) *py.Exception {
	return py.SyntaxErrorFromParse(se, "main.py")
}

// The collector's target follows the live heap: the heap may grow past
// what the last collection found live by a headroom of the live size
// itself (Go's default, GOGC=100) bounded to [minHeadroom, maxHeadroom],
// and by headroomPercent of it once that is more. Small scripts then
// rarely collect, mid-sized ones collect about as often as with Go's
// default (each collection scans the live heap: less headroom costs
// time), and big ones hold little more than they use, as CPython (which
// frees by reference counting) does: Go's default would let a program
// holding 150 MB reach 300 MB.
const (
	minHeadroom     = 8 << 20
	maxHeadroom     = 32 << 20
	headroomPercent = 33
	// maxGCPercent bounds the target while the live heap is tiny (or
	// not yet measured: Go starts from a 4 MB heap).
	maxGCPercent = 400
)

// gcPercentFor returns the GOGC value giving the headroom above for a live
// heap of live bytes.
func gcPercentFor(live int64) int {
	if live <= 0 {
		return maxGCPercent
	}
	headroom := max(min(live, maxHeadroom), minHeadroom, live*headroomPercent/100)
	return min(int(headroom*100/live), maxGCPercent)
}

// tuneGC makes the collector's target follow the live heap for the run
// (see gcPercentFor) and returns the function that restores the previous
// target.
func tuneGC(th *py.Thread) func() {
	cur := gcPercentFor(0)
	prev := debug.SetGCPercent(cur)
	th.OnHeap = func(live int64) {
		// Retarget only on a real change: each call takes the heap lock.
		if p := gcPercentFor(live); p*10 < cur*9 || p*10 > cur*11 {
			debug.SetGCPercent(p)
			cur = p
		}
	}
	return func() { debug.SetGCPercent(prev) }
}
