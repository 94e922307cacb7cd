package tax

import (
	"slices"
	"strconv"
	"sync"

	"github.com/shopspring/decimal"
)

// The figures are data: one JSON file a jurisdiction and tax year in
// data/ (federal-2026.json, ca-2026.json, …), every figure with the
// publication it comes from. A state is its figures plus the names of its
// methods, for withholding and for the tax owed (see methods.go): adding a
// state whose methods are known is adding a file, and adding one whose
// method is new is adding one function (and its name).
//
// The browser reads no JSON: data_gen.go holds each file's figures,
// already prepared (each bracket's tax below it worked out, amounts in
// cents), in a compact encoding that a few generated functions read, one a
// type (see dataReader); a file is read the first time its figures are
// used, so a California estimate reads the federal and California ones.
// Decoding the JSON cost the first estimate about 40 ms in the browser
// (encoding/json's reflection, compiled on first use, and big-number
// parsing), 300 ms on a slow phone.
//
//go:generate go test -run TestDataIsGenerated -update

// A bracket taxes the part of an amount over Over at Rate. Plus, when
// given, is the tax on Over as the publication prints it (rounded, as New
// York's are); else it is the sum of the brackets below.
type bracket struct {
	Over, Rate, Plus decimal.Decimal
	plusGiven        bool
}

// A schedule is a progressive tax: an amount less Deduction, taxed bracket
// by bracket.
type schedule struct {
	Year        int             `json:"year"`
	Provisional bool            `json:"provisional"`
	Note        string          `json:"note"`
	Source      string          `json:"source"`
	Deduction   decimal.Decimal `json:"deduction"`
	Brackets    []bracket       `json:"brackets"`
	// Table is the return's tax table for amounts below Below, when the
	// return has one.
	Table *returnTable `json:"table"`
}

// A returnTable is a tax return's table of tax by rows of taxable income
// (in whole dollars, as the return enters it): the tax of a row is the
// schedule's on its midpoint, rounded to the dollar (half up). Rows names
// the row layout: "irs" (the Form 1040 table), "ca" (California's, rows of
// $100 from $51), "ny" (New York's, rows of $50 from $50, the first ones
// narrower). The table is for taxable income less than Below (the IRS's
// and New York's), or, given instead, up to UpTo (California's "$100,000
// or less", whose last row stops there).
type returnTable struct {
	Below   decimal.Decimal `json:"below"`
	UpTo    decimal.Decimal `json:"upTo"`
	Rows    string          `json:"rows"`
	AGIUpTo decimal.Decimal `json:"agiUpTo"` // the table is used only at AGI up to this; zero: any
	Source  string          `json:"source"`
}

// A payrollTax is a flat rate on an employer's wages in a calendar year,
// the employee's share of it: up to UpTo (zero: all wages), with at most
// WeekMax a week (New York's SDI) and YearMax in the year (New York's paid
// family leave).
type payrollTax struct {
	ID      string          `json:"id"`
	Label   string          `json:"label"` // the paycheck's column
	Name    string          `json:"name"`
	Rate    decimal.Decimal `json:"rate"`
	Share   decimal.Decimal `json:"share"` // the employee's share of Rate; zero: all of it
	Over    decimal.Decimal `json:"over"`
	UpTo    decimal.Decimal `json:"upTo"`
	WeekMax decimal.Decimal `json:"weekMax"`
	YearMax decimal.Decimal `json:"yearMax"`
	Source  string          `json:"source"`

	employee decimal.Decimal // Rate × Share, worked out when the figures are read
}

// prepare works out the employee's rate once and keeps the amounts in
// cents (see inCents), when the figures are read.
func (t *payrollTax) prepare() {
	t.employee = t.rate()
	t.Over, t.UpTo, t.WeekMax, t.YearMax = inCents(t.Over), inCents(t.UpTo), inCents(t.WeekMax), inCents(t.YearMax)
}

// rate is the employee's rate: Rate × Share.
func (t *payrollTax) rate() decimal.Decimal {
	if !t.employee.IsZero() {
		return t.employee
	}
	if t.Share.IsZero() {
		return t.Rate
	}
	return t.Rate.Mul(t.Share)
}

// A flatRate is a supplemental wage rate. RequiresRegular says that it may
// be used only when this jurisdiction's income tax was withheld from the
// employee's regular wages (this year, or last); otherwise supplemental
// wages are added to the regular wages paid with them and withheld on the
// total.
type flatRate struct {
	Rate            decimal.Decimal `json:"rate"`
	RequiresRegular bool            `json:"requiresRegular"`
	Source          string          `json:"source"`
}

