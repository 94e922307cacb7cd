package tax_test

// The expected figures in these tests are worked out by hand from
// docs/tax.md, with the arithmetic in the comments; none comes
// from the code under test. Holidays are paid at 8 hours, so every full
// week of the default 40-hour plan pays 40 × the rate.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// taxAmount is a decimal literal for these tests.
func taxAmount(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// taxQuote computes a plan under the default policy.
func taxQuote(t testing.TB, plan calc.Plan) calc.Quote {
	t.Helper()
	q, err := calc.Compute(calc.DefaultPolicy(), plan)
	require.NoError(t, err)
	return q
}

// workedPlan is the spec's public worked example: $45 an hour, 40 hours a
// week, 12 weeks from Monday, May 11, 2026 (to Sunday, August 2).
func workedPlan() calc.Plan {
	return calc.Plan{Start: calc.MustParseDate("2026-05-11"), Rate: taxAmount("45"), HoursPerWeek: taxAmount("40")}
}

func estimate(t testing.TB, plan calc.Plan, p tax.Profile) tax.Estimate {
	t.Helper()
	est, err := tax.Compute(taxQuote(t, plan), p)
	require.NoError(t, err)
	return est
}

// assertAmount checks an amount exactly; what and args name it, as for
// fmt.Sprintf.
func assertAmount(t *testing.T, want string, got decimal.Decimal, what string, args ...any) {
	t.Helper()
	assert.Truef(t, got.Equal(taxAmount(want)), "%s = %s, want %s", fmt.Sprintf(what, args...), got.String(), want)
}

// lines is a paycheck's expected lines, in dollars.
type lines struct{ gross, federal, ss, medicare, california, sdi, net string }

func assertPaycheck(t *testing.T, want lines, c tax.Paycheck, i int) {
	t.Helper()
	assertAmount(t, want.gross, c.Gross, "check %v gross", i)
	assertAmount(t, want.federal, c.Taxes[tax.FederalIncome], "check %v federal", i)
	assertAmount(t, want.ss, c.Taxes[tax.SocialSecurity], "check %v social security", i)
	assertAmount(t, want.medicare, c.Taxes[tax.Medicare], "check %v medicare", i)
	assertAmount(t, want.california, c.Taxes[tax.StateIncome], "check %v california", i)
	assertAmount(t, want.sdi, c.Taxes[tax.Premium1], "check %v sdi", i)
	assertAmount(t, want.net, c.Net, "check %v net", i)
}

// assertTaxInvariants checks what every estimate keeps: net + withheld =
// gross on every check, every line in cents and never negative, totals the
// sums of the checks, the checks' taxable wages the window's wages plus the
// housing allowance, and refund = withheld − owed.
func assertTaxInvariants(t testing.TB, q calc.Quote, est tax.Estimate) {
	t.Helper()
	var taxable decimal.Decimal
	var withheld tax.Taxes
	for i, c := range est.Paychecks {
		if !c.Net.Add(c.Total()).Equal(c.Gross) {
			t.Fatalf("check %d: net %s + withheld %s != gross %s", i, c.Net, c.Total(), c.Gross)
		}
		for _, v := range c.Taxes {
			if v.IsNegative() || !v.Equal(v.Round(2)) {
				t.Fatalf("check %d: withheld %s is negative or not in cents", i, v)
			}
		}
		if c.Start.After(c.End) || c.Start.Before(q.Window.Start) || c.End.After(q.Window.End) || c.PayDate != c.End {
			t.Fatalf("check %d: period %s to %s paid %s, outside the window %s to %s", i, c.Start, c.End, c.PayDate, q.Window.Start, q.Window.End)
		}
		taxable = taxable.Add(c.Taxable)
		for l := range withheld {
			withheld[l] = withheld[l].Add(c.Taxes[l])
		}
	}
	housing := decimal.Zero
	if q.Housing.Eligible {
		housing = q.Housing.Amount
	}
	if want := q.Chosen.Gross.Add(housing); !taxable.Equal(want) {
		t.Fatalf("checks' taxable wages %s; want the window's %s + housing %s", taxable, q.Chosen.Gross, housing)
	}
	if withheld != est.Withheld && withheld.Total().Cmp(est.Withheld.Total()) != 0 {
		t.Fatalf("withheld %v is not the sum of the checks, %v", est.Withheld, withheld)
	}
	for l := range withheld {
		if !withheld[l].Equal(est.Withheld[l]) {
			t.Fatalf("withheld line %d %s is not the sum of the checks, %s", l, est.Withheld[l], withheld[l])
		}
	}
	if !est.Net.Add(est.Withheld.Total()).Equal(est.Gross) {
		t.Fatalf("net %s + withheld %s != gross %s", est.Net, est.Withheld.Total(), est.Gross)
	}
	for l, v := range est.Owed {
		if (v.IsNegative() && tax.Line(l) != tax.LocalIncome) || !v.Equal(v.Round(2)) {
			t.Fatalf("owed %s is negative or not in cents", v)
		}
	}
	if !est.Withheld.Total().Sub(est.Owed.Total()).Equal(est.Refund.Total()) {
		t.Fatalf("refund %s != withheld %s − owed %s", est.Refund.Total(), est.Withheld.Total(), est.Owed.Total())
	}
}

// The spec's public worked example, to the cent.
func TestComputeWorkedExample(t *testing.T) {
	q := taxQuote(t, workedPlan())
	est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)

	assert.Equal(t, tax.Biweekly, est.Profile.Frequency, "biweekly is the default")
	assert.Equal(t, 26, est.PeriodsPerYear)
	assert.Equal(t, 2026, est.Year)
	assert.Equal(t, tax.Place{State: "CA", StateName: "California", Supported: true}, est.Place)
	assert.Equal(t, []tax.Line{tax.FederalIncome, tax.SocialSecurity, tax.Medicare, tax.StateIncome, tax.Premium1}, est.Lines())
	assert.Equal(t, "California income tax", est.Label(tax.StateIncome))
	assert.Equal(t, "CA SDI", est.Label(tax.Premium1))
	assert.Nil(t, est.PartYear)

	// Each check: 2 weeks × 40 h × $45 = $3,600.
	// Federal: $3,600 × 26 = $93,600; − $8,600 = $85,000; $5,800 + 22% ×
	// ($85,000 − $57,900 = $27,100) = $11,762; ÷ 26 = $452.3846 → $452.38.
	// Social Security 6.2% = $223.20; Medicare 1.45% = $52.20; SDI 1.3% = $46.80.
	// California: $93,600 − $5,706 = $87,894; 1.1% × 11,079 = 121.869,
	// 2.2% × 15,185 = 334.07, 4.4% × 15,188 = 668.272, 6.6% × 16,090 =
	// 1,061.94, 8.8% × 15,182 = 1,336.016, 10.23% × (87,894 − 72,724 =
	// 15,170) = 1,551.891: $5,074.058; − $168.30 = $4,905.758; ÷ 26 =
	// $188.683 → $188.68.
	// Net: $3,600 − 452.38 − 223.20 − 52.20 − 188.68 − 46.80 = $2,636.74.
	check := lines{"3600", "452.38", "223.20", "52.20", "188.68", "46.80", "2636.74"}
	periods := [][2]string{
		{"2026-05-11", "2026-05-24"}, {"2026-05-25", "2026-06-07"}, {"2026-06-08", "2026-06-21"},
		{"2026-06-22", "2026-07-05"}, {"2026-07-06", "2026-07-19"}, {"2026-07-20", "2026-08-02"},
	}
	require.Len(t, est.Paychecks, len(periods))
	for i, c := range est.Paychecks {
		assert.Equal(t, periods[i][0], c.Start.String())
		assert.Equal(t, periods[i][1], c.End.String())
		assert.Equal(t, c.End, c.PayDate)
		assert.False(t, c.Supplemental)
		assertPaycheck(t, check, c, i)
	}

	// Six checks.
	assertAmount(t, "21600", est.Gross, "gross")
	assertAmount(t, "2714.28", est.Withheld[tax.FederalIncome], "federal withheld")
	assertAmount(t, "1339.20", est.Withheld[tax.SocialSecurity], "social security withheld")
	assertAmount(t, "313.20", est.Withheld[tax.Medicare], "medicare withheld")
	assertAmount(t, "1132.08", est.Withheld[tax.StateIncome], "california withheld")
	assertAmount(t, "280.80", est.Withheld[tax.Premium1], "sdi withheld")
	assertAmount(t, "15820.44", est.Net, "net") // 6 × 2,636.74

	// Federal owed by the rate schedule: ($21,600 − $16,100) × 10% =
	// $550.00, as the spec's example says; the return's Tax Table taxes the
	// row $5,500–$5,550 at its midpoint: 10% × $5,525 = $552.50 → $553.
	// California owed: $21,600 − $5,706 = $15,894, in the table's row
	// $15,851–$15,950: at $15,900.50, 1% × 11,079 = 110.79 + 2% × 4,821.50
	// = 96.43: $207.22 → $207, less the $153 credit: $54.
	assertAmount(t, "550", est.Years[0].ScheduleTax, "federal owed by the schedule")
	assert.True(t, est.Years[0].FromTable)
	assertAmount(t, "553", est.Owed[tax.FederalIncome], "federal owed")
	assertAmount(t, "54", est.Owed[tax.StateIncome], "california owed")
	assertAmount(t, "1339.20", est.Owed[tax.SocialSecurity], "social security owed")
	assertAmount(t, "313.20", est.Owed[tax.Medicare], "medicare owed")
	assertAmount(t, "280.80", est.Owed[tax.Premium1], "sdi owed")

	// About $2,161 comes back: 2,714.28 − 553; California 1,132.08 − 54.
	assertAmount(t, "2161.28", est.Refund[tax.FederalIncome], "federal refund")
	assertAmount(t, "1078.08", est.Refund[tax.StateIncome], "california refund")
	assertAmount(t, "0", est.Refund[tax.SocialSecurity], "social security refund")
	assertAmount(t, "3239.36", est.Refund.Total(), "refund")

	require.Len(t, est.Years, 1)
	y := est.Years[0]
	assert.Equal(t, 2026, y.Year)
	assert.Equal(t, 2026, y.TableYear)
	assertAmount(t, "21600", y.Wages, "year's wages")
	assertAmount(t, "21600", y.Income, "year's income")
	assertAmount(t, "553", y.Owed[tax.FederalIncome], "year's federal owed")
	assertAmount(t, "5500", y.Taxable, "taxable income")

	// California's owed schedule is provisional, and says so.
	var caOwed *tax.Source
	for i, src := range est.Sources {
		assert.NotEmpty(t, src.Source, src.What)
		if src.What == "California income tax owed" {
			caOwed = &est.Sources[i]
		}
	}
	require.NotNil(t, caOwed, "sources: %+v", est.Sources)
	assert.True(t, caOwed.Provisional)
	assert.Equal(t, 2025, caOwed.Year)
	assert.True(t, containsNote(est.Notes, "Provisional"), "notes: %q", est.Notes)
	assert.True(t, containsNote(est.Notes, "IRS Tax Table"), "notes: %q", est.Notes)
	assert.True(t, containsNote(est.Notes, "as if you earned it all year"), "notes: %q", est.Notes)
}

