// Before the app runs. The page is prerendered, and the app (WebAssembly)
// takes a few seconds to arrive on a slow phone; until it does, this script
// keeps the prerendered page honest and its input safe:
//
// - It sets the theme (html[data-theme], see app.css) before the page is
//   drawn: the link's theme=light|dark (a host page embedding the widget
//   says which its page is), else the system's, which it then follows.
// - It records which controls the applicant changes (window.offercalcTyped),
//   so that the app keeps what was typed, chosen or ticked when it replaces
//   the page with its own.
// - A static host serves one prerendered page for every link, with the
//   default plan's figures. When the link (or a plan saved on this device)
//   names another plan than the page was rendered for, the figures are
//   hidden behind "Working out your link" until the app shows the link's own
//   (html.link-pending, see app.css), and the form shows the link's values.
(function () {
  "use strict";
  var html = document.documentElement;
  var params = new URLSearchParams(location.search);
  var theme = params.get("theme");
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function applyTheme() {
    var t = theme === "light" || theme === "dark" ? theme : dark && dark.matches ? "dark" : "light";
    html.setAttribute("data-theme", t);
  }
  applyTheme();
  if (dark && dark.addEventListener) dark.addEventListener("change", applyTheme);

  var typed = (window.offercalcTyped = {});
  function mark(e) {
    var t = e.target;
    if (t && t.name) typed[t.name] = true;
  }
  document.addEventListener("input", mark, true);
  document.addEventListener("change", mark, true);

  if (/^\/(postings|compare)$/.test(location.pathname)) return; // the offers page: no prerendered plan
  params.delete("wasm"); // go-app's own switch, not part of a plan
  params.delete("theme"); // the page's look, not its plan
  params.sort();
  var query = params.toString();
  var saved = false;
  try {
    for (var i = 0; i < localStorage.length; i++) {
      if (localStorage.key(i).indexOf("offercalc.plan.v2.") === 0) saved = true;
    }
  } catch (err) {
    // storage turned off: nothing saved
  }
  if (query === "" && !saved) return;
  html.classList.add("link-pending");

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector("[data-query]");
    if (!root || html.classList.contains("app-ready")) return;
    var rendered = new URLSearchParams(root.getAttribute("data-query") || "");
    rendered.delete("theme");
    rendered.sort();
    if (rendered.toString() === query && !(query === "" && saved)) {
      html.classList.remove("link-pending"); // the page was rendered for this link
      return;
    }
    // Show the link's values in the form, so that it reads as the link
    // until the app runs (setting a value is not typing: it is not marked).
    params.forEach(function (value, name) {
      var el = root.querySelector('[name="' + CSS.escape(name) + '"]');
      if (!el || typed[name]) return;
      // link.ParseFlag's yes, spaces around it too.
      if (el.type === "checkbox") el.checked = /^\s*(1|true|on|yes)\s*$/i.test(value);
      else el.value = value;
    });
  });
})();
