package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The timeline pane (site/src/timeline.js). Its geometry, for clicks.
const (
	tlAxis = 24
	tlRow  = 26
)

// tlRowPoint is the viewport point in the middle of row k's label.
func tlRowPoint(ctx context.Context, k int) (x, y float64, err error) {
	r, err := js[map[string]float64](ctx, `(() => { const r = document.querySelector('#timeline .tl-svg').getBoundingClientRect(); return {left: r.left, top: r.top}; })()`)
	if err != nil {
		return 0, 0, err
	}
	return r["left"] + 60, r["top"] + tlAxis + float64(k*tlRow) + tlRow/2, nil
}

// consoleLines is #output's lines; with a class, only those that have it.
func consoleLines(ctx context.Context, class string) []string {
	sel := "#output .line"
	if class != "" {
		sel += "." + class
	}
	v, _ := js[[]string](ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].map((l) => l.textContent.replace(/\n$/, ''))`, sel))
	return v
}

func press(ctx context.Context, key string, times int) error {
	for i := 0; i < times; i++ {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(key)); err != nil {
			return err
		}
	}
	// The console follows the cursor at once; the drawing on the next frame.
	time.Sleep(60 * time.Millisecond)
	return nil
}

func tlData(ctx context.Context) map[string]string {
	v, _ := js[map[string]string](ctx, "({...document.getElementById('timeline').dataset})")
	return v
}

func shoot(t *testing.T, ctx context.Context, name string) {
	dir := os.Getenv("AIOPLAY_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
	}
}

// TestTimeline opens the tutorial's example 3 by share link and uses the
// timeline: it shows a row per task and the blocking time.sleep, hovering
// explains a band, clicking a task highlights its output lines and the
// line it waits at, clicking an output line selects its task and moment,
// and the cursor (keys, buttons, replay) rewinds and replays the console.
func TestTimeline(t *testing.T) {
	e := needBrowser(t)
	srv := startServer(t, e.siteDir)
	b := newBrowser(t, e)
	ctx := b.tab(t)
	log := watchPage(t, ctx)
	ex := loadGallery(t)[2] // 03-run-until-complete
	if err := navigate(ctx, ShareLink(srv.URL, "3.11", ex.Source, true)); err != nil {
		t.Fatal(err)
	}
	if _, err := finishRun(ctx, false, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	full := outputText(ctx)
	fullLines := consoleLines(ctx, "")

	// The picture: main, callbacks and six tasks; the block; the cursor at the end.
	if err := waitFor(ctx, "document.getElementById('timeline').dataset.rows === '8'", 5*time.Second); err != nil {
		t.Fatalf("timeline rows: %v (%v)", err, tlData(ctx))
	}
	names, _ := js[[]string](ctx, `[...document.querySelectorAll('#timeline .name')].map((n) => n.textContent)`)
	if got := strings.Join(names, " "); got != "main.py callbacks Task-1 Task-2 Task-3 Task-4 Task-5 Task-6" {
		t.Errorf("row labels %q", got)
	}
	block, _ := js[string](ctx, `(document.querySelector('#timeline .blk-t') || {}).textContent || ''`)
	if block != "time.sleep(10) · nothing runs" {
		t.Errorf("blocking sleep label %q", block)
	}
	cur, _ := js[[]string](ctx, `[document.getElementById('tl-cursor').value, document.getElementById('tl-cursor').max]`)
	if len(cur) != 2 || cur[0] != cur[1] || cur[0] == "0" {
		t.Errorf("cursor %v, want at the end", cur)
	}
	shoot(t, ctx, "timeline-end")

	// Hovering a sleep band explains it.
	pt, err := js[map[string]float64](ctx, `(() => { const r = document.querySelector('#timeline .w-sleep').getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, pt["x"], pt["y"])); err != nil {
		t.Fatal(err)
	}
	if err := waitFor(ctx, "!document.getElementById('tl-tip').hidden", 2*time.Second); err != nil {
		t.Error("no tooltip on a sleep band")
	} else if tip, _ := js[string](ctx, "document.getElementById('tl-tip').textContent"); !strings.Contains(tip, "awaits sleep at line") {
		t.Errorf("tooltip %q", tip)
	}

	// Clicking Task-4 (my_function(20), still asleep at the end) highlights
	// its output line and marks the line where it waits in the editor.
	x, y, err := tlRowPoint(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	if hl := consoleLines(ctx, "tl-hl"); strings.Join(hl, "|") != "0.00 sec : Start 20" {
		t.Errorf("after clicking Task-4, highlighted output %q", hl)
	}
	sleepLine := 0
	for i, l := range strings.Split(ex.Source, "\n") {
		if strings.Contains(l, "await asyncio.sleep(delay)") {
			sleepLine = i + 1
		}
	}
	marked, _ := js[[]string](ctx, `[...document.getElementById('editor').shadowRoot.querySelectorAll('.cm-taskSel')].map((l) => l.textContent)`)
	if len(marked) != 1 || !strings.Contains(marked[0], "await asyncio.sleep(delay)") || !strings.Contains(marked[0], "Task-4: sleep") {
		t.Errorf("after clicking Task-4, the editor marks %q, want line %d with Task-4: sleep", marked, sleepLine)
	}
	shoot(t, ctx, "timeline-task")

	// Clicking an output line selects its task and moment.
	if _, err := js[bool](ctx, `(() => { const l = [...document.querySelectorAll('#output .line')].find((l) => l.textContent.startsWith('1.00 sec : Stop 1')); l.click(); return true; })()`); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	sel, _ := js[string](ctx, `(document.querySelector('#timeline .lrow.on .name') || {}).textContent || ''`)
	moment, _ := js[bool](ctx, `!!document.querySelector('#timeline .moment')`)
	if sel != "Task-1" || !moment {
		t.Errorf("after clicking the line 'Stop 1': selected row %q, moment drawn %v", sel, moment)
	}
	if at := consoleLines(ctx, "tl-at"); strings.Join(at, "|") != "1.00 sec : Stop 1" {
		t.Errorf("the clicked line is not marked: %q", at)
	}

	// The cursor: Home empties the console, arrows step through events,
	// End shows everything again.
	if _, err := js[bool](ctx, "document.getElementById('tl-cursor').focus(), true"); err != nil {
		t.Fatal(err)
	}
	press(ctx, kb.Home, 1)
	if out := outputText(ctx); out != "" {
		t.Errorf("cursor at the start: console %q", out)
	}
	states, _ := js[[]string](ctx, `[...document.querySelectorAll('#timeline .state')].map((s) => s.textContent)`)
	if strings.Join(states, ",") != strings.Repeat("not created yet,", 5)+"not created yet" {
		t.Errorf("states at the start: %q", states)
	}
	var prev int
	var shown []int
	for step := 0; step < 12; step++ {
		press(ctx, kb.ArrowRight, 3)
		n := len(consoleLines(ctx, ""))
		if n < prev {
			t.Fatalf("stepping forwards, the console shrank from %d to %d lines", prev, n)
		}
		prev = n
		shown = append(shown, n)
	}
	if prev == 0 || prev >= len(fullLines) {
		t.Errorf("after 36 events forwards the console shows %d of %d lines (steps %v)", prev, len(fullLines), shown)
	}
	if got := strings.Join(consoleLines(ctx, ""), "\n"); !strings.HasPrefix(full, got) {
		t.Errorf("the console at the cursor is not a prefix of the transcript:\n%s", got)
	}
	states, _ = js[[]string](ctx, `[...document.querySelectorAll('#timeline .state')].map((s) => s.textContent)`)
	if !strings.Contains(strings.Join(states, ","), "sleep · line") {
		t.Errorf("states at event 36: %q, want some task asleep", states)
	}
	shoot(t, ctx, "timeline-cursor")
	press(ctx, kb.ArrowLeft, 20)
	if n := len(consoleLines(ctx, "")); n >= prev {
		t.Errorf("20 events backwards the console shows %d lines, not fewer than %d", n, prev)
	}
	press(ctx, kb.End, 1)
	if out := outputText(ctx); out != full {
		t.Errorf("cursor at the end: console differs from the run's transcript:\n%s", diff(full, out))
	}

	// The step buttons move it too.
	click(ctx, "tl-back")
	time.Sleep(50 * time.Millisecond)
	if v, _ := js[string](ctx, "document.getElementById('tl-cursor').value"); v != fmt.Sprint(atoi(cur[1])-1) {
		t.Errorf("after the back button the cursor is %s, want %d", v, atoi(cur[1])-1)
	}

	// Replay at ×10 from the start: the cursor moves over about 1.6 s and
	// the console fills up again.
	if _, err := js[bool](ctx, `(() => { const p = document.getElementById('playback'); p.value = '10'; p.dispatchEvent(new Event('change')); return true; })()`); err != nil {
		t.Fatal(err)
	}
	press(ctx, kb.Home, 1)
	click(ctx, "tl-play")
	time.Sleep(500 * time.Millisecond)
	mid, _ := js[int](ctx, "Number(document.getElementById('tl-cursor').value)")
	if mid <= 0 || mid >= atoi(cur[1]) {
		t.Errorf("half a second into a ×10 replay the cursor is at %d of %s", mid, cur[1])
	}
	if err := waitFor(ctx, "document.getElementById('tl-cursor').value === document.getElementById('tl-cursor').max", 5*time.Second); err != nil {
		t.Errorf("the replay did not reach the end: %v", err)
	}
	if out := outputText(ctx); out != full {
		t.Errorf("after the replay the console differs:\n%s", diff(full, out))
	}

	_, errs := log.snapshot()
	for _, e := range errs {
		t.Errorf("page error: %s", e)
	}
	for _, v := range cspViolations(ctx) {
		t.Errorf("Content-Security-Policy violation: %s", v)
	}
}

func atoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

// TestTimeline10kTasks runs 10,000 tasks: the timeline must build and draw
// in under a second (it prints the times), stay responsive when scrolled
// to the middle, and show the right number of rows.
func TestTimeline10kTasks(t *testing.T) {
	e := needBrowser(t)
	srv := startServer(t, e.siteDir)
	b := newBrowser(t, e)
	ctx := b.tab(t)
	src := "import asyncio\n\nasync def worker(n):\n    await asyncio.sleep(n % 10 / 10)\n    if n % 1000 == 0:\n        print('worker', n)\n    return n\n\n" +
		"async def main():\n    tasks = [asyncio.create_task(worker(n)) for n in range(10000)]\n    done = await asyncio.gather(*tasks)\n    print(len(done), sum(done))\n\nasyncio.run(main())\n"
	if err := navigate(ctx, ShareLink(srv.URL, "3.11", src, true)); err != nil {
		t.Fatal(err)
	}
	if err := waitRunStarted(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := finishRun(ctx, false, 3*time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := waitFor(ctx, "document.getElementById('timeline').dataset.rows > 10000", 5*time.Second); err != nil {
		t.Fatalf("rows: %v (%v)", err, tlData(ctx))
	}
	run, _ := js[float64](ctx, `(() => { const s = window.__e2e.states; const a = s.find((x) => x[0] === 'running'); const b = s.find((x) => x[0] === 'done'); return b[1] - a[1]; })()`)
	d := tlData(ctx)
	// A redraw scrolled to the middle of the rows, timed in the page.
	mid, err := jsAwait[map[string]float64](ctx, `new Promise((resolve) => {
		const box = document.getElementById('timeline');
		const t0 = performance.now();
		box.scrollTop = 5000 * 26;
		requestAnimationFrame(() => requestAnimationFrame(() => resolve({wall: performance.now() - t0, draw: Number(box.dataset.drawMs)})));
	})`)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := js[[]string](ctx, `[...document.querySelectorAll('#timeline .name')].map((n) => n.textContent)`)
	build, draw := atof(d["buildMs"]), atof(d["drawMs"])
	fmt.Fprintf(os.Stdout, "e2e: timeline of 10,000 tasks (%s events, %s rows): model built in %.0f ms, drawn in %.0f ms (target < 1000 ms together: %s); "+
		"redrawn scrolled to the middle in %.0f ms (%.0f ms to the next frame); the run itself took %.0f ms in the page\n",
		d["events"], d["rows"], build, draw, verdictOf(build+draw < 1000), mid["draw"], mid["wall"], run)
	if build+draw >= 1000 {
		t.Errorf("the timeline of 10,000 tasks took %.0f ms to build and %.0f ms to draw", build, draw)
	}
	if len(names) == 0 || len(names) > 60 {
		t.Errorf("%d row labels in the DOM, want only those in view", len(names))
	} else if !strings.HasPrefix(names[len(names)/2], "Task-") {
		t.Errorf("labels in view after scrolling: %q", names)
	}
	shoot(t, ctx, "timeline-10k")
}

func atof(s string) float64 {
	var v float64
	fmt.Sscan(s, &v)
	return v
}

func verdictOf(ok bool) string {
	if ok {
		return "within target"
	}
	return "OVER TARGET"
}
