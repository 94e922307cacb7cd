//go:build !wasm

package main

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/calc"
)

// TestBrowserTablesFit: every table of the results is readable at every
// width from a phone to a wide screen: each of its cells inside the window
// (as a table, or stacked as cards on a narrow one), none clipped, and the
// layout uses the width it has. With OFFERCALC_SHOTS set to a directory,
// it saves a screenshot of each width there, to look at.
func TestBrowserTablesFit(t *testing.T) {
	s := site.get(t)
	pinned := `["start=2026-06-22&rate=58","start=2026-05-18&end=2026-09-30&rate=47","start=2026-06-08&hours=45"]`
	// The page's tables, each named by its id or its caption's first word.
	want := []string{"compare-table", "earnings", "paychecks", "tax-year", "week-table"}
	for _, w := range []int64{360, 768, 1280, 1920} {
		t.Run(itoa(int(w)), func(t *testing.T) {
			b := newBrowser(t)
			b.do(chromedp.EmulateViewport(w, 900))
			b.open(s.server.URL + "/")
			b.do(js(`localStorage.setItem("` + pinnedKey + `.` + calc.DefaultPolicy().ID + `", '` + pinned + `')`))
			b.open(s.server.URL + "/?" + url.Values{"start": {"2026-05-11"}, "hours": {"45"}, "housing": {"3000"}, "mode": {"onsite"}, "partyear": {"1"}}.Encode())
			b.do(js(`document.querySelectorAll("details").forEach((d) => d.open = true)`))
			type table struct {
				Name                string
				Cells, Outside      int
				FirstOutside        string
				ScrollW, ClientW    float64
				Columns, PinnedCols int
			}
			tables := eval[[]table](b, `[...document.querySelectorAll("table")].filter((t) => t.offsetParent !== null).map((t) => {
				const box = t.closest(".table-scroll") || t.parentElement;
				// A stacked table's header row is there for screen readers only,
				// clipped to a pixel (app.css): not a cell on the screen.
				const shown = (c) => c.offsetParent !== null && c.textContent.trim() !== "" && !(c.closest("thead") && c.closest("thead").getBoundingClientRect().width <= 1);
				const cells = [...t.querySelectorAll("th, td")].filter(shown);
				const outside = cells.filter((c) => { const r = c.getBoundingClientRect(); return r.left < -1 || r.right > innerWidth + 1; });
				return {Name: t.id || (t.closest("[class]") && t.closest("section, div.earnings, details") || t).className.split(" ")[0],
					Cells: cells.length, Outside: outside.length, FirstOutside: outside.length ? outside[0].textContent.trim().slice(0, 40) : "",
					ScrollW: box.scrollWidth, ClientW: box.clientWidth,
					Columns: t.querySelector("tr") ? t.querySelector("tr").children.length : 0,
					PinnedCols: t.querySelectorAll("[data-unpin]").length};
			})`)
			var names []string
			for _, tb := range tables {
				names = append(names, tb.Name)
				if tb.Cells == 0 {
					t.Errorf("table %s at %d px shows no cell", tb.Name, w)
				}
				if tb.Outside > 0 || tb.ScrollW > tb.ClientW+1 {
					t.Errorf("table %s does not fit at %d px: %d of %d cells outside the window (first %q); its box %.0f px wide for %.0f px",
						tb.Name, w, tb.Outside, tb.Cells, tb.FirstOutside, tb.ClientW, tb.ScrollW)
				}
				if tb.Name == "compare-table" && (tb.PinnedCols != 3 || tb.Columns < 9) {
					t.Errorf("the comparison at %d px: %d columns, %d pinned plans, want the label, 5 dates and 3 pinned", w, tb.Columns, tb.PinnedCols)
				}
			}
			for _, n := range want {
				if !slices.Contains(names, n) {
					t.Errorf("no table %q shown at %d px (tables: %q)", n, w, names)
				}
			}
			// The results and the sections below them use the width there
			// is: no column held to a phone's width on a wide screen.
			if w >= 1280 {
				used := eval[float64](b, `Math.max(...[...document.querySelectorAll(".results, .more-section")].map((e) => e.getBoundingClientRect().width))`)
				if used < float64(w)*0.6 {
					t.Errorf("at %d px the results are %.0f px wide", w, used)
				}
			}
			if dir := os.Getenv("OFFERCALC_SHOTS"); dir != "" {
				shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(70))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "tables-"+itoa(int(w))+".jpg"), shot, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
