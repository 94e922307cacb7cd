package main

import (
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

var paidEvery = map[tax.PayFrequency]string{
	tax.Weekly: "weekly", tax.Biweekly: "every two weeks", tax.Semimonthly: "twice a month", tax.Monthly: "monthly",
}

// takeHomeHTML is the take-home estimate: what each paycheck pays and
// withholds, and, for the year, what is owed against what was withheld.
func takeHomeHTML(e *tax.Estimate) string {
	var w htmlw
	if len(e.Years) == 0 {
		return w.open("section", "id", "take-home", "class", "take-home").close("section").String()
	}
	year := strconv.Itoa(e.Year)
	w.open("section", "id", "take-home", "class", "take-home", "aria-labelledby", "take-home-title")
	w.elem("h3", "Take-home pay: an estimate", "id", "take-home-title")
	w.open("p", "class", "estimate-note").elem("strong", "An estimate, not tax advice. ").
		text("Tax year " + year + ", a single filer in California with the standard deduction, W-4 defaults; " +
			"every rate and bracket is listed with its source below.").close("p")
	w.open("p", "class", "net-summary").text("Net pay for your window: ").elem("strong", calc.Dollars(e.Net), "id", "net-window").
		text(" from " + calc.Dollars(e.Gross) + " gross, in " + plural(len(e.Paychecks), "paycheck") + " paid " + paidEvery[e.Profile.Frequency] + ".").close("p")

	cols := []string{"Pay date", "Gross", "Federal", "Social Security", "Medicare", "CA income tax", "CA SDI", "Net"}
	classes := []string{"", "gross", "federal", "social-security", "medicare", "california", "sdi", "net"}
	w.open("div", "class", "table-scroll", "role", "region", "aria-label", "Paychecks", "tabindex", "0")
	w.open("table", "id", "paychecks", "class", "stack")
	w.elem("caption", "Each paycheck (pay periods start on your first day)")
	w.open("thead").open("tr")
	for _, c := range cols {
		w.elem("th", c, "scope", "col")
	}
	w.close("tr").close("thead").open("tbody")
	for i, c := range e.Paychecks {
		label := c.PayDate.Format("Jan 2")
		if c.Supplemental {
			label += " (housing, separate check)"
		}
		w.open("tr", "data-paycheck", strconv.Itoa(i+1))
		w.elem("th", label, "scope", "row", "title", c.Start.Format("Jan 2")+" to "+c.End.Format("Jan 2, 2006"))
		for j, v := range []decimal.Decimal{c.Gross, c.Federal, c.SocialSecurity, c.Medicare, c.California, c.SDI, c.Net} {
			w.elem("td", calc.Dollars(v), "class", classes[j+1], "data-label", cols[j+1])
		}
		w.close("tr")
	}
	w.close("tbody").open("tfoot").open("tr").elem("th", "Total", "scope", "row")
	t := e.Withheld
	for j, v := range []decimal.Decimal{e.Gross, t.Federal, t.SocialSecurity, t.Medicare, t.California, t.SDI, e.Net} {
		w.elem("td", calc.Dollars(v), "id", when(j == 1, "withheld-federal"), "data-label", cols[j+1])
	}
	w.close("tr").close("tfoot").close("table").close("div")

	w.elem("h4", "Withheld against owed for "+yearsLabel(e.Years))
	w.open("div", "class", "table-scroll", "role", "region", "aria-label", "Withheld against owed", "tabindex", "0")
	w.open("table", "id", "tax-year", "class", "stack").open("thead").open("tr").elem("td", "")
	for _, c := range []string{"Withheld", "Owed", "Comes back (or due)"} {
		w.elem("th", c, "scope", "col")
	}
	w.close("tr").close("thead").open("tbody")
	row := func(label, id string, withheld, owed, back decimal.Decimal, prov bool) {
		w.open("tr").elem("th", label+provisional(prov), "scope", "row")
		w.elem("td", calc.Dollars(withheld), "id", "withheld-year-"+id, "data-label", "Withheld")
		w.elem("td", calc.Dollars(owed), "id", "owed-"+id, "data-label", "Owed")
		w.elem("td", calc.Dollars(back), "id", "refund-"+id, "data-label", "Comes back (or due)")
		w.close("tr")
	}
	row("Federal income tax", "federal", e.Withheld.Federal, e.Owed.Federal, e.Refund.Federal, false)
	row("Social Security", "social-security", e.Withheld.SocialSecurity, e.Owed.SocialSecurity, e.Refund.SocialSecurity, false)
	row("Medicare", "medicare", e.Withheld.Medicare, e.Owed.Medicare, e.Refund.Medicare, false)
	row("California income tax", "california", e.Withheld.California, e.Owed.California, e.Refund.California, e.Table.CaliforniaOwed.Provisional)
	row("California SDI", "sdi", e.Withheld.SDI, e.Owed.SDI, e.Refund.SDI, false)
	w.close("tbody").close("table").close("div")
	w.elem("p", refundSentence(e.Refund.Total(), e.Year), "class", "refund", "id", "refund-total")

	w.elem("h4", "Why so much is withheld, and how to keep more of it")
	w.elem("p", whySentence(e), "class", "why")
	w.open("ul", "class", "reduce").open("li")
	switch py := e.PartYear; {
	case py == nil:
		w.text("Ask payroll, in writing, to use the part-year employment method: it counts the months before the job as pay periods, so less federal tax is withheld. Tick \"Show the part-year withholding method\" to see its figures.")
	case !py.Available:
		w.text("The part-year method is not available here: " + py.Reason)
	default:
		w.elem("span", "With the part-year employment method (ask payroll in writing), federal withholding would be "+
			calc.Dollars(py.Withheld.Federal)+" instead of "+calc.Dollars(e.Withheld.Federal)+", so "+
			calc.Dollars(py.Refund.Federal)+" of federal tax would come back instead of "+calc.Dollars(e.Refund.Federal)+". "+py.Note, "id", "part-year")
	}
	w.close("li")
	w.elem("li", "Review your W-4 with the IRS Tax Withholding Estimator, entering the job's real dates and pay, and give payroll the W-4 it suggests.")
	w.elem("li", "Nothing withheld is lost: you get it back by filing a "+year+" return (Form 1040 and California Form 540) in spring "+strconv.Itoa(e.Year+1)+".")
	w.close("ul")
	w.open("ul", "class", "notes")
	for _, n := range e.Notes {
		w.elem("li", n)
	}
	w.close("ul")
	tab := &e.Table
	w.open("details", "class", "sources").elem("summary", "The figures and their sources ("+strconv.Itoa(tab.Year)+")").open("ul")
	for _, s := range [][2]string{
		{"Federal income tax owed", tab.FederalOwed.Source},
		{"Federal withholding", tab.FederalWithholding.Source},
		{"Social Security, " + percentOf(tab.SocialSecurity.Rate) + " to " + calc.Dollars(tab.SocialSecurity.UpTo), tab.SocialSecurity.Source},
		{"Medicare, " + percentOf(tab.Medicare.Rate), tab.Medicare.Source},
		{"California withholding", tab.CaliforniaWithholding.Source},
		{"California income tax owed" + provisional(tab.CaliforniaOwed.Provisional), tab.CaliforniaOwed.Source},
		{"California SDI, " + percentOf(tab.SDI.Rate), tab.SDI.Source},
		{"Part-year method", tab.PartYearSource},
	} {
		w.open("li").elem("strong", s[0]+": ").text(s[1]).close("li")
	}
	w.close("ul").close("details")
	w.close("section")
	return w.String()
}

func provisional(p bool) string {
	if p {
		return " (provisional)"
	}
	return ""
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
