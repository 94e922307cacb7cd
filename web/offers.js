// The offers page's loader (/postings and /compare): it runs web/offers.wasm
// (internal/offerswasm), which takes the page over from the HTML the
// server sent, and registers the app's service worker, so that the page
// works offline after a first visit.
"use strict";

(() => {
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/app-worker.js").catch(() => {});
  }
  const failed = (why) => {
    const main = document.getElementById("offers-main");
    if (!main) {
      return;
    }
    const p = document.createElement("p");
    p.className = "notice";
    p.setAttribute("role", "alert");
    p.textContent = "The page's code could not be loaded (" + why + "). Check your connection and reload.";
    main.prepend(p);
  };
  if (!window.WebAssembly || !window.Go) {
    failed("this browser cannot run WebAssembly");
    return;
  }
  const go = new Go();
  const wasm = "/web/offers.wasm";
  WebAssembly.instantiateStreaming(fetch(wasm), go.importObject)
    .catch(() => fetch(wasm).then((r) => r.arrayBuffer()).then((b) => WebAssembly.instantiate(b, go.importObject)))
    .then((r) => go.run(r.instance))
    .catch((err) => failed(String((err && err.message) || err)));
})();
