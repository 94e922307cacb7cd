//go:build !wasm

package main

import (
	"bytes"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/export"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/golden.txt from what the app computes now")

// goldenLinks are the links the golden test computes through the app's own
// path: every published start date, Fall, windows into 2027, 45 and 65
// hours under both overtime rules, housing, the applicant's details, every
// take-home option, another posting, and bad values of every field.
var goldenLinks = []string{
	"",
	"start=2026-05-11",
	"start=2026-05-18",
	"start=2026-05-26",
	"start=2026-06-08",
	"start=2026-06-22",
	"start=2026-06-22&end=2026-09-21",
	"start=2026-05-11&end=2026-08-10",
	"start=2026-05-11&end=2026-07-31",
	"start=2026-09-14",
	"start=2026-10-05&end=2027-01-08",
	"start=2026-11-02&end=2027-02-26",
	"start=2026-12-14",
	"start=2027-01-11",
	"start=2026-04-27",
	"start=2026-05-12",
	"start=2026-05-11&hours=45",
	"start=2026-05-11&hours=45&overtime=federal",
	"start=2026-05-11&hours=65",
	"start=2026-05-11&hours=65&overtime=federal",
	"start=2026-06-22&hours=50&overtime=california",
	"start=2026-05-11&hours=30",
	"start=2026-05-11&hours=37.5",
	"start=2026-05-11&rate=45",
	"start=2026-05-11&rate=60",
	"start=2026-05-11&rate=47.3333",
	"start=2026-05-11&rate=70",
	"start=2026-05-11&rate=%2452.50",
	"start=2026-05-11&mode=onsite&housing=3000",
	"start=2026-05-11&mode=hybrid&housing=%243%2C000.50",
	"start=2026-05-11&mode=remote&housing=3000",
	"start=2026-05-11&housing=5000",
	"start=2026-05-11&degree=bachelor&discipline=computer-science&grad=2027-05-15&apps=1",
	"start=2026-05-11&degree=none&discipline=other&grad=2026-04-30&apps=2",
	"start=2026-05-11&degree=master&discipline=related&grad=2026-07-15",
	"start=2026-05-11&degree=doctorate&discipline=software&grad=2026-08-02&apps=0",
	"start=2026-05-11&pay=weekly",
	"start=2026-05-11&pay=semimonthly",
	"start=2026-05-11&pay=monthly",
	"start=2026-05-11&pay=biweekly&other=20000",
	"start=2026-05-11&allowances=0",
	"start=2026-05-11&allowances=3",
	"start=2026-05-11&f1=1",
	"start=2026-05-11&partyear=1",
	"start=2026-05-11&partyear=1&pay=semimonthly&rate=60&hours=45",
	"start=2026-06-22&partyear=1&pay=monthly&housing=4000&mode=onsite",
	"start=2026-11-02&end=2027-02-26&partyear=1&other=5000",
	"start=2026-05-11&rate=600&hours=80&other=2000000&pay=weekly",
	"start=2026-05-11&end=2028-05-09&hours=45",
	"start=2026-05-11&end=2028-05-10",
	"start=2026-05-11&rate=abc",
	"start=2026-05-11&rate=-5",
	"start=2026-05-11&rate=5000",
	"start=2026-05-11&rate=52.12345",
	"start=2026-05-11&hours=200",
	"start=2026-05-11&hours=0",
	"start=2026-05-11&hours=40.123",
	"start=2026-02-30",
	"start=",
	"start=2026-05-11&end=2026-05-01",
	"start=2026-05-11&end=2026-13-01",
	"start=2026-05-11&overtime=bogus",
	"start=2026-05-11&mode=space",
	"start=2026-05-11&housing=-1",
	"start=2026-05-11&housing=12.345",
	"start=2026-05-11&degree=phd&discipline=art",
	"start=2026-05-11&grad=soon",
	"start=2026-05-11&apps=-1",
	"start=2026-05-11&apps=many",
	"start=2026-05-11&pay=daily",
	"start=2026-05-11&other=-3",
	"start=2026-05-11&other=1.234",
	"start=2026-05-11&allowances=x",
	"start=2026-05-11&allowances=100",
	"start=2026-05-11&f1=maybe",
	"start=2026-05-11&partyear=yes&f1=true",
	"rate=abc&hours=200&start=2026-02-30&apps=-1&pay=daily",
	"start=9999-12-31",
	"start=2026-05-11&partyear=1&lastjob=9999-12-31",
	"policyUrl=%2Fweb%2Fpolicy-sample.json",
	"policyUrl=https%3A%2F%2Fexample.com%2Fp.json",
	"policy=not-base64!",
	"policy=e30",
}

// goldenPolicies are the postings the golden test also computes, by the
// links above that carry a plan: the sample posting, as a policy= link.
func goldenSample(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "web", "policy-sample.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := calc.ParsePolicy(data)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := link.FormatPosting(p)
	if err != nil {
		t.Fatal(err)
	}
	return "policy=" + enc
}

