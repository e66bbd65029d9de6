// The timeline's model: a run's events (the worker's output and trace
// messages, in order) turned into rows of spans and marks, and the time
// scale that places them. No DOM here.
//
// These are the rules of internal/timeline (read its package doc), written
// a second time: rows in the same order (main, callbacks, tasks by
// creation), the same spans and marks, the same x(i) = S·(t_i − t_0) + E·i
// + E/2. internal/timeline's TestSameAsJS runs this file under Node on the
// same traces as the Go code and compares the two.

export const CLOCK_ORIGIN = 1000;
const MAX_SLOT = 16;

/** The rows and spans of a run, built one event at a time (add). */
export class Trace {
  constructor() {
    this.events = [];
    this.main = row('main', 'main');
    this.cbs = row('callbacks', 'callbacks');
    this.tasks = [];
    this.byName = new Map();
    this.blocks = [];
    this.owner = []; // for output events: the row that wrote it
    this.ctx = this.main;
    this.t0 = 0;
    this.end = 0;
    open(this.main, { kind: 'top', from: 0 });
  }

  /** Rows in their order: main, callbacks (if any), tasks by creation. */
  get rows() {
    return [this.main, ...(this.cbs.marks.length ? [this.cbs] : []), ...this.tasks];
  }

  /** The run's virtual length in seconds. */
  get T() {
    return this.end - this.t0;
  }

  task(r, at) {
    let t = this.byName.get(r.task);
    if (!t) {
      const line = r.what === 'task-created' ? r.line || 0 : 0;
      t = row('task', r.task, r.coro || '', line, at);
      this.byName.set(r.task, t);
      this.tasks.push(t);
      open(t, { kind: 'sched', from: at, line });
    }
    return t;
  }

  /** Adds one message: {kind: "output", t, stream, text} or {kind: "trace", t, trace}. */
  add(ev) {
    const i = this.events.length;
    if (ev.kind !== 'output' && ev.kind !== 'trace') return;
    this.events.push(ev);
    if (i === 0) this.t0 = this.end = ev.t;
    if (ev.t > this.end) this.end = ev.t;
    if (ev.kind === 'output') {
      this.ctx.marks.push({ kind: 'output', at: i, text: ev.text, err: ev.stream === 'stderr' });
      this.owner[i] = this.ctx;
      return;
    }
    const r = ev.trace;
    const m = this.main;
    let t;
    switch (r.what) {
      case 'task-created':
        this.task(r, i);
        break;
      case 'step':
        t = this.task(r, i);
        close(t, i);
        open(t, { kind: 'run', from: i, line: r.line || 0, detail: r.detail || '' });
        this.ctx = t;
        break;
      case 'suspend':
        t = this.task(r, i);
        close(t, i);
        open(t, { kind: 'wait', from: i, wait: waitKind(r.detail || ''), detail: r.detail || '', line: r.line || 0 });
        this.ctx = m;
        break;
      case 'wake': {
        t = this.task(r, i);
        const s = close(t, i);
        if (s) open(t, { kind: 'ready', from: i, line: s.line, detail: s.detail });
        break;
      }
      case 'done':
        t = this.task(r, i);
        close(t, i);
        t.done = i;
        [t.outcome, t.result] = outcome(r.detail || '');
        this.ctx = m;
        break;
      case 'timer':
      case 'callback':
        this.cbs.marks.push({ kind: r.what, at: i, text: r.detail || '' });
        this.ctx = this.cbs;
        break;
      case 'signal':
      case 'loop-close':
        m.marks.push({ kind: r.what, at: i, text: r.detail || '' });
        break;
      case 'loop-start':
      case 'loop-stop':
        close(m, i);
        open(m, { kind: r.what === 'loop-start' ? 'loop' : 'top', from: i });
        m.marks.push({ kind: r.what, at: i, text: '' });
        this.ctx = m;
        break;
      case 'block':
        this.blocks.push({ at: i, t: ev.t, until: r.until, by: this.ctx.name });
        if (r.until > this.end) this.end = r.until;
        break;
    }
  }

  /** A task row's state once the first c events have happened: the span
   * it is in ({kind, detail, line...}), {kind: "done"}, or null before it
   * was created. */
  stateAt(rw, c) {
    if (rw.created > c - 1) return null;
    if (rw.done >= 0 && rw.done <= c - 1) return { kind: 'done' };
    const k = spanIndex(rw.spans, c - 1);
    return k < 0 ? null : rw.spans[k];
  }
}

function row(kind, name, coro = '', line = 0, created = -1) {
  return { kind, name, coro, line, created, spans: [], marks: [], done: -1, outcome: '', result: '', openSpan: -1 };
}

function open(r, s) {
  s.to = -1; // open: reaches the end
  r.spans.push(s);
  r.openSpan = r.spans.length - 1;
}

function close(r, at) {
  if (r.openSpan < 0) return null;
  const s = r.spans[r.openSpan];
  r.openSpan = -1;
  s.to = at;
  return s;
}

/** The index of the last span starting at or before i (spans are sorted). */
export function spanIndex(spans, i) {
  let lo = 0;
  let hi = spans.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].from <= i) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}

