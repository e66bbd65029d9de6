package py

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/compile"
)

// Stream numbers for Thread.Write.
const (
	StreamStdout = 1
	StreamStderr = 2
)

// DefaultRecursionLimit is sys.getrecursionlimit()'s default.
const DefaultRecursionLimit = 1000

// ModuleLoader builds a module the first time it is imported.
type ModuleLoader func(th *Thread) (*Module, error)

// Thread is the state of one scenario's interpreter. It is not safe for use
// by more than one goroutine, and nothing in it is shared with another
// Thread except immutable builtin types.
type Thread struct {
	frame *Frame
	// concatBuf holds the most recent long str concatenation with room
	// to grow (see concatStr).
	concatBuf []byte
	// initObjs are the instances whose __init__ the eval loop is
	// running in place (see pushInit).
	initObjs []Object
	// builtinSubs are this session's class statements' classes by
	// builtin base (for __subclasses__; see Type.addSubclass).
	builtinSubs map[*Type][]*Type
	// binops are the binary operators whose special method the eval
	// loop is running in place.
	binops []binopCtx
	depth  int
	// RecursionLimit bounds the Python call depth (RecursionError).
	RecursionLimit int
	// CoroutineOriginDepth, when positive, is how many frames of the
	// stack that makes a coroutine are kept to name in its "never
	// awaited" warning (sys.set_coroutine_origin_tracking_depth; asyncio
	// sets it while a loop in debug mode runs).
	CoroutineOriginDepth int
	// OnHeap, when set, is told the Go heap's live bytes as of the last
	// collection at each budget check; hosts tune the garbage collector
	// with it.
	OnHeap func(bytes int64)
	// OnDrop, when set and WatchDrops is true, is called with a value
	// that a variable (a frame's local, a global) has just stopped
	// referring to, by assignment, del or its frame finishing, while
	// every reference Go code holds is visible to Reachable. asyncio sets
	// them while a future has an exception nobody retrieved: CPython
	// reports it the moment its last reference goes.
	OnDrop     func(Object)
	WatchDrops bool
	// holding counts the exceptions holding coroutines
	// (HoldCoroutines).
	holding int
	// unrooted counts the calls into Python from Go in progress (see
	// Call): their arguments live in Go variables, which Reachable
	// cannot see, so no drop is reported inside them.
	unrooted int
	// dropRoots are values in flight that Reachable must count (a
	// finishing frame's return value).
	dropRoots []Object
	// lostArgs are the generators past the first that clearCallArgs
	// found among a call's arguments.
	lostArgs []*Generator
	// StepBudget bounds the steps a run takes (frames entered or resumed
	// and loop iterations, see stepCheckInterval); 0 means unlimited.
	StepBudget int64
	steps      int64
	// MemoryBudget bounds the size of a single container or string a
	// script may build, in bytes (an element of a list, tuple or dict
	// counts 16).
	MemoryBudget int64
	// HeapLimit is a safety net for the total: when the Go heap holds
	// more than this many bytes after a collection, the running script
	// gets a MemoryError. 0 means four times MemoryBudget, and at least
	// 64 MiB. It is checked with the step budget.
	HeapLimit int64
	heapProbe heapProbe
	bigAllocs int64 // bytes of large requests since the last heap check
	goNest    int   // enterGo's nesting
	hotErr    error // raised by a call the hot tier made, for eval to handle
	// intBoxes are room for boxing ints that are not small (see
	// boxInt), taken from the front.
	intBoxes []Int
	// floatBoxes are the same for floats (floatBox).
	floatBoxes []Float
	// bypass is the list or dict subclass instance whose builtin method
	// is running: its Python overrides do not apply inside (overridden).
	bypass Object
	// Interrupted is polled every few thousand instructions; true stops
	// the run with a StepBudgetExceeded error.
	Interrupted func() bool
	// Write receives everything the script prints.
	Write func(stream int, s string)
	// Builtins is the builtins module's dictionary.
	Builtins *Dict
	// Modules are the imported modules by name; Loaders build the others.
	Modules map[string]*Module
	Loaders map[string]ModuleLoader
	// Sources holds the lines of each source file, for tracebacks.
	Sources map[string][]string
	// Py36 selects Python 3.6 semantics where they differ.
	Py36 bool
	// Suggestions adds CPython's "Did you mean: 'x'?" to the last line
	// of NameError and AttributeError tracebacks, as the interpreter's
	// own printer does. It is off by default: the reference transcripts
	// come from the traceback module, which (in 3.11) prints none.
	Suggestions bool
	// Ext is storage for modules implemented in Go (asyncio's event loop
	// state, the random generator...), keyed by a value of their own.
	Ext map[any]any
	// Context is the current contextvars.Context's data (a dict, or
	// None when empty); nil until contextvars is imported. asyncio
	// switches it around task steps and callbacks.
	Context Object
	// Finalizers run when the script ends, before the exit status is
	// decided (asyncio uses it for "Task was destroyed" messages).
	Finalizers []func()
	// OnAsyncGenFirstIter, when set, sees each async generator the first
	// time it is iterated (sys.set_asyncgen_hooks' firstiter).
	OnAsyncGenFirstIter func(g *Generator)
	// OnNewCoroutine, when set, sees every coroutine object created.
	OnNewCoroutine func(g *Generator)

	// Trace receives timeline events (nil: tracing off, and free).
	Trace func(TraceEvent)
	// CurrentTask, when set, names the task running now (for output
	// events); asyncio sets it.
	CurrentTask func() string
	// IdleHook is asked what to do when an event loop would wait
	// forever: true delivers SIGINT, false ends the run (Abort, status 3).
	IdleHook func() bool

	roots []RootProvider
	coros []*Generator
	// corosPruned is len(coros) after the last pruning.
	corosPruned int
	// coroOrigins are where coroutines not started yet were made, kept
	// while CoroutineOriginDepth is set (see warnUnawaited).
	coroOrigins map[*Generator][]StackEntry
	// unstartedCoros counts the coroutines made and neither started, owned
	// (by a task) nor reported yet (some may be garbage): while it is zero,
	// no container a frame lets go of can hold one, and clearLocals does not look.
	unstartedCoros int
	// openGens counts the generators suspended inside a try, with or
	// except block (Generator.open), whose closing would run code: while
	// it is zero, no generator a frame lets go of needs closing (see
	// closeDropped), and eval does not look.
	openGens int
	warned   map[string]bool
	// site and siteBase: see EnterCallbackSite.
	site      *CallbackSite
	siteBase  *Frame
	reprStack []Object
	ids       map[any]uint64
	nextID    uint64
}

