// Builds the static site into an output folder (dist/ by `make site`):
//
//   index.html, sw.js, manifest.webmanifest, wasm_exec.js   (stable names)
//   assets/app.<hash>.js, assets/chunk.<hash>.js, assets/app.<hash>.css,
//   assets/worker.<hash>.js, assets/aioplay.<hash>.wasm,
//   assets/gallery.<hash>.json, assets/icon.<hash>.svg     (content-hashed)
//
// Hashed names let everything under assets/ be cached for a year; the four
// stable files are small and revalidated. The service worker gets the full
// file list to precache and a version derived from every file's content.
//
// Every compressible file also gets a gzip-compressed copy beside it
// (NAME.gz, made with zopfli), which scripts/site/static serves in place of
// compressing on the fly: zopfli's deflate streams are about 5% smaller
// than zlib's best, which is what keeps the page under its 2 MiB budget.
// Compressing the 8 MB runtime takes zopfli some 25 s, so the results are
// cached by content under site/node_modules/.cache/aioplay-gz/.
//
// usage: node build.mjs --site site --out dist --wasm aioplay.wasm --wasm-exec GOROOT/lib/wasm/wasm_exec.js
//
// esbuild is loaded from site/node_modules (installed by `npm ci` there),
// so this script needs nothing else.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const args = parseArgs(process.argv.slice(2));
const site = path.resolve(args.site ?? 'site');
const out = path.resolve(args.out ?? 'dist');
for (const need of ['wasm', 'wasm-exec']) {
  if (!args[need]) fail(`missing --${need}`);
}
const siteRequire = createRequire(path.join(site, 'package.json'));
const esbuild = siteRequire('esbuild');
const zopfli = siteRequire('@gfx/zopfli');

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'assets'), { recursive: true });

/** Every file written, relative to out, for the size report and the SW. */
const written = [];

function write(rel, data) {
  fs.writeFileSync(path.join(out, rel), data);
  written.push(rel);
  return rel;
}

/** Writes data as assets/<base>.<hash>.<ext>; returns the name under assets/. */
function writeHashed(base, ext, data) {
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 10);
  const name = `${base}.${hash}.${ext}`;
  write(`assets/${name}`, data);
  return name;
}

// The runtime.
const wasmName = writeHashed('aioplay', 'wasm', fs.readFileSync(args.wasm));
const iconName = writeHashed('icon', 'svg', fs.readFileSync(path.join(site, 'static/icon.svg')));

// The gallery.
const gallery = readGallery(path.join(site, 'gallery'));
const galleryName = writeHashed('gallery', 'json', JSON.stringify(gallery));
const firstExample = gallery.sections[0].examples[0];

const common = {
  bundle: true,
  minify: true,
  write: false,
  legalComments: 'eof',
  target: ['es2022', 'chrome103', 'firefox113', 'safari16.4'],
  logLevel: 'warning',
};

// Go's loader for the runtime, minified (1.5 KiB less to download
// gzip-compressed), under its license header.
{
  const src = fs.readFileSync(args['wasm-exec'], 'utf8');
  const header = src.match(/^(\/\/.*\n)+/)?.[0] ?? '';
  const min = await esbuild.transform(src, { minify: true, target: common.target });
  write('wasm_exec.js', header + min.code);
}

// The worker: a classic script, since it loads wasm_exec.js with importScripts.
const workerName = writeHashed('worker', 'js', await bundle({
  ...common,
  entryPoints: [path.join(site, 'src/worker.js')],
  format: 'iife',
  define: {
    __WASM_EXEC_URL__: JSON.stringify('../wasm_exec.js'),
    __WASM_URL__: JSON.stringify(wasmName),
  },
}));

const cssName = writeHashed('app', 'css', await bundle({
  ...common,
  entryPoints: [path.join(site, 'src/style.css')],
}));

// The page's script: a small entry that starts the runtime's worker at
// once, and chunks (CodeMirror above all) that load meanwhile. esbuild
// names them by content hash; they all live in assets/.
const app = await esbuild.build({
  ...common,
  entryPoints: { app: path.join(site, 'src/main.js') },
  format: 'esm',
  splitting: true,
  outdir: path.join(out, 'assets'),
  entryNames: '[name].[hash]',
  chunkNames: 'chunk.[hash]',
  define: {
    __WORKER_PATH__: JSON.stringify(workerName),
    __GALLERY_PATH__: JSON.stringify(galleryName),
    __SW_PATH__: JSON.stringify('../sw.js'),
    __DEFAULT_SOURCE__: JSON.stringify(firstExample.source),
  },
});
let appName = '';
const chunkNames = [];
for (const f of app.outputFiles) {
  const name = path.basename(f.path);
  write(`assets/${name}`, f.contents);
  if (name.startsWith('app.')) appName = name;
  else chunkNames.push(name);
}
if (!appName) fail('no app entry in the output');

const fill = (text, values) => text.replace(/\{\{(\w+)\}\}/g, (m, key) => {
  if (!(key in values)) fail(`unknown placeholder ${m}`);
  return values[key];
});
write('index.html', fill(fs.readFileSync(path.join(site, 'index.html'), 'utf8'), {
  icon: `assets/${iconName}`,
  css: `assets/${cssName}`,
  app: `assets/${appName}`,
  // Fetch the chunks along with the entry, not after it has run.
  preload: chunkNames.sort().map((n) => `<link rel="modulepreload" href="assets/${n}">`).join('\n'),
}));
write('manifest.webmanifest', fill(fs.readFileSync(path.join(site, 'static/manifest.webmanifest'), 'utf8'), {
  icon: `assets/${iconName}`,
}));

