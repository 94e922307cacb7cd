//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestEmbedSnippet(t *testing.T) {
	q := url.Values{"start": {"2026-05-18"}, "rate": {"50"}, "policy": {"eyJ0aXRsZSI6IngifQ"}}
	got := embedSnippet("https://calc.example", q)
	for _, want := range []string{
		`<iframe src="https://calc.example/widget?policy=eyJ0aXRsZSI6IngifQ&amp;rate=50&amp;start=2026-05-18"`,
		` data-offercalc `,
		` title="Internship offer calculator"`,
		"</iframe>\n",
		`<script src="https://calc.example/web/embed.js" async></script>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the snippet has no %s:\n%s", want, got)
		}
	}
	// A value that HTML would read as markup is escaped twice over: by the
	// query's encoding, and by the attribute's.
	got = embedSnippet("", url.Values{"rate": {`"><script>`}})
	if strings.Contains(got, `"><script>`) || !strings.Contains(got, `src="/widget?rate=%22%3E%3Cscript%3E"`) {
		t.Errorf("an unescaped value: %s", got)
	}
	if got := embedSnippet("", nil); !strings.Contains(got, `src="/widget"`) {
		t.Errorf("no query: %s", got)
	}
}

// The host script can be inlined in a page, which the README offers: it
// must hold no closing script tag, and it listens for the widget's message.
func TestEmbedScript(t *testing.T) {
	js, err := os.ReadFile("../web/embed.js")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(string(js)), "</script") {
		t.Error("web/embed.js holds a closing script tag: inlined, it would end the script early")
	}
	if !strings.Contains(string(js), `"`+heightMessage+`"`) {
		t.Errorf("web/embed.js does not handle %q", heightMessage)
	}
}

func TestWidgetRendersItsIDs(t *testing.T) {
	e := app.NewTestEngine()
	w := newWidgetPage().(*widgetPage)
	if err := e.Load(w); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(w)
	for _, id := range []string{"widget", "start", "end", "rate", "verdict", "gross-chosen", "holidays", "sick-hours", "open-full"} {
		if !strings.Contains(html, `id="`+id+`"`) {
			t.Errorf("no #%s in the widget", id)
		}
	}
	if !hasText(html, "gross-chosen", "$25,200.00") || !hasText(html, "sick-hours", "56") {
		t.Error("the widget lacks its figures")
	}
	for _, want := range []string{`data-status="warn"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the widget lacks %s", want)
		}
	}
	if strings.Contains(html, `data-ready="true"`) {
		t.Error("a widget rendered outside the browser claims to be interactive")
	}
}

func get(t *testing.T, u string) (*http.Response, string) {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	return res, string(body)
}

func TestWidgetServedForFraming(t *testing.T) {
	srv := testServer(t)

	res, page := get(t, srv.URL+"/widget?start=2026-06-22&rate=50")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("/widget: %s", res.Status)
	}
	if !hasText(page, "gross-chosen", "$24,000.00") {
		t.Error("the widget is not prerendered with the query's gross")
	}
	// Another site may frame it: nothing forbids it.
	if v := res.Header.Get("X-Frame-Options"); v != "" {
		t.Errorf("X-Frame-Options: %s", v)
	}
	csp := res.Header.Get("Content-Security-Policy")
	if csp == "" || strings.Contains(csp, "frame-ancestors") || strings.Contains(page, "frame-ancestors") {
		t.Errorf("the CSP limits who may frame the widget: %s", csp)
	}

	// The terms of a posting in the link are checked on the server too: an
	// invalid posting prerenders its error, a file to fetch a wait, and
	// neither a figure.
	for q, want := range map[string]string{
		"policy=bm90IGpzb24":                `id="policy-error"`,
		"policyUrl=/web/policy-sample.json": `id="policy-status"`,
	} {
		for _, path := range []string{"/widget", "/"} {
			_, page := get(t, srv.URL+path+"?start=2026-06-22&"+q)
			if !strings.Contains(page, want) || strings.Contains(page, `id="gross-chosen"`) {
				t.Errorf("%s?%s: want %s and no figures", path, q, want)
			}
		}
	}

	_, worker := get(t, srv.URL+"/app-worker.js")
	for _, r := range []string{`"/widget"`, `"/web/embed.js"`, `"/web/policy-sample.json"`} {
		if !strings.Contains(worker, r) {
			t.Errorf("the service worker does not cache %s", r)
		}
	}
	res, _ = get(t, srv.URL+"/web/embed.js")
	if ct := res.Header.Get("Content-Type"); !strings.Contains(ct, "javascript") {
		t.Errorf("/web/embed.js is served as %q", ct)
	}
}

func TestStaticSiteHasTheWidget(t *testing.T) {
	out := testStaticSite(t)
	for _, f := range []string{"widget.html", "web/embed.js", "web/policy-sample.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("the static site has no %s", f)
		}
	}
	srv := httptest.NewServer(newStaticServer(out))
	defer srv.Close()
	res, page := get(t, srv.URL+"/widget?start=2026-06-22")
	// Prerendered once, with the default plan; the browser reads the query.
	if res.StatusCode != http.StatusOK || !strings.Contains(page, `id="widget"`) || !hasText(page, "gross-chosen", "$25,200.00") {
		t.Errorf("/widget on the static site: %s", res.Status)
	}
}

// go-app's server writes attributes Go-quoted, not HTML-escaped: what the
// widget puts in an attribute from a link is escaped first, so a link
// cannot inject markup into the prerendered page.
func TestWidgetPrerenderEscapesTheLink(t *testing.T) {
	srv := testServer(t)
	_, page := get(t, srv.URL+"/widget?rate="+url.QueryEscape(`x"><h1 id=injected>`))
	if strings.Contains(page, "<h1 id=injected>") {
		t.Error("a value from the link is markup in the prerendered widget")
	}
	if !strings.Contains(page, `value="x&#34;&gt;&lt;h1 id=injected&gt;"`) {
		t.Error("the typed value is not in the prerendered field")
	}
}
