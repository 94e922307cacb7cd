package tax

import (
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// PartYearMethod is what the part-year employment method withholds instead
// of the regular method: on the employee's written request, payroll
// averages the wages paid so far over the periods since January 1 (or
// since an earlier job's last day), not over the periods paid, so the weeks
// without work count (Treas. Reg. §31.3402(h)(4)-1(c)). Only federal income
// tax changes: no state has such a method here, and a supplemental check
// keeps its own.
//
// For each regular paycheck k of a year: the periods so far are k plus the
// days before the job divided by the calendar days of the check's payroll
// period (Publication 15-T): 7 or 14, or the calendar's half-month or
// month, however few of them the window holds; the wages
// paid so far are averaged over them, the average is taxed as one period's
// wages would be, that tax times the periods is the tax due so far, and the
// check withholds what is due so far less what was withheld already, never
// less than zero. Each year is counted from its own January 1.
type PartYearMethod struct {
	// Available is false when the method cannot be used: it is for someone
	// employed at most 245 days in the calendar year, and the window is
	// longer. Reason then says so, and nothing else is set.
	Available bool
	Reason    string
	// PriorDays are the days before the first day of work in its year:
	// from January 1, or from the day after LastJob.
	PriorDays int
	Paychecks []Paycheck // as in Estimate, with FederalIncome and Net changed
	Withheld  Taxes
	Net       decimal.Decimal
	Refund    Taxes // Withheld − the estimate's Owed
	Note      string

	start, end, lastJob Date
	year                int
	regular             decimal.Decimal // the estimate's own federal withholding
}

func partYear(est *Estimate, w calc.Window) *PartYearMethod {
	f := federalFor(est.Year)
	maxDays := f.PartYear.MaxDays
	for y := w.Start.Year; y <= w.End.Year; y++ {
		from, to := Date{Year: y, Month: 1, Day: 1}, Date{Year: y, Month: 12, Day: 31}
		if w.Start.After(from) {
			from = w.Start
		}
		if w.End.Before(to) {
			to = w.End
		}
		if n := to.DaysSince(from) + 1; n > maxDays {
			return &PartYearMethod{Reason: "The part-year method is for someone employed at most " + strconv.Itoa(maxDays) +
				" days in the year; this window has " + strconv.Itoa(n) + " days in " + strconv.Itoa(y) + "."}
		}
	}
	t := est.Profile
	py := &PartYearMethod{Available: true, Paychecks: append([]Paycheck(nil), est.Paychecks...),
		start: w.Start, end: w.End, year: est.Year, regular: est.Withheld[FederalIncome]}
	from := Date{Year: est.Year, Month: 1, Day: 1}
	if t.LastJob.Year == est.Year { // Compute checked that it ends before this job; an earlier year's counts from January 1
		from, py.lastJob = t.LastJob.AddDays(1), t.LastJob
	}
	if w.Start.After(from) {
		py.PriorDays = w.Start.DaysSince(from)
	}
	if py.PriorDays > 0 {
		since := "January 1"
		if from.Day != 1 || from.Month != 1 {
			since = "the day after your last job, " + from.AddDays(-1).Format("January 2")
		}
		py.Note = "Counts the " + strconv.Itoa(py.PriorDays) + " days from " + since +
			" to your first day as pay periods without wages, each check by its own period's days."
	}

	perYear := decimal.New(int64(est.PeriodsPerYear), 0)
	var (
		year           int
		k, prior       int64
		paid, withheld decimal.Decimal
		fed            *federal
	)
	for i := range py.Paychecks {
		c := &py.Paychecks[i]
		if c.Supplemental {
			continue
		}
		if c.PayDate.Year != year {
			year, k, paid, withheld, prior = c.PayDate.Year, 0, decimal.Zero, decimal.Zero, 0
			fed = federalFor(year)
			if year == est.Year {
				prior = int64(py.PriorDays)
			}
		}
		k++
		paid = sum(paid, c.Taxable)
		// M = k + prior/d periods; the average period's wages are W/M (plus
		// the nonresident adjustment); scaled by B = k·d + prior the
		// annualized average is A/B, and the tax due, tax(A/B)/perYear × M,
		// is scaledOn(A − deduction·B, B) / (perYear · d).
		days := int64(t.Frequency.periodDays(c.Start))
		d, b := decimal.New(days, 0), decimal.New(k*days+prior, 0)
		w := paid.Mul(d)
		if t.Nonresident && !isIn(fed.Nonresident.DeductionCountries, t.Country) {
			w = w.Add(fed.Nonresident.Add[freqKey(t.Frequency)].Mul(b))
		}
		a := w.Mul(perYear)
		due := fed.Withholding.scaledOn(a.Sub(fed.Withholding.Deduction.Mul(b)), b).DivRound(perYear.Mul(d), 2)
		regular := c.Taxes[FederalIncome]
		c.Taxes[FederalIncome] = nonNegative(due.Sub(withheld))
		withheld = sum(withheld, c.Taxes[FederalIncome])
		c.Net = c.Net.Add(regular).Sub(c.Taxes[FederalIncome]) // the other lines are the estimate's
	}
	// Only the federal line differs from the estimate's.
	py.Withheld = est.Withheld
	py.Withheld[FederalIncome] = decimal.Zero
	for _, c := range py.Paychecks {
		py.Withheld[FederalIncome] = sum(py.Withheld[FederalIncome], c.Taxes[FederalIncome])
	}
	py.Net = est.Gross.Sub(py.Withheld.Total())
	py.Refund = py.Withheld.sub(est.Owed)
	return py
}

func isIn(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Letter returns the written request for the part-year method that the
// intern gives payroll, filled in with employer (the posting's employer,
// or "" for a blank), the job's dates and the figures: the request must be
// in writing, and state the last day of any earlier job in the year, that
// the employee expects to work at most 245 days in it, and that they use
// a calendar-year accounting period.
func (m *PartYearMethod) Letter(employer string) string {
	if !m.Available {
		return ""
	}
	if employer == "" {
		employer = "________________"
	}
	y := strconv.Itoa(m.year)
	prior := "I have not been employed by anyone else in " + y + " before this job."
	if !m.lastJob.IsZero() {
		prior = "My last day of employment before this job in " + y + " was " + m.lastJob.Format("January 2, 2006") + "."
	}
	return "To the payroll department of " + employer + ":\n\n" +
		"I request that federal income tax be withheld from my wages under the part-year employment method " +
		"(Treasury Regulation §31.3402(h)(4)-1(c); IRS Publication 15-T).\n\n" +
		"1. " + prior + "\n" +
		"2. I reasonably anticipate being employed for not more than 245 days in all terms of continuous employment during " + y +
		": this job runs from " + m.start.Format("January 2, 2006") + " to " + m.end.Format("January 2, 2006") + ".\n" +
		"3. I use a calendar-year accounting period.\n\n" +
		"Under penalties of perjury, I declare that these statements are true.\n\n" +
		"Name: ____________________   Signature: ____________________   Date: ____________\n\n" +
		"(By the calculator's estimate, this method would withhold " + calc.Dollars(m.Withheld[FederalIncome]) +
		" of federal income tax from these paychecks instead of " + calc.Dollars(m.regular) + ".)"
}