// The service worker precaches everything written so far; "./" is how the
// page itself is requested (index.html is served for it).
const precache = ['./', ...written.filter((f) => f !== 'index.html')].sort();
const version = createHash('sha256');
for (const f of written.slice().sort()) version.update(f).update(fs.readFileSync(path.join(out, f)));
const swSource = fs.readFileSync(path.join(site, 'src/sw.js'), 'utf8');
const sw = await esbuild.transform(swSource, {
  minify: true,
  target: common.target,
  define: {
    __PRECACHE__: JSON.stringify(precache),
    __VERSION__: JSON.stringify(version.digest('hex').slice(0, 12)),
  },
});
write('sw.js', sw.code);

// Precompressed copies; not in the precache list (the service worker
// fetches the files themselves, and the server picks the encoding).
const gzipped = new Map();
for (const f of written) {
  if (!compressible(f)) continue;
  const gz = await precompress(fs.readFileSync(path.join(out, f)));
  fs.writeFileSync(path.join(out, `${f}.gz`), gz);
  gzipped.set(f, gz.length);
}

report();

// ---

async function bundle(options) {
  const result = await esbuild.build(options);
  if (result.outputFiles.length !== 1) fail(`expected one output for ${options.entryPoints}`);
  return result.outputFiles[0].contents;
}

/**
 * Reads site/gallery: NN-slug.py files whose first line is "# Title",
 * NN-slug.flags (--sigint-at-idle), SECTIONS ("NN Section title": the
 * number of a section's first example) and PYTHON36 (the slugs of the
 * examples that open in Python 3.6).
 */
function readGallery(dir) {
  const files = fs.readdirSync(dir).filter((f) => /^\d\d-[a-z0-9-]+\.py$/.test(f)).sort();
  if (files.length === 0) fail(`no examples in ${dir}`);
  const starts = fs.readFileSync(path.join(dir, 'SECTIONS'), 'utf8').split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const m = /^(\d\d)\s+(.+)$/.exec(l.trim());
      if (!m) fail(`SECTIONS: bad line ${JSON.stringify(l)}`);
      return { from: m[1], title: m[2] };
    });
  const sections = starts.map((s) => ({ title: s.title, examples: [] }));
  // PYTHON36 lists the examples that open in Python 3.6 (the tutorial's).
  const py36File = path.join(dir, 'PYTHON36');
  const py36 = fs.existsSync(py36File)
    ? fs.readFileSync(py36File, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
    : [];
  for (const file of files) {
    const slug = file.slice(0, -3);
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const title = /^# (.+)/.exec(source.split('\n', 1)[0])?.[1].trim();
    if (!title) fail(`${file}: the first line must be "# Title"`);
    const flagsFile = path.join(dir, `${slug}.flags`);
    const flags = fs.existsSync(flagsFile) ? fs.readFileSync(flagsFile, 'utf8').trim() : '';
    let i = starts.length - 1;
    while (i > 0 && slug.slice(0, 2) < starts[i].from) i--;
    if (i < 0) fail(`${file}: no section (see SECTIONS)`);
    const python = py36.includes(slug) ? '3.6' : '3.11';
    sections[i].examples.push({ slug, title, source, python, sigintAtIdle: flags.includes('--sigint-at-idle') });
  }
  return { sections: sections.filter((s) => s.examples.length > 0) };
}

/** Whether the server sends f gzip-compressed (static.compressible agrees). */
function compressible(f) {
  return /\.(wasm|js|css|json|html|svg|webmanifest)$/.test(f);
}

/**
 * data gzip-compressed with zopfli, from the cache when the same content
 * was compressed before. zopfli's default 15 iterations: against 5, they
 * take the runtime from 20 s to 24 s and save 2 KiB.
 */
async function precompress(data) {
  const dir = path.join(site, 'node_modules/.cache/aioplay-gz');
  const iterations = 15;
  // The settings are part of the key: a change to them must not be met by
  // copies made with the old ones.
  const key = path.join(dir, `${createHash('sha256').update(data).digest('hex')}.z${iterations}.gz`);
  if (fs.existsSync(key)) return fs.readFileSync(key);
  const gz = Buffer.from(await zopfli.gzipAsync(data, { numiterations: iterations }));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${key}.tmp`, gz);
  fs.renameSync(`${key}.tmp`, key);
  return gz;
}

function report() {
  const rows = written.slice().sort().map((f) => {
    const raw = fs.statSync(path.join(out, f)).size;
    return { f, raw, gz: gzipped.get(f) ?? raw };
  });
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
  for (const r of rows) console.log(`  ${r.f.padEnd(40)} ${kib(r.raw)} ${kib(r.gz)} gzip`);
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz }), { raw: 0, gz: 0 });
  console.log(`  ${'total'.padEnd(40)} ${kib(total.raw)} ${kib(total.gz)} gzip`);
  const wasm = rows.find((r) => r.f.endsWith('.wasm'));
  console.log(`site: wasm ${wasm.f}: ${wasm.raw} bytes raw, ${wasm.gz} bytes gzip (${(wasm.raw / 1048576).toFixed(2)} MiB raw, ${(wasm.gz / 1048576).toFixed(2)} MiB gzip)`);
  console.log(`site: wrote ${rows.length} files to ${path.relative(process.cwd(), out) || '.'}`);
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)$/.exec(argv[i]);
    if (!m || i + 1 >= argv.length) fail(`bad argument ${argv[i]}`);
    o[m[1]] = argv[++i];
  }
  return o;
}

function fail(msg) {
  console.error(`build.mjs: ${msg}`);
  process.exit(1);
}