// TestGolden computes every golden link through the app's own path (the
// link's posting, the form, Compute, the take-home estimate, the compare
// table's columns and the exports) and fails if any figure, check or
// message differs from testdata/golden.txt. It pins behaviour across
// refactors: a change to it is a change to what applicants see, and its
// commit says why. go test -run TestGolden -update-golden rewrites it.
func TestGolden(t *testing.T) {
	sample := goldenSample(t)
	links := append([]string(nil), goldenLinks...)
	for _, l := range []string{"", "start=2026-06-15&rate=45&hours=45", "start=2026-09-21&end=2026-12-04&pay=weekly&f1=1", "start=2026-06-01&mode=remote&housing=1000&partyear=1"} {
		if l == "" {
			links = append(links, sample)
		} else {
			links = append(links, sample+"&"+l)
		}
	}
	var out bytes.Buffer
	for _, l := range links {
		fmt.Fprintf(&out, "=== %s\n", strings.Replace(l, sample, "policy=<web/policy-sample.json>", 1))
		goldenRun(t, &out, l)
		out.WriteString("\n")
	}
	path := filepath.Join("testdata", "golden.txt")
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with -update-golden)", err)
	}
	if got := out.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		at := ""
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if strings.HasPrefix(w, "=== ") {
				at = w
			}
			if g != w {
				t.Fatalf("the figures changed (%s), first at line %d:\nwant %q\ngot  %q", at, i+1, w, g)
			}
		}
	}
}

// goldenRun computes one link as the page does, through its controller,
// and writes what it shows: the figures when no field in the way of them
// needs fixing, and every field's message.
func goldenRun(t *testing.T, w *bytes.Buffer, query string) {
	t.Helper()
	values, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := url.Parse("http://localhost:8000/?" + query)
	ctl := &controller{maxPinned: 3}
	if u := ctl.openLink(page, values); u != nil {
		fmt.Fprintf(w, "posting fetched from %s\n", u)
		data, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(strings.TrimPrefix(u.Path, "/"))))
		if err != nil {
			t.Fatal(err)
		}
		ctl.fetched(data, "")
	}
	if !ctl.usable() {
		fmt.Fprintf(w, "posting error: %s\n", ctl.problem)
		return
	}
	fmt.Fprintf(w, "posting: %s\n", ctl.policy.ID)
	planStale := false
	for _, f := range ctl.stale {
		planStale = planStale || slices.Contains(calc.PlanFields(), f)
	}
	if !planStale {
		goldenQuote(w, ctl.policy, ctl.shown.quote)
		if len(ctl.stale) == 0 {
			goldenEstimate(w, ctl.shown.estimate)
		}
	}
	var fields []string
	for k := range ctl.form.errs {
		fields = append(fields, string(k))
	}
	sort.Strings(fields)
	for _, k := range fields {
		fmt.Fprintf(w, "error %s: %s\n", k, ctl.form.errs[calc.Field(k)])
	}
}

