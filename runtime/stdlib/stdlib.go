// Package stdlib links every module aioplay provides into a binary: import
// it for its side effect of registering them.
package stdlib

import (
	// Each registers its module with py.RegisterModule.
	_ "github.com/aioplay/aioplay/runtime/stdlib/asyncio"
	_ "github.com/aioplay/aioplay/runtime/stdlib/concurrent"
	_ "github.com/aioplay/aioplay/runtime/stdlib/randommod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/signalmod"
	_ "github.com/aioplay/aioplay/runtime/stdlib/timemod"
)

// Linked is referenced by hosts to make the dependency explicit.
const Linked = true
