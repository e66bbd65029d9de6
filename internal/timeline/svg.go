package timeline

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Geometry of the drawing, in pixels. The page (site/src/timeline.js) uses
// the same row height and label column.
const (
	labelW  = 184 // the label column
	plotX   = labelW + 16
	padR    = 28
	titleH  = 40
	axisH   = 24
	rowH    = 26
	legendH = 48
	charW   = 6.2 // the estimated width of a character of 11px text
)

// Options control the drawing.
type Options struct {
	// Width is the plot's width in pixels (without the label column); 0
	// means 960.
	Width float64
	// Title is shown above the plot; "" means "main.py".
	Title string
}

// SVG draws m as a standalone SVG document: light, or dark when the viewer
// prefers it (a prefers-color-scheme media query in its style sheet). The
// output depends only on m and opt.
func SVG(w io.Writer, m *Model, opt Options) error {
	if opt.Width <= 0 {
		opt.Width = 960
	}
	if opt.Title == "" {
		opt.Title = "main.py"
	}
	d := &drawing{m: m, sc: NewScale(m, opt.Width), w: bufio.NewWriter(w)}
	d.draw(opt)
	return d.w.Flush()
}

type drawing struct {
	m  *Model
	sc Scale
	w  *bufio.Writer
}

func (d *drawing) printf(format string, args ...any) {
	fmt.Fprintf(d.w, format, args...)
}

// num formats a coordinate: one decimal at most, no trailing ".0".
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}

// FormatSeconds formats a duration in seconds with at most three decimals
// and no trailing zeros ("0", "0.05", "12").
func FormatSeconds(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	if s == "-0" || s == "" {
		s = "0"
	}
	return s
}

