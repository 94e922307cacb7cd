//go:build !wasm

package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/staticsite"
)

// Two and three widgets on one host page: each is sized to its own
// height, however the host script's arrival and theirs interleave.
func TestBrowserSeveralWidgetsSized(t *testing.T) {
	s := site.get(t)
	origin := s.server.URL
	for _, n := range []int{2, 3} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			var frames []string
			for i := range n {
				frames = append(frames, `<iframe src="`+origin+`/widget?start=2026-0`+strconv.Itoa(5+i)+`-1`+strconv.Itoa(1+i)+`" data-offercalc title="Calculator `+strconv.Itoa(i+1)+`"`+
					` style="width: 100%; max-width: 32rem; height: 100px; border: 0"></iframe>`)
			}
			host := hostSite(t, strings.Join(frames, "\n")+"\n"+`<script src="`+origin+`/web/embed.js" async></script>`)
			for round := range 3 { // the race is timing: load the page a few times
				b := newBrowser(t)
				b.do(chromedp.Navigate(host + "/"))
				var hs []float64
				defer func() {
					if t.Failed() {
						t.Logf("round %d: iframe heights %v, messages %s", round, hs, eval[string](b, `JSON.stringify(window.heights)`))
					}
				}()
				waitFor(t, widgetWait, "every widget sized", func() bool {
					hs = eval[[]float64](b, `[...document.querySelectorAll("iframe[data-offercalc]")].map((f) => f.getBoundingClientRect().height)`)
					for _, h := range hs {
						if h <= 100 {
							return false
						}
					}
					return len(hs) == n
				})
				if round == 0 {
					b.assertOrigins(host, origin)
				}
			}
		})
	}
}

// theme=light|dark in the link sets the widget's colours, whatever the
// system says; without it the system's setting is followed.
func TestBrowserWidgetTheme(t *testing.T) {
	s := site.get(t)
	for _, c := range []struct{ system, theme, want string }{
		{"light", "dark", "dark"}, {"dark", "light", "light"}, {"dark", "", "dark"}, {"light", "auto", "light"},
	} {
		b := newBrowser(t)
		b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: c.system}},
			})
			return err
		}))
		u := s.server.URL + "/widget?start=2026-05-11"
		if c.theme != "" {
			u += "&theme=" + c.theme
		}
		b.do(chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS(`#widget[data-ready="true"]`)))
		got := eval[string](b, `document.documentElement.dataset.theme + " " + getComputedStyle(document.body).backgroundColor`)
		dark := strings.HasPrefix(got, "dark rgb(18, 20, 23)")
		light := strings.HasPrefix(got, "light rgb(247, 247, 245)")
		if c.want == "dark" && !dark || c.want == "light" && !light {
			t.Errorf("system %s, theme=%q: %s, want %s", c.system, c.theme, got, c.want)
		}
		if c.theme != "" && !strings.Contains(eval[string](b, `location.search`), "theme="+c.theme) {
			t.Errorf("the widget's link lost theme=%s", c.theme)
		}
	}
}

