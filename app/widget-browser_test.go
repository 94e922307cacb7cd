//go:build !wasm

package main

// Browser tests of the widget, the posting's terms from a link or a file,
// the compare table and the exports (issue 4).

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/export"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/shopspring/decimal"
)

// openWidget navigates to a widget page and waits until the wasm runs it.
func (b *browser) openWidget(u string) {
	b.t.Helper()
	b.do(chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS(`#widget[data-ready="true"]`)))
}

// widgetWait is how long the widget tests wait for a text: a cross-site
// iframe runs in a process of its own.
const widgetWait = 30 * time.Second

// hostSite serves a page that embeds the widget from another site: it
// listens on 127.0.0.1, like the calculator's test servers, but its pages
// are opened as http://localhost:PORT, so that the browser sees another
// origin and another site (a cross-site iframe, in its own process). The
// page records the height messages it receives in window.heights.
func hostSite(t *testing.T, embed string) (origin string) {
	t.Helper()
	page := `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A careers page</title><link rel="icon" href="data:,"></head>
<body style="margin: 0; font-family: sans-serif">
<h1>Software internships</h1>
<p>Work out what the internship pays before you apply:</p>
` + embed + `
<p id="after">After the calculator.</p>
<script>
window.heights = [];
window.addEventListener("message", (e) => {
  if (e.data && e.data.type === "offercalc:height") window.heights.push({origin: e.origin, height: e.data.height});
});
</script>
</body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	t.Cleanup(srv.Close)
	return strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
}

// frame attaches to the cross-site iframe whose URL starts with prefix: Chrome
// runs it as a target of its own. The returned browser runs actions in the
// iframe and records its requests and console errors.
func (b *browser) frame(prefix string) *browser {
	b.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		infos, err := chromedp.Targets(b.ctx)
		if err != nil {
			b.t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, prefix) {
				f := &browser{t: b.t}
				ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(info.TargetID),
					chromedp.WithDetachOnCancel(), chromedp.WithListener(f.record))
				b.t.Cleanup(cancel)
				f.ctx = ctx
				// The first Run attaches, and the target's message loop
				// lives as long as the context of that Run: give it the
				// frame's own context, not one with a time limit.
				if err := chromedp.Do(ctx); err != nil {
					b.t.Fatalf("attaching to the iframe: %v", err)
				}
				return f
			}
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("no iframe target at %s", prefix)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// snippetFrom reads the embed snippet the main page writes for a plan.
func snippetFrom(t *testing.T, b *browser, origin, query string) string {
	t.Helper()
	b.open(origin + "/?" + query)
	var snippet string
	waitFor(t, 20*time.Second, "the embed snippet", func() bool {
		snippet = eval[string](b, `document.querySelector("#embed-snippet").value`)
		return strings.Contains(snippet, "/widget?")
	})
	return snippet
}

func TestBrowserWidgetCrossOrigin(t *testing.T) {
	servers(t, func(t *testing.T, origin string) {
		b := newBrowser(t)
		snippet := snippetFrom(t, b, origin, "start=2026-05-18&rate=50")
		for _, want := range []string{
			`<iframe src="` + origin + `/widget?rate=50&amp;start=2026-05-18"`,
			`data-offercalc`,
			`<script src="` + origin + `/web/embed.js" async></script>`,
		} {
			if !strings.Contains(snippet, want) {
				t.Errorf("the snippet has no %s:\n%s", want, snippet)
			}
		}
		host := hostSite(t, snippet)
		b.do(chromedp.Navigate(host + "/"))
		f := b.frame(origin + "/widget")
		f.do(chromedp.WaitVisible(chromedp.CSS(`#widget[data-ready="true"]`)))

		want := mustCompute(t, "start=2026-05-18&rate=50")
		f.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(want.Chosen.Gross))
		f.waitTextWithin(widgetWait, "#sick-hours", want.Sick.Hours.String())
		if got := eval[string](f, `document.querySelector("#verdict").dataset.status`); got != string(want.Verdict) {
			t.Errorf("verdict %q, want %s", got, want.Verdict)
		}
		for _, h := range want.Holidays {
			if !strings.Contains(f.textOf("#holidays"), h.Name) {
				t.Errorf("#holidays has no %s: %q", h.Name, f.textOf("#holidays"))
			}
		}
		if got := eval[string](f, `location.ancestorOrigins[0]`); got != host {
			t.Errorf("the widget's parent is %q, want %s", got, host)
		}

		// The host script fits the iframe to the height the widget posts.
		fitted := func(what string) int {
			t.Helper()
			var h int
			waitFor(t, 30*time.Second, what, func() bool {
				h = eval[int](f, `Math.ceil(document.getElementById("widget").getBoundingClientRect().height)`)
				posted := eval[int](b, `window.heights.length ? window.heights[window.heights.length-1].height : -1`)
				frame := eval[string](b, `document.querySelector("iframe[data-offercalc]").style.height`)
				return posted == h && frame == strconv.Itoa(h)+"px"
			})
			return h
		}
		first := fitted("the iframe fitted to the widget")
		if o := eval[string](b, `window.heights[0].origin`); o != origin {
			t.Errorf("the height came from %s, want %s", o, origin)
		}
		if got := eval[float64](b, `document.querySelector("iframe[data-offercalc]").getBoundingClientRect().height`); int(got) != first {
			t.Errorf("the iframe is %v px tall, the widget %d", got, first)
		}

		// Typing changes the figures, and an error message changes the
		// height: the iframe follows.
		f.do(js(`(() => { const r = document.querySelector("#rate"); r.value = "55"; r.dispatchEvent(new Event("input", {bubbles: true})); })()`))
		f.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-05-18&rate=55").Chosen.Gross))
		f.do(js(`(() => { const r = document.querySelector("#rate"); r.value = "fifty"; r.dispatchEvent(new Event("input", {bubbles: true})); })()`))
		f.waitTextWithin(widgetWait, "#rate-error", `Not accepted: "fifty". Enter an hourly rate in dollars, like 52.50.`)
		f.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-05-18&rate=55").Chosen.Gross))
		if second := fitted("the iframe fitted again"); second <= first {
			t.Errorf("the widget with a message is %d px, without %d px", second, first)
		}

		// "Open the full calculator" carries the plan over.
		f.do(js(`(() => { const r = document.querySelector("#rate"); r.value = "57"; r.dispatchEvent(new Event("input", {bubbles: true})); })()`))
		f.waitTextWithin(widgetWait, "#rate-error", "")
		href := eval[string](f, `document.querySelector("#open-full").href`)
		u, err := url.Parse(href)
		if err != nil || u.Scheme+"://"+u.Host != origin || u.Path != "/" || u.Query().Get("rate") != "57" || u.Query().Get("start") != "2026-05-18" {
			t.Errorf("open the full calculator: %s", href)
		}
		if got := eval[string](f, `document.querySelector("#open-full").target`); got != "_blank" {
			t.Errorf("the full calculator opens in %q, not a new tab", got)
		}
		b.assertOrigins(host, origin)
		f.assertOrigins(origin)
	})
}

