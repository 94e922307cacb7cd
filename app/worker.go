//go:build !wasm

package main

// appWorkerJS is the service worker, go-app's default (DefaultAppWorkerJS)
// with two changes, both needed offline:
//
//   - A page load ignores the query when it looks in the cache: the app
//     keeps its state in the query (/?start=2026-05-11&rate=50), and the
//     cache holds "/" once. go-app's worker matches the whole URL, so a link
//     with a query fails offline.
//   - Cached responses are matched whatever their Vary header says: the
//     assets vary by Accept-Encoding, which the browser sends the same way
//     each time, and a mismatch would mean a miss offline.
//   - Only this origin's requests are answered from the cache; the app
//     makes no other, but a worker must not cache what it does not own.
//
// Push notifications, which the app does not use, are left out.
const appWorkerJS = `// Internship offer calculator service worker, version {{.Version}}.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  event.respondWith(fromCache(event.request));
});

async function fromCache(request) {
  const page = request.mode === "navigate";
  const cached = await caches.match(request, { ignoreSearch: page, ignoreVary: true });
  if (cached) {
    return cached;
  }
  return fetch(request);
}
`
