// The service worker: precaches every file of the site at install, then
// serves them from the cache, so the page loads and runs with no network.
//
// The build replaces __PRECACHE__ with the site's file list and __VERSION__
// with a hash of it and of the files' contents, so each deploy installs a
// new cache. Hashed assets never change, so cache-first is always right for
// them; the page itself (a navigation) is fetched network-first so that a
// deploy is seen at once, and comes from the cache when the network or the
// server is gone.
//
// A new version does not skip waiting: it takes over (and drops the old
// cache) once no tab runs the old page, because an old page still loads
// old assets from the old cache, for example a fresh worker after Stop,
// and a deploy has removed them from the server.

/* global __PRECACHE__, __VERSION__ */

const CACHE = `aioplay-${__VERSION__}`;
const PRECACHE = __PRECACHE__;
const INDEX = new URL('./', self.location.href).href;
/** How long a navigation waits for the network before using the cache. */
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((p) => new URL(p, self.location.href).href));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('aioplay-') && name !== CACHE) await caches.delete(name);
    }
    // The first install controls the page that registered it, so that
    // page's next reload already works offline.
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  // Only this site's own GETs; nothing here ever talks to another origin.
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith(navigate(req));
    return;
  }
  event.respondWith((async () => {
    const cached = await caches.match(req, { cacheName: CACHE });
    return cached ?? fetch(req);
  })());
});

async function navigate(req) {
  try {
    const res = await Promise.race([
      fetch(req),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS)),
    ]);
    if (res.ok) return res;
    throw new Error(`HTTP ${res.status}`);
  } catch {
    // The fragment (#py=...&code=...) never reaches here, so every page of
    // the site is the one index.
    const cached = await caches.match(INDEX, { cacheName: CACHE });
    return cached ?? Response.error();
  }
}
