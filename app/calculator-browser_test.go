//go:build !wasm

package main

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
)

// servers runs a browser test against the real server and against the
// static site.
func servers(t *testing.T, test func(t *testing.T, origin string)) {
	s := site.get(t)
	t.Run("server", func(t *testing.T) { test(t, s.server.URL) })
	t.Run("static", func(t *testing.T) { test(t, s.static.URL) })
}

func TestBrowserLoadsAndComputes(t *testing.T) {
	servers(t, func(t *testing.T, origin string) {
		b := newBrowser(t)
		b.open(origin + "/")
		// The worked example of the rules: start May 11, nothing else given.
		if got := b.text("#gross-min"); got != "$21,600.00" {
			t.Errorf("#gross-min = %q", got)
		}
		b.waitText("#gross-mid", "$25,200.00")
		b.waitText("#gross-max", "$28,800.00")
		b.waitText("#gross-chosen", "$25,200.00")
		b.waitText("#sick-hours", "56")
		if got := eval[string](b, `document.querySelector("#verdict").dataset.status`); got != "warn" {
			t.Errorf("verdict %q, want warn", got)
		}
		if h := b.text("#holidays"); !strings.Contains(h, "Memorial Day") || !strings.Contains(h, "Juneteenth") || !strings.Contains(h, "Independence Day") {
			t.Errorf("#holidays = %q", h)
		}
		b.waitText("#availability", "Available full-time from May 11, 2026 to August 10, 2026.")
		if eval[bool](b, `!!document.getElementById("app-wasm-loader")`) {
			t.Error("the loader is still there")
		}
		if n := eval[int](b, `document.querySelectorAll("#week-chart rect").length`); n != 12 {
			t.Errorf("%d bars in the week chart, want 12", n)
		}
		b.assertClean(origin)
	})
}

func TestBrowserTypingARate(t *testing.T) {
	servers(t, func(t *testing.T, origin string) {
		b := newBrowser(t)
		b.open(origin + "/")
		b.typeInto("#rate", "50")
		b.waitText("#gross-chosen", "$24,000.00") // 480 paid hours × $50
		b.waitURL("rate=50")
		// A rate outside the band still computes, and the rate check says so.
		b.typeInto("#rate", "70")
		b.waitText("#gross-chosen", "$33,600.00")
		b.waitText(`.check[data-id="rate"] .badge`, "Check")

		// Text that is not a rate (from its first keystroke): a message
		// beside the field, nothing turned into 0, and the last good result
		// stays.
		b.typeInto("#rate", "o7")
		b.waitText("#rate-error", `Not accepted: "o7". Enter an hourly rate in dollars, like 52.50.`)
		b.waitText("#gross-chosen", "$33,600.00")
		if !eval[bool](b, `document.querySelector("#results").classList.contains("stale")`) {
			t.Error("the results are not marked as the last valid plan's")
		}
		if v := eval[string](b, `document.querySelector("#rate").value`); v != "o7" {
			t.Errorf("the field lost what was typed: %q", v)
		}
		b.waitURL("rate=o7")
		b.typeInto("#rate", "45")
		b.waitText("#gross-chosen", "$21,600.00")
		b.waitText("#rate-error", "")
		b.assertClean(origin)
	})
}

func TestBrowserPublishedStartDates(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/")
	p := calc.DefaultPolicy()
	for _, start := range p.StartDates() {
		want, err := calc.Compute(p, calc.Plan{Start: start})
		if err != nil {
			t.Fatal(err)
		}
		b.do(chromedp.Click(chromedp.CSS(`.chips button[aria-pressed]` + chipFor(start))))
		b.waitText("#gross-mid", calc.Dollars(want.Band[1].Gross))
		deadline := time.Now().Add(10 * time.Second)
		for {
			holidays := b.text("#holidays")
			ok := len(want.Holidays) > 0
			for _, h := range want.Holidays {
				ok = ok && strings.Contains(holidays, h.Name) && strings.Contains(holidays, h.Date.Format("Mon, Jan 2, 2006"))
			}
			if ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("start %s: #holidays = %q, want %v", start, holidays, want.Holidays)
			}
			time.Sleep(50 * time.Millisecond)
		}
		if v := eval[string](b, `document.querySelector("#start").value`); v != start.String() {
			t.Errorf("#start = %q, want %s", v, start)
		}
	}
	b.assertClean(s.server.URL)
}

