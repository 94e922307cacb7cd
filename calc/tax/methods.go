package tax

import "github.com/shopspring/decimal"

// A state's (or locality's) withholding is one of a few methods, named in
// its data file; each is written once here, and a state is its figures
// plus one of these names. Each returns one paycheck's withholding, in
// cents, rounded where the publication rounds.

// period is what a withholding method knows of one paycheck.
type period struct {
	wages      decimal.Decimal // the period's taxable wages
	freq       PayFrequency
	perYear    decimal.Decimal
	allowances int
	// fica is the Social Security and Medicare withheld from this check that
	// the method deducts from the wages (Massachusetts': up to its cap in
	// the year), or zero.
	fica decimal.Decimal
}

// withholdingMethod returns the withholding method a data file names
// ("withholding": {"method": …}), or nil for "none" (no wage income tax)
// or a name it does not know. A switch, not a map: a map of functions
// costs the wasm its initialization and its types' descriptors.
func withholdingMethod(name string) func(*withholdingRules, period) decimal.Decimal {
	switch name {
	case "ca-method-b":
		return caMethodB
	case "ny-tables":
		return nyTables
	case "flat-allowances":
		return flatAllowances
	case "ma-circular-m":
		return maCircularM
	}
	return nil
}

// withhold returns a paycheck's withholding by the jurisdiction's method.
func (r *withholdingRules) withhold(p period) decimal.Decimal {
	if m := withholdingMethod(r.Method); m != nil {
		return m(r, p)
	}
	return decimal.Zero // "none"
}

// caMethodB is California's exact calculation (EDD DE 44, Method B), on the
// period's wages annualized: nothing at or below the low-income exemption;
// else the annual tax less the standard deduction and the allowances'
// credits, divided by the periods.
func caMethodB(r *withholdingRules, p period) decimal.Decimal {
	annual := p.wages.Mul(p.perYear)
	if !annual.GreaterThan(r.Exempt) {
		return decimal.Zero
	}
	tax := r.tax(annual).Sub(r.AllowanceCredit.Mul(decimal.New(int64(p.allowances), 0)))
	return decimal.Max(tax, decimal.Zero).DivRound(p.perYear, 2)
}

// nyTables is New York's exact calculation (NYS-50-T-NYS and -NYC, Method
// II): the period's wages less the deduction and exemption allowances,
// then the table's line for the period: the part over its first column at
// its rate, rounded to the cent, plus its fixed amount. At the top of the
// state's table (Method III), a flat rate on the whole.
func nyTables(r *withholdingRules, p period) decimal.Decimal {
	t, ok := r.Periods[freqKey(p.freq)]
	if !ok {
		return decimal.Zero
	}
	net := p.wages.Sub(t.Deduction.Add(t.Exemption.Mul(decimal.New(int64(p.allowances), 0))))
	if net.Sign() <= 0 {
		return decimal.Zero
	}
	if !t.Top.IsZero() && !net.LessThan(t.Top) {
		annual, rate := net.Mul(p.perYear), decimal.Zero
		for _, b := range r.TopRates {
			if !annual.LessThan(b.Over) {
				rate = b.Rate
			}
		}
		return net.Mul(rate).Round(2)
	}
	i := len(t.Over) - 1
	for i > 0 && net.LessThan(t.Over[i]) {
		i--
	}
	return net.Sub(t.Over[i]).Mul(r.Rates[i]).Round(2).Add(t.Add[i])
}

// flatAllowances is a flat rate on the wages less the allowances (Illinois,
// IL-700-T): the allowances' annual amount divided by the periods, rounded
// to the cent as the booklet does, then the rate.
func flatAllowances(r *withholdingRules, p period) decimal.Decimal {
	per := r.Allowance.Mul(decimal.New(int64(p.allowances), 0)).DivRound(p.perYear, 2)
	return decimal.Max(p.wages.Sub(per), decimal.Zero).Mul(r.Rate).Round(2)
}

// maCircularM is Massachusetts' percentage method (Circular M): nothing
// below the period's floor for an employee with exemptions; else the wages
// less the Social Security and Medicare withheld (up to the year's cap)
// and the exemption factor, annualized, at the rate to the surtax line and
// the surtax rate over it, divided by the periods.
func maCircularM(r *withholdingRules, p period) decimal.Decimal {
	t := r.Periods[freqKey(p.freq)]
	n := decimal.New(int64(p.allowances), 0)
	if p.allowances > 0 && p.wages.LessThan(t.Floor) {
		return decimal.Zero
	}
	amount := p.wages.Sub(p.fica)
	if p.allowances > 0 {
		amount = amount.Sub(t.Exemption.Mul(n).Add(t.ExemptionBase))
	}
	annual := decimal.Max(amount, decimal.Zero).Mul(p.perYear)
	tax := r.Rate.Mul(decimal.Min(annual, r.SurtaxOver)).Add(r.SurtaxRate.Mul(decimal.Max(annual.Sub(r.SurtaxOver), decimal.Zero)))
	return tax.DivRound(p.perYear, 2)
}

// year is what an owed method knows of a calendar year's income.
type year struct {
	agi  decimal.Decimal // federal AGI: this job's wages and the other income
	fica decimal.Decimal // Social Security and Medicare paid (Massachusetts deducts it)
}

// owedMethod returns the method of the tax owed on a year's income that a
// data file names ("owed": {"method": …}), or nil for none (no income tax)
// or a name it does not know.
func owedMethod(name string) func(*owedRules, year) decimal.Decimal {
	switch name {
	case "ca-540":
		return caOwed
	case "ny-it201":
		return nyOwed
	case "ma-form1":
		return maOwed
	case "il-1040":
		return ilOwed
	}
	return nil
}

