// The page's entry point: wires the editor, the console, the runtime's
// worker, playback, share links, the gallery and the theme together.
//
// Automation contract (e2e/ and anyone scripting the page rely on it):
//   document.documentElement.dataset.runState is "loading" until the
//   runtime is first ready, then "ready", "running" while a run is in
//   progress (including while it idles waiting for Ctrl+C, and while paced
//   playback is still showing its output), "done" once its whole output is
//   in #output, or "error" when the runtime failed; dataset.exitStatus is
//   the last run's exit status ("" when it was stopped).
//   #output's textContent is the transcript (see console.js).
//
// __WORKER_PATH__, __GALLERY_PATH__, __SW_PATH__ (relative to this script)
// and __DEFAULT_SOURCE__ are filled in by the build.

/* global __WORKER_PATH__, __GALLERY_PATH__, __SW_PATH__, __DEFAULT_SOURCE__ */

import { Console } from './console.js';
import { Player } from './player.js';
import { Timeline } from './timeline.js';
import { Runner } from './runner.js';
import { ShareLinkError, makeFragment, readFragment } from './share.js';
import { failingLine } from './traceback.js';
import { initTheme } from './theme.js';
import { initGalleryMenu, loadGallery } from './gallery.js';
import { describeExit } from './status.js';
import { registerServiceWorker } from './offline.js';
import { BackgroundRun, ComparePanel, LEFT, RIGHT, Transcripts } from './compare.js';

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
const ui = {
  run: $('run'),
  stop: $('stop'),
  sigint: $('sigint'),
  share: $('share'),
  python: $('python'),
  playback: $('playback'),
  status: $('status'),
  notice: $('notice'),
  idle: $('idle'),
  idleSigint: $('idle-sigint'),
  idleStop: $('idle-stop'),
  compare: $('compare-run'),
};

const here = import.meta.url;
const PLAYBACK_KEY = 'aioplay.playback';

/** What the page knows about the current run. */
const run = {
  active: false, // between Run and the end of its display
  workerIdle: false, // the worker is parked in OnIdle, waiting for an answer
  workerDone: false, // the worker has sent the run's exit message
  sigintPending: false, // Ctrl+C sent before the idle message was shown
  stopping: false, // Stop asked the idle run to give up
  source: '', // the script being run
  python: '', // its version
  transcript: '', // its output so far (stdout and stderr merged)
};

// Transcripts of finished runs, for the side-by-side view of 3.6 and 3.11.
const transcripts = new Transcripts();
const comparePanel = new ComparePanel($('compare'));
/** The gallery example last loaded (its flags matter to compare runs). */
let loadedExample = null;

function setRunState(state) {
  root.dataset.runState = state;
  const running = state === 'running';
  ui.stop.disabled = !running;
  ui.sigint.disabled = !running;
}

function setStatus(text) {
  ui.status.textContent = text;
}

function showNotice(text, kind = 'error') {
  ui.notice.replaceChildren();
  const p = document.createElement('span');
  p.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => {
    ui.notice.hidden = true;
  });
  ui.notice.append(p, close);
  ui.notice.dataset.kind = kind;
  ui.notice.hidden = false;
}

const term = new Console($('output'), $('gutter'), $('console'));
const player = new Player(deliver);
let editor = null;
// The timeline gets every message as it arrives and owns the console's
// content: the output before its cursor (see timeline.js).
const timeline = new Timeline({
  box: $('timeline'),
  cursor: $('tl-cursor'),
  now: $('tl-now'),
  back: $('tl-back'),
  fwd: $('tl-fwd'),
  play: $('tl-play'),
  zoomIn: $('tl-zoom-in'),
  zoomOut: $('tl-zoom-out'),
  tip: $('tl-tip'),
}, { term, editor: () => editor, speed: () => Number(ui.playback.value) || 10 });

const runner = new Runner(new URL(__WORKER_PATH__, here), {
  onReady(msg) {
    // How long the runtime took to load, for diagnostics (e2e prints it).
    const t = msg.timing;
    if (t) root.dataset.runtimeLoad = `fetch+compile ${Math.round(t.compileMs)} ms, init ${Math.round(t.initMs)} ms`;
    ui.run.disabled = false;
    if (!run.active && root.dataset.runState === 'loading') {
      setRunState('ready');
      setStatus('Ready. Press Run or Ctrl+Enter.');
    }
  },
  onMessage(msg) {
    if (msg.kind === 'idle') run.workerIdle = true;
    if (msg.kind === 'exit') {
      run.workerIdle = false;
      run.workerDone = true;
    }
    if (run.active) {
      if (msg.kind === 'output') run.transcript += msg.text;
      timeline.add(msg);
      player.push(msg);
    }
  },
  onFatal(text, wasReady) {
    player.flush();
    run.active = false;
    showIdle(false);
    setRunState('error');
    setStatus(`The runtime failed: ${text}`);
    // After a crash, a fresh worker gets ready for the next run. A runtime
    // that could not even load is retried only when Run is pressed again,
    // not in a loop.
    if (wasReady) runner.boot();
  },
});

