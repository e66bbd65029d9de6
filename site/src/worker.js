// The runtime's Web Worker: loads Go's wasm_exec.js and aioplay's
// WebAssembly, then runs scenarios on the page's request. It is a classic
// worker (not a module) because wasm_exec.js is a classic script loaded
// with importScripts.
//
// Page → worker: {type: "run", source, python, trace}, {type: "sigint"},
// {type: "giveup"}. Worker → page: {kind: "ready"}, {kind: "fatal", text},
// and the runtime's messages, posted one by one as they happen (see
// wasm/main.go): posting is what lets the page show output while a long
// run is still computing. Trace messages are batched (see below).
//
// __WASM_EXEC_URL__ and __WASM_URL__ are filled in by the build (paths
// relative to this script, so the site works under any base path).

/* global __WASM_EXEC_URL__, __WASM_URL__, Go, aioplayStart */

/** How long loading took, reported with "ready" (the e2e tests print it). */
const timing = { start: performance.now() };

const wasmURL = new URL(__WASM_URL__, self.location.href);
// The download starts before wasm_exec.js is loaded, not after.
const wasmResponse = fetch(wasmURL);
importScripts(new URL(__WASM_EXEC_URL__, self.location.href).href);

let controller = null;

async function instantiate(go) {
  try {
    // Streaming compiles while downloading; it needs application/wasm.
    return await WebAssembly.instantiateStreaming(wasmResponse, go.importObject);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    // A server with the wrong MIME type: compile from the bytes instead.
    const bytes = await (await fetch(wasmURL)).arrayBuffer();
    return WebAssembly.instantiate(bytes, go.importObject);
  }
}

async function boot() {
  const go = new Go();
  let exitCode = '?';
  go.exit = (code) => {
    exitCode = code;
  };
  const { instance } = await instantiate(go);
  timing.compiled = performance.now();
  // go.run returns when the Go program exits, which it never does unless it
  // panics: the page must then start a new worker.
  go.run(instance).then(() => {
    postMessage({ kind: 'fatal', text: `the runtime stopped unexpectedly (exit code ${exitCode})` });
  });
  // main() registers aioplayStart before it first blocks, which is before
  // go.run hands control back here.
  if (typeof self.aioplayStart !== 'function') {
    throw new Error('the runtime did not register aioplayStart');
  }
  timing.started = performance.now();
}

const booted = boot().then(
  () => postMessage({
    kind: 'ready',
    timing: { compileMs: timing.compiled - timing.start, initMs: timing.started - timing.compiled },
  }),
  (err) => postMessage({ kind: 'fatal', text: `cannot load the runtime: ${err.message ?? err}` }),
);

self.onmessage = async (e) => {
  const msg = e.data;
  await booted;
  switch (msg.type) {
    case 'run': {
      // Trace messages come by the tens of thousands: they are posted in
      // batches ({kind: "batch", list}), which costs the page one message
      // event per batch instead of one per record. A batch is sent before
      // any other message, so the order is kept.
      let batch = [];
      const flush = () => {
        if (batch.length) postMessage({ kind: 'batch', list: batch });
        batch = [];
      };
      const result = aioplayStart(
        { source: String(msg.source), python: String(msg.python || '3.11'), trace: !!msg.trace },
        (ev) => {
          if (ev.kind === 'trace') {
            batch.push(ev);
            if (batch.length >= 4096) flush();
            return;
          }
          flush();
          postMessage(ev);
        },
      );
      if (result && result.error) {
        postMessage({ kind: 'fatal', text: result.error });
        return;
      }
      controller = result;
      return;
    }
    case 'sigint':
    case 'giveup':
      controller?.command(msg.type);
      return;
  }
};
