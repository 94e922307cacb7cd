package offers

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/offercalc/offercalc/internal/saved"
	"github.com/shopspring/decimal"
)

func corpus(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "calc", "posting", "testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newPage(t *testing.T, kind, rawURL string, st Store) *Page {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	return New(kind, u, st, calc.NewDate(2026, time.January, 15))
}

// pasted reads text on a postings page, as the applicant would: paste,
// then the button.
func pasted(t *testing.T, p *Page, text string) {
	t.Helper()
	p.Input("posting-text", text)
	p.Click("read", "")
	if p.ed.read == nil {
		t.Fatalf("the text was not read: %q", p.ed.textErr)
	}
}

func region(p *Page, id string) string {
	for _, r := range p.Regions() {
		if r.ID == id {
			return r.HTML
		}
	}
	return ""
}

func TestMaxPasteIsTheReaders(t *testing.T) {
	if maxPaste != posting.MaxText {
		t.Fatalf("maxPaste %d, the reader's MaxText %d", maxPaste, posting.MaxText)
	}
}

// The shipped posting's text, pasted, computes the shipped posting's
// figures: the terms the reader takes are the terms the calculator ships.
func TestPasteShippedPostingGivesShippedFigures(t *testing.T) {
	p := newPage(t, Postings, "http://localhost/postings", MemStore{})
	pasted(t, p, corpus(t, "00-shipped.txt"))
	if !p.ed.ok {
		t.Fatalf("the shipped posting's terms do not check: %v", p.Messages())
	}
	plan := calc.Plan{Start: calc.MustParseDate("2026-05-11")}
	want, err := calc.Compute(calc.DefaultPolicy(), plan)
	if err != nil {
		t.Fatal(err)
	}
	got, err := calc.Compute(p.ed.policy, plan)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Chosen.Gross.Equal(want.Chosen.Gross) || got.Window != want.Window || len(got.Holidays) != len(want.Holidays) ||
		!got.Sick.Hours.Equal(want.Sick.Hours) || got.Verdict != want.Verdict {
		t.Errorf("pasted: gross %s window %+v holidays %d sick %s verdict %s\nshipped: gross %s window %+v holidays %d sick %s verdict %s",
			got.Chosen.Gross, got.Window, len(got.Holidays), got.Sick.Hours, got.Verdict,
			want.Chosen.Gross, want.Window, len(want.Holidays), want.Sick.Hours, want.Verdict)
	}
	for i, c := range want.Checks {
		if got.Checks[i].ID != c.ID || got.Checks[i].Status != c.Status {
			t.Errorf("check %s: %s, shipped %s", c.ID, got.Checks[i].Status, c.Status)
		}
	}
	// Every term read shows the sentence it came from, marked in the text.
	src := region(p, "source")
	for _, term := range []string{"band", "program", "commitment", "seasons", "sick", "housing", "applications"} {
		if !strings.Contains(src, `data-term="`+term+`"`) {
			t.Errorf("the text does not mark the %s line", term)
		}
	}
	if ed := region(p, "editor"); !strings.Contains(ed, "From the posting: <q>") {
		t.Errorf("the editor shows no line: %.300s", ed)
	}
}