func containsNote(notes []string, s string) bool {
	for _, n := range notes {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}

// Every pay frequency: the periods, their gross, and the federal line.
func TestComputeFrequencies(t *testing.T) {
	type check struct{ start, end, gross, federal string }
	tests := []struct {
		name   string
		freq   tax.PayFrequency
		start  string
		end    string // empty: the program's end
		checks []check
	}{
		{
			// $1,800 a week × 52 = $93,600: the same annual tax as biweekly,
			// $11,762 ÷ 52 = $226.1923 → $226.19.
			name: "weekly", freq: tax.Weekly, start: "2026-05-11",
			checks: []check{
				{"2026-05-11", "2026-05-17", "1800", "226.19"}, {"2026-05-18", "2026-05-24", "1800", "226.19"},
				{"2026-05-25", "2026-05-31", "1800", "226.19"}, {"2026-06-01", "2026-06-07", "1800", "226.19"},
				{"2026-06-08", "2026-06-14", "1800", "226.19"}, {"2026-06-15", "2026-06-21", "1800", "226.19"},
				{"2026-06-22", "2026-06-28", "1800", "226.19"}, {"2026-06-29", "2026-07-05", "1800", "226.19"},
				{"2026-07-06", "2026-07-12", "1800", "226.19"}, {"2026-07-13", "2026-07-19", "1800", "226.19"},
				{"2026-07-20", "2026-07-26", "1800", "226.19"}, {"2026-07-27", "2026-08-02", "1800", "226.19"},
			},
		},
		{
			// Periods run from a Wednesday start; each has 10 weekdays.
			name: "biweekly from a Wednesday", freq: tax.Biweekly, start: "2026-05-13",
			checks: []check{
				{"2026-05-13", "2026-05-26", "3600", "452.38"}, {"2026-05-27", "2026-06-09", "3600", "452.38"},
				{"2026-06-10", "2026-06-23", "3600", "452.38"}, {"2026-06-24", "2026-07-07", "3600", "452.38"},
				{"2026-07-08", "2026-07-21", "3600", "452.38"}, {"2026-07-22", "2026-08-04", "3600", "452.38"},
			},
		},
		{
			// The last period stops at the last day: August 3 to 7 is 5 days,
			// $1,800; × 26 = $46,800 − $8,600 = $38,200; $1,240 + 12% ×
			// $18,300 = $3,436; ÷ 26 = $132.1538 → $132.15.
			name: "biweekly, short last period", freq: tax.Biweekly, start: "2026-05-11", end: "2026-08-07",
			checks: []check{
				{"2026-05-11", "2026-05-24", "3600", "452.38"}, {"2026-05-25", "2026-06-07", "3600", "452.38"},
				{"2026-06-08", "2026-06-21", "3600", "452.38"}, {"2026-06-22", "2026-07-05", "3600", "452.38"},
				{"2026-07-06", "2026-07-19", "3600", "452.38"}, {"2026-07-20", "2026-08-02", "3600", "452.38"},
				{"2026-08-03", "2026-08-07", "1800", "132.15"},
			},
		},
		{
			// Weekdays × $360: May 11–15: 5; May 16–31: 10 (Memorial Day
			// paid); June 1–15: 11; June 16–30: 11 (Juneteenth paid); July
			// 1–15: 11 (July 3 paid); July 16–31: 12; August 1–2 is a weekend:
			// no check. Federal, × 24 − $8,600:
			// $1,800: $34,600 → $1,240 + 12% × $14,700 = $3,004 ÷ 24 = $125.1667.
			// $3,600: $77,800 → $5,800 + 22% × $19,900 = $10,178 ÷ 24 = $424.0833.
			// $3,960: $86,440 → $5,800 + 22% × $28,540 = $12,078.80 ÷ 24 = $503.2833.
			// $4,320: $95,080 → $5,800 + 22% × $37,180 = $13,979.60 ÷ 24 = $582.4833.
			name: "semimonthly", freq: tax.Semimonthly, start: "2026-05-11",
			checks: []check{
				{"2026-05-11", "2026-05-15", "1800", "125.17"}, {"2026-05-16", "2026-05-31", "3600", "424.08"},
				{"2026-06-01", "2026-06-15", "3960", "503.28"}, {"2026-06-16", "2026-06-30", "3960", "503.28"},
				{"2026-07-01", "2026-07-15", "3960", "503.28"}, {"2026-07-16", "2026-07-31", "4320", "582.48"},
			},
		},
		{
			// May 11–31: 15 weekdays, $5,400; June: 22, $7,920; July: 23,
			// $8,280; August 1–2: no check. Federal, × 12 − $8,600:
			// $5,400: $56,200 → $1,240 + 12% × $36,300 = $5,596 ÷ 12 = $466.3333.
			// $7,920: $86,440 → $12,078.80 ÷ 12 = $1,006.5667.
			// $8,280: $90,760 → $5,800 + 22% × $32,860 = $13,029.20 ÷ 12 = $1,085.7667.
			name: "monthly", freq: tax.Monthly, start: "2026-05-11",
			checks: []check{
				{"2026-05-11", "2026-05-31", "5400", "466.33"},
				{"2026-06-01", "2026-06-30", "7920", "1006.57"},
				{"2026-07-01", "2026-07-31", "8280", "1085.77"},
			},
		},
		{
			// A start mid-month: the first monthly period ends with the
			// month, and the last stops at the last day.
			name: "monthly from the 16th", freq: tax.Monthly, start: "2026-06-16", end: "2026-08-14",
			checks: []check{
				// June 16–30: 11 weekdays; July: 23; August 1–14: 10.
				// $3,960 × 12 = $47,520 − $8,600 = $38,920 → $1,240 + 12% ×
				// $19,020 = $3,522.40 ÷ 12 = $293.5333.
				// $8,280 → $1,085.77 (above).
				// $3,600 × 12 = $43,200 − $8,600 = $34,600 → $3,004 ÷ 12 = $250.3333.
				{"2026-06-16", "2026-06-30", "3960", "293.53"},
				{"2026-07-01", "2026-07-31", "8280", "1085.77"},
				{"2026-08-01", "2026-08-14", "3600", "250.33"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := workedPlan()
			plan.Start = calc.MustParseDate(tt.start)
			if tt.end != "" {
				plan.End = calc.MustParseDate(tt.end)
			}
			q := taxQuote(t, plan)
			est, err := tax.Compute(q, ca(tax.Profile{Frequency: tt.freq, Allowances: 1}))
			require.NoError(t, err)
			assertTaxInvariants(t, q, est)
			assert.Equal(t, tt.freq.PeriodsPerYear(), est.PeriodsPerYear)
			require.Len(t, est.Paychecks, len(tt.checks))
			for i, want := range tt.checks {
				c := est.Paychecks[i]
				assert.Equal(t, want.start, c.Start.String(), "check %d start", i)
				assert.Equal(t, want.end, c.End.String(), "check %d end", i)
				assertAmount(t, want.gross, c.Gross, "check %v gross", i)
				assertAmount(t, want.federal, c.Taxes[tax.FederalIncome], "check %v federal", i)
			}
		})
	}
}

func TestPayFrequencies(t *testing.T) {
	assert.Equal(t, []tax.PayFrequency{tax.Weekly, tax.Biweekly, tax.Semimonthly, tax.Monthly}, tax.PayFrequencies())
	for f, n := range map[tax.PayFrequency]int{tax.Weekly: 52, tax.Biweekly: 26, tax.Semimonthly: 24, tax.Monthly: 12, "": 26, "daily": 0} {
		assert.Equal(t, n, f.PeriodsPerYear(), "%q", f)
	}
	fs := tax.PayFrequencies()
	fs[0] = "changed"
	assert.Equal(t, tax.Weekly, tax.PayFrequencies()[0], "each call returns a new slice")
}

// The California line under other allowances, and the low-income exemption.
func TestComputeCalifornia(t *testing.T) {
	tests := []struct {
		name       string
		hours      string
		start, end string
		allowances int
		california string
	}{
		// No DE 4: $5,074.058 ÷ 26 = $195.156 → $195.16.
		{"no allowances", "40", "2026-05-11", "", 0, "195.16"},
		// Two: $5,074.058 − $336.60 = $4,737.458 ÷ 26 = $182.2099 → $182.21.
		{"two allowances", "40", "2026-05-11", "", 2, "182.21"},
		// Enough allowances leave nothing, never less: 40 × $168.30 > $5,074.06.
		{"forty allowances", "40", "2026-05-11", "", 40, "0"},
		// 8 hours a week, August 3 to 16 (no holiday): 10 days × 1.6 h ×
		// $45 = $720; × 26 = $18,720, at or below the $18,896 exemption.
		{"low-income exemption", "8", "2026-08-03", "2026-08-16", 1, "0"},
		// 9 hours: $810 × 26 = $21,060 − $5,706 = $15,354; 121.869 + 2.2% ×
		// 4,275 = 94.05: $215.919 − $168.30 = $47.619 ÷ 26 = $1.8315 → $1.83.
		{"just over the exemption", "9", "2026-08-03", "2026-08-16", 1, "1.83"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := workedPlan()
			plan.HoursPerWeek = taxAmount(tt.hours)
			plan.Start = calc.MustParseDate(tt.start)
			if tt.end != "" {
				plan.End = calc.MustParseDate(tt.end)
			}
			est := estimate(t, plan, ca(tax.Profile{Allowances: tt.allowances}))
			for i, c := range est.Paychecks {
				assertAmount(t, tt.california, c.Taxes[tax.StateIncome], "check %v california", i)
			}
		})
	}
}

// Each line is rounded to cents once, half away from zero: a half cent
// goes up, where banker's rounding would go down to the even cent.
func TestComputeRounding(t *testing.T) {
	plan := workedPlan()
	plan.Rate = taxAmount("45.125") // × 80 h = $3,610 a check
	est := estimate(t, plan, ca(tax.Profile{Allowances: 1}))
	// Medicare 1.45% × $3,610 = $52.345 → $52.35. Social Security 6.2% =
	// $223.82; SDI 1.3% = $46.93.
	// Federal: $3,610 × 26 = $93,860 − $8,600 = $85,260 → $5,800 + 22% ×
	// $27,360 = $11,819.20 ÷ 26 = $454.5846 → $454.58.
	// California: $93,860 − $5,706 = $88,154: $5,074.058 to $87,894 (the
	// worked example) + 10.23% × $260 = $26.598: $5,100.656 − $168.30 =
	// $4,932.356 ÷ 26 = $189.706 → $189.71.
	// Net: 3,610 − 454.58 − 223.82 − 52.35 − 189.71 − 46.93 = $2,642.61.
	for i, c := range est.Paychecks {
		assertPaycheck(t, lines{"3610", "454.58", "223.82", "52.35", "189.71", "46.93", "2642.61"}, c, i)
	}
	// Totals are sums of the rounded lines: 6 × $52.35, not 6 × $52.345.
	assertAmount(t, "314.10", est.Withheld[tax.Medicare], "medicare withheld")
}

// Social Security stops when this job's wages for the year reach the wage
// base; the additional Medicare 0.9% starts past $200,000.
func TestComputeWageBase(t *testing.T) {
	t.Run("high rate", func(t *testing.T) {
		// $1,000 an hour (the most a plan accepts) × 80 h = $80,000 a check.
		plan := workedPlan()
		plan.Rate = taxAmount("1000")
		q := taxQuote(t, plan)
		est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1}))
		require.NoError(t, err)
		assertTaxInvariants(t, q, est)
		// Social Security: 6.2% × $80,000 = $4,960 twice; the third check
		// takes the wages from $160,000 to $240,000, and only $24,500 of it
		// is under $184,500: $1,519; then nothing. Total 6.2% × $184,500 =
		// $11,439.
		// Medicare: 1.45% × $80,000 = $1,160; the third check's $40,000 over
		// $200,000 adds 0.9% = $360; later checks add 0.9% × $80,000 = $720.
		ss := []string{"4960", "4960", "1519", "0", "0", "0"}
		medicare := []string{"1160", "1160", "1520", "1880", "1880", "1880"}
		require.Len(t, est.Paychecks, 6)
		for i, c := range est.Paychecks {
			assertAmount(t, "80000", c.Gross, "check %v gross", i)
			assertAmount(t, ss[i], c.Taxes[tax.SocialSecurity], "check %v social security", i)
			assertAmount(t, medicare[i], c.Taxes[tax.Medicare], "check %v medicare", i)
			assertAmount(t, "1040", c.Taxes[tax.Premium1], "check %v sdi", i) // 1.3%, no cap
		}
		assertAmount(t, "11439", est.Withheld[tax.SocialSecurity], "social security withheld")
		assertAmount(t, "11439", est.Owed[tax.SocialSecurity], "social security owed")
		assert.True(t, containsNote(est.Notes, "Social Security stops"), "notes: %q", est.Notes)
	})

	t.Run("housing", func(t *testing.T) {
		// $45 an hour and a $500,000 housing allowance, paid as its own
		// check with the first: this job's wages pass the base on it.
		plan := workedPlan()
		plan.Housing = taxAmount("500000")
		q := taxQuote(t, plan)
		est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1}))
		require.NoError(t, err)
		assertTaxInvariants(t, q, est)
		require.Len(t, est.Paychecks, 7)
		h := est.Paychecks[1]
		assert.True(t, h.Supplemental)
		assert.Equal(t, est.Paychecks[0].PayDate, h.PayDate)
		// Federal 22% and California 6.6% flat. Social Security on
		// $184,500 − $3,600 = $180,900: $11,215.80. Medicare 1.45% ×
		// $500,000 = $7,250 + 0.9% × ($503,600 − $200,000 = $303,600) =
		// $2,732.40. SDI 1.3% = $6,500. Net: 500,000 − 110,000 − 11,215.80 −
		// 9,982.40 − 33,000 − 6,500 = $329,301.80.
		assertPaycheck(t, lines{"500000", "110000", "11215.80", "9982.40", "33000", "6500", "329301.80"}, h, 1)
		// The regular checks are withheld as before, but with no Social
		// Security after the base, and Medicare at 1.45% + 0.9% = 2.35% ×
		// $3,600 = $84.60. Net: 3,600 − 452.38 − 84.60 − 188.68 − 46.80.
		assertPaycheck(t, lines{"3600", "452.38", "223.20", "52.20", "188.68", "46.80", "2636.74"}, est.Paychecks[0], 0)
		for i := 2; i < 7; i++ {
			assertPaycheck(t, lines{"3600", "452.38", "0", "84.60", "188.68", "46.80", "2827.54"}, est.Paychecks[i], i)
		}
		// Owed on $521,600. Federal: − $16,100 = $505,500; 1,240 + 4,560 +
		// 22% × 55,300 = 12,166 + 24% × 96,075 = 23,058 + 32% × 54,450 =
		// 17,424 + 35% × (505,500 − 256,225 = 249,275) = 87,246.25:
		// $145,694.25.
		// California: − $5,706 = $515,894; 110.79 + 303.70 + 607.52 + 965.40
		// + 1,214.56 + 9.3% × 298,755 = 27,784.215 + 10.3% × 74,292 =
		// 7,652.076 + 11.3% × 70,123 = 7,923.899: $46,562.16. The $153
		// credit loses $6 for each $2,500 (or part) of AGI over $252,203:
		// ⌈269,397 / 2,500⌉ = 108 × $6 = $648, more than all of it.
		assertAmount(t, "145694.25", est.Owed[tax.FederalIncome], "federal owed")
		assertAmount(t, "46562.16", est.Owed[tax.StateIncome], "california owed")
		assert.True(t, containsNote(est.Notes, "housing allowance ($500,000.00)"), "notes: %q", est.Notes)
	})
}

