package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// takeHome shows the take-home estimate: what each paycheck pays and
// withholds, and, for the year, what is owed against what was withheld.
type takeHome struct {
	app.Compo
	Iest   tax.Estimate
	Istale bool
}

func newTakeHome() *takeHome { return &takeHome{} }

// Estimate sets the estimate to show; stale marks it as the last valid one.
func (t *takeHome) Estimate(e tax.Estimate, stale bool) *takeHome {
	t.Iest, t.Istale = e, stale
	return t
}

var frequencyNames = map[tax.PayFrequency]string{
	tax.Weekly: "weekly", tax.Biweekly: "every two weeks", tax.Semimonthly: "twice a month", tax.Monthly: "monthly",
}

func (t *takeHome) Render() app.UI {
	e := &t.Iest
	if len(e.Years) == 0 {
		return app.Section().ID("take-home").Class("take-home")
	}
	year := strconv.Itoa(e.Year)
	return app.Section().ID("take-home").Class("take-home").Aria("labelledby", "take-home-title").Body(
		app.H3().ID("take-home-title").Text("Take-home pay: an estimate"),
		app.P().Class("estimate-note").Body(
			app.Strong().Text("An estimate, not tax advice. "),
			app.Text("Tax year "+year+", a single filer in California with the standard deduction, W-4 defaults; "+
				"every rate and bracket is listed with its source below."),
		),
		app.If(t.Istale, func() app.UI {
			return app.P().Class("stale-note").Role("status").Text("A take-home field needs fixing: these figures are for your last valid entries.")
		}),
		app.P().Class("net-summary").Body(
			app.Text("Net pay for your window: "),
			app.Strong().ID("net-window").Text(calc.Dollars(e.Net)),
			app.Text(" from "+calc.Dollars(e.Gross)+" gross, in "+plural(len(e.Paychecks), "paycheck")+
				" paid "+frequencyNames[e.Profile.Frequency]+"."),
		),
		scrollable("Paychecks", app.Table().ID("paychecks").Body(
			app.Caption().Text("Each paycheck (pay periods start on your first day)"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Pay date"),
				app.Th().Scope("col").Text("Gross"),
				app.Th().Scope("col").Text("Federal"),
				app.Th().Scope("col").Text("Social Security"),
				app.Th().Scope("col").Text("Medicare"),
				app.Th().Scope("col").Text("CA income tax"),
				app.Th().Scope("col").Text("CA SDI"),
				app.Th().Scope("col").Text("Net"),
			)),
			app.TBody().Body(app.Range(e.Paychecks).Slice(func(i int) app.UI {
				c := e.Paychecks[i]
				label := c.PayDate.Format("Jan 2")
				if c.Supplemental {
					label += " (housing, separate check)"
				}
				return app.Tr().DataSet("paycheck", i+1).Body(
					app.Th().Scope("row").Title(c.Start.Format("Jan 2")+" to "+c.End.Format("Jan 2, 2006")).Text(label),
					app.Td().Class("gross").Text(calc.Dollars(c.Gross)),
					app.Td().Class("federal").Text(calc.Dollars(c.Federal)),
					app.Td().Class("social-security").Text(calc.Dollars(c.SocialSecurity)),
					app.Td().Class("medicare").Text(calc.Dollars(c.Medicare)),
					app.Td().Class("california").Text(calc.Dollars(c.California)),
					app.Td().Class("sdi").Text(calc.Dollars(c.SDI)),
					app.Td().Class("net").Text(calc.Dollars(c.Net)),
				)
			})),
			app.TFoot().Body(app.Tr().Body(
				app.Th().Scope("row").Text("Total"),
				app.Td().Text(calc.Dollars(e.Gross)),
				app.Td().ID("withheld-federal").Text(calc.Dollars(e.Withheld.Federal)),
				app.Td().Text(calc.Dollars(e.Withheld.SocialSecurity)),
				app.Td().Text(calc.Dollars(e.Withheld.Medicare)),
				app.Td().Text(calc.Dollars(e.Withheld.California)),
				app.Td().Text(calc.Dollars(e.Withheld.SDI)),
				app.Td().Text(calc.Dollars(e.Net)),
			)),
		)),
		app.H4().Text("Withheld against owed for "+yearsLabel(e.Years)),
		scrollable("Withheld against owed", app.Table().ID("tax-year").Body(
			app.THead().Body(app.Tr().Body(
				app.Td(),
				app.Th().Scope("col").Text("Withheld"),
				app.Th().Scope("col").Text("Owed"),
				app.Th().Scope("col").Text("Comes back (or due)"),
			)),
			app.TBody().Body(
				taxRow("Federal income tax", "federal", e.Withheld.Federal, e.Owed.Federal, e.Refund.Federal, false),
				taxRow("Social Security", "social-security", e.Withheld.SocialSecurity, e.Owed.SocialSecurity, e.Refund.SocialSecurity, false),
				taxRow("Medicare", "medicare", e.Withheld.Medicare, e.Owed.Medicare, e.Refund.Medicare, false),
				taxRow("California income tax", "california", e.Withheld.California, e.Owed.California, e.Refund.California, e.Table.CaliforniaOwed.Provisional),
				taxRow("California SDI", "sdi", e.Withheld.SDI, e.Owed.SDI, e.Refund.SDI, false),
			),
		)),
		app.P().Class("refund").ID("refund-total").Text(refundSentence(e.Refund.Total(), e.Year)),
		app.H4().Text("Why so much is withheld, and how to keep more of it"),
		app.P().Class("why").Text(whySentence(e)),
		app.Ul().Class("reduce").Body(
			app.Li().Body(partYearAdvice(e)),
			app.Li().Text("Review your W-4 with the IRS Tax Withholding Estimator, entering the job's real dates and pay, and give payroll the W-4 it suggests."),
			app.Li().Text("Nothing withheld is lost: you get it back by filing a 2026 return (Form 1040 and California Form 540) in spring "+strconv.Itoa(e.Year+1)+"."),
		),
		app.Ul().Class("notes").Body(app.Range(e.Notes).Slice(func(i int) app.UI { return app.Li().Text(e.Notes[i]) })),
		app.Details().Class("sources").Body(
			app.Summary().Text("The figures and their sources ("+strconv.Itoa(e.Table.Year)+")"),
			app.Ul().Body(
				sourceItem("Federal income tax owed", e.Table.FederalOwed.Source),
				sourceItem("Federal withholding", e.Table.FederalWithholding.Source),
				sourceItem("Social Security, "+percentOf(e.Table.SocialSecurity.Rate)+" to "+calc.Dollars(e.Table.SocialSecurity.UpTo), e.Table.SocialSecurity.Source),
				sourceItem("Medicare, "+percentOf(e.Table.Medicare.Rate), e.Table.Medicare.Source),
				sourceItem("California withholding", e.Table.CaliforniaWithholding.Source),
				sourceItem("California income tax owed"+provisional(e.Table.CaliforniaOwed.Provisional), e.Table.CaliforniaOwed.Source),
				sourceItem("California SDI, "+percentOf(e.Table.SDI.Rate), e.Table.SDI.Source),
				sourceItem("Part-year method", e.Table.PartYearSource),
			),
		),
	)
}

