package main

// The browser measurements, in headless Chromium through chromedp.
//
// Time to interactive: a script that runs before any of the page's own
// (Page.addScriptToEvaluateOnNewDocument) types into #rate every few
// milliseconds from the moment the document exists, re-querying #rate and
// #gross-chosen each time (go-app replaces the prerendered DOM when the wasm
// mounts), and records performance.now(), which counts from the start of the
// navigation, the first time #gross-chosen's text differs from what it was
// just before an input into the same, still-attached #rate. A
// MutationObserver checks on every DOM change, so the time is that of the
// change, not of the next poll. It also records when [data-ready="true"]
// appears (the calculator's OnMount, and the floor's), as a cross-check.
//
// Cold: a new browser with a new profile (no HTTP cache, no service worker,
// no storage). Warm: a return visit in the same browser, once the service
// worker controls the page and the wasm is in its cache, local storage
// cleared (the app would otherwise restore the last plan): the tab leaves
// the page for about:blank and waits (-warm-after, 2 s) before it loads the
// URL again. A reload at once measured the garbage collector more than the
// app: while the first page's compiled module was still alive in the
// renderer, V8 reused it for the same bytes (about 120 ms from go.run to the
// answer, against about 530 ms once it is gone), so the app's warm time
// swung between 0.8 and 1.9 s. A returning visitor has no such module.

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/internal/headless"
)

// browser is one headless Chromium with a fresh profile, and the console
// errors it saw (shown when a measurement fails).
type browser struct {
	ctx    context.Context
	cancel func()

	mu     sync.Mutex
	errors []string
}

func newBrowser(parent context.Context, chromium string) (*browser, error) {
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, headless.Options(chromium)...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	b := &browser{ctx: ctx, cancel: func() { cancelCtx(); cancelAlloc() }}
	// The first action starts the browser and binds it to its context: no
	// timeout here, or the browser would close with it.
	if err := chromedp.Do(ctx); err != nil {
		b.cancel()
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	if err := chromedp.Listen(ctx, b.record); err != nil {
		b.cancel()
		return nil, err
	}
	return b, nil
}

func (b *browser) close() { b.cancel() }

func (b *browser) record(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		msg := ev.ExceptionDetails.Text
		if ev.ExceptionDetails.Exception != nil {
			msg += " " + ev.ExceptionDetails.Exception.Description
		}
		b.errors = append(b.errors, "exception: "+msg)
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			b.errors = append(b.errors, "console.error: "+strings.Join(parts, " "))
		}
	}
}

// fail wraps err with what the console said.
func (b *browser) fail(err error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.errors) == 0 {
		return err
	}
	return fmt.Errorf("%w\nconsole:\n  %s", err, strings.Join(b.errors, "\n  "))
}

