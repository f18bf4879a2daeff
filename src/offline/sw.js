// The standalone app's service worker (written into dist/sw.js by scripts/offline.mjs, which
// fills in this release's version and files). Offline once loaded: it caches exactly the
// app's own files of one release, under a cache named after the release, and deletes every
// other cache of the app when a new release takes over. It answers only same-origin GET
// requests for those files; anything else (any POST, the configuration file, other origins)
// is left to the browser untouched, and nothing the user enters is ever cached.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const PREFIX = 'referral-assistant-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.search !== '') return;
  if (request.mode === 'navigate' && (url.pathname === '/' || url.pathname === '/index.html')) {
    // The page: the network first (a new release shows at once), this release's copy offline.
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('/')).then((page) => page ?? Response.error())));
    return;
  }
  if (!ASSETS.includes(url.pathname)) return;
  // The release's own hashed files: from the cache, else the network.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(url.pathname)).then((hit) => hit ?? fetch(request)));
});
