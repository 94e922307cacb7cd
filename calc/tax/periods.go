package tax

import (
	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// A payPeriod is one pay period of the window: its first and last days.
type payPeriod struct{ start, end Date }

// payPeriods cuts [start, end] into pay periods. Weekly and biweekly periods
// run from start; semimonthly and monthly ones end where the calendar's do,
// so the first may be short. The last ends at end, so it may be short too.
func payPeriods(f PayFrequency, start, end Date) []payPeriod {
	out := make([]payPeriod, 0, end.DaysSince(start)/7+2)
	for s := start; !s.After(end); {
		var e Date
		switch f {
		case Weekly:
			e = s.AddDays(6)
		case Semimonthly:
			if s.Day <= 15 {
				e = Date{Year: s.Year, Month: s.Month, Day: 15}
			} else {
				e = monthEnd(s)
			}
		case Monthly:
			e = monthEnd(s)
		default:
			e = s.AddDays(13)
		}
		if e.After(end) {
			e = end
		}
		out = append(out, payPeriod{s, e})
		s = e.AddDays(1)
	}
	return out
}

// monthEnd is the last day of d's month.
func monthEnd(d Date) Date {
	return Date{Year: d.Year, Month: d.Month, Day: 1}.AddMonths(1).AddDays(-1)
}

// periodDays returns the calendar days of the payroll period that holds
// day: 7 or 14, or the calendar's half-month or month. The window's first
// and last periods are often cut short; payroll's period is still whole.
func (f PayFrequency) periodDays(day Date) int {
	switch f {
	case Weekly:
		return 7
	case Semimonthly:
		if day.Day <= 15 {
			return 15
		}
		return monthEnd(day).Day - 15
	case Monthly:
		return monthEnd(day).Day
	}
	return 14
}

// weeks is a pay period's length in weeks, for a weekly cap: a week, two,
// or the frequency's share of a year's 52 (52/24, 52/12).
func (f PayFrequency) weeks() decimal.Decimal {
	switch f {
	case Weekly:
		return one
	case Semimonthly:
		return decimal.New(52, 0).DivRound(decimal.New(24, 0), 10)
	case Monthly:
		return decimal.New(52, 0).DivRound(decimal.New(12, 0), 10)
	}
	return decimal.New(2, 0)
}

// periodGross sums the window's wages into their pay periods, exactly: by
// workweek (calc.Quote.Weeks) when each workweek's days in the window fall
// in one period, as they do from a Monday paid weekly or biweekly, else
// day by day (calc.Quote.Days, a pass over the window that costs more than
// the rest of the estimate).
func periodGross(periods []payPeriod, q calc.Quote) []decimal.Decimal {
	out := make([]decimal.Decimal, len(periods))
	i := 0
	for _, w := range q.Weeks {
		first, last := w.Start, w.Start.AddDays(4) // Monday to Friday: the days paid
		if first.Before(q.Window.Start) {
			first = q.Window.Start
		}
		if last.After(q.Window.End) {
			last = q.Window.End
		}
		for i < len(periods) && periods[i].end.Before(first) {
			i++
		}
		if i == len(periods) || periods[i].end.Before(last) { // a week across periods: day by day
			clear(out)
			i = 0
			for _, d := range q.Days() {
				for i < len(periods) && periods[i].end.Before(d.Date) {
					i++
				}
				if i < len(periods) {
					out[i] = sum(out[i], d.Gross)
				}
			}
			break
		}
		out[i] = sum(out[i], w.Gross)
	}
	for i := range out {
		out[i] = inCents(out[i])
	}
	return out
}
