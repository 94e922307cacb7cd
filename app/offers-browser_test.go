//go:build !wasm

package main

import (
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/shopspring/decimal"
)

// The offers page (/postings, /compare: internal/offers in web/offers.wasm)
// in a real browser.

func corpusText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "calc", "posting", "testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// openOffers opens an offers page and waits until its program runs it.
func (b *browser) openOffers(u string) {
	b.t.Helper()
	b.do(chromedp.Navigate(u), chromedp.WaitVisible(chromedp.CSS(`html.app-ready #offers-main`)))
}

// paste puts text in the posting box, as a paste does, and reads it.
func (b *browser) paste(text string) {
	b.t.Helper()
	b.do(js(`(() => { const t = document.getElementById("posting-text"); t.value = ` + jsString(text) + `;
		t.dispatchEvent(new Event("input", {bubbles: true})); document.getElementById("read-posting").click(); })()`))
	waitFor(b.t, 20*time.Second, "the terms as read", func() bool { return b.textOf("#editor-title") == "Check the terms as read" })
}

func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "`", "\\`", "${", "\\${")
	return "`" + r.Replace(s) + "`"
}

// The shipped posting's text, pasted, gives the shipped posting's figures
// in the calculator.
func TestBrowserPasteShippedPosting(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-11")
	want := map[string]string{}
	for _, sel := range []string{"#summary-gross", "#verdict", "#sick-hours", "#holidays", "#net-window", "#refund-total", ".checks"} {
		want[sel] = b.text(sel)
	}
	b.openOffers(s.server.URL + "/postings")
	b.paste(corpusText(t, "00-shipped.txt"))
	if got := eval[string](b, `document.getElementById("edit-band.min").value + "-" + document.getElementById("edit-band.max").value`); got != "45-60" {
		t.Errorf("the band as read: %s", got)
	}
	if n := eval[int](b, `document.querySelectorAll("#source mark").length`); n < 8 {
		t.Errorf("%d lines marked in the text", n)
	}
	href := eval[string](b, `document.getElementById("open-edited").getAttribute("href")`)
	b.open(s.server.URL + href + "&start=2026-05-11")
	for sel, w := range want {
		if got := b.text(sel); got != w {
			t.Errorf("%s: %q, the shipped posting's %q", sel, got, w)
		}
	}
	b.assertClean(s.server.URL)
}

// Paste another posting, edit a term, save it, reload: it is among your
// postings, with the edit, in the calculator's list too.
func TestBrowserPasteEditSaveReload(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.openOffers(s.server.URL + "/postings")
	b.paste(corpusText(t, "01-seattle-markdown.txt"))
	b.typeInto(`[id="edit-band.min"]`, "50")
	b.typeInto("#edit-name", "Northwind in Seattle")
	// A bad value: its message beside it, and nothing to save.
	b.typeInto("#edit-programWeeks", "0")
	waitFor(t, 10*time.Second, "the weeks' message", func() bool {
		return strings.Contains(b.textOf("#edit-programWeeks-error"), "weeks") && b.textOf("#save-posting") == missing
	})
	if v := eval[string](b, `document.getElementById("edit-programWeeks").getAttribute("aria-invalid")`); v != "true" {
		t.Errorf("aria-invalid %q", v)
	}
	b.typeInto("#edit-programWeeks", "12")
	b.do(chromedp.Click(chromedp.CSS("#save-posting")))
	b.waitText("#editor-status", `Saved to your postings as "Northwind in Seattle".`)

	b.openOffers(s.server.URL + "/postings")
	waitFor(t, 10*time.Second, "the saved posting listed", func() bool { return strings.Contains(b.textOf("#your-postings"), "Northwind in Seattle") })
	b.do(chromedp.Click(chromedp.CSS(`#your-postings [data-action="edit"]`)))
	waitFor(t, 10*time.Second, "the editor again", func() bool {
		return eval[string](b, `(document.getElementById("edit-band.min") || {}).value || ""`) == "50"
	})
	if got := eval[string](b, `document.getElementById("posting-text").value`); !strings.Contains(got, "Northwind") {
		t.Errorf("the text is not back beside the terms: %.80q", got)
	}

	// The calculator lists it, and computes it with its own plan.
	b.open(s.server.URL + "/")
	b.do(chromedp.Click(chromedp.CSS("#posting-panel summary")))
	waitFor(t, 10*time.Second, "the calculator's list", func() bool { return strings.Contains(b.textOf("#your-postings"), "Northwind in Seattle") })
	b.do(js(`document.querySelector('#your-postings [data-use]:not([data-use=""])').click()`))
	b.waitText("#posting-name", "Data Engineering Intern (Summer 2026)")
	b.typeInto("#rate", "55")
	b.waitURL("rate=55")
	b.open(s.server.URL + "/")
	b.do(js(`document.querySelector('#your-postings [data-use]:not([data-use=""])').click()`))
	waitFor(t, 10*time.Second, "its kept plan", func() bool { return eval[string](b, `document.getElementById("rate").value`) == "55" })
	b.assertClean(s.server.URL)
}

