package timeline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The golden tests: each testdata/NAME.py (the tutorial's examples 3 and
// 6, and a few scenarios that use every kind of record) has the trace that
// `aioplay run --trace` writes for it (NAME.trace.json, re-recorded by
// `go test ./cmd/aioplay -run TestTimeline -update`) and the picture drawn
// from that trace (NAME.svg, rewritten by -update here). They are plain
// files rather than txtar archives so that the pictures open as images.
var update = flag.Bool("update", false, "rewrite testdata/*.svg from testdata/*.trace.json")

func loadModel(t *testing.T, name string) *Model {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name+".trace.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	evs, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return Build(Normalize(evs))
}

func goldenNames(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.trace.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.trace.json (%v)", err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".trace.json"))
	}
	return names
}

// Render draws the golden picture of testdata/NAME: the width and title
// every golden uses (cmd/aioplay's test draws them the same way).
func Render(m *Model, name string) []byte {
	var b bytes.Buffer
	SVG(&b, m, Options{Title: name + ".py"})
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, name := range goldenNames(t) {
		t.Run(name, func(t *testing.T) {
			got := Render(loadModel(t, name), name)
			path := filepath.Join("testdata", name+".svg")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from what is drawn now (go test ./internal/timeline -update rewrites it)\n%s", path, firstDiff(string(want), string(got)))
			}
			// Drawing is deterministic.
			if again := Render(loadModel(t, name), name); !bytes.Equal(got, again) {
				t.Error("two drawings of the same trace differ")
			}
		})
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + w + "\n got: " + g
		}
	}
	return ""
}