// Edit a term, save, and find the posting again on a new page (a reload),
// with the edit, marked as the applicant's.
func TestEditSaveReload(t *testing.T) {
	st := MemStore{}
	p := newPage(t, Postings, "http://localhost/postings", st)
	pasted(t, p, corpus(t, "01-seattle-markdown.txt"))
	editor := region(p, "editor")
	p.Input("edit-band.min", "5")
	p.Input("edit-band.min", "50")
	if got := region(p, "editor"); got != editor {
		t.Error("typing in a field wrote the fields again: the field typed in would be replaced")
	}
	p.Input("edit-name", "Northwind, Seattle")
	if !p.ed.ok {
		t.Fatalf("the edited terms do not check: %v", p.Messages())
	}
	p.Click("save", "")
	if !strings.Contains(p.editStatus, "Saved") {
		t.Fatalf("save: %q", p.editStatus)
	}
	again := newPage(t, Postings, "http://localhost/postings", st)
	if len(again.postings) != 1 {
		t.Fatalf("after a reload, %d postings", len(again.postings))
	}
	s := again.postings[0]
	if s.Name != "Northwind, Seattle" || !s.Terms.Band.Min.Equal(decimal.RequireFromString("50")) || s.Terms.State != "WA" {
		t.Errorf("saved: %q, band %s, state %q", s.Name, s.Terms.Band.Min, s.Terms.State)
	}
	if !slicesContains(s.Terms.Assumptions, "The pay band: as you entered it, not as read from the posting's text.") {
		t.Errorf("the edit is not among the assumptions: %q", s.Terms.Assumptions)
	}
	if list := region(again, "postings"); !strings.Contains(list, "Northwind, Seattle") {
		t.Errorf("your postings do not list it: %.400s", list)
	}
	// Edit it again: the text comes back beside it, and saving replaces it.
	again.Click("edit", s.ID)
	if again.textShown == "" || again.ed.read == nil || len(again.ed.read.terms) == 0 {
		t.Fatal("editing again lost the text and its lines")
	}
	again.Input("edit-maxApplications", "2")
	again.Click("save", "")
	third := newPage(t, Postings, "http://localhost/postings", st)
	if len(third.postings) != 1 || third.postings[0].Terms.MaxApplications != 2 {
		t.Errorf("saving the edit again: %d postings", len(third.postings))
	}
	// Remove it: gone, and the plan kept for it too.
	st.Set(saved.PlanKey+s.ID, "start=2026-06-01")
	third.Click("remove", s.ID)
	if len(newPage(t, Postings, "http://localhost/postings", st).postings) != 0 || st.Get(saved.PlanKey+s.ID) != "" {
		t.Error("removed, but still kept")
	}
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Each bad paste gets a clear message beside the box, and no terms.
func TestPasteBadText(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"empty", "   \n", "the box is empty"},
		{"no pay", "Software intern, summer 2026. Apply now! We love interns.", "pay"},
		{"too long", strings.Repeat("Software engineering intern. ", 40_000), "KB"},
		{"another language", corpus(t, "09-spanish.txt"), "English"},
		{"conflicting ranges", corpus(t, "10-conflicting-ranges.txt"), "range"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newPage(t, Postings, "http://localhost/postings", MemStore{})
			start := time.Now()
			p.Input("posting-text", c.text)
			p.Click("read", "")
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			msg := p.Messages()["posting-text"]
			if p.ed.read != nil || !strings.Contains(msg, c.want) {
				t.Errorf("message %q (read %v), want one about %q", msg, p.ed.read != nil, c.want)
			}
		})
	}
}

// A bad value in a field gets a message beside it, and the terms cannot
// be saved until it is fixed.
func TestEditorFieldErrors(t *testing.T) {
	p := newPage(t, Postings, "http://localhost/postings", MemStore{})
	pasted(t, p, corpus(t, "00-shipped.txt"))
	for _, c := range []struct{ id, value, want string }{
		{"edit-band.min", "abc", "hourly rate"},
		{"edit-band.max", "1e-99999999", "hourly rate"},
		{"edit-programWeeks", "0", "weeks"},
		{"edit-seasons", "Summer 2026: May 11", "YYYY-MM-DD"},
		{"edit-hoursPerWeek", "500", "168"},
	} {
		old := p.ed.form.values.Get(strings.TrimPrefix(c.id, "edit-"))
		p.Input(c.id, c.value)
		if msg := p.Messages()[c.id]; !strings.Contains(msg, c.want) || p.ed.ok {
			t.Errorf("%s = %q: message %q (ok %v), want one about %q", c.id, c.value, msg, p.ed.ok, c.want)
		}
		p.Click("save", "")
		if !strings.Contains(p.editStatus, "Fix") {
			t.Errorf("%s bad: save said %q", c.id, p.editStatus)
		}
		p.Input(c.id, old)
		if !p.ed.ok {
			t.Fatalf("%s back to %q: still %v", c.id, old, p.Messages())
		}
	}
}

