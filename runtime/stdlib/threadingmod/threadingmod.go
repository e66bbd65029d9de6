// Package threadingmod implements Python's threading, queue and os (with
// os.path) modules, written in Python (embedded) to CPython 3.11's
// documented behaviour. aioplay runs one thread: a thread's work runs to
// completion when it is started or submitted (threading.py says how), and
// os describes a fixed pretend machine with no filesystem.
package threadingmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

var (
	//go:embed threading.py
	threadingSrc string
	//go:embed queue.py
	queueSrc string
	//go:embed os.py
	osSrc string
	//go:embed posixpath.py
	posixpathSrc string
)

func init() {
	const lib = "/usr/lib/python3.11/"
	py.RegisterModule("threading", pyargs.PythonModule("threading", lib+"threading.py", threadingSrc))
	py.RegisterModule("queue", pyargs.PythonModule("queue", lib+"queue.py", queueSrc))
	py.RegisterModule("os", pyargs.PythonModule("os", lib+"os.py", osSrc))
	py.RegisterModule("posixpath", pyargs.PythonModule("posixpath", lib+"posixpath.py", posixpathSrc))
	py.RegisterModule("os.path", func(th *py.Thread) (*py.Module, error) { return th.Import("posixpath") })
}
