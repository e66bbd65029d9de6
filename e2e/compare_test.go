package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The notes the page shows under the differences of example 5 (graceful
// cancel) between Python 3.6 and 3.11 (site/src/versions.js).
const (
	noteAllTasks  = "asyncio.Task.all_tasks() was removed in Python 3.9: use asyncio.all_tasks()"
	noteCancelled = "since 3.8 CancelledError is a BaseException: `except concurrent.futures.CancelledError` no longer catches it"
)

// TestCompareVersions opens the tutorial's graceful-cancel example from the
// gallery (it opens in Python 3.6), runs it, switches to 3.11 and runs it
// again: "Cancelled 10" is printed under 3.6 only, and the side-by-side
// view shows it in the 3.6 column with the differences explained. Then the
// 3.6 / 3.11 button compares an example that prints the same under both,
// running the missing versions in the background.
func TestCompareVersions(t *testing.T) {
	e := needBrowser(t)
	srv := startServer(t, e.siteDir)
	b := newBrowser(t, e)
	ctx := b.tab(t)
	if err := navigate(ctx, srv.URL); err != nil {
		t.Fatal(err)
	}
	if err := waitFor(ctx, "document.documentElement.dataset.runState === 'ready' && document.querySelectorAll('#gallery-list .menu-item').length > 0", 15*time.Second); err != nil {
		t.Fatal(err)
	}
	pick := func(slug string) {
		t.Helper()
		if err := click(ctx, "gallery"); err != nil {
			t.Fatal(err)
		}
		if _, err := js[bool](ctx, fmt.Sprintf(`(() => { document.querySelector('#gallery-list [data-slug=%q]').click(); return true; })()`, slug)); err != nil {
			t.Fatal(err)
		}
	}
	python := func() string {
		v, _ := js[string](ctx, "document.getElementById('python').value")
		return v
	}
	runIt := func(want string) string {
		t.Helper()
		// Run starts the run synchronously (runState "running"), so
		// finishRun cannot see the previous run's "done".
		if err := click(ctx, "run"); err != nil {
			t.Fatal(err)
		}
		status, err := finishRun(ctx, false, 20*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if status != want {
			t.Errorf("Python %s: exit status %s, want %s\n%s", python(), status, want, outputText(ctx))
		}
		return outputText(ctx)
	}

	pick("05-graceful-cancel")
	if v := python(); v != "3.6" {
		t.Fatalf("the tutorial's example opens in Python %s, want 3.6", v)
	}
	if out := runIt("0"); !strings.Contains(out, "Cancelled 10") {
		t.Errorf("under 3.6 the output lacks \"Cancelled 10\":\n%s", out)
	}
	if hidden, _ := js[bool](ctx, "document.getElementById('compare').hidden"); !hidden {
		t.Error("the comparison shows after one version only")
	}
	if _, err := js[bool](ctx, `(() => { const s = document.getElementById('python'); s.value = '3.11'; s.dispatchEvent(new Event('change')); return true; })()`); err != nil {
		t.Fatal(err)
	}
	if out := runIt("1"); strings.Contains(out, "Cancelled 10") {
		t.Errorf("under 3.11 the output has \"Cancelled 10\":\n%s", out)
	}
	if err := waitFor(ctx, "!document.getElementById('compare').hidden", 5*time.Second); err != nil {
		t.Fatal(err)
	}
	view, err := js[map[string]any](ctx, `(() => {
		const c = document.getElementById('compare');
		const text = (sel) => [...c.querySelectorAll(sel)].map((e) => e.textContent).join('\n');
		// Each note follows the row of the difference it explains.
		const notes = [...c.querySelectorAll('.compare-note')];
		return {
			left: text('.compare-left'), right: text('.compare-right'), notes: notes.map((n) => n.textContent),
			after: notes.map((n) => { let p = n.previousElementSibling; while (p && p.classList.contains('compare-note')) p = p.previousElementSibling; return !!p && p.classList.contains('compare-diff') && p.querySelector('.compare-left').textContent.includes('Cancelled 10'); }),
			visible: c.getBoundingClientRect().height > 0,
		};
	})()`)
	if err != nil {
		t.Fatal(err)
	}
	left, _ := view["left"].(string)
	right, _ := view["right"].(string)
	if !strings.Contains(left, "Cancelled 10") || strings.Contains(right, "Cancelled 10") {
		t.Errorf("side by side: \"Cancelled 10\" should be in the 3.6 column only:\n3.6:\n%s\n3.11:\n%s", left, right)
	}
	if !strings.Contains(right, "has no attribute 'all_tasks'") {
		t.Errorf("the 3.11 column lacks the AttributeError:\n%s", right)
	}
	notes := fmt.Sprint(view["notes"])
	for _, n := range []string{noteAllTasks, noteCancelled} {
		if !strings.Contains(notes, n) {
			t.Errorf("the comparison does not explain %q; notes: %s", n, notes)
		}
	}
	for i, ok := range view["after"].([]any) {
		if ok != true {
			t.Errorf("note %d is not under the difference with \"Cancelled 10\"", i+1)
		}
	}
	if view["visible"] != true {
		t.Error("the comparison has no height")
	}
	shoot(t, ctx, "compare-versions")

	// The button compares an example whose versions print the same.
	pick("03-run-until-complete")
	if err := click(ctx, "compare-run"); err != nil {
		t.Fatal(err)
	}
	if err := waitFor(ctx, "!document.getElementById('compare').hidden && document.getElementById('compare').dataset.same === 'true' && !document.getElementById('compare-run').disabled", 40*time.Second); err != nil {
		t.Fatal(err)
	}
	if s, _ := js[string](ctx, "document.querySelector('#compare .compare-summary').textContent"); s != "Python 3.6 and 3.11 print the same." {
		t.Errorf("summary %q", s)
	}
	for _, v := range cspViolations(ctx) {
		t.Errorf("Content-Security-Policy violation: %s", v)
	}
}
