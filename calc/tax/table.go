package tax

import (
	"sync"

	"github.com/shopspring/decimal"
)

// A Table is one tax year's figures for the take-home estimate: federal
// income tax owed and withheld, Social Security and Medicare, California
// income tax owed and withheld, and SDI, each with the source it comes from.
// The figures are data, one table per year (tax2026.go), so that a new year
// is a new table and not an edit scattered through the code.
//
// Rates are fractions (0.062 is 6.2%); amounts are dollars a year.
type Table struct {
	Year int // the tax year the table is for

	// FederalOwed is the income tax on the year's income: the standard
	// deduction and the brackets for a single filer.
	FederalOwed Schedule
	// FederalWithholding is Publication 15-T's Worksheet 1A with the
	// annual percentage method table (single, W-4 Step 2 unchecked): its
	// Deduction is the worksheet's adjustment (line 1g), and its brackets
	// apply to the adjusted annual wage amount.
	FederalWithholding Schedule
	// FederalSupplemental is the optional flat rate on supplemental wages
	// paid as a separate check.
	FederalSupplemental FlatRate

	SocialSecurity     PayrollTax // UpTo is the wage base
	Medicare           PayrollTax
	AdditionalMedicare PayrollTax // withheld on this employer's wages past Over

	// PartYearMaxDays is the most days of employment in the calendar year
	// for which the part-year employment method may be used.
	PartYearMaxDays int
	PartYearSource  string

	// CaliforniaWithholding is EDD's Method B (exact calculation): the
	// standard deduction, the brackets, a credit per regular allowance on
	// the DE 4, and the low-income exemption (Exempt).
	CaliforniaWithholding Schedule
	// CaliforniaOwed is the income tax on the year's income, with the
	// personal exemption credit (Credit). It may be an earlier year's
	// schedule standing in for one not yet published: see its Year and
	// Provisional.
	CaliforniaOwed         Schedule
	CaliforniaSupplemental FlatRate

	SDI PayrollTax // State Disability Insurance, paid family leave included
}

// A Schedule is a progressive tax: the annual amount, less Deduction, taxed
// bracket by bracket, less the credits, never below zero.
type Schedule struct {
	// Year is the year the schedule was published for, which differs from
	// the table's when it stands in for one not yet published.
	Year        int
	Provisional bool   // true when the figures stand in for ones not yet published
	Note        string // why it is provisional, in plain language; empty otherwise
	Source      string

	Deduction       decimal.Decimal // subtracted from the annual amount first
	Credit          decimal.Decimal // subtracted from the tax
	AllowanceCredit decimal.Decimal // subtracted from the tax once per allowance (withholding)
	// Exempt is the low-income exemption: nothing is withheld when the
	// annualized wages are at or below it. Zero: none.
	Exempt decimal.Decimal

	Brackets []Bracket // in increasing order of Over; the first has Over 0
}

// A Bracket taxes the part of an amount above Over, up to the next
// bracket's Over, at Rate.
type Bracket struct {
	Over decimal.Decimal
	Rate decimal.Decimal
}

// A PayrollTax is a flat rate on the wages an employer pays in a calendar
// year between Over and UpTo.
type PayrollTax struct {
	Rate   decimal.Decimal
	Over   decimal.Decimal // wages up to Over are not taxed; zero: from the first dollar
	UpTo   decimal.Decimal // wages past UpTo are not taxed; zero: no cap
	Source string
}

// A FlatRate is a rate on a whole payment.
type FlatRate struct {
	Rate   decimal.Decimal
	Source string
}

// tables are the published tables, in increasing order of Year. They
// are built on first use, not at start-up: the browser loads the
// calculator faster without a hundred decimals to parse before it shows
// anything.
var tables = sync.OnceValue(func() []*Table { return []*Table{tax2026()} })

// tableFor returns the table for year, or, when that year's figures are
// not published, the latest table before it (or the earliest after it, for
// a year before every table): an estimate with last year's figures beats
// none, and the estimate says which year's figures it used.
func tableFor(year int) *Table {
	tables := tables()
	t := tables[0]
	for _, u := range tables {
		if u.Year <= year {
			t = u
		}
	}
	return t
}

// clone returns a copy of t that shares no slice with it, so that a caller
// who changes an estimate's Table cannot change the package's.
func (t *Table) clone() Table {
	c := *t
	for _, s := range []*Schedule{&c.FederalOwed, &c.FederalWithholding, &c.CaliforniaWithholding, &c.CaliforniaOwed} {
		s.Brackets = append([]Bracket(nil), s.Brackets...)
	}
	return c
}

// tax returns per × the schedule's tax on the annual amount amount/per,
// with allowances allowance credits, never below zero. Scaling instead of
// dividing keeps the arithmetic exact, so that the one rounding (to cents,
// when the caller divides) is the only one: brackets are continuous, so
// scaling each of them by per gives the same result as dividing first.
func (s *Schedule) tax(amount, per decimal.Decimal, allowances int) decimal.Decimal {
	scaled := !per.Equal(one)
	scale := func(d decimal.Decimal) decimal.Decimal {
		if scaled {
			return d.Mul(per)
		}
		return d
	}
	amount = amount.Sub(scale(s.Deduction))
	tax := decimal.Zero
	for i, b := range s.Brackets {
		lo := scale(b.Over)
		if amount.Cmp(lo) <= 0 {
			break
		}
		hi := amount
		if i+1 < len(s.Brackets) {
			hi = decimal.Min(hi, scale(s.Brackets[i+1].Over))
		}
		tax = tax.Add(b.Rate.Mul(hi.Sub(lo)))
	}
	credits := s.Credit
	if allowances != 0 {
		credits = credits.Add(s.AllowanceCredit.Mul(decimal.New(int64(allowances), 0)))
	}
	if !credits.IsZero() {
		tax = tax.Sub(scale(credits))
	}
	return decimal.Max(tax, decimal.Zero)
}

// on returns the tax on wages paid when the employer has already paid
// before in the calendar year: the part of them between Over and UpTo.
func (t *PayrollTax) on(before, wages decimal.Decimal) decimal.Decimal {
	if t.Over.IsZero() && t.UpTo.IsZero() {
		return t.Rate.Mul(wages) // every dollar, as for Medicare and SDI
	}
	return t.Rate.Mul(t.taxable(before.Add(wages)).Sub(t.taxable(before)))
}

// taxable returns the part of a year's wages w that the tax applies to.
func (t *PayrollTax) taxable(w decimal.Decimal) decimal.Decimal {
	if !t.UpTo.IsZero() {
		w = decimal.Min(w, t.UpTo)
	}
	return decimal.Max(w.Sub(t.Over), decimal.Zero)
}
