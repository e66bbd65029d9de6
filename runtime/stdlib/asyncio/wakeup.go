package asyncio

import "github.com/aioplay/aioplay/runtime/py"

// taskWakeup is a task's bound method Task.task_wakeup, the callback a task
// adds to each future it waits on. A struct of one pointer is stored in an
// interface as is, so waiting allocates nothing (a program with 100 000
// waiting tasks would otherwise hold 100 000 bound methods), and two of a
// task's compare equal, as `is` requires for remove_done_callback.
type taskWakeup struct{ t *Task }

// wakeupOf returns t's task_wakeup callback.
func wakeupOf(t *Task) taskWakeup { return taskWakeup{t} }

// Type returns the callback's class, a builtin_function_or_method look-alike.
func (w taskWakeup) Type() *py.Type { return w.t.st.wakeupType }

// Traverse implements py.Traversable: the bound method holds its task.
func (w taskWakeup) Traverse(visit func(py.Object)) { visit(w.t) }

// call runs the wakeup for the future fut, as the loop calls it.
func (w taskWakeup) call(th *py.Thread, fut py.Object) error {
	return w.t.wakeup(th, fut)
}

// newWakeupType makes the class of taskWakeup callbacks: Python code sees
// them only through a loop's handles and exception-handler contexts, where
// they must call, print and name themselves as CPython's bound method does.
func newWakeupType() *py.Type {
	t := builtinType("builtin_function_or_method", "builtins", py.ObjectType)
	arg := func(th *py.Thread, o py.Object) (taskWakeup, error) {
		w, ok := o.(taskWakeup)
		if !ok {
			return w, th.NewError(py.TypeErrorType, "descriptor requires a 'builtin_function_or_method' object")
		}
		return w, nil
	}
	addMethods(t, map[string]method{
		"__call__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			w, err := arg(th, args[0])
			if err != nil {
				return nil, err
			}
			if len(args) != 2 || len(kw) > 0 {
				return nil, th.Errorf(py.TypeErrorType, "task_wakeup() takes exactly one argument (%d given)", len(args)-1)
			}
			return py.None, w.call(th, args[1])
		},
		"__repr__": func(th *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			w, err := arg(th, args[0])
			if err != nil {
				return nil, err
			}
			return py.Str(sprintf("<built-in method task_wakeup of _asyncio.Task object at 0x%012x>", th.ID(w.t))), nil
		},
	})
	t.Dict.SetStr("__name__", py.Str("task_wakeup"))
	t.Dict.SetStr("__qualname__", py.Str("Task.task_wakeup"))
	return t
}