/** Shows one message from the run, in order (called by the player). */
function deliver(msg) {
  switch (msg.kind) {
    case 'output':
    case 'trace':
      timeline.reveal(msg);
      break;
    case 'idle':
      if (run.sigintPending) {
        run.sigintPending = false; // answered before it was shown
        break;
      }
      if (run.stopping) break;
      showIdle(true);
      setStatus('Waiting forever: press Ctrl+C to send SIGINT, or Stop.');
      break;
    case 'exit':
      finish(msg.status);
      break;
  }
}

function showIdle(on) {
  ui.idle.hidden = !on;
}

/** Starts a run of source (by default the editor's). A share link with
 * run=1 starts before the editor has even loaded. */
function startRun(source = editor?.getSource()) {
  if (source === undefined) return;
  if (run.active && !run.workerDone) {
    // Run while running: the old run's worker is thrown away.
    runner.stop();
  }
  term.clear();
  timeline.reset();
  markError(null);
  player.reset();
  player.setMode(ui.playback.value);
  Object.assign(run, {
    active: true, workerIdle: false, workerDone: false, sigintPending: false, stopping: false,
    source, python: ui.python.value, transcript: '',
  });
  if (comparePanel.source !== source) comparePanel.hide();
  showIdle(false);
  root.dataset.exitStatus = '';
  setRunState('running');
  setStatus('Running…');
  runner.run({ source, python: ui.python.value });
}

function finish(status) {
  run.active = false;
  timeline.end();
  showIdle(false);
  root.dataset.exitStatus = String(status);
  transcripts.set(run.python, run.source, run.transcript);
  showComparison(run.source);
  const line = failingLine(term.text());
  if (status !== 0) markError(line);
  setStatus(describeExit(status, term.lastT, line));
  setRunState('done');
}

/** The line to mark once the editor exists (a run can end before). */
let pendingErrorLine = null;

function markError(line) {
  if (editor) editor.markErrorLine(line);
  else pendingErrorLine = line;
}

/** Shows 3.6 and 3.11 side by side once both transcripts of source are known. */
function showComparison(source) {
  const left = transcripts.get(LEFT, source);
  const right = transcripts.get(RIGHT, source);
  if (left === undefined || right === undefined) return false;
  comparePanel.source = source;
  comparePanel.show(left, right, source);
  return true;
}

const background = new BackgroundRun((hooks) => new Runner(new URL(__WORKER_PATH__, here), hooks));

/** The Compare button: runs whichever version is missing, then compares. */
async function compare() {
  const source = editor?.getSource();
  if (source === undefined) return;
  const sigintAtIdle = loadedExample?.source === source && loadedExample.sigintAtIdle;
  ui.compare.disabled = true;
  try {
    for (const python of [LEFT, RIGHT]) {
      if (transcripts.get(python, source) === undefined) {
        setStatus(`Comparing: running it under Python ${python}…`);
        transcripts.set(python, source, await background.run(source, python, sigintAtIdle));
      }
    }
    showComparison(source);
    setStatus(`Python ${LEFT} and ${RIGHT} side by side below the output.`);
  } catch (err) {
    setStatus(`The comparison failed: ${err.message}`);
  } finally {
    ui.compare.disabled = false;
  }
}

function stop() {
  if (!run.active) return;
  if (run.workerIdle) {
    // The run is parked waiting for Ctrl+C: end it the way the CLI does,
    // with "[idle forever]" and status 3, and show the rest at once.
    run.stopping = true;
    run.workerIdle = false;
    player.setMode('instant');
    player.flush();
    runner.command('giveup');
    showIdle(false);
    return;
  }
  if (!run.workerDone) {
    // Busy computing (say, `while True: pass`), or still loading: only
    // terminating the worker stops it. The output received so far stays.
    runner.stop();
    player.flush();
    run.active = false;
    showIdle(false);
    root.dataset.exitStatus = '';
    setStatus('Stopped. The output above is what the program printed before it was stopped.');
    setRunState('done');
    return;
  }
  // The run is over and paced playback is still showing it: show it all.
  player.setMode('instant');
  player.flush();
}

