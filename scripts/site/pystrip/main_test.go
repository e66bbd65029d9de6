package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aioplay/aioplay/runtime/syntax"
)

// TestStripKeepsCode strips every Python source the runtime embeds and
// checks that it parses to the same tree, positions included, with fewer
// bytes.
func TestStripKeepsCode(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{range .EmbedFiles}}{{$.Dir}}/{{.}}{{"\n"}}{{end}}`, "../../../runtime/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range strings.Fields(string(out)) {
		if filepath.Ext(path) != ".py" {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src, stripped := string(b), Strip(string(b))
		if strings.Count(src, "\n") != strings.Count(stripped, "\n") {
			t.Errorf("%s: line count changed", path)
		}
		a, errA := syntax.Parse(path, []byte(src), syntax.Options{})
		c, errC := syntax.Parse(path, []byte(stripped), syntax.Options{})
		if errA != nil || errC != nil {
			t.Fatalf("%s: parse: %v / %v", path, errA, errC)
		}
		if syntax.Dump(a) != syntax.Dump(c) {
			t.Errorf("%s: the stripped source parses differently", path)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no embedded Python sources found")
	}
}

func TestStrip(t *testing.T) {
	src := "x = 1\n  # a comment\n#@ marker\ns = '''\n# not a comment\n'''\ny = \"# no\" # trailing stays\n\t# tab\n"
	want := "x = 1\n\n#@ marker\ns = '''\n# not a comment\n'''\ny = \"# no\" # trailing stays\n\n"
	if got := Strip(src); got != want {
		t.Errorf("Strip:\n%q\nwant\n%q", got, want)
	}
}
