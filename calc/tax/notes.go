package tax

import (
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// sources lists the figures an estimate used, with their publications.
func sources(e *Estimate) []Source {
	f := federalFor(e.Year)
	out := []Source{
		{What: "Federal income tax owed", Source: f.Owed.Source, Year: f.Owed.Year},
		{What: "The federal Tax Table", Source: f.Owed.Table.Source, Year: f.Owed.Year},
		{What: "Federal withholding", Source: f.Withholding.Source, Year: f.Withholding.Year},
		{What: "Supplemental wages", Source: f.Supplemental.Source, Year: f.Year},
		{What: "Social Security, " + percent(f.SocialSecurity.Rate) + " to " + calc.Dollars(f.SocialSecurity.UpTo), Source: f.SocialSecurity.Source, Year: f.Year},
		{What: "Medicare, " + percent(f.Medicare.Rate), Source: f.Medicare.Source, Year: f.Year},
		{What: "Qualified overtime deduction", Source: f.Overtime.Source, Year: f.Year},
		{What: "Part-year method", Source: f.PartYear.Source, Year: f.Year},
	}
	if e.Profile.Nonresident {
		appendSource(&out, Source{What: "Nonresident alien withholding", Source: f.Nonresident.Source, Year: f.Year, Provisional: f.Nonresident.Provisional})
		appendSource(&out, Source{What: "Nonresident alien students and FICA", Source: f.FICAExemptSource, Year: f.Year})
		appendSource(&out, Source{What: "The standard deduction by treaty", Source: f.Nonresident.DeductionSource, Year: f.Year})
	}
	for _, code := range []string{e.Place.State, e.Place.Locality} {
		if code == "" {
			continue
		}
		j := jurisdictionFor(code, e.Year)
		if j == nil {
			continue
		}
		name := e.Place.StateName
		if code == e.Place.Locality {
			name = e.Place.LocalityName
		}
		appendSource(&out, Source{What: name + " withholding", Source: j.Withholding.Source, Year: j.Withholding.Year, Provisional: j.Withholding.Provisional})
		if j.Supplemental != nil {
			appendSource(&out, Source{What: name + " supplemental wages", Source: j.Supplemental.Source, Year: j.Year})
		}
		if j.Owed.Source != j.Withholding.Source {
			appendSource(&out, Source{What: name + " income tax owed", Source: j.Owed.Source, Year: j.Owed.Year, Provisional: j.Owed.Provisional})
		}
		for _, p := range j.Premiums {
			appendSource(&out, Source{What: p.Name + ", " + percent(p.rate()), Source: p.Source, Year: j.Year})
		}
	}
	return out
}

// percent shows a rate as a percentage: 0.062 is "6.2%".
func percent(r decimal.Decimal) string { return r.Shift(2).String() + "%" }

// notes explains what in the estimate needs explaining, in plain language.
func notes(e *Estimate, q calc.Quote, housing decimal.Decimal) []string {
	var out []string
	add := func(s string) { appendNote(&out, s) }
	t := &e.Profile
	pl := &e.Place
	if e.Refund[FederalIncome].IsPositive() {
		add("Payroll withholds from each check as if you earned it all year (" + strconv.Itoa(e.PeriodsPerYear) +
			" checks a year), so a job of a few months is over-withheld: the difference comes back when you file.")
	}
	switch {
	case pl.State == "":
		add("No state is chosen, so no state income tax or premium is estimated: choose the state you will work (or, working remotely, live) in.")
	case !pl.Supported:
		add(pl.StateName + "'s taxes are not in this calculator yet: the figures are federal only, and " + pl.StateName +
			"'s income tax and any payroll premiums would also come out of each check.")
	case pl.NoIncomeTax:
		add(pl.StateName + " has no income tax on wages.")
	default:
		add("You are taxed as a resident of " + pl.StateName + ", where the work is; living in another state can change that.")
	}
	if pl.Locality == "NYC" {
		add("New York City's income tax is for its residents: choose \"not a resident\" if you will live outside the city.")
	}
	for _, y := range e.Years {
		if y.TableYear != y.Year {
			add(yearNote("federal figures", y.Year, y.TableYear))
		}
		for i, code := range []string{pl.State, pl.Locality} {
			if j := jurisdictionFor(code, y.Year); code != "" && j != nil && j.Year != y.Year {
				add(yearNote([]string{pl.StateName, pl.LocalityName}[i]+" figures", y.Year, j.Year))
			}
		}
		if y.FromTable && !y.Owed[FederalIncome].Equal(y.ScheduleTax) { // nothing to say when the table changes nothing ($0 owed)
			add("The federal tax owed for " + strconv.Itoa(y.Year) + " is the IRS Tax Table's for taxable income of " + calc.Dollars(y.Taxable) +
				": " + calc.Dollars(y.Owed[FederalIncome]) + " (" + calc.Dollars(y.ScheduleTax) + " by the rate schedule; the table taxes each row's midpoint).")
		}
		if y.Overtime.IsPositive() {
			add("Your overtime premium in " + strconv.Itoa(y.Year) + ", " + calc.Dollars(y.Overtime) +
				" (the half of time-and-a-half that federal law requires for hours over 40 in a week), is deducted from your taxable income: the qualified overtime deduction, for 2025 to 2028. Overtime that only a state's daily rule pays does not count, and it changes the tax owed, not withholding.")
		}
	}
	if len(e.Years) > 1 {
		add("Paychecks paid after December 31 are the next year's income: each year's tax is estimated apart.")
	}
	if housing.IsPositive() {
		switch t.Housing {
		case HousingStipend:
			add("The housing stipend (" + calc.Dollars(housing) + ") is paid a part with each paycheck, as wages.")
		case HousingProvided:
			add("The housing provided is worth " + calc.Dollars(housing) + ": not cash, but taxable wages, added to each paycheck's, so more is withheld from your pay.")
		default:
			c := supplementalCheck(e)
			if c.FlatRate {
				add("The housing allowance (" + calc.Dollars(housing) + ") is paid as its own check with the first paycheck, withheld at the supplemental flat rates (22% federal, and the state's where it has one), since income tax is withheld from your regular wages.")
			} else {
				add("The housing allowance (" + calc.Dollars(housing) + ") is paid as its own check with the first paycheck. No federal income tax was withheld from your regular wages before it, so the 22% flat rate may not be used (Publication 15): it is added to the regular check's wages and withheld on the total.")
			}
		}
		add("After every tax on it, the housing allowance adds about " + calc.Dollars(e.HousingAfterTax) + " to your year.")
	}
	if t.Nonresident {
		f := federalFor(e.Year)
		add("No Social Security or Medicare is withheld: a nonresident alien student (F-1 or J-1) is exempt on these wages, usually for the first five calendar years in the US; after that you are a resident for tax and owe them. State premiums still apply.")
		if isIn(f.Nonresident.DeductionCountries, t.Country) {
			add("As a student from India, the treaty (Article 21(2)) gives you the standard deduction, and payroll does not add the nonresident amount to your wages.")
		} else {
			add("Federal withholding adds " + calc.Dollars(f.Nonresident.Add[freqKey(t.Frequency)]) + " to each check's wages before the tables (Publication 15-T's nonresident alien adjustment), and the tax owed has no standard deduction: a nonresident alien files Form 1040-NR without one.")
		}
		if t.TreatyExempt.IsPositive() {
			add("The " + calc.Dollars(e.Years[0].Treaty) + " your treaty exempts is left out of the federal tax owed; give payroll Form 8233 to have it left out of withholding too.")
		}
		add("The qualified overtime deduction is not applied for a nonresident alien: whether Form 1040-NR allows it is not settled here.")
	} else {
		if t.Country != "" || !t.TreatyExempt.IsZero() {
			add("A treaty country and the wages a treaty exempts are for a nonresident alien student (F-1 or J-1): without that box ticked, they are not used.")
		}
		f := federalFor(e.Year)
		var wages decimal.Decimal
		for _, y := range e.Years {
			wages = decimal.Max(wages, y.Wages)
		}
		if wages.GreaterThan(f.SocialSecurity.UpTo) {
			add("Social Security stops once this job's wages for the year reach the " + calc.Dollars(f.SocialSecurity.UpTo) + " wage base.")
		}
		if wages.GreaterThan(f.AdditionalMedicare.Over) {
			add("Medicare includes the additional " + percent(f.AdditionalMedicare.Rate) + " on this job's wages over " + calc.Dollars(f.AdditionalMedicare.Over) + " in the year.")
		}
	}
	if pl.State == "CA" {
		add("California withholding uses EDD's exact method (Method B); a payroll that uses the printed tables may differ by a few cents.")
	}
	if pl.State == "WA" && t.Nonresident {
		add("WA Cares: holders of nonimmigrant work visas may apply to Washington's Employment Security Department for an exemption; until it is approved, the premium is withheld.")
	}
	for _, code := range []string{pl.State, pl.Locality} {
		if j := jurisdictionFor(code, e.Year); code != "" && j != nil && j.Owed.Provisional {
			add("Provisional: " + j.Owed.Note)
		}
	}
	return out
}

// supplementalCheck returns the estimate's housing check, if any.
func supplementalCheck(e *Estimate) Paycheck {
	for _, c := range e.Paychecks {
		if c.Supplemental {
			return c
		}
	}
	return Paycheck{}
}

// appendNote appends s to *notes. Not inlined: each of notes' calls, with
// append's growth inlined, cost the wasm a few hundred bytes.
//
//go:noinline
func appendNote(notes *[]string, s string) { *notes = append(*notes, s) }

// appendSource appends src to *sources, not inlined, as appendNote.
//
//go:noinline
func appendSource(sources *[]Source, src Source) { *sources = append(*sources, src) }