func rowByName(m *Model, name string) *Row {
	for _, r := range m.Rows {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// TestExample3Blocks: the tutorial's example 3 blocks the loop with
// time.sleep(10) between two run_until_complete calls. The picture has one
// band of ten seconds across every row; the tasks sleeping through it (3,
// 15 and 20 seconds) wait across it, and Task-2's 3-second sleep ends only
// after it; the task created after it (my_function(4)) starts at 12 s.
func TestExample3Blocks(t *testing.T) {
	m := loadModel(t, "example03")
	if len(m.Blocks) != 1 {
		t.Fatalf("%d blocks, want 1", len(m.Blocks))
	}
	b := m.Blocks[0]
	if b.T != 1002 || b.Until != 1012 || b.By != "main" {
		t.Errorf("block %+v, want time.sleep(10) in main from 1002 to 1012", b)
	}
	sc := NewScale(m, 960)
	x1, x2 := sc.X(b.At), sc.BlockEnd(b)
	if w := x2 - x1; w < 200 {
		t.Errorf("the 10 s block is only %.1f px wide", w)
	}
	for _, name := range []string{"Task-2", "Task-3", "Task-4"} {
		r := rowByName(m, name)
		var across bool
		for _, s := range r.Spans {
			if s.Kind == SpanWait && s.Detail == "sleep" && sc.X(s.From) < x1 && sc.X(s.To) > x2 {
				across = true
			}
		}
		if !across {
			t.Errorf("%s does not sleep across the block: %+v", name, r.Spans)
		}
	}
	if r := rowByName(m, "Task-2"); r.Done < 0 || m.Events[r.Done].T != 1012 {
		t.Errorf("Task-2 (sleep 3) should end at 12 s, delayed by the block")
	}
	if r := rowByName(m, "Task-4"); r.Done >= 0 {
		t.Error("Task-4 (sleep 20) should never finish")
	}
	if r := rowByName(m, "Task-6"); r == nil || m.Events[r.Created].T != 1012 {
		t.Error("Task-6 should be created at 12 s, after the block")
	}
	svg := string(Render(m, "example03"))
	for _, want := range []string{`class="blk"`, "time.sleep(10) · nothing runs", "Task-4 was still pending when the run ended"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}

// TestExample6Fails: in the tutorial's example 6, my_function('a') raises
// TypeError in its first step; its row ends there with the exception.
func TestExample6Fails(t *testing.T) {
	m := loadModel(t, "example06")
	r := rowByName(m, "Task-3")
	if r == nil || r.Outcome != "exception" || !strings.HasPrefix(r.Result, "TypeError(") {
		t.Fatalf("Task-3: %+v, want an exception TypeError", r)
	}
	if got := []string{r.Spans[0].Kind, r.Spans[1].Kind}; len(r.Spans) != 2 || !reflect.DeepEqual(got, []string{SpanSched, SpanRun}) {
		t.Errorf("Task-3's spans %+v, want sched then one step", r.Spans)
	}
	for _, name := range []string{"Task-1", "Task-2"} {
		if r := rowByName(m, name); r.Outcome != "result" {
			t.Errorf("%s: outcome %q", name, r.Outcome)
		}
	}
	svg := string(Render(m, "example06"))
	for _, want := range []string{`class="exc"`, `class="rl-exc"`, "TypeError(&quot;'&lt;=' not supported", "Task-3 raised TypeError"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}

func TestNormalize(t *testing.T) {
	out := func(t float64, stream, text string) Event {
		return Event{Kind: "output", T: t, Stream: stream, Text: text}
	}
	step := Event{Kind: "trace", T: 1001, Trace: &Record{What: "step"}}
	// The cases of wasm/relay's TestLineSplittingAndMerging.
	got := Normalize([]Event{
		out(1000, "stdout", "a\nb\npar"),
		out(1000, "stdout", "tial\n"),
		out(1000, "stdout", "1 "),
		out(1000, "stdout", "2 "),
		out(1001, "stdout", "3\n"),
		out(1001, "stdout", "x"),
		out(1001, "stderr", "Traceback\n"),
		out(1001, "stdout", "y"),
		step,
		out(1001, "stdout", "z\n"),
		out(1002, "stderr", "tail"),
	})
	want := []Event{
		out(1000, "stdout", "a\n"),
		out(1000, "stdout", "b\n"),
		out(1000, "stdout", "partial\n"),
		out(1000, "stdout", "1 2 "),
		out(1001, "stdout", "3\n"),
		out(1001, "stdout", "x"),
		out(1001, "stderr", "Traceback\n"),
		out(1001, "stdout", "y"),
		step,
		out(1001, "stdout", "z\n"),
		out(1002, "stderr", "tail"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Normalize:\n got %+v\nwant %+v", got, want)
	}
}

// TestFlatRun: a run where everything happens at t=0 still spreads its
// events over the plot, one slot each, in order.
func TestFlatRun(t *testing.T) {
	m := loadModel(t, "flat")
	if m.T != 0 {
		t.Fatalf("T = %v, want 0", m.T)
	}
	sc := NewScale(m, 960)
	if sc.S != 0 || sc.E <= 0 || sc.E > maxSlot {
		t.Errorf("scale %+v", sc)
	}
	for i := 1; i < len(m.Events); i++ {
		if sc.X(i)-sc.X(i-1) != sc.E {
			t.Fatalf("events %d and %d are %v apart, want %v", i-1, i, sc.X(i)-sc.X(i-1), sc.E)
		}
	}
	if got := len(sc.Ticks()); got != 1 {
		t.Errorf("%d time labels, want 1", got)
	}
}

func TestWaitKind(t *testing.T) {
	for detail, want := range map[string]string{
		"sleep": "sleep", "next iteration": "yield", "Queue.get": "queue", "Queue.join": "queue",
		"Lock.acquire": "sync", "Event.wait": "sync", "Semaphore.acquire": "sync", "Condition.wait": "sync",
		"task Task-3": "future", "_GatheringFuture": "future", "future": "future", "_wait": "future",
		"wait_for": "future", "_cancel_and_wait": "future", "something": "other",
	} {
		if got := WaitKind(detail); got != want {
			t.Errorf("WaitKind(%q) = %q, want %q", detail, got, want)
		}
	}
}
