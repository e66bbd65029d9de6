// Package vclock gives every module of a scenario the same virtual clock:
// the one the event loop jumps forward and time.sleep advances.
package vclock

import (
	"github.com/aioplay/aioplay/runtime/loop"
	"github.com/aioplay/aioplay/runtime/py"
)

type key struct{}

// Of returns the thread's clock, creating it (at 1000.0) on first use.
func Of(th *py.Thread) *loop.Clock {
	if c, ok := th.Ext[key{}].(*loop.Clock); ok {
		return c
	}
	c := loop.NewClock()
	th.Ext[key{}] = c
	return c
}
