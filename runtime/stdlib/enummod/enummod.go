// Package enummod implements Python's enum module, written in Python
// (enum.py, embedded) to CPython 3.11's documented behaviour: Enum,
// IntEnum, StrEnum, Flag, IntFlag, auto and unique, with members, .name,
// .value, reprs like <Color.RED: 1>, lookup by value (Color(1)) and by
// name (Color['RED']).
//
// The VM has no metaclasses yet, so an enum class cannot be iterated,
// measured with len() or tested with `in`; Color.__members__ works.
package enummod

import (
	_ "embed"

	"github.com/aioplay/aioplay/runtime/py"
	"github.com/aioplay/aioplay/runtime/stdlib/pyargs"
)

//go:embed enum.py
var source string

func init() {
	py.RegisterModule("enum", pyargs.PythonModule("enum", "/usr/lib/python3.11/enum.py", source))
}
