package asyncio

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/compile"
	"github.com/aioplay/aioplay/runtime/py"
)

// The Python 3.6 profile (py.Thread.Py36). The tutorial our users start
// from was written for CPython 3.6.3, whose asyncio differs from 3.11's in
// ways its examples show:
//
//   - CancelledError and TimeoutError are concurrent.futures' classes,
//     subclasses of Exception (set up in load);
//   - Task.all_tasks() and Task.current_task() are class methods, and
//     all_tasks() returns every task still alive, done or not (CPython
//     3.6 keeps them in a WeakSet);
//   - the module has no run, create_task, get_running_loop, all_tasks,
//     current_task, TaskGroup, timeout or to_thread;
//   - sleep, wait, wait_for, gather, shield and the locks and queues are
//     3.6's (prelude36.py);
//   - reprs carry no name= and show the C Task's wake-up callback as a
//     <TaskWakeupMethWrapper object at 0x...>.
//
// prelude.py and prelude36.py run in one namespace, the module's
// implementation; the module a script imports is a copy of it without the
// names 3.6 did not have, so that the library itself can still call them.

//go:embed prelude36.py
var prelude36Source string

// removedIn36 are the asyncio names Python 3.6 did not have.
var removedIn36 = []string{
	"run", "create_task", "get_running_loop", "all_tasks", "current_task",
	"TaskGroup", "Timeout", "timeout", "timeout_at", "to_thread",
	"Runner", "SendfileNotAvailableError", "BrokenBarrierError", "Barrier",
}

// taskMethodsAfter36 are Task methods added after 3.6 (get_coro and the
// names in 3.8, cancelling and uncancel in 3.11).
var taskMethodsAfter36 = []string{"get_coro", "get_name", "set_name", "cancelling", "uncancel"}

// module36 runs prelude36.py over the implementation module impl and
// returns the module scripts see.
func (s *state) module36(th *py.Thread, impl *py.Module) (*py.Module, error) {
	code, err := compile.CompileModule([]byte(prelude36Source), compile.Options{Filename: "/usr/lib/python3.6/asyncio/tasks.py"})
	if err != nil {
		return nil, err
	}
	if err := th.RunModule(code, impl.Dict); err != nil {
		return nil, err
	}
	m := py.NewModule("asyncio", "/usr/lib/python3.6/asyncio/__init__.py")
	removed := map[string]bool{}
	for _, n := range removedIn36 {
		removed[n] = true
	}
	for _, kv := range impl.Dict.Items() {
		name, ok := kv[0].(py.Str)
		if !ok || removed[string(name)] || name == "__file__" {
			continue
		}
		m.Dict.SetStr(string(name), kv[1])
	}
	return m, nil
}

// taskType36 gives the Task class 3.6's class methods and takes away the
// methods added later.
func (s *state) taskType36(t *py.Type) {
	for _, n := range taskMethodsAfter36 {
		t.Dict.DelStr(n)
	}
	// Task.all_tasks(loop=None) and Task.current_task(loop=None) default
	// to get_event_loop(), not the running loop.
	loopArg := func(args []py.Object, kw []string) *Loop {
		// args[0] is the class.
		if l, ok := argOr(args[1:], kw, 0, "loop").(*Loop); ok {
			return l
		}
		if s.running != nil {
			return s.running
		}
		if s.eventLoop == nil {
			s.eventLoop = s.newLoop()
		}
		return s.eventLoop
	}
	t.Dict.SetStr("all_tasks", &py.ClassMethod{Func: &py.Builtin{Name: "all_tasks", Qualname: "Task.all_tasks", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		return s.allTasks36(th, loopArg(args, kw))
	}}})
	t.Dict.SetStr("current_task", &py.ClassMethod{Func: &py.Builtin{Name: "current_task", Qualname: "Task.current_task", Fn: func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		l := loopArg(args, kw)
		if l.current == nil {
			return py.None, nil
		}
		return l.current, nil
	}}})
}

// allTasks36 mirrors 3.6's Task.all_tasks: the tasks of loop that are
// still alive. CPython keeps every task in a WeakSet, so a finished task
// stays listed while something references it and disappears with its
// last reference; we ask which finished tasks are still reachable.
// The set is in creation order (CPython's follows memory addresses).
func (s *state) allTasks36(th *py.Thread, l *Loop) (py.Object, error) {
	var done []py.Object
	for _, t := range s.tasks {
		if t.state != pending {
			done = append(done, t)
		}
	}
	alive := th.Reachable(done)
	dead := map[*Task]bool{}
	for i, o := range done {
		if !alive[i] {
			dead[o.(*Task)] = true
		}
	}
	kept := s.tasks[:0]
	for _, t := range s.tasks {
		if !dead[t] {
			kept = append(kept, t)
		}
	}
	s.tasks = kept
	set := py.NewSet()
	for _, t := range s.tasks {
		if t.loop == l {
			if err := set.Add(th, t); err != nil {
				return nil, err
			}
		}
	}
	return set, nil
}

// wakeupRepr36 is how 3.6 shows a task's wake-up callback in a future's
// repr: the C Task's TaskWakeupMethWrapper object.
func wakeupRepr36(th *py.Thread, cb py.Object) string {
	return sprintf("<TaskWakeupMethWrapper object at 0x%012x>", th.ID(cb))
}
