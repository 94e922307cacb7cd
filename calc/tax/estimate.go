package tax

import (
	"slices"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// Line is one deduction of a paycheck: a tax or an insurance premium
// withheld. The state's lines are named by its figures (Estimate.Label):
// California's income tax and SDI, Washington's WA Cares and paid leave,
// New York's income tax, New York City's, NY SDI and paid family leave.
type Line int

const (
	FederalIncome Line = iota // federal income tax
	SocialSecurity
	Medicare // the Additional Medicare Tax included
	StateIncome
	LocalIncome
	Premium1 // the state's first payroll premium (SDI, WA Cares, …)
	Premium2 // its second (paid family leave, …)
	numLines
)

// Taxes are a paycheck's lines, or a total withheld, owed or refunded, by
// Line.
type Taxes [numLines]decimal.Decimal

// Total returns the sum of the lines.
func (t Taxes) Total() decimal.Decimal {
	return sum(t[:]...)
}

// sum adds amounts, skipping zeros: a decimal sum of two exponents rescales
// one of them (a power of ten, allocated), and decimal.Zero's exponent is
// rarely an amount's.
func sum(vs ...decimal.Decimal) decimal.Decimal {
	s := decimal.Zero
	for _, v := range vs {
		switch {
		case v.IsZero():
		case s.IsZero():
			s = v
		default:
			s = s.Add(v)
		}
	}
	return s
}

// add and sub skip the lines that are zero, for the same reason.
func (t Taxes) add(u Taxes) Taxes {
	for i := range t {
		t[i] = sum(t[i], u[i])
	}
	return t
}

func (t Taxes) sub(u Taxes) Taxes {
	for i := range t {
		t[i] = sum(t[i], u[i].Neg())
	}
	return t
}

// inCents returns an amount of whole cents with the exponent of cents
// (3600.0 and 3600.000 are 3600.00, the same value), and any other amount
// as it is. Amounts of one exponent add and compare without rescaling (a
// power of ten, allocated), so the wages and the figures they meet are
// kept in cents once, not rescaled at each use.
func inCents(v decimal.Decimal) decimal.Decimal {
	if v.Exponent() == -2 {
		return v
	}
	if r := v.Round(2); v.Exponent() > -2 || r.Equal(v) {
		return r
	}
	return v
}

// A Place is where the estimate taxes the wages.
type Place struct {
	State        string // a USPS code, or "" for none
	StateName    string
	Locality     string // "NYC", or ""
	LocalityName string
	// Supported reports that the calculator knows the state's taxes (or
	// that there is no state); when it is false the estimate is federal
	// only, and a note says so.
	Supported bool
	// NoIncomeTax reports that the state has no wage income tax.
	NoIncomeTax bool
}

// An Estimate is the take-home estimate for a quote: what each paycheck
// withholds and pays, and, for each calendar year, the tax owed on the
// return against what was withheld.
//
// Every withholding and tax figure is in cents, rounded half away from
// zero once, where payroll or the return rounds: a paycheck's lines after
// the division by the periods in a year (or at the publication's own step),
// the tax owed on the year's total. Totals are sums of the rounded lines.
// Gross and Net are exact, like the quote's wages; round them to cents only
// to show them.
type Estimate struct {
	Profile        Profile // as estimated: defaults filled in
	Place          Place
	Year           int // the tax year of the first payday
	PeriodsPerYear int // the annualizing factor: 52, 26, 24 or 12

	// Paychecks are the window's paychecks in pay-date order. A period
	// without wages (the weekend after a window's last Friday) has none. A
	// housing allowance paid as a lump sum is its own check, paid with the
	// first.
	Paychecks []Paycheck
	Gross     decimal.Decimal // the cash paid: wages, and housing paid in cash
	Withheld  Taxes           // the sums of the paychecks' lines
	Net       decimal.Decimal // Gross − Withheld.Total()

	// Owed is the tax owed for the years of the paychecks, summed over
	// Years. Social Security, Medicare and the state's premiums are owed
	// as withheld.
	Owed Taxes
	// Refund is Withheld − Owed, line by line: positive comes back when
	// you file, negative is due.
	Refund Taxes
	// Years breaks the figures down by calendar year of pay, since each
	// year is taxed apart. One entry unless the window crosses New Year.
	Years []Year

	// PartYear is what the part-year employment method would withhold
	// instead; nil unless the profile asks for it.
	PartYear *PartYearMethod

	// HousingAfterTax is what the housing allowance adds for the year after
	// every tax on it (withheld, and owed when you file): its value less
	// the taxes it adds. Zero without one.
	HousingAfterTax decimal.Decimal

	// Sources lists each figure used, with its publication and year.
	Sources []Source
	// Notes explain the figures in plain language: each line, the housing
	// check, the nonresident rules, provisional figures, and what the
	// estimate leaves out.
	Notes []string

	labels, ids [numLines]string
}

// Provisional reports whether a line's tax owed uses figures that stand in
// for ones not yet published (California's 2026 schedule, say).
func (e *Estimate) Provisional(l Line) bool {
	code := e.Place.State
	switch l {
	case StateIncome:
	case LocalIncome:
		code = e.Place.Locality
	default:
		return false
	}
	j := jurisdictionFor(code, e.Year)
	return code != "" && j != nil && j.Owed.Provisional
}

// ID returns a line's stable name, for a page's markup and tests:
// "federal", "social-security", "medicare", "state", "local", and a
// premium's own ("sdi", "wa-cares", "ny-pfl"…); "" for a line the estimate
// does not use.
func (e *Estimate) ID(l Line) string {
	if l < 0 || l >= numLines || e.labels[l] == "" {
		return ""
	}
	return e.ids[l]
}

// Lines returns the lines the estimate uses, in order: the federal lines,
// then the state's (its income tax, its locality's, its premiums).
func (e *Estimate) Lines() []Line {
	var out []Line
	for l := range numLines {
		if e.labels[l] != "" {
			out = append(out, l)
		}
	}
	return out
}

// Label returns a line's name ("Federal income tax", "CA SDI", "WA
// Cares"), or "" for a line the estimate does not use.
func (e *Estimate) Label(l Line) string {
	if l < 0 || l >= numLines {
		return ""
	}
	return e.labels[l]
}

// A Paycheck is one pay period's check. Net = Gross − Total().
type Paycheck struct {
	Start, End Date // the pay period
	PayDate    Date // the end of the period: its year is the tax year
	// Supplemental marks a housing allowance paid as a lump sum: its own
	// check with the first paycheck (same period and date), supplemental
	// wages for income tax withholding (see FlatRate), wages like any other
	// for Social Security, Medicare and the state's premiums.
	Supplemental bool
	// FlatRate reports that a supplemental check was withheld at the
	// supplemental flat rates, which Publication 15 allows only when income
	// tax was withheld from the regular wages; otherwise it was added to
	// the regular wages paid with it and withheld on the total.
	FlatRate bool
	Gross    decimal.Decimal // the cash paid: the period's wages, and housing paid in cash
	// Housing is the part of the taxable wages that is housing: paid in
	// cash (in Gross), or the value of housing provided (not in Gross).
	Housing decimal.Decimal
	Taxable decimal.Decimal // the wages taxed: Gross, and the value of housing provided
	Taxes                   // withheld, each in cents
	Net     decimal.Decimal
}

// Date is calc's civil date.
type Date = calc.Date

// A Year is one calendar year of an estimate.
type Year struct {
	Year int
	// TableYear is the year of the federal figures used: Year, or the
	// latest published year before it.
	TableYear int
	Wages     decimal.Decimal // this job's taxable wages paid in Year, housing included
	// OtherIncome is the profile's in the estimate's first year, zero in
	// the next.
	OtherIncome decimal.Decimal
	Income      decimal.Decimal // Wages + OtherIncome: the federal AGI
	Deduction   decimal.Decimal // the standard deduction: none for a nonresident alien unless a treaty gives it
	Treaty      decimal.Decimal // wages a treaty exempts
	// Overtime is the qualified overtime deduction (2025 to 2028): the
	// half-time premium federal law requires for hours over 40 in a
	// workweek, within its cap and phase-out.
	Overtime decimal.Decimal
	Taxable  decimal.Decimal // federal taxable income
	// FromTable reports that the federal tax owed is the IRS Tax Table's
	// (taxable income under $100,000), where ScheduleTax is the rate
	// schedule's, in cents, for comparison.
	FromTable   bool
	ScheduleTax decimal.Decimal
	Withheld    Taxes
	Owed        Taxes
	Refund      Taxes // Withheld − Owed: positive comes back
}

// A Source is one set of figures the estimate used.
type Source struct {
	What        string // "Federal withholding", "California SDI, 1.3%"…
	Source      string // the publication, table and year
	Year        int    // the year the figures are for
	Provisional bool   // they stand in for figures not yet published
}

// Compute estimates the take-home pay of a quote returned by calc.Compute
// and the tax on it (docs/tax.md):
//
//   - Pay periods start on the window's first day, and the last ends on its
//     last day (see PayFrequency). A period's wages are the sum of its
//     days' (calc.Quote.Days); a period without wages has no paycheck.
//   - Federal withholding is Publication 15-T's Worksheet 1A (single, W-4
//     defaults), on the period's wages annualized however short the period
//     is, with the nonresident alien adjustment for a nonresident.
//   - The state's withholding is its own method and figures (Place): none
//     where there is no wage income tax.
//   - Social Security, Medicare and the state's premiums are on this job's
//     wages paid in the calendar year so far (payroll knows no other job).
//   - A lump-sum housing allowance is its own check on the first payday,
//     withheld at the supplemental flat rates only where the regular wages
//     had income tax withheld, else added to them.
//   - The tax owed is as the return figures it: the tax tables under their
//     limits, the qualified overtime deduction, the state's own credits.
//   - A paycheck belongs to the year of its pay date, and each year is
//     taxed apart with its own figures, or the latest published.
//
// The error is a *calc.FieldError (several joined with errors.Join, which
// calc.FieldErrors lists) naming the Profile's field, or FieldQuote for a
// quote that did not come from calc.Compute. Compute never panics.
func Compute(q calc.Quote, t Profile) (Estimate, error) {
	var start Date
	if q.Valid() {
		start = q.Window.Start
	}
	errs := t.check(start)
	if start.IsZero() {
		errs = append(errs, calc.NewFieldError(FieldQuote, q.Plan.Start.String()+" to "+q.Plan.End.String(), "a quote that calc.Compute returned"))
	}
	if len(errs) > 0 {
		return Estimate{}, errorsOf(errs)
	}
	housing := decimal.Zero
	if q.Housing.Eligible && q.Housing.Amount.IsPositive() {
		housing = inCents(q.Housing.Amount)
	}
	periods := payPeriods(t.Frequency, q.Window.Start, q.Window.End)
	gross := periodGross(periods, q)
	est := compute(q, t, periods, gross, housing, true)
	if housing.IsPositive() {
		// What the housing adds after tax: the year's cash and refund with
		// it, less without it (and its value, when it is not cash). Net +
		// refund is the cash less the tax owed, which the withholding of
		// income tax does not change: the estimate without the housing
		// needs none.
		without := compute(q, t, periods, gross, decimal.Zero, false)
		after := est.Gross.Sub(est.Owed.Total()).Sub(without.Gross).Add(without.Owed.Total())
		if t.Housing == HousingProvided {
			after = after.Add(housing)
		}
		est.HousingAfterTax = after
	}
	est.Notes = notes(&est, q, housing)
	return est, nil
}

// compute is Compute on valid input, with the pay periods, their wages and
// the housing allowance given. Without full it figures only the cash paid
// and the tax owed: the paychecks' payroll taxes, not their income tax or
// net, and no totals withheld, part-year method, labels or sources.
func compute(q calc.Quote, t Profile, periods []payPeriod, gross []decimal.Decimal, housing decimal.Decimal, full bool) Estimate {
	est := Estimate{Profile: t, PeriodsPerYear: t.Frequency.PeriodsPerYear(), Year: periods[0].end.Year}
	var years []*payroll
	est.Paychecks, years = paychecks(periods, gross, housing, t, full)
	if len(est.Paychecks) > 0 {
		est.Year = est.Paychecks[0].PayDate.Year
	}
	for _, c := range est.Paychecks {
		est.Gross = sum(est.Gross, c.Gross)
	}
	est.Years = taxYears(est.Year, years, q, periods, t)
	for _, y := range est.Years {
		est.Owed = est.Owed.add(y.Owed)
	}
	if !full {
		return est
	}
	for _, y := range est.Years { // each the sum of its year's checks
		est.Withheld = est.Withheld.add(y.Withheld)
	}
	est.Net = est.Gross.Sub(est.Withheld.Total())
	est.Refund = est.Withheld.sub(est.Owed)
	est.Place = place(t)
	est.labels, est.ids = labels(est.Place, periods[0].end.Year)
	if t.ShowPartYear {
		est.PartYear = partYear(&est, q.Window)
	}
	est.Sources = sources(&est)
	return est
}

// place resolves the profile's state and locality to what the calculator
// knows.
func place(t Profile) Place {
	p := Place{State: t.State, StateName: calc.StateName(t.State), Locality: t.Locality, Supported: true}
	if t.State == "" {
		return p
	}
	j := jurisdictionFor(t.State, 0)
	p.Supported = j != nil
	p.NoIncomeTax = j != nil && j.Withholding.Method == "none"
	if l := jurisdictionFor(t.Locality, 0); t.Locality != "" && l != nil {
		p.LocalityName = l.Name
	}
	return p
}

// labels names the estimate's lines for its place, and gives their ids.
func labels(p Place, year int) (l, ids [numLines]string) {
	ids = [numLines]string{"federal", "social-security", "medicare", "state", "local", "premium-1", "premium-2"}
	l[FederalIncome], l[SocialSecurity], l[Medicare] = "Federal income tax", "Social Security", "Medicare"
	if !p.Supported || p.State == "" {
		return l, ids
	}
	j := jurisdictionFor(p.State, year)
	if j.Withholding.Method != "none" {
		l[StateIncome] = p.StateName + " income tax"
	}
	if p.Locality != "" {
		l[LocalIncome] = p.LocalityName + " income tax"
	}
	for i, pr := range j.Premiums {
		if i < 2 {
			l[Premium1+Line(i)], ids[Premium1+Line(i)] = pr.Label, pr.ID
		}
	}
	return l, ids
}

// payroll is what payroll keeps for one calendar year of this job.
type payroll struct {
	_          [0]func() // not comparable: no equality function in the wasm
	year       int
	fed        *federal
	state, loc *jurisdiction
	weeks      decimal.Decimal // a pay period's weeks, for a weekly cap
	paid       decimal.Decimal // taxable wages paid so far
	fica       decimal.Decimal // Social Security and Medicare withheld so far
	withheld   Taxes           // withheld so far
	// The income tax withheld on the last wages figured, with the FICA the
	// state deducted: a job's checks are mostly alike, and their
	// withholding depends only on these.
	lastWages, lastFICA, lastFed, lastState, lastLocal decimal.Decimal
	lastSet                                            bool
}

func newPayroll(year int, t Profile) *payroll {
	p := &payroll{year: year, fed: federalFor(year), weeks: t.Frequency.weeks()}
	if t.State != "" {
		p.state = jurisdictionFor(t.State, year)
		if t.Locality != "" {
			p.loc = jurisdictionFor(t.Locality, year)
		}
	}
	return p
}

// paychecks withholds from each period's wages, and pays a lump-sum
// housing allowance as its own check with the first. A stipend, or housing
// provided, is spread over the regular checks, the last taking what
// rounding leaves.
// Without incomeTax, the checks withhold only the payroll taxes. years are
// the payrolls' totals, a year of pay dates each, in order.
func paychecks(periods []payPeriod, gross []decimal.Decimal, housing decimal.Decimal, t Profile, incomeTax bool) (checks []Paycheck, years []*payroll) {
	var regular []int
	for i, g := range gross {
		if g.IsPositive() {
			regular = append(regular, i)
		}
	}
	spread := make([]decimal.Decimal, len(periods))
	if housing.IsPositive() && t.Housing != HousingLump && len(regular) > 0 {
		each := housing.DivRound(decimal.New(int64(len(regular)), 0), 2)
		left := housing
		for k, i := range regular {
			spread[i] = each
			if k == len(regular)-1 {
				spread[i] = left
			}
			left = left.Sub(spread[i])
		}
	}
	perYear := decimal.New(int64(t.Frequency.PeriodsPerYear()), 0)
	out := make([]Paycheck, 0, len(periods)+1)
	var pr *payroll
	pay := func(p payPeriod, wages, extra decimal.Decimal, supplemental bool) {
		if pr == nil || pr.year != p.end.Year {
			pr = newPayroll(p.end.Year, t)
			years = append(years, pr)
		}
		c := Paycheck{Start: p.start, End: p.end, PayDate: p.end, Supplemental: supplemental}
		c.Taxable = wages.Add(extra)
		c.Gross = c.Taxable
		if extra.IsPositive() {
			c.Housing = extra
			if t.Housing == HousingProvided {
				c.Gross = wages // its value is taxed, not paid
			}
		}
		if supplemental {
			c.Housing = wages
		}
		withhold(pr, &c, t, perYear, out, incomeTax)
		if incomeTax { // else the check is not shown
			c.Net = c.Gross.Sub(c.Total())
		}
		pr.paid = sum(pr.paid, c.Taxable)
		pr.withheld = pr.withheld.add(c.Taxes)
		if pr.state != nil && !pr.state.Withholding.FICACap.IsZero() { // only Massachusetts' method deducts it
			pr.fica = sum(pr.fica, c.Taxes[SocialSecurity], c.Taxes[Medicare])
		}
		out = append(out, c)
	}
	lumpDue := housing.IsPositive() && t.Housing == HousingLump
	for _, i := range regular {
		pay(periods[i], gross[i], spread[i], false)
		if lumpDue {
			pay(periods[i], housing, decimal.Zero, true)
			lumpDue = false
		}
	}
	switch {
	case len(regular) > 0 || !housing.IsPositive():
	case t.Housing == HousingProvided: // no period has wages: the value alone, on the first date
		pay(periods[0], decimal.Zero, housing, false)
	default: // … or the housing paid as its own check
		pay(periods[0], housing, decimal.Zero, true)
	}
	return out, years
}

// withhold fills in a paycheck's lines. checks are the paychecks before it.
// Without incomeTax, only the payroll taxes.
func withhold(pr *payroll, c *Paycheck, t Profile, perYear decimal.Decimal, checks []Paycheck, incomeTax bool) {
	f := pr.fed
	wages := c.Taxable
	after := sum(pr.paid, wages) // this job's wages in the year with this check's
	if !t.Nonresident {
		c.Taxes[SocialSecurity] = f.SocialSecurity.on(pr.paid, wages, after, one, decimal.Zero).Round(2)
		c.Taxes[Medicare] = sum(f.Medicare.on(pr.paid, wages, after, one, decimal.Zero), f.AdditionalMedicare.on(pr.paid, wages, after, one, decimal.Zero)).Round(2)
	}
	if pr.state != nil {
		for i, prem := range pr.state.Premiums {
			if i < 2 {
				c.Taxes[Premium1+Line(i)] = prem.on(pr.paid, wages, after, pr.weeks, pr.withheld[Premium1+Line(i)]).Round(2)
			}
		}
	}
	if !incomeTax {
		return
	}
	regular := func(w decimal.Decimal) (fed, state, local decimal.Decimal) {
		p := period{wages: w, freq: t.Frequency, perYear: perYear, allowances: t.Allowances}
		if pr.state != nil && !pr.state.Withholding.FICACap.IsZero() {
			// Massachusetts deducts this check's FICA, up to its cap in the year.
			p.fica = decimal.Min(sum(c.Taxes[SocialSecurity], c.Taxes[Medicare]), nonNegative(pr.state.Withholding.FICACap.Sub(pr.fica)))
		}
		if pr.lastSet && pr.lastWages.Equal(w) && pr.lastFICA.Equal(p.fica) {
			return pr.lastFed, pr.lastState, pr.lastLocal
		}
		fed = federalWithholding(f, w, t, perYear)
		if pr.state != nil {
			state = pr.state.Withholding.withhold(p)
		}
		if pr.loc != nil {
			local = pr.loc.Withholding.withhold(p)
		}
		pr.lastWages, pr.lastFICA, pr.lastFed, pr.lastState, pr.lastLocal, pr.lastSet = w, p.fica, fed, state, local, true
		return fed, state, local
	}
	if !c.Supplemental {
		c.Taxes[FederalIncome], c.Taxes[StateIncome], c.Taxes[LocalIncome] = regular(wages)
		return
	}
	// A supplemental check, paid with the regular check before it.
	var with Paycheck
	for i := len(checks) - 1; i >= 0; i-- {
		if !checks[i].Supplemental && checks[i].PayDate == c.PayDate {
			with = checks[i]
			break
		}
	}
	aggFed, aggState, aggLocal := regular(with.Taxable.Add(wages))
	flat := func(r *flatRate, line Line, agg decimal.Decimal) decimal.Decimal {
		if r == nil {
			return decimal.Max(agg.Sub(with.Taxes[line]), decimal.Zero)
		}
		if !r.RequiresRegular || pr.withheld[line].IsPositive() {
			if line == FederalIncome {
				c.FlatRate = true
			}
			return wages.Mul(r.Rate).Round(2)
		}
		return decimal.Max(agg.Sub(with.Taxes[line]), decimal.Zero)
	}
	c.Taxes[FederalIncome] = flat(&f.Supplemental, FederalIncome, aggFed)
	if pr.state != nil && pr.state.Withholding.Method != "none" {
		c.Taxes[StateIncome] = flat(pr.state.Supplemental, StateIncome, aggState)
	}
	if pr.loc != nil {
		c.Taxes[LocalIncome] = flat(pr.loc.Supplemental, LocalIncome, aggLocal)
	}
}

// federalWithholding is Publication 15-T's Worksheet 1A for one period's
// wages (single, W-4 Step 2 unchecked, no other steps), with the
// nonresident alien adjustment added to the wages for a nonresident (not
// for a student from India, whom the treaty gives the standard deduction).
func federalWithholding(f *federal, wages decimal.Decimal, t Profile, perYear decimal.Decimal) decimal.Decimal {
	if t.Nonresident && !slices.Contains(f.Nonresident.DeductionCountries, t.Country) {
		wages = wages.Add(f.Nonresident.Add[freqKey(t.Frequency)])
	}
	return f.Withholding.tax(wages.Mul(perYear)).DivRound(perYear, 2)
}

// taxYears figures each year's tax owed from its payroll's totals (the
// paychecks of a year of pay). The first year is there even without a
// paycheck, for the tax on OtherIncome.
func taxYears(first int, payrolls []*payroll, q calc.Quote, periods []payPeriod, t Profile) []Year {
	out := make([]Year, 0, len(payrolls)+1)
	if len(payrolls) == 0 || payrolls[0].year != first {
		out = append(out, Year{Year: first})
	}
	for _, pr := range payrolls {
		out = append(out, Year{Year: pr.year, Wages: pr.paid, Withheld: pr.withheld})
	}
	overtime := qualifiedOvertime(q, periods)
	for i := range out {
		y := &out[i]
		if i == 0 {
			y.OtherIncome = t.OtherIncome
		}
		f := federalFor(y.Year)
		y.TableYear = f.Year
		y.Income = y.Wages.Add(y.OtherIncome)
		y.Deduction = f.Owed.Deduction
		if t.Nonresident {
			if !slices.Contains(f.Nonresident.DeductionCountries, t.Country) {
				y.Deduction = decimal.Zero
			}
			if i == 0 {
				y.Treaty = decimal.Min(t.TreatyExempt, y.Income)
			}
		} else {
			y.Overtime = overtimeDeduction(f, y.Year, overtime[y.Year], y.Income)
		}
		y.Taxable = decimal.Max(y.Income.Sub(y.Treaty).Sub(y.Deduction).Sub(y.Overtime), decimal.Zero)
		var fed decimal.Decimal
		fed, y.FromTable = f.Owed.returnTax(y.Taxable, y.Income)
		y.ScheduleTax = f.Owed.on(y.Taxable).Round(2)
		y.Owed = y.Withheld // the payroll taxes: owed as withheld
		y.Owed[FederalIncome] = fed
		y.Owed[StateIncome], y.Owed[LocalIncome] = decimal.Zero, decimal.Zero
		if t.State != "" {
			// The state taxes the wages as a resident's, without the
			// federal rules for a nonresident alien.
			st := year{agi: y.Income, fica: y.Withheld[SocialSecurity].Add(y.Withheld[Medicare])}
			if j := jurisdictionFor(t.State, y.Year); j != nil {
				y.Owed[StateIncome] = j.owed(st)
			}
			if t.Locality != "" {
				if j := jurisdictionFor(t.Locality, y.Year); j != nil {
					y.Owed[LocalIncome] = j.owed(st)
				}
			}
		}
		y.Refund = y.Withheld.sub(y.Owed)
	}
	return out
}

// qualifiedOvertime returns, by year of pay, the overtime premium federal
// law requires: for each workweek, the hours worked over 40 at half the
// regular rate (the plan's rate; a paid holiday is not worked), whatever
// rule paid them. A week belongs to the year of the paycheck that pays its
// last day in the window.
func qualifiedOvertime(q calc.Quote, periods []payPeriod) map[int]decimal.Decimal {
	out := map[int]decimal.Decimal{}
	f := federalFor(q.Window.Start.Year)
	if !q.Plan.HoursPerWeek.GreaterThan(f.Overtime.WeekHours) {
		return out // no workweek has more hours than the plan's week
	}
	premium := q.Plan.Rate.Mul(half)
	for _, w := range q.Weeks {
		over := w.Worked.Sub(f.Overtime.WeekHours)
		if !over.IsPositive() {
			continue
		}
		last := w.Start.AddDays(6)
		if last.After(q.Window.End) {
			last = q.Window.End
		}
		y := last.Year
		for _, p := range periods {
			if !last.Before(p.start) && !last.After(p.end) {
				y = p.end.Year
			}
		}
		out[y] = out[y].Add(over.Mul(premium))
	}
	return out
}

// overtimeDeduction applies the qualified overtime deduction's cap and
// phase-out: $100 less for each whole $1,000 of modified AGI over the
// threshold. It is for tax years 2025 to 2028 only (FromYear, ToYear).
func overtimeDeduction(f *federal, year int, premium, agi decimal.Decimal) decimal.Decimal {
	o := &f.Overtime
	if year < o.FromYear || year > o.ToYear || o.Cap.IsZero() || !premium.IsPositive() {
		return decimal.Zero
	}
	d := decimal.Min(premium, o.Cap)
	if agi.GreaterThan(o.PhaseOutOver) {
		steps := agi.Sub(o.PhaseOutOver).Div(o.PhaseOutPer).Floor()
		d = d.Sub(steps.Mul(o.PhaseOutStep))
	}
	return decimal.Max(d, decimal.Zero).Round(2)
}

// FullPaycheck returns the first regular paycheck of a whole pay period
// (seven or fourteen days, a whole half-month or month), the one to quote
// as "a paycheck": the window's first and last periods are often cut
// short. ok is false when no period is whole.
func (e *Estimate) FullPaycheck() (c Paycheck, ok bool) {
	for _, c := range e.Paychecks {
		if c.Supplemental {
			continue
		}
		ok = c.End.DaysSince(c.Start)+1 == e.Profile.Frequency.periodDays(c.Start)
		if ok {
			return c, true
		}
	}
	return Paycheck{}, false
}
