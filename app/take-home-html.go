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
// withholds, line by line for where the work is, and, for the year, what
// is owed against what was withheld. employer fills in the part-year
// request.
func takeHomeHTML(e *tax.Estimate, employer string) string {
	var w htmlw
	if len(e.Years) == 0 {
		return w.open("section", "id", "take-home", "class", "take-home").close("section").String()
	}
	year := strconv.Itoa(e.Year)
	lines := e.Lines()
	w.open("section", "id", "take-home", "class", "take-home", "aria-labelledby", "take-home-title")
	w.elem("h3", "Take-home pay: an estimate", "id", "take-home-title")
	w.open("p", "class", "estimate-note").elem("strong", "An estimate, not tax advice. ").
		text("Tax year " + year + ", a single filer " + placeWords(e) + ", W-4 defaults; every rate and bracket is listed with its source below.").close("p")
	w.open("p", "class", "net-summary").text("Net pay for your window: ").elem("strong", calc.Dollars(e.Net), "id", "net-window").
		text(" from " + calc.Dollars(e.Gross) + " gross, in " + plural(len(e.Paychecks), "paycheck") + " paid " + paidEvery[e.Profile.Frequency] + ".").close("p")

	cols := []string{"Pay date", "Gross"}
	for _, l := range lines {
		cols = append(cols, e.Label(l))
	}
	cols = append(cols, "Net")
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
		w.elem("td", calc.Dollars(c.Gross), "class", "gross", "data-label", "Gross")
		for _, l := range lines {
			w.elem("td", calc.Dollars(c.Taxes[l]), "class", e.ID(l), "data-label", e.Label(l))
		}
		w.elem("td", calc.Dollars(c.Net), "class", "net", "data-label", "Net")
		w.close("tr")
	}
	w.close("tbody").open("tfoot").open("tr").elem("th", "Total", "scope", "row").elem("td", calc.Dollars(e.Gross), "data-label", "Gross")
	for _, l := range lines {
		w.elem("td", calc.Dollars(e.Withheld[l]), "id", "withheld-"+e.ID(l), "data-label", e.Label(l))
	}
	w.elem("td", calc.Dollars(e.Net), "data-label", "Net").close("tr").close("tfoot").close("table").close("div")

	w.elem("h4", "Withheld against owed for "+yearsLabel(e.Years))
	w.open("div", "class", "table-scroll", "role", "region", "aria-label", "Withheld against owed", "tabindex", "0")
	w.open("table", "id", "tax-year", "class", "stack").open("thead").open("tr").elem("td", "")
	for _, c := range []string{"Withheld", "Owed", "Comes back (or due)"} {
		w.elem("th", c, "scope", "col")
	}
	w.close("tr").close("thead").open("tbody")
	for _, l := range lines {
		id := e.ID(l)
		w.open("tr").elem("th", e.Label(l)+provisional(e.Provisional(l)), "scope", "row")
		w.elem("td", calc.Dollars(e.Withheld[l]), "id", "withheld-year-"+id, "data-label", "Withheld")
		w.elem("td", calc.Dollars(e.Owed[l]), "id", "owed-"+id, "data-label", "Owed")
		w.elem("td", calc.Dollars(e.Refund[l]), "id", "refund-"+id, "data-label", "Comes back (or due)")
		w.close("tr")
	}
	w.close("tbody").close("table").close("div")
	w.elem("p", refundSentence(e.Refund.Total(), e.Year), "class", "refund", "id", "refund-total")
	if !e.HousingAfterTax.IsZero() {
		w.elem("p", "Your housing allowance after every tax on it: about "+calc.Dollars(e.HousingAfterTax)+".", "id", "housing-after-tax")
	}

	w.elem("h4", "Why so much is withheld, and how to keep more of it")
	w.elem("p", whySentence(e), "class", "why")
	w.open("ul", "class", "reduce").open("li")
	switch py := e.PartYear; {
	case py == nil:
		w.text("Ask payroll, in writing, to use the part-year employment method: it counts the months before the job as pay periods, so less federal tax is withheld. Tick \"Show the part-year withholding method\" to see its figures and the request to give payroll.")
	case !py.Available:
		w.text("The part-year method is not available here: " + py.Reason)
	default:
		w.elem("span", "With the part-year employment method (ask payroll in writing), federal withholding would be "+
			calc.Dollars(py.Withheld[tax.FederalIncome])+" instead of "+calc.Dollars(e.Withheld[tax.FederalIncome])+", so "+
			calc.Dollars(py.Refund[tax.FederalIncome])+" of federal tax would come back instead of "+calc.Dollars(e.Refund[tax.FederalIncome])+". "+py.Note, "id", "part-year")
		w.open("details", "class", "letter", "open", "").elem("summary", "The written request to give payroll")
		w.elem("pre", py.Letter(employer), "id", "part-year-letter")
		w.close("details")
	}
	w.close("li")
	w.elem("li", "Review your W-4 with the IRS Tax Withholding Estimator, entering the job's real dates and pay, and give payroll the W-4 it suggests.")
	w.elem("li", "Nothing withheld is lost: you get it back by filing a "+year+" return in spring "+strconv.Itoa(e.Year+1)+".")
	w.close("ul")
	w.open("ul", "class", "notes", "id", "tax-notes")
	for _, n := range e.Notes {
		w.elem("li", n)
	}
	w.close("ul")
	w.open("details", "class", "sources").elem("summary", "The figures and their sources").open("ul")
	for _, s := range e.Sources {
		w.open("li").elem("strong", s.What+" ("+strconv.Itoa(s.Year)+provisional(s.Provisional)+"): ").text(s.Source).close("li")
	}
	w.close("ul").close("details")
	w.close("section")
	return w.String()
}

// placeWords says where the estimate taxes the wages.
func placeWords(e *tax.Estimate) string {
	p := &e.Place
	switch {
	case p.State == "":
		return "with no state chosen (federal figures only)"
	case !p.Supported:
		return "in " + p.StateName + ", whose taxes the calculator does not have yet (federal figures only)"
	case p.Locality != "":
		return "living in " + p.LocalityName + ", " + p.StateName
	}
	return "in " + p.StateName
}

func provisional(p bool) string {
	if p {
		return " (provisional)"
	}
	return ""
}

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