// chipFor selects the start-date button of a date by its position.
func chipFor(d calc.Date) string {
	for i, s := range calc.DefaultPolicy().StartDates() {
		if s == d {
			return ":nth-of-type(" + itoa(i+1) + ")"
		}
	}
	return ""
}

func TestBrowserLinkReproducesTheResult(t *testing.T) {
	servers(t, func(t *testing.T, origin string) {
		query := "start=2026-06-22&end=2026-09-21&rate=58&hours=45&overtime=federal&mode=hybrid&housing=2500&degree=master&discipline=software&grad=2027-05-30&apps=1"
		plan, err := link.ParsePlan(mustQuery(t, query))
		if err != nil {
			t.Fatal(err)
		}
		want, err := calc.Compute(calc.DefaultPolicy(), plan)
		if err != nil {
			t.Fatal(err)
		}
		b := newBrowser(t)
		b.open(origin + "/?" + query)
		read := func() map[string]string {
			out := map[string]string{}
			for _, id := range []string{"#gross-min", "#gross-mid", "#gross-max", "#gross-chosen", "#holidays", "#sick-hours", "#availability", "#hours-summary"} {
				out[id] = b.text(id)
			}
			for _, id := range []string{"#start", "#end", "#rate", "#hours", "#mode", "#housing", "#degree", "#discipline", "#grad", "#apps", "#overtime"} {
				out[id] = eval[string](b, `document.querySelector("`+id+`").value`)
			}
			out["verdict"] = eval[string](b, `document.querySelector("#verdict").dataset.status`)
			return out
		}
		first := read()
		if first["#gross-chosen"] != calc.Dollars(want.Chosen.Gross) || first["verdict"] != string(want.Verdict) {
			t.Errorf("the page shows %q (%s), calc says %s (%s)", first["#gross-chosen"], first["verdict"], calc.Dollars(want.Chosen.Gross), want.Verdict)
		}
		if first["#rate"] != "58" || first["#mode"] != "hybrid" || first["#overtime"] != "federal" || first["#grad"] != "2027-05-30" {
			t.Errorf("the form does not show the link's plan: %v", first)
		}
		b.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"][data-full="true"]`)))
		again := read()
		for k, v := range first {
			if again[k] != v {
				t.Errorf("after a reload %s = %q, was %q", k, again[k], v)
			}
		}
		b.assertClean(origin)
	})
}

func TestBrowserInvalidQuery(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-13-01&rate=abc&apps=-2&mode=moon")
	b.waitText("#start-error", `Not accepted: "2026-13-01". Enter a real date (picked in the calendar; in a link, written 2026-05-11): month 13 does not exist; want 01 to 12.`)
	b.waitText("#rate-error", `Not accepted: "abc". Enter an hourly rate in dollars, like 52.50.`)
	b.waitText("#apps-error", `Not accepted: "-2". Enter a count of 0 or more.`)
	if !strings.Contains(b.text("#mode-error"), `"moon"`) {
		t.Errorf("#mode-error = %q", b.text("#mode-error"))
	}
	if got := eval[string](b, `document.querySelector("#rate").getAttribute("aria-invalid")`); got != "true" {
		t.Errorf("#rate aria-invalid = %q", got)
	}
	// A consistency error belongs to its field too.
	b.open(s.server.URL + "/?start=2026-05-11&end=2026-05-01")
	b.waitText("#end-error", `Not accepted: "2026-05-01". Enter a last day on or after the first day, May 11, 2026.`)
	b.assertClean(s.server.URL)
}

