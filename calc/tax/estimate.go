package tax

import (
	"errors"
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// An Estimate is the take-home estimate for a quote: what each paycheck
// withholds and pays, and, for the year, the tax actually owed against what
// was withheld. All figures are estimates for a single filer working in
// California.
//
// Every withholding and tax figure is in cents, rounded half away from zero
// once: a paycheck's lines after the division by the periods in a year, the
// tax owed for the year on the year's total. Totals are sums of the rounded
// lines. Gross and Net are exact, like the quote's wages; round them to
// cents only to show them.
type Estimate struct {
	Profile Profile // as estimated: Frequency filled in
	// Year is the tax year of the first payday (of the first period, when
	// no day is paid): the year Owed is for when Years has one entry, as it
	// does unless the window crosses New Year.
	Year int
	// Table holds the figures used for Year, with their sources. Its Year
	// differs from Year when Year's figures are not yet published and the
	// latest published ones stand in.
	Table          Table
	PeriodsPerYear int // the annualizing factor: 52, 26, 24 or 12

	// Paychecks are the window's paychecks in pay-date order. A period
	// without wages (the weekend after a window's last Friday) has none. A
	// housing allowance is its own check, paid with the first (see
	// Paycheck.Supplemental).
	Paychecks []Paycheck
	Gross     decimal.Decimal // the window's wages plus the housing allowance
	Withheld  Taxes           // the sums of the paychecks' lines
	Net       decimal.Decimal // Gross − Withheld.Total()

	// Owed is the tax owed on the window's wages and OtherIncome, summed
	// over Years. Social Security, Medicare and SDI are owed as withheld.
	Owed Taxes
	// Refund is Withheld − Owed, line by line: positive comes back when
	// you file, negative is due.
	Refund Taxes
	// Years breaks Withheld, Owed and Refund down by calendar year of pay,
	// since each year is taxed apart. One entry unless the window crosses
	// New Year.
	Years []Year

	// PartYear is what the part-year employment method would withhold
	// instead; nil unless the profile asks for it.
	PartYear *PartYearMethod

	// Notes explain the figures in plain language: the housing check, the
	// wage base, provisional figures, and what the estimate leaves out.
	Notes []string
}

// A Paycheck is one pay period's check. Net = Gross − Total().
type Paycheck struct {
	Start, End calc.Date // the pay period
	PayDate    calc.Date // the end of the period: its year is the tax year
	// Supplemental marks the housing allowance, paid as a separate check
	// with the first paycheck (same period and date) and withheld at the
	// supplemental flat rates (Table.FederalSupplemental and
	// CaliforniaSupplemental: 22% and 6.6% in 2026), as payroll may with a
	// separate payment (Publication 15; EDD DE 44). It is wages for Social
	// Security, Medicare and SDI like any other.
	Supplemental bool
	Gross        decimal.Decimal // exact: the period's days' wages, or the housing allowance
	Taxes                        // withheld, each in cents
	Net          decimal.Decimal
}

// Taxes are the five lines of a paycheck, or of a total withheld, owed or
// refunded.
type Taxes struct {
	Federal        decimal.Decimal // federal income tax
	SocialSecurity decimal.Decimal
	Medicare       decimal.Decimal // the additional 0.9% included
	California     decimal.Decimal // California income tax
	SDI            decimal.Decimal // California State Disability Insurance
}

// Total returns the sum of the lines.
func (t Taxes) Total() decimal.Decimal {
	return t.Federal.Add(t.SocialSecurity).Add(t.Medicare).Add(t.California).Add(t.SDI)
}

func (t Taxes) add(u Taxes) Taxes {
	return Taxes{
		Federal:        t.Federal.Add(u.Federal),
		SocialSecurity: t.SocialSecurity.Add(u.SocialSecurity),
		Medicare:       t.Medicare.Add(u.Medicare),
		California:     t.California.Add(u.California),
		SDI:            t.SDI.Add(u.SDI),
	}
}

func (t Taxes) sub(u Taxes) Taxes {
	return Taxes{
		Federal:        t.Federal.Sub(u.Federal),
		SocialSecurity: t.SocialSecurity.Sub(u.SocialSecurity),
		Medicare:       t.Medicare.Sub(u.Medicare),
		California:     t.California.Sub(u.California),
		SDI:            t.SDI.Sub(u.SDI),
	}
}

// A Year is one calendar year of an estimate: the wages paid in it, what
// was withheld from them, and the tax owed on them.
type Year struct {
	Year int
	// TableYear is the year of the figures used: Year, or the latest
	// published year before it.
	TableYear int
	Wages     decimal.Decimal // this job's wages paid in Year, housing included
	// OtherIncome is the profile's in the estimate's first year, zero in
	// the next.
	OtherIncome decimal.Decimal
	// Income is Wages + OtherIncome: single filer, standard deduction.
	Income   decimal.Decimal
	Withheld Taxes
	Owed     Taxes // income taxes on Income; payroll taxes as withheld
	Refund   Taxes // Withheld − Owed: positive comes back
}

// PartYearMethod is what the part-year employment method withholds instead of the
// regular method: on the employee's written request, payroll divides the
// wages paid so far by the periods since January 1, not by the periods paid,
// so the weeks without work count (Treas. Reg. §31.3402(h)(4)-1(c)). Only
// federal income tax changes: California has no such method, and the
// housing check keeps its flat rate.
//
// For each paycheck k of the year: the wages paid so far are averaged over
// k plus PriorPeriods periods, the average is taxed as one period's wages
// would be, that tax times the same count is the tax due so far, and the
// check withholds what is due so far less what was withheld already, never
// less than zero. Each year is counted from its own January 1.
type PartYearMethod struct {
	// Available is false when the method cannot be used: it is for someone
	// employed at most 245 days in the calendar year (Table.PartYearMaxDays),
	// and the window is longer. Reason then says so, and nothing else is set.
	Available bool
	Reason    string
	// PriorDays are the days from January 1 to the day before the first
	// day of work, counted as PriorPeriods pay periods without work.
	// PriorPeriods is rounded to 2 places for showing; the computation
	// uses the exact fraction.
	PriorDays    int
	PriorPeriods decimal.Decimal
	Paychecks    []Paycheck // as in Estimate, with Federal and Net changed
	Withheld     Taxes
	Net          decimal.Decimal
	Refund       Taxes // Withheld − the estimate's Owed
	// Note says what the count of prior periods assumes, for the app to
	// show beside it.
	Note string
}

// Compute estimates the take-home pay of a quote returned by Compute and
// the tax on it, following docs/tax.md:
//
//   - Pay periods start on the window's first day and the last ends on its
//     last day (see PayFrequency). A period's gross is the sum of its days'
//     wages (calc.Quote.Days); a period without wages has no paycheck.
//   - Federal withholding is Publication 15-T's Worksheet 1A (single, W-4
//     defaults), California's is EDD's Method B, both on the period's wages
//     annualized by the periods in a year however short the period is.
//   - Social Security (6.2% to the wage base), Medicare (1.45%, and 0.9% on
//     wages past $200,000) and SDI (1.3%) are on this job's wages paid in
//     the calendar year so far: payroll cannot know about other jobs, so
//     Social Security stops only when this job's wages reach the base.
//   - A housing allowance is its own check on the first payday, withheld at
//     the supplemental flat rates (see Paycheck.Supplemental).
//   - A paycheck belongs to the year of its pay date, and each year is
//     taxed apart. OtherIncome counts in the first year.
//
// The error is a *FieldError (several joined with errors.Join when several
// fields are wrong: FieldErrors lists them) for an unknown frequency
// ("pay"), OtherIncome negative, over $10,000,000 or finer than cents
// ("other"), Allowances negative or over 99 ("allowances"), or a quote
// that did not come from Compute ("quote"). Compute never panics.
func Compute(q calc.Quote, t Profile) (Estimate, error) {
	fr, err := checkTaxInput(q, &t)
	if err != nil {
		return Estimate{}, err
	}
	periods := payPeriods(t.Frequency, q.Window.Start, q.Window.End)
	gross, ok := periodGross(periods, q.Days())
	if !ok {
		return Estimate{}, calc.NewFieldError(FieldQuote, "a day with negative wages", "a quote that calc.Compute returned")
	}
	var housing decimal.Decimal
	if q.Housing.Eligible && q.Housing.Amount.IsPositive() {
		housing = q.Housing.Amount
	}

	est := Estimate{
		Profile:        t,
		PeriodsPerYear: int(fr.perYear),
		Paychecks:      paychecks(periods, gross, housing, fr, t),
		Year:           periods[0].end.Year,
	}
	if len(est.Paychecks) > 0 {
		est.Year = est.Paychecks[0].PayDate.Year
	}
	est.Table = tableFor(est.Year).clone()
	for _, c := range est.Paychecks {
		est.Gross = est.Gross.Add(c.Gross)
		est.Withheld = est.Withheld.add(c.Taxes)
	}
	est.Net = est.Gross.Sub(est.Withheld.Total())
	est.Years = taxYears(est.Year, est.Paychecks, t.OtherIncome)
	for _, y := range est.Years {
		est.Owed = est.Owed.add(y.Owed)
	}
	est.Refund = est.Withheld.sub(est.Owed)
	if t.ShowPartYear {
		est.PartYear = partYear(&est, q.Window, fr)
	}
	est.Notes = taxNotes(&est, housing)
	return est, nil
}

// checkTaxInput validates the profile and fills in its default, and checks
// that q is the kind of quote Compute returns, so that a hand-made one
// cannot make the estimate walk millions of days or go negative.
func checkTaxInput(q calc.Quote, t *Profile) (frequency, error) {
	var errs []error
	bad := func(field calc.Field, value, want string) {
		errs = append(errs, calc.NewFieldError(field, value, want))
	}
	fr, ok := t.Frequency.frequency()
	if !ok {
		bad(FieldPay, string(t.Frequency), `"weekly", "biweekly", "semimonthly" or "monthly" (empty: biweekly)`)
	}
	if t.Frequency == "" {
		t.Frequency = Biweekly
	}
	if err := calc.CheckAmount(FieldOther, t.OtherIncome, maxOtherIncome, 2, "other wages for the year from $0 to $10,000,000, in cents"); err != nil {
		errs = append(errs, err)
	}
	if t.Allowances < 0 || t.Allowances > maxAllowances {
		bad(FieldAllowances, strconv.Itoa(t.Allowances), "a number of DE 4 allowances from 0 to 99")
	}
	if !q.Valid() {
		bad(FieldQuote, q.Plan.Start.String()+" to "+q.Plan.End.String(), "a quote that calc.Compute returned")
	}
	if len(errs) == 1 {
		return fr, errs[0] // a *calc.FieldError itself, not a join of one
	}
	return fr, errors.Join(errs...)
}

type period struct{ start, end calc.Date }

// payPeriods cuts [start, end] into pay periods. Weekly and biweekly periods
// run from start; semimonthly and monthly ones end where the calendar's do,
// so the first may be short. The last ends at end, so it may be short too.
func payPeriods(f PayFrequency, start, end calc.Date) []period {
	out := make([]period, 0, end.DaysSince(start)/7+2)
	for s := start; !s.After(end); {
		var e calc.Date
		switch f {
		case Weekly:
			e = s.AddDays(6)
		case Semimonthly:
			if s.Day <= 15 {
				e = calc.Date{Year: s.Year, Month: s.Month, Day: 15}
			} else {
				e = monthEnd(s)
			}
		case Monthly:
			e = monthEnd(s)
		default:
			e = s.AddDays(13)
		}
		if e.After(end) {
			e = end
		}
		out = append(out, period{s, e})
		s = e.AddDays(1)
	}
	return out
}

// periodGross sums the days' wages into their periods, exactly. It reports
// false for a negative day, which Compute never makes.
func periodGross(periods []period, days []calc.Day) ([]decimal.Decimal, bool) {
	out := make([]decimal.Decimal, len(periods))
	i := 0
	for _, d := range days {
		if d.Gross.IsNegative() {
			return nil, false
		}
		for i < len(periods) && periods[i].end.Before(d.Date) {
			i++
		}
		if i < len(periods) {
			out[i] = out[i].Add(d.Gross)
		}
	}
	return out, true
}

// paychecks withholds from each period's wages, and pays the housing
// allowance as a separate check with the first. A period without wages (the
// weekend after a window's last Friday) has no check; the housing check
// still has one, on the first period's date, if no period has wages.
// monthEnd is the last day of d's month.
func monthEnd(d calc.Date) calc.Date {
	return calc.Date{Year: d.Year, Month: d.Month, Day: 1}.AddMonths(1).AddDays(-1)
}

func paychecks(periods []period, gross []decimal.Decimal, housing decimal.Decimal, fr frequency, t Profile) []Paycheck {
	perYear := decimal.New(fr.perYear, 0)
	out := make([]Paycheck, 0, len(periods)+1)
	var (
		year int
		tab  *Table
		paid decimal.Decimal // this job's wages paid so far in the year, for the wage limits
	)
	pay := func(p period, g decimal.Decimal, supplemental bool) {
		if p.end.Year != year {
			year, tab, paid = p.end.Year, tableFor(p.end.Year), decimal.Zero
		}
		c := Paycheck{Start: p.start, End: p.end, PayDate: p.end, Supplemental: supplemental, Gross: g}
		if supplemental {
			c.Federal = g.Mul(tab.FederalSupplemental.Rate).Round(2)
			c.California = g.Mul(tab.CaliforniaSupplemental.Rate).Round(2)
		} else {
			annual := g.Mul(perYear)
			c.Federal = tab.FederalWithholding.tax(annual, one, 0).DivRound(perYear, 2)
			if ca := &tab.CaliforniaWithholding; annual.GreaterThan(ca.Exempt) {
				c.California = ca.tax(annual, one, t.Allowances).DivRound(perYear, 2)
			}
		}
		if !t.ExemptFICA {
			c.SocialSecurity = tab.SocialSecurity.on(paid, g).Round(2)
			c.Medicare = tab.Medicare.on(paid, g).Add(tab.AdditionalMedicare.on(paid, g)).Round(2)
		}
		c.SDI = tab.SDI.on(paid, g).Round(2)
		c.Net = g.Sub(c.Total())
		paid = paid.Add(g)
		out = append(out, c)
	}
	housingDue := housing.IsPositive()
	for i, p := range periods {
		if gross[i].IsZero() {
			continue
		}
		pay(p, gross[i], false)
		if housingDue {
			pay(p, housing, true)
			housingDue = false
		}
	}
	if housingDue {
		pay(periods[0], housing, true)
	}
	return out
}

var one = decimal.New(1, 0)

// taxYears groups the paychecks by year of pay and computes each year's tax
// owed, rounded to cents once. The first year is there even without a
// paycheck, for the tax on OtherIncome.
func taxYears(first int, checks []Paycheck, other decimal.Decimal) []Year {
	out := []Year{{Year: first, TableYear: tableFor(first).Year}}
	for _, c := range checks {
		if out[len(out)-1].Year != c.PayDate.Year {
			out = append(out, Year{Year: c.PayDate.Year, TableYear: tableFor(c.PayDate.Year).Year})
		}
		y := &out[len(out)-1]
		y.Wages = y.Wages.Add(c.Gross)
		y.Withheld = y.Withheld.add(c.Taxes)
	}
	for i := range out {
		y := &out[i]
		if i == 0 {
			y.OtherIncome = other
		}
		y.Income = y.Wages.Add(y.OtherIncome)
		tab := tableFor(y.Year)
		y.Owed = Taxes{
			Federal:        tab.FederalOwed.tax(y.Income, one, 0).Round(2),
			SocialSecurity: y.Withheld.SocialSecurity,
			Medicare:       y.Withheld.Medicare,
			California:     tab.CaliforniaOwed.tax(y.Income, one, 0).Round(2),
			SDI:            y.Withheld.SDI,
		}
		y.Refund = y.Withheld.sub(y.Owed)
	}
	return out
}

// partYear recomputes the regular checks' federal withholding under the
// part-year employment method.
//
// With M = k + PriorPeriods periods so far and W the wages paid so far, the
// tax due so far is tax(W/M × perYear)/perYear × M. Scaling the schedule by
// M (Schedule.tax) keeps that exact until the one rounding to cents.
func partYear(est *Estimate, w calc.Window, fr frequency) *PartYearMethod {
	maxDays := est.Table.PartYearMaxDays
	for y := w.Start.Year; y <= w.End.Year; y++ {
		from, to := calc.Date{Year: y, Month: 1, Day: 1}, calc.Date{Year: y, Month: 12, Day: 31}
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

	py := &PartYearMethod{Available: true, Paychecks: append([]Paycheck(nil), est.Paychecks...)}
	if jan1 := (calc.Date{Year: est.Year, Month: 1, Day: 1}); w.Start.After(jan1) {
		py.PriorDays = w.Start.DaysSince(jan1)
	}
	days, per := decimal.New(fr.days, 0), decimal.New(fr.per, 0)
	py.PriorPeriods = decimal.New(int64(py.PriorDays), 0).Mul(per).DivRound(days, 2)
	if py.PriorDays > 0 {
		py.Note = "Counts the " + strconv.Itoa(py.PriorDays) + " days from January 1 as " + py.PriorPeriods.String() +
			" pay periods without wages, as if no other job paid you this year before this one; payroll counts from the last day of an earlier job instead."
	}

	perYear := decimal.New(fr.perYear, 0)
	var (
		year           int
		tab            *Table
		k              int64
		prior          decimal.Decimal // PriorDays × per: the prior periods × days, exact
		paid, withheld decimal.Decimal
	)
	for i := range py.Paychecks {
		c := &py.Paychecks[i]
		if c.Supplemental {
			continue
		}
		if c.PayDate.Year != year {
			year, tab, k, paid, withheld = c.PayDate.Year, tableFor(c.PayDate.Year), 0, decimal.Zero, decimal.Zero
			prior = decimal.Zero
			if year == est.Year {
				prior = decimal.New(int64(py.PriorDays), 0).Mul(per)
			}
		}
		k++
		paid = paid.Add(c.Gross)
		// M × days = k × days + PriorDays × per; the annualized average is
		// W × perYear / M, so scaled by M × days it is W × perYear × days.
		scale := decimal.New(k, 0).Mul(days).Add(prior)
		due := tab.FederalWithholding.tax(paid.Mul(perYear).Mul(days), scale, 0).DivRound(perYear.Mul(days), 2)
		c.Federal = decimal.Max(due.Sub(withheld), decimal.Zero)
		withheld = withheld.Add(c.Federal)
		c.Net = c.Gross.Sub(c.Total())
	}
	gross := decimal.Zero
	for _, c := range py.Paychecks {
		gross = gross.Add(c.Gross)
		py.Withheld = py.Withheld.add(c.Taxes)
	}
	py.Net = gross.Sub(py.Withheld.Total())
	py.Refund = py.Withheld.sub(est.Owed)
	return py
}

// taxNotes explains what in the estimate needs explaining.
func taxNotes(est *Estimate, housing decimal.Decimal) []string {
	var notes []string
	tab := &est.Table
	if est.Refund.Federal.IsPositive() {
		notes = append(notes, "Payroll withholds from each check as if you earned it all year ("+
			strconv.Itoa(est.PeriodsPerYear)+" checks a year), so a job of a few months is over-withheld: the difference comes back when you file.")
	}
	for _, y := range est.Years {
		if y.TableYear != y.Year {
			notes = append(notes, "No "+strconv.Itoa(y.Year)+" figures are published yet: "+strconv.Itoa(y.Year)+" uses "+strconv.Itoa(y.TableYear)+"'s.")
		}
	}
	if len(est.Years) > 1 {
		notes = append(notes, "Paychecks paid after December 31 are the next year's income: each year's tax is estimated apart.")
	}
	if housing.IsPositive() {
		notes = append(notes, "The housing allowance ("+calc.Dollars(housing)+") is paid as a separate check with the first paycheck, withheld at the supplemental flat rates: "+
			percent(tab.FederalSupplemental.Rate)+" federal and "+percent(tab.CaliforniaSupplemental.Rate)+" California.")
	}
	if est.Profile.ExemptFICA {
		notes = append(notes, "No Social Security or Medicare is withheld (F-1 or J-1 student on CPT or OPT); California SDI still is. "+
			"A nonresident alien's federal withholding and tax follow other rules (most cannot take the standard deduction), which this estimate does not apply.")
	} else {
		var wages decimal.Decimal
		for _, y := range est.Years {
			wages = decimal.Max(wages, y.Wages)
			if y.OtherIncome.IsPositive() && (y.Income.GreaterThan(tab.SocialSecurity.UpTo) || y.Income.GreaterThan(tab.AdditionalMedicare.Over)) {
				notes = append(notes, "With your other wages, "+strconv.Itoa(y.Year)+"'s wages pass the "+calc.Dollars(tab.SocialSecurity.UpTo)+
					" Social Security wage base or the "+calc.Dollars(tab.AdditionalMedicare.Over)+" Additional Medicare threshold. Each employer withholds on its own wages; "+
					"the excess Social Security that comes back and the Additional Medicare Tax due when you file are not estimated here.")
			}
		}
		if wages.GreaterThan(tab.SocialSecurity.UpTo) {
			notes = append(notes, "Social Security stops once this job's wages for the year reach the "+calc.Dollars(tab.SocialSecurity.UpTo)+" wage base.")
		}
		if wages.GreaterThan(tab.AdditionalMedicare.Over) {
			notes = append(notes, "Medicare includes the additional "+percent(tab.AdditionalMedicare.Rate)+" on this job's wages over "+
				calc.Dollars(tab.AdditionalMedicare.Over)+" in the year.")
		}
	}
	notes = append(notes, "California withholding uses EDD's exact method (Method B); a payroll that uses the printed tables may differ by a few cents.")
	if s := &tab.CaliforniaOwed; s.Provisional {
		notes = append(notes, "Provisional: "+s.Note)
	}
	return notes
}

// percent shows a rate as a percentage: 0.062 is "6.2%".
func percent(r decimal.Decimal) string { return r.Shift(2).String() + "%" }

// FullPaycheck returns the first regular paycheck of a whole pay period
// (seven or fourteen days, a whole half-month or month), the one to quote
// as "a paycheck": the window's first and last periods are often cut
// short. ok is false when no period is whole.
func (e Estimate) FullPaycheck() (c Paycheck, ok bool) {
	for _, c := range e.Paychecks {
		if c.Supplemental {
			continue
		}
		days := c.End.DaysSince(c.Start) + 1
		switch e.Profile.Frequency {
		case Weekly:
			ok = days == 7
		case Biweekly, "":
			ok = days == 14
		case Semimonthly:
			ok = (c.Start.Day == 1 && c.End.Day == 15) || (c.Start.Day == 16 && c.End == monthEnd(c.Start))
		case Monthly:
			ok = c.Start.Day == 1 && c.End == monthEnd(c.Start)
		}
		if ok {
			return c, true
		}
	}
	return Paycheck{}, false
}
