package tax_test

import (
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// FuzzCompute feeds random plans and profiles to Compute: it never
// panics, nothing withheld or owed is negative, every check's net and
// withholding add up to its gross, and the checks add up to the window's
// wages plus the housing allowance.
func FuzzCompute(f *testing.F) {
	// start offset from 2026-01-01, days to the last day (-1: the program's
	// end), rate, hours, housing, overtime rule, frequency, other income,
	// allowances, F-1/J-1, part-year.
	f.Add(int16(130), int16(-1), "45", "40", "0", uint8(0), uint8(1), "0", int8(1), false, false)
	f.Add(int16(130), int16(83), "60", "40", "5000", uint8(1), uint8(0), "40000", int8(0), true, true)
	f.Add(int16(135), int16(89), "52.5", "37.5", "0", uint8(2), uint8(2), "0", int8(3), false, true)
	f.Add(int16(160), int16(60), "1000", "168", "1000000", uint8(0), uint8(3), "10000000", int8(99), false, true)
	f.Add(int16(305), int16(120), "45.0001", "0.01", "0.01", uint8(1), uint8(1), "0.01", int8(0), true, true)
	f.Add(int16(364), int16(730), "1000", "60", "0", uint8(0), uint8(2), "0", int8(1), false, true)
	f.Add(int16(-400), int16(1), "0.01", "1", "0", uint8(0), uint8(4), "-1", int8(-1), false, false)
	f.Add(int16(134), int16(1), "45", "40", "250", uint8(0), uint8(3), "0", int8(1), false, true)
	f.Fuzz(func(t *testing.T, startOff, length int16, rate, hours, housing string, ot, freq uint8, other string, allowances int8, exempt, partYear bool) {
		r, err1 := decimal.NewFromString(rate)
		h, err2 := decimal.NewFromString(hours)
		hs, err3 := decimal.NewFromString(housing)
		o, err4 := decimal.NewFromString(other)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
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
		q, err := calc.Compute(calc.DefaultPolicy(), plan)
		if err != nil {
			return
		}
		p := tax.Profile{
			Frequency:    taxPick(freq, "", tax.Weekly, tax.Biweekly, tax.Semimonthly, tax.Monthly, "yearly"),
			OtherIncome:  o,
			Allowances:   int(allowances),
			ExemptFICA:   exempt,
			ShowPartYear: partYear,
		}
		est, err := tax.Compute(q, p)
		if err != nil {
			if len(calc.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field: %v", err)
			}
			return
		}
		assertTaxInvariants(t, q, est)
		for _, y := range est.Years {
			for _, v := range []decimal.Decimal{y.Owed.Federal, y.Owed.California, y.Withheld.Federal, y.Withheld.California} {
				if v.IsNegative() {
					t.Fatalf("%d: negative withheld or owed %s", y.Year, v)
				}
			}
		}
		if exempt && (!est.Withheld.SocialSecurity.IsZero() || !est.Withheld.Medicare.IsZero()) {
			t.Fatalf("F-1/J-1: social security %s, medicare %s withheld", est.Withheld.SocialSecurity, est.Withheld.Medicare)
		}
		// Social Security never passes the wage base in a year, but for the
		// half cent each check may round up.
		ss := est.Table.SocialSecurity
		slack := decimal.New(5, -3).Mul(decimal.New(int64(len(est.Paychecks)), 0))
		for _, y := range est.Years {
			if limit := ss.UpTo.Mul(ss.Rate); y.Withheld.SocialSecurity.Sub(limit).GreaterThan(slack) {
				t.Fatalf("%d: social security %s past the base's %s", y.Year, y.Withheld.SocialSecurity, limit)
			}
		}
		if py := est.PartYear; py != nil && py.Available {
			if len(py.Paychecks) != len(est.Paychecks) {
				t.Fatalf("part-year: %d checks, want %d", len(py.Paychecks), len(est.Paychecks))
			}
			for i, c := range py.Paychecks {
				if c.Federal.IsNegative() || !c.Net.Add(c.Total()).Equal(c.Gross) {
					t.Fatalf("part-year check %d: federal %s, net %s, gross %s", i, c.Federal, c.Net, c.Gross)
				}
			}
		}
	})
}

func taxPick[T ~string](i uint8, vs ...T) T { return vs[int(i)%len(vs)] }