func TestBrowserWidgetOffline(t *testing.T) {
	for name, h := range site.get(t).handlers(t) {
		t.Run(name, func(t *testing.T) {
			// A calculator of its own, to stop; the host page stays up.
			srv := httptest.NewServer(h)
			defer srv.Close()
			origin := srv.URL
			query := "start=2026-06-08&rate=55"
			// The host serves the host script itself (the README's inline
			// variant): offline, the calculator's origin serves nothing to
			// the host page, only to the iframe its service worker controls.
			script, err := os.ReadFile("../web/embed.js")
			if err != nil {
				t.Fatal(err)
			}
			iframe, _, _ := strings.Cut(embedSnippet(origin, mustQuery(t, query)), "\n")
			host := hostSite(t, iframe+"\n<script>"+string(script)+"</script>")
			b := newBrowser(t)
			b.do(chromedp.Navigate(host + "/"))
			f := b.frame(origin + "/widget")
			f.do(chromedp.WaitVisible(chromedp.CSS(`#widget[data-ready="true"]`)))
			f.waitTextWithin(widgetWait, "#gross-chosen", "$26,400.00") // 480 h × $55
			// The service worker caches the widget on the first visit, in
			// the iframe's own (partitioned) storage.
			waitFor(t, 60*time.Second, "the service worker's cache in the iframe", func() bool {
				return eval[bool](f, `caches.match("/web/app.wasm").then(r => !!r)`) &&
					eval[bool](f, `caches.match("/widget").then(r => !!r)`) &&
					eval[bool](f, `navigator.serviceWorker.getRegistration().then(r => !!(r && r.active))`)
			})
			srv.Close()
			if eval[bool](b, `fetch("`+origin+`/web/app.css?nocache="+Date.now(), {mode: "no-cors"}).then(() => true, () => false)`) {
				t.Fatal("the calculator's server still answers")
			}
			b.ignoreErrors(func(string) bool { return true }) // the failed fetch above

			b.do(chromedp.Reload())
			f = b.frame(origin + "/widget")
			f.do(chromedp.WaitVisible(chromedp.CSS(`#widget[data-ready="true"]`)))
			f.waitTextWithin(widgetWait, "#gross-chosen", "$26,400.00")
			f.do(js(`(() => { const r = document.querySelector("#rate"); r.value = "60"; r.dispatchEvent(new Event("input", {bubbles: true})); })()`))
			f.waitTextWithin(widgetWait, "#gross-chosen", "$28,800.00")
			waitFor(t, 20*time.Second, "the iframe fitted offline", func() bool {
				h := eval[int](f, `Math.ceil(document.getElementById("widget").getBoundingClientRect().height)`)
				return eval[string](b, `document.querySelector("iframe[data-offercalc]").style.height`) == strconv.Itoa(h)+"px"
			})
			f.assertOrigins(origin)
		})
	}
}

