package calc_test

import (
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/bound"
	"github.com/shopspring/decimal"
)

// bounded runs f, the work of one fuzz input, and fails when it takes
// over the bound (internal/bound): a slow input is a failure, not a stall.
func bounded(t *testing.T, what string, f func()) {
	t.Helper()
	bound.Within(t, what, f)
}

func FuzzParsePolicy(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"title":"x","band":{"min":"1e400","max":"2"}}`))
	f.Add([]byte(`{"holidays":[{"name":"H","month":2,"day":29}]}`))
	f.Add([]byte(`{"band":{"min":"1e-99999999","max":1E+99999999},"sick":{"accrualPer":"1e-30000000"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p calc.Policy
		var err error
		bounded(t, "ParsePolicy", func() { p, err = calc.ParsePolicy(data) })
		if err != nil {
			return
		}
		// A policy that parses can be computed with.
		start := p.Seasons[0].From
		bounded(t, "Compute", func() { _, err = calc.Compute(p, calc.Plan{Start: start}) })
		if err != nil {
			t.Fatalf("valid policy, Compute error: %v", err)
		}
	})
}

// FuzzCompute feeds random plans to Compute: it never panics, and every
// quote it returns keeps the invariants.
func FuzzCompute(f *testing.F) {
	f.Add(int16(130), int16(83), "52.50", "40", uint8(0), uint8(0), "0", uint8(0), uint8(0), int16(400), int8(0))
	f.Add(int16(150), int16(200), "45.0001", "45", uint8(1), uint8(2), "3000", uint8(1), uint8(2), int16(-1), int8(2))
	f.Add(int16(-5000), int16(-3), "-1", "169", uint8(7), uint8(9), "-5", uint8(9), uint8(9), int16(0), int8(-1))
	f.Add(int16(300), int16(730), "60", "168", uint8(0), uint8(1), "1e-70", uint8(3), uint8(4), int16(100), int8(100))
	f.Fuzz(func(t *testing.T, startOff, length int16, rate, hours string, ot, mode uint8, housing string, degree, disc uint8, gradOff int16, apps int8) {
		base := calc.MustParseDate("2026-01-01")
		r, err1 := decimal.NewFromString(rate)
		h, err2 := decimal.NewFromString(hours)
		hs, err3 := decimal.NewFromString(housing)
		if err1 != nil || err2 != nil || err3 != nil {
			return
		}
		plan := calc.Plan{
			Start:             base.AddDays(int(startOff)),
			Rate:              r,
			HoursPerWeek:      h,
			Overtime:          pick(ot, "", calc.California, calc.Federal, "other"),
			WorkMode:          pick(mode, "", calc.Onsite, calc.Hybrid, calc.Remote, "x"),
			Housing:           hs,
			Degree:            pick(degree, "", calc.NoDegree, calc.Bachelor, calc.Master, calc.Doctorate, "y"),
			Discipline:        pick(disc, "", calc.ComputerScience, calc.Software, calc.ComputerEngineering, calc.RelatedField, calc.OtherField, "z"),
			PriorApplications: int(apps),
		}
		if length >= 0 {
			plan.End = plan.Start.AddDays(int(length))
		} else if length > -10 {
			plan.End = calc.Date{Year: 2026, Month: time.Month(-length), Day: 31} // sometimes invalid
		}
		if gradOff != 0 {
			plan.Graduation = plan.Start.AddDays(int(gradOff))
		}
		var q calc.Quote
		var err error
		bounded(t, "Compute", func() { q, err = calc.Compute(calc.DefaultPolicy(), plan) })
		if err != nil {
			if len(calc.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field: %v", err)
			}
			return
		}
		assertInvariants(t, q)
		// Gross never falls when the rate rises.
		plan.Rate = q.Plan.Rate.Add(decimal.New(1, -2))
		var q2 calc.Quote
		bounded(t, "Compute", func() { q2, err = calc.Compute(calc.DefaultPolicy(), plan) })
		if err == nil {
			if q2.Chosen.Gross.LessThan(q.Chosen.Gross) {
				t.Fatalf("gross fell from %s to %s as the rate rose to %s", q.Chosen.Gross, q2.Chosen.Gross, plan.Rate)
			}
		}
	})
}

func pick[T ~string](i uint8, vs ...T) T { return vs[int(i)%len(vs)] }

func assertInvariants(t *testing.T, q calc.Quote) {
	t.Helper()
	var worked, holiday, gross, cents decimal.Decimal
	for _, w := range q.Weeks {
		worked = worked.Add(w.Worked)
		holiday = holiday.Add(w.Holiday)
		gross = gross.Add(w.Gross)
		cents = cents.Add(w.GrossCents)
	}
	switch {
	case !worked.Equal(q.Hours.Worked):
		t.Fatalf("weeks worked %s, total %s", worked, q.Hours.Worked)
	case !holiday.Equal(q.Hours.Holiday):
		t.Fatalf("weeks holiday %s, total %s", holiday, q.Hours.Holiday)
	case !q.Hours.Paid.Equal(q.Hours.Worked.Add(q.Hours.Holiday)):
		t.Fatalf("paid %s != worked %s + holiday %s", q.Hours.Paid, q.Hours.Worked, q.Hours.Holiday)
	case !gross.Equal(q.Chosen.Gross):
		t.Fatalf("weeks gross %s, total %s", gross, q.Chosen.Gross)
	case !cents.Equal(q.Chosen.Gross.Round(2)):
		t.Fatalf("rounded weeks %s, rounded total %s", cents, q.Chosen.Gross.Round(2))
	case q.Chosen.Gross.IsNegative():
		t.Fatalf("negative gross %s", q.Chosen.Gross)
	case len(q.Band) != 3 || len(q.Checks) != 9:
		t.Fatalf("%d band earnings, %d checks", len(q.Band), len(q.Checks))
	}
	var days decimal.Decimal
	for _, day := range q.Days() {
		days = days.Add(day.Gross)
	}
	if !days.Equal(q.Chosen.Gross) {
		t.Fatalf("days gross %s, total %s", days, q.Chosen.Gross)
	}
}