// A housing allowance is a separate check on the first payday, withheld at
// the supplemental flat rates; a remote intern gets none.
func TestComputeHousing(t *testing.T) {
	plan := workedPlan()
	plan.Housing = taxAmount("5000")
	q := taxQuote(t, plan)
	est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	require.Len(t, est.Paychecks, 7)
	h := est.Paychecks[1]
	assert.True(t, h.Supplemental)
	assert.Equal(t, "2026-05-11", h.Start.String())
	assert.Equal(t, "2026-05-24", h.PayDate.String())
	// 22% = $1,100; 6.2% = $310; 1.45% = $72.50; 6.6% = $330; 1.3% = $65.
	assertPaycheck(t, lines{"5000", "1100", "310", "72.50", "330", "65", "3122.50"}, h, 1)
	assertAmount(t, "26600", est.Gross, "gross")
	// Owed on $26,600: federal $26,600 − $16,100 = $10,500, the Tax Table's
	// row $10,500–$10,550: 10% × $10,525 = $1,052.50 → $1,053; withheld
	// 2,714.28 + 1,100 = 3,814.28.
	assertAmount(t, "1053", est.Owed[tax.FederalIncome], "federal owed")
	assertAmount(t, "2761.28", est.Refund[tax.FederalIncome], "federal refund")
	// The housing after every tax on it: $5,000 less what it adds to the
	// year's taxes: federal owed $1,053 − $553 = $500, Social Security
	// $310, Medicare $72.50, SDI $65, and California's owed: $26,600 −
	// $5,706 = $20,894, the row $20,851–$20,950: 110.79 + 2% × 9,821.50 =
	// 196.43: $307.22 → $307 − $153 = $154, against $54: $100. $5,000 −
	// 500 − 310 − 72.50 − 65 − 100 = $3,952.50.
	assertAmount(t, "3952.50", est.HousingAfterTax, "housing after tax")

	plan.WorkMode = calc.Remote
	q = taxQuote(t, plan)
	est, err = tax.Compute(q, ca(tax.Profile{Allowances: 1}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	require.Len(t, est.Paychecks, 6)
	for _, c := range est.Paychecks {
		assert.False(t, c.Supplemental)
	}
}

// A nonresident alien student (F-1 or J-1): no Social Security or
// Medicare; federal withholding adds Publication 15-T's amount to the
// wages; the tax owed has no standard deduction, except for a student from
// India; a treaty may exempt wages (China's Article 20(c)). California's
// income tax and SDI are unchanged.
func TestComputeNonresident(t *testing.T) {
	q := taxQuote(t, workedPlan())
	tests := []struct {
		name                    string
		country, treaty         string
		federal, net, owed, due string
	}{
		// $3,600 + $619.20 = $4,219.20 × 26 = $109,699.20 − $8,600 =
		// $101,099.20: $5,800 + 22% × $43,199.20 = $15,303.824 ÷ 26 =
		// $588.6086 → $588.61. Net 3,600 − 588.61 − 188.68 − 46.80. Owed on
		// $21,600 with no deduction: the row $21,600–$21,650, $1,240 + 12% ×
		// $9,225 = $2,347: $1,794 more than a resident's $553. The refund:
		// 6 × 588.61 − 2,347 = $1,184.66.
		{"elsewhere", "DE", "0", "588.61", "2775.91", "2347", "1184.66"},
		// China's treaty exempts $5,000: $16,600, the row $16,600–$16,650:
		// $1,240 + 12% × $4,225 = $1,747.
		{"China, with the treaty", "CN", "5000", "588.61", "2775.91", "1747", "1784.66"},
		// India's students take the standard deduction and are not
		// adjusted: withheld as a resident, owed $553.
		{"India", "IN", "0", "452.38", "2912.14", "553", "2161.28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1, Nonresident: true, Country: tt.country, TreatyExempt: taxAmount(tt.treaty)}))
			require.NoError(t, err)
			assertTaxInvariants(t, q, est)
			for i, c := range est.Paychecks {
				assertPaycheck(t, lines{"3600", tt.federal, "0", "0", "188.68", "46.80", tt.net}, c, i)
			}
			assertAmount(t, tt.owed, est.Owed[tax.FederalIncome], "federal owed")
			assertAmount(t, tt.due, est.Refund[tax.FederalIncome], "federal refund")
			assertAmount(t, "0", est.Owed[tax.SocialSecurity], "social security owed")
			assertAmount(t, "280.80", est.Owed[tax.Premium1], "sdi owed")
			assert.True(t, containsNote(est.Notes, "first five calendar years"), "notes: %q", est.Notes)
		})
	}
}

// Other 2026 income raises the tax owed, not this job's withholding.
func TestComputeOtherIncome(t *testing.T) {
	tests := []struct {
		other                          string
		federal, california, fedRefund string
	}{
		// The worked example: $553 and $54.
		{"0", "553", "54", "2161.28"},
		// $61,600 − $16,100 = $45,500, the Tax Table's row $45,500–$45,550:
		// $1,240 + 12% × $33,125 = $5,215. California: $61,600 − $5,706 =
		// $55,894, the row $55,851–$55,950: 1,022.01 + 6% × 14,448.50 =
		// 866.91: $1,888.92 → $1,889 − $153 = $1,736. Refund 2,714.28 −
		// 5,215 = −$2,500.72: due.
		{"40000", "5215", "1736", "-2500.72"},
		// $71,600 − $16,100 = $55,500, the row $55,500–$55,550: $5,800 + 22%
		// × $5,125 = $6,927.50 → $6,928. California: $65,894, the row
		// $65,851–$65,950: 1,987.41 + 8% × 8,358.50 = 668.68: $2,656.09 →
		// $2,656 − $153 = $2,503.
		{"50000", "6928", "2503", "-4213.72"},
	}
	for _, tt := range tests {
		t.Run(tt.other, func(t *testing.T) {
			est := estimate(t, workedPlan(), ca(tax.Profile{Allowances: 1, OtherIncome: taxAmount(tt.other)}))
			assertAmount(t, "2714.28", est.Withheld[tax.FederalIncome], "federal withheld")
			assertAmount(t, tt.federal, est.Owed[tax.FederalIncome], "federal owed")
			assertAmount(t, tt.california, est.Owed[tax.StateIncome], "california owed")
			assertAmount(t, tt.fedRefund, est.Refund[tax.FederalIncome], "federal refund")
			assertAmount(t, tt.other, est.Years[0].OtherIncome, "other income")
		})
	}
}

// The part-year employment method, on the worked example.
func TestComputePartYear(t *testing.T) {
	q := taxQuote(t, workedPlan())
	est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1, ShowPartYear: true}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	py := est.PartYear
	require.NotNil(t, py)
	require.True(t, py.Available, py.Reason)
	// January 1 to May 10: 130 days; every check's period has 14 days, so
	// 130/14 = 65/7 = 9.2857 biweekly periods before the job.
	assert.Equal(t, 130, py.PriorDays)
	assert.Contains(t, py.Note, "130 days")

	// Check k: W = $3,600k paid over M = k + 65/7 periods, so M/26 =
	// (7k + 65)/182 of a year; the annualized average is W × 26/M. In the
	// 10% row the tax due so far is 10% × (W − $16,100 × M/26).
	// k=1: annualized 3,600 × 182/72 = $9,100 − $8,600 = $500: nothing.
	// k=2: 10% × (7,200 − 16,100 × 79/182) = 3,850/182 = $21.1538 → 21.15.
	// k=3: 10% × (10,800 − 16,100 × 86/182) = $319.2308 → 319.23; 298.08 more.
	// k=4: 10% × (14,400 − 16,100 × 93/182) = $617.3077 → 617.31; 298.08 more.
	// k=5: annualized 18,000 × 182/100 = $32,760 − $8,600 = $24,160, the 12%
	// row: $1,240 + 12% × 4,260 = $1,751.20 × 100/182 = $962.1978 → 962.20;
	// 344.89 more.
	// k=6: 21,600 × 182/107 − 8,600 − 19,900 = 881,700/107; × 12% + $1,240
	// = (132,680 + 105,804)/107; × 107/182 = 238,484/182 = $1,310.3516 →
	// 1,310.35; 348.15 more.
	federal := []string{"0", "21.15", "298.08", "298.08", "344.89", "348.15"}
	require.Len(t, py.Paychecks, 6)
	for i, c := range py.Paychecks {
		// Net: 3,600 − federal − 223.20 − 52.20 − 188.68 − 46.80.
		net := taxAmount("3089.12").Sub(taxAmount(federal[i]))
		assertPaycheck(t, lines{"3600", federal[i], "223.20", "52.20", "188.68", "46.80", net.String()}, c, i)
		assert.Equal(t, est.Paychecks[i].Start, c.Start)
		assertAmount(t, "452.38", est.Paychecks[i].Taxes[tax.FederalIncome], "regular check %v federal", i)
	}
	assertAmount(t, "1310.35", py.Withheld[tax.FederalIncome], "part-year federal withheld")
	assertAmount(t, "1132.08", py.Withheld[tax.StateIncome], "california withheld")
	// Refund: 1,310.35 − 553.
	assertAmount(t, "757.35", py.Refund[tax.FederalIncome], "part-year federal refund")
	assertAmount(t, "1078.08", py.Refund[tax.StateIncome], "california refund")
	// The request, as payroll needs it in writing.
	letter := py.Letter("TikTok")
	for _, want := range []string{"To the payroll department of TikTok", "part-year employment method", "§31.3402(h)(4)-1(c)",
		"I have not been employed by anyone else in 2026", "not more than 245 days", "from May 11, 2026 to August 2, 2026",
		"calendar-year accounting period", "penalties of perjury", "$1,310.35", "instead of $2,714.28"} {
		assert.Contains(t, letter, want)
	}
	// Net: 21,600 − (1,310.35 + 1,339.20 + 313.20 + 1,132.08 + 280.80).
	assertAmount(t, "17224.37", py.Net, "part-year net")
}

