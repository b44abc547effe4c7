// DMU Trainer's service worker: keeps the app working offline once it has loaded (a
// workshop on poor wifi, a student on a train). Network first, so a new deployment is
// picked up at once; when the network fails, the last copy of the file is served.
const CACHE = 'dmu-trainer';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const copy = await cache.match(request, { ignoreSearch: true })
        ?? (request.mode === 'navigate' ? await cache.match(new URL('./', self.location).href) : undefined);
      if (copy) return copy;
      throw error;
    }
  })());
});