// Three offers from three states, from your postings, compared: each
// column is that offer's own figures, computed as the calculator does.
func TestCompareThreeStates(t *testing.T) {
	st := MemStore{}
	p := newPage(t, Postings, "http://localhost/postings", st)
	for _, f := range []string{"01-seattle-markdown.txt", "02-nyc-html.txt"} {
		pasted(t, p, corpus(t, f))
		p.Click("save", "")
	}
	st.Set(saved.PlanKey+p.postings[0].ID, "start=2026-06-15&rate=50")
	p.Input("pick-", "yes")
	for _, s := range p.postings {
		p.Input("pick-"+s.ID, "yes")
	}
	eff := p.Click("compare", "")
	if !strings.HasPrefix(eff.Navigate, "/compare?") {
		t.Fatalf("compare: %+v, %q", eff, p.listStatus)
	}
	c := newPage(t, Compare, "http://localhost"+eff.Navigate, st)
	if len(c.offers) != 3 || len(c.result.columns) != 3 {
		t.Fatalf("%d offers, %d columns; messages %v", len(c.offers), len(c.result.columns), c.Messages())
	}
	c.Input("o2-rent", "2400")
	c.Input("o1-travel", "450")
	places := []string{"CA", "WA", "NY"}
	for i, o := range c.offers {
		lk, err := link.ParseOffer(c.page, c.query(o, true))
		if err != nil {
			t.Fatal(err)
		}
		off, err := lk.Offer(o.policy)
		if err != nil {
			t.Fatal(err)
		}
		want, err := compare.Summarize(off)
		if err != nil {
			t.Fatal(err)
		}
		got := c.result.cmp.Summaries[i]
		if got.Estimate.Place.State != places[i] || !got.Gross.Equal(want.Gross) || !got.Left.Equal(want.Left) || !got.Refund.Equal(want.Refund) {
			t.Errorf("offer %d: %s gross %s left %s refund %s; computed alone %s %s %s", i, got.Estimate.Place.State, got.Gross, got.Left, got.Refund,
				want.Gross, want.Left, want.Refund)
		}
	}
	if !c.result.cmp.Summaries[1].Quote.Plan.Rate.Equal(decimal.RequireFromString("50")) {
		t.Errorf("offer 2 does not start from the plan kept for its posting: rate %s", c.result.cmp.Summaries[1].Quote.Plan.Rate)
	}
	if !c.result.cmp.Summaries[2].Rent.IsPositive() || !c.result.cmp.Summaries[1].Travel.Equal(decimal.RequireFromString("450")) {
		t.Error("rent and travel are not counted")
	}
	table := region(c, "comparison")
	for _, want := range []string{"Gross pay", "Left by your last day", "Tax back next spring", "taxed in Washington", "taxed in New York City", "★"} {
		if !strings.Contains(table, want) {
			t.Errorf("the comparison lacks %q", want)
		}
	}
	// The link reproduces the comparison, as typed.
	d := newPage(t, Compare, "http://localhost/compare?"+c.Query(), MemStore{})
	for i := range c.offers {
		if !d.result.cmp.Summaries[i].Left.Equal(c.result.cmp.Summaries[i].Left) {
			t.Errorf("offer %d from the link: left %s, was %s", i, d.result.cmp.Summaries[i].Left, c.result.cmp.Summaries[i].Left)
		}
	}
	// A CSV of the same figures.
	eff = c.Click("csv", "")
	if eff.Download == nil || !strings.Contains(string(eff.Download.Data), "left,") {
		t.Errorf("csv: %+v", eff)
	}
}

// An offer with a field that cannot be used has no column, and a message
// beside the field; the others are still compared.
func TestCompareFieldErrors(t *testing.T) {
	c := newPage(t, Compare, "http://localhost/compare", MemStore{})
	c.Click("add-offer", "")
	c.Input("o1-rate", "abc")
	if msg := c.Messages()["o1-rate"]; !strings.Contains(msg, "abc") {
		t.Errorf("message %q", msg)
	}
	if len(c.result.columns) != 1 || c.result.columns[0] != 0 {
		t.Errorf("columns %v", c.result.columns)
	}
	if !strings.Contains(region(c, "comparison"), "Offer 2: No figures") {
		t.Error("the comparison does not say why offer 2 has no column")
	}
	for _, v := range []string{"1e-99999999", "-5", "99999999"} {
		start := time.Now()
		c.Input("o1-rent", v)
		if time.Since(start) > time.Second || c.Messages()["o1-rent"] == "" {
			t.Errorf("rent %q: message %q", v, c.Messages()["o1-rent"])
		}
	}
	c.Input("o1-rate", "50")
	c.Input("o1-rent", "")
	if len(c.result.columns) != 2 {
		t.Errorf("fixed, columns %v, messages %v", c.result.columns, c.Messages())
	}
	// The pay frequency differs: no best net pay a check.
	c.Input("o1-pay", string(tax.Weekly))
	for _, r := range c.result.cmp.Rows {
		if r.ID == compare.RowNetPerPaycheck {
			for _, cell := range r.Cells {
				if cell.Best {
					t.Error("a best net paycheck between a weekly and a biweekly one")
				}
			}
		}
	}
}