func TestBrowserWidgetAlone(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.openWidget(s.server.URL + "/widget?start=2026-05-11&end=2026-08-10")
	b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-05-11&end=2026-08-10").Chosen.Gross))
	if got := eval[string](b, `document.querySelector("#verdict").dataset.status`); got != "pass" {
		t.Errorf("verdict %q: to the end of the commitment, every check passes", got)
	}
	b.typeInto("#rate", "48")
	b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-05-11&end=2026-08-10&rate=48").Chosen.Gross))
	if q := eval[string](b, `location.search`); !strings.Contains(q, "rate=48") {
		t.Errorf("the widget's URL does not keep the rate: %q", q)
	}
	// A published start date from its button.
	b.do(chromedp.Click(chromedp.CSS(`.chips button:nth-of-type(5)`)))
	waitFor(t, 10*time.Second, "June 22 chosen", func() bool {
		return eval[string](b, `document.querySelector("#start").value`) == "2026-06-22"
	})
	b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-06-22&end=2026-08-10&rate=48").Chosen.Gross))
	// Outside an iframe the widget posts nothing, and is a page like any
	// other: the whole of it fits the window's width.
	if w := eval[int](b, `document.documentElement.scrollWidth`); w > 1280 {
		t.Errorf("the widget is %d px wide", w)
	}
	b.assertClean(s.server.URL)
}

func TestBrowserWidgetInvalidPolicy(t *testing.T) {
	s := site.get(t)
	origin := s.server.URL
	bad := calc.DefaultPolicy()
	bad.Band.Min = decimal.RequireFromString("-5")
	badJSON, _ := json.Marshal(bad)
	for _, c := range []struct {
		name, query, message string
	}{
		{"not base64url", "policy=%21%21not%2Bbase64", `The posting's terms in this link (policy): Not accepted: "!!not+base64".`},
		{"an invalid policy", "policy=" + base64.RawURLEncoding.EncodeToString(badJSON), `The posting's terms are invalid at policy.band.min: Not accepted: "-5".`},
		{"not JSON", "policy=" + base64.RawURLEncoding.EncodeToString([]byte(`{"title": "x",`)), `The posting's terms in this link (policy): Not accepted: "{\"title\": \"x\",". Enter valid JSON: unexpected end of JSON input`},
		{"another origin", "policyUrl=" + url.QueryEscape("http://localhost:9/policy.json"), `The posting's address in this link (policyUrl): Not accepted: "http://localhost:9/policy.json". Enter an address on this site`},
		{"a missing file", "policyUrl=/web/no-such-policy.json", `The posting's terms could not be read from ` + origin + `/web/no-such-policy.json: the server answered 404.`},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBrowser(t)
			for _, page := range []string{"/widget", "/"} {
				sel := `#widget[data-ready="true"]`
				if page == "/" {
					sel = `#calculator[data-ready="true"][data-full="true"]`
				}
				b.do(chromedp.Navigate(origin+page+"?start=2026-05-11&rate=50&"+c.query), chromedp.WaitVisible(chromedp.CSS(sel)))
				b.do(chromedp.WaitVisible(chromedp.CSS("#policy-error")))
				if msg := b.textOf("#policy-error-message"); !strings.HasPrefix(msg, c.message) {
					t.Errorf("%s: the message is %q, want it to start with %q", page, msg, c.message)
				}
				// No figure at all: not the default posting's, not zeros.
				n := eval[int](b, `document.querySelectorAll("#gross-chosen, #verdict, #holidays, #sick-hours, #compare-table, #results").length`)
				if n != 0 {
					t.Errorf("%s: %d figures shown for an invalid posting", page, n)
				}
				if amount := eval[string](b, `(document.body.innerText.match(/\$[0-9,]+\.[0-9][0-9]/) || [""])[0]`); amount != "" {
					t.Errorf("%s: an amount is shown: %s", page, amount)
				}
			}
			b.ignoreErrors(func(e string) bool { return strings.Contains(e, "no-such-policy.json") }) // the 404 itself
			b.assertClean(origin)
		})
	}
}

