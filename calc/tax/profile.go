package tax

import (
	"errors"
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// The fields of a Profile (see calc.Field), and of the quote an estimate is
// given. They are the profile's query keys in a link (package calc/link).
const (
	FieldPay         calc.Field = "pay"         // the pay frequency
	FieldOther       calc.Field = "other"       // other wages for the year
	FieldState       calc.Field = "state"       // the state whose taxes apply
	FieldLocality    calc.Field = "locality"    // a locality the applicant lives in (NYC)
	FieldAllowances  calc.Field = "allowances"  // state withholding allowances
	FieldF1          calc.Field = "f1"          // a nonresident alien student (F-1, J-1)
	FieldCountry     calc.Field = "country"     // the country a treaty is with
	FieldTreaty      calc.Field = "treaty"      // wages a tax treaty exempts
	FieldHousingPaid calc.Field = "housingpaid" // how a housing allowance is paid
	FieldPartYear    calc.Field = "partyear"    // show the part-year withholding method
	FieldLastJob     calc.Field = "lastjob"     // the last day of an earlier job this year
	FieldQuote       calc.Field = "quote"       // the quote itself, when it is not one calc.Compute returned
)

// ProfileFields lists the fields of a Profile in the order a form shows
// them.
func ProfileFields() []calc.Field {
	return []calc.Field{FieldPay, FieldOther, FieldState, FieldLocality, FieldAllowances, FieldF1, FieldCountry,
		FieldTreaty, FieldHousingPaid, FieldPartYear, FieldLastJob}
}

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

// PeriodsPerYear returns the number of pay periods in a year (52, 26, 24 or
// 12; 26 for the empty default), or 0 for an unknown frequency.
func (f PayFrequency) PeriodsPerYear() int {
	switch f {
	case Weekly:
		return 52
	case Biweekly, "":
		return 26
	case Semimonthly:
		return 24
	case Monthly:
		return 12
	}
	return 0
}

// HousingForm is how a housing allowance reaches the intern. Each is wages
// to tax; they differ in when, and whether in cash.
type HousingForm string

const (
	// HousingLump is a stipend or lump sum paid as its own check with the
	// first paycheck: supplemental wages (the default).
	HousingLump HousingForm = "lump"
	// HousingStipend is a stipend paid a part with each paycheck: regular
	// wages.
	HousingStipend HousingForm = "stipend"
	// HousingProvided is corporate housing the employer provides: no cash,
	// but its value (the plan's amount, entered by the applicant) is taxable
	// wages, added to each paycheck's.
	HousingProvided HousingForm = "provided"
)

// HousingForms returns the forms a form offers, in its order.
func HousingForms() []HousingForm { return []HousingForm{HousingLump, HousingStipend, HousingProvided} }

// A Profile is what the estimate needs to know beyond the plan. Its zero
// value is a single filer with no other income, paid biweekly, taxed by no
// state, with no withholding allowances, a US citizen or resident for tax,
// any housing allowance paid as a lump sum; DefaultProfile and ProfileFor
// are where an applicant starts.
type Profile struct {
	Frequency PayFrequency // empty: biweekly
	// OtherIncome is other wages in the estimate's tax year (the year of
	// the first payday), which count toward the tax owed but not toward
	// this job's withholding. Zero: none.
	OtherIncome decimal.Decimal
	// State is the USPS code of the state whose taxes apply: where the work
	// is, or, for a remote job, where the intern lives. Empty: none (the
	// estimate is federal only, and says so). An intern is taxed as a
	// resident of that state.
	State string
	// Locality is a place inside State with a resident income tax of its
	// own that the intern lives in ("NYC"), or empty.
	Locality string
	// Allowances is the number of withholding allowances on the state's
	// form (California's DE 4 regular allowances, New York's IT-2104,
	// Massachusetts' M-4 exemptions, Illinois' IL-W-4 basic allowances).
	// Zero is valid: it is what payroll uses when no form is filed.
	Allowances int
	// Nonresident is a nonresident alien for tax: an F-1 or J-1 student,
	// usually for their first five calendar years in the US. No Social
	// Security or Medicare is withheld, federal withholding adds Publication
	// 15-T's amount to the wages, and the tax owed has no standard
	// deduction unless a treaty gives it (Country).
	Nonresident bool
	// Country is the ISO 3166 code of the country a nonresident's tax
	// treaty is with ("IN": India's students take the standard deduction),
	// or empty. Without Nonresident it is not used, and a note says so.
	Country string
	// TreatyExempt is the wages a tax treaty exempts from federal income
	// tax (China's Article 20(c): up to $5,000), as the applicant enters
	// it. Without Nonresident it is not used, and a note says so.
	TreatyExempt decimal.Decimal
	// Housing is how a housing allowance is paid; empty: a lump sum.
	Housing HousingForm
	// ShowPartYear asks what the part-year employment method would
	// withhold instead (see PartYearMethod).
	ShowPartYear bool
	// LastJob is the last day of an earlier job, which the part-year
	// method counts from when it is in the year of the first payday (from
	// January 1 when it is earlier); zero: none. Used only with
	// ShowPartYear, and then it must fall before the first day of work and
	// no earlier than January 1 of the year before it.
	LastJob calc.Date
}

// DefaultProfile returns the profile an applicant starts from: paid
// biweekly, no other income, owing Social Security and Medicare, one state
// withholding allowance (the usual single filer's: the DE 4, IT-2104, M-4
// and IL-W-4 worksheets give one for yourself), and no state.
func DefaultProfile() Profile { return Profile{Frequency: Biweekly, Allowances: 1} }

// ProfileFor returns DefaultProfile taxed where posting p's work is: its
// state, and its locality, as if the intern lives there.
func ProfileFor(p calc.Policy) Profile {
	t := DefaultProfile()
	t.State, t.Locality = p.State, p.Locality
	return t
}

// Limits on a profile: past them a value is a typo, not a situation.
var (
	maxOtherIncome = decimal.New(10_000_000, 0)
	maxTreaty      = decimal.New(1_000_000, 0)
	maxAllowances  = 99
)

// check validates the profile and fills in its defaults; start is the
// first day of work, or zero when the quote is not valid.
func (t *Profile) check(start calc.Date) []error {
	var errs []error
	bad := func(field calc.Field, value, want string) { appendFieldError(&errs, field, value, want) }
	if t.Frequency.PeriodsPerYear() == 0 {
		bad(FieldPay, string(t.Frequency), `"weekly", "biweekly", "semimonthly" or "monthly" (empty: biweekly)`)
	}
	if t.Frequency == "" {
		t.Frequency = Biweekly
	}
	checkAmount(&errs, FieldOther, t.OtherIncome, maxOtherIncome, "other wages for the year from $0 to $10,000,000, in cents")
	switch {
	case t.State != "" && calc.StateName(t.State) == "":
		bad(FieldState, t.State, `a USPS state code in capitals, such as "CA" or "NY", or empty for none`)
	case t.Locality != "" && (t.Locality != "NYC" || t.State != "NY"):
		bad(FieldLocality, t.Locality, `"NYC" (New York City, in "NY"), or empty`)
	}
	if t.Allowances < 0 || t.Allowances > maxAllowances {
		bad(FieldAllowances, strconv.Itoa(t.Allowances), "a number of state withholding allowances from 0 to 99")
	}
	if t.Country != "" && !isCountry(t.Country) {
		bad(FieldCountry, t.Country, `a two-letter ISO 3166 country code in capitals, such as "IN" or "CN"`)
	}
	checkAmount(&errs, FieldTreaty, t.TreatyExempt, maxTreaty, "the wages a treaty exempts, from $0 to $1,000,000, in cents")
	switch t.Housing {
	case "":
		t.Housing = HousingLump
	case HousingLump, HousingStipend, HousingProvided:
	default:
		bad(FieldHousingPaid, string(t.Housing), `"lump", "stipend" or "provided"`)
	}
	switch {
	case t.LastJob.IsZero():
	case !t.LastJob.IsValid():
		bad(FieldLastJob, t.LastJob.String(), "a date, YYYY-MM-DD")
	case t.ShowPartYear && !start.IsZero() && (!t.LastJob.Before(start) || t.LastJob.Year < start.Year-1):
		// The earlier job ends before this one starts; a year before it is
		// already before January 1, where the method counts from anyway.
		bad(FieldLastJob, t.LastJob.String(), "the last day of an earlier job: before your first day, and no earlier than January 1 of the year before it (empty: none this year)")
	}
	return errs
}

// appendFieldError and checkAmount append a field's error to *errs. Not
// inlined: each of check's calls, inlined, cost the wasm about a kilobyte.
//
//go:noinline
func appendFieldError(errs *[]error, field calc.Field, value, want string) {
	*errs = append(*errs, calc.NewFieldError(field, value, want))
}

//go:noinline
func checkAmount(errs *[]error, field calc.Field, v, limit decimal.Decimal, want string) {
	if err := calc.CheckAmount(field, v, limit, 2, want); err != nil {
		*errs = append(*errs, err)
	}
}

// errorsOf returns no error, the one, or all of them joined.
func errorsOf(errs []error) error {
	if len(errs) == 1 {
		return errs[0] // a *calc.FieldError itself, not a join of one
	}
	return errors.Join(errs...)
}
