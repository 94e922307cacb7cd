package main

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
)

func TestPlanFormDefaultsAndErrors(t *testing.T) {
	p := calc.DefaultPolicy()
	f := newPlanForm(nil, p)
	if got := f.get(string(calc.FieldStart)); got != "2026-05-11" {
		t.Fatalf("default start %q, want the first published date", got)
	}
	q, ok := f.compute(p)
	if !ok || calc.Dollars(q.Chosen.Gross) != "$25,200.00" {
		t.Fatalf("default plan: ok=%v gross=%s", ok, calc.Dollars(q.Chosen.Gross))
	}

	f.set(string(calc.FieldRate), "abc")
	f.set(string(calc.FieldApps), "-1")
	if _, ok := f.compute(p); ok {
		t.Fatal("a form with bad fields computed")
	}
	if got := f.errs[string(calc.FieldRate)]; got != `Not accepted: "abc". Enter an hourly rate in dollars, like 52.50.` {
		t.Errorf("rate message %q", got)
	}
	if got := f.errs[string(calc.FieldApps)]; !strings.Contains(got, `"-1"`) {
		t.Errorf("apps message %q", got)
	}
	// What was typed is kept, for the field and the URL.
	if got := f.query().Get(string(calc.FieldRate)); got != "abc" {
		t.Errorf("the query lost the typed rate: %q", got)
	}

	// An emptied start is required, with its own message.
	f = newPlanForm(nil, p)
	f.set(string(calc.FieldStart), "")
	if _, ok := f.compute(p); ok || !strings.HasPrefix(f.errs[string(calc.FieldStart)], "Required: enter a first day of work") {
		t.Errorf("empty start: ok=%v message %q", ok, f.errs[string(calc.FieldStart)])
	}
}

func TestPlanFormShowsOnlyWhatTheAppSets(t *testing.T) {
	f := newPlanForm(url.Values{"rate": {"50"}}, calc.DefaultPolicy())
	if f.show(string(calc.FieldRate)) != "50" {
		t.Fatal("a loaded value is not shown")
	}
	f.set(string(calc.FieldRate), "51")
	if f.show(string(calc.FieldRate)) != "50" {
		t.Error("typing changed the rendered value: a render between keystrokes would undo one")
	}
	f.choose(string(calc.FieldRate), "55")
	if f.show(string(calc.FieldRate)) != "55" || f.get(string(calc.FieldRate)) != "55" {
		t.Error("a value the app sets is not shown")
	}
}

func TestPlanFormTaxDefaultsAndErrors(t *testing.T) {
	p := calc.DefaultPolicy()
	f := newPlanForm(url.Values{"rate": {"45"}}, p)
	q, _ := f.compute(p)
	est, ok := f.estimate(q)
	if !ok || est.Profile.Allowances != 1 || est.Profile.Frequency != tax.Biweekly {
		t.Fatalf("default profile %+v ok=%v", est.Profile, ok)
	}
	if got := calc.Dollars(est.Paychecks[0].California); got != "$188.68" {
		t.Errorf("California per check %s, want $188.68 with one allowance", got)
	}
	f.set(string(tax.FieldPay), "daily")
	if _, ok := f.estimate(q); ok || !strings.Contains(f.errs[string(tax.FieldPay)], `"daily"`) {
		t.Errorf("bad frequency: ok=%v %q", ok, f.errs[string(tax.FieldPay)])
	}
}

// The page rendered by go-app's test engine, with no browser: every stable
// id that automation and embedders rely on is there, and the figures are
// calc's.
func TestCalculatorPageRendersItsIDs(t *testing.T) {
	e := app.NewTestEngine()
	c := newCalculatorPage().(*calculatorPage)
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(c)
	for _, id := range []string{"start", "end", "rate", "hours", "mode", "verdict", "gross-min", "gross-mid", "gross-max",
		"gross-chosen", "holidays", "sick-hours", "availability", "week-chart", "take-home", "paychecks"} {
		if !strings.Contains(html, `id="`+id+`"`) {
			t.Errorf("no #%s in the page", id)
		}
	}
	for id, want := range map[string]string{"gross-mid": "$25,200.00", "gross-min": "$21,600.00", "sick-hours": "56"} {
		if !hasText(html, id, want) {
			t.Errorf("the page lacks #%s with %s", id, want)
		}
	}
	if !strings.Contains(html, `data-status="warn"`) {
		t.Error("the page lacks the warn verdict")
	}
	if strings.Contains(html, `data-ready="true"`) {
		t.Error("a page rendered outside the browser claims to be interactive")
	}
}

// A select's "not given" option keeps a value: go-app drops an empty one,
// and the browser would then use the option's text as the value.
func TestSelectNotGivenHasAValue(t *testing.T) {
	c := newCalculatorPage().(*calculatorPage)
	html := app.HTMLString(c.selectInput(string(calc.FieldMode), "mode", "", true, []option{{"onsite", "On-site"}}))
	if !strings.Contains(html, `value="-"`) {
		t.Errorf("the not-given option has no value: %s", html)
	}
}

// hasText reports whether the HTML has an element with the id whose text
// starts with want. go-app writes attributes in no set order.
func hasText(html, id, want string) bool {
	return regexp.MustCompile(`\bid="` + regexp.QuoteMeta(id) + `"[^>]*>` + regexp.QuoteMeta(want)).MatchString(html)
}

func TestEscapeHTML(t *testing.T) {
	for in, want := range map[string]string{
		"":                    "",
		"52.50":               "52.50",
		`x"><h1 id=injected>`: "x&#34;&gt;&lt;h1 id=injected&gt;",
		"Tom & Jerry's <b>":   "Tom &amp; Jerry&#39;s &lt;b&gt;",
		"déjà vu":             "déjà vu",
	} {
		if got := escapeHTML(in); got != want {
			t.Errorf("escapeHTML(%q) = %q, want %q", in, got, want)
		}
	}
}
