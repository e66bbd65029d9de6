package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// largeSource concatenates the corpus, each file wrapped in a function
// so that the result stays one valid module, until it is about 1 MB.
func largeSource(b *testing.B) []byte {
	files, _ := filepath.Glob("testdata/parse/*.py")
	var sb strings.Builder
	for n := 0; sb.Len() < 1<<20; n++ {
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				b.Fatal(err)
			}
			var chunk strings.Builder
			fmt.Fprintf(&chunk, "def wrapper_%d():\n", n)
			text := strings.TrimPrefix(string(src), "\ufeff")
			text = strings.ReplaceAll(text, "\r\n", "\n")
			for _, line := range strings.Split(text, "\n") {
				chunk.WriteString("    " + line + "\n")
			}
			chunk.WriteString("    pass\n")
			// Wrapping changes the indentation of tab-indented files.
			if _, err := Parse("chunk.py", []byte(chunk.String()), Options{}); err == nil {
				sb.WriteString(chunk.String())
			}
		}
	}
	return []byte(sb.String())
}

func BenchmarkParse(b *testing.B) {
	src := largeSource(b)
	if _, err := Parse("big.py", src, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("big.py", src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
