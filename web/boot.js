// Before the app runs. The page is prerendered, and the app (WebAssembly)
// takes a few seconds to arrive on a slow phone; until it does, this script
// keeps the prerendered page honest and its input safe:
//
// - It sets the theme (html[data-theme], see app.css) before the page is
//   drawn: the link's theme=light|dark (a host page embedding the widget
//   says which its page is), else the system's, which it then follows.
// - It records which controls the applicant changes (window.offercalcTyped),
//   so that the app keeps what was typed, chosen or ticked when it replaces
//   the page with its own; a chip or the rate's slider sets the field it
//   stands for.
// - A static host serves one prerendered page for every link, with the
//   default plan's figures. When the link (or a plan saved on this device)
//   names another plan than the page was rendered for, the figures are
//   hidden behind "Working out your link" until the app shows the link's own
//   (html.link-pending, see app.css), and the form shows the plan's values.
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
  function ready() {
    return html.classList.contains("app-ready");
  }
  function mark(e) {
    var t = e.target;
    if (t && t.name) typed[t.name] = true;
  }
  document.addEventListener("input", mark, true);
  document.addEventListener("change", mark, true);
  // A chip (a published start date, "12 weeks: Aug 2") or the rate's
  // slider used before the app runs sets the field it stands for, as
  // typing there would: the app adopts it when it starts.
  function setField(root, name, value) {
    var el = root.querySelector('[name="' + CSS.escape(name) + '"]');
    if (!el) return;
    el.value = value;
    typed[name] = true;
  }
  function press(root, name, value) {
    var chips = root.querySelectorAll('.chip[data-field="' + CSS.escape(name) + '"]');
    for (var i = 0; i < chips.length; i++) {
      chips[i].setAttribute("aria-pressed", chips[i].getAttribute("data-value") === value ? "true" : "false");
    }
  }
  document.addEventListener(
    "click",
    function (e) {
      var chip = e.target && e.target.closest && e.target.closest(".chip[data-field]");
      if (!chip || ready()) return;
      var root = chip.closest("[data-query]") || document;
      var name = chip.getAttribute("data-field"), value = chip.getAttribute("data-value");
      setField(root, name, value);
      press(root, name, value);
    },
    true,
  );
  document.addEventListener(
    "input",
    function (e) {
      if (!e.target || e.target.id !== "rate-slider" || ready()) return;
      setField(e.target.closest("[data-query]") || document, "rate", e.target.value);
    },
    true,
  );

  if (/^\/(postings|compare)$/.test(location.pathname)) return; // the offers page: no prerendered plan
  params.delete("wasm"); // go-app's own switch, not part of a plan
  params.delete("theme"); // the page's look, not its plan
  params.sort();
  var query = params.toString();
  // The plan kept on this device for the posting the page shows, when the
  // link names none: the calculator (not the widget) opens with it.
  function savedPlan(posting) {
    try {
      return localStorage.getItem("offercalc.plan.v2." + posting);
    } catch (err) {
      return null; // storage turned off: nothing saved
    }
  }
  var anySaved = false;
  try {
    for (var i = 0; i < localStorage.length; i++) {
      if (localStorage.key(i).indexOf("offercalc.plan.v2.") === 0) anySaved = true;
    }
  } catch (err) {
    // storage turned off: nothing saved
  }
  if (query === "" && !anySaved) return;
  html.classList.add("link-pending");

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector("[data-query]");
    if (!root || ready()) return;
    var shown = params;
    if (query === "") {
      var saved = root.id === "calculator" ? savedPlan(root.getAttribute("data-posting") || "") : null;
      if (saved === null) {
        html.classList.remove("link-pending"); // no plan but the page's own
        return;
      }
      shown = new URLSearchParams(saved);
    }
    var rendered = new URLSearchParams(root.getAttribute("data-query") || "");
    rendered.delete("theme");
    rendered.sort();
    shown.sort();
    if (rendered.toString() === shown.toString()) {
      html.classList.remove("link-pending"); // the page was rendered for this plan
      return;
    }
    // Show the plan's values in the form, so that it reads as the link
    // (or the saved plan) until the app runs (setting a value is not
    // typing: it is not marked). The chips and the slider follow; what
    // depends on the plan's figures (the last-day chips' dates, a check
    // beside a field) stays hidden (.plan-dependent).
    shown.forEach(function (value, name) {
      var el = root.querySelector('[name="' + CSS.escape(name) + '"]');
      if (!el || typed[name]) return;
      // link.ParseFlag's yes, spaces around it too.
      if (el.type === "checkbox") el.checked = /^\s*(1|true|on|yes)\s*$/i.test(value);
      else el.value = value;
    });
    if (shown.get("start")) press(root, "start", shown.get("start"));
    var slider = document.getElementById("rate-slider");
    if (slider && shown.get("rate")) slider.value = shown.get("rate");
  });
})();
