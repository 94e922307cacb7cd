package main

import (
	"strconv"

	"github.com/offercalc/offercalc/internal/markup"

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
	var w markup.Writer
	if len(e.Years) == 0 {
		return w.Open("section", "id", "take-home", "class", "take-home").Close("section").String()
	}
	year := strconv.Itoa(e.Year)
	lines := e.Lines()
	w.Open("section", "id", "take-home", "class", "take-home", "aria-labelledby", "take-home-title")
	w.Elem("h3", "Take-home pay: an estimate", "id", "take-home-title")
	w.Open("p", "class", "estimate-note").Elem("strong", "An estimate, not tax advice. ").
		Text("Tax year " + year + ", a single filer " + placeWords(e) + ", W-4 defaults; every rate and bracket is listed with its source below.").Close("p")
	w.Open("p", "class", "net-summary").Text("Net pay for your window: ").Elem("strong", calc.Dollars(e.Net), "id", "net-window").
		Text(" from " + calc.Dollars(e.Gross) + " gross, in " + plural(len(e.Paychecks), "paycheck") + " paid " + paidEvery[e.Profile.Frequency] + ".").Close("p")

	cols := []string{"Pay date", "Gross"}
	for _, l := range lines {
		cols = append(cols, e.Label(l))
	}
	cols = append(cols, "Net")
	w.Open("div", "class", "table-scroll", "role", "region", "aria-label", "Paychecks", "tabindex", "0")
	w.Open("table", "id", "paychecks", "class", "stack-wide")
	w.Elem("caption", "Each paycheck (pay periods start on your first day)")
	w.Open("thead").Open("tr")
	for _, c := range cols {
		w.Elem("th", c, "scope", "col")
	}
	w.Close("tr").Close("thead").Open("tbody")
	for i, c := range e.Paychecks {
		label := c.PayDate.Format("Jan 2")
		if c.Supplemental {
			label += " (housing, separate check)"
		}
		w.Open("tr", "data-paycheck", strconv.Itoa(i+1))
		w.Elem("th", label, "scope", "row", "title", c.Start.Format("Jan 2")+" to "+c.End.Format("Jan 2, 2006"))
		w.Elem("td", calc.Dollars(c.Gross), "class", "gross", "data-label", "Gross")
		for _, l := range lines {
			w.Elem("td", calc.Dollars(c.Taxes[l]), "class", e.ID(l), "data-label", e.Label(l))
		}
		w.Elem("td", calc.Dollars(c.Net), "class", "net", "data-label", "Net")
		w.Close("tr")
	}
	w.Close("tbody").Open("tfoot").Open("tr").Elem("th", "Total", "scope", "row").Elem("td", calc.Dollars(e.Gross), "data-label", "Gross")
	for _, l := range lines {
		w.Elem("td", calc.Dollars(e.Withheld[l]), "id", "withheld-"+e.ID(l), "data-label", e.Label(l))
	}
	w.Elem("td", calc.Dollars(e.Net), "data-label", "Net").Close("tr").Close("tfoot").Close("table").Close("div")

	w.Elem("h4", "Withheld against owed for "+yearsLabel(e.Years))
	w.Open("div", "class", "table-scroll", "role", "region", "aria-label", "Withheld against owed", "tabindex", "0")
	w.Open("table", "id", "tax-year", "class", "stack").Open("thead").Open("tr").Elem("td", "")
	for _, c := range []string{"Withheld", "Owed", "Comes back (or due)"} {
		w.Elem("th", c, "scope", "col")
	}
	w.Close("tr").Close("thead").Open("tbody")
	for _, l := range lines {
		id := e.ID(l)
		w.Open("tr").Elem("th", e.Label(l)+provisional(e.Provisional(l)), "scope", "row")
		w.Elem("td", calc.Dollars(e.Withheld[l]), "id", "withheld-year-"+id, "data-label", "Withheld")
		w.Elem("td", calc.Dollars(e.Owed[l]), "id", "owed-"+id, "data-label", "Owed")
		w.Elem("td", calc.Dollars(e.Refund[l]), "id", "refund-"+id, "data-label", "Comes back (or due)")
		w.Close("tr")
	}
	w.Close("tbody").Close("table").Close("div")
	w.Elem("p", refundSentence(e.Refund.Total(), e.Year), "class", "refund", "id", "refund-total")
	if !e.HousingAfterTax.IsZero() {
		w.Elem("p", "Your housing allowance after every tax on it: about "+calc.Dollars(e.HousingAfterTax)+".", "id", "housing-after-tax")
	}

	w.Elem("h4", "Why so much is withheld, and how to keep more of it")
	w.Elem("p", whySentence(e), "class", "why")
	w.Open("ul", "class", "reduce").Open("li")
	switch py := e.PartYear; {
	case py == nil:
		w.Text("Ask payroll, in writing, to use the part-year employment method: it counts the months before the job as pay periods, so less federal tax is withheld. Tick \"Show the part-year withholding method\" to see its figures and the request to give payroll.")
	case !py.Available:
		w.Text("The part-year method is not available here: " + py.Reason)
	default:
		w.Elem("span", "With the part-year employment method (ask payroll in writing), federal withholding would be "+
			calc.Dollars(py.Withheld[tax.FederalIncome])+" instead of "+calc.Dollars(e.Withheld[tax.FederalIncome])+", so "+
			calc.Dollars(py.Refund[tax.FederalIncome])+" of federal tax would come back instead of "+calc.Dollars(e.Refund[tax.FederalIncome])+". "+py.Note, "id", "part-year")
		w.Open("details", "class", "letter", "open", "").Elem("summary", "The written request to give payroll")
		w.Elem("pre", py.Letter(employer), "id", "part-year-letter")
		w.Close("details")
	}
	w.Close("li")
	w.Elem("li", "Review your W-4 with the IRS Tax Withholding Estimator, entering the job's real dates and pay, and give payroll the W-4 it suggests.")
	w.Elem("li", "Nothing withheld is lost: you get it back by filing a "+year+" return in spring "+strconv.Itoa(e.Year+1)+".")
	w.Close("ul")
	w.Open("ul", "class", "notes", "id", "tax-notes")
	for _, n := range e.Notes {
		w.Elem("li", n)
	}
	w.Close("ul")
	w.Open("details", "class", "sources").Elem("summary", "The figures and their sources").Open("ul")
	for _, s := range e.Sources {
		w.Open("li").Elem("strong", s.What+" ("+strconv.Itoa(s.Year)+markup.Pick(s.Provisional, ", provisional", "")+"): ").Text(s.Source).Close("li")
	}
	w.Close("ul").Close("details")
	w.Close("section")
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
