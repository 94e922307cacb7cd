package tax

import (
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// The period wages are the sums of their days' (by workweek where each
// week falls in one period, else day by day), for every pay frequency and
// starts on several weekdays.
func TestPeriodGrossByWeek(t *testing.T) {
	for _, start := range []string{"2026-05-11", "2026-05-13", "2026-05-16", "2026-06-15", "2026-06-16", "2026-11-02", "2026-12-21"} {
		for _, hours := range []string{"40", "45", "37.5", "65"} {
			for _, rule := range []calc.OvertimeRule{calc.California, calc.Federal} {
				q, err := calc.Compute(calc.DefaultPolicy(), calc.Plan{Start: calc.MustParseDate(start),
					Rate: decimal.RequireFromString("45.125"), HoursPerWeek: decimal.RequireFromString(hours), Overtime: rule})
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range PayFrequencies() {
					periods := payPeriods(f, q.Window.Start, q.Window.End)
					got, want := periodGross(periods, q), make([]decimal.Decimal, len(periods))
					for _, d := range q.Days() {
						for i, p := range periods {
							if !d.Date.Before(p.start) && !d.Date.After(p.end) {
								want[i] = want[i].Add(d.Gross)
							}
						}
					}
					for i := range periods {
						if !got[i].Equal(want[i]) {
							t.Errorf("%s, %s h, %s, %s: period %d has %s, by day %s", start, hours, rule, f, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
}