// A last check of a few days counts its whole payroll period's days: a
// biweekly window to Friday, August 7, pays August 3 to 7 ($1,800) for the
// period August 3 to 16.
func TestComputePartYearShortLastCheck(t *testing.T) {
	plan := workedPlan()
	plan.End = calc.MustParseDate("2026-08-07")
	est := estimate(t, plan, ca(tax.Profile{Allowances: 1, ShowPartYear: true}))
	py := est.PartYear
	require.True(t, py.Available, py.Reason)
	require.Len(t, py.Paychecks, 7)
	// The six checks of TestComputePartYear, then k=7 with M = 7 + 130/14 =
	// 114/7: $23,400 × 26 × 7/114 = $37,357.895 − $8,600 = $28,757.895;
	// $1,240 + 12% × 8,857.895 = 2,302.947 × (114/7)/26 = 1,442.505 →
	// 1,442.51, less the 1,310.35 withheld: 132.16. (Counted as a 5-day
	// period, M = 33 and nothing is withheld.)
	for i, want := range []string{"0", "21.15", "298.08", "298.08", "344.89", "348.15", "132.16"} {
		assertAmount(t, want, py.Paychecks[i].Taxes[tax.FederalIncome], "part-year check %d", i)
	}
}

// An earlier job that ended last year: the method counts from January 1,
// and the letter says there was none this year.
func TestComputePartYearLastJobLastYear(t *testing.T) {
	est := estimate(t, workedPlan(), ca(tax.Profile{Allowances: 1, ShowPartYear: true, LastJob: calc.MustParseDate("2025-12-19")}))
	py := est.PartYear
	require.True(t, py.Available, py.Reason)
	assert.Equal(t, 130, py.PriorDays)
	assertAmount(t, "1310.35", py.Withheld[tax.FederalIncome], "as from January 1")
	letter := py.Letter("")
	assert.Contains(t, letter, "I have not been employed by anyone else in 2026 before this job.")
	assert.NotContains(t, letter, "2025")
}

