package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that Parse terminates on any input without panicking
// and that every failure is an *Error with a line number. Seeds are the
// golden corpus, the error table, and testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/parse/*.py")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	for _, src := range errorCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := Parse("fuzz.py", src, Options{})
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T %v is not *Error", err, err)
			}
			if e.Line < 1 {
				t.Fatalf("error without line: %+v", e)
			}
			if strings.HasPrefix(e.Msg, "internal error") {
				t.Fatalf("internal error: %v", e)
			}
			return
		}
		Dump(mod)
		if _, err := Parse("fuzz.py", src, Options{Python36: true}); err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %T is not *Error", err)
			}
		}
	})
}
