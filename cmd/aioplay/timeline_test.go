package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aioplay/aioplay/internal/timeline"
	"github.com/aioplay/aioplay/runtime/scenario"
	"github.com/aioplay/aioplay/wasm/relay"
)

var update = flag.Bool("update", false, "re-record internal/timeline/testdata/*.trace.json and *.svg")

const timelineData = "../../internal/timeline/testdata"

// TestTimeline runs each of internal/timeline's golden scripts through the
// CLI (`aioplay run --trace`, then `aioplay timeline`): the trace must be
// the recorded one, and the picture the golden one. With -update it
// re-records both, from the runtime of this tree.
func TestTimeline(t *testing.T) {
	scripts, _ := filepath.Glob(filepath.Join(timelineData, "*.py"))
	if len(scripts) == 0 {
		t.Fatal("no scripts in " + timelineData)
	}
	for _, py := range scripts {
		name := strings.TrimSuffix(filepath.Base(py), ".py")
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(py, ".py")
			trace := filepath.Join(t.TempDir(), "trace.json")
			args := []string{"run"}
			if flags, err := os.ReadFile(base + ".flags"); err == nil {
				args = append(args, strings.Fields(string(flags))...)
			}
			args = append(args, "--trace", trace, py)
			var out, errb bytes.Buffer
			cli(args, nil, &out, &errb)
			var svg bytes.Buffer
			if code := cli([]string{"timeline", "--title", name + ".py", trace}, nil, &svg, &errb); code != 0 {
				t.Fatalf("aioplay timeline: status %d: %s", code, errb.String())
			}
			gotTrace, err := os.ReadFile(trace)
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				os.WriteFile(base+".trace.json", gotTrace, 0o644)
				os.WriteFile(base+".svg", svg.Bytes(), 0o644)
				return
			}
			if want, _ := os.ReadFile(base + ".trace.json"); !bytes.Equal(gotTrace, want) {
				t.Errorf("the runtime's trace of %s changed (go test ./cmd/aioplay -run TestTimeline -update re-records it)", py)
			}
			if want, _ := os.ReadFile(base + ".svg"); !bytes.Equal(svg.Bytes(), want) {
				t.Errorf("aioplay timeline draws %s.svg differently", base)
			}
		})
	}
}

// TestTimelineNormalizeIsRelay: timeline.Normalize cuts a run's events
// exactly as wasm/relay does for the page with tracing on, so that the
// page and the CLI number the events alike (the time scale depends on it).
func TestTimelineNormalizeIsRelay(t *testing.T) {
	src := "import asyncio\n" +
		"async def f(n):\n    print('a', end=' ')\n    print('b\\nc', end='')\n    await asyncio.sleep(n)\n    print('d\\n\\ne')\n" +
		"    import sys; print('err', file=sys.stderr, end='')\n    print('!')\n" +
		"async def main():\n    await asyncio.gather(f(0), f(1))\n    print('x', end='')\n" +
		"asyncio.run(main())\nprint('end', end='')\n"
	var events []scenario.Event
	scenario.Run(scenario.Options{Source: src, Trace: true, OnEvent: func(ev scenario.Event) { events = append(events, ev) }})
	var msgs []relay.Message
	s := relay.NewSession(relay.Request{Source: src, Trace: true}, func(m relay.Message) { msgs = append(msgs, m) })
	s.Run()

	// The CLI's events, through their JSON form.
	data, _ := json.Marshal(events)
	var tevs []timeline.Event
	if err := json.Unmarshal(data, &tevs); err != nil {
		t.Fatal(err)
	}
	got := timeline.Normalize(tevs)
	var want []timeline.Event
	for _, m := range msgs {
		switch m.Kind {
		case relay.KindOutput:
			want = append(want, timeline.Event{Kind: "output", T: m.T, Stream: string(m.Stream), Text: m.Text})
		case relay.KindTrace:
			data, _ := json.Marshal(m.Trace)
			var r timeline.Record
			json.Unmarshal(data, &r)
			want = append(want, timeline.Event{Kind: "trace", T: m.T, Trace: &r})
		}
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("Normalize differs from the relay:\n got %s\nwant %s", g, w)
	}
}
