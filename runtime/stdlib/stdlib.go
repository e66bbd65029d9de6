// Package stdlib links every module aioplay provides into a binary: import
// it for its side effect of registering them.
package stdlib

import (
	// Each registers its module with py.RegisterModule.
	_ "github.com/aioplay/aioplay/runtime/stdlib/asyncio"
	_ "github.com/aioplay/aioplay/runtime/stdlib/bisectmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/collectionsmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/concurrent"
	_ "github.com/aioplay/aioplay/runtime/stdlib/contextlibmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/copymod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/dataclassesmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/datetimemod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/enummod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/functoolsmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/heapqmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/itertoolsmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/jsonmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/loggingmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/mathmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/operatormod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/pymods"
	_ "github.com/aioplay/aioplay/runtime/stdlib/randommod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/signalmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/stringmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/textwrapmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/threadingmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/timemod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/typesmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/typingmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/weakrefmod"
)

// Linked is referenced by hosts to make the dependency explicit.
const Linked = true
