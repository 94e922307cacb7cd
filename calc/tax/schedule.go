package tax

import "github.com/shopspring/decimal"

var (
	one     = decimal.New(1, 0)
	half    = decimal.New(5, -1)
	fifty   = decimal.New(50, 0)
	hundred = decimal.New(100, 0)
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
// the estimate taxes a dozen amounts, and big-number sums are not free.
func (s *schedule) prepare() {
	for i := range s.Brackets {
		s.Brackets[i].Plus = s.plus(i)
		s.Brackets[i].plusGiven = true
	}
}

// on returns the schedule's tax on an amount already net of its
// deduction, never below zero.
func (s *schedule) on(amount decimal.Decimal) decimal.Decimal {
	return s.scaledOn(amount, one)
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
	i := len(s.Brackets) - 1
	for i > 0 && !a.GreaterThan(s.Brackets[i].Over.Mul(b)) {
		i--
	}
	br := s.Brackets[i]
	return decimal.Max(s.plus(i).Mul(b).Add(br.Rate.Mul(a.Sub(br.Over.Mul(b)))), decimal.Zero)
}

// rowMid returns the midpoint of the tax table's row that holds taxable
// income ti (whole dollars).
func (t *returnTable) rowMid(ti decimal.Decimal) decimal.Decimal {
	floor := func(step int64) decimal.Decimal {
		st := decimal.New(step, 0)
		return ti.Div(st).Floor().Mul(st)
	}
	switch t.Rows {
	case "ca": // $1-50, then at least $X51, not over $(X+1)50, the last to UpTo
		lo, hi := one, fifty
		if !ti.LessThan(decimal.New(51, 0)) {
			lo = ti.Sub(decimal.New(51, 0)).Div(hundred).Floor().Mul(hundred).Add(decimal.New(51, 0))
			hi = lo.Add(decimal.New(99, 0))
		}
		if !t.UpTo.IsZero() {
			hi = decimal.Min(hi, t.UpTo)
		}
		return lo.Add(hi).Mul(half)
	case "ny": // $0-13, $13-25, $25-50, then rows of $50
		switch {
		case ti.LessThan(decimal.New(13, 0)):
			return decimal.RequireFromString("6.5")
		case ti.LessThan(decimal.New(25, 0)):
			return decimal.New(19, 0)
		case ti.LessThan(fifty):
			return decimal.RequireFromString("37.5")
		}
		return floor(50).Add(decimal.New(25, 0))
	}
	// The IRS table: $0-5, $5-15, $15-25, rows of $25 to $3,000, then
	// rows of $50.
	switch {
	case ti.LessThan(decimal.New(5, 0)):
		return decimal.RequireFromString("2.5")
	case ti.LessThan(decimal.New(15, 0)):
		return decimal.New(10, 0)
	case ti.LessThan(decimal.New(25, 0)):
		return decimal.New(20, 0)
	case ti.LessThan(decimal.New(3000, 0)):
		return floor(25).Add(decimal.RequireFromString("12.5"))
	}
	return floor(50).Add(decimal.New(25, 0))
}

// holds reports whether the table has a row for whole-dollar taxable
// income ti.
func (t *returnTable) holds(ti decimal.Decimal) bool {
	if !t.UpTo.IsZero() {
		return !ti.GreaterThan(t.UpTo)
	}
	return ti.LessThan(t.Below)
}

// returnTax returns the tax on taxable income ti as the return figures
// it: from its tax table when ti, rounded to the dollar as the return
// enters it, has a row there and agi is within the table's limit, else
// from the schedule, in cents. table reports which.
func (s *schedule) returnTax(ti, agi decimal.Decimal) (tax decimal.Decimal, table bool) {
	ti = decimal.Max(ti, decimal.Zero)
	if t := s.Table; t != nil && (t.AGIUpTo.IsZero() || !agi.GreaterThan(t.AGIUpTo)) {
		if whole := ti.Round(0); t.holds(whole) {
			if whole.IsZero() {
				return decimal.Zero, true
			}
			return s.on(t.rowMid(whole)).Round(0), true
		}
	}
	return s.on(ti).Round(2), false
}

// on returns the payroll tax on wages paid when the employer paid before
// in the year already, for a pay period of weeks weeks, when the tax
// withheld so far in the year is paid: the part of the wages between Over
// and UpTo at the employee's rate, at most WeekMax a week and YearMax in
// the year.
func (t *payrollTax) on(before, wages, weeks, paid decimal.Decimal) decimal.Decimal {
	taxable := func(w decimal.Decimal) decimal.Decimal {
		if !t.UpTo.IsZero() {
			w = decimal.Min(w, t.UpTo)
		}
		return decimal.Max(w.Sub(t.Over), decimal.Zero)
	}
	v := t.rate().Mul(taxable(before.Add(wages)).Sub(taxable(before)))
	if !t.WeekMax.IsZero() {
		v = decimal.Min(v, t.WeekMax.Mul(weeks))
	}
	if !t.YearMax.IsZero() {
		v = decimal.Min(v, decimal.Max(t.YearMax.Sub(paid), decimal.Zero))
	}
	return v
}
