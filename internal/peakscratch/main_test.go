package peakscratch

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"github.com/aioplay/aioplay/runtime/scenario"
)

func TestPeak(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("SCRIPT"))
	runtime.MemProfileRate = 64
	var max uint64
	n := 0
	scenario.Run(scenario.Options{Source: string(src), OnEvent: func(scenario.Event) {},
		Interrupted: func() bool {
			n++
			if n%100 != 0 {
				return false
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > max {
				max = ms.HeapAlloc
				f, _ := os.Create("/tmp/peak/heap.prof")
				pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
			return false
		}})
	t.Logf("max live %d MB", max>>20)
}