// Three offers from three states, side by side: each column is what
// `offercalc quote` says of that offer.
func TestBrowserCompareThreeStates(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.openOffers(s.server.URL + "/postings")
	for _, f := range []string{"01-seattle-markdown.txt", "02-nyc-html.txt"} {
		b.paste(corpusText(t, f))
		b.do(chromedp.Click(chromedp.CSS("#save-posting")))
		waitFor(t, 10*time.Second, "saved", func() bool { return strings.HasPrefix(b.textOf("#editor-status"), "Saved") })
	}
	// One at a time: each tick writes the list again.
	for i := 0; i < 3; i++ {
		b.do(js(`document.querySelectorAll('#your-postings input[type="checkbox"]')[` + strconv.Itoa(i) + `].click()`))
	}
	b.do(chromedp.Click(chromedp.CSS("#compare-chosen")))
	b.do(chromedp.WaitVisible(chromedp.CSS(`html.app-ready #offers-table`)))
	b.typeInto("#o2-rent", "2400")
	b.typeInto("#o1-travel", "450")
	b.typeInto("#o0-housing", "3000") // the shipped posting offers housing
	waitFor(t, 10*time.Second, "the costs and housing counted", func() bool {
		return strings.Contains(b.textOf(`#offers-table tr[data-row="costs"]`), "$450.00") &&
			!strings.HasPrefix(b.textOf(`#offers-table tr[data-row="housing-after-tax"] td`), "$0.00")
	})
	search := eval[string](b, `location.search`)
	v, err := url.ParseQuery(strings.TrimPrefix(search, "?"))
	if err != nil || len(v[link.KeyOffer]) != 3 {
		t.Fatalf("the comparison's link %q: %v", search, err)
	}
	cells := eval[[][]string](b, `[...document.querySelectorAll("#offers-table tbody tr")].map((tr) =>
		[tr.dataset.row, ...[...tr.querySelectorAll("td")].map((td) => td.firstChild.textContent.trim())])`)
	rows := map[string][]string{}
	for _, r := range cells {
		rows[r[0]] = r[1:]
	}
	states := []string{"CA", "WA", "NY"}
	for i, q := range v[link.KeyOffer] {
		out := quoteOutput(t, "", q)
		sum := out.Summary
		if out.TakeHome.State != states[i] {
			t.Errorf("offer %d is taxed in %s, want %s", i+1, out.TakeHome.State, states[i])
		}
		for _, c := range []struct{ row, want string }{
			{"gross", dollarsOf(t, sum.Gross)}, {"net-per-paycheck", dollarsOf(t, sum.NetPerPaycheck)},
			{"net-by-last-day", dollarsOf(t, sum.NetByLastDay)}, {"housing-after-tax", dollarsOf(t, sum.HousingAfterTax)},
			{"costs", dollarsOf(t, sum.Costs)}, {"left", dollarsOf(t, sum.Left)}, {"refund", dollarsOf(t, sum.Refund)},
			{"sick-hours", sum.SickHours + " h"}, {"holidays", strconv.Itoa(sum.Holidays)}, {"verdict", verdictLabel[sum.Verdict]},
		} {
			if got := rows[c.row]; len(got) != 3 || got[i] != c.want {
				t.Errorf("offer %d, %s: the page shows %q, quote says %s", i+1, c.row, got, c.want)
			}
		}
	}
	if h := rows["housing-after-tax"]; len(h) != 3 || h[0] == "$0.00" {
		t.Errorf("housing after tax %q: the housing allowance typed is not counted", h)
	}
	// The link alone, in another browser, shows the same comparison.
	b2 := newBrowser(t)
	b2.openOffers(s.server.URL + "/compare" + search)
	b2.do(chromedp.WaitVisible(chromedp.CSS(`#offers-table`)))
	if got := b2.text(`#offers-table tr[data-row="left"]`); got != b.text(`#offers-table tr[data-row="left"]`) {
		t.Errorf("from the link alone: %q", got)
	}
	b.assertClean(s.server.URL)
	b2.assertClean(s.server.URL)
}

// verdictLabel is a quote's verdict as the comparison writes it.
var verdictLabel = map[string]string{"pass": "OK", "warn": "Check", "fail": "Fails", "unknown": "Not given"}

// dollarsOf is a quote's amount as the page writes it.
func dollarsOf(t *testing.T, s string) string {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatal(err)
	}
	if d.IsNegative() {
		return "−" + calc.Dollars(d.Neg())
	}
	return calc.Dollars(d)
}