func TestBrowserPolicyFromLink(t *testing.T) {
	s := site.get(t)
	data, err := os.ReadFile("../web/policy-sample.json")
	if err != nil {
		t.Fatal(err)
	}
	sample, err := calc.ParsePolicy(data)
	if err != nil {
		t.Fatal(err)
	}
	want, err := calc.Compute(sample, calc.Plan{Start: sample.StartDates()[0], Rate: decimal.RequireFromString("50")})
	if err != nil {
		t.Fatal(err)
	}
	enc, err := link.FormatPosting(sample)
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t)
	for _, q := range []string{"policyUrl=/web/policy-sample.json", "policy=" + enc} {
		b.openWidget(s.server.URL + "/widget?rate=50&" + q)
		b.waitTextWithin(widgetWait, "#posting-title", sample.Title)
		b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(want.Chosen.Gross))
		b.waitTextWithin(widgetWait, "#sick-hours", "24")
		if v := eval[string](b, `document.querySelector("#start").value`); v != "2026-06-01" {
			t.Errorf("%s: the widget starts on %q, not the posting's first date", q, v)
		}
		href := eval[string](b, `document.querySelector("#open-full").href`)
		b.do(chromedp.Navigate(href), chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"][data-full="true"]`)))
		b.waitTextWithin(widgetWait, "#posting-name", sample.Title)
		b.waitTextWithin(widgetWait, "#posting-employer", sample.Employer)
		b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(want.Chosen.Gross))
		// The compare table has the posting's two start dates.
		if n := eval[int](b, `document.querySelectorAll("#compare-table thead th[data-col]").length`); n != 2 {
			t.Errorf("%s: %d columns in the compare table, want the posting's 2 start dates", q, n)
		}
		// Typing keeps the posting in the link.
		b.typeInto("#rate", "51")
		b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(want.Chosen.Gross.Div(decimal.NewFromInt(50)).Mul(decimal.NewFromInt(51))))
		b.waitURL("rate=51")
		if got := eval[string](b, `location.search`); !strings.Contains(got, "policy") {
			t.Errorf("%s: the page's link lost the posting: %s", q, got)
		}
	}
	b.assertClean(s.server.URL)
}

