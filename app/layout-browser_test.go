//go:build !wasm

package main

import (
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/calc"
)

// TestBrowserTablesFit: every table of the results is readable at every
// width from a phone to a wide screen: inside the window, or stacked as
// cards on a narrow one; none clipped.
func TestBrowserTablesFit(t *testing.T) {
	s := site.get(t)
	pinned := `["start=2026-06-22&rate=58","start=2026-05-18&end=2026-09-30&rate=47","start=2026-06-08&hours=45"]`
	for _, w := range []int64{360, 768, 1280, 1920} {
		t.Run(itoa(int(w)), func(t *testing.T) {
			b := newBrowser(t)
			b.do(chromedp.EmulateViewport(w, 900))
			b.open(s.server.URL + "/")
			b.do(js(`localStorage.setItem("` + pinnedKey + `.` + calc.DefaultPolicy().ID + `", '` + pinned + `')`))
			b.open(s.server.URL + "/?" + url.Values{"start": {"2026-05-11"}, "hours": {"45"}, "housing": {"3000"}, "mode": {"onsite"}, "partyear": {"1"}}.Encode())
			b.do(js(`document.querySelectorAll("details").forEach((d) => d.open = true)`))
			type table struct {
				ID                 string
				Left, Right, Width float64
				ScrollW, ClientW   float64
				Stacked            bool
			}
			tables := eval[[]table](b, `[...document.querySelectorAll("table")].filter((t) => t.offsetParent !== null).map((t) => {
				const r = t.getBoundingClientRect();
				const box = t.closest(".table-scroll") || t.parentElement;
				return {ID: t.id || t.className, Left: r.left, Right: r.right, Width: innerWidth,
					ScrollW: box.scrollWidth, ClientW: box.clientWidth, Stacked: getComputedStyle(t).display === "block"};
			})`)
			if len(tables) < 4 {
				t.Fatalf("%d tables shown", len(tables))
			}
			for _, tb := range tables {
				if tb.Right > tb.Width+1 || tb.Left < -1 || tb.ScrollW > tb.ClientW+1 {
					t.Errorf("table %s does not fit at %d px: from %.0f to %.0f px, its box %0.f px wide for %0.f px", tb.ID, w, tb.Left, tb.Right, tb.ClientW, tb.ScrollW)
				}
			}
		})
	}
}
