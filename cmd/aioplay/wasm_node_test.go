package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// TestWasmUnderNode builds this CLI for GOOS=js GOARCH=wasm and runs a
// sample of recorded cases under Node with Go's wasm_exec_node.js: each
// must print exactly what the native build prints, with the same exit
// status. That is the determinism promise: the page (WASM) and the CLI
// (native) give byte-identical transcripts.
func TestWasmUnderNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm binary")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	goroot := runtime.GOROOT()
	execJS := filepath.Join(goroot, "lib", "wasm", "wasm_exec_node.js")
	if _, err := os.Stat(execJS); err != nil {
		execJS = filepath.Join(goroot, "misc", "wasm", "wasm_exec_node.js")
	}
	dir := t.TempDir()
	wasmBin := filepath.Join(dir, "aioplay.wasm")
	nativeBin := filepath.Join(dir, "aioplay")
	build := func(out string, env ...string) {
		cmd := exec.Command("go", "build", "-o", out, ".")
		cmd.Env = append(os.Environ(), env...)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build %v: %v\n%s", env, err, b)
		}
	}
	build(wasmBin, "GOOS=js", "GOARCH=wasm")
	build(nativeBin)

	cases := sampleCases(t)
	if len(cases) == 0 {
		t.Fatal("no cases found")
	}
	for _, c := range cases {
		c := c
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			args := append([]string{"run"}, c.flags...)
			args = append(args, filepath.Base(c.path))
			native := exec.Command(nativeBin, args...)
			native.Dir = filepath.Dir(c.path)
			wantOut, wantCode := combined(native)
			wasm := exec.Command(node, append([]string{execJS, wasmBin}, args...)...)
			wasm.Dir = filepath.Dir(c.path)
			gotOut, gotCode := combined(wasm)
			if gotCode != wantCode || !bytes.Equal(gotOut, wantOut) {
				t.Errorf("wasm (exit %d) differs from native (exit %d):\n--- native\n%s\n--- wasm\n%s", gotCode, wantCode, wantOut, gotOut)
			}
		})
	}
}

type sampleCase struct {
	path  string
	flags []string
}

// sampleCases picks every project case plus a spread of the shared
// conformance corpus when it is present.
func sampleCases(t *testing.T) []sampleCase {
	var out []sampleCase
	add := func(glob string, every int) {
		files, _ := filepath.Glob(glob)
		sort.Strings(files)
		for i, f := range files {
			if i%every != 0 {
				continue
			}
			abs, _ := filepath.Abs(f)
			var flags []string
			if b, err := os.ReadFile(strings.TrimSuffix(abs, ".py") + ".flags"); err == nil {
				flags = strings.Fields(string(b))
			}
			out = append(out, sampleCase{abs, flags})
		}
	}
	add("../../testdata/cases/*.py", 1)
	add("../../../shared/conformance/*.py", 4)
	return out
}

func combined(cmd *exec.Cmd) ([]byte, int) {
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		code = -1
		buf.WriteString(err.Error())
	}
	return buf.Bytes(), code
}
