package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestNoSyscallJS enforces the bridge's rule: JavaScript is reached only
// through github.com/hack-pad/safejs, whose calls return errors where
// syscall/js panics (one uncaught JS exception would otherwise end the
// whole Go program, and with it every later run in the worker). The rule
// holds for the whole repository, not only wasm/, so that no package the
// bridge imports can bring syscall/js back in.
//
// This file has no build tag, so it runs natively with `go test ./...`;
// it parses files instead of building them, so files for js/wasm are
// checked too.
func TestNoSyscallJS(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repository root not found above wasm/: %v", err)
	}
	checked := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "vendor", "node_modules", ".git", "dist", "testdata":
				return filepath.SkipDir
			}
			return nil
		}
		if filepath.Ext(path) != ".go" {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			// A file that does not parse is another test's failure; the
			// imports it does have are still checked.
			t.Logf("%s: %v", path, err)
		}
		if f == nil {
			return nil
		}
		checked++
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "syscall/js" {
				rel, _ := filepath.Rel(root, path)
				t.Errorf("%s imports syscall/js; use github.com/hack-pad/safejs instead", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked == 0 {
		t.Fatal("no Go files checked")
	}
}
