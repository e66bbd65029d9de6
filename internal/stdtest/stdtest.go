// Package stdtest runs the golden scripts of the standard modules' tests:
// each testdata/NAME.py runs through scenario.Run as main.py, and its
// merged stdout and stderr must equal testdata/NAME.out, the transcript
// CPython 3.11 produced under the conformance contract (virtual clock,
// main.py), after both are normalized as the conformance runner does.
//
// `go test ./runtime/stdlib/... -args -update` re-records the transcripts
// with python3 and /work/shared/tools/vclock_run.py; review them in the
// diff. A NAME.rc file holds a nonzero exit status.
//
// Only tests import this package.
package stdtest

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/aioplay/aioplay/runtime/scenario"
)

var update = flag.Bool("update", false, "re-record testdata/*.out with python3")

// VclockRunner is the reference runner used to record transcripts.
const VclockRunner = "/work/shared/tools/vclock_run.py"

// Run runs src as main.py and returns the merged transcript and status.
func Run(src string) (string, int) {
	var sb strings.Builder
	code := scenario.Run(scenario.Options{Source: src, OnEvent: func(e scenario.Event) {
		if e.Kind == "output" {
			sb.WriteString(e.Text)
		}
	}})
	return sb.String(), code
}

// RunDir checks every testdata/*.py of the calling package's directory.
func RunDir(t *testing.T) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.py")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			outPath := strings.TrimSuffix(f, ".py") + ".out"
			rcPath := strings.TrimSuffix(f, ".py") + ".rc"
			if *update {
				record(t, src, outPath, rcPath)
			}
			want, err := os.ReadFile(outPath)
			if err != nil {
				t.Fatalf("%v (record with -update)", err)
			}
			wantRC := 0
			if b, err := os.ReadFile(rcPath); err == nil {
				wantRC, _ = strconv.Atoi(strings.TrimSpace(string(b)))
			}
			got, rc := Run(string(src))
			if g, w := Normalize(got), Normalize(string(want)); g != w {
				t.Errorf("transcript differs:\n%s", diff(w, g))
			}
			if rc != wantRC {
				t.Errorf("exit status %d, want %d", rc, wantRC)
			}
		})
	}
}

func record(t *testing.T, src []byte, outPath, rcPath string) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.py"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", VclockRunner, "main.py")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	rc := 0
	if ee, ok := err.(*exec.ExitError); ok {
		rc = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outPath, out, 0o644); err != nil {
		t.Fatal(err)
	}
	if rc != 0 {
		if err := os.WriteFile(rcPath, []byte(strconv.Itoa(rc)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	} else {
		os.Remove(rcPath)
	}
}

var (
	frameRe  = regexp.MustCompile(`^([ |]*)File "([^"]+)", line \d+`)
	markerRe = regexp.MustCompile(`^[ |]*[\^~]+\s*$`)
	addrRe   = regexp.MustCompile(`0x[0-9a-fA-F]{8,}`)
	anyFrame = regexp.MustCompile(`^[ |]*File "`)
)

// Normalize is the conformance corpus's normalize.py: frames outside
// main.py and position markers dropped, addresses replaced by 0xADDR,
// trailing spaces stripped.
func Normalize(text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if m := frameRe.FindStringSubmatch(ln); m != nil && m[2] != "main.py" {
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], m[1]+"  ") && !anyFrame.MatchString(lines[i+1]) {
				i++
			}
			continue
		}
		if markerRe.MatchString(ln) {
			continue
		}
		ln = addrRe.ReplaceAllString(ln, "0xADDR")
		if j := strings.Index(ln, "[idle forever]"); j >= 0 {
			ln = ln[:j+len("[idle forever]")]
		}
		out = append(out, strings.TrimRight(ln, " \t"))
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

// diff shows the first differing lines of two transcripts.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			sb.WriteString("line " + strconv.Itoa(i+1) + ":\n  want: " + a + "\n  got:  " + b + "\n")
			shown++
			if shown >= 8 {
				sb.WriteString("  ...\n")
				break
			}
		}
	}
	return sb.String()
}