function sigint() {
  if (!run.active || run.workerDone) return;
  if (!run.workerIdle) run.sigintPending = true;
  run.workerIdle = false;
  runner.command('sigint');
  showIdle(false);
  setStatus('SIGINT sent (Ctrl+C). Running…');
}

async function share() {
  const fragment = await makeFragment({ python: ui.python.value, source: editor.getSource() });
  const url = new URL(location.href);
  url.hash = fragment;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url.href);
    showNotice('Link copied to the clipboard. It holds the code itself: nothing is stored on a server.', 'info');
  } catch {
    showNotice('The link is in the address bar; copy it from there (the clipboard is not available).', 'info');
  }
}

/** Opens the share link in the fragment, if any. Returns whether to run. */
async function openFragment(defaultSource) {
  try {
    const link = await readFragment(location.hash);
    if (!link) return { source: defaultSource, run: false };
    ui.python.value = link.python;
    return { source: link.source ?? defaultSource, run: link.run && link.source !== null };
  } catch (err) {
    if (!(err instanceof ShareLinkError)) throw err;
    showNotice(`This share link could not be opened: ${err.message}. Showing the default example instead.`);
    return { source: defaultSource, run: false };
  }
}

function loadPlaybackPref() {
  try {
    const v = localStorage.getItem(PLAYBACK_KEY);
    if (v && [...ui.playback.options].some((o) => o.value === v)) ui.playback.value = v;
  } catch {
    // Storage disabled: keep the default.
  }
}

async function main() {
  setRunState('loading');
  // The runtime's worker starts first: fetching and compiling the
  // WebAssembly is the longest step of a cold load. The editor (CodeMirror,
  // most of the page's script) is a separate chunk loaded meanwhile.
  runner.boot();
  const editorModule = import('./editor.js');
  loadPlaybackPref();
  const opened = await openFragment(__DEFAULT_SOURCE__);
  if (opened.run) startRun(opened.source);
  const { createEditor } = await editorModule;

  let dark = false;
  initTheme($('theme'), (on) => {
    dark = on;
    editor?.setDark(on);
  });
  editor = createEditor($('editor'), { doc: opened.source, dark, onRun: () => startRun() });
  if (pendingErrorLine !== null) editor.markErrorLine(pendingErrorLine);

  ui.run.addEventListener('click', () => startRun());
  // Clicking an output line shows its task and moment in the timeline.
  $('output').addEventListener('click', (e) => {
    const line = e.target.closest('.line');
    if (line?.dataset.i) timeline.focusEvent(Number(line.dataset.i));
  });
  ui.stop.addEventListener('click', stop);
  ui.sigint.addEventListener('click', sigint);
  ui.idleSigint.addEventListener('click', sigint);
  ui.idleStop.addEventListener('click', stop);
  ui.share.addEventListener('click', share);
  ui.compare.addEventListener('click', compare);
  ui.playback.addEventListener('change', () => {
    player.setMode(ui.playback.value);
    if (ui.playback.value === 'instant') player.flush();
    try {
      localStorage.setItem(PLAYBACK_KEY, ui.playback.value);
    } catch {
      // Not remembered.
    }
  });
  document.addEventListener('keydown', (e) => {
    // Ctrl/Cmd+Enter runs from anywhere on the page, not only the editor.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
      e.preventDefault();
      startRun();
    }
  });
  window.addEventListener('hashchange', async () => {
    const link = await openFragment(editor.getSource());
    editor.setSource(link.source);
    if (link.run) startRun();
  });
  ui.run.disabled = false;

  loadGallery(new URL(__GALLERY_PATH__, here)).then(
    (index) => initGalleryMenu($('gallery'), $('gallery-list'), index, (ex) => {
      editor.setSource(ex.source);
      editor.markErrorLine(null);
      loadedExample = ex;
      // The tutorial's examples open in the Python they were written for.
      ui.python.value = ex.python;
      history.replaceState(null, '', location.pathname + location.search);
      const hint = ex.sigintAtIdle ? ' It waits for Ctrl+C: press the Ctrl+C button when it idles.' : '';
      const version = ex.python === '3.6' ? ' It opens in Python 3.6, as the tutorial ran it; 3.6 / 3.11 compares.' : '';
      setStatus(`Loaded example ${ex.slug.slice(0, 2)}: ${ex.title}.${hint}${version} Press Run.`);
      editor.focus();
    }),
    () => {
      $('gallery').disabled = true;
      $('gallery').title = 'The examples could not be loaded';
    },
  );
  registerServiceWorker(new URL(__SW_PATH__, here));
}

main().catch((err) => {
  setRunState('error');
  setStatus(`The page failed to start: ${err.message}`);
});
