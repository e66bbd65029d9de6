// Registers the service worker (dist/sw.js), which precaches the whole
// site so that after one visit the page loads and runs offline.
//
// It waits for the page's load event: the first visit's downloads (above
// all the WebAssembly) go first, and the precache then mostly reads them
// back from the HTTP cache.

/** @param {URL} url the service worker script */
export function registerServiceWorker(url) {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(url).catch((err) => {
      // Offline use is a bonus; the page works without it.
      console.warn('aioplay: service worker not registered:', err);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