// owed returns the state's (or locality's) income tax on a year's income,
// in cents. A refundable credit can take it below zero (New York City's
// school tax credit).
func (j *jurisdiction) owed(y year) decimal.Decimal {
	if m := owedMethod(j.Owed.Method); m != nil {
		return m(&j.Owed, y)
	}
	return decimal.Zero
}

// caOwed is California's Form 540: the tax table or the rate schedule
// (with the Mental Health Services Tax's 1% over $1,000,000) on AGI less
// the standard deduction, less the personal exemption credit, which loses
// $6 for each $2,500 (or part) of federal AGI over the threshold.
func caOwed(o *owedRules, y year) decimal.Decimal {
	tax, _ := o.returnTax(y.agi.Sub(o.Deduction), y.agi)
	credit := o.Credit
	if po := o.CreditPhaseOut; po != nil && y.agi.GreaterThan(po.Over) {
		steps := y.agi.Sub(po.Over).Div(po.Per).Ceil()
		credit = decimal.Max(credit.Sub(steps.Mul(po.Step)), decimal.Zero)
	}
	return decimal.Max(tax.Sub(credit), decimal.Zero)
}

// nyOwed is New York's IT-201, for the state and for New York City (whose
// tax is on the state's taxable income): the tax table (taxable income
// under $65,000, NYAGI within its limit) or the rate schedule on AGI less
// the standard deduction; over $107,650 of NYAGI the state's tax benefit
// recapture; less the household credit, which cannot make it negative,
// and the city's school tax credit, which can (it is refundable).
func nyOwed(o *owedRules, y year) decimal.Decimal {
	ti := decimal.Max(y.agi.Sub(o.Deduction), decimal.Zero)
	tax, _ := o.returnTax(ti, y.agi)
	if rc := o.Recapture; rc != nil && y.agi.GreaterThan(rc.Over) {
		tax = nyRecapture(o, rc, ti, y.agi)
	}
	for _, c := range o.Credits {
		switch c.ID {
		case "household":
			tax = decimal.Max(tax.Sub(amountByAGI(c.ByAGI, y.agi)), decimal.Zero)
		case "school":
			if !y.agi.GreaterThan(c.FixedUpTo) {
				tax = tax.Sub(c.Fixed)
			}
			if !ti.GreaterThan(c.RatesUpTo) {
				s := schedule{Brackets: c.Rates}
				tax = tax.Sub(s.on(ti).Round(2))
			}
		}
	}
	return tax
}

// nyRecapture is the tax benefit recapture worksheets (Tax Law §601(d-1)):
// the schedule's tax plus the step's recapture base and its incremental
// benefit phased in over PhaseIn of NYAGI above the step's start (the
// fraction to 4 places); on the lowest step the benefit is the flat rate
// of its bracket on all taxable income less the schedule's tax; over
// FlatOver, the top rate on all of it.
func nyRecapture(o *owedRules, rc *recapture, ti, agi decimal.Decimal) decimal.Decimal {
	base := o.on(ti)
	last := o.Brackets[len(o.Brackets)-1]
	if agi.GreaterThan(rc.FlatOver) {
		return ti.Mul(last.Rate).Round(2)
	}
	i := len(rc.Steps) - 1
	for i > 0 && !ti.GreaterThan(rc.Steps[i].Over) {
		i--
	}
	st := rc.Steps[i]
	start := rc.Over
	if i > 0 {
		start = st.Over
	}
	frac := decimal.Min(decimal.Max(agi.Sub(start), decimal.Zero).DivRound(rc.PhaseIn, 4), one)
	benefit := st.Plus
	if i == 0 {
		// The rate of the last bracket below the next step (5.9% from
		// $80,650 to $215,400 in 2026), on all of it.
		rate := o.Brackets[0].Rate
		for _, b := range o.Brackets {
			if b.Over.LessThan(rc.Steps[1].Over) {
				rate = b.Rate
			}
		}
		benefit = decimal.Max(ti.Mul(rate).Sub(base), decimal.Zero)
	}
	return base.Add(st.Rate).Add(benefit.Mul(frac)).Round(2)
}

// maOwed is Massachusetts' Form 1: none at AGI within the no-tax limit;
// else the rate on AGI less Social Security and Medicare paid (up to the
// cap) and the personal exemption (and the surtax's bracket), at most the
// limited income credit's share of AGI over the no-tax limit.
func maOwed(o *owedRules, y year) decimal.Decimal {
	if !y.agi.GreaterThan(o.NoTaxUpTo) {
		return decimal.Zero
	}
	ti := y.agi.Sub(decimal.Min(y.fica, o.FICACap)).Sub(o.Exemption)
	tax := o.on(ti).Round(2)
	if !y.agi.GreaterThan(o.LimitedIncomeUpTo) {
		tax = decimal.Min(tax, y.agi.Sub(o.NoTaxUpTo).Mul(o.LimitedIncomeRate).Round(2))
	}
	return tax
}

// ilOwed is Illinois' IL-1040: the flat rate on AGI less the exemption
// allowance, which is not allowed over its AGI limit.
func ilOwed(o *owedRules, y year) decimal.Decimal {
	ex := o.Exemption
	if y.agi.GreaterThan(o.ExemptionUpTo) {
		ex = decimal.Zero
	}
	return o.on(y.agi.Sub(ex)).Round(2)
}