func taxRow(label, id string, withheld, owed, back decimal.Decimal, prov bool) app.UI {
	return app.Tr().Body(
		app.Th().Scope("row").Text(label+provisional(prov)),
		app.Td().ID("withheld-year-"+id).Text(calc.Dollars(withheld)),
		app.Td().ID("owed-"+id).Text(calc.Dollars(owed)),
		app.Td().ID("refund-"+id).Text(calc.Dollars(back)),
	)
}

func provisional(p bool) string {
	if p {
		return " (provisional)"
	}
	return ""
}

func sourceItem(what, source string) app.UI {
	return app.Li().Body(app.Strong().Text(what+": "), app.Text(source))
}

func percentOf(r decimal.Decimal) string { return r.Shift(2).String() + "%" }

func yearsLabel(ys []tax.Year) string {
	s := strconv.Itoa(ys[0].Year)
	if len(ys) > 1 {
		s += " and " + strconv.Itoa(ys[len(ys)-1].Year)
	}
	return s
}

func refundSentence(total decimal.Decimal, year int) string {
	next := strconv.Itoa(year + 1)
	switch total.Sign() {
	case 1:
		return "About " + calc.Dollars(total) + " comes back when you file your return in spring " + next + "."
	case -1:
		return "You would owe about " + calc.Dollars(total.Neg()) + " when you file in spring " + next + "."
	}
	return "What is withheld matches what you owe."
}

// whySentence explains over-withholding with the applicant's own first
// paycheck, when there is one.
func whySentence(e *tax.Estimate) string {
	s := "Payroll withholds from each check as if you earned it all year: "
	for _, c := range e.Paychecks {
		if c.Supplemental {
			continue
		}
		s += "a " + calc.Dollars(c.Gross) + " check is taxed as if it were one of " + strconv.Itoa(e.PeriodsPerYear) +
			" such checks a year, but your " + strconv.Itoa(e.Years[0].Year) + " income is " + calc.Dollars(e.Years[0].Income) + ". "
		break
	}
	return s + "The tax brackets apply to the year's income, so the difference comes back when you file."
}

func partYearAdvice(e *tax.Estimate) app.UI {
	py := e.PartYear
	switch {
	case py == nil:
		return app.Text("Ask payroll, in writing, to use the part-year employment method: it counts the months before the job as pay periods, so less federal tax is withheld. Tick \"Show the part-year withholding method\" to see its figures.")
	case !py.Available:
		return app.Text("The part-year method is not available here: " + py.Reason)
	}
	return app.Span().ID("part-year").Text("With the part-year employment method (ask payroll in writing), federal withholding would be " +
		calc.Dollars(py.Withheld.Federal) + " instead of " + calc.Dollars(e.Withheld.Federal) + ", so " +
		calc.Dollars(py.Refund.Federal) + " of federal tax would come back instead of " + calc.Dollars(e.Refund.Federal) + ". " + py.Note)
}
