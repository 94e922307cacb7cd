package tax

import (
	"embed"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
)

// The figures are data: one JSON file a jurisdiction and tax year in
// data/ (federal-2026.json, ca-2026.json, …), every figure with the
// publication it comes from, read on first use. A state is its figures
// plus the names of its methods, for withholding and for the tax owed (see
// methods.go): adding a state whose methods are known is adding a file,
// and adding one whose method is new is adding one function (and its
// name).
//
//go:embed data/*.json
var dataFiles embed.FS

// A bracket taxes the part of an amount over Over at Rate. Plus, when
// given, is the tax on Over as the publication prints it (rounded, as New
// York's are); else it is the sum of the brackets below.
type bracket struct {
	Over, Rate, Plus decimal.Decimal
	plusGiven        bool
}

// UnmarshalJSON reads ["over", "rate"] or ["over", "rate", "plus"].
func (b *bracket) UnmarshalJSON(data []byte) error {
	var s []string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	if len(s) < 2 || len(s) > 3 {
		return &json.UnsupportedValueError{Str: string(data)}
	}
	var err error
	if b.Over, err = decimal.NewFromString(s[0]); err == nil {
		b.Rate, err = decimal.NewFromString(s[1])
	}
	if err == nil && len(s) == 3 {
		b.Plus, err = decimal.NewFromString(s[2])
		b.plusGiven = true
	}
	return err
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

// The figures, read on first use: the browser does not decode them at
// start-up.
var figures = sync.OnceValues(func() (map[int]*federal, map[string][]*jurisdiction) {
	feds := map[int]*federal{}
	states := map[string][]*jurisdiction{}
	entries, _ := dataFiles.ReadDir("data")
	for _, e := range entries {
		data, _ := dataFiles.ReadFile("data/" + e.Name())
		name := strings.TrimSuffix(e.Name(), ".json")
		if strings.HasPrefix(name, "federal-") {
			var f federal
			if err := json.Unmarshal(data, &f); err != nil {
				panic("tax: " + e.Name() + ": " + err.Error()) // the tests read every file
			}
			f.Owed.prepare()
			f.Withholding.prepare()
			for _, pt := range []*payrollTax{&f.SocialSecurity, &f.Medicare, &f.AdditionalMedicare} {
				pt.prepare()
			}
			feds[f.Year] = &f
			continue
		}
		var j jurisdiction
		if err := json.Unmarshal(data, &j); err != nil {
			panic("tax: " + e.Name() + ": " + err.Error())
		}
		j.Withholding.prepare()
		j.Owed.prepare()
		for i := range j.Premiums {
			j.Premiums[i].prepare()
		}
		codes := []string{j.Code}
		if j.Code == "none" {
			codes = j.States
		}
		for _, c := range codes {
			states[c] = append(states[c], &j)
		}
	}
	for _, js := range states {
		slices.SortFunc(js, func(a, b *jurisdiction) int { return a.Year - b.Year })
	}
	return feds, states
})

// federalFor returns the federal figures for year, or, when that year's are
// not published, the latest before it (the earliest after it, for a year
// before every table): an estimate with last year's figures beats none,
// and the estimate says which year's it used.
func federalFor(year int) *federal {
	feds, _ := figures()
	var best, first *federal
	for _, f := range feds {
		if first == nil || f.Year < first.Year {
			first = f
		}
		if f.Year <= year && (best == nil || f.Year > best.Year) {
			best = f
		}
	}
	if best == nil {
		return first
	}
	return best
}

// jurisdictionFor returns a state's or locality's figures for year (by
// the same rule as federalFor), or nil when the calculator has none.
func jurisdictionFor(code string, year int) *jurisdiction {
	_, states := figures()
	js := states[code]
	if len(js) == 0 {
		return nil
	}
	j := js[0]
	for _, k := range js {
		if k.Year <= year {
			j = k
		}
	}
	return j
}

// Supported returns the codes of the states whose taxes the estimate
// knows, and of their localities ("NYC"), in order.
func Supported() []string {
	_, states := figures()
	out := make([]string, 0, len(states))
	for c := range states {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
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