func eval[T any](ctx context.Context, timeout time.Duration, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// probeJS is injected into every new document of a timing browser.
//
// It also times the load's phases: WebAssembly.instantiateStreaming is
// replaced (before go-app's app.js reads it) by compileStreaming then
// instantiate, each timed; Go.prototype.run (wasm_exec.js defines Go
// later: a setter catches it) records when the Go program starts; and the
// programs' main records the performance mark "go-main".
const probeJS = `(() => {
  if (window.top !== window) return;
  const st = { tti: -1, ready: -1, inputs: 0, text: "",
    controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
    compileEnd: -1, instEnd: -1, goRun: -1, main: -1 };
  if (window.WebAssembly && WebAssembly.compileStreaming) {
    WebAssembly.instantiateStreaming = async (resp, imports) => {
      const module = await WebAssembly.compileStreaming(resp);
      st.compileEnd = performance.now();
      const instance = await WebAssembly.instantiate(module, imports);
      st.instEnd = performance.now();
      return { module, instance };
    };
  }
  let goClass;
  Object.defineProperty(window, "Go", { configurable: true, get: () => goClass, set: (G) => {
    const run = G.prototype.run;
    G.prototype.run = function (instance) { if (st.goRun < 0) st.goRun = performance.now(); return run.call(this, instance); };
    goClass = G;
  } });
  let resolve;
  window.__benchTTI = new Promise((r) => { resolve = r; });
  const values = ["47.25", "58.75"];
  let pending = null;
  const check = () => {
    if (st.tti >= 0) return true;
    const now = performance.now();
    if (st.ready < 0 && document.querySelector('[data-ready="true"]')) st.ready = now;
    const input = document.getElementById("rate");
    const out = document.getElementById("gross-chosen");
    if (!input || !out || !pending) return false;
    if (pending.input === input && input.isConnected && out.textContent !== pending.before) {
      st.tti = now;
      st.text = out.textContent.trim();
      const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/web/app.wasm"));
      if (wasm) {
        st.wasmStart = wasm.startTime;
        st.wasmEnd = wasm.responseEnd;
        st.wasmEncoded = wasm.encodedBodySize;
        st.wasmTransfer = wasm.transferSize;
      }
      const main = performance.getEntriesByName("go-main")[0];
      if (main) st.main = main.startTime;
      resolve(st);
      return true;
    }
    return false;
  };
  const poke = () => {
    if (check()) return;
    const input = document.getElementById("rate");
    const out = document.getElementById("gross-chosen");
    if (input && out) {
      let v = values[st.inputs % 2];
      if (input.value === v) v = values[(st.inputs + 1) % 2];
      pending = { input, before: out.textContent };
      input.value = v;
      st.inputs++;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
    setTimeout(poke, 4);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  poke();
})();`

// load is one navigation's measurements, in ms from navigation start.
type load struct {
	TTI          float64 `json:"tti"`
	Ready        float64 `json:"ready"`
	Inputs       int     `json:"inputs"`
	Text         string  `json:"text"`
	Controlled   bool    `json:"controlled"`
	WasmStart    float64 `json:"wasmStart"`
	WasmEnd      float64 `json:"wasmEnd"`
	WasmEncoded  int     `json:"wasmEncoded"`
	WasmTransfer int     `json:"wasmTransfer"`
	CompileEnd   float64 `json:"compileEnd"`
	InstEnd      float64 `json:"instEnd"`
	GoRun        float64 `json:"goRun"`
	Main         float64 `json:"main"`
}

// A phase of a load: its name, and its duration in a load, from the
// milestones the probe recorded.
type phase struct {
	name string
	of   func(l load) float64
}

// phases split a load's time to interactive into consecutive parts that
// add up to it.
var phases = []phase{
	{"page, scripts, until the wasm is asked for", func(l load) float64 { return l.WasmStart }},
	{"wasm download", func(l load) float64 { return l.WasmEnd - l.WasmStart }},
	{"compile, past the download's end", func(l load) float64 { return math.Max(0, l.CompileEnd-l.WasmEnd) }},
	{"instantiate", func(l load) float64 { return l.InstEnd - math.Max(l.CompileEnd, l.WasmEnd) }},
	{"until go.run", func(l load) float64 { return l.GoRun - l.InstEnd }},
	{"Go runtime and package init (to main)", func(l load) float64 { return l.Main - l.GoRun }},
	{"go-app start, first render, mount (to ready)", func(l load) float64 { return l.Ready - l.Main }},
	{"first input answered (to interactive)", func(l load) float64 { return l.TTI - l.Ready }},
}

// timingBrowser is a fresh browser with the probe installed, its CPU
// slowed cpu times (1: not slowed).
func timingBrowser(ctx context.Context, chromium string, cpu float64) (*browser, error) {
	b, err := newBrowser(ctx, chromium)
	if err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probeJS}); err != nil {
		b.close()
		return nil, err
	}
	if cpu > 1 {
		if _, err := chromedp.Call(b.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu}); err != nil {
			b.close()
			return nil, err
		}
	}
	return b, nil
}

func (b *browser) measureLoad(url string) (load, error) {
	ctx, cancel := context.WithTimeout(b.ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return load{}, b.fail(fmt.Errorf("navigating to %s: %w", url, err))
	}
	l, err := eval[load](ctx, 80*time.Second, `window.__benchTTI`)
	if err != nil {
		return load{}, b.fail(fmt.Errorf("waiting for %s to answer an input: %w", url, err))
	}
	return l, nil
}

