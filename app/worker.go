//go:build !wasm

package main

// appWorkerJS is the service worker, go-app's default (DefaultAppWorkerJS)
// with these changes:
//
//   - Install checks every resource with the server (cache: "no-cache"):
//     a copy in the browser's HTTP cache is used only once the server says
//     it is current, so a new version's cache never holds the new page
//     with an old app.wasm. Not "reload": on a first visit the page is
//     still downloading the wasm, and "reload" would download it a second
//     time beside it (10 s more on slow 4G); "no-cache" waits for that
//     download and asks the server only whether it is current.
//   - The offers page (/postings and /compare, with web/offers.wasm and
//     web/offers.js) is not installed with the rest: most visitors never
//     open it, and its wasm is a megabyte. It is kept in the cache once
//     fetched, so that it works offline after the first visit.
//   - A page load ignores the query when it looks in the cache: the app
//     keeps its state in the query (/?start=2026-05-11&rate=50), and the
//     cache holds "/" once. go-app's worker matches the whole URL, so a link
//     with a query fails offline.
//   - Cached responses are matched whatever their Vary header says: the
//     assets vary by Accept-Encoding, which the browser sends the same way
//     each time, and a mismatch would mean a miss offline.
//   - Only this origin's requests are answered from the cache; the app
//     makes no other, but a worker must not cache what it does not own.
//   - A first install does not take over the page that installed it (no
//     clients.claim): go-app would tell that page it "has been updated".
//
// Push notifications, which the app does not use, are left out.
const appWorkerJS = `// Internship offer calculator service worker, version {{.Version}}.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache.map((url) => new Request(url, { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((k) => k !== cacheName);
    await Promise.all(old.map((k) => caches.delete(k)));
    // An update takes over the open pages, which then offer to reload
    // (go-app tells them: see OnAppUpdate). A first install does not: the
    // page was loaded from the network, is up to date, and would be told
    // it "has been updated".
    if (old.length > 0) {
      await self.clients.claim();
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  event.respondWith(fromCache(event.request));
});

const keptOnUse = ["/postings", "/compare", "/web/offers.js", "/web/offers.wasm"];

async function fromCache(request) {
  const page = request.mode === "navigate";
  const cached = await caches.match(request, { ignoreSearch: page, ignoreVary: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  const path = new URL(request.url).pathname;
  if (response.ok && keptOnUse.includes(path)) {
    // Kept by its path alone: a page's query is its state, not another page.
    const copy = response.clone();
    caches.open(cacheName).then((cache) => cache.put(path, copy));
  }
  return response;
}
`
