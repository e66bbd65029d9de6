// The console: a run's output, line by line, with each line's virtual
// timestamp in a gutter beside it.
//
// Automation contract: #output's textContent is exactly the transcript's
// lines joined by "\n" (stdout and stderr merged in the order written, no
// timestamps). So the gutter is a separate element, kept aligned with the
// output by identical line heights and no wrapping; and a line's "\n" is
// written (at the end of its element) only when the next line starts.
//
// Each line is its own block. In one long run of inline text, every append
// would lay out the whole transcript again, which made 20,000 lines take
// seconds; separate blocks keep each append's layout to one line.
import { CLOCK_ORIGIN } from './player.js';

export class Console {
  /**
   * @param {HTMLElement} output the #output element
   * @param {HTMLElement} gutter the timestamps column
   * @param {HTMLElement} scroller the element that scrolls both
   */
  constructor(output, gutter, scroller) {
    this.output = output;
    this.gutter = gutter;
    this.scroller = scroller;
    this.clear();
  }

  clear() {
    this.output.replaceChildren();
    this.gutter.replaceChildren();
    this.line = null; // the <span> of the line being written
    this.lineEnded = true; // the next text starts a new line
    this.lastStamp = '';
    this.lastT = CLOCK_ORIGIN;
    this.lines = 0;
  }

  /** Appends one output message: {t, stream, text}, and i, its event
   * index in the run (the timeline's; kept on its line as data-i). */
  write({ t, stream, text, i }) {
    if (typeof t === 'number') this.lastT = t;
    this.at = i;
    const parts = String(text).split('\n');
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last && part === '') return; // nothing after the final "\n"
      if (this.lineEnded) this.startLine(this.lastT);
      if (part !== '') this.append(part, stream);
      if (!last) this.lineEnded = true;
    });
    this.autoscroll();
  }

  /** The transcript as shown: what automation reads. */
  text() {
    return this.output.textContent;
  }

  startLine(t) {
    if (this.line) this.line.append('\n');
    this.line = document.createElement('div');
    this.line.className = 'line';
    if (this.at !== undefined) this.line.dataset.i = this.at;
    this.output.append(this.line);
    this.lineEnded = false;
    this.lines++;

    const stamp = formatTime(t);
    const cell = document.createElement('div');
    cell.textContent = stamp;
    // Repeated times are dimmed: the eye finds where the clock moved.
    if (stamp === this.lastStamp) cell.className = 'same';
    this.lastStamp = stamp;
    this.gutter.append(cell);
  }

  /** Adds text to the current line, merging it with a neighbour of the
   * same stream so that print(x, end='') in a loop stays one text node. */
  append(text, stream) {
    const cls = stream === 'stderr' ? 'err' : 'out';
    const tail = this.line.lastElementChild;
    if (tail && tail.className === cls && tail === this.line.lastChild) {
      tail.append(text);
      return;
    }
    const seg = document.createElement('span');
    seg.className = cls;
    seg.textContent = text;
    this.line.append(seg);
  }

  /** Keeps the newest line in view while the reader is at the bottom;
   * once per frame, since reading the scroll height forces a layout. */
  autoscroll() {
    if (this.scrollQueued) return;
    const el = this.scroller;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    if (!atBottom && this.lines > 1) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      el.scrollTop = el.scrollHeight;
    });
  }
}

/** Seconds since the clock's origin, as the gutter shows them. */
export function formatTime(t) {
  const s = Math.max(0, t - CLOCK_ORIGIN);
  return s < 1e6 ? s.toFixed(3) : s.toExponential(3);
}