func TestBrowserOffline(t *testing.T) {
	for name, h := range site.get(t).handlers(t) {
		t.Run(name, func(t *testing.T) {
			// A server of its own, to stop: offline is no server at all.
			srv := httptest.NewServer(h)
			defer srv.Close()
			origin := srv.URL
			b := newBrowser(t)
			b.open(origin + "/")
			// The service worker caches the app on the first visit.
			// It does not take over the page that installed it (go-app would
			// say it "has been updated"): the next page it serves.
			waitFor(t, 30*time.Second, "the service worker's cache", func() bool {
				return eval[bool](b, `caches.match("/web/app.wasm").then(r => !!r)`) &&
					eval[bool](b, `navigator.serviceWorker.getRegistration().then(r => !!(r && r.active))`)
			})
			if eval[bool](b, `!!navigator.serviceWorker.controller`) {
				t.Error("the first install took over the page")
			}
			// The offers page is kept once visited.
			b.openOffers(origin + "/compare?offer=" + url.QueryEscape("start=2026-05-18"))
			waitFor(t, 60*time.Second, "the offers page in the cache", func() bool {
				return eval[bool](b, `Promise.all(["/compare", "/web/offers.wasm", "/web/offers.js"].map((u) => caches.match(u))).then((rs) => rs.every((r) => !!r))`)
			})
			srv.Close()
			b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
				offline := true
				_, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
					EmulateOfflineServiceWorker: &offline,
					MatchedNetworkConditions:    []*network.Conditions{{Offline: true}},
				})
				return err
			}))
			if eval[bool](b, `fetch("/web/app.css?nocache="+Date.now()).then(() => true, () => false)`) {
				t.Fatal("the network is not offline")
			}
			// A link with a query, offline: it loads and computes.
			b.open(origin + "/?start=2026-06-08&rate=55")
			b.waitText("#gross-chosen", "$26,400.00") // 480 h × $55
			b.typeInto("#rate", "60")
			b.waitText("#gross-chosen", "$28,800.00")
			b.waitURL("rate=60")
			b.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"][data-full="true"]`)))
			b.waitText("#gross-chosen", "$28,800.00")
			// A comparison's link, offline: another query than the one cached.
			b.openOffers(origin + "/compare?offer=" + url.QueryEscape("start=2026-06-08&rate=55") + "&offer=" + url.QueryEscape("start=2026-06-08&rate=60"))
			b.waitText(`#offers-table tr[data-row="gross"] td`, "$26,400.00")
			// Offline, the one failed fetch above is expected in the console.
			b.ignoreErrors(func(e string) bool {
				return strings.Contains(e, "nocache") || strings.Contains(e, "Failed to fetch") || strings.Contains(e, "ERR_")
			})
			b.assertClean(origin)
		})
	}
}

func TestBrowserRemembersTheLastPlan(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-18&rate=51")
	b.typeInto("#hours", "42")
	b.waitURL("hours=42")
	b.open(s.server.URL + "/")
	b.waitText("#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-05-18&rate=51&hours=42").Chosen.Gross))
	if v := eval[string](b, `document.querySelector("#rate").value`); v != "51" {
		t.Errorf("restored rate %q", v)
	}

	// Corrupt storage falls back to the defaults, with a notice.
	eval[any](b, `localStorage.setItem("`+storageKey+calc.DefaultPolicy().ID+`", "%zz"), null`)
	b.open(s.server.URL + "/")
	b.waitText("#gross-chosen", "$25,200.00")
	if n := b.text(".notice"); !strings.Contains(n, "could not be read") {
		t.Errorf("notice %q", n)
	}
	b.assertClean(s.server.URL)
}

func TestBrowserKeyboardOnly(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/")
	// From the top of the page, Tab reaches the start dates first.
	b.do(js(`document.activeElement.blur()`), chromedp.KeyEvent("\t"))
	if got := eval[string](b, `document.activeElement.textContent`); got != "May 11" {
		t.Fatalf("first Tab stop %q", got)
	}
	b.do(chromedp.KeyEvent("\t"), chromedp.KeyEvent(" ")) // choose May 18 with the space bar
	waitFor(t, 10*time.Second, "May 18 chosen", func() bool {
		return eval[string](b, `document.querySelector("#start").value`) == "2026-05-18"
	})
	for range 30 {
		if eval[string](b, `document.activeElement.id`) == "rate" {
			break
		}
		b.do(chromedp.KeyEvent("\t"))
	}
	if eval[string](b, `document.activeElement.id`) != "rate" {
		t.Fatal("Tab never reached the rate field")
	}
	b.do(chromedp.KeyEvent("48"))
	b.waitText("#gross-chosen", "$23,040.00") // 480 h × $48
	// The copy button works from the keyboard too.
	for range 80 {
		if eval[string](b, `document.activeElement.id`) == "copy-availability" {
			break
		}
		b.do(chromedp.KeyEvent("\t"))
	}
	if eval[string](b, `document.activeElement.id`) != "copy-availability" {
		t.Fatal("Tab never reached the copy button")
	}
	b.assertClean(s.server.URL)
}