// A credit is subtracted from a return's tax: by brackets of federal AGI
// (ByAGI: [up to, amount], the first that holds AGI), a fixed amount to an
// income, or rates on taxable income (New York City's school tax credit).
type credit struct {
	ID        string          `json:"id"`
	Source    string          `json:"source"`
	ByAGI     [][2]string     `json:"byAGI"`
	Fixed     decimal.Decimal `json:"fixed"`
	FixedUpTo decimal.Decimal `json:"fixedUpTo"`
	Rates     []bracket       `json:"rates"`
	RatesUpTo decimal.Decimal `json:"ratesUpTo"`
}

// owedRules are a state's (or locality's) rules for the tax owed on a
// year's income, beside its schedule: credits, exemptions and the like,
// each used by the state's owed method.
type owedRules struct {
	schedule
	Method            string                                     `json:"method"` // see owedMethod; empty: no income tax
	Credit            decimal.Decimal                            `json:"credit"`
	CreditPhaseOut    *struct{ Over, Per, Step decimal.Decimal } `json:"creditPhaseOut"`
	Exemption         decimal.Decimal                            `json:"exemption"`
	ExemptionUpTo     decimal.Decimal                            `json:"exemptionUpTo"`
	FICACap           decimal.Decimal                            `json:"ficaCap"`
	NoTaxUpTo         decimal.Decimal                            `json:"noTaxUpTo"`
	LimitedIncomeUpTo decimal.Decimal                            `json:"limitedIncomeUpTo"`
	LimitedIncomeRate decimal.Decimal                            `json:"limitedIncomeRate"`
	Recapture         *recapture                                 `json:"recapture"`
	Credits           []credit                                   `json:"credits"`
}

// recapture is New York's tax benefit recapture: above Over of AGI the
// lower brackets' benefit is taken back, phased in over PhaseIn, step by
// step ([taxable income from, recapture base, incremental benefit]).
type recapture struct {
	Over     decimal.Decimal `json:"over"`
	PhaseIn  decimal.Decimal `json:"phaseIn"`
	Steps    []bracket       `json:"steps"` // Over: from; Rate: the base; Plus: the benefit
	FlatOver decimal.Decimal `json:"flatOver"`
	Source   string          `json:"source"`
}

// periodTable is a state's withholding figures for one pay frequency.
type periodTable struct {
	Deduction     decimal.Decimal   `json:"deduction"`
	Exemption     decimal.Decimal   `json:"exemption"`
	ExemptionBase decimal.Decimal   `json:"exemptionBase"`
	Floor         decimal.Decimal   `json:"floor"`
	Over          []decimal.Decimal `json:"over"`
	Add           []decimal.Decimal `json:"add"`
	Top           decimal.Decimal   `json:"top"`
}

// withholdingRules are a state's (or locality's) withholding: its method's
// name and the figures the method uses.
type withholdingRules struct {
	schedule
	Method          string                 `json:"method"`
	AllowanceCredit decimal.Decimal        `json:"allowanceCredit"`
	Exempt          decimal.Decimal        `json:"exempt"`
	Rate            decimal.Decimal        `json:"rate"`
	Allowance       decimal.Decimal        `json:"allowance"`
	SurtaxRate      decimal.Decimal        `json:"surtaxRate"`
	SurtaxOver      decimal.Decimal        `json:"surtaxOver"`
	FICACap         decimal.Decimal        `json:"ficaCap"`
	Rates           []decimal.Decimal      `json:"rates"`
	Periods         map[string]periodTable `json:"periods"`
	TopRates        []bracket              `json:"topRates"`
	TopSource       string                 `json:"topSource"`
}

// jurisdiction is a state's or a locality's figures for a tax year.
type jurisdiction struct {
	Code         string           `json:"code"`   // "CA", "NYC", or "none" for the states without a wage income tax
	Name         string           `json:"name"`   // a locality's name ("New York City"); a state's is calc.StateName's
	State        string           `json:"state"`  // a locality's state
	States       []string         `json:"states"` // the states "none" covers
	Year         int              `json:"year"`
	Withholding  withholdingRules `json:"withholding"`
	Supplemental *flatRate        `json:"supplemental"`
	Owed         owedRules        `json:"owed"`
	Premiums     []payrollTax     `json:"premiums"`
	SickNote     string           `json:"sickNote"`
}