// A first visit installs the service worker quietly: no "has been
// updated" for a page that is up to date.
func TestBrowserFirstVisitIsNotAnUpdate(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	var mu sync.Mutex
	var logs []string
	if err := chromedp.Listen(b.ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
			mu.Lock()
			for _, a := range e.Args {
				logs = append(logs, string(a.Value))
			}
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	b.open(s.server.URL + "/")
	waitFor(t, 30*time.Second, "the service worker installed", func() bool {
		return eval[bool](b, `navigator.serviceWorker.getRegistration().then(r => !!(r && r.active))`)
	})
	time.Sleep(time.Second)
	if eval[bool](b, `!!document.getElementById("update-ready")`) {
		t.Error("a first visit says a new version is ready")
	}
	b.open(s.server.URL + "/")
	time.Sleep(time.Second)
	if eval[bool](b, `!!document.getElementById("update-ready")`) {
		t.Error("the second visit says a new version is ready, with none")
	}
	mu.Lock()
	for _, l := range logs {
		if strings.Contains(l, "has been updated") {
			t.Errorf("the console says %s", l)
		}
	}
	mu.Unlock()
	b.assertClean(s.server.URL)
}

// When the browser refuses the clipboard, "Copy" says so and offers the
// text to select; it never says "Copied".
func TestBrowserCopyRefused(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/")
	b.permit(s.server.URL, cdpbrowser.PermissionSettingDenied, "clipboard-write")
	b.do(js(`navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"))`))
	b.do(chromedp.Click(chromedp.CSS("#copy-availability")))
	waitFor(t, 10*time.Second, "the refusal said", func() bool { return strings.Contains(b.textOf(".notice"), "did not let the page copy") })
	if got := b.text("#copy-availability"); got != "Copy" {
		t.Errorf("the button says %q after a refusal", got)
	}
	b.do(chromedp.Click(chromedp.CSS("#copy-link")))
	waitFor(t, 10*time.Second, "the link's refusal said", func() bool { return b.textOf("#export-status") != "" })
	if got := b.text("#export-status"); strings.HasPrefix(got, "Copied") {
		t.Errorf("copy link: %q after a refusal", got)
	}
	// The embed snippet's button, and the part-year letter's.
	b.do(js(`document.getElementById("copy-embed").click()`))
	waitFor(t, 10*time.Second, "the embed's refusal said", func() bool { return strings.Contains(b.textOf(".notice"), "select the HTML to embed") })
	if got := b.text("#copy-embed"); got != "Copy" {
		t.Errorf("the embed's button says %q after a refusal", got)
	}
	b.typeInto("#rate", "50")
	b.do(js(`document.getElementById("partyear").click()`))
	b.do(chromedp.WaitVisible(chromedp.CSS("#copy-letter")))
	b.do(js(`document.getElementById("copy-letter").click()`))
	waitFor(t, 10*time.Second, "the letter's refusal said", func() bool { return strings.Contains(b.textOf("#letter-status"), "did not let the page copy") })
	b.assertClean(s.server.URL)
}

// The part-year method's written request is on the page, filled in with
// the employer, the dates and the figures; it can be copied and printed
// alone.
func TestBrowserPartYearLetter(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-11&partyear=1")
	letter := b.text("#part-year-letter")
	for _, want := range []string{"TikTok", "May 11, 2026", "part-year", "§31.3402(h)(4)-1(c)", "245 days"} {
		if !strings.Contains(letter, want) {
			t.Errorf("the letter does not say %q:\n%s", want, letter)
		}
	}
	b.permit(s.server.URL, cdpbrowser.PermissionSettingGranted, "clipboard-read", "clipboard-write")
	b.do(chromedp.Click(chromedp.CSS("#copy-letter")))
	waitFor(t, 10*time.Second, "copied", func() bool { return strings.HasPrefix(b.textOf("#letter-status"), "Copied") })
	if got := eval[string](b, `navigator.clipboard.readText()`); strings.TrimSpace(got) != letter {
		t.Errorf("the clipboard holds:\n%s\nwant the letter:\n%s", got, letter)
	}
	// Printing shows the letter alone (html.printing-letter) while the
	// print dialog is up, and the page after.
	b.do(js(`window.print = () => { window.printedAlone = document.documentElement.classList.contains("printing-letter") &&
		getComputedStyle(document.querySelector("#part-year-letter")).visibility === "visible"; }`))
	b.do(chromedp.Click(chromedp.CSS("#print-letter")))
	waitFor(t, 10*time.Second, "printed", func() bool { return eval[bool](b, `window.printedAlone === true`) })
	if eval[bool](b, `document.documentElement.classList.contains("printing-letter")`) {
		t.Error("the page stays in its letter-printing state after printing")
	}
	b.assertClean(s.server.URL)
}

// A full local storage does not lose the plan silently: the page says it
// could not keep it, and the link still does.
func TestBrowserStorageFull(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/")
	b.do(js(`Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }`))
	b.typeInto("#rate", "51")
	b.waitURL("rate=51")
	waitFor(t, 10*time.Second, "the notice", func() bool { return strings.Contains(b.textOf(".notice"), "could not be saved on this device") })
	b.assertClean(s.server.URL)
}

// A shared link never replaces the plan saved on this device: the page
// shows the link's plan, offers to go back to the saved one, and saves
// only once the applicant changes something. Plans are kept per posting.
func TestBrowserSharedLinkKeepsTheSavedPlan(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-18")
	b.typeInto("#rate", "47")
	b.typeInto("#hours", "30")
	b.waitURL("hours=30")
	key := storageKey + calc.DefaultPolicy().ID
	saved := eval[string](b, `localStorage.getItem("`+key+`")`)
	if !strings.Contains(saved, "rate=47") {
		t.Fatalf("saved %q", saved)
	}
	b.open(s.server.URL + "/?start=2026-06-08&rate=58")
	b.waitText("#gross-chosen", calc.Dollars(mustCompute(t, "start=2026-06-08&rate=58").Chosen.Gross))
	time.Sleep(2 * settleDelay)
	if got := eval[string](b, `localStorage.getItem("`+key+`")`); got != saved {
		t.Errorf("opening a link replaced the saved plan: %q, was %q", got, saved)
	}
	b.do(chromedp.Click(chromedp.CSS("#use-saved")))
	waitFor(t, 10*time.Second, "the saved plan back", func() bool { return eval[string](b, `document.getElementById("rate").value`) == "47" })

	// Another posting does not take this one's plan.
	b.open(s.server.URL + "/?policyUrl=/web/policy-sample.json")
	waitFor(t, 10*time.Second, "the sample posting", func() bool { return b.textOf("#posting-name") != calc.DefaultPolicy().Title })
	if r, h := eval[string](b, `document.getElementById("rate").value`), eval[string](b, `document.getElementById("hours").value`); r == "47" || h == "30" {
		t.Errorf("the sample posting took the shipped posting's plan: rate %q hours %q", r, h)
	}

	// Start over: the posting's defaults, and nothing kept.
	b.open(s.server.URL + "/")
	b.do(chromedp.Click(chromedp.CSS("#start-over")))
	b.waitText("#gross-chosen", "$25,200.00")
	if got := eval[string](b, `localStorage.getItem("`+key+`") || ""`); got != "" {
		t.Errorf("after starting over, kept %q", got)
	}
	b.assertClean(s.server.URL)
}

// A policyUrl that answers too slowly, or with too much, says why instead
// of "Loading…" for a minute or a 64 MB download; one redirected to
// another site says so in words.
func TestBrowserPolicyURLLimits(t *testing.T) {
	s := site.get(t)
	h, err := newServer(s.web)
	if err != nil {
		t.Fatal(err)
	}
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) }))
	defer other.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/slow.json", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
	})
	mux.HandleFunc("/huge.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(64<<20))
		chunk := []byte(strings.Repeat(" ", 1<<16))
		for i := 0; i < 1024; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	// The same without a length (chunked): the page stops reading past the
	// limit; the server counts what it could write before the page hung up.
	var chunkedSent atomic.Int64
	mux.HandleFunc("/chunked.json", func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat(" ", 1<<16))
		for i := 0; i < 1024; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			chunkedSent.Add(int64(len(chunk)))
		}
	})
	mux.HandleFunc("/away.json", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/p.json", http.StatusFound)
	})
	mux.Handle("/", h)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, c := range []struct{ path, want string }{
		{"/huge.json", "larger than 256 KB"},
		{"/chunked.json", "larger than 256 KB"},
		{"/away.json", "the address redirects elsewhere"},
		{"/slow.json", "did not arrive within 15 seconds"},
	} {
		b := newBrowser(t)
		start := time.Now()
		b.do(chromedp.Navigate(srv.URL + "/?policyUrl=" + c.path))
		waitFor(t, 40*time.Second, c.path+"'s message", func() bool { return strings.Contains(b.textOf("#policy-error-message"), c.want) })
		if d := time.Since(start); d > 30*time.Second {
			t.Errorf("%s: %v to say so", c.path, d)
		}
		if b.textOf("#gross-chosen") != missing {
			t.Errorf("%s: figures shown for terms that could not be read", c.path)
		}
	}
	// 64 MB were on offer; what the socket buffers hold is a few MB.
	if n := chunkedSent.Load(); n > 16<<20 {
		t.Errorf("the page read %d MB of a chunked file before it gave up, want it to stop soon after 256 KB", n>>20)
	}
}

