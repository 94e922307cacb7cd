package calc

import (
	"time"

	"github.com/shopspring/decimal"
)

// A Day is one calendar day of a quote's window, at the chosen rate. A
// pay period is a run of days, so the take-home estimate sums Days.
type Day struct {
	Date     Date
	Worked   decimal.Decimal
	Regular  decimal.Decimal
	Holiday  decimal.Decimal
	Overtime decimal.Decimal
	Double   decimal.Decimal
	Gross    decimal.Decimal
}

// Days returns the window day by day, weekends and holidays included, for a
// quote returned by Compute. Overtime falls on the day it is worked: under
// the California rule a day's hours over 8; under the weekly rule the hours
// that take the week past 40, which are the week's last. So the days of a
// week add up exactly to the Week, and all days to the totals.
//
// Compute does not build this list (it is not needed to show a quote); it
// costs one pass over the window.
func (q Quote) Days() []Day {
	plan := q.Plan
	if plan.Start.IsZero() || plan.End.Before(plan.Start) {
		return nil
	}
	daily := plan.HoursPerWeek.Mul(fifth)
	// A worked day's split before the weekly limit; under the California
	// rule the day's own hours over 8 are overtime already.
	regular, overtime, double := daily, decimal.Zero, decimal.Zero
	if plan.Overtime != Federal {
		regular = decimal.Min(daily, eight)
		overtime = decimal.Min(decimal.Max(daily.Sub(eight), decimal.Zero), dayLimit)
		double = decimal.Max(daily.Sub(twelve), decimal.Zero)
	}
	// When five such days stay within 40 hours, no day reaches the weekly
	// limit, and every worked day is the same: compute it once.
	weekly := regular.Mul(decimal.New(5, 0)).GreaterThan(forty)
	worked := Day{Worked: daily, Regular: regular, Overtime: overtime, Double: double}
	worked.Gross = pay(plan.Rate, regular, decimal.Zero, overtime, double).Gross
	holidayPay := map[string]decimal.Decimal{}

	out := make([]Day, 0, plan.End.DaysSince(plan.Start)+1)
	hi := 0
	var weekRegular decimal.Decimal
	for d := plan.Start; !d.After(plan.End); d = d.AddDays(1) {
		if d.Weekday() == time.Monday {
			weekRegular = decimal.Zero
		}
		for hi < len(q.Holidays) && q.Holidays[hi].Date.Before(d) {
			hi++
		}
		var day Day
		switch {
		case !d.IsWeekday():
		case hi < len(q.Holidays) && q.Holidays[hi].Date == d:
			h := q.Holidays[hi].Hours
			g, ok := holidayPay[h.String()]
			if !ok {
				g = plan.Rate.Mul(h)
				holidayPay[h.String()] = g
			}
			day = Day{Holiday: h, Gross: g}
		case !weekly:
			day = worked
		default:
			day = worked
			day.Regular = overLimit(&weekRegular, regular)
			if !day.Regular.Equal(regular) {
				day.Overtime = overtime.Add(regular.Sub(day.Regular))
				day.Gross = pay(plan.Rate, day.Regular, decimal.Zero, day.Overtime, day.Double).Gross
			}
		}
		day.Date = d
		out = append(out, day)
	}
	return out
}

// overLimit adds h to a week's running total and returns the part of h that
// stays within 40 hours; the rest is overtime.
func overLimit(total *decimal.Decimal, h decimal.Decimal) decimal.Decimal {
	room := decimal.Max(forty.Sub(*total), decimal.Zero)
	*total = total.Add(h)
	return decimal.Min(h, room)
}
