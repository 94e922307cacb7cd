//go:build !wasm

package main

import (
	"math"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// TestBrowserMountKeepsTheReadersPlace: on a slow connection the
// prerendered page is readable long before the wasm arrives. A reader who
// has scrolled down to the take-home estimate must still be looking at it
// once the wasm has mounted the page and built its second part. go-app
// replaces the prerendered DOM, and the first render in the browser is
// shorter (the second part follows when input pauses): on a phone the page
// goes from about 12,000 px to 6,000 for that moment, the scroll is
// clamped, and Chromium puts it back when the page grows again. This test
// holds the wasm request until the reader has scrolled.
func TestBrowserMountKeepsTheReadersPlace(t *testing.T) {
	s := site.get(t)
	for _, c := range []struct {
		name          string
		width, height int64
	}{{"phone", 360, 740}, {"desktop", 1280, 900}} {
		t.Run(c.name, func(t *testing.T) {
			b := newBrowser(t)
			held := make(chan fetch.RequestID, 1)
			if err := chromedp.Listen(b.ctx, func(ev any) {
				if e, ok := ev.(*fetch.EventRequestPaused); ok {
					held <- e.RequestID
				}
			}); err != nil {
				t.Fatal(err)
			}
			b.do(chromedp.EmulateViewport(c.width, c.height))
			// Hold the wasm back, as a slow connection would.
			if _, err := chromedp.Call(b.ctx, fetch.Enable, fetch.EnableParams{
				Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.wasm*"}},
			}); err != nil {
				t.Fatal(err)
			}
			b.do(chromedp.Navigate(s.server.URL + "/?start=2026-06-22"))
			var wasm fetch.RequestID
			select {
			case wasm = <-held:
			case <-time.After(30 * time.Second):
				t.Fatal("the page never asked for the wasm")
			}
			const where = `document.getElementById("take-home-title").getBoundingClientRect().top`
			before := eval[float64](b, `(() => { document.getElementById("take-home-title").scrollIntoView(); return `+where+`; })()`)
			if _, err := chromedp.Call(b.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: wasm}); err != nil {
				t.Fatal(err)
			}
			b.do(chromedp.WaitVisible(chromedp.CSS(`#calculator[data-ready="true"][data-full="true"]`)))
			if after := eval[float64](b, where); math.Abs(after-before) > 48 {
				t.Errorf("the take-home heading moved from %.0f px to %.0f px from the top of the window when the wasm took over", before, after)
			}
		})
	}
}
