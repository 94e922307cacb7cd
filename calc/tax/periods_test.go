package tax

import (
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// The period wages by workweek are the day-by-day sums, for every pay
// frequency and a start on each weekday: the weeks are used only where
// each falls in one period, and else the days.
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
					got, want := periodGross(periods, q), periodGrossByDay(periods, q.Days())
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
