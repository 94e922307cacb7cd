package tax

import (
	"sort"

	"github.com/shopspring/decimal"
)

var (
	one  = decimal.New(1, 0)
	half = decimal.New(5, -1)
)

// plus returns the tax on bracket i's Over: as printed, or the sum of the
// brackets below.
func (s *schedule) plus(i int) decimal.Decimal {
	if b := s.Brackets[i]; b.plusGiven || i == 0 {
		return b.Plus
	}
	prev := s.Brackets[i-1]
	return s.plus(i - 1).Add(prev.Rate.Mul(s.Brackets[i].Over.Sub(prev.Over)))
}

// prepare works out each bracket's Plus once, when the figures are read:
// the estimate taxes a dozen amounts, and big-number sums are not free;
// and it keeps the amounts in cents (see inCents).
func (s *schedule) prepare() {
	s.Deduction = inCents(s.Deduction)
	for i := range s.Brackets {
		s.Brackets[i].Plus = inCents(s.plus(i))
		s.Brackets[i].plusGiven = true
	}
	for i := range s.Brackets {
		s.Brackets[i].Over = inCents(s.Brackets[i].Over)
	}
}

// on returns the schedule's tax on an amount already net of its
// deduction, never below zero.
func (s *schedule) on(amount decimal.Decimal) decimal.Decimal {
	return s.scaledOn(amount, one)
}

// nonNegative returns v, or zero for less: decimal.Max(v, decimal.Zero)
// without its comparison's rescaling.
func nonNegative(v decimal.Decimal) decimal.Decimal {
	if v.Sign() < 0 {
		return decimal.Zero
	}
	return v
}

// tax returns the tax on a gross amount: less the deduction, then on.
func (s *schedule) tax(amount decimal.Decimal) decimal.Decimal {
	return s.on(amount.Sub(s.Deduction))
}

// scaledOn returns b × on(a/b) exactly: the brackets are straight lines,
// so each can be scaled by b instead of dividing a, and the one rounding
// (to cents, by the caller) stays the only one.
func (s *schedule) scaledOn(a, b decimal.Decimal) decimal.Decimal {
	if a.Sign() <= 0 || len(s.Brackets) == 0 {
		return decimal.Zero
	}
	if a.Exponent() > -2 {
		a = a.Round(2) // the brackets' exponent: see inCents
	}
	unit := b.Equal(one)
	over := func(k int) decimal.Decimal {
		if unit {
			return s.Brackets[k].Over
		}
		return s.Brackets[k].Over.Mul(b)
	}
	// The last bracket that a is over (or the first).
	i := max(sort.Search(len(s.Brackets), func(k int) bool { return !a.GreaterThan(over(k)) })-1, 0)
	plus := s.plus(i)
	if !unit {
		plus = plus.Mul(b)
	}
	return nonNegative(sum(plus, s.Brackets[i].Rate.Mul(a.Sub(over(i)))))
}

// rowMid returns the midpoint of the tax table's row that holds taxable
// income ti, whole dollars under the table's limit (so an int64).
func (t *returnTable) rowMid(ti int64) decimal.Decimal {
	var lo, hi int64 // the row's ends, as its table prints them
	switch t.Rows {
	case "ca": // $1-50, then at least $X51, not over $(X+1)50, the last to UpTo
		lo, hi = 1, 50
		if ti >= 51 {
			lo = (ti-51)/100*100 + 51
			hi = lo + 99
		}
		if !t.UpTo.IsZero() {
			hi = min(hi, t.UpTo.IntPart())
		}
	case "ny": // $0-13, $13-25, $25-50, then rows of $50
		switch {
		case ti < 13:
			lo, hi = 0, 13
		case ti < 25:
			lo, hi = 13, 25
		case ti < 50:
			lo, hi = 25, 50
		default:
			lo, hi = ti/50*50, ti/50*50+50
		}
	default: // the IRS's: $0-5, $5-15, $15-25, rows of $25 to $3,000, then of $50
		switch {
		case ti < 5:
			lo, hi = 0, 5
		case ti < 15:
			lo, hi = 5, 15
		case ti < 25:
			lo, hi = 15, 25
		case ti < 3000:
			lo, hi = ti/25*25, ti/25*25+25
		default:
			lo, hi = ti/50*50, ti/50*50+50
		}
	}
	return decimal.New((lo+hi)*5, -1)
}

// returnTax returns the tax on taxable income ti as the return figures
// it: from its tax table when ti, rounded to the dollar as the return
// enters it, has a row there and agi is within the table's limit, else
// from the schedule, in cents. table reports which.
func (s *schedule) returnTax(ti, agi decimal.Decimal) (tax decimal.Decimal, table bool) {
	ti = decimal.Max(ti, decimal.Zero)
	if t := s.Table; t != nil && (t.AGIUpTo.IsZero() || !agi.GreaterThan(t.AGIUpTo)) {
		// The table has a row for whole-dollar ti under Below, or up to UpTo.
		if whole := ti.Round(0); (t.UpTo.IsZero() && whole.LessThan(t.Below)) || (!t.UpTo.IsZero() && !whole.GreaterThan(t.UpTo)) {
			if whole.IsZero() {
				return decimal.Zero, true
			}
			return s.on(t.rowMid(whole.IntPart())).Round(0), true
		}
	}
	return s.on(ti).Round(2), false
}

// on returns the payroll tax on a check's wages when this job's wages in
// the year were before without them and after with them, for a pay period of
// weeks weeks, when the tax withheld so far in the year is paid: the part
// of the wages between Over and UpTo at the employee's rate, at most
// WeekMax a week and YearMax in the year.
func (t *payrollTax) on(before, wages, after, weeks, paid decimal.Decimal) decimal.Decimal {
	var base decimal.Decimal // the part taxed
	switch {
	case !t.Over.IsZero() && !after.GreaterThan(t.Over):
		return decimal.Zero // all of it under the floor
	case t.Over.IsZero() && (t.UpTo.IsZero() || !after.GreaterThan(t.UpTo)):
		base = wages // all of it: no floor, under the cap
	default:
		taxable := func(w decimal.Decimal) decimal.Decimal {
			if !t.UpTo.IsZero() {
				w = decimal.Min(w, t.UpTo)
			}
			return nonNegative(w.Sub(t.Over))
		}
		base = taxable(after).Sub(taxable(before))
	}
	v := t.rate().Mul(base)
	if !t.WeekMax.IsZero() {
		v = decimal.Min(v, t.WeekMax.Mul(weeks))
	}
	if !t.YearMax.IsZero() {
		v = decimal.Min(v, nonNegative(t.YearMax.Sub(paid)))
	}
	return v
}
