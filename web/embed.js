// Internship offer calculator: the host script for its embeddable widget.
//
// Load it once (from the calculator's /web/embed.js, or inlined: it holds
// no closing script tag) on a page that embeds the widget with an iframe
// marked data-offercalc:
//
//   <iframe src="https://CALCULATOR/widget?start=2026-05-11" data-offercalc
//     title="Internship offer calculator" style="width: 100%; height: 44rem; border: 0"></iframe>
//
// The widget posts {type: "offercalc:height", height: N} to its parent
// window whenever its size changes (N in CSS pixels). This script sets the
// height of the iframe that sent it: every <iframe data-offercalc>, and
// only from the origin the iframe was loaded from. A widget may post before
// this script has arrived (it loads async): so the script asks each widget
// for its height, {type: "offercalc:ping"}, when it starts and whenever an
// iframe loads. Without the script the iframe keeps its own height and
// scrolls.
(function () {
  "use strict";
  if (window.offercalcEmbed) {
    return; // the script is on the page twice
  }
  window.offercalcEmbed = true;
  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }
  function ping(frame) {
    var origin = originOf(frame);
    if (origin && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "offercalc:ping" }, origin);
    }
  }
  function pingAll() {
    var frames = document.querySelectorAll("iframe[data-offercalc]");
    for (var i = 0; i < frames.length; i++) ping(frames[i]);
  }
  document.addEventListener("load", function (event) {
    var t = event.target;
    if (t && t.tagName === "IFRAME" && t.hasAttribute("data-offercalc")) ping(t);
  }, true);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", pingAll);
  else pingAll();
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "offercalc:height" || typeof data.height !== "number" || !isFinite(data.height)) {
      return;
    }
    var frames = document.querySelectorAll("iframe[data-offercalc]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) {
        continue;
      }
      if (originOf(frame) !== event.origin) {
        return;
      }
      frame.style.height = Math.max(0, Math.min(Math.ceil(data.height), 20000)) + "px";
      return;
    }
  });
})();
