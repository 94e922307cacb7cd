//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"
)

// The public worked example of the tax spec: single, W-4 defaults, one DE 4
// allowance, biweekly, 40 h a week for 12 weeks at $45, no other income.
func TestBrowserTakeHomeWorkedExample(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?start=2026-05-11&rate=45")
	first := `#paychecks tr[data-paycheck="1"] `
	b.waitText(first+".gross", "$3,600.00")
	b.waitText(first+".federal", "$452.38")
	b.waitText(first+".social-security", "$223.20")
	b.waitText(first+".medicare", "$52.20")
	b.waitText(first+".sdi", "$46.80")
	b.waitText(first+".california", "$188.68")
	if n := eval[int](b, `document.querySelectorAll("#paychecks tbody tr").length`); n != 6 {
		t.Errorf("%d paychecks, want 6", n)
	}
	b.waitText("#owed-federal", "$550.00")
	b.waitText("#withheld-federal", "$2,714.28") // 6 × $452.38
	b.waitText("#refund-federal", "$2,164.28")
	if why := b.text(".why"); !strings.Contains(why, "as if you earned it all year") {
		t.Errorf(".why = %q", why)
	}
	if note := b.text(".estimate-note"); !strings.Contains(note, "not tax advice") || !strings.Contains(note, "2026") {
		t.Errorf(".estimate-note = %q", note)
	}
	if th := b.text("#tax-year"); !strings.Contains(th, "(provisional)") {
		t.Errorf("the provisional California figure is not marked: %q", th)
	}

	// The inputs live in the URL like the rest, and a bad one is answered.
	b.do(js(`document.querySelector("#partyear").click()`))
	waitFor(t, 20*time.Second, "the part-year figures", func() bool {
		return eval[bool](b, `!!document.querySelector("#part-year")`)
	})
	if q := eval[string](b, `location.search`); !strings.Contains(q, "partyear=1") {
		t.Errorf("the URL does not keep the part-year choice: %q", q)
	}
	if py := b.text("#part-year"); !strings.Contains(py, "instead of $2,714.28") {
		t.Errorf("#part-year = %q", py)
	}
	b.typeInto("#other", "-5")
	b.waitText("#other-error", `Not accepted: "-5". Enter an amount of $0 or more.`)
	b.waitText(first+".federal", "$452.38") // the last good estimate stays
	b.typeInto("#other", "60000")
	waitFor(t, 20*time.Second, "other income in the owed tax", func() bool { return b.text("#owed-federal") != "$550.00" })
	b.assertClean(s.server.URL)
}
