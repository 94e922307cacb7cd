package offers

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// termHTML returns the fieldset of term in the editor's region.
func termHTML(t *testing.T, p *Page, term string) string {
	t.Helper()
	ed := region(p, "editor")
	i := strings.Index(ed, `data-term="`+term+`"`)
	if i < 0 {
		t.Fatalf("no fieldset for %s in %.300s", term, ed)
	}
	end := strings.Index(ed[i:], "</fieldset>")
	return ed[i : i+end]
}

// Choosing a tier makes it the posting's band: the saved assumptions say
// which tier was chosen, not that the first is used until one is, and do
// not call the band the applicant's own entry.
func TestChooseTierSavesTheChoice(t *testing.T) {
	st := MemStore{}
	p := newPage(t, Postings, "http://localhost/postings", st)
	pasted(t, p, corpus(t, "05-austin-tiers-degree.txt"))
	phd := -1
	for i, tr := range p.ed.read.tiers {
		if tr.Label == "PhD" {
			phd = i
		}
	}
	if phd < 0 {
		t.Fatalf("no PhD tier in %+v", p.ed.read.tiers)
	}
	p.Input("edit-tier", "2")
	p.Click("save", "")
	s := newPage(t, Postings, "http://localhost/postings", st).postings[0]
	if !s.Terms.Band.Min.Equal(decimal.New(55, 0)) || !s.Terms.Band.Max.Equal(decimal.New(62, 0)) {
		t.Errorf("saved band %v", s.Terms.Band)
	}
	all := strings.Join(s.Terms.Assumptions, "\n")
	for _, bad := range []string{"is used until you choose yours", "The pay band: as you entered it"} {
		if strings.Contains(all, bad) {
			t.Errorf("the saved assumptions still say %q:\n%s", bad, all)
		}
	}
	if !strings.Contains(all, "Pay is the PhD tier ($55 to $62 an hour)") {
		t.Errorf("the saved assumptions do not say which tier was chosen:\n%s", all)
	}
	if !strings.Contains(s.Terms.Lines.Band, "PhD: $55 - $62/hr") {
		t.Errorf("the band's line is not the tier's: %q", s.Terms.Lines.Band)
	}
	// Edited again, the choice is still the PhD tier, and saving again
	// keeps it so.
	again := newPage(t, Postings, "http://localhost/postings", st)
	again.Click("edit", s.ID)
	if got := again.ed.form.values.Get("tier"); got != "2" {
		t.Errorf("editing again: tier %q, want 2", got)
	}
	again.Click("save", "")
	all = strings.Join(newPage(t, Postings, "http://localhost/postings", st).postings[0].Terms.Assumptions, "\n")
	if strings.Contains(all, "as you entered it") || strings.Count(all, "Pay is the PhD tier") != 1 {
		t.Errorf("saved again:\n%s", all)
	}
	// A rate typed after the choice is the applicant's, and no tier is
	// claimed for it.
	again.Input("edit-band.min", "58")
	again.Click("save", "")
	all = strings.Join(newPage(t, Postings, "http://localhost/postings", st).postings[0].Terms.Assumptions, "\n")
	if !strings.Contains(all, "The pay band: as you entered it") || strings.Contains(all, "tier") {
		t.Errorf("a rate of one's own:\n%s", all)
	}
}

// The working day, which a paid holiday pays, follows the full-time week
// (÷ 5) unless the posting states it, and can be entered: a 20-hour week
// does not pay 8 hours a holiday.
func TestWorkingDayFollowsTheWeek(t *testing.T) {
	p := newPage(t, Postings, "http://localhost/postings", MemStore{})
	pasted(t, p, corpus(t, "00-shipped.txt"))
	p.Input("edit-hoursPerWeek", "20")
	if !p.ed.ok {
		t.Fatalf("a 20-hour week: %v", p.Messages())
	}
	if !p.ed.policy.HoursPerDay.Equal(decimal.New(4, 0)) {
		t.Errorf("a 20-hour week: %s hours a day, want 4", p.ed.policy.HoursPerDay)
	}
	if all := strings.Join(p.ed.policy.Assumptions, "\n"); !strings.Contains(all, "A working day is 4 hours, the full-time week ÷ 5") {
		t.Errorf("the day is not said:\n%s", all)
	}
	q, err := calc.Compute(p.ed.policy, calc.Plan{Start: calc.MustParseDate("2026-05-11")})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range q.Holidays {
		if !h.Hours.Equal(decimal.New(4, 0)) {
			t.Errorf("%s pays %s hours on a 20-hour week", h.Name, h.Hours)
		}
	}
	p.Input("edit-hoursPerWeek", "37.5")
	if !p.ed.policy.HoursPerDay.Equal(decimal.RequireFromString("7.5")) {
		t.Errorf("a 37.5-hour week: %s hours a day", p.ed.policy.HoursPerDay)
	}
	// The day entered is the day, whatever the week.
	p.Input("edit-hoursPerDay", "10")
	p.Input("edit-hoursPerWeek", "40")
	if !p.ed.ok || !p.ed.policy.HoursPerDay.Equal(decimal.New(10, 0)) {
		t.Errorf("a 10-hour day entered: %s (%v)", p.ed.policy.HoursPerDay, p.Messages())
	}
	p.Input("edit-hoursPerDay", "25")
	if msg := p.Messages()["edit-hoursPerDay"]; p.ed.ok || !strings.Contains(msg, "24") {
		t.Errorf("a 25-hour day: message %q", msg)
	}
	// A day the posting states stays when the week changes.
	stated := newPage(t, Postings, "http://localhost/postings", MemStore{})
	pasted(t, stated, "Data Intern\nPay: $45/hr\nInterns work 40 hours per week, 10 hours a day, Monday to Thursday.\n")
	stated.Input("edit-hoursPerWeek", "30")
	if !stated.ed.policy.HoursPerDay.Equal(decimal.New(10, 0)) {
		t.Errorf("the posting's 10-hour day became %s", stated.ed.policy.HoursPerDay)
	}
}

