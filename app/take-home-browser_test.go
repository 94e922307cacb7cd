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
	b.waitText(first+".state", "$188.68")
	if n := eval[int](b, `document.querySelectorAll("#paychecks tbody tr").length`); n != 6 {
		t.Errorf("%d paychecks, want 6", n)
	}
	b.waitText("#owed-federal", "$553.00")       // the Tax Table's row for $5,500 ($550.00 by the rate schedule)
	b.waitText("#withheld-federal", "$2,714.28") // 6 × $452.38
	b.waitText("#refund-federal", "$2,161.28")
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
	waitFor(t, 20*time.Second, "other income in the owed tax", func() bool { return b.text("#owed-federal") != "$553.00" })
	b.assertClean(s.server.URL)
}

// Where the work is decides the lines: the sample posting is in Seattle,
// and shows Washington's premiums and no California line; choosing another
// state changes the figures; the F-1 student's rules are explained on the
// page.
func TestBrowserTakeHomeStates(t *testing.T) {
	s := site.get(t)
	b := newBrowser(t)
	b.open(s.server.URL + "/?policyUrl=/web/policy-sample.json&start=2026-06-01&rate=45")
	first := `#paychecks tr[data-paycheck="1"] `
	b.waitText(first+".wa-cares", "$20.88")
	b.waitText(first+".wa-pfml", "$29.06")
	if head := b.text("#paychecks thead"); strings.Contains(head, "California") || strings.Contains(head, "CA SDI") || !strings.Contains(head, "WA Cares") {
		t.Errorf("the sample posting's paycheck columns: %q", head)
	}
	if v := eval[string](b, `document.querySelector("#state").value`); v != "WA" {
		t.Errorf("the state field shows %q, want the posting's WA", v)
	}

	// New York: state tax and premiums, and no city tax until the applicant
	// says they live in New York City.
	b.do(js(`(() => { const s = document.querySelector("#state"); s.value = "NY"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`))
	b.waitText(first+".state", "$171.47")
	b.waitText(first+".ny-sdi", "$1.20")
	if head := b.text("#paychecks thead"); strings.Contains(head, "New York City") {
		t.Errorf("New York City tax before the applicant lives there: %q", head)
	}
	if q := eval[string](b, `location.search`); !strings.Contains(q, "state=NY") {
		t.Errorf("the URL does not keep the state: %q", q)
	}
	b.do(js(`document.querySelector("#locality").click()`))
	b.waitText(first+".local", "$131.10")
	b.waitText(first+".state", "$171.47")
	if q := eval[string](b, `location.search`); !strings.Contains(q, "locality=NYC") {
		t.Errorf("the URL does not keep the city: %q", q)
	}
	// Not a resident of the city after all: no city tax.
	b.do(js(`document.querySelector("#locality").click()`))
	waitFor(t, 20*time.Second, "no New York City column", func() bool {
		return !strings.Contains(b.text("#paychecks thead"), "New York City")
	})

	// An F-1 student: no Social Security, the adjustment explained.
	b.do(js(`document.querySelector("#f1").click()`))
	b.waitText(first+".social-security", "$0.00")
	waitFor(t, 20*time.Second, "the F-1 explanation", func() bool {
		n := b.text("#tax-notes")
		return strings.Contains(n, "first five calendar years") && strings.Contains(n, "no standard deduction")
	})
	b.assertClean(s.server.URL)
}
