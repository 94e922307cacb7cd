package tax_test

import (
	"math"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/offercalc/offercalc/internal/bound"
	"github.com/shopspring/decimal"
)

// FuzzCompute feeds random plans and profiles to Compute: it never panics,
// every error names a field, nothing withheld is negative, every check's
// net and withholding add up to its gross, the lines add up to the totals,
// a part-year method's last job ends before the first day, and no input
// takes over 100 ms, calc.Compute's or the estimate's (a bound on the
// work, not a speed target: the benchmark is that).
func FuzzCompute(f *testing.F) {
	// start offset from 2026-01-01, days to the last day (-1: the program's
	// end), rate, hours, housing, overtime rule, frequency, other income,
	// allowances, nonresident, part-year, state, treaty, housing form,
	// country, locality, the last job's offset from the first day (0: none;
	// the most: 9999-12-31).
	f.Add(int16(130), int16(-1), "45", "40", "0", uint8(0), uint8(1), "0", int8(1), false, false, "CA", "0", uint8(0), "", "", int16(0))
	f.Add(int16(130), int16(83), "60", "40", "5000", uint8(1), uint8(0), "40000", int8(0), true, true, "WA", "5000", uint8(1), "CN", "", int16(-30))
	f.Add(int16(135), int16(89), "52.5", "37.5", "3000", uint8(2), uint8(2), "0", int8(3), false, true, "NY", "0", uint8(2), "", "NYC", int16(-1))
	f.Add(int16(160), int16(60), "1000", "168", "1000000", uint8(0), uint8(3), "10000000", int8(99), false, true, "MA", "0", uint8(0), "IN", "", int16(-500))
	f.Add(int16(305), int16(120), "45.0001", "0.01", "0.01", uint8(1), uint8(1), "0.01", int8(0), true, true, "IL", "0.01", uint8(1), "IN", "", int16(0))
	f.Add(int16(364), int16(730), "1000", "60", "0", uint8(0), uint8(2), "0", int8(1), false, true, "TX", "0", uint8(0), "", "", int16(5))
	f.Add(int16(-400), int16(1), "0.01", "1", "0", uint8(0), uint8(4), "-1", int8(-1), false, false, "XX", "-1", uint8(9), "ZZ", "LA", int16(0))
	f.Add(int16(134), int16(1), "20", "10", "250", uint8(0), uint8(3), "0", int8(1), false, true, "", "1e-30000000", uint8(0), "in", "", int16(32767))
	f.Add(int16(130), int16(-1), "45", "40", "0", uint8(0), uint8(1), "0", int8(1), true, true, "CA", "0", uint8(0), "DE", "NYC", int16(0))
	f.Add(int16(130), int16(-1), "45", "40", "0", uint8(0), uint8(1), "0", int8(1), false, true, "NY", "0", uint8(0), "", "nyc", int16(-130))
	f.Fuzz(func(t *testing.T, startOff, length int16, rate, hours, housing string, ot, freq uint8, other string, allowances int8,
		nonresident, partYear bool, state, treaty string, form uint8, country, locality string, lastJob int16) {
		r, err1 := decimal.NewFromString(rate)
		h, err2 := decimal.NewFromString(hours)
		hs, err3 := decimal.NewFromString(housing)
		o, err4 := decimal.NewFromString(other)
		tr, err5 := decimal.NewFromString(treaty)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil {
			return
		}
		plan := calc.Plan{
			Start:        calc.MustParseDate("2026-01-01").AddDays(int(startOff)),
			Rate:         r,
			HoursPerWeek: h,
			Housing:      hs,
			Overtime:     taxPick(ot, "", calc.California, calc.Federal),
		}
		if length >= 0 {
			plan.End = plan.Start.AddDays(int(length))
		}
		var q calc.Quote
		var err error
		bound.Within(t, "calc.Compute", func() { q, err = calc.Compute(calc.DefaultPolicy(), plan) })
		if err != nil {
			return
		}
		p := tax.Profile{
			Frequency:    taxPick(freq, "", tax.Weekly, tax.Biweekly, tax.Semimonthly, tax.Monthly, "yearly"),
			OtherIncome:  o,
			Allowances:   int(allowances),
			Nonresident:  nonresident,
			ShowPartYear: partYear,
			State:        state,
			Locality:     locality,
			Country:      country,
			TreatyExempt: tr,
			Housing:      taxPick(form, "", tax.HousingLump, tax.HousingStipend, tax.HousingProvided, "cash"),
		}
		switch lastJob {
		case 0:
		case math.MaxInt16:
			p.LastJob = calc.MustParseDate("9999-12-31")
		default:
			p.LastJob = plan.Start.AddDays(int(lastJob))
		}
		var est tax.Estimate
		bound.Within(t, "Compute", func() { est, err = tax.Compute(q, p) })
		if err != nil {
			if len(calc.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field: %v", err)
			}
			return
		}
		assertTaxInvariants(t, q, est)
		if nonresident && (!est.Withheld[tax.SocialSecurity].IsZero() || !est.Withheld[tax.Medicare].IsZero()) {
			t.Fatalf("nonresident: social security %s, medicare %s withheld", est.Withheld[tax.SocialSecurity], est.Withheld[tax.Medicare])
		}
		if locality != "" && est.Place.LocalityName == "" {
			t.Fatalf("locality %q accepted without a name", locality)
		}
		for _, l := range est.Lines() {
			if est.Label(l) == "" {
				t.Fatalf("line %d in use without a label", l)
			}
		}
		if partYear && !p.LastJob.IsZero() && !p.LastJob.Before(q.Window.Start) {
			t.Fatalf("the part-year method's last job, %s, is not before the first day, %s", p.LastJob, q.Window.Start)
		}
		if py := est.PartYear; py != nil && py.Available {
			if len(py.Paychecks) != len(est.Paychecks) {
				t.Fatalf("part-year: %d checks, want %d", len(py.Paychecks), len(est.Paychecks))
			}
			for i, c := range py.Paychecks {
				if c.Taxes[tax.FederalIncome].IsNegative() || !c.Net.Add(c.Total()).Equal(c.Gross) {
					t.Fatalf("part-year check %d: federal %s, net %s, gross %s", i, c.Taxes[tax.FederalIncome], c.Net, c.Gross)
				}
			}
			if strings.Contains(py.Letter(""), "9999") {
				t.Fatalf("the letter names the year 9999")
			}
		}
	})
}

func taxPick[T ~string](i uint8, vs ...T) T { return vs[int(i)%len(vs)] }