// An update reaches every user: serve one version, visit, serve another,
// visit: the page offers to reload into the new version, which runs from
// then on, and the plan saved on the device survives. Whether the
// browser's HTTP cache still holds the old app.wasm or not.
func TestBrowserUpdateArrives(t *testing.T) {
	s := site.get(t)
	dir := t.TempDir()
	v1, v2 := filepath.Join(dir, "v1"), filepath.Join(dir, "v2")
	for _, d := range []string{v1, v2} {
		if err := staticsite.CopyDir(d, s.web); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"app.wasm.gz", "app.wasm.br"} {
		os.Remove(filepath.Join(v2, f))
	}
	// The first version was built a month ago: served with Last-Modified
	// and no Cache-Control, a browser would take its app.wasm as fresh for
	// days (a tenth of its age) and install the next version with it.
	month := time.Now().AddDate(0, -1, 0)
	if err := filepath.WalkDir(v1, func(name string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.Chtimes(name, month, month)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w -X main.buildStamp=v2", "-o", filepath.Join(v2, "app.wasm"), ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the second version: %v\n%s", err, out)
	}
	for _, primed := range []bool{true, false} {
		// Primed: the host sends Last-Modified and no Cache-Control, as the
		// one that showed the bug did, so the browser's HTTP cache takes the
		// old app.wasm as fresh for days: only the worker's own fetches,
		// which ask the server, get the new one.
		serve := func(web string) http.Handler {
			h, err := newServer(web)
			if err != nil {
				t.Fatal(err)
			}
			if primed {
				return withoutCacheControl(h)
			}
			return h
		}
		t.Run(map[bool]string{true: "HTTP cache primed", false: "HTTP cache empty"}[primed], func(t *testing.T) {
			var current atomic.Value
			current.Store(serve(v1))
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				current.Load().(http.Handler).ServeHTTP(w, r)
			}))
			defer srv.Close()
			b := newBrowser(t)
			b.open(srv.URL + "/")
			waitFor(t, 30*time.Second, "the first version installed", func() bool {
				return eval[bool](b, `navigator.serviceWorker.getRegistration().then(r => !!(r && r.active))`)
			})
			b.typeInto("#rate", "51")
			b.waitURL("rate=51")
			b.open(srv.URL + "/") // served by the first version's worker now
			if got := eval[string](b, `document.documentElement.dataset.build || ""`); got != "" {
				t.Fatalf("the first version runs %q", got)
			}
			if !primed {
				b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
					_, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{})
					return err
				}))
			}

			current.Store(serve(v2))
			b.open(srv.URL + "/")
			// The worker finds the new version, installs it past the HTTP
			// cache, and the page offers to reload.
			b.do(chromedp.WaitVisible(chromedp.CSS("#update-ready")))
			b.do(chromedp.Click(chromedp.CSS("#reload-app")))
			waitFor(t, 30*time.Second, "the new version running", func() bool {
				return eval[string](b, `((document.documentElement && document.documentElement.dataset.build) || "") + (document.querySelector('#calculator[data-ready="true"]') ? " ready" : "")`) == "v2 ready"
			})
			if got := eval[string](b, `document.getElementById("rate").value`); got != "51" {
				t.Errorf("after the update the rate is %q, want the saved 51", got)
			}
			// And on every visit after.
			b.open(srv.URL + "/")
			if got := eval[string](b, `document.documentElement.dataset.build || ""`); got != "v2" {
				t.Errorf("the next visit runs %q", got)
			}
			b.assertClean(srv.URL)
		})
	}
}

// withoutCacheControl serves h as a host that sends no Cache-Control.
func withoutCacheControl(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(noCacheControl{w}, r)
	})
}

type noCacheControl struct{ http.ResponseWriter }

func (w noCacheControl) WriteHeader(code int) {
	w.Header().Del("Cache-Control")
	w.ResponseWriter.WriteHeader(code)
}

func (w noCacheControl) Write(b []byte) (int, error) {
	w.Header().Del("Cache-Control")
	return w.ResponseWriter.Write(b)
}

// permit sets the browser's permissions names for origin.
func (b *browser) permit(origin string, setting cdpbrowser.PermissionSetting, names ...string) {
	b.t.Helper()
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		for _, name := range names {
			if _, err := chromedp.Call(ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
				Permission: &cdpbrowser.PermissionDescriptor{Name: name}, Setting: setting, Origin: origin,
			}); err != nil {
				return err
			}
		}
		return nil
	}))
}