/** The index of the first mark at or after event i. */
export function markIndex(marks, i) {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].at < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The time scale for a plot w pixels wide (see internal/timeline). */
export function scale(tr, w) {
  const n = tr.events.length;
  const T = tr.T;
  let E = 0;
  let S = 0;
  if (n > 0) {
    E = Math.min(MAX_SLOT, w / (T > 0 ? 2 * n : n));
    if (T > 0) S = (w - E * n) / T;
  }
  const ev = tr.events;
  const t0 = tr.t0;
  const end = S * T + E * n;
  return {
    E,
    S,
    end,
    /** The centre of event i's slot; the plot's end for i >= n. */
    x: (i) => (i < 0 || i >= n ? end : S * (ev[i].t - t0) + E * (i + 0.5)),
    start: (i) => (i >= n ? end : S * (ev[i].t - t0) + E * i),
    blockEnd: (b) => S * (b.until - t0) + E * (b.at + 1),
  };
}

/** Time labels: one per distinct time, at least 44 px apart. */
export function ticks(tr, sc) {
  const out = [];
  let last = -1e9;
  const ev = tr.events;
  for (let i = 0; i < ev.length; i++) {
    if (i > 0 && ev[i].t === ev[i - 1].t) continue;
    const x = sc.start(i);
    if (x - last < 44) continue;
    last = x;
    out.push({ x, label: `${seconds(ev[i].t - CLOCK_ORIGIN)} s` });
  }
  return out;
}

/** Seconds with at most three decimals and no trailing zeros. */
export function seconds(v) {
  const s = v.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' || s === '' ? '0' : s;
}

/** What a suspended task waits on, for its colour (see WaitKind in Go). */
export function waitKind(d) {
  if (d === 'sleep') return 'sleep';
  if (d === 'next iteration') return 'yield';
  const l = d.toLowerCase();
  const has = (...w) => w.some((x) => l.includes(x));
  if (has('queue')) return 'queue';
  if (has('lock', 'semaphore', 'condition', 'event', 'barrier')) return 'sync';
  if (has('task', 'future', 'gather', 'wait', 'shield', 'complet')) return 'future';
  return 'other';
}

export function outcome(d) {
  if (d === 'cancelled') return ['cancelled', ''];
  if (d.startsWith('exception=')) return ['exception', d.slice(10)];
  return ['result', d.replace(/^result=/, '')];
}

export function waitLabel(d) {
  if (d.startsWith('task ')) return d.slice(5);
  if (d === '_GatheringFuture') return 'gather';
  return d.replace(/^_+/, '');
}

export const libraryCallback = (d) => d.includes('/asyncio/');

export function fit(s, n) {
  if (n <= 0) return '';
  const r = [...s];
  if (r.length <= n) return s;
  return n === 1 ? '…' : r.slice(0, n - 1).join('') + '…';
}

export function rowLabel(r) {
  if (r.kind === 'main') return ['main.py', 'top level'];
  if (r.kind === 'callbacks') return ['callbacks', 'call_soon/later'];
  return [r.name, r.coro ? `${r.coro}()` : ''];
}

export function outcomeStyle(r) {
  if (r.outcome === 'exception') return ['exc', r.result];
  if (r.outcome === 'cancelled') return ['can', 'cancelled'];
  return ['ok', r.result === 'None' ? '' : `→ ${r.result}`];
}

// Hover texts, as internal/timeline/text.go words them.

function at(tr, i) {
  return i < 0 || i >= tr.events.length ? 'the end' : `${seconds(tr.events[i].t - CLOCK_ORIGIN)} s`;
}

const lineText = (n) => (n > 0 ? ` at line ${n}` : '');

export function rowTitle(r) {
  const [name, sub] = rowLabel(r);
  if (r.kind !== 'task') return `${name} · ${sub}`;
  return name + (sub ? ` · ${sub}` : '') + (r.line > 0 ? ` defined at line ${r.line}` : '');
}

export function spanTitle(tr, r, s) {
  switch (s.kind) {
    case 'sched':
      return `${r.name} created at ${at(tr, s.from)}, not started yet`;
    case 'run':
      return `${r.name} runs a step${lineText(s.line)} at ${at(tr, s.from)}${s.detail ? ` · ${s.detail} thrown in` : ''}`;
    case 'wait':
      return `${r.name} awaits ${s.detail}${lineText(s.line)} · ${at(tr, s.from)} → ${at(tr, s.to)}`;
    case 'ready':
      return `${r.name} is ready (woken at ${at(tr, s.from)}), waiting for its turn`;
    case 'top':
      return `top-level code of main.py runs · ${at(tr, s.from)} → ${at(tr, s.to)}`;
    case 'loop':
      return `the event loop runs · ${at(tr, s.from)} → ${at(tr, s.to)}`;
  }
  return '';
}

export function markTitle(tr, mk) {
  const when = ` at ${at(tr, mk.at)}`;
  switch (mk.kind) {
    case 'output':
      return `output${when}: ${mk.text.replace(/\n$/, '')}`;
    case 'callback':
    case 'timer':
      return `${mk.kind}${when}: ${mk.text}`;
    case 'signal':
      return `${mk.text} received${when}`;
  }
  return mk.kind.replace(/-/g, ' ') + when;
}

export function outcomeTitle(r) {
  if (r.outcome === 'exception') return `${r.name} raised ${r.result}`;
  if (r.outcome === 'cancelled') return `${r.name} was cancelled`;
  return `${r.name} returned ${r.result}`;
}

export function blockTitle(b) {
  return `time.sleep(${seconds(b.until - b.t)}) in ${b.by} blocks the loop from ${seconds(b.t - CLOCK_ORIGIN)} s to ${seconds(b.until - CLOCK_ORIGIN)} s: nothing else runs`;
}
