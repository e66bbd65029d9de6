// The side-by-side view of one script's Python 3.6 and 3.11 transcripts.
//
// The page remembers the transcript of every finished run by version and
// source; once both versions of the current source have run, this panel
// shows them aligned (versions.js), the differing lines marked and each
// difference it knows explained in one line under it. The Compare button
// fills in a missing version by running it in a second, hidden runtime
// (compare runs answer an idle loop as the CLI does: Ctrl+C once for the
// examples that wait for it, else they give up).
//
// Automation contract: #compare is hidden until there is something to
// show; .compare-left and .compare-right are the two columns (3.6, 3.11),
// .compare-note the explanations, and #compare's data-same is "true" when
// the transcripts are identical.

import { compareTranscripts } from './versions.js';

export const LEFT = '3.6';
export const RIGHT = '3.11';

/** Transcripts of finished runs, by version and source. */
export class Transcripts {
  constructor() {
    this.map = new Map();
  }

  key(python, source) {
    return `${python}\u0000${source}`;
  }

  set(python, source, text) {
    this.map.set(this.key(python, source), text);
    // Keep the memory bounded: the oldest go first.
    while (this.map.size > 40) this.map.delete(this.map.keys().next().value);
  }

  get(python, source) {
    return this.map.get(this.key(python, source));
  }
}

export class ComparePanel {
  /** @param {HTMLElement} root #compare */
  constructor(root) {
    this.root = root;
    this.summary = root.querySelector('.compare-summary');
    this.body = root.querySelector('.compare-body');
    root.querySelector('.compare-close').addEventListener('click', () => this.hide());
  }

  hide() {
    this.root.hidden = true;
  }

  /** Shows the two transcripts of source. */
  show(left, right, source) {
    const result = compareTranscripts(left, right, source);
    this.root.dataset.same = String(result.same);
    const diffs = result.hunks.filter((h) => !h.same).length;
    this.summary.textContent = result.same
      ? `Python ${LEFT} and ${RIGHT} print the same.`
      : `${diffs} difference${diffs === 1 ? '' : 's'} between Python ${LEFT} and ${RIGHT}.`;
    const rows = [];
    const head = row('compare-head', [`Python ${LEFT}`], [`Python ${RIGHT}`]);
    rows.push(head);
    for (const h of result.hunks) {
      if (h.same) {
        rows.push(row('compare-same', h.lines, h.lines));
        continue;
      }
      rows.push(row('compare-diff', h.left, h.right));
      for (const n of h.notes) {
        const p = document.createElement('p');
        p.className = 'compare-note';
        p.textContent = n;
        rows.push(p);
      }
    }
    this.body.replaceChildren(...rows);
    this.root.hidden = false;
  }
}

function row(cls, left, right) {
  const r = document.createElement('div');
  r.className = `compare-row ${cls}`;
  const cell = (side, lines) => {
    const c = document.createElement('pre');
    c.className = `compare-${side}`;
    c.textContent = lines.length ? lines.join('\n') : '';
    if (!lines.length) c.dataset.empty = 'true';
    return c;
  };
  r.append(cell('left', left), cell('right', right));
  return r;
}

/**
 * Runs a source under one version in a hidden runtime and resolves with
 * its transcript. One run at a time.
 */
export class BackgroundRun {
  /** @param {() => import('./runner.js').Runner} makeRunner */
  constructor(makeRunner) {
    this.makeRunner = makeRunner;
    this.runner = null;
    this.pending = null;
  }

  run(source, python, sigintAtIdle) {
    if (!this.runner) {
      this.runner = this.makeRunner({
        onReady() {},
        onMessage: (msg) => this.receive(msg),
        onFatal: (text) => this.fail(text),
      });
      this.runner.boot();
    }
    if (this.pending) this.pending.reject(new Error('superseded'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, text: '', sigintAtIdle, sigints: 0 };
      this.runner.run({ source, python });
    });
  }

  receive(msg) {
    const p = this.pending;
    if (!p) return;
    switch (msg.kind) {
      case 'output':
        p.text += msg.text;
        break;
      case 'idle':
        if (p.sigintAtIdle && p.sigints === 0) {
          p.sigints++;
          this.runner.command('sigint');
        } else {
          this.runner.command('giveup');
        }
        break;
      case 'exit':
        this.pending = null;
        p.resolve(p.text);
        break;
    }
  }

  fail(text) {
    const p = this.pending;
    this.pending = null;
    if (p) p.reject(new Error(text));
  }
}
