//go:build !wasm

package main

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
)

func gross(c *controller) string { return calc.Dollars(c.shown.quote.Chosen.Gross) }

func TestControllerStartsFromTheLink(t *testing.T) {
	c := newController(calc.DefaultPolicy(), url.Values{"rate": {"50"}, "pay": {"weekly"}})
	if got := c.form.get(calc.FieldStart); got != "2026-05-11" {
		t.Errorf("start %q, want the posting's first date (calc.DefaultPlan)", got)
	}
	if !c.shown.ok || gross(c) != "$24,000.00" {
		t.Fatalf("figures %v %s, want $24,000.00", c.shown.ok, gross(c))
	}
	if c.profile().Frequency != tax.Weekly || c.profile().Allowances != 1 {
		t.Errorf("profile %+v, want weekly with tax.DefaultProfile's one allowance", c.profile())
	}
	if c.edited {
		t.Error("opening a link is not an edit")
	}
}

// Issue: typing 200 into hours showed the verdict and gross of 20 hours,
// the keystroke on the way; 5o as the rate showed $5.00. While a field
// cannot be used, the figures are the plan as it was before that edit
// began, and stale names the field.
func TestControllerNeverShowsAPrefix(t *testing.T) {
	c := newController(calc.DefaultPolicy(), nil)
	before := gross(c)
	for _, s := range []string{"2", "20", "200"} {
		c.input(calc.FieldHours, s)
	}
	if gross(c) != before || c.shown.quote.Verdict == calc.Fail || !slices.Equal(c.stale, []calc.Field{calc.FieldHours}) {
		t.Errorf("200 hours: gross %s verdict %s stale %v; want %s, not a fail, hours stale", gross(c), c.shown.quote.Verdict, c.stale, before)
	}
	if !strings.Contains(c.form.errs[calc.FieldHours], `"200"`) {
		t.Errorf("no message beside hours: %q", c.form.errs[calc.FieldHours])
	}
	c.input(calc.FieldHours, "20")
	if c.shown.quote.Plan.HoursPerWeek.String() != "20" || len(c.stale) != 0 {
		t.Error("deleting back to 20 is 20 hours, and no longer stale")
	}

	c = newController(calc.DefaultPolicy(), nil)
	for _, s := range []string{"5", "5o"} {
		c.input(calc.FieldRate, s)
	}
	if gross(c) != before {
		t.Errorf("5o: gross %s, want the plan before the edit, %s", gross(c), before)
	}
	c.input(calc.FieldRate, "52,50")
	if gross(c) != before || !slices.Equal(c.stale, []calc.Field{calc.FieldRate}) {
		t.Errorf("52,50: gross %s stale %v", gross(c), c.stale)
	}
}

// Text typed over a field's (a selection replaced) begins a new edit: the
// figures fall back to the text it replaced, if that could be used.
func TestControllerReplacingTextBeginsAnEdit(t *testing.T) {
	c := newController(calc.DefaultPolicy(), nil)
	c.input(calc.FieldRate, "7")
	c.input(calc.FieldRate, "70")
	c.input(calc.FieldRate, "o") // "70" selected and typed over
	c.input(calc.FieldRate, "o7")
	if gross(c) != "$33,600.00" {
		t.Errorf("gross %s, want 70 an hour's $33,600.00", gross(c))
	}
	// Leaving a field commits what it holds.
	c.input(calc.FieldRate, "45")
	c.commit(calc.FieldRate)
	c.input(calc.FieldRate, "45x")
	if gross(c) != "$21,600.00" {
		t.Errorf("gross %s, want 45 an hour's $21,600.00", gross(c))
	}
}

// A link with values that cannot be used computes without them, names
// them, and keeps their text for the form and the URL.
func TestControllerBadLink(t *testing.T) {
	c := newController(calc.DefaultPolicy(), url.Values{"rate": {"abc"}, "hours": {"200"}, "apps": {"-1"}, "pay": {"daily"}})
	if !c.shown.ok || gross(c) != "$25,200.00" {
		t.Fatalf("figures %v %s, want the default plan's", c.shown.ok, gross(c))
	}
	want := []calc.Field{calc.FieldRate, calc.FieldHours, calc.FieldApps, tax.FieldPay}
	if !slices.Equal(c.stale, want) {
		t.Errorf("stale %v, want %v", c.stale, want)
	}
	for _, f := range want {
		if c.form.errs[f] == "" {
			t.Errorf("no message for %s", f)
		}
	}
	if got := c.query().Get("rate"); got != "abc" {
		t.Errorf("the link lost what it said: rate=%q", got)
	}
}

