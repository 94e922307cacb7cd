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
	out := make([]Day, 0, plan.End.DaysSince(plan.Start)+1)
	hi := 0
	var weekRegular, weekWorked decimal.Decimal
	for d := plan.Start; !d.After(plan.End); d = d.AddDays(1) {
		if d.Weekday() == time.Monday {
			weekRegular, weekWorked = decimal.Zero, decimal.Zero
		}
		day := Day{Date: d}
		for hi < len(q.Holidays) && q.Holidays[hi].Date.Before(d) {
			hi++
		}
		switch {
		case !d.IsWeekday():
		case hi < len(q.Holidays) && q.Holidays[hi].Date == d:
			day.Holiday = q.Holidays[hi].Hours
		default:
			day.Worked = daily
			if plan.Overtime == Federal {
				day.Regular = overLimit(&weekWorked, daily)
				day.Overtime = daily.Sub(day.Regular)
				break
			}
			regular := decimal.Min(daily, eight)
			day.Overtime = decimal.Min(decimal.Max(daily.Sub(eight), decimal.Zero), dayLimit)
			day.Double = decimal.Max(daily.Sub(twelve), decimal.Zero)
			day.Regular = overLimit(&weekRegular, regular)
			day.Overtime = day.Overtime.Add(regular.Sub(day.Regular))
		}
		day.Gross = pay(plan.Rate, day.Regular, day.Holiday, day.Overtime, day.Double).Gross
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