// A term the applicant changed is theirs when the posting is edited
// again: it is not shown as the reader's assumption, and saving again
// says it once.
func TestEditAgainShowsTheApplicantsTerms(t *testing.T) {
	st := MemStore{}
	p := newPage(t, Postings, "http://localhost/postings", st)
	pasted(t, p, corpus(t, "04-chicago-monthly.txt"))
	if tm := p.ed.read.terms["housing"]; !tm.Assumed {
		t.Fatalf("the Chicago posting states housing: pick another (%+v)", tm)
	}
	p.Input("edit-housing", "onsite")
	p.Click("save", "")
	s := newPage(t, Postings, "http://localhost/postings", st).postings[0]
	again := newPage(t, Postings, "http://localhost/postings", st)
	again.Click("edit", s.ID)
	housing := termHTML(t, again, "housing")
	if strings.Contains(housing, "Assumed") || strings.Contains(housing, "none is counted") {
		t.Errorf("housing, entered as offered, shows the reader's assumption: %s", housing)
	}
	if !strings.Contains(housing, "as you entered it") {
		t.Errorf("housing does not say it is yours: %s", housing)
	}
	if program := termHTML(t, again, "program"); strings.Contains(program, "as you entered it") {
		t.Errorf("the program, not changed, is called yours: %s", program)
	}
	again.Input("edit-housing", "yes")
	again.Click("save", "")
	all := strings.Join(newPage(t, Postings, "http://localhost/postings", st).postings[0].Terms.Assumptions, "\n")
	if n := strings.Count(all, "Housing: as you entered it"); n != 1 || strings.Contains(all, "mentions no housing") {
		t.Errorf("saved again, %d lines on housing:\n%s", n, all)
	}
}

// The page reads a posting that states no year as one to come: opened on
// December 7, 2026, May and June start dates are 2027's.
func TestPageReadsYearlessPostingAsTheNext(t *testing.T) {
	u, _ := url.Parse("http://localhost/postings")
	p := New(Postings, u, MemStore{}, calc.NewDate(2026, time.December, 7))
	pasted(t, p, "Data Intern\nPay: $45/hr\nStart dates: May 10 and June 7.\n")
	if got := p.ed.policy.Seasons[0].StartDates[0]; got != calc.NewDate(2027, time.May, 10) {
		t.Errorf("first start %s, want 2027-05-10", got)
	}
}

// A posting downloaded as JSON and loaded back is the same posting: the
// editor takes every term as it was, and saving it keeps it so.
func TestDownloadThenLoadRoundTrip(t *testing.T) {
	st := MemStore{}
	p := newPage(t, Postings, "http://localhost/postings", st)
	pasted(t, p, corpus(t, "30-nyc-two-tiers.txt"))
	p.Input("edit-tier", "1")
	p.Input("edit-hoursPerWeek", "20")
	p.Input("edit-housing", "yes")
	p.Click("save", "")
	first := p.postings[0]
	for _, id := range []string{first.ID, ""} {
		eff := p.Click("download", id)
		if eff.Download == nil {
			t.Fatalf("download %q: no file", id)
		}
		p.File(eff.Download.Name, eff.Download.Data, "")
		if p.fileErr != "" || !p.ed.ok {
			t.Fatalf("load %s: %q %v", eff.Download.Name, p.fileErr, p.Messages())
		}
		got, err := json.MarshalIndent(p.ed.policy, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if string(got)+"\n" != string(eff.Download.Data) {
			t.Errorf("%s loaded back is another posting:\n%s\nwant\n%s", eff.Download.Name, got, eff.Download.Data)
		}
	}
	// The first, loaded and saved: a second posting with the same terms.
	p.File("a.json", p.Click("download", first.ID).Download.Data, "")
	p.Click("save", "")
	again := newPage(t, Postings, "http://localhost/postings", st)
	if len(again.postings) != 2 {
		t.Fatalf("%d postings after saving the loaded one", len(again.postings))
	}
	a, b := again.postings[0].Terms, again.postings[1].Terms
	if b.ID != a.ID+"-2" {
		t.Errorf("ids %q and %q", a.ID, b.ID)
	}
	b.ID = a.ID
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Errorf("saved from the file:\n%s\nwant\n%s", jb, ja)
	}
}