// One parser: what the link says is what is computed and what the form
// shows (f1=yes was computed but left the box unticked).
func TestControllerFlagsAsComputed(t *testing.T) {
	c := newController(calc.DefaultPolicy(), url.Values{"f1": {"yes"}, "partyear": {"TRUE"}})
	if !c.profile().Nonresident || !c.profile().ShowPartYear {
		t.Fatalf("profile %+v", c.profile())
	}
	if c.shown.estimate.Withheld[tax.SocialSecurity].Sign() != 0 {
		t.Error("an F-1 student's figures withhold Social Security")
	}
}

func TestControllerSettleAndPins(t *testing.T) {
	c := newController(calc.DefaultPolicy(), url.Values{"rate": {"50"}})
	c.settle()
	if len(c.compare) != 5 || len(c.days) != 84 {
		t.Fatalf("%d columns, %d days", len(c.compare), len(c.days))
	}
	v := c.view
	c.settle()
	if c.view != v {
		t.Error("a settle with nothing new recomputed")
	}
	if !c.pinnable() {
		t.Fatal("the plan cannot be pinned")
	}
	if msg := c.pin(); !strings.HasPrefix(msg, "Pinned") || c.pinnable() {
		t.Errorf("pin: %q, pinnable after %v", msg, c.pinnable())
	}
	c.settle()
	if len(c.compare) != 6 || c.compare[5].pinned != 0 {
		t.Errorf("%d columns after pinning", len(c.compare))
	}
	c.setPinned([]string{"start=bad", "%zz", link.FormatPlan(calc.Plan{Start: calc.MustParseDate("2026-06-08")}).Encode()})
	if len(c.pinned) != 1 {
		t.Errorf("pins that do not parse are kept: %v", c.pinned)
	}
	if msg := c.unpin(0); msg != "Unpinned." || len(c.pinned) != 0 {
		t.Errorf("unpin: %q %v", msg, c.pinned)
	}
	// A plan with a field being fixed is not pinned.
	c.input(calc.FieldRate, "x")
	if c.pinnable() {
		t.Error("a stale plan can be pinned")
	}
}

func TestControllerPostings(t *testing.T) {
	page, _ := url.Parse("http://localhost:8000/")
	c := &controller{maxPinned: 3}
	if u := c.openLink(page, url.Values{"policyUrl": {"/web/policy-sample.json"}, "rate": {"40"}}); u == nil || u.Path != "/web/policy-sample.json" {
		t.Fatalf("no address to fetch: %v", u)
	}
	if c.usable() {
		t.Error("figures before the posting arrives")
	}
	c.fetched(nil, "the server answered 404")
	if c.usable() || !strings.Contains(c.problem, "404") {
		t.Errorf("problem %q", c.problem)
	}

	sample := calc.DefaultPolicy()
	sample.ID, sample.Title, sample.State = "other", "Another posting", "WA"
	enc, _ := link.FormatPosting(sample)
	c.openLink(page, url.Values{"policy": {enc}, "rate": {"50"}})
	if !c.usable() || c.policy.ID != "other" || gross(c) != "$24,000.00" || !c.custom() {
		t.Fatalf("inline posting: %q %s", c.policy.ID, gross(c))
	}
	if c.query().Get("policy") != enc {
		t.Error("the page's link lost its posting")
	}
	c.openLink(page, url.Values{"policy": {"!!"}})
	if c.usable() || !strings.HasPrefix(c.problem, "The posting's terms in this link (policy)") {
		t.Errorf("bad posting: %q", c.problem)
	}

	c = newController(calc.DefaultPolicy(), url.Values{"rate": {"50"}, "end": {"2026-08-10"}})
	c.useFile("mine.json", []byte(`{"title": "x"`))
	if c.src.fileErr == "" || c.policy.ID != calc.DefaultPolicy().ID {
		t.Errorf("a bad file replaced the posting: %q", c.src.fileErr)
	}
	data, _ := jsonPolicy(sample)
	c.useFile("mine.json", data)
	if c.policy.ID != "other" || c.src.from != "mine.json" || c.form.get(calc.FieldEnd) != "" || c.form.get(calc.FieldRate) != "50" {
		t.Errorf("file: %q from %q, end %q rate %q", c.policy.ID, c.src.from, c.form.get(calc.FieldEnd), c.form.get(calc.FieldRate))
	}
	c.useDefault()
	if c.custom() || c.policy.ID != calc.DefaultPolicy().ID {
		t.Error("not back to the default posting")
	}
}