// A treaty country and exempt wages given without the F-1/J-1 box are not
// used, and a note says so: the form hides them until the box is ticked.
func TestComputeTreatyWithoutNonresident(t *testing.T) {
	est := estimate(t, workedPlan(), ca(tax.Profile{Allowances: 1, Country: "CN", TreatyExempt: taxAmount("5000")}))
	assertAmount(t, "553", est.Owed[tax.FederalIncome], "federal owed, as a resident's")
	assertAmount(t, "0", est.Years[0].Treaty, "treaty")
	assert.True(t, containsNote(est.Notes, "without that box ticked, they are not used"), "notes: %q", est.Notes)
	est = estimate(t, workedPlan(), ca(tax.Profile{Allowances: 1}))
	assert.False(t, containsNote(est.Notes, "not used"), "notes: %q", est.Notes)
}

// The part-year method is for someone employed at most 245 days in the year.
func TestComputePartYearTooLong(t *testing.T) {
	plan := workedPlan()
	plan.Start = calc.MustParseDate("2026-01-05")
	plan.End = calc.MustParseDate("2026-12-31") // 361 days
	est := estimate(t, plan, ca(tax.Profile{ShowPartYear: true}))
	require.NotNil(t, est.PartYear)
	assert.False(t, est.PartYear.Available)
	assert.Contains(t, est.PartYear.Reason, "245")
	assert.Contains(t, est.PartYear.Reason, "361")
	assert.Empty(t, est.PartYear.Paychecks)
}

