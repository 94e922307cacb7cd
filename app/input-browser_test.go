//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/calc"
)

// Input and first paint: no keystroke lost, no figure of another plan.

// A half-typed value never decides the figures: while a field holds text
// that does not parse, every figure is the plan's from before that edit,
// marked as leaving the field out.
func TestBrowserHalfTypedValues(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.do(chromedp.EmulateViewport(360, 740)) // the summary bar shows
	b.open(s.server.URL + "/?start=2026-05-11")
	gross, verdict := b.text("#gross-chosen"), b.text("#verdict")
	if gross != "$25,200.00" {
		t.Fatalf("gross %q", gross)
	}
	for _, c := range []struct{ field, typed, message string }{
		{"#hours", "200", "168"},      // passes through 20 on the way: never the figures
		{"#rate", "5o", `"5o"`},       // passes through 5
		{"#rate", "52,50", `"52,50"`}, // not $52.00
	} {
		b.typeInto(c.field, c.typed)
		waitFor(t, 10*time.Second, c.field+"'s message", func() bool { return strings.Contains(b.textOf(c.field+"-error"), c.message) })
		if g := b.text("#gross-chosen"); g != gross {
			t.Errorf("%s %q: gross %s, want the plan's before the edit, %s", c.field, c.typed, g, gross)
		}
		if v := b.text("#verdict"); v != verdict {
			t.Errorf("%s %q: verdict %q, want %q", c.field, c.typed, v, verdict)
		}
		if g := b.text("#summary-gross"); g != gross {
			t.Errorf("%s %q: the summary bar shows %s", c.field, c.typed, g)
		}
		if n := b.textOf(".summary-stale"); !strings.Contains(n, "without") {
			t.Errorf("%s %q: the summary bar does not say its figures leave the field out: %q", c.field, c.typed, n)
		}
		if n := b.textOf("#stale-note"); !strings.Contains(n, "without your change to") {
			t.Errorf("%s %q: no stale note beside the figures: %q", c.field, c.typed, n)
		}
		// Back to a value that parses: the figures follow it again.
		b.typeInto(c.field, map[string]string{"#hours": "40", "#rate": "52.50"}[c.field])
		b.waitText("#gross-chosen", gross)
		waitFor(t, 10*time.Second, "no stale note", func() bool { return b.textOf("#stale-note") == missing })
	}

	// The widget too.
	b.do(chromedp.Navigate(s.server.URL+"/widget?start=2026-05-11"), chromedp.WaitVisible(chromedp.CSS(`#widget[data-ready="true"]`)))
	b.typeInto("#rate", "5o")
	waitFor(t, 10*time.Second, "the widget's stale note", func() bool { return strings.Contains(b.textOf(".stale-note"), "without your change") })
	if g := b.text("#gross-chosen"); g != gross {
		t.Errorf("the widget shows %s for a half-typed rate", g)
	}
	b.assertClean(s.server.URL)
}

