package calc_test

import (
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/us"
	"github.com/stretchr/testify/assert"
)

func observedDates(hs []calc.Holiday) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Date.String())
	}
	return out
}

func holidayDates(q calc.Quote) []calc.Date {
	var out []calc.Date
	for _, h := range q.Holidays {
		out = append(out, h.Date)
	}
	return out
}

func TestObserved2026(t *testing.T) {
	// docs/rules.md §3.
	assert.Equal(t, []string{
		"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19",
		"2026-07-03", "2026-09-07", "2026-11-26", "2026-11-27", "2026-12-25",
	}, observedDates(calc.DefaultPolicy().Observed(2026)))
}

func TestObserved2027And2028(t *testing.T) {
	p := calc.DefaultPolicy()
	// Juneteenth and Christmas 2027 fall on Saturdays (observed Fridays),
	// Independence Day on a Sunday (observed Monday).
	assert.Equal(t, []string{
		"2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18",
		"2027-07-05", "2027-09-06", "2027-11-25", "2027-11-26", "2027-12-24",
	}, observedDates(p.Observed(2027)))
	// New Year's Day 2028 is a Saturday: observed Friday 2027-12-31.
	h := p.Observed(2028)[0]
	assert.Equal(t, "New Year's Day", h.Name)
	assert.Equal(t, d("2027-12-31"), h.Date)
	assert.Equal(t, d("2028-01-01"), h.Actual)
}

// The default calendar's rules agree with rickar/cal's US federal
// holidays, an independent encoding of the same rules, for 50 years.
func TestDefaultCalendarMatchesUSFederal(t *testing.T) {
	p := calc.DefaultPolicy()
	oracle := map[string]*cal.Holiday{
		"New Year's Day":             us.NewYear,
		"Martin Luther King Jr. Day": us.MlkDay,
		"Presidents' Day":            us.PresidentsDay,
		"Memorial Day":               us.MemorialDay,
		"Juneteenth":                 us.Juneteenth,
		"Independence Day":           us.IndependenceDay,
		"Labor Day":                  us.LaborDay,
		"Thanksgiving Day":           us.ThanksgivingDay,
		"Day after Thanksgiving":     us.DayAfterThanksgivingDay,
		"Christmas Day":              us.ChristmasDay,
	}
	for year := 2000; year <= 2050; year++ {
		want := map[string]calc.Date{}
		for name, h := range oracle {
			if _, obs := h.Calc(year); !obs.IsZero() {
				want[name] = calc.NewDate(obs.Date())
			}
		}
		got := map[string]calc.Date{}
		for _, h := range p.Observed(year) {
			got[h.Name] = h.Date
		}
		assert.Equal(t, want, got, "year %d", year)
	}
}

func TestHolidaysAcrossTheNewYear(t *testing.T) {
	p := calc.DefaultPolicy()
	q, err := calc.Compute(p, calc.Plan{Start: d("2026-12-01"), End: d("2027-02-26")})
	assert.NoError(t, err)
	assert.Equal(t, []calc.Date{d("2026-12-25"), d("2027-01-01"), d("2027-01-18"), d("2027-02-15")}, holidayDates(q))

	// The observed New Year's Day of 2028 falls in a 2027 window.
	q, err = calc.Compute(p, calc.Plan{Start: d("2027-12-20"), End: d("2028-01-07")})
	assert.NoError(t, err)
	assert.Equal(t, []calc.Date{d("2027-12-24"), d("2027-12-31")}, holidayDates(q))
	assert.Equal(t, "New Year's Day", q.Holidays[1].Name)
}

func TestHolidaysOnTheSameDayArePaidOnce(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Holidays = append(p.Holidays, calc.HolidayRule{Name: "Company Day", Month: 5, Weekday: "monday", Nth: -1})
	q, err := calc.Compute(p, calc.Plan{Start: d("2026-05-11")})
	assert.NoError(t, err)
	assert.Equal(t, "Memorial Day / Company Day", q.Holidays[0].Name)
	assert.Len(t, q.Holidays, 3)
	assert.Equal(t, "24", q.Hours.Holiday.String())
}

func TestWeekendHolidayWithoutObservanceIsNotPaid(t *testing.T) {
	p := calc.DefaultPolicy()
	// Independence Day 2026 is a Saturday; with no observance rule it stays there.
	p.Holidays[5].Observed = "none"
	q, err := calc.Compute(p, calc.Plan{Start: d("2026-05-11")})
	assert.NoError(t, err)
	assert.Equal(t, []calc.Date{d("2026-05-25"), d("2026-06-19")}, holidayDates(q))
}
