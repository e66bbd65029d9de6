package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// example is one site/gallery script with CPython's recorded transcript.
type example struct {
	Slug         string
	Source       string
	Want         string // NN-slug.out
	Status       string // NN-slug.rc
	SigintAtIdle bool   // NN-slug.flags has --sigint-at-idle
}

func loadGallery(t *testing.T) []example {
	t.Helper()
	files, err := filepath.Glob("../site/gallery/[0-9][0-9]-*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gallery examples found: %v", err)
	}
	var list []example
	for _, f := range files {
		base := strings.TrimSuffix(f, ".py")
		read := func(name string) string {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v (record it with scripts/site/record-gallery.sh)", err)
			}
			return string(data)
		}
		flags, _ := os.ReadFile(base + ".flags")
		list = append(list, example{
			Slug:         filepath.Base(base),
			Source:       read(f),
			Want:         read(base + ".out"),
			Status:       strings.TrimSpace(read(base + ".rc")),
			SigintAtIdle: strings.Contains(string(flags), "--sigint-at-idle"),
		})
	}
	return list
}

// TestGallery opens each gallery example's share link with &run=1 and
// compares what the page shows with CPython's transcript, after the
// conformance corpus's normalization, and the exit status with its .rc.
// Examples listed in KNOWN_FAILING may differ while the interpreter is
// being built.
func TestGallery(t *testing.T) {
	e := needBrowser(t)
	srv := startServer(t, e.siteDir)
	b := newBrowser(t, e)
	for _, ex := range loadGallery(t) {
		t.Run(ex.Slug, func(t *testing.T) {
			ctx := b.tab(t)
			ratchet(t, ex.Slug, runExample(ctx, srv.URL, ex))
		})
	}
}

func runExample(ctx context.Context, base string, ex example) error {
	if err := navigate(ctx, ShareLink(base, "3.11", ex.Source, true)); err != nil {
		return err
	}
	status, err := finishRun(ctx, ex.SigintAtIdle, 20*time.Second)
	if err != nil {
		return err
	}
	got := outputText(ctx)
	if g, w := Normalize(got), Normalize(ex.Want); g != w {
		return fmt.Errorf("transcript differs (exit status %s):\n%s", status, diff(w, g))
	}
	if status != ex.Status {
		return fmt.Errorf("exit status %s, want %s", status, ex.Status)
	}
	return nil
}

// diff shows the first differing line of two transcripts with some
// context: enough to see what went wrong in a test log.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	from := max(0, i-2)
	var b strings.Builder
	fmt.Fprintf(&b, "  first difference at line %d\n", i+1)
	for j := from; j < i+4 && (j < len(w) || j < len(g)); j++ {
		wl, gl := "", ""
		if j < len(w) {
			wl = w[j]
		}
		if j < len(g) {
			gl = g[j]
		}
		mark := " "
		if wl != gl {
			mark = "!"
		}
		fmt.Fprintf(&b, "  %s want %q\n  %s  got %q\n", mark, wl, mark, gl)
	}
	return b.String()
}
