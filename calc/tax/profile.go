package tax

import (
	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// The fields of a Profile (see calc.Field), and of the quote an estimate is
// given.
const (
	FieldPay        calc.Field = "pay"        // the pay frequency
	FieldOther      calc.Field = "other"      // other wages for the year
	FieldAllowances calc.Field = "allowances" // state withholding allowances (DE 4)
	FieldF1         calc.Field = "f1"         // an F-1 or J-1 student, exempt from Social Security and Medicare
	FieldPartYear   calc.Field = "partyear"   // show the part-year withholding method
	FieldQuote      calc.Field = "quote"      // the quote itself, when it is not one calc.Compute returned
)

// ProfileFields lists the fields of a Profile in the order a form shows
// them.
func ProfileFields() []calc.Field {
	return []calc.Field{FieldPay, FieldOther, FieldAllowances, FieldF1, FieldPartYear}
}

// DefaultProfile returns the profile an applicant starts from: paid
// biweekly, no other income, owing Social Security and Medicare, and one
// state withholding allowance, the usual single filer's (the DE 4's
// worksheet gives one for yourself), where Profile's zero value has none.
func DefaultProfile() Profile { return Profile{Frequency: Biweekly, Allowances: 1} }

// PayFrequency is how often payroll pays. It sets the pay periods and the
// number of periods a year that each paycheck is annualized by.
type PayFrequency string

const (
	Weekly      PayFrequency = "weekly"      // 52 a year: 7-day periods from the first day
	Biweekly    PayFrequency = "biweekly"    // 26 a year: 14-day periods from the first day; the default
	Semimonthly PayFrequency = "semimonthly" // 24 a year: the 1st to the 15th, and the 16th to the month's end
	Monthly     PayFrequency = "monthly"     // 12 a year: calendar months
)

// PayFrequencies returns the frequencies a form offers, in its order. Each
// call returns a new slice.
func PayFrequencies() []PayFrequency {
	return []PayFrequency{Weekly, Biweekly, Semimonthly, Monthly}
}

// frequency describes a pay frequency: the periods in a year (Publication
// 15-T annualizes by them, however short a period is) and a period's length
// as a fraction of days over per, for the part-year method, which counts the
// periods from January 1 to the first day of work. Semimonthly and monthly
// periods vary in length, so they count as their average: 365/24 and 365/12.
type frequency struct {
	perYear   int64
	days, per int64
}

func (f PayFrequency) frequency() (frequency, bool) {
	switch f {
	case Weekly:
		return frequency{52, 7, 1}, true
	case Biweekly, "":
		return frequency{26, 14, 1}, true
	case Semimonthly:
		return frequency{24, 365, 24}, true
	case Monthly:
		return frequency{12, 365, 12}, true
	}
	return frequency{}, false
}

// PeriodsPerYear returns the number of pay periods in a year (52, 26, 24 or
// 12; 26 for the empty default), or 0 for an unknown frequency.
func (f PayFrequency) PeriodsPerYear() int {
	fr, _ := f.frequency()
	return int(fr.perYear)
}

// A Profile is what the estimate needs to know beyond the plan. Its zero
// value is a single filer with no other income, paid biweekly, with no DE 4
// allowances, who owes Social Security and Medicare.
type Profile struct {
	Frequency PayFrequency // empty: biweekly
	// OtherIncome is other wages in the estimate's tax year (the year of
	// the first payday: 2026 for a 2026 internship), which count toward the
	// tax owed but not toward this job's withholding. Zero: none.
	OtherIncome decimal.Decimal
	// Allowances is the number of regular withholding allowances on the
	// DE 4. Zero is valid: it is what payroll uses when no DE 4 is filed;
	// DefaultProfile has one.
	Allowances int
	// ExemptFICA is for F-1 and J-1 students on CPT or OPT, from whose wages
	// no Social Security or Medicare is withheld. California SDI still is.
	ExemptFICA bool
	// ShowPartYear asks what the part-year employment method would
	// withhold instead (see PartYearMethod).
	ShowPartYear bool
}

// Limits on a profile: past them a value is a typo, not a situation.
var (
	maxOtherIncome = decimal.New(10_000_000, 0)
	maxAllowances  = 99
)
