// The timeline pane: one row per task over virtual time (the picture
// `aioplay timeline` draws, by the rules of timeline-model.js), a time
// cursor that replays the run, and the links between the timeline, the
// console and the editor.
//
// The cursor c counts the events that have happened (0..N). The console
// shows the output of events before c; each row is dimmed from c on and
// its label says the task's state at c; the editor marks the line each
// task waits at (or runs) at c. While a run is delivered (instantly, or
// paced by the player) the cursor follows the last delivered event.
//
// Drawing is virtualised: one SVG the size of the visible area is redrawn
// (at most once a frame) with only the rows and events in view, so a run
// with 10,000 tasks draws as fast as one with ten. A spacer element gives
// the scroll area its full size.
import * as M from './timeline-model.js';
import { Player } from './player.js';

const NS = 'http://www.w3.org/2000/svg';
// Geometry shared with internal/timeline/svg.go (where the label column
// is 184 px wide; here it narrows on a phone: this.L, the plot starting
// at this.px).
const ROW = 26;
const AXIS = 24;
const PADR = 28;

/** Creates an SVG element with attributes under parent; returns it. */
function el(parent, tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  parent.append(e);
  return e;
}

const r1 = (v) => Math.round(v * 10) / 10;

export class Timeline {
  /**
   * @param {Object<string, HTMLElement>} ui box (the scroll area), cursor
   *   (range input), now, back, fwd, play, zoomIn, zoomOut, tip
   * @param {{term: object, editor: () => object, speed: () => number}} hooks
   */
  constructor(ui, hooks) {
    this.ui = ui;
    this.hooks = hooks;
    this.zoom = 1;
    this.L = 184;
    this.px = 200;
    this.spacer = document.createElement('div');
    this.spacer.className = 'tl-spacer';
    this.svg = el(this.spacer, 'svg', { class: 'tl-svg', role: 'img', 'aria-label': 'Task timeline' });
    ui.box.append(this.spacer);
    this.replay = new Player((ev) => this.setCursor(ev.i + 1, true));
    this.reset();
    this.wire();
  }

  /** Forgets the last run (a new one starts). */
  reset() {
    this.replay.reset();
    this.tr = new M.Trace();
    this.outputs = []; // event indexes of output events
    this.c = 0; // the cursor
    this.follow = true; // the cursor tracks the last delivered event
    this.shown = 0; // the console shows outputs before this index
    this.outPos = 0; // ...which are this.outputs[0..outPos)
    this.sel = null; // the selected row
    this.moment = -1; // the event picked in the console
    this.buildMs = 0; // time spent in add, for automation
    this.paint();
  }

  /** Adds a message from the worker; sets msg.i, its event index. */
  add(msg) {
    const t = performance.now();
    const n = this.tr.events.length;
    this.tr.add(msg);
    if (this.tr.events.length === n) return;
    msg.i = n;
    if (msg.kind === 'output') this.outputs.push(n);
    this.paint();
    this.buildMs += performance.now() - t;
  }

  /** The player delivered msg: the cursor follows it. */
  reveal(msg) {
    if (this.follow && msg.i !== undefined) this.setCursor(msg.i + 1, true);
  }

  /** The run is over: the cursor goes to its end. */
  end() {
    this.follow = true;
    this.setCursor(this.tr.events.length, true);
  }

  /** Moves the cursor to c (0..N); the console follows at once. */
  setCursor(c, keepFollow) {
    const n = this.tr.events.length;
    c = Math.max(0, Math.min(n, c | 0));
    if (!keepFollow) {
      this.follow = c === n;
      this.replay.reset();
    }
    this.c = c;
    this.syncConsole();
    this.paint();
  }

  step(d) {
    this.setCursor(this.c + d);
  }

  /** Writes or rewinds the console to the output before the cursor. */
  syncConsole() {
    const { term } = this.hooks;
    const ev = this.tr.events;
    if (this.c < this.shown) {
      term.clear();
      this.outPos = 0;
    }
    const out = this.outputs;
    while (this.outPos < out.length && out[this.outPos] < this.c) term.write(ev[out[this.outPos++]]);
    this.shown = this.c;
    this.consoleDirty = true;
  }