func TestBrowserAccessibility(t *testing.T) {
	axe, err := os.ReadFile("../node_modules/axe-core/axe.min.js")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core is missing (npm ci): %v", err)
		}
		t.Skip("!!! axe-core is missing: run `npm ci` (make test does) to run the accessibility audit !!!")
	}
	s := site.get(t)
	shipped := corpusText(t, "00-shipped.txt")
	for _, c := range []struct {
		name          string
		width, height int64
		scheme        string
		offers        bool // the offers page too
	}{
		{"desktop light", 1280, 900, "light", true},
		{"desktop dark", 1280, 900, "dark", true},
		{"phone light", 360, 740, "light", true},
		{"phone dark", 360, 740, "dark", true},
		{"tablet light", 768, 1024, "light", false},
		{"tablet dark", 768, 1024, "dark", false},
		{"wide light", 1920, 1080, "light", false},
		{"wide dark", 1920, 1080, "dark", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBrowser(t)
			b.do(
				chromedp.EmulateViewport(c.width, c.height),
				chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
					if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}); err != nil {
						return err
					}
					_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
						Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: c.scheme}},
					})
					return err
				}),
			)
			audit := func(what string) {
				t.Helper()
				b.do(js(string(axe)))
				violations := eval[[]struct {
					ID    string `json:"id"`
					Help  string `json:"help"`
					Nodes []struct {
						Target []string `json:"target"`
					} `json:"nodes"`
				}](b, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`)
				for _, v := range violations {
					var where []string
					for _, n := range v.Nodes {
						where = append(where, strings.Join(n.Target, " "))
					}
					t.Errorf("%s: axe %s: %s at %s", what, v.ID, v.Help, strings.Join(where, ", "))
				}
				if w := eval[int](b, `document.documentElement.scrollWidth`); int64(w) > c.width {
					t.Errorf("%s: the page is %d px wide at a %d px viewport", what, w, c.width)
				}
			}
			// An invalid field too, so its message is audited.
			b.open(s.server.URL + "/?rate=abc")
			b.do(js(`document.querySelectorAll("details").forEach((d) => d.open = true)`))
			audit("the calculator")
			if !c.offers {
				return
			}
			b.openOffers(s.server.URL + "/postings")
			b.paste(shipped)
			b.typeInto(`[id="edit-band.min"]`, "x")
			audit("your postings, a posting read and a field invalid")
			b.openOffers(s.server.URL + "/compare?offer=" + url.QueryEscape("start=2026-05-11") + "&offer=" + url.QueryEscape("start=2026-06-08&rate=x"))
			b.do(chromedp.WaitVisible(chromedp.CSS("#offers-table")))
			audit("the comparison, an offer's field invalid")
		})
	}
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// The lists are HTML shown whole (app.Raw, for a faster first render): a
// choice made by keyboard changes the plan and keeps the focus on the list,
// though the list is written again with its new choice.
func TestBrowserListByKeyboard(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-11&hours=45")
	b.do(js(`document.getElementById("overtime").focus()`))
	b.do(chromedp.KeyEvent(kb.ArrowDown))
	b.waitURL("overtime=federal")
	if got := eval[string](b, `document.activeElement.id + "=" + document.activeElement.value`); got != "overtime=federal" {
		t.Errorf("after choosing by keyboard the focus is on %q, want the list with its choice", got)
	}
	// 45 hours: California pays 5 h a week over 8 a day; federal law too
	// (over 40 a week), so the gross is the same; the hours line says which.
	waitFor(t, 10*time.Second, "the rule in the hours line", func() bool { return strings.Contains(b.textOf("#hours-summary"), "federal overtime") })
	b.do(chromedp.KeyEvent(kb.ArrowUp))
	b.waitURL("overtime=california")
	if got := eval[string](b, `document.activeElement.id`); got != "overtime" {
		t.Errorf("the focus left the list for %q", got)
	}
	b.assertClean(s.server.URL)
}
