package calc

import "github.com/shopspring/decimal"

// Hours are the hours of a day, a workweek or a whole window, by how they
// are paid: Worked = Regular + Overtime + Double, and Paid = Worked +
// Holiday. One type serves the three, so that a day's, a week's and the
// window's figures add up field by field.
type Hours struct {
	Worked   decimal.Decimal
	Regular  decimal.Decimal // worked at straight time
	Overtime decimal.Decimal // worked, paid at 1.5x
	Double   decimal.Decimal // worked, paid at 2x
	Holiday  decimal.Decimal // paid, not worked
	Paid     decimal.Decimal
}

func (h Hours) add(o Hours) Hours {
	return Hours{
		Worked:   h.Worked.Add(o.Worked),
		Regular:  h.Regular.Add(o.Regular),
		Overtime: h.Overtime.Add(o.Overtime),
		Double:   h.Double.Add(o.Double),
		Holiday:  h.Holiday.Add(o.Holiday),
		Paid:     h.Paid.Add(o.Paid),
	}
}

func (h Hours) times(n int64) Hours {
	k := decimal.New(n, 0)
	return Hours{
		Worked:   h.Worked.Mul(k),
		Regular:  h.Regular.Mul(k),
		Overtime: h.Overtime.Mul(k),
		Double:   h.Double.Mul(k),
		Holiday:  h.Holiday.Mul(k),
		Paid:     h.Paid.Mul(k),
	}
}

var (
	two      = decimal.New(2, 0)
	oneHalf  = decimal.New(15, -1)
	fifth    = decimal.New(2, -1) // hours per day = hours per week × 1/5, exact
	eight    = decimal.New(8, 0)
	twelve   = decimal.New(12, 0)
	forty    = decimal.New(40, 0)
	dayLimit = decimal.New(4, 0) // the 1.5x hours between 8 and 12
)

// day splits the hours worked on one day of a workweek by the overtime
// rule, given the straight-time hours worked earlier in the same week.
// This is the only place the rules are written:
//
//   - California (Labor Code §510): hours over 8 in the day, up to 12,
//     are paid 1.5x and hours over 12 are paid 2x; then the straight-time
//     hours that take the week past 40 are paid 1.5x.
//   - Federal (the Fair Labor Standards Act): the hours that take the
//     week past 40 are paid 1.5x.
//
// A week's overtime therefore falls on the days that are worked last, and
// a paid holiday, which is not worked, never counts toward it.
func (r OvertimeRule) day(worked, weekRegular decimal.Decimal) Hours {
	h := Hours{Worked: worked, Regular: worked, Paid: worked}
	if r != Federal {
		h.Regular = decimal.Min(worked, eight)
		h.Overtime = decimal.Min(decimal.Max(worked.Sub(eight), decimal.Zero), dayLimit)
		h.Double = decimal.Max(worked.Sub(twelve), decimal.Zero)
	}
	if room := decimal.Max(forty.Sub(weekRegular), decimal.Zero); h.Regular.GreaterThan(room) {
		h.Overtime = h.Overtime.Add(h.Regular.Sub(room))
		h.Regular = room
	}
	return h
}

// week returns the hours of a workweek of days worked days of daily hours
// each (and no holiday), day by day.
func (r OvertimeRule) week(daily decimal.Decimal, days int) Hours {
	var w Hours
	for range days {
		w = w.add(r.day(daily, w.Regular))
	}
	return w
}