  /** Replays from the cursor (from the start when at the end) at the
   * playback speed, or pauses a replay in progress. */
  togglePlay() {
    const p = this.replay;
    if (p.busy) {
      p.reset();
      this.paint();
      return;
    }
    const ev = this.tr.events;
    if (!ev.length) return;
    if (this.c >= ev.length) this.setCursor(0);
    p.reset();
    p.setMode(String(this.hooks.speed()));
    // The player counts time from reset(); shift it so that the cursor's
    // moment is now.
    const from = this.c ? ev[this.c - 1].t : ev[0].t;
    p.wallStart -= ((from - M.CLOCK_ORIGIN) * 1000) / p.speed;
    this.follow = false;
    for (let i = this.c; i < ev.length; i++) p.push(ev[i]);
    this.paint();
  }

  /** Selects a row (null: none); selecting it again clears it. */
  select(row, toggle = true) {
    this.sel = toggle && this.sel === row ? null : row;
    this.consoleDirty = true;
    this.paint();
  }

  /** An output line was clicked in the console: its task and moment. */
  focusEvent(i) {
    const row = this.tr.owner[i];
    if (!row) return;
    this.moment = i;
    this.select(row, false);
    const rows = this.tr.rows;
    const k = rows.indexOf(row);
    const box = this.ui.box;
    const y = k * ROW;
    if (y < box.scrollTop || y > box.scrollTop + box.clientHeight - AXIS - ROW) box.scrollTop = y - (box.clientHeight - AXIS) / 2;
    const x = this.sc ? this.sc.x(i) : 0;
    const w = box.clientWidth - this.px - PADR;
    if (x < box.scrollLeft || x > box.scrollLeft + w) box.scrollLeft = x - w / 2;
  }

  setZoom(z) {
    const box = this.ui.box;
    const old = this.zoom;
    this.zoom = Math.max(1, Math.min(4096, z));
    // Keep the cursor (or the middle) where it is on screen.
    const w = box.clientWidth - this.px - PADR;
    const cx = this.sc ? this.cursorX() : 0;
    const onScreen = cx >= box.scrollLeft && cx <= box.scrollLeft + w ? cx - box.scrollLeft : w / 2;
    const anchor = cx >= box.scrollLeft && cx <= box.scrollLeft + w ? cx : box.scrollLeft + w / 2;
    this.draw();
    box.scrollLeft = (anchor * this.zoom) / old - onScreen;
    this.paint();
  }

  cursorX() {
    return this.c === 0 ? 0 : this.c >= this.tr.events.length ? this.sc.end : this.sc.start(this.c);
  }