// swReadyJS waits until the service worker is active and its cache holds
// the wasm.
const swReadyJS = `(async () => {
  const deadline = performance.now() + 60000;
  for (;;) {
    // Active, not controlling: the app's worker does not take over the page
    // that installed it; the next load is the warm one.
    const reg = navigator.serviceWorker && await navigator.serviceWorker.getRegistration();
    const controlled = !!(reg && reg.active);
    let cached = false;
    for (const k of await caches.keys()) {
      const c = await caches.open(k);
      if (await c.match("/web/app.wasm", { ignoreVary: true })) cached = true;
    }
    if (controlled && cached) return "";
    if (performance.now() > deadline) return "after 60 s: worker active " + controlled + ", wasm cached " + cached;
    await new Promise((r) => setTimeout(r, 50));
  }
})()`

// coldWarm measures a cold load of the site at origin in a new browser
// (its CPU slowed cpu times), then a warm one.
func coldWarm(ctx context.Context, chromium string, s *site, origin string, cpu float64, warmAfter time.Duration) (cold, warm load, err error) {
	b, err := timingBrowser(ctx, chromium, cpu)
	if err != nil {
		return cold, warm, err
	}
	defer b.close()
	url := origin + "/"
	if cold, err = b.measureLoad(url); err != nil {
		return cold, warm, err
	}
	if cold.Controlled {
		return cold, warm, errors.New("the cold load was controlled by a service worker: the profile was not fresh")
	}
	msg, err := eval[string](b.ctx, 70*time.Second, swReadyJS)
	if err == nil && msg != "" {
		err = errors.New(msg)
	}
	if err != nil {
		return cold, warm, b.fail(fmt.Errorf("%s: waiting for the service worker: %w", s.prog.label, err))
	}
	if _, err := eval[bool](b.ctx, 10*time.Second, `(localStorage.clear(), true)`); err != nil {
		return cold, warm, err
	}
	if warmAfter > 0 {
		if err := chromedp.Do(b.ctx, chromedp.Navigate("about:blank")); err != nil {
			return cold, warm, err
		}
		time.Sleep(warmAfter)
	}
	if warm, err = b.measureLoad(url); err != nil {
		return cold, warm, err
	}
	if !warm.Controlled {
		return cold, warm, fmt.Errorf("%s: the warm load was not controlled by the service worker", s.prog.label)
	}
	return cold, warm, nil
}

// latencyJS makes n edits to #rate, each at the start of an animation
// frame (as an input event is handled), with rates 45.00 to 59.99 that
// differ from one edit to the next. For each it records, from just before
// the input event is dispatched: dom, when #gross-chosen's text changed (a
// MutationObserver); frame, the first animation frame after that change,
// the one that paints it.
const latencyJS = `(async (n) => {
  const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
  const dom = [], frame = [];
  for (let i = 0; i < n; i++) {
    const v = ((4500 + (i * 137) % 1500) / 100).toFixed(2);
    await nextFrame();
    const input = document.getElementById("rate");
    const before = document.getElementById("gross-chosen").textContent;
    let tDom = -1;
    const mo = new MutationObserver(() => {
      const out = document.getElementById("gross-chosen");
      if (tDom < 0 && out && out.textContent !== before) tDom = performance.now();
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    const t0 = performance.now();
    input.value = v;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    let f = 0;
    for (;;) {
      await nextFrame();
      f++;
      if (tDom >= 0) break;
      if (f > 600) { mo.disconnect(); throw new Error("no result for " + v + " after 600 frames"); }
    }
    const tFrame = performance.now();
    mo.disconnect();
    dom.push(tDom - t0);
    frame.push(tFrame - t0);
  }
  return { dom, frame };
})(__EDITS__)`

type latency struct {
	DOM   []float64 `json:"dom"`
	Frame []float64 `json:"frame"`
}

// measureLatency loads a site in a new browser and edits the rate.
func measureLatency(ctx context.Context, chromium string, s *site, edits int) (latency, error) {
	b, err := newBrowser(ctx, chromium)
	if err != nil {
		return latency{}, err
	}
	defer b.close()
	nav, cancel := context.WithTimeout(b.ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(nav, chromedp.Navigate(s.url+"/"), chromedp.WaitVisible(chromedp.CSS(`[data-ready="true"]`))); err != nil {
		return latency{}, b.fail(fmt.Errorf("loading the %s: %w", s.prog.label, err))
	}
	l, err := eval[latency](b.ctx, time.Duration(edits)*time.Second+60*time.Second, strings.Replace(latencyJS, "__EDITS__", fmt.Sprint(edits), 1))
	if err != nil {
		return l, b.fail(err)
	}
	return l, nil
}
