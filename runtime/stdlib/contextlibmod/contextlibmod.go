// Package contextlibmod implements Python's contextlib module, written in
// Python (contextlib.py, embedded) as CPython's is: contextmanager and
// asynccontextmanager (which works with asyncio), suppress, closing,
// aclosing, nullcontext, ExitStack, AsyncExitStack, redirect_stdout and
// redirect_stderr.
//
// redirect_stdout and redirect_stderr swap sys.stdout and sys.stderr as
// CPython's do; whether print() follows depends on the VM looking up
// sys.stdout.
package contextlibmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed contextlib.py
var source string

func init() {
	py.RegisterModule("contextlib", pyargs.PythonModule("contextlib", "/usr/lib/python3.11/contextlib.py", source))
}