  /** The cursor for a click at plot x: after the last event left of it. */
  seek(x) {
    const ev = this.tr.events;
    let lo = 0;
    let hi = ev.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sc.x(mid) <= x) lo = mid + 1;
      else hi = mid;
    }
    this.setCursor(lo);
  }

  wire() {
    const { ui } = this;
    ui.cursor.addEventListener('input', () => this.setCursor(Number(ui.cursor.value)));
    ui.back.addEventListener('click', () => this.step(-1));
    ui.fwd.addEventListener('click', () => this.step(1));
    ui.play.addEventListener('click', () => this.togglePlay());
    ui.zoomIn.addEventListener('click', () => this.setZoom(this.zoom * 2));
    ui.zoomOut.addEventListener('click', () => this.setZoom(this.zoom / 2));
    ui.box.addEventListener('scroll', () => this.paint());
    new ResizeObserver(() => this.paint()).observe(ui.box);
    ui.box.addEventListener('keydown', (e) => {
      const keys = {
        ArrowLeft: () => this.step(e.shiftKey ? -10 : -1),
        ArrowRight: () => this.step(e.shiftKey ? 10 : 1),
        Home: () => this.setCursor(0),
        End: () => this.setCursor(Infinity),
        '+': () => this.setZoom(this.zoom * 2),
        '=': () => this.setZoom(this.zoom * 2),
        '-': () => this.setZoom(this.zoom / 2),
        ' ': () => this.togglePlay(),
        Escape: () => this.select(null),
      };
      const f = keys[e.key];
      if (f && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        f();
      }
    });
    this.svg.addEventListener('pointermove', (e) => this.hover(e));
    this.svg.addEventListener('pointerleave', () => {
      ui.tip.hidden = true;
    });
    this.svg.addEventListener('click', (e) => this.click(e));
  }

  /** Where a pointer event falls: the plot x and the row index (-1 in
   * the time axis). */
  locate(e) {
    const r = this.svg.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    const box = this.ui.box;
    return {
      x: x - this.px + box.scrollLeft,
      inLabels: x < this.px,
      row: y < AXIS ? -1 : Math.floor((y - AXIS + box.scrollTop) / ROW),
    };
  }

  hover(e) {
    const hit = e.target.closest?.('[data-k]');
    const tip = this.ui.tip;
    const h = hit && this.hits[Number(hit.dataset.k)];
    if (!h) {
      tip.hidden = true;
      return;
    }
    const [head, ...rest] = h.split('\n');
    tip.replaceChildren();
    const b = document.createElement('strong');
    b.textContent = head;
    tip.append(b);
    for (const line of rest) {
      const d = document.createElement('div');
      d.textContent = line;
      tip.append(d);
    }
    tip.hidden = false;
    const w = tip.offsetWidth;
    const left = Math.min(e.clientX + 14, innerWidth - w - 8);
    tip.style.left = `${Math.max(4, left)}px`;
    tip.style.top = `${e.clientY + 18}px`;
  }

  click(e) {
    const { x, row, inLabels } = this.locate(e);
    if (row < 0) {
      if (!inLabels) this.seek(x);
      return;
    }
    const rows = this.tr.rows;
    if (row >= rows.length) return;
    const hit = e.target.closest?.('[data-at]');
    this.moment = hit ? Number(hit.dataset.at) : -1;
    this.select(rows[row], !hit);
    this.ui.box.focus({ preventScroll: true });
    this.hover(e); // a tap shows the details too
  }

  /** Asks for a redraw on the next frame. */
  paint() {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.draw();
    });
  }

  /** Draws what is in view, now. */
  draw() {
    const t0 = performance.now();
    const { ui, tr } = this;
    const box = ui.box;
    const n = tr.events.length;
    const rows = tr.rows;
    const vw = box.clientWidth;
    const vh = box.clientHeight;
    this.L = vw < 560 ? 100 : 184;
    this.px = this.L + 16;
    const plotW = Math.max(200, vw - this.px - PADR) * this.zoom;
    const sc = (this.sc = M.scale(tr, plotW));
    this.spacer.style.width = `${this.px + sc.end + PADR}px`;
    this.spacer.style.height = `${AXIS + rows.length * ROW + 8}px`;
    ui.cursor.max = String(n);
    ui.cursor.value = String(this.c);
    ui.now.textContent = n ? `${M.seconds((this.c ? tr.events[this.c - 1].t : tr.t0) - M.CLOCK_ORIGIN)} s · event ${this.c}/${n}` : 'no events yet';
    ui.play.setAttribute('aria-pressed', String(this.replay.busy));
    const sx = box.scrollLeft;
    const sy = box.scrollTop;
    const svg = this.svg;
    svg.setAttribute('width', vw);
    svg.setAttribute('height', vh);
    svg.replaceChildren();
    this.hits = [];
    const hit = (e, text, at) => {
      e.dataset.k = this.hits.push(text) - 1;
      if (at !== undefined) e.dataset.at = at;
      return e;
    };
    const defs = el(svg, 'defs', {});
    const pat = el(defs, 'pattern', { id: 'tl-hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    el(pat, 'rect', { class: 'hatch-bg', width: 8, height: 8 });
    el(pat, 'line', { class: 'hatch', x1: 0, y1: 0, x2: 0, y2: 8 });

    const r0 = Math.max(0, Math.floor(sy / ROW));
    const r1_ = Math.min(rows.length, Math.ceil((sy + vh - AXIS) / ROW));
    // The events in view, with a margin for labels.
    const left = sx - 40;
    const right = sx + vw;
    let i0 = 0;
    let hi = n;
    while (i0 < hi) {
      const mid = (i0 + hi) >> 1;
      if (sc.x(mid) < left) i0 = mid + 1;
      else hi = mid;
    }
    let i1 = i0;
    hi = n;
    while (i1 < hi) {
      const mid = (i1 + hi) >> 1;
      if (sc.x(mid) <= right) i1 = mid + 1;
      else hi = mid;
    }

    const plot = el(svg, 'g', { transform: `translate(${this.px - sx},${AXIS - sy})` });
    for (let r = r0; r < r1_; r++) {
      const cls = rows[r] === this.sel ? 'sel' : r % 2 ? 'zebra' : '';
      if (cls) el(plot, 'rect', { class: cls, x: sx - this.px, y: r * ROW, width: vw, height: ROW });
    }
    const tks = M.ticks(tr, sc);
    for (const t of tks) {
      if (t.x >= left && t.x <= right) el(plot, 'line', { class: 'grid', x1: r1(t.x), y1: r0 * ROW, x2: r1(t.x), y2: r1_ * ROW });
    }
    for (let r = r0; r < r1_; r++) this.drawRow(plot, rows[r], r * ROW, i0, i1, hit);
    for (const b of tr.blocks) {
      const x1 = sc.x(b.at);
      const x2 = sc.blockEnd(b);
      if (x2 < left || x1 > right) continue;
      const g = hit(el(plot, 'g', {}), M.blockTitle(b));
      const top = r0 * ROW;
      const h = (r1_ - r0) * ROW;
      el(g, 'rect', { class: 'blk', x: r1(x1), y: top, width: r1(Math.max(1, x2 - x1)), height: h });
      el(g, 'line', { class: 'blk-edge', x1: r1(x1), y1: top, x2: r1(x1), y2: top + h });
      el(g, 'line', { class: 'blk-edge', x1: r1(x2), y1: top, x2: r1(x2), y2: top + h });
      const label = `time.sleep(${M.seconds(b.until - b.t)}) · nothing runs`;
      const lw = label.length * 6.2 + 16;
      if (x2 - x1 >= lw + 8) {
        const cx = Math.max(x1 + lw / 2 + 4, Math.min(x2 - lw / 2 - 4, sx + (vw - this.px) / 2));
        const cy = sy + (vh - AXIS) / 2;
        el(g, 'rect', { class: 'pill', x: r1(cx - lw / 2), y: r1(cy - 10), width: r1(lw), height: 20, rx: 10 });
        el(g, 'text', { class: 'blk-t', x: r1(cx), y: r1(cy + 4), 'text-anchor': 'middle' }, label);
      }
    }
    // What is after the cursor is dimmed, and the cursor drawn.
    const cx = this.cursorX();
    if (n && this.c < n) el(plot, 'rect', { class: 'future', x: r1(cx), y: sy - AXIS, width: r1(sc.end - cx + PADR), height: vh + AXIS });
    if (this.moment >= 0 && this.moment < n) {
      const mx = r1(sc.x(this.moment));
      el(plot, 'line', { class: 'moment', x1: mx, y1: sy - AXIS, x2: mx, y2: sy + vh });
    }

    // The time axis, fixed at the top.
    const axis = el(svg, 'g', {});
    el(axis, 'rect', { class: 'bg', width: vw, height: AXIS });
    const ag = el(axis, 'g', { transform: `translate(${this.px - sx},0)` });
    for (const t of tks) {
      if (t.x >= left - 40 && t.x <= right) el(ag, 'text', { class: 'tick', x: r1(t.x + 3), y: 15 }, t.label);
    }
    el(axis, 'line', { class: 'grid', x1: 0, y1: AXIS - 0.5, x2: vw, y2: AXIS - 0.5 });
    if (n) {
      const x = r1(this.px - sx + cx);
      el(svg, 'line', { class: 'cursor', x1: x, y1: 0, x2: x, y2: vh });
      el(svg, 'path', { class: 'cursor-head', d: `M${x - 5} 0h10v6l-5 5-5-5z` });
    }

    // The labels, fixed at the left, with each task's state at the cursor.
    const labels = el(svg, 'g', {});
    el(labels, 'rect', { class: 'lab', y: AXIS, width: this.L + 8, height: vh });
    el(labels, 'line', { class: 'grid', x1: this.L + 8.5, y1: AXIS, x2: this.L + 8.5, y2: vh });
    const lg = el(labels, 'g', { transform: `translate(0,${AXIS - sy})` });
    const live = this.c >= n;
    for (let r = r0; r < r1_; r++) {
      const row = rows[r];
      const cy = r * ROW + ROW / 2;
      const [name, sub] = M.rowLabel(row);
      const st = row.kind === 'task' && !live ? this.state(row) : null;
      const g = hit(el(lg, 'g', { class: row === this.sel ? 'lrow on' : 'lrow' }), M.rowTitle(row) + (st ? `\nat the cursor: ${st[1]}` : ''));
      el(g, 'rect', { class: 'hitbox', y: r * ROW, width: this.L + 8, height: ROW });
      if (st) el(g, 'circle', { class: `dot ${st[0]}`, cx: 8, cy, r: 3.5 });
      const nm = M.fit(name, Math.min(16, Math.floor((this.L - 20) / 6.6)));
      el(g, 'text', { class: 'name', x: 16, y: cy + 4 }, nm);
      const room = Math.floor((this.L - 16 - nm.length * 6.6 - 10) / 6.2);
      const s = M.fit(st ? st[1] : sub, room);
      if (s) el(g, 'text', { class: st ? `state ${st[0]}` : 'coro', x: this.L, y: cy + 4, 'text-anchor': 'end' }, s);
    }
    if (this.consoleDirty) this.markConsole();
    this.markEditor();
    // For automation (e2e prints them): the rows, the events, the time
    // the model took to build and this drawing took, in ms.
    Object.assign(box.dataset, { rows: rows.length, events: n, buildMs: this.buildMs.toFixed(1), drawMs: (performance.now() - t0).toFixed(1) });
  }

  drawRow(plot, row, y, i0, i1, hit) {
    const { sc, tr } = this;
    const n = tr.events.length;
    const cy = y + ROW / 2;
    const spans = row.spans;
    // The second line of a task's hover texts: who it is.
    const who = row.kind === 'task' ? `\n${M.rowTitle(row)}` : '';
    let k = Math.max(0, M.spanIndex(spans, i0));
    let lastX = -Infinity;
    for (; k < spans.length && spans[k].from <= i1; k++) {
      const s = spans[k];
      const to = s.to < 0 ? n : s.to;
      const x1 = sc.x(s.from);
      const x2 = sc.x(to);
      // Zoomed out, a row can hold thousands of spans under a pixel wide:
      // those are not drawn, except steps, at most one per pixel.
      if (x2 - x1 < 1) {
        if (s.kind !== 'run' || x1 < lastX + 1) continue;
        lastX = x1;
      }
      const title = M.spanTitle(tr, row, { ...s, to }) + who;
      switch (s.kind) {
        case 'sched':
        case 'ready':
        case 'loop':
          if (x2 - x1 >= 0.5) hit(el(plot, 'line', { class: s.kind, x1: r1(x1), y1: cy, x2: r1(x2), y2: cy }), title);
          break;
        case 'top':
          if (x2 - x1 >= 0.5) hit(el(plot, 'rect', { class: 'top', x: r1(x1), y: cy - 4, width: r1(x2 - x1), height: 8, rx: 2 }), title);
          break;
        case 'wait': {
          const w = Math.max(x2 - x1, 1);
          const g = hit(el(plot, 'g', {}), title);
          el(g, 'rect', { class: `w-${s.wait}`, x: r1(x1), y: cy - 7, width: r1(w), height: 14, rx: 3 });
          // The label stays in view when the band starts left of it.
          const lx = Math.max(x1, this.ui.box.scrollLeft);
          const label = M.fit(M.waitLabel(s.detail), Math.floor((x1 + w - lx - 8) / 5.6));
          if ([...label].length >= 3) el(g, 'text', { class: `wl wl-${s.wait}`, x: r1(lx + 4), y: cy + 3.5 }, label);
          break;
        }
        case 'run': {
          const w = Math.max(x2 - x1, 2);
          hit(el(plot, 'rect', { class: s.detail ? 'run thrown' : 'run', x: r1((x1 + x2) / 2 - w / 2), y: cy - 9, width: r1(w), height: 18, rx: 2 }), title);
          break;
        }
      }
    }
    const marks = row.marks;
    lastX = -Infinity;
    for (let j = M.markIndex(marks, i0); j < marks.length && marks[j].at <= i1; j++) {
      const mk = marks[j];
      const x = sc.x(mk.at);
      if (x < lastX + 1) continue;
      lastX = x;
      const t = M.markTitle(tr, mk) + who;
      const X = r1(x);
      switch (mk.kind) {
        case 'output':
          hit(el(plot, 'circle', { class: mk.err ? 'out err' : 'out', cx: X, cy, r: mk.at === this.moment ? 5 : 3.2 }), t, mk.at);
          break;
        case 'callback':
        case 'timer':
          hit(el(plot, 'path', { class: M.libraryCallback(mk.text) ? 'cb lib' : 'cb', d: `M${X} ${cy - 5}l5 5-5 5-5-5z` }), t, mk.at);
          break;
        case 'signal':
          hit(el(plot, 'path', { class: 'sig', d: `M${X - 5} ${y + 3}h10l-5 8z` }), t, mk.at);
          break;
        case 'loop-start':
          hit(el(plot, 'path', { class: 'lp', d: `M${X - 3} ${cy - 5}v10l7-5z` }), t, mk.at);
          break;
        case 'loop-stop':
          hit(el(plot, 'rect', { class: 'lp', x: X - 4, y: cy - 4, width: 8, height: 8, rx: 1 }), t, mk.at);
          break;
        case 'loop-close':
          hit(el(plot, 'path', { class: 'lpx', d: `M${X - 4} ${cy - 4}l8 8m0-8l-8 8` }), t, mk.at);
          break;
      }
    }
    if (row.kind !== 'task') return;
    if (row.done < 0) {
      const x = r1(sc.end);
      if (x >= sc.x(i0) - 40) hit(el(plot, 'path', { class: 'open', d: `M${x + 3} ${cy - 4}l4 4-4 4` }), `${row.name} was still pending when the run ended`);
      return;
    }
    if (row.done < i0 - 1 || row.done > i1) return;
    const x = r1(sc.x(row.done));
    const [cls, label] = M.outcomeStyle(row);
    const g = hit(el(plot, 'g', {}), M.outcomeTitle(row) + who, row.done);
    el(g, 'circle', { class: cls, cx: x, cy, r: 6 });
    const glyph = cls === 'ok' ? `M${x - 3} ${cy}l2 2 3.5-4` : cls === 'exc' ? `M${x - 2.5} ${cy - 2.5}l5 5m0-5l-5 5` : `M${x - 3} ${cy}h6`;
    el(g, 'path', { class: 'glyph', d: glyph });
    const room = Math.floor((sc.end + PADR - 4 - (x + 10)) / 6.2);
    if (label) el(g, 'text', { class: `rl-${cls}`, x: x + 10, y: cy + 4 }, M.fit(label, Math.max(room, 24)));
  }

  /** A task row's state at the cursor: [class, words]. */
  state(row) {
    const s = this.tr.stateAt(row, this.c);
    if (!s) return ['k-none', 'not created yet'];
    const at = s.line ? ` · line ${s.line}` : '';
    switch (s.kind) {
      case 'done':
        return [`k-${M.outcomeStyle(row)[0]}`, { result: 'done', exception: 'raised', cancelled: 'cancelled' }[row.outcome]];
      case 'run':
        return ['k-run', `running${at}`];
      case 'wait':
        return [`k-${s.wait}`, `${M.waitLabel(s.detail)}${at}`];
    }
    return ['k-none', s.kind === 'ready' ? 'ready' : 'scheduled'];
  }

  /** Highlights the selected row's output lines in the console. */
  markConsole() {
    this.consoleDirty = false;
    const { owner } = this.tr;
    const sel = this.sel;
    for (const line of this.hooks.term.output.children) {
      const i = Number(line.dataset.i);
      line.classList.toggle('tl-hl', !!sel && owner[i] === sel);
      line.classList.toggle('tl-at', i === this.moment);
    }
  }

  /** Marks in the editor the line each task waits at (or runs at) at the
   * cursor, and the selected task's line. */
  markEditor() {
    const editor = this.hooks.editor();
    const key0 = `${this.c}/${this.tr.events.length}/${this.sel?.name}`;
    if (!editor?.markTasks || key0 === this.editorKey0) return;
    this.editorKey0 = key0;
    // Per line: who runs there, and who waits there on what.
    const byLine = new Map();
    let selLine = 0;
    for (const row of this.tr.tasks) {
      const s = this.tr.stateAt(row, this.c);
      if (!s || s.kind === 'done' || !s.line) continue;
      if (row === this.sel) selLine = s.line;
      if (!byLine.has(s.line)) byLine.set(s.line, new Map());
      const what = s.kind === 'run' ? 'running' : s.kind === 'wait' ? M.waitLabel(s.detail) : s.kind === 'ready' ? 'ready' : 'scheduled';
      const g = byLine.get(s.line);
      if (!g.has(what)) g.set(what, []);
      g.get(what).push(row.name);
    }
    const marks = [];
    for (const [line, g] of byLine) {
      const parts = [...g].map(([what, names]) => `${names.length <= 3 ? names.join(', ') : `${names[0]} +${names.length - 1}`}: ${what}`);
      marks.push({ line, text: parts.join(' · '), running: g.has('running'), sel: line === selLine });
    }
    const key = JSON.stringify(marks);
    if (key === this.editorKey) return;
    this.editorKey = key;
    editor.markTasks(marks);
  }
}