func TestBrowserPolicyFile(t *testing.T) {
	s := site.get(t)
	sampleFile, err := filepath.Abs("../web/policy-sample.json")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(sampleFile)
	sample, err := calc.ParsePolicy(data)
	if err != nil {
		t.Fatal(err)
	}
	invalid := filepath.Join(t.TempDir(), "broken.json")
	os.WriteFile(invalid, []byte(`{"title": ""}`), 0o644)

	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-11")
	def := calc.DefaultPolicy()
	b.waitTextWithin(widgetWait, "#posting-name", def.Title)
	b.do(chromedp.Click(chromedp.CSS("#posting-panel summary")))
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#policy-file"), []string{sampleFile}))
	b.waitTextWithin(widgetWait, "#posting-name", sample.Title)
	want, _ := calc.Compute(sample, calc.Plan{Start: sample.StartDates()[0]})
	b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(want.Chosen.Gross))
	if got := eval[string](b, `new URLSearchParams(location.search).get("policy")`); got == "" {
		t.Error("the link does not carry the loaded posting")
	} else if p, err := link.ParsePosting(got); err != nil || p.Title != sample.Title {
		t.Errorf("the link's posting: %v, %q", err, p.Title)
	}
	if got := b.textOf("#posting-panel summary"); !strings.Contains(got, "policy-sample.json") {
		t.Errorf("the page does not say where the posting came from: %q", got)
	}

	// An invalid file: a message, and the posting stays as it was.
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#policy-file"), []string{invalid}))
	waitFor(t, 20*time.Second, "the file's error", func() bool {
		return strings.Contains(b.textOf("#policy-file-error"), "policy.title")
	})
	b.waitTextWithin(widgetWait, "#posting-name", sample.Title)
	b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(want.Chosen.Gross))

	// Back to the default posting.
	b.do(chromedp.Click(chromedp.CSS("#default-policy")))
	b.waitTextWithin(widgetWait, "#posting-name", def.Title)
	b.waitTextWithin(widgetWait, "#gross-chosen", "$25,200.00")
	if got := eval[string](b, `location.search`); strings.Contains(got, "policy") {
		t.Errorf("the link still names a posting: %s", got)
	}
	b.assertClean(s.server.URL)
}

func TestBrowserCompareTable(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-18&rate=50")
	p := calc.DefaultPolicy()
	cols := eval[[]string](b, `[...document.querySelectorAll("#compare-table thead th[data-col]")].map(th => th.dataset.col)`)
	var dates []string
	for _, d := range p.StartDates() {
		dates = append(dates, d.String())
	}
	if strings.Join(cols, " ") != strings.Join(dates, " ") {
		t.Fatalf("the compare table's columns are %v, want the published dates %v", cols, dates)
	}
	for _, d := range p.StartDates() {
		q, err := calc.Compute(p, calc.Plan{Start: d, Rate: decimal.RequireFromString("50")})
		if err != nil {
			t.Fatal(err)
		}
		cell := `#compare-table tr[data-row="holidays"] td[data-col="` + d.String() + `"]`
		var want []string
		for _, h := range q.Holidays {
			want = append(want, h.Date.String()+" "+h.Name)
		}
		got := eval[[]string](b, `[...document.querySelectorAll('`+cell+` time')].map(t => t.dateTime + " " + t.title)`)
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("%s: holidays %v, want %v", d, got, want)
		}
		if n := b.textOf(cell + " .count"); n != strconv.Itoa(len(q.Holidays)) {
			t.Errorf("%s: %s holidays, want %d", d, n, len(q.Holidays))
		}
		row := func(id string) string {
			return b.textOf(`#compare-table tr[data-row="` + id + `"] td[data-col="` + d.String() + `"] .value`)
		}
		if got := row("gross"); got != calc.Dollars(q.Chosen.Gross) {
			t.Errorf("%s: gross %s, want %s", d, got, calc.Dollars(q.Chosen.Gross))
		}
		if got := row("program-end"); got != q.Window.ProgramEnd.Format("Mon, Jan 2") {
			t.Errorf("%s: program end %s", d, got)
		}
		if got := row("commitment-end"); got != q.Window.CommitmentEnd.Format("Mon, Jan 2") {
			t.Errorf("%s: commitment end %s", d, got)
		}
	}
	best := func(row string) []string {
		return eval[[]string](b, `[...document.querySelectorAll('#compare-table tr[data-row="`+row+`"] td[data-best="true"]')].map(td => td.dataset.col)`)
	}
	if got := best("holidays"); strings.Join(got, " ") != "2026-05-11 2026-05-18" {
		t.Errorf("the most holidays are marked on %v", got)
	}
	if got := best("gross"); len(got) != 0 {
		t.Errorf("equal gross pay is marked best on %v", got)
	}

	// Pin the plan, then a longer one (to the end of the commitment).
	b.do(chromedp.Click(chromedp.CSS("#pin-plan")))
	b.do(chromedp.WaitVisible(chromedp.CSS(`#compare-table th[data-col="pinned-1"]`)))
	// The end's buttons name dates computed from the start; the link's
	// start (May 18) must set its own, not the default May 11's (a
	// regression: go-app kept the first render's click handler).
	b.do(js(`[...document.querySelectorAll(".chips button")].find(b => b.textContent.startsWith("3 months")).click()`))
	waitFor(t, 10*time.Second, "the end set to the commitment's", func() bool {
		return eval[string](b, `document.querySelector("#end").value`) == "2026-08-17"
	})
	b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-05-18&rate=50&end=2026-08-17").Chosen.Gross))
	b.do(chromedp.Click(chromedp.CSS("#pin-plan")))
	b.do(chromedp.WaitVisible(chromedp.CSS(`#compare-table th[data-col="pinned-2"]`)))
	long := mustCompute(t, "start=2026-05-18&rate=50&end=2026-08-17")
	if got := b.textOf(`#compare-table tr[data-row="gross"] td[data-col="pinned-2"] .value`); got != calc.Dollars(long.Chosen.Gross) {
		t.Errorf("pinned plan 2: %s, want %s", got, calc.Dollars(long.Chosen.Gross))
	}
	if got := best("gross"); strings.Join(got, " ") != "pinned-2" {
		t.Errorf("the highest gross is marked on %v", got)
	}
	if got := best("verdict"); strings.Join(got, " ") != "pinned-2" {
		t.Errorf("the passing verdict is marked on %v", got)
	}

	// The pins are kept, and can be taken out.
	b.open(s.server.URL + "/")
	b.do(chromedp.WaitVisible(chromedp.CSS(`#compare-table th[data-col="pinned-2"]`)))
	b.do(chromedp.Click(chromedp.CSS(`#compare-table th[data-col="pinned-1"] .unpin`)))
	waitFor(t, 10*time.Second, "the pin removed", func() bool {
		return eval[int](b, `document.querySelectorAll("#compare-table th[data-col^=pinned]").length`) == 1
	})
	if got := b.textOf(`#compare-table tr[data-row="gross"] td[data-col="pinned-1"] .value`); got != calc.Dollars(long.Chosen.Gross) {
		t.Errorf("after unpinning the first, the second is %s", got)
	}
	b.assertClean(s.server.URL)
}

