package calc

import (
	"time"

	"github.com/shopspring/decimal"
)

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
	// Every worked day before the week's straight time reaches 40 hours is
	// the same: compute it once.
	first := Day{Hours: plan.Overtime.day(daily, decimal.Zero)}
	first.Gross = pay(plan.Rate, first.Hours).Gross
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
		case !d.isWeekday():
		case hi < len(q.Holidays) && q.Holidays[hi].Date == d:
			h := q.Holidays[hi].Hours
			g, ok := holidayPay[h.String()]
			if !ok {
				g = plan.Rate.Mul(h)
				holidayPay[h.String()] = g
			}
			day = Day{Hours: Hours{Holiday: h, Paid: h}, Gross: g}
		default:
			day = first
			if !weekRegular.Add(first.Regular).LessThanOrEqual(forty) {
				day.Hours = plan.Overtime.day(daily, weekRegular)
				day.Gross = pay(plan.Rate, day.Hours).Gross
			}
			weekRegular = weekRegular.Add(day.Regular)
		}
		day.Date = d
		out = append(out, day)
	}
	return out
}
