//go:build !wasm

package main

// The harness of the browser tests: it builds the wasm once, serves it with
// the real server and as a static site, and starts a headless Chromium per
// test (a fresh profile: no cache, no service worker, no storage).

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/internal/headless"
	"github.com/offercalc/offercalc/internal/staticsite"
)

func TestMain(m *testing.M) {
	routes()
	code := m.Run()
	site.cleanup()
	os.Exit(code)
}

// testSite is the app built for the tests: its web directory (the assets
// and a fresh app.wasm) served by the real server, and the static site that
// `offercalc static` writes, served as a static host would.
type testSite struct {
	once           sync.Once
	err            error
	dir            string
	web, dist      string
	server, static *httptest.Server
}

var site testSite

func (s *testSite) get(t *testing.T) *testSite {
	t.Helper()
	s.once.Do(func() { s.err = s.build() })
	if s.err != nil {
		t.Fatalf("building the site: %v", s.err)
	}
	return s
}

func (s *testSite) build() error {
	dir, err := os.MkdirTemp("", "offercalc-e2e-")
	if err != nil {
		return err
	}
	s.dir = dir
	s.web = filepath.Join(dir, "web")
	s.dist = filepath.Join(dir, "dist")
	if err := staticsite.CopyDir(s.web, filepath.Join("..", "web")); err != nil {
		return err
	}
	for _, w := range []struct{ name, pkg string }{{"app.wasm", "."}, {"offers.wasm", "../internal/offerswasm"}} {
		for _, ext := range []string{"", ".gz", ".br"} {
			os.Remove(filepath.Join(s.web, w.name+ext))
		}
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(s.web, w.name), w.pkg)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %v\n%s", w.name, err, out)
		}
	}
	if err := writeStaticSite(s.dist, s.web); err != nil {
		return err
	}
	h, err := newServer(s.web)
	if err != nil {
		return err
	}
	s.server = httptest.NewServer(h)
	s.static = httptest.NewServer(newStaticServer(s.dist))
	return nil
}

// handlers returns the site's two ways of being served, by name: the real
// server (on the web directory) and a static host (on the static site), for
// a test that needs a server of its own, to stop.
func (s *testSite) handlers(t *testing.T) map[string]http.Handler {
	t.Helper()
	h, err := newServer(s.web)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]http.Handler{"server": h, "static": newStaticServer(s.dist)}
}

func (s *testSite) cleanup() {
	if s.server != nil {
		s.server.Close()
		s.static.Close()
	}
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}

// chromiumPath finds the browser, or skips the test loudly on a
// developer's machine without one. With CI set, a missing browser fails.
func chromiumPath(t testing.TB) string {
	t.Helper()
	if p, err := headless.Find(); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found and CI is set: the browser tests must run (apt-get install -y chromium)")
	}
	fmt.Fprintln(os.Stderr, "\n!!! SKIPPING THE BROWSER TESTS: no Chromium on this machine. Run `make test`, which installs it, or `sudo apt-get install -y chromium`. !!!")
	t.Skip("no Chromium: browser test skipped (it fails when CI is set)")
	return ""
}

// browser is one headless Chromium with a fresh profile, and what it saw:
// every request's URL and every console error or uncaught exception.
type browser struct {
	t   *testing.T
	ctx context.Context

	mu       sync.Mutex
	requests []string
	errors   []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromiumPath(t)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), headless.Options(path)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	b := &browser{t: t, ctx: ctx}
	if err := chromedp.Listen(ctx, b.record); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return b
}

func (b *browser) record(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		b.requests = append(b.requests, ev.Request.URL)
	case *runtime.EventExceptionThrown:
		b.errors = append(b.errors, "exception: "+ev.ExceptionDetails.Text+" "+describeException(ev.ExceptionDetails))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			b.errors = append(b.errors, "console.error: "+strings.Join(parts, " "))
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			b.errors = append(b.errors, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	}
}

func describeException(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

// do runs the steps, failing the test on error, with a time limit.
func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) and decodes
// its value.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// text is the trimmed text of the first element sel matches; the test fails
// if there is none.
func (b *browser) text(sel string) string {
	b.t.Helper()
	v := b.textOf(sel)
	if v == missing {
		b.t.Fatalf("reading %s: no such element", sel)
	}
	return v
}

// missing is what textOf reads when no element matches.
const missing = "<missing>"

// textOf reads the element's trimmed text in one evaluation, so that go-app
// replacing the element while it renders cannot fail the read halfway, as
// chromedp.TextContent's query-then-read could ("No node with given id");
// missing when there is no such element.
func (b *browser) textOf(sel string) string {
	b.t.Helper()
	return eval[string](b, `(() => { const e = document.querySelector(`+quoteJS(sel)+`); return e ? e.textContent.trim() : "`+missing+`"; })()`)
}

// open navigates and waits until the wasm runs the whole page: the
// prerendered HTML is there long before, so the tests wait for data-ready,
// which only the browser's OnMount sets, and data-full, set once the
// page's second part is in.
func (b *browser) open(url string) {
	b.t.Helper()
	b.do(chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"][data-full="true"]`)))
}

// waitText waits until the element's text is want.
func (b *browser) waitText(sel, want string) {
	b.t.Helper()
	b.waitTextWithin(20*time.Second, sel, want)
}

// waitTextWithin waits up to d until the element's text is want.
func (b *browser) waitTextWithin(d time.Duration, sel, want string) {
	b.t.Helper()
	deadline := time.Now().Add(d)
	got := ""
	for time.Now().Before(deadline) {
		if got = b.textOf(sel); got == want {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatalf("%s: want %q, got %q", sel, want, got)
}

// waitURL waits until the page's query contains want: the page mirrors the
// form into the URL when typing pauses, not at every keystroke.
func (b *browser) waitURL(want string) {
	b.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	got := ""
	for time.Now().Before(deadline) {
		if got = eval[string](b, `location.search`); strings.Contains(got, want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatalf("the URL's query %q does not contain %q", got, want)
}

// typeInto replaces an input's text by typing, as a person would.
func (b *browser) typeInto(sel, text string) {
	b.t.Helper()
	b.do(
		chromedp.Focus(chromedp.CSS(sel)),
		js(`document.querySelector(`+quoteJS(sel)+`).select()`),
		chromedp.KeyEvent(text),
	)
}

// js is an action that runs JavaScript for its effect.
func js(expr string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[any](expr, chromedp.EvalAwaitPromise)(ctx, t)
		return chromedp.Void{}, err
	}
}

func quoteJS(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// ignoreErrors drops the console errors seen so far that a test expects
// (a fetch it made fail on purpose).
func (b *browser) ignoreErrors(expected func(msg string) bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var others []string
	for _, e := range b.errors {
		if !expected(e) {
			others = append(others, e)
		}
	}
	b.errors = others
}

// assertClean checks that no request left the site's origin and that the
// console showed no error.
func (b *browser) assertClean(origin string) {
	b.t.Helper()
	b.mu.Lock()
	none := len(b.requests) == 0
	b.mu.Unlock()
	if none {
		b.t.Error("no request was recorded: the network listener is not working")
	}
	b.assertOrigins(origin)
}

// assertOrigins checks that every request went to one of the origins, and
// that the console showed no error.
func (b *browser) assertOrigins(origins ...string) {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, u := range b.requests {
		ok := strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:")
		for _, o := range origins {
			ok = ok || u == o || strings.HasPrefix(u, o+"/")
		}
		if !ok {
			b.t.Errorf("a request left the origins %v: %s", origins, u)
		}
	}
	for _, e := range b.errors {
		b.t.Errorf("console: %s", e)
	}
}