// hookDownloads makes the page keep every Blob it hands to
// URL.createObjectURL, and the print calls, so a test can read what a
// download holds.
const hookDownloads = `(() => {
  window.__blobs = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (b) => { window.__blobs.push(b); return create(b); };
  window.__printed = 0;
  window.print = () => { window.__printed++; };
  window.__copied = null;
  if (navigator.clipboard) navigator.clipboard.writeText = async (t) => { window.__copied = t; };
})()`

func TestBrowserExports(t *testing.T) {
	s := site.get(t)
	query := "start=2026-06-22&end=2026-09-21&rate=58&hours=45&overtime=federal"
	want := mustCompute(t, query)
	p := calc.DefaultPolicy()

	b := newBrowser(t)
	dir := t.TempDir()
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
		})
		return err
	}))
	b.open(s.server.URL + "/?" + query)
	b.waitTextWithin(widgetWait, "#gross-chosen", calc.Dollars(want.Chosen.Gross))
	b.do(js(hookDownloads))

	blob := func(i int, id string) (string, string) {
		t.Helper()
		b.do(chromedp.Click(chromedp.CSS("#" + id)))
		waitFor(t, 20*time.Second, id, func() bool { return eval[int](b, `window.__blobs.length`) > i })
		return eval[string](b, `window.__blobs[`+strconv.Itoa(i)+`].text()`), eval[string](b, `window.__blobs[`+strconv.Itoa(i)+`].type`)
	}
	downloaded := func(ext string) []byte {
		t.Helper()
		var data []byte
		waitFor(t, 30*time.Second, "the "+ext+" file downloaded", func() bool {
			files, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
			if len(files) != 1 {
				return false
			}
			data, _ = os.ReadFile(files[0])
			return len(data) > 0
		})
		return data
	}

	// The calendar file: parsed back by an independent parser, it holds
	// the plan's dates.
	text, typ := blob(0, "download-ics")
	if !strings.HasPrefix(typ, "text/calendar") {
		t.Errorf("the .ics blob's type is %q", typ)
	}
	if file := downloaded(".ics"); !bytes.Equal(file, []byte(text)) {
		t.Errorf("the downloaded .ics differs from the blob")
	}
	cal, err := ics.ParseCalendar(strings.NewReader(text))
	if err != nil {
		t.Fatalf("the .ics does not parse: %v\n%s", err, text)
	}
	events := export.Events(want, p)
	if len(cal.Events()) != len(events) {
		t.Fatalf("%d events, want %d", len(cal.Events()), len(events))
	}
	for i, e := range cal.Events() {
		start, err := e.GetAllDayStartAt()
		if err != nil {
			t.Fatal(err)
		}
		summary := e.GetProperty(ics.ComponentPropertySummary).Value
		if calc.NewDate(start.Date()) != events[i].Date || summary != events[i].Summary {
			t.Errorf("event %d: %s %q, want %s %q", i, calc.NewDate(start.Date()), summary, events[i].Date, events[i].Summary)
		}
	}
	var holidays []string
	for _, e := range events {
		if e.Kind == export.Holiday {
			holidays = append(holidays, e.Summary)
		}
	}
	if strings.Join(holidays, ", ") != "Paid holiday: Independence Day, Paid holiday: Labor Day" {
		t.Errorf("holidays in the calendar: %v", holidays)
	}

	// The CSV file: its weeks add up to the total the page shows.
	text, typ = blob(1, "download-csv")
	if !strings.HasPrefix(typ, "text/csv") {
		t.Errorf("the .csv blob's type is %q", typ)
	}
	if file := downloaded(".csv"); !bytes.Equal(file, []byte(text)) {
		t.Errorf("the downloaded .csv differs from the blob")
	}
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(want.Weeks)+2 {
		t.Fatalf("%d rows, want a header, %d weeks and a total", len(rows), len(want.Weeks))
	}
	sum := decimal.Zero
	for _, r := range rows[1 : len(rows)-1] {
		sum = sum.Add(decimal.RequireFromString(r[6]))
	}
	total := rows[len(rows)-1]
	if total[0] != "Total" || !sum.Equal(decimal.RequireFromString(total[6])) {
		t.Errorf("the weeks add up to %s, the total row is %v", sum, total)
	}
	if shown := b.textOf("#gross-chosen"); calc.Dollars(sum) != shown {
		t.Errorf("the CSV's weeks add up to %s, the page shows %s", calc.Dollars(sum), shown)
	}
	var buf bytes.Buffer
	export.WriteCSV(&buf, want)
	if buf.String() != text {
		t.Errorf("the page's CSV differs from calc's:\n%s\nwant\n%s", text, buf.String())
	}

	// Copy link: the page's address, which reproduces the plan.
	b.do(chromedp.Click(chromedp.CSS("#copy-link")))
	waitFor(t, 10*time.Second, "the link copied", func() bool { return eval[bool](b, `window.__copied !== null`) })
	if copied, href := eval[string](b, `window.__copied`), eval[string](b, `location.href`); copied != href || !strings.Contains(copied, "rate=58") {
		t.Errorf("copied %q, the page is %q", copied, href)
	}
	b.waitTextWithin(widgetWait, "#export-status", "Link copied: it opens this plan.")

	// Print: the button prints, and on paper the form gives way to the
	// plan's summary.
	b.do(chromedp.Click(chromedp.CSS("#print")))
	waitFor(t, 10*time.Second, "window.print called", func() bool { return eval[int](b, `window.__printed`) == 1 })
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	display := func(sel string) string {
		return eval[string](b, `getComputedStyle(document.querySelector("`+sel+`")).display`)
	}
	for sel, want := range map[string]string{".plan": "none", "#print-summary": "block", "#compare": "none", "#embed": "none", "#results": "flex"} {
		if got := display(sel); got != want {
			t.Errorf("printed, %s is display: %s, want %s", sel, got, want)
		}
	}
	if got := b.textOf("#print-summary"); !strings.Contains(got, "June 22, 2026") || !strings.Contains(got, "$58.00") || !strings.Contains(got, calc.Dollars(want.Chosen.Gross)) {
		t.Errorf("the printed summary: %q", got)
	}
	b.assertClean(s.server.URL)
}