// A window that crosses New Year: each year is taxed apart, and Social
// Security and the part-year method start again on January 1.
func TestComputeAcrossNewYear(t *testing.T) {
	plan := workedPlan()
	plan.Start = calc.MustParseDate("2026-11-02") // 12 weeks: to 2027-01-24
	q := taxQuote(t, plan)
	est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1, OtherIncome: taxAmount("20000"), ShowPartYear: true}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	// Six checks of $3,600 (Thanksgiving, the day after, Christmas, New
	// Year's Day and Martin Luther King Jr. Day are paid); pay dates Nov 15,
	// Nov 29, Dec 13, Dec 27, Jan 10 and Jan 24.
	require.Len(t, est.Paychecks, 6)
	assert.Equal(t, "2026-12-27", est.Paychecks[3].PayDate.String())
	assert.Equal(t, "2027-01-10", est.Paychecks[4].PayDate.String())
	assert.Equal(t, 2026, est.Year)

	require.Len(t, est.Years, 2)
	y26, y27 := est.Years[0], est.Years[1]
	assert.Equal(t, 2026, y26.Year)
	assert.Equal(t, 2027, y27.Year)
	assert.Equal(t, 2026, y27.TableYear, "no 2027 figures: 2026's stand in")
	assertAmount(t, "14400", y26.Wages, "2026 wages")
	assertAmount(t, "34400", y26.Income, "2026 income")
	assertAmount(t, "7200", y27.Wages, "2027 wages")
	assertAmount(t, "0", y27.OtherIncome, "2027 other income")
	// 2026: $34,400 − $16,100 = $18,300, the Tax Table's row $18,300–
	// $18,350: $1,240 + 12% × $5,925 = $1,951. 2027: $7,200, under the
	// standard deduction: nothing.
	assertAmount(t, "1951", y26.Owed[tax.FederalIncome], "2026 federal owed")
	assertAmount(t, "0", y27.Owed[tax.FederalIncome], "2027 federal owed")
	assertAmount(t, "1951", est.Owed[tax.FederalIncome], "federal owed")
	assertAmount(t, "1809.52", y26.Withheld[tax.FederalIncome], "2026 federal withheld") // 4 × 452.38
	assertAmount(t, "-141.48", y26.Refund[tax.FederalIncome], "2026 federal refund")
	assertAmount(t, "904.76", y27.Refund[tax.FederalIncome], "2027 federal refund")
	assert.True(t, containsNote(est.Notes, "next year"), "notes: %q", est.Notes)
	assert.True(t, containsNote(est.Notes, "No 2027 federal figures are published yet"), "notes: %q", est.Notes)

	// Part-year: 2026 counts the 305 days from January 1 to November 1,
	// 305/14 = 21.79 periods; after four checks the annualized average is
	// 14,400 × 26 / (4 + 305/14) = 14,400 × 364/361 = $14,519.67, − $8,600
	// is under $7,500: nothing withheld in 2026. 2027 starts again with no
	// prior periods: the first check is withheld as a regular one, $452.38,
	// and the second brings the total to 2 × $452.3846 = $904.77.
	py := est.PartYear
	require.True(t, py.Available, py.Reason)
	assert.Equal(t, 305, py.PriorDays)
	federal := []string{"0", "0", "0", "0", "452.38", "452.39"}
	for i, c := range py.Paychecks {
		assertAmount(t, federal[i], c.Taxes[tax.FederalIncome], "part-year check %v federal", i)
	}
	assertAmount(t, "904.77", py.Withheld[tax.FederalIncome], "part-year federal withheld")
}