// esc escapes text for XML character data and attribute values.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n':
			b.WriteString("&#10;")
		default:
			if r < 0x20 && r != '\t' {
				b.WriteRune(utf8.RuneError)
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Fit shortens s to at most n characters, ending it with "…" when cut.
func Fit(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	if n == 1 {
		return "…"
	}
	return string(r[:n-1]) + "…"
}

const style = `
svg{--bg:#fff;--fg:#1b2230;--muted:#667085;--lab:#f7f8fa;--zebra:#fafbfc;--grid:#e4e8ee;
--run:#3451d1;--thrown:#c2283a;--top:#8792a6;--loop:#3451d1;--idle:#98a2b3;
--sleep:#dbe7ff;--sleep-s:#6f95e8;--sleep-t:#1f4fa8;--future:#ebe2ff;--future-s:#9479e0;--future-t:#5634b0;
--sync:#ffe9c9;--sync-s:#e0a03c;--sync-t:#85510a;--queue:#d9f3e0;--queue-s:#4aa86a;--queue-t:#1c6b36;
--yield:#eef0f3;--yield-s:#a5adba;--yield-t:#4b5563;--other:#d8f1f1;--other-s:#3aa6a6;--other-t:#1d6363;
--ok:#1c8a4a;--exc:#c2283a;--can:#b26a00;--cb:#8f2bb3;--cb-lib:#b9c0cc;--blk:#c2283a;--blk-bg:rgba(194,40,58,.07)}
@media (prefers-color-scheme:dark){svg{--bg:#171a20;--fg:#e3e7ee;--muted:#8b94a5;--lab:#1b1f26;--zebra:#1a1d24;--grid:#2a2f38;
--run:#7f9bff;--thrown:#ff7b86;--top:#6b7485;--loop:#7f9bff;--idle:#5d6676;
--sleep:#1f2d4d;--sleep-s:#5f86e0;--sleep-t:#a9c4ff;--future:#2c2447;--future-s:#8e74e0;--future-t:#cbbaff;
--sync:#3a2c14;--sync-s:#c98d2e;--sync-t:#f3c56b;--queue:#173325;--queue-s:#3f9a5e;--queue-t:#9bd8ae;
--yield:#252a33;--yield-s:#5d6676;--yield-t:#b4bcc9;--other:#163233;--other-s:#3aa6a6;--other-t:#9adede;
--ok:#4cc38a;--exc:#ff7b86;--can:#f3b05a;--cb:#d59bf6;--cb-lib:#4a5160;--blk:#ff7b86;--blk-bg:rgba(255,123,134,.08)}}
text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;fill:var(--fg)}
.bg{fill:var(--bg)}.lab{fill:var(--lab)}.zebra{fill:var(--zebra)}.grid{stroke:var(--grid)}
.title{font-size:13px;font-weight:600}.muted,.coro,.tick{fill:var(--muted)}.coro{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:10.5px}
.name{font-weight:600}.tick{font-size:10.5px;font-variant-numeric:tabular-nums}
.run{fill:var(--run)}.run.thrown{fill:var(--thrown)}.top{fill:var(--top)}
.loop{stroke:var(--loop);stroke-width:2}.sched{stroke:var(--idle);stroke-width:1.5;stroke-dasharray:1 3;stroke-linecap:round}
.ready{stroke:var(--idle);stroke-width:1.5;stroke-dasharray:4 2}
.w-sleep{fill:var(--sleep);stroke:var(--sleep-s)}.w-future{fill:var(--future);stroke:var(--future-s)}
.w-sync{fill:var(--sync);stroke:var(--sync-s)}.w-queue{fill:var(--queue);stroke:var(--queue-s)}
.w-yield{fill:var(--yield);stroke:var(--yield-s)}.w-other{fill:var(--other);stroke:var(--other-s)}
.wl{font-size:10px}.wl-sleep{fill:var(--sleep-t)}.wl-future{fill:var(--future-t)}.wl-sync{fill:var(--sync-t)}
.wl-queue{fill:var(--queue-t)}.wl-yield{fill:var(--yield-t)}.wl-other{fill:var(--other-t)}
.out{fill:var(--fg);stroke:var(--bg);stroke-width:1.5}.out.err{fill:var(--exc)}
.cb{fill:var(--cb)}.cb.lib{fill:var(--cb-lib)}.sig{fill:var(--exc)}.lp{fill:var(--loop)}.lpx{stroke:var(--loop);stroke-width:2}
.ok{fill:var(--ok)}.exc{fill:var(--exc)}.can{fill:var(--can)}.glyph{stroke:var(--bg);stroke-width:1.6;fill:none;stroke-linecap:round}
.rl-ok{fill:var(--ok)}.rl-exc{fill:var(--exc)}.rl-can{fill:var(--can)}.open{stroke:var(--idle);stroke-width:1.5;fill:none}
.blk{fill:url(#hatch)}.blk-edge{stroke:var(--blk);stroke-width:1;stroke-dasharray:3 2}.blk-t{fill:var(--blk);font-weight:600}.pill{fill:var(--bg);stroke:var(--blk)}
.hatch{stroke:var(--blk);stroke-opacity:.28;stroke-width:1.5}.hatch-bg{fill:var(--blk-bg)}
`

func (d *drawing) draw(opt Options) {
	m, sc := d.m, d.sc
	rows := len(m.Rows)
	y0 := float64(titleH + axisH)
	plotBottom := y0 + float64(rows*rowH)
	width := plotX + sc.W + padR
	legendY := plotBottom + 14
	items := legendItems()
	legendRows := layoutLegend(items, width-32)
	height := legendY + float64(legendRows)*22 + 12

	d.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n",
		num(width), num(height), num(width), num(height))
	d.printf("<style>%s</style>\n", style)
	d.printf(`<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect class="hatch-bg" width="8" height="8"/><line class="hatch" x1="0" y1="0" x2="0" y2="8"/></pattern></defs>` + "\n")
	d.printf(`<rect class="bg" width="%s" height="%s"/>`+"\n", num(width), num(height))

	// Title: the file and a summary.
	tasks := 0
	for _, r := range m.Rows {
		if r.Kind == RowTask {
			tasks++
		}
	}
	d.printf(`<text class="title" x="16" y="25">%s</text>`, esc(opt.Title))
	d.printf(`<text class="muted" x="%s" y="25" text-anchor="end">%s</text>`+"\n", num(width-padR),
		esc(fmt.Sprintf("%s · %s s of virtual time · %d events", plural(tasks, "task"), FormatSeconds(m.T), len(m.Events))))

	// Label column and zebra rows.
	d.printf(`<rect class="lab" x="0" y="%s" width="%d" height="%s"/>`+"\n", num(y0), labelW+8, num(plotBottom-y0))
	for i := range m.Rows {
		if i%2 == 1 {
			d.printf(`<rect class="zebra" x="%d" y="%d" width="%s" height="%d"/>`+"\n", labelW+8, int(y0)+i*rowH, num(width-labelW-8), rowH)
		}
	}

	// Time axis and grid.
	d.printf(`<g class="axis">`)
	for _, t := range sc.Ticks() {
		x := plotX + t.X
		d.printf(`<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/>`, num(x), num(y0-6), num(x), num(plotBottom))
		d.printf(`<text class="tick" x="%s" y="%s">%s</text>`, num(x+3), num(y0-9), esc(t.Label))
	}
	d.printf("</g>\n")
	d.printf(`<line class="grid" x1="%d" y1="%s" x2="%d" y2="%s"/>`+"\n", labelW+8, num(y0), labelW+8, num(plotBottom))

	for i, r := range m.Rows {
		d.row(r, y0+float64(i*rowH))
	}
	for _, b := range m.Blocks {
		d.block(b, y0, plotBottom)
	}
	d.legend(items, 16, legendY, width-32)
	d.printf("</svg>\n")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// RowLabel is a row's name and the text beside it.
func RowLabel(r *Row) (name, sub string) {
	switch r.Kind {
	case RowMain:
		return "main.py", "top level"
	case RowCallbacks:
		return "callbacks", "call_soon/later"
	}
	sub = r.Coro + "()"
	if r.Coro == "" {
		sub = ""
	}
	return r.Name, sub
}

func (d *drawing) row(r *Row, y float64) {
	sc := d.sc
	cy := y + rowH/2
	name, sub := RowLabel(r)
	d.printf(`<g class="row"><title>%s</title>`, esc(rowTitle(r)))
	name = Fit(name, 16)
	d.printf(`<text class="name" x="16" y="%s">%s</text>`, num(cy+4), esc(name))
	room := int((float64(labelW) - 16 - float64(utf8.RuneCountInString(name))*6.6 - 10) / charW)
	if s := Fit(sub, room); s != "" {
		d.printf(`<text class="coro" x="%d" y="%s" text-anchor="end">%s</text>`, labelW, num(cy+4), esc(s))
	}
	d.printf("</g>\n")

	for _, s := range r.Spans {
		x1, x2 := plotX+sc.X(s.From), plotX+sc.X(s.To)
		if s.To >= len(d.m.Events) {
			x2 = plotX + sc.End()
		}
		switch s.Kind {
		case SpanSched, SpanReady:
			if x2-x1 < 0.5 {
				continue
			}
			d.printf(`<line class="%s" x1="%s" y1="%s" x2="%s" y2="%s"><title>%s</title></line>`+"\n",
				s.Kind, num(x1), num(cy), num(x2), num(cy), esc(SpanTitle(d.m, r, s)+about(r)))
		case SpanLoop:
			d.printf(`<line class="loop" x1="%s" y1="%s" x2="%s" y2="%s"><title>%s</title></line>`+"\n",
				num(x1), num(cy), num(x2), num(cy), esc(SpanTitle(d.m, r, s)+about(r)))
		case SpanTop:
			if x2-x1 < 0.5 {
				continue
			}
			d.printf(`<rect class="top" x="%s" y="%s" width="%s" height="8" rx="2"><title>%s</title></rect>`+"\n",
				num(x1), num(cy-4), num(x2-x1), esc(SpanTitle(d.m, r, s)+about(r)))
		case SpanWait:
			wd := max(x2-x1, 1)
			d.printf(`<g><title>%s</title><rect class="w-%s" x="%s" y="%s" width="%s" height="14" rx="3"/>`,
				esc(SpanTitle(d.m, r, s)+about(r)), s.Wait, num(x1), num(cy-7), num(wd))
			if label := Fit(WaitLabel(s.Detail), int((wd-8)/5.6)); utf8.RuneCountInString(label) >= 3 {
				d.printf(`<text class="wl wl-%s" x="%s" y="%s">%s</text>`, s.Wait, num(x1+4), num(cy+3.5), esc(label))
			}
			d.printf("</g>\n")
		case SpanRun:
			cls := "run"
			if s.Detail != "" {
				cls = "run thrown"
			}
			wd := max(x2-x1, 2)
			d.printf(`<rect class="%s" x="%s" y="%s" width="%s" height="18" rx="2"><title>%s</title></rect>`+"\n",
				cls, num(x1-wd/2+((x2-x1)/2)), num(cy-9), num(wd), esc(SpanTitle(d.m, r, s)+about(r)))
		}
	}
	for _, mk := range r.Marks {
		d.mark(mk, about(r), y, cy)
	}
	if r.Kind == RowTask {
		d.outcome(r, cy)
	}
}

// about is the second line of a task's hover texts: who it is.
func about(r *Row) string {
	if r.Kind != RowTask {
		return ""
	}
	return "\n" + rowTitle(r)
}

func (d *drawing) mark(mk Mark, about string, y, cy float64) {
	x := plotX + d.sc.X(mk.At)
	title := esc(MarkTitle(d.m, mk) + about)
	switch mk.Kind {
	case "output":
		cls := "out"
		if mk.Err {
			cls = "out err"
		}
		d.printf(`<circle class="%s" cx="%s" cy="%s" r="3.2"><title>%s</title></circle>`+"\n", cls, num(x), num(cy), title)
	case "callback", "timer":
		cls := "cb"
		if LibraryCallback(mk.Text) {
			cls = "cb lib"
		}
		d.printf(`<path class="%s" d="M%s %sl5 5-5 5-5-5z"><title>%s</title></path>`+"\n", cls, num(x), num(cy-5), title)
	case "signal":
		d.printf(`<g><title>%s</title><path class="sig" d="M%s %sh10l-5 8z"/><text class="rl-exc" x="%s" y="%s">%s</text></g>`+"\n",
			title, num(x-5), num(y+3), num(x+7), num(y+10), esc(mk.Text))
	case "loop-start":
		d.printf(`<path class="lp" d="M%s %sv10l7-5z"><title>%s</title></path>`+"\n", num(x-3), num(cy-5), title)
	case "loop-stop":
		d.printf(`<rect class="lp" x="%s" y="%s" width="8" height="8" rx="1"><title>%s</title></rect>`+"\n", num(x-4), num(cy-4), title)
	case "loop-close":
		d.printf(`<path class="lpx" d="M%s %sl8 8m0-8l-8 8"><title>%s</title></path>`+"\n", num(x-4), num(cy-4), title)
	}
}

// outcome draws how a task ended (or that it did not).
func (d *drawing) outcome(r *Row, cy float64) {
	sc := d.sc
	if r.Done < 0 {
		x := plotX + sc.End()
		d.printf(`<path class="open" d="M%s %sl4 4-4 4"><title>%s</title></path>`+"\n", num(x+3), num(cy-4), esc(r.Name+" was still pending when the run ended"))
		return
	}
	x := plotX + sc.X(r.Done)
	cls, glyph, label := OutcomeStyle(r)
	d.printf(`<g><title>%s</title><circle class="%s" cx="%s" cy="%s" r="6"/><path class="glyph" d="%s"/>`,
		esc(OutcomeTitle(r)+about(r)), cls, num(x), num(cy), glyphPath(glyph, x, cy))
	if label != "" {
		room := int((plotX + sc.W + padR - 4 - (x + 10)) / charW)
		if l := Fit(label, room); l != "" {
			d.printf(`<text class="rl-%s" x="%s" y="%s">%s</text>`, cls, num(x+10), num(cy+4), esc(l))
		}
	}
	d.printf("</g>\n")
}

func glyphPath(glyph string, x, y float64) string {
	switch glyph {
	case "check":
		return fmt.Sprintf("M%s %sl2 2 3.5-4", num(x-3), num(y))
	case "cross":
		return fmt.Sprintf("M%s %sl5 5m0-5l-5 5", num(x-2.5), num(y-2.5))
	}
	return fmt.Sprintf("M%s %sh6", num(x-3), num(y))
}

// OutcomeStyle is the class ("ok", "exc", "can"), glyph and label of a
// finished task's end mark.
func OutcomeStyle(r *Row) (cls, glyph, label string) {
	switch r.Outcome {
	case "exception":
		return "exc", "cross", r.Result
	case "cancelled":
		return "can", "dash", "cancelled"
	}
	if r.Result == "None" {
		return "ok", "check", ""
	}
	return "ok", "check", "→ " + r.Result
}

func (d *drawing) block(b Block, top, bottom float64) {
	sc := d.sc
	x1, x2 := plotX+sc.X(b.At), plotX+sc.BlockEnd(b)
	title := BlockTitle(b)
	d.printf(`<g><title>%s</title><rect class="blk" x="%s" y="%s" width="%s" height="%s"/>`, esc(title), num(x1), num(top), num(max(x2-x1, 1)), num(bottom-top))
	d.printf(`<line class="blk-edge" x1="%s" y1="%s" x2="%s" y2="%s"/><line class="blk-edge" x1="%s" y1="%s" x2="%s" y2="%s"/>`,
		num(x1), num(top), num(x1), num(bottom), num(x2), num(top), num(x2), num(bottom))
	label := "time.sleep(" + FormatSeconds(b.Until-b.T) + ") · nothing runs"
	lw := float64(utf8.RuneCountInString(label))*charW + 16
	if x2-x1 >= lw+8 {
		cx, cy := (x1+x2)/2, (top+bottom)/2
		d.printf(`<rect class="pill" x="%s" y="%s" width="%s" height="20" rx="10"/><text class="blk-t" x="%s" y="%s" text-anchor="middle">%s</text>`,
			num(cx-lw/2), num(cy-10), num(lw), num(cx), num(cy+4), esc(label))
	}
	d.printf("</g>\n")
}

// legendItem is one entry of the legend: a swatch (drawn by its kind) and
// a word.
type legendItem struct{ kind, text string }

func legendItems() []legendItem {
	return []legendItem{
		{"run", "step"}, {"sleep", "sleep"}, {"future", "task / future"}, {"sync", "lock / event"},
		{"queue", "queue"}, {"yield", "next iteration"}, {"ready", "ready"}, {"sched", "scheduled"},
		{"ok", "result"}, {"exc", "exception"}, {"can", "cancelled"}, {"out", "output"},
		{"cb", "callback"}, {"blk", "time.sleep"},
	}
}

func legendWidth(it legendItem) float64 {
	return 20 + float64(utf8.RuneCountInString(it.text))*charW + 10
}

func layoutLegend(items []legendItem, width float64) int {
	rows, x := 1, 0.0
	for _, it := range items {
		w := legendWidth(it)
		if x > 0 && x+w > width {
			rows++
			x = 0
		}
		x += w
	}
	return rows
}

func (d *drawing) legend(items []legendItem, left, top, width float64) {
	x, y := 0.0, top
	d.printf(`<g class="legend">`)
	for _, it := range items {
		w := legendWidth(it)
		if x > 0 && x+w > width {
			x = 0
			y += 22
		}
		sx, cy := left+x, y+8
		switch it.kind {
		case "run":
			d.printf(`<rect class="run" x="%s" y="%s" width="6" height="14" rx="2"/>`, num(sx+5), num(cy-7))
		case "ready", "sched":
			d.printf(`<line class="%s" x1="%s" y1="%s" x2="%s" y2="%s"/>`, it.kind, num(sx), num(cy), num(sx+16), num(cy))
		case "ok", "exc", "can":
			glyph := map[string]string{"ok": "check", "exc": "cross", "can": "dash"}[it.kind]
			d.printf(`<circle class="%s" cx="%s" cy="%s" r="6"/><path class="glyph" d="%s"/>`, it.kind, num(sx+8), num(cy), glyphPath(glyph, sx+8, cy))
		case "out":
			d.printf(`<circle class="out" cx="%s" cy="%s" r="3.2"/>`, num(sx+8), num(cy))
		case "cb":
			d.printf(`<path class="cb" d="M%s %sl5 5-5 5-5-5z"/>`, num(sx+8), num(cy-5))
		case "blk":
			d.printf(`<rect class="blk" x="%s" y="%s" width="16" height="14"/>`, num(sx), num(cy-7))
		default:
			d.printf(`<rect class="w-%s" x="%s" y="%s" width="16" height="12" rx="3"/>`, it.kind, num(sx), num(cy-6))
		}
		d.printf(`<text class="muted" x="%s" y="%s">%s</text>`, num(sx+20), num(cy+4), esc(it.text))
		x += w
	}
	d.printf("</g>\n")
}
