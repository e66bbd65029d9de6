package syntax

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// update re-records the golden files with python3:
//
//	go test ./runtime/syntax/ -run 'TestDump|TestErrors' -update
var update = flag.Bool("update", false, "re-record golden files with python3")

// dumpScript prints ast.dump(..., include_attributes=True) for a file.
const dumpScript = `import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1], "rb").read()), include_attributes=True))`

// TestDump parses every testdata/parse/*.py file and compares Dump's
// output with the golden recorded from CPython 3.11's ast.dump.
func TestDump(t *testing.T) {
	files, err := filepath.Glob("testdata/parse/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		golden := strings.TrimSuffix(file, ".py") + ".golden"
		if *update {
			out, err := exec.Command("python3", "-c", dumpScript, file).Output()
			if err != nil {
				t.Fatalf("python3 %s: %v", file, err)
			}
			if err := os.WriteFile(golden, out, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("missing golden (run with -update): %v", err)
			}
			mod, err := Parse(filepath.Base(file), src, Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := Dump(mod)
			if got != strings.TrimRight(string(want), "\n") {
				t.Errorf("dump mismatch\n%s", firstDiff(got, strings.TrimRight(string(want), "\n")))
			}
		})
	}
}

// firstDiff shows the neighbourhood of the first difference.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := i - 150
	if lo < 0 {
		lo = 0
	}
	clip := func(s string) string {
		hi := i + 150
		if hi > len(s) {
			hi = len(s)
		}
		if lo > len(s) {
			return ""
		}
		return s[lo:hi]
	}
	return "got:  ..." + clip(got) + "\nwant: ..." + clip(want)
}