// The Tax Table's note is there only where the table changes the tax: not
// at $0 of taxable income, where it said "the IRS Tax Table's for taxable
// income of $0.00: $0.00 ($0.00 by the rate schedule…)".
func TestComputeTableNote(t *testing.T) {
	plan := workedPlan()
	plan.End = calc.MustParseDate("2026-05-24") // $3,600, under the $16,100 deduction
	est := estimate(t, plan, ca(tax.Profile{Allowances: 1}))
	assertAmount(t, "0", est.Years[0].Taxable, "taxable income")
	assert.False(t, containsNote(est.Notes, "Tax Table"), "notes: %q", est.Notes)
	// The worked example's $553 against the schedule's $550 is explained.
	est = estimate(t, workedPlan(), ca(tax.Profile{Allowances: 1}))
	assert.True(t, containsNote(est.Notes, "IRS Tax Table's for taxable income of $5,500.00: $553.00 ($550.00 by the rate schedule"), "notes: %q", est.Notes)
}

// A window with no paid day still has a year, for the tax on other income.
func TestComputeNoPaidDay(t *testing.T) {
	plan := workedPlan()
	plan.Start = calc.MustParseDate("2026-05-16") // a Saturday
	plan.End = calc.MustParseDate("2026-05-17")
	q := taxQuote(t, plan)
	est, err := tax.Compute(q, ca(tax.Profile{OtherIncome: taxAmount("30000"), ShowPartYear: true}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	assert.Empty(t, est.Paychecks)
	require.Len(t, est.Years, 1)
	// $30,000 − $16,100 = $13,900, the row $13,900–$13,950: $1,240 + 12% ×
	// $1,525 = $1,423, all due.
	assertAmount(t, "1423", est.Owed[tax.FederalIncome], "federal owed")
	assertAmount(t, "-1423", est.Refund[tax.FederalIncome], "federal refund")

	// A housing allowance is still paid, on the period's last day.
	plan.Housing = taxAmount("1000")
	q = taxQuote(t, plan)
	est, err = tax.Compute(q, ca(tax.Profile{}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	require.Len(t, est.Paychecks, 1)
	assert.True(t, est.Paychecks[0].Supplemental)
	assert.Equal(t, "2026-05-17", est.Paychecks[0].PayDate.String())
}

func TestComputeErrors(t *testing.T) {
	q := taxQuote(t, workedPlan())
	tests := []struct {
		name    string
		quote   calc.Quote
		profile tax.Profile
		fields  []string
	}{
		{"unknown frequency", q, ca(tax.Profile{Frequency: "daily"}), []string{"pay"}},
		{"frequency in capitals", q, ca(tax.Profile{Frequency: "Weekly"}), []string{"pay"}},
		{"negative other income", q, ca(tax.Profile{OtherIncome: taxAmount("-1")}), []string{"other"}},
		{"absurd other income", q, ca(tax.Profile{OtherIncome: taxAmount("10000000.01")}), []string{"other"}},
		{"other income below cents", q, ca(tax.Profile{OtherIncome: taxAmount("100.001")}), []string{"other"}},
		{"tiny exponent", q, ca(tax.Profile{OtherIncome: decimal.New(1, -100000)}), []string{"other"}},
		{"negative allowances", q, ca(tax.Profile{Allowances: -1}), []string{"allowances"}},
		{"absurd allowances", q, ca(tax.Profile{Allowances: 100}), []string{"allowances"}},
		{"zero quote", calc.Quote{}, ca(tax.Profile{}), []string{"quote"}},
		{"hand-made window", func() calc.Quote {
			bad := q
			bad.Plan.End = calc.MustParseDate("9999-12-31")
			bad.Window.End = bad.Plan.End
			return bad
		}(), ca(tax.Profile{}), []string{"quote"}},
		{"hand-made rate", func() calc.Quote {
			bad := q
			bad.Plan.Rate = taxAmount("-45")
			return bad
		}(), ca(tax.Profile{}), []string{"quote"}},
		{"all at once", calc.Quote{}, ca(tax.Profile{Frequency: "x", OtherIncome: taxAmount("-5"), Allowances: -2}), []string{"pay", "other", "allowances", "quote"}},
		// The part-year method's earlier job ends before this one starts
		// (May 11, 2026), and no earlier than January 1, 2025: 9999-12-31
		// reached the letter as "December 31, 9999".
		{"last job on the first day", q, ca(tax.Profile{ShowPartYear: true, LastJob: calc.MustParseDate("2026-05-11")}), []string{"lastjob"}},
		{"last job after the first day", q, ca(tax.Profile{ShowPartYear: true, LastJob: calc.MustParseDate("2026-07-01")}), []string{"lastjob"}},
		{"last job in 9999", q, ca(tax.Profile{ShowPartYear: true, LastJob: calc.MustParseDate("9999-12-31")}), []string{"lastjob"}},
		{"last job two years before", q, ca(tax.Profile{ShowPartYear: true, LastJob: calc.MustParseDate("2024-12-31")}), []string{"lastjob"}},
		{"last job not a date", q, ca(tax.Profile{LastJob: calc.Date{Year: 2026, Month: 2, Day: 30}}), []string{"lastjob"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			est, err := tax.Compute(tt.quote, tt.profile)
			require.Error(t, err)
			assert.Empty(t, est.Paychecks)
			var fields []string
			for _, fe := range calc.FieldErrors(err) {
				fields = append(fields, string(fe.Field))
				assert.NotEmpty(t, fe.Want)
				assert.Contains(t, err.Error(), string(fe.Field))
			}
			assert.Equal(t, tt.fields, fields)
			if len(tt.fields) == 1 {
				_, ok := err.(*calc.FieldError)
				assert.True(t, ok, "one bad field is a *FieldError: %T", err)
			}
		})
	}
	// The boundaries are accepted.
	for _, p := range []tax.Profile{
		{OtherIncome: taxAmount("10000000")}, {OtherIncome: taxAmount("0.01")}, {Allowances: 99}, {Frequency: tax.Monthly},
		{State: "NY", Locality: "NYC"}, {State: "PA"}, {Nonresident: true, Country: "CN", TreatyExempt: taxAmount("5000")},
		{Housing: tax.HousingProvided}, {LastJob: calc.MustParseDate("2026-03-31")},
		{ShowPartYear: true, LastJob: calc.MustParseDate("2026-05-10")}, {ShowPartYear: true, LastJob: calc.MustParseDate("2025-01-01")},
		// Without the part-year method the last job is not used.
		{LastJob: calc.MustParseDate("9999-12-31")},
		// A treaty is not used for a resident (a note says so).
		{Country: "CN", TreatyExempt: taxAmount("5000")},
	} {
		_, err := tax.Compute(q, p)
		assert.NoError(t, err, "%+v", p)
	}
}

// The estimate for the common cases, each on the default 12-week plan
// from May 11 (the target: under 200 µs natively): the default
// profile in California, biweekly; with a housing allowance (which figures
// what it adds after tax); with the part-year method; and New York City.
func BenchmarkCompute(b *testing.B) {
	plan := calc.Plan{Start: calc.MustParseDate("2026-05-11")}
	housing := plan
	housing.Housing = taxAmount("5000")
	for _, bb := range []struct {
		name string
		plan calc.Plan
		p    tax.Profile
	}{
		{"default", plan, ca(tax.Profile{Allowances: 1})},
		{"housing", housing, ca(tax.Profile{Allowances: 1})},
		{"part-year", plan, ca(tax.Profile{Allowances: 1, ShowPartYear: true})},
		{"NYC", plan, tax.Profile{Allowances: 1, State: "NY", Locality: "NYC"}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			q := taxQuote(b, bb.plan)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := tax.Compute(q, bb.p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// ca is a profile taxed in California, where the shipped posting is.
func ca(p tax.Profile) tax.Profile {
	p.State = "CA"
	return p
}