// NewThread returns a Thread with the builtins installed.
func NewThread() *Thread {
	sessionsStarted.Store(true)
	th := &Thread{
		RecursionLimit: DefaultRecursionLimit,
		MemoryBudget:   1 << 28,
		Modules:        make(map[string]*Module),
		Loaders:        make(map[string]ModuleLoader),
		Sources:        make(map[string][]string),
		Ext:            make(map[any]any),
	}
	th.Builtins = newBuiltinsDict()
	th.heapProbe.start()
	for name, l := range stdLoaders {
		th.Loaders[name] = l
	}
	return th
}

// stdLoaders are the modules every Thread can import, registered by init
// functions of the files implementing them.
var stdLoaders = map[string]ModuleLoader{}

// RegisterModule makes a module available to every new Thread. It must only
// be called from init functions.
func RegisterModule(name string, l ModuleLoader) { stdLoaders[name] = l }

// AddSource records a file's text so tracebacks can quote its lines.
func (th *Thread) AddSource(filename, src string) {
	th.Sources[filename] = strings.Split(src, "\n")
}

// SourceLine returns line n (1-based) of a file, stripped, or "".
func (th *Thread) SourceLine(filename string, n int) string {
	lines := th.Sources[filename]
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(lines[n-1], "\r"))
}

// Print writes s to a stream.
func (th *Thread) Print(stream int, s string) {
	if th.Write != nil {
		th.Write(stream, s)
	}
}

// CurrentFrame returns the innermost running frame, or nil.
func (th *Thread) CurrentFrame() *Frame { return th.frame }

// StepBudgetExceeded is the class of the error that ends a run whose step
// budget ran out or that was interrupted. It derives from BaseException
// only, so `except Exception` cannot swallow it.
var StepBudgetExceeded = newExcType("StepBudgetExceeded", BaseExceptionType)

// currentHandled returns the exception being handled by the innermost
// frame handling one (sys.exc_info()[1]), or nil.
func (th *Thread) currentHandled() *Exception {
	for f := th.frame; f != nil; f = f.Back {
		if n := f.handlingLen(); n > 0 {
			return f.rare.handling[n-1]
		}
	}
	return nil
}

// CodeOf returns a frame's code.
func (f *Frame) CodeOf() *compile.Code { return f.Code }

// AdjustDepth moves the recursion depth by delta, for Go code that stands
// in for Python frames of the reference implementation: asyncio's event
// loop, for instance, runs a task's step some frames below asyncio.run()
// in CPython, and RecursionError should strike at the same depth. Every
// call must be undone by one with -delta.
func (th *Thread) AdjustDepth(delta int) { th.depth += delta }
