// Package functoolsmod implements Python's functools module, written in
// Python (functools.py, embedded): partial, partialmethod, reduce, wraps
// and update_wrapper, lru_cache and cache (with cache_info), total_ordering,
// cmp_to_key, cached_property, singledispatch and singledispatchmethod.
//
// CPython implements partial, reduce, cmp_to_key and the lru_cache
// wrapper in C; here they are Python classes with the same reprs.
package functoolsmod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed functools.py
var source string

func init() {
	py.RegisterModule("functools", pyargs.PythonModule("functools", "/usr/lib/python3.11/functools.py", source))
}