func goldenQuote(w *bytes.Buffer, p calc.Policy, q calc.Quote) {
	d := func(x decimal.Decimal) string { return x.String() }
	pl := q.Plan
	fmt.Fprintf(w, "plan: start %s end %s rate %s hours %s overtime %s mode %q housing %s degree %q discipline %q grad %s apps %d\n",
		pl.Start, pl.End, d(pl.Rate), d(pl.HoursPerWeek), pl.Overtime, pl.WorkMode, d(pl.Housing), pl.Degree, pl.Discipline, pl.Graduation, pl.PriorApplications)
	win := q.Window
	fmt.Fprintf(w, "window: %s to %s, program end %s, commitment end %s, %d workdays, %d days\n", win.Start, win.End, win.ProgramEnd, win.CommitmentEnd, win.WorkDays, win.Days)
	if win.Note != "" {
		fmt.Fprintf(w, "window note: %s\n", win.Note)
	}
	for _, h := range q.Holidays {
		fmt.Fprintf(w, "holiday: %s %s (actual %s) %s h\n", h.Date, h.Name, h.Actual, d(h.Hours))
	}
	h := q.Hours
	fmt.Fprintf(w, "hours: worked %s regular %s holiday %s paid %s overtime %s double %s\n", d(h.Worked), d(h.Regular), d(h.Holiday), d(h.Paid), d(h.Overtime), d(h.Double))
	earn := func(label string, e calc.Earnings) {
		fmt.Fprintf(w, "%s: rate %s gross %s regular %s holiday %s overtime %s double %s full week %s\n", label, d(e.Rate), d(e.Gross), d(e.Regular), d(e.Holiday), d(e.Overtime), d(e.Double), d(e.FullWeek))
	}
	for i, e := range q.Band {
		earn([]string{"band min", "band mid", "band max"}[i], e)
	}
	earn("chosen", q.Chosen)
	for _, wk := range q.Weeks {
		fmt.Fprintf(w, "week %s: %d days worked %s regular %s holiday %s overtime %s double %s gross %s cents %s\n", wk.Start, wk.WorkDays, d(wk.Worked), d(wk.Regular), d(wk.Holiday), d(wk.Overtime), d(wk.Double), d(wk.Gross), d(wk.GrossCents))
	}
	var days []string
	for _, day := range q.Days() {
		if day.Gross.IsZero() && day.Worked.IsZero() {
			continue
		}
		days = append(days, fmt.Sprintf("%s %s/%s/%s/%s/%s=%s", day.Date, d(day.Worked), d(day.Regular), d(day.Holiday), d(day.Overtime), d(day.Double), d(day.Gross)))
	}
	fmt.Fprintf(w, "days: %s\n", strings.Join(days, "; "))
	fmt.Fprintf(w, "sick: %s h, value %s, band %v\nsick note: %s\n", d(q.Sick.Hours), d(q.Sick.Value), q.Sick.BandValue, q.Sick.Note)
	fmt.Fprintf(w, "housing: eligible %v amount %s: %s\n", q.Housing.Eligible, d(q.Housing.Amount), q.Housing.Note)
	for _, c := range q.Checks {
		fmt.Fprintf(w, "check %s %s: %s [%s]\n", c.ID, c.Status, c.Message, c.Source)
	}
	fmt.Fprintf(w, "verdict: %s\navailability: %s\n", q.Verdict, q.Availability)
	for _, e := range export.Events(q, p) {
		fmt.Fprintf(w, "event %s %s: %s | %s\n", e.Date, e.Kind, e.Summary, e.Description)
	}
	var csv bytes.Buffer
	if err := export.WriteCSV(&csv, q); err != nil {
		fmt.Fprintf(w, "csv error: %v\n", err)
	}
	fmt.Fprintf(w, "csv: %q\n", csv.String())

	// The compare table's columns: each published date with this plan, to
	// the end of the program.
	var quotes []calc.Quote
	for _, plan := range compare.PublishedStarts(p, q.Plan) {
		cq, err := calc.Compute(p, plan)
		if err != nil {
			fmt.Fprintf(w, "compare %s: %v\n", plan.Start, err)
			continue
		}
		quotes = append(quotes, cq)
	}
	for _, row := range compare.Quotes(quotes).Rows {
		var cells []string
		for _, c := range row.Cells {
			s := c.Amount.String()
			switch {
			case !c.Date.IsZero():
				s = c.Date.String()
			case c.Status != "":
				s = string(c.Status)
			}
			if c.Best {
				s += "*"
			}
			cells = append(cells, s)
		}
		fmt.Fprintf(w, "compare %s (%s): %s\n", row.ID, row.Better, strings.Join(cells, " "))
	}
}

func goldenEstimate(w *bytes.Buffer, e tax.Estimate) {
	d := func(x decimal.Decimal) string { return x.String() }
	lines := func(t tax.Taxes) string {
		var parts []string
		for _, l := range e.Lines() {
			parts = append(parts, e.ID(l)+" "+d(t[l]))
		}
		return strings.Join(parts, " ")
	}
	fmt.Fprintf(w, "tax: year %d, %s, %d periods a year, taxed in %q %q (supported %v)\n", e.Year, e.Profile.Frequency, e.PeriodsPerYear, e.Place.State, e.Place.Locality, e.Place.Supported)
	for _, c := range e.Paychecks {
		fmt.Fprintf(w, "paycheck %s..%s paid %s supplemental %v flat %v gross %s taxable %s housing %s: %s net %s\n", c.Start, c.End, c.PayDate, c.Supplemental, c.FlatRate, d(c.Gross), d(c.Taxable), d(c.Housing), lines(c.Taxes), d(c.Net))
	}
	fmt.Fprintf(w, "gross %s net %s housing after tax %s\nwithheld: %s\nowed: %s\nrefund: %s\n", d(e.Gross), d(e.Net), d(e.HousingAfterTax), lines(e.Withheld), lines(e.Owed), lines(e.Refund))
	for _, y := range e.Years {
		fmt.Fprintf(w, "year %d (federal figures %d): wages %s other %s income %s deduction %s treaty %s overtime %s taxable %s table %v schedule %s\n  withheld: %s\n  owed: %s\n  refund: %s\n",
			y.Year, y.TableYear, d(y.Wages), d(y.OtherIncome), d(y.Income), d(y.Deduction), d(y.Treaty), d(y.Overtime), d(y.Taxable), y.FromTable, d(y.ScheduleTax), lines(y.Withheld), lines(y.Owed), lines(y.Refund))
	}
	if py := e.PartYear; py != nil {
		fmt.Fprintf(w, "part-year: available %v reason %q prior days %d\n", py.Available, py.Reason, py.PriorDays)
		for _, c := range py.Paychecks {
			fmt.Fprintf(w, "  paycheck %s: federal %s net %s\n", c.PayDate, d(c.Taxes[tax.FederalIncome]), d(c.Net))
		}
		fmt.Fprintf(w, "  withheld: %s\n  net %s\n  refund: %s\n  note: %s\n", lines(py.Withheld), d(py.Net), lines(py.Refund), py.Note)
	}
	for _, n := range e.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
}