// holdWasm holds the request for the app's wasm until release is called,
// as a slow connection would: the prerendered page is all there is.
func holdWasm(t *testing.T, b *browser) (release func()) {
	t.Helper()
	held := make(chan fetch.RequestID, 1)
	if err := chromedp.Listen(b.ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			held <- e.RequestID
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(b.ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.wasm*"}},
	}); err != nil {
		t.Fatal(err)
	}
	return func() {
		select {
		case id := <-held:
			if _, err := chromedp.Call(b.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
				t.Fatal(err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the page never asked for the wasm")
		}
	}
}

// What is typed, chosen or ticked in the prerendered page before the app
// runs is in the app's plan once it does.
func TestBrowserTypedBeforeTheAppRuns(t *testing.T) {
	servers(t, func(t *testing.T, origin string) {
		b := newBrowser(t)
		release := holdWasm(t, b)
		b.do(chromedp.Navigate(origin+"/?start=2026-05-11"), chromedp.WaitVisible(chromedp.CSS("#rate")))
		if eval[bool](b, `document.documentElement.classList.contains("app-ready")`) {
			t.Fatal("the app runs already: the test holds nothing back")
		}
		// A published start date's chip, the rate's slider, a select, a
		// checkbox and a text field.
		b.do(chromedp.Click(chromedp.CSS(`.chip[data-field="start"][data-value="2026-06-08"]`)))
		if p := eval[string](b, `document.querySelector('.chip[data-value="2026-06-08"]').getAttribute("aria-pressed")`); p != "true" {
			t.Errorf("the Jun 8 chip clicked before the app runs is not shown pressed: %q", p)
		}
		b.do(js(`(() => { const s = document.getElementById("rate-slider"); s.value = "57"; s.dispatchEvent(new Event("input", {bubbles: true})); })()`))
		b.do(js(`(() => { const m = document.getElementById("mode"); m.value = "remote"; m.dispatchEvent(new Event("change", {bubbles: true})); })()`))
		b.do(chromedp.Click(chromedp.CSS("#f1")))
		b.do(chromedp.Click(chromedp.CSS("#hours")), chromedp.KeyEvent("45"))
		release()
		b.do(chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"][data-full="true"]`)))
		want := mustCompute(t, "start=2026-06-08&rate=57&hours=45&mode=remote")
		b.waitText("#gross-chosen", calc.Dollars(want.Chosen.Gross))
		for sel, v := range map[string]string{"#start": "2026-06-08", "#rate": "57", "#hours": "45", "#mode": "remote"} {
			if got := eval[string](b, `document.querySelector("`+sel+`").value`); got != v {
				t.Errorf("%s = %q after the app took over, want what was typed, %q", sel, got, v)
			}
		}
		if !eval[bool](b, `document.getElementById("f1").checked`) {
			t.Error("the F-1 box ticked before the app ran is unticked")
		}
		b.waitURL("f1=1")
		b.assertClean(origin)
	})
}

// A link opened before the app runs never shows figures of another plan:
// the static site's one prerendered page hides its default figures behind
// "working out your link"; the server prerenders the link's own.
func TestBrowserLinkBeforeTheAppRuns(t *testing.T) {
	const link = "/?start=2026-06-22&rate=55&end=2026-09-04"
	want := mustCompute(t, strings.TrimPrefix(link, "/?"))
	def := mustCompute(t, "start=2026-05-11")
	for _, e := range want.Band {
		if e.Gross.Equal(def.Chosen.Gross) {
			t.Fatalf("the link's band shows the default's gross too, %s: pick another link", e.Gross)
		}
	}
	servers(t, func(t *testing.T, origin string) {
		b := newBrowser(t)
		release := holdWasm(t, b)
		b.do(chromedp.Navigate(origin+link), chromedp.WaitVisible(chromedp.CSS("#rate")))
		visible := eval[string](b, `document.body.innerText`)
		for _, other := range []string{calc.Dollars(def.Chosen.Gross), long(def.Window.Start), long(def.Window.End)} {
			if strings.Contains(visible, other) {
				t.Errorf("before the app runs, the page shows the default plan's %q for %s", other, link)
			}
		}
		own := strings.Contains(visible, calc.Dollars(want.Chosen.Gross))
		pending := strings.Contains(visible, "Working out your link")
		if own == pending {
			t.Errorf("before the app runs: the link's own figures shown %v, \"working out your link\" shown %v: want one", own, pending)
		}
		// The form reads as the link too: its values, the pressed start
		// date, the slider; the last-day chips (dated from the default's
		// start) are not shown.
		for _, other := range []string{"12 weeks: " + def.Window.ProgramEnd.Format("Jan 2"), "3 months: " + def.Window.CommitmentEnd.Format("Jan 2")} {
			if strings.Contains(visible, other) {
				t.Errorf("before the app runs, the page shows the default plan's chip %q for %s", other, link)
			}
		}
		for sel, v := range map[string]string{"#rate": "55", "#rate-slider": "55", "#start": "2026-06-22", "#end": "2026-09-04"} {
			if got := eval[string](b, `document.querySelector("`+sel+`").value`); got != v {
				t.Errorf("before the app runs, %s shows %q, not the link's %q", sel, got, v)
			}
		}
		if p := eval[string](b, `[...document.querySelectorAll('.chip[data-field="start"][aria-pressed="true"]')].map((c) => c.dataset.value).join()`); p != "2026-06-22" {
			t.Errorf("before the app runs, the pressed start date is %q, not the link's", p)
		}
		release()
		b.do(chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"]`)))
		b.waitText("#gross-chosen", calc.Dollars(want.Chosen.Gross))
		if strings.Contains(eval[string](b, `document.body.innerText`), "Working out your link") {
			t.Error("still working out the link after the app runs")
		}
		b.assertClean(origin)
	})
}

// A plan saved on this device is what the page opens with when the link
// names none: before the app runs, the form shows it and no default figure.
func TestBrowserSavedPlanBeforeTheAppRuns(t *testing.T) {
	const plan = "end=2026-09-04&rate=55&start=2026-06-22"
	want := mustCompute(t, plan)
	def := mustCompute(t, "start=2026-05-11")
	servers(t, func(t *testing.T, origin string) {
		b := newBrowser(t)
		// The origin's storage, without running the app.
		b.do(chromedp.Navigate(origin + "/web/icon.svg"))
		b.do(js(`localStorage.setItem("offercalc.plan.v2.` + calc.DefaultPolicy().ID + `", "` + plan + `")`))
		release := holdWasm(t, b)
		b.do(chromedp.Navigate(origin+"/"), chromedp.WaitVisible(chromedp.CSS("#rate")))
		visible := eval[string](b, `document.body.innerText`)
		for _, other := range []string{calc.Dollars(def.Chosen.Gross), long(def.Window.End), "12 weeks: " + def.Window.ProgramEnd.Format("Jan 2")} {
			if strings.Contains(visible, other) {
				t.Errorf("before the app runs, the page shows the default plan's %q over the saved plan", other)
			}
		}
		for sel, v := range map[string]string{"#rate": "55", "#start": "2026-06-22", "#end": "2026-09-04"} {
			if got := eval[string](b, `document.querySelector("`+sel+`").value`); got != v {
				t.Errorf("before the app runs, %s shows %q, not the saved plan's %q", sel, got, v)
			}
		}
		release()
		b.do(chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"]`)))
		b.waitText("#gross-chosen", calc.Dollars(want.Chosen.Gross))
		b.ignoreErrors(func(msg string) bool { return strings.Contains(msg, "/favicon.ico") }) // asked for by the image's page
		b.assertClean(origin)
	})
}

// On a phone the headline figures are on the first screen.
func TestBrowserHeadlineOnTheFirstScreen(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.do(chromedp.EmulateViewport(360, 740))
	b.open(s.server.URL + "/?start=2026-05-11")
	cards := eval[[]struct {
		Label  string
		Bottom float64
	}](b, `[...document.querySelectorAll("#headline .card")].map((c) => ({Label: (c.querySelector(".card-label") || c).textContent, Bottom: c.getBoundingClientRect().bottom}))`)
	if len(cards) < 4 {
		t.Fatalf("%d headline cards", len(cards))
	}
	bar := eval[float64](b, `document.querySelector(".summary-bar").getBoundingClientRect().top`)
	for _, c := range cards {
		if c.Bottom > bar {
			t.Errorf("the card %q ends at %.0f px, under the summary bar at %.0f px: not on the first screen", c.Label, c.Bottom, bar)
		}
	}
	if top := eval[float64](b, `document.getElementById("verdict").getBoundingClientRect().top`); top > 300 {
		t.Errorf("the verdict starts %.0f px down", top)
	}
}

// On a phone, the control with the keyboard's focus is never under the
// summary bar fixed at the bottom of the screen.
func TestBrowserFocusNotUnderTheSummaryBar(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.do(chromedp.EmulateViewport(360, 740))
	b.open(s.server.URL + "/?start=2026-05-11&f1=1")
	b.do(js(`document.getElementById("start").focus()`))
	seen := 0
	for range 60 {
		b.do(chromedp.KeyEvent("\t"))
		r := eval[struct {
			ID, Tag     string
			Top, Bottom float64
			Bar         float64
			InBar       bool
		}](b, `(() => { const a = document.activeElement, r = a.getBoundingClientRect(), bar = document.querySelector(".summary-bar");
			return {ID: a.id, Tag: a.tagName, Top: r.top, Bottom: r.bottom, Bar: bar.getBoundingClientRect().top, InBar: bar.contains(a)}; })()`)
		if r.Tag == "BODY" || r.Top < 0 || r.InBar {
			continue
		}
		seen++
		if r.Bottom > r.Bar+1 {
			t.Errorf("%s #%s has the focus under the summary bar (%.0f px, the bar at %.0f)", r.Tag, r.ID, r.Bottom, r.Bar)
		}
	}
	if seen < 20 {
		t.Errorf("only %d controls took the focus", seen)
	}
}

// A first day outside the posting's seasons gets its message beside the
// field, not only a failing check far below.
func TestBrowserStartOutsideTheSeasons(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2030-05-13")
	if got := b.textOf("#start-check"); !strings.Contains(got, "2030") {
		t.Errorf("beside the first day: %q", got)
	}
	b.typeInto("#rate", "50")
	b.waitURL("rate=50")
	b.do(chromedp.Click(chromedp.CSS(".chips button[aria-pressed]")))
	waitFor(t, 10*time.Second, "the note gone", func() bool { return b.textOf("#start-check") == missing })
}