// federal is the federal figures for a tax year.
type federal struct {
	Year        int      `json:"year"`
	Owed        schedule `json:"owed"`
	Withholding schedule `json:"withholding"`
	Nonresident struct {
		Source             string                     `json:"source"`
		Add                map[string]decimal.Decimal `json:"add"`
		Provisional        bool                       `json:"provisional"` // Add is derived, not read in the year's publication
		DeductionCountries []string                   `json:"deductionCountries"`
		DeductionSource    string                     `json:"deductionSource"`
	} `json:"nonresident"`
	Supplemental       flatRate   `json:"supplemental"`
	SocialSecurity     payrollTax `json:"socialSecurity"`
	Medicare           payrollTax `json:"medicare"`
	AdditionalMedicare payrollTax `json:"additionalMedicare"`
	FICAExemptSource   string     `json:"ficaExemptSource"`
	PartYear           struct {
		MaxDays int    `json:"maxDays"`
		Source  string `json:"source"`
	} `json:"partYear"`
	Overtime struct {
		WeekHours, Cap, PhaseOutOver, PhaseOutPer, PhaseOutStep decimal.Decimal
		FromYear, ToYear                                        int // the tax years it is for
		Source                                                  string
	} `json:"overtime"`
}

// lazyFigures are one data file's figures, built by its generated
// function the first time they are used.
type lazyFigures[T any] struct {
	codes []string // the states or localities a jurisdiction's file is for
	year  int
	build func() *T
	once  sync.Once
	v     *T
}

func (l *lazyFigures[T]) get() *T {
	l.once.Do(func() { l.v = l.build() })
	return l.v
}

// pick returns the figures of year among files, or, when that year's are
// not published, the latest before it (the earliest after it, for a year
// before every file): an estimate with last year's figures beats none,
// and the estimate says which year's it used. It returns nil for no file.
func pick[T any](files []*lazyFigures[T], year int) *T {
	var best, first *lazyFigures[T]
	for _, f := range files {
		if first == nil || f.year < first.year {
			first = f
		}
		if f.year <= year && (best == nil || f.year > best.year) {
			best = f
		}
	}
	if best == nil {
		best = first
	}
	if best == nil {
		return nil
	}
	return best.get()
}

// federalFor returns the federal figures for year (see pick).
func federalFor(year int) *federal { return pick(generatedFederal, year) }

// jurisdictionFor returns a state's or locality's figures for year (see
// pick), or nil when the calculator has none.
func jurisdictionFor(code string, year int) *jurisdiction {
	var files []*lazyFigures[jurisdiction]
	for _, f := range generatedJurisdictions {
		if slices.Contains(f.codes, code) {
			files = append(files, f)
		}
	}
	return pick(files, year)
}

// Supported returns the codes of the states whose taxes the estimate
// knows, and of their localities ("NYC"), in order.
func Supported() []string {
	var out []string
	for _, f := range generatedJurisdictions {
		for _, c := range f.codes {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return out
}

// codes are the states or the locality the figures are for: "none" is
// the states without a wage income tax, listed in States.
func (j *jurisdiction) codes() []string {
	if j.Code == "none" {
		return j.States
	}
	return []string{j.Code}
}

// prepare works out, once, what the figures' users would otherwise work out
// for every estimate (see schedule.prepare and payrollTax.prepare). The
// generator runs it: the generated figures are prepared.
func (f *federal) prepare() {
	f.Owed.prepare()
	f.Withholding.prepare()
	for _, pt := range []*payrollTax{&f.SocialSecurity, &f.Medicare, &f.AdditionalMedicare} {
		pt.prepare()
	}
}

func (j *jurisdiction) prepare() {
	j.Withholding.prepare()
	j.Owed.prepare()
	for i := range j.Premiums {
		j.Premiums[i].prepare()
	}
}

// freqKey is the name of a pay frequency in the data files.
func freqKey(f PayFrequency) string {
	if f == "" {
		return string(Biweekly)
	}
	return string(f)
}

// amountByAGI returns the amount of the first [up to, amount] row that
// holds agi, or zero.
func amountByAGI(rows [][2]string, agi decimal.Decimal) decimal.Decimal {
	for _, r := range rows {
		upTo, _ := decimal.NewFromString(r[0])
		if agi.LessThanOrEqual(upTo) {
			v, _ := decimal.NewFromString(r[1])
			return v
		}
	}
	return decimal.Zero
}

// yearNote says which year's figures stand in for another's.
func yearNote(what string, year, used int) string {
	return "No " + strconv.Itoa(year) + " " + what + " are published yet: " + strconv.Itoa(year) + " uses " + strconv.Itoa(used) + "'s."
}
