// DMU Trainer's service worker: keeps the app working offline (a workshop on poor wifi, a
// student on a train) and fast on the second page view.
// - Files with a content hash in their name never change: served from the cache first.
// - The page itself: from the network, but if it has not answered within a few seconds
//   (poor wifi), from the cache, so a slow network never means a long wait.
// - On install, the page and what it loads itself are kept, so the second page view works
//   offline; the parts and the content are kept when the page fetches them (ahead of need,
//   or when a learner opens them) or asks the worker to keep them.
// - On activation, whatever no file of this deployment is any more is removed.
// The build (crates/dmu-prerender) replaces the next line with this build's files.
const BUILD = { version: 'dev', precache: [], files: [] };

const CACHE = 'dmu-trainer';
const PAGE_TIMEOUT_MS = 3000;
const scope = new URL('./', self.location).href;
const known = new Set(BUILD.files.map((file) => new URL(file, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Kept one by one: a file that fails now is fetched again when it is needed.
    await Promise.all(BUILD.precache.map((file) => cache.add(new URL(file, scope).href).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== CACHE) await caches.delete(name);
    }
    const cache = await caches.open(CACHE);
    for (const request of await cache.keys()) {
      if (!known.has(request.url)) await cache.delete(request);
    }
    await self.clients.claim();
  })());
});

// The page asks the worker to keep files it will need (the practice part and the content
// of the learner's language), so that practice opens offline and at once.
self.addEventListener('message', (event) => {
  const files = event.data && Array.isArray(event.data.keep) ? event.data.keep : [];
  const urls = files.map((file) => new URL(file, scope).href).filter((url) => known.has(url));
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map(async (url) => {
    if (!(await cache.match(url))) await cache.add(url).catch(() => {});
  }))));
});

function isPage(request, url) {
  return request.mode === 'navigate' || url.href === scope || url.pathname.endsWith('/index.html');
}

async function fromCacheFirst(request) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function fromNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(scope, response.clone());
    return response;
  });
  const late = new Promise((resolve) => setTimeout(resolve, PAGE_TIMEOUT_MS));
  const first = await Promise.race([network.catch(() => undefined), late]);
  if (first) return first;
  const copy = await cache.match(scope);
  if (copy) return copy;
  return network;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (isPage(request, url)) {
    event.respondWith(fromNetworkFirst(request));
  } else if (known.has(url.href)) {
    event.respondWith(fromCacheFirst(request));
  }
});
