// The runner owns the Web Worker that hosts the WebAssembly runtime.
//
// A scenario runs synchronously inside the worker, so a busy run cannot be
// asked to stop: Stop terminates the worker at once and boots a fresh one
// (the compiled module comes from the HTTP or service-worker cache, so this
// is quick). A run that idles is different: its goroutine is parked, the
// worker's event loop is free, and "sigint"/"giveup" reach it.
//
// Messages from the worker: {kind: "ready"} once booted, {kind: "fatal",
// text} when the runtime could not start or died, and during a run the
// relay's messages (wasm/relay): output, trace, idle, exit; trace messages
// come in batches ({kind: "batch", list}), unpacked here.

export class Runner {
  /**
   * @param {URL} workerURL the bundled site/src/worker.js
   * @param {{onReady: (msg: object) => void, onMessage: (msg: object) => void,
   *          onFatal: (text: string, wasReady: boolean) => void}} hooks
   *   onFatal's wasReady tells a run that crashed a working runtime from a
   *   runtime that could not load.
   */
  constructor(workerURL, hooks) {
    this.workerURL = workerURL;
    this.hooks = hooks;
    this.worker = null;
    this.ready = false;
    this.active = false; // a run is in progress in the worker
    this.queued = null; // a run asked for before the worker was ready
    this.generation = 0; // tells a dead worker's late messages apart
  }

  /** Starts a worker; called once, and again after every Stop. */
  boot() {
    const generation = ++this.generation;
    this.ready = false;
    this.active = false;
    let worker;
    try {
      worker = new Worker(this.workerURL, { name: 'aioplay-runtime' });
    } catch (err) {
      this.hooks.onFatal(`cannot start the runtime's worker: ${err.message}`);
      return;
    }
    this.worker = worker;
    worker.onmessage = (e) => {
      if (generation === this.generation) this.receive(e.data);
    };
    worker.onerror = (e) => {
      if (generation !== this.generation) return;
      e.preventDefault();
      this.fail(e.message || 'the runtime\'s worker failed');
    };
  }

  receive(msg) {
    switch (msg.kind) {
      case 'ready':
        this.ready = true;
        this.hooks.onReady(msg);
        if (this.queued) {
          const req = this.queued;
          this.queued = null;
          this.run(req);
        }
        return;
      case 'fatal':
        this.fail(msg.text);
        return;
      case 'batch':
        for (const m of msg.list) this.hooks.onMessage(m);
        return;
      case 'exit':
        this.active = false;
        break;
    }
    this.hooks.onMessage(msg);
  }

  fail(text) {
    const wasReady = this.ready;
    this.active = false;
    this.queued = null;
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    this.generation++;
    this.hooks.onFatal(text, wasReady);
  }

  /** Runs {source, python}, with its trace (for the timeline); waits for the worker to be ready if needed. */
  run(req) {
    if (!this.ready) {
      this.queued = req;
      if (!this.worker) this.boot();
      return;
    }
    this.active = true;
    this.worker.postMessage({ type: 'run', source: req.source, python: req.python, trace: true });
  }

  /** Answers an idle run: "sigint" or "giveup". */
  command(name) {
    if (this.active) this.worker.postMessage({ type: name });
  }

  /** Ends the run now: the worker is terminated and a new one boots. */
  stop() {
    this.queued = null;
    this.worker?.terminate();
    this.worker = null;
    this.boot();
  }
}
