package timeline

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The page draws its timeline with site/src/timeline-model.js, which
// restates this package's rules. TestSameAsJS runs that file under Node on
// every golden trace (normalized here, as the page receives it) and checks
// that both give the same rows, spans, marks, hover texts, time labels and
// x positions.

const jsModel = "../../site/src/timeline-model.js"

// jsSnapshot is run by Node: it reads the events from argv[2] and prints
// the snapshot that snapshot() below builds in Go.
const jsSnapshot = `
import fs from 'node:fs';
import * as m from %q;
const events = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const tr = new m.Trace();
for (const ev of events) tr.add(ev);
const n = tr.events.length;
const sc = m.scale(tr, 960);
const to = (v) => (v < 0 ? n : v);
const rows = tr.rows.map((r) => ({
  kind: r.kind, name: r.name, coro: r.coro, line: r.line, created: r.created, done: r.done,
  outcome: r.outcome, result: r.result, title: m.rowTitle(r), label: m.rowLabel(r),
  style: r.kind === 'task' && r.done >= 0 ? [m.outcomeStyle(r)[0], m.outcomeStyle(r)[1], m.outcomeTitle(r)] : null,
  spans: r.spans.map((s) => ({ kind: s.kind, from: s.from, to: to(s.to), wait: s.wait || '', detail: s.detail || '',
    line: s.line || 0, title: m.spanTitle(tr, r, { ...s, to: to(s.to) }), label: s.kind === 'wait' ? m.waitLabel(s.detail) : '' })),
  marks: r.marks.map((k) => ({ kind: k.kind, at: k.at, text: k.text, err: !!k.err, title: m.markTitle(tr, k),
    lib: (k.kind === 'timer' || k.kind === 'callback') && m.libraryCallback(k.text) })),
}));
const blocks = tr.blocks.map((b) => ({ at: b.at, t: b.t, until: b.until, by: b.by, title: m.blockTitle(b), x1: sc.x(b.at), x2: sc.blockEnd(b) }));
const x = [];
for (let i = 0; i <= n; i++) x.push(sc.x(i));
console.log(JSON.stringify({ t0: tr.t0, T: tr.T, E: sc.E, S: sc.S, rows, blocks, x, ticks: m.ticks(tr, sc) }));
`

type snapRow struct {
	Kind, Name, Coro string
	Line, Created    int
	Done             int
	Outcome, Result  string
	Title            string
	Label            []string
	Style            []string
	Spans            []snapSpan
	Marks            []snapMark
}

type snapSpan struct {
	Kind         string
	From, To     int
	Wait, Detail string
	Line         int
	Title, Label string
}

type snapMark struct {
	Kind  string
	At    int
	Text  string
	Err   bool
	Title string
	Lib   bool
}

type snapBlock struct {
	At       int
	T, Until float64
	By       string
	Title    string
	X1, X2   float64
}

type snap struct {
	T0, T, E, S float64
	Rows        []snapRow
	Blocks      []snapBlock
	X           []float64
	Ticks       []struct {
		X     float64
		Label string
	}
}

func snapshot(m *Model) snap {
	sc := NewScale(m, 960)
	s := snap{T0: m.T0, T: m.T, E: sc.E, S: sc.S, Blocks: []snapBlock{}}
	for _, r := range m.Rows {
		name, sub := RowLabel(r)
		sr := snapRow{Kind: r.Kind, Name: r.Name, Coro: r.Coro, Line: r.Line, Created: r.Created, Done: r.Done,
			Outcome: r.Outcome, Result: r.Result, Title: rowTitle(r), Label: []string{name, sub}, Spans: []snapSpan{}, Marks: []snapMark{}}
		if r.Kind == RowTask && r.Done >= 0 {
			cls, _, label := OutcomeStyle(r)
			sr.Style = []string{cls, label, OutcomeTitle(r)}
		}
		for _, sp := range r.Spans {
			label := ""
			if sp.Kind == SpanWait {
				label = WaitLabel(sp.Detail)
			}
			sr.Spans = append(sr.Spans, snapSpan{sp.Kind, sp.From, sp.To, sp.Wait, sp.Detail, sp.Line, SpanTitle(m, r, sp), label})
		}
		for _, mk := range r.Marks {
			lib := (mk.Kind == "timer" || mk.Kind == "callback") && LibraryCallback(mk.Text)
			sr.Marks = append(sr.Marks, snapMark{mk.Kind, mk.At, mk.Text, mk.Err, MarkTitle(m, mk), lib})
		}
		s.Rows = append(s.Rows, sr)
	}
	for _, b := range m.Blocks {
		s.Blocks = append(s.Blocks, snapBlock{b.At, b.T, b.Until, b.By, BlockTitle(b), sc.X(b.At), sc.BlockEnd(b)})
	}
	for i := 0; i <= len(m.Events); i++ {
		s.X = append(s.X, sc.X(i))
	}
	for _, t := range sc.Ticks() {
		s.Ticks = append(s.Ticks, struct {
			X     float64
			Label string
		}{t.X, t.Label})
	}
	return s
}

func TestSameAsJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	model, err := filepath.Abs(jsModel)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "snapshot.mjs")
	if err := os.WriteFile(script, []byte(fmt.Sprintf(jsSnapshot, "file://"+model)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range goldenNames(t) {
		t.Run(name, func(t *testing.T) {
			m := loadModel(t, name)
			events, _ := json.Marshal(m.Events)
			input := filepath.Join(dir, name+".json")
			os.WriteFile(input, events, 0o644)
			out, err := exec.Command(node, script, input).Output()
			if err != nil {
				t.Fatalf("node: %v", err)
			}
			// Both sides go through the snap struct (JSON decoding matches
			// the JS's lower-case keys to its fields), then compare as
			// generic values with a tolerance for floats.
			var js snap
			if err := json.Unmarshal(out, &js); err != nil {
				t.Fatal(err)
			}
			var fromJS, fromGo any
			data, _ := json.Marshal(js)
			json.Unmarshal(data, &fromJS)
			data, _ = json.Marshal(snapshot(m))
			json.Unmarshal(data, &fromGo)
			if diff := compare("", fromGo, fromJS); diff != "" {
				t.Errorf("Go and JS differ at %s", diff)
			}
		})
	}
}

// compare returns the path of the first difference between a and b
// (floats equal within 1e-6), or "".
func compare(path string, a, b any) string {
	switch a := a.(type) {
	case map[string]any:
		bm, ok := b.(map[string]any)
		if !ok || len(a) != len(bm) {
			return fmt.Sprintf("%s: %v vs %v", path, a, b)
		}
		for k, v := range a {
			if d := compare(path+"."+k, v, bm[k]); d != "" {
				return d
			}
		}
	case []any:
		bs, ok := b.([]any)
		if !ok || len(a) != len(bs) {
			return fmt.Sprintf("%s: %d items vs %v", path, len(a), b)
		}
		for i := range a {
			if d := compare(fmt.Sprintf("%s[%d]", path, i), a[i], bs[i]); d != "" {
				return d
			}
		}
	case float64:
		bf, ok := b.(float64)
		if !ok || math.Abs(a-bf) > 1e-6 {
			return fmt.Sprintf("%s: %v vs %v", path, a, b)
		}
	default:
		if a != b {
			return fmt.Sprintf("%s: %v vs %v", path, a, b)
		}
	}
	return ""
}
