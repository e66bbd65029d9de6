package datetimemod_test

import (
	"testing"

	"github.com/aioplay/aioplay/internal/stdtest"
)

// TestGolden runs testdata/*.py against CPython's recorded transcripts.
func TestGolden(t *testing.T) { stdtest.RunDir(t) }
