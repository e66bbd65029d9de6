// Playback: hands a run's messages to the console either at once or paced
// to their virtual timestamps (×1: a message stamped 2.5 s after the clock
// started appears 2.5 s after Run was pressed; ×10: a tenth of that).
//
// The runtime computes a whole scenario in milliseconds whatever its
// virtual duration, so pacing is purely a display concern: messages are
// queued here and released by a timer, in order, never reordered.

/** The virtual clock's value when a run starts (the conformance contract:
 * loop.time() starts at 1000.0). Timestamps are shown relative to it. */
export const CLOCK_ORIGIN = 1000;

export class Player {
  /** @param {(msg: object) => void} deliver called for each message, in order */
  constructor(deliver) {
    this.deliver = deliver;
    this.speed = 0; // 0 means instant
    this.queue = [];
    this.timer = 0;
    this.wallStart = 0;
  }

  /** Sets the mode: "instant", or a speed factor such as "1" or "10". */
  setMode(mode) {
    const speed = mode === 'instant' ? 0 : Number(mode);
    this.speed = Number.isFinite(speed) && speed > 0 ? speed : 0;
  }

  /** Starts a new run: drops anything queued and restarts the clock. */
  reset() {
    this.queue = [];
    clearTimeout(this.timer);
    this.timer = 0;
    this.wallStart = performance.now();
  }

  /** Queues a message, or delivers it now when nothing needs pacing. */
  push(msg) {
    if (this.speed === 0 && this.queue.length === 0) {
      this.deliver(msg);
      return;
    }
    this.queue.push(msg);
    this.schedule();
  }

  /** Delivers everything queued at once (Stop, or switching to instant). */
  flush() {
    clearTimeout(this.timer);
    this.timer = 0;
    const queued = this.queue;
    this.queue = [];
    for (const msg of queued) this.deliver(msg);
  }

  /** True while messages wait for their time. */
  get busy() {
    return this.queue.length > 0;
  }

  dueAt(msg) {
    const virtual = Math.max(0, (msg.t ?? CLOCK_ORIGIN) - CLOCK_ORIGIN);
    return this.wallStart + (virtual * 1000) / this.speed;
  }

  schedule() {
    if (this.timer || this.queue.length === 0) return;
    if (this.speed === 0) {
      this.flush();
      return;
    }
    const wait = this.dueAt(this.queue[0]) - performance.now();
    this.timer = setTimeout(() => {
      this.timer = 0;
      this.release();
    }, Math.max(0, wait));
  }

  /** Delivers every message whose time has come, then waits for the next. */
  release() {
    const now = performance.now();
    let n = 0;
    while (n < this.queue.length && (this.speed === 0 || this.dueAt(this.queue[n]) <= now)) n++;
    const due = this.queue.splice(0, n);
    for (const msg of due) this.deliver(msg);
    this.schedule();
  }
}
