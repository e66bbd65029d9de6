package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/aioplay/aioplay/runtime/syntax"
)

// TestStripKeepsCode strips every Python source the runtime embeds and
// checks that it parses to the same tree, positions included, but for
// the docstrings (or a "pass" where one was a whole body).
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
		src := string(b)
		nodoc, err := StripDocstrings(path, src)
		if err != nil {
			t.Fatal(err)
		}
		stripped := Strip(nodoc)
		if strings.Count(src, "\n") != strings.Count(stripped, "\n") {
			t.Errorf("%s: line count changed", path)
		}
		a, errA := syntax.Parse(path, []byte(src), syntax.Options{})
		c, errC := syntax.Parse(path, []byte(stripped), syntax.Options{})
		if errA != nil || errC != nil {
			t.Fatalf("%s: parse: %v / %v", path, errA, errC)
		}
		dropDocstrings(a)
		if syntax.Dump(a) != syntax.Dump(c) {
			t.Errorf("%s: the stripped source parses differently", path)
		}
		re := Reindent(stripped)
		if strings.Count(re, "\n") != strings.Count(src, "\n") {
			t.Errorf("%s: line count changed by Reindent", path)
		}
		if r, err := syntax.Parse(path, []byte(re), syntax.Options{}); err != nil {
			t.Errorf("%s: reindented: %v", path, err)
		} else if noCols(syntax.Dump(r)) != noCols(syntax.Dump(c)) {
			t.Errorf("%s: the reindented source parses differently", path)
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

// noCols drops the columns from a dump: Reindent moves them, not lines.
func noCols(dump string) string {
	return regexp.MustCompile(`col_offset=\d+`).ReplaceAllString(dump, "")
}

func TestReindent(t *testing.T) {
	src := "if x:\n    y = [1,\n         2]\n    s = \"\"\"\n    keep\n\"\"\"\n    if z:\n\n        w = 1 + \\\n            2\n    v = '(' # (\nu = 0\n"
	want := "if x:\n y = [1,\n2]\n s = \"\"\"\n    keep\n\"\"\"\n if z:\n\n  w = 1 + \\\n2\n v = '(' # (\nu = 0\n"
	if got := Reindent(src); got != want {
		t.Errorf("Reindent:\n%q\nwant\n%q", got, want)
	}
}

// dropDocstrings removes the docstrings from the tree, as StripDocstrings
// does from the text: a body left empty gets a pass where the docstring
// began, and then the statement ends with that pass.
func dropDocstrings(mod *syntax.Module) {
	drop := func(p *syntax.Pos, body *[]syntax.Stmt) {
		doc := docstring(*body)
		if doc == nil {
			return
		}
		if len(*body) > 1 {
			*body = (*body)[1:]
			return
		}
		pass := syntax.Pos{Lineno: doc.Lineno, ColOffset: doc.ColOffset, EndLineno: doc.Lineno, EndColOffset: doc.ColOffset + 4}
		*body = []syntax.Stmt{&syntax.Pass{Pos: pass}}
		if p != nil && p.EndLineno == doc.EndLineno && p.EndColOffset == doc.EndColOffset {
			p.EndLineno, p.EndColOffset = pass.EndLineno, pass.EndColOffset
		}
	}
	syntax.Walk(mod, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Module:
			drop(nil, &n.Body)
		case *syntax.FunctionDef:
			drop(&n.Pos, &n.Body)
		case *syntax.AsyncFunctionDef:
			drop(&n.Pos, &n.Body)
		case *syntax.ClassDef:
			drop(&n.Pos, &n.Body)
		}
		return true
	})
}

func TestStripDocstrings(t *testing.T) {
	src := "'''Module.'''\nx = 1\ndef f():\n    \"\"\"Doc\n    more.\"\"\"\n    return 1\n" +
		"class C:\n    'only a docstring'\ndef g(): 'same line'\ndef h():\n    f'not a docstring'\n"
	want := "\nx = 1\ndef f():\n\n\n    return 1\n" +
		"class C:\n    pass\ndef g(): 'same line'\ndef h():\n    f'not a docstring'\n"
	got, err := StripDocstrings("t.py", src)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("StripDocstrings:\n%q\nwant\n%q", got, want)
	}
}
