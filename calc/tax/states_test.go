package tax_test

import (
	"os"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The worked plan ($45 an hour, 40 hours a week, 12 weeks from May 11,
// biweekly: six checks of $3,600) where the work is. The figures are
// worked by hand from each state's figures (docs/tax.md).
func TestComputeStates(t *testing.T) {
	type line struct {
		line            tax.Line
		label           string
		first, withheld string
		owed            string
	}
	tests := []struct {
		name, state, locality string
		lines                 []line // beside the three federal ones
		net                   string
		note                  string
	}{
		{
			// No income tax. WA Cares 0.58% × $3,600 = $20.88; paid leave
			// 1.13% × 71.43% × $3,600 = 29.0577 → $29.06.
			name: "Washington", state: "WA",
			lines: []line{
				{tax.Premium1, "WA Cares", "20.88", "125.28", "125.28"},
				{tax.Premium2, "WA Paid Leave", "29.06", "174.36", "174.36"},
			},
			// 21,600 − 2,714.28 − 1,339.20 − 313.20 − 125.28 − 174.36.
			net: "16933.68", note: "Washington has no income tax on wages.",
		},
		{
			// New York State: $3,600 − ($284.60 + $38.50) = $3,276.90; the
			// line $3,102: 174.90 × .059 = 10.3191 → 10.32 + 161.15 = 171.47.
			// New York City: $3,600 − ($192.30 + $38.50) = $3,369.20; the
			// line $2,308: 1,061.20 × .0425 = 45.101 → 45.10 + 86 = 131.10.
			// SDI: 0.5% = $18, at most 60 cents a week: $1.20. PFL 0.432% =
			// 15.552 → $15.55.
			// Owed: taxable $21,600 − $8,000 = $13,600, the state table's row
			// $13,600-13,650: 473 + 5.15% × 1,925 = 572.14 → $572, less the
			// $40 household credit (AGI $20,000-25,000): $532. The city's:
			// 369 + 3.762% × 1,625 = 430.13 → $430; no household credit
			// (AGI over $12,500); the school tax credit, $63 and 0.171% ×
			// 12,000 + 0.228% × 1,600 = 24.168 → 24.17: $342.83.
			name: "New York City", state: "NY", locality: "NYC",
			lines: []line{
				{tax.StateIncome, "New York income tax", "171.47", "1028.82", "532"},
				{tax.LocalIncome, "New York City income tax", "131.10", "786.60", "342.83"},
				{tax.Premium1, "NY SDI", "1.20", "7.20", "7.20"},
				{tax.Premium2, "NY PFL", "15.55", "93.30", "93.30"},
			},
			net: "15317.40", note: "New York City's income tax is for its residents",
		},
		{
			// Circular M: $3,600 − $275.40 Social Security and Medicare −
			// (38 + 131) = $3,155.60 × 26 = $82,045.60 × 5% = $4,102.28 ÷ 26 =
			// $157.78. PFML 0.46% = $16.56. Owed (Form 1): $21,600 − $1,652.40
			// (under the $2,000 cap) − $4,400 = $15,547.60 × 5% = $777.38.
			name: "Massachusetts", state: "MA",
			lines: []line{
				{tax.StateIncome, "Massachusetts income tax", "157.78", "946.68", "777.38"},
				{tax.Premium1, "MA PFML", "16.56", "99.36", "99.36"},
			},
			net: "16187.28",
		},
		{
			// IL-700-T: $2,925 ÷ 26 = 112.50; ($3,600 − 112.50) × 4.95% =
			// 172.63. Owed: ($21,600 − $2,925) × 4.95% = $924.41.
			name: "Illinois", state: "IL",
			lines: []line{{tax.StateIncome, "Illinois income tax", "172.63", "1035.78", "924.41"}},
			net:   "16197.54",
		},
		{name: "Texas", state: "TX", net: "17233.32", note: "Texas has no income tax on wages."},
		{name: "Florida", state: "FL", net: "17233.32"},
		{name: "Pennsylvania, not supported", state: "PA", net: "17233.32", note: "Pennsylvania's taxes are not in this calculator yet"},
		{name: "no state", state: "", net: "17233.32", note: "No state is chosen"},
	}
	q := taxQuote(t, workedPlan())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			est, err := tax.Compute(q, tax.Profile{Allowances: 1, State: tt.state, Locality: tt.locality})
			require.NoError(t, err)
			assertTaxInvariants(t, q, est)
			want := []tax.Line{tax.FederalIncome, tax.SocialSecurity, tax.Medicare}
			for _, l := range tt.lines {
				want = append(want, l.line)
			}
			assert.Equal(t, want, est.Lines(), "the lines")
			for _, l := range tt.lines {
				assert.Equal(t, l.label, est.Label(l.line))
				assertAmount(t, l.first, est.Paychecks[0].Taxes[l.line], "%s first check", l.label)
				assertAmount(t, l.withheld, est.Withheld[l.line], "%s withheld", l.label)
				assertAmount(t, l.owed, est.Owed[l.line], "%s owed", l.label)
			}
			// The federal lines are the worked example's wherever the work is.
			assertAmount(t, "452.38", est.Paychecks[0].Taxes[tax.FederalIncome], "federal")
			assertAmount(t, "553", est.Owed[tax.FederalIncome], "federal owed")
			assertAmount(t, tt.net, est.Net, "net")
			if tt.state != "CA" {
				assert.NotContains(t, est.Label(tax.Premium1), "CA")
			}
			if tt.note != "" {
				assert.True(t, containsNote(est.Notes, tt.note), "notes: %q", est.Notes)
			}
		})
	}
}

// The bundled sample posting, web/policy-sample.json, is in Seattle: taxed
// as Washington, with no California line (it was taxed as California).
func TestComputeSamplePostingIsWashington(t *testing.T) {
	data, err := os.ReadFile("../../web/policy-sample.json")
	require.NoError(t, err)
	p, err := calc.ParsePolicy(data)
	require.NoError(t, err)
	q, err := calc.Compute(p, calc.Plan{Start: calc.MustParseDate("2026-06-01")})
	require.NoError(t, err)
	est, err := tax.Compute(q, tax.ProfileFor(p))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	assert.Equal(t, "WA", est.Place.State)
	assert.Equal(t, []tax.Line{tax.FederalIncome, tax.SocialSecurity, tax.Medicare, tax.Premium1, tax.Premium2}, est.Lines())
	for _, l := range est.Lines() {
		assert.NotContains(t, est.Label(l), "California")
		assert.NotContains(t, est.Label(l), "CA ")
	}
	assert.Equal(t, "WA Cares", est.Label(tax.Premium1))
	assert.Equal(t, "WA Paid Leave", est.Label(tax.Premium2))
	assert.True(t, est.Withheld[tax.StateIncome].IsZero())
	// The first check, June 1 to 14 at the band's midpoint, $45 ($38 to
	// $52): 80 h = $3,600. WA Cares 0.58% = $20.88; paid leave 1.13% ×
	// 71.43% = 0.807159% = 29.0577 → 29.06.
	c := est.Paychecks[0]
	assertAmount(t, "3600", c.Gross, "first check")
	assertAmount(t, "20.88", c.Taxes[tax.Premium1], "WA Cares")
	assertAmount(t, "29.06", c.Taxes[tax.Premium2], "WA paid leave")
}

// A New York City window into 2027, for which nothing is published: each
// place's note names it (the city's said "No 2027  figures").
func TestComputeNewYorkCityYearNotes(t *testing.T) {
	plan := workedPlan()
	plan.Start = calc.MustParseDate("2026-11-02")
	est := estimate(t, plan, tax.Profile{Allowances: 1, State: "NY", Locality: "NYC"})
	assert.Equal(t, "New York City", est.Place.LocalityName)
	for _, want := range []string{
		"No 2027 federal figures are published yet: 2027 uses 2026's.",
		"No 2027 New York figures are published yet: 2027 uses 2026's.",
		"No 2027 New York City figures are published yet: 2027 uses 2026's.",
	} {
		assert.Contains(t, est.Notes, want)
	}
	for _, n := range est.Notes {
		assert.NotContains(t, n, "  ", "a name left out")
	}
}

// The premiums' caps: New York's SDI at 60 cents a week, its paid family
// leave at $411.91 a year, Washington's paid leave at the Social Security
// wage base.
func TestComputePremiumCaps(t *testing.T) {
	plan := workedPlan()
	ny := estimate(t, plan, tax.Profile{Frequency: tax.Weekly, State: "NY"})
	assertAmount(t, "0.60", ny.Paychecks[0].Taxes[tax.Premium1], "NY SDI a week") // 0.5% × $1,800 = $9
	semi := estimate(t, plan, tax.Profile{Frequency: tax.Semimonthly, State: "NY"})
	assertAmount(t, "1.30", semi.Paychecks[1].Taxes[tax.Premium1], "NY SDI a half-month") // 60 cents × 52/24

	plan.Rate = taxAmount("1000") // $80,000 a check
	high := estimate(t, plan, tax.Profile{State: "NY"})
	// PFL: 0.432% × $80,000 = $345.60; then what is left of $411.91: $66.31.
	for i, want := range []string{"345.60", "66.31", "0", "0", "0", "0"} {
		assertAmount(t, want, high.Paychecks[i].Taxes[tax.Premium2], "NY PFL check %d", i)
	}
	wa := estimate(t, plan, tax.Profile{State: "WA"})
	// 0.807159% × $80,000 = 645.7272 → $645.73 twice; then $24,500 to the
	// $184,500 base: 197.754 → $197.75; then nothing.
	for i, want := range []string{"645.73", "645.73", "197.75", "0", "0", "0"} {
		assertAmount(t, want, wa.Paychecks[i].Taxes[tax.Premium2], "WA paid leave check %d", i)
	}
	// WA Cares has no cap: 0.58% × $80,000.
	assertAmount(t, "464", wa.Paychecks[5].Taxes[tax.Premium1], "WA Cares")
}

// A housing allowance with a first check that withholds no income tax:
// Publication 15 allows the 22% flat rate only when income tax was withheld
// from regular wages, so it is added to the regular check and withheld on
// the total.
func TestComputeHousingWithoutRegularWithholding(t *testing.T) {
	plan := workedPlan()
	plan.Rate, plan.HoursPerWeek, plan.Housing = taxAmount("20"), taxAmount("10"), taxAmount("3000")
	q := taxQuote(t, plan)
	est, err := tax.Compute(q, ca(tax.Profile{Frequency: tax.Weekly, Allowances: 1}))
	require.NoError(t, err)
	assertTaxInvariants(t, q, est)
	first, h := est.Paychecks[0], est.Paychecks[1]
	// The first week: 10 h × $20 = $200; × 52 = $10,400 − $8,600 = $1,800,
	// under $7,500: no federal tax; under California's $18,896: none.
	assertAmount(t, "200", first.Gross, "first check")
	assertAmount(t, "0", first.Taxes[tax.FederalIncome], "first check federal")
	require.True(t, h.Supplemental)
	assert.False(t, h.FlatRate)
	// Federal, on $3,200: × 52 = $166,400 − $8,600 = $157,800: $17,966 +
	// 24% × $44,600 = $28,670 ÷ 52 = 551.3462 → 551.35, less the $0 withheld.
	// California, on $3,200: $166,400 − $5,706 = $160,694: 3,522.17 +
	// 10.23% × 87,970 = 12,521.501 − 168.30 = 12,353.201 ÷ 52 = 237.5616 →
	// 237.56. (The flat rates would have been $660 and $198.)
	assertAmount(t, "551.35", h.Taxes[tax.FederalIncome], "housing check federal")
	assertAmount(t, "237.56", h.Taxes[tax.StateIncome], "housing check California")
	assertAmount(t, "186", h.Taxes[tax.SocialSecurity], "housing check Social Security")
	assert.True(t, containsNote(est.Notes, "22% flat rate may not be used"), "notes: %q", est.Notes)

	// With regular withholding, the flat rates.
	plan = workedPlan()
	plan.Housing = taxAmount("3000")
	est = estimate(t, plan, ca(tax.Profile{Allowances: 1}))
	h = est.Paychecks[1]
	assert.True(t, h.FlatRate)
	assertAmount(t, "660", h.Taxes[tax.FederalIncome], "flat federal")
	assertAmount(t, "198", h.Taxes[tax.StateIncome], "flat California")
}

// Housing in its other forms: a stipend paid with each check, and housing
// provided (its value taxable wages, no cash).
func TestComputeHousingForms(t *testing.T) {
	plan := workedPlan()
	plan.Housing = taxAmount("3000")
	q := taxQuote(t, plan)
	for _, form := range []tax.HousingForm{tax.HousingStipend, tax.HousingProvided} {
		t.Run(string(form), func(t *testing.T) {
			est, err := tax.Compute(q, ca(tax.Profile{Allowances: 1, Housing: form}))
			require.NoError(t, err)
			assertTaxInvariants(t, q, est)
			require.Len(t, est.Paychecks, 6, "no separate check")
			// $500 with each check: $4,100 of wages × 26 = $106,600 −
			// $8,600 = $98,000: $5,800 + 22% × $40,100 = $14,622 ÷ 26 =
			// 562.3846 → 562.38.
			for i, c := range est.Paychecks {
				assertAmount(t, "4100", c.Taxable, "check %d taxable", i)
				assertAmount(t, "500", c.Housing, "check %d housing", i)
				assertAmount(t, "562.38", c.Taxes[tax.FederalIncome], "check %d federal", i)
				cash := "4100"
				if form == tax.HousingProvided {
					cash = "3600" // its value is taxed, not paid
				}
				assertAmount(t, cash, c.Gross, "check %d gross", i)
			}
			assert.True(t, est.HousingAfterTax.IsPositive() && est.HousingAfterTax.LessThan(taxAmount("3000")), "after tax %s", est.HousingAfterTax)
		})
	}
	_, err := tax.Compute(q, tax.Profile{Housing: "cash"})
	assert.ErrorContains(t, err, "housingpaid")
}

// The part-year method counts the days before the job in payroll periods
// of the calendar's days (Publication 15-T: "divided by the number of
// calendar days in the current payroll period"): a semimonthly period is
// the 1st to the 15th or the 16th to the month's end, however few of its
// days the window holds.
func TestComputePartYearSemimonthly(t *testing.T) {
	// Check k has M = k + prior/d periods, d its payroll period's days; the
	// annualized average is W/M × 24, less $8,600, the table; due = tax × M
	// / 24; each check withholds what is due less what was withheld.
	tests := []struct {
		name    string
		end     string // empty: the program's end
		lastJob string
		prior   int
		federal []string
	}{
		{
			// Periods May 11-15 (of May 1-15: d = 15, not the 5 days in the
			// window), May 16-31 (16), June 1-15, 16-30, July 1-15 (15) and
			// July 16-31 (16); wages $1,800, $3,600, $3,960 × 3, $4,320.
			// k=1: M = 1 + 130/15 = 29/3: $1,800 × 24 × 3/29 = $4,468.97:
			// nothing. k=2: M = 10.125: $5,400 → $12,800: nothing.
			// k=3: M = 35/3: $9,360 × 24 × 3/35 = $19,254.857 − $8,600 =
			// $10,654.857: 10% over $7,500 = 315.4857 × (35/3)/24 = 153.361 →
			// 153.36.
			// k=4: M = 38/3: $13,320 → $25,237.895 − $8,600 = $16,637.895:
			// 913.7895 × (38/3)/24 = 482.278 → 482.28, less 153.36: 328.92.
			// k=5: M = 41/3: $17,280 → $30,345.366 − $8,600 = $21,745.366:
			// $1,240 + 12% × 1,845.366 = 1,461.444 × (41/3)/24 = 832.211 →
			// 832.21, less 482.28: 349.93.
			// k=6: M = 6 + 130/16 = 14.125: $21,600 → $36,700.885 − $8,600 =
			// $28,100.885: 1,240 + 12% × 8,200.885 = 2,224.106 × 14.125/24 =
			// 1,308.979 → 1,308.98, less 832.21: 476.77.
			name: "the program", prior: 130,
			federal: []string{"0", "0", "153.36", "328.92", "349.93", "476.77"},
		},
		{
			// The last check, July 16-22 ($1,800), is of July 16-31: d = 16,
			// not 7. k=6: M = 14.125: $19,080 × 24/14.125 = $32,419.115 −
			// $8,600 = $23,819.115: 1,240 + 12% × 3,919.115 = 1,710.294 ×
			// 14.125/24 = 1,006.579 → 1,006.58, less 832.21: 174.37. (With 7
			// days, M = 24.57 and nothing was withheld.)
			name: "a last day mid-period", end: "2026-07-22", prior: 130,
			federal: []string{"0", "0", "153.36", "328.92", "349.93", "174.37"},
		},
		{
			// An earlier job to May 8: two days before this one, so the first
			// check has M = 1 + 2/15: $1,800 × 24 × 15/17 = $38,117.647 −
			// $8,600 = $29,517.647: 1,240 + 12% × 9,617.647 = 2,394.118 ×
			// (17/15)/24 = 113.056 → 113.06. (With 5 days, M = 1.4 and 88.83.)
			// k=2: M = 2 + 2/16: $5,400 × 24/2.125 = $60,988.235 − $8,600 =
			// $52,388.235: 1,240 + 12% × 32,488.235 = 5,138.588 × 2.125/24 =
			// 454.979 → 454.98, less 113.06: 341.92.
			// k=3: M = 47/15: $9,360 → $71,693.617 − $8,600 = $63,093.617:
			// 5,800 + 22% × 5,193.617 = 6,942.596 × (47/15)/24 = 906.394 →
			// 906.39, less 454.98: 451.41.
			// k=4: M = 62/15: $13,320 → $77,341.935 − $8,600 = $68,741.935:
			// 5,800 + 22% × 10,841.935 = 8,185.226 × (62/15)/24 = 1,409.678 →
			// 1,409.68, less 906.39: 503.29.
			// k=5: M = 77/15: $17,280 → $80,789.610 − $8,600 = $72,189.610:
			// 5,800 + 22% × 14,289.610 = 8,943.714 × (77/15)/24 = 1,912.961 →
			// 1,912.96, less 1,409.68: 503.28.
			// k=6: M = 6.125: $21,600 → $84,636.735 − $8,600 = $76,036.735:
			// 5,800 + 22% × 18,136.735 = 9,790.082 × 6.125/24 = 2,498.510 →
			// 2,498.51, less 1,912.96: 585.55.
			name: "an earlier job", lastJob: "2026-05-08", prior: 2,
			federal: []string{"113.06", "341.92", "451.41", "503.29", "503.28", "585.55"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := workedPlan()
			if tt.end != "" {
				plan.End = calc.MustParseDate(tt.end)
			}
			p := ca(tax.Profile{Frequency: tax.Semimonthly, Allowances: 1, ShowPartYear: true})
			if tt.lastJob != "" {
				p.LastJob = calc.MustParseDate(tt.lastJob)
			}
			q := taxQuote(t, plan)
			est, err := tax.Compute(q, p)
			require.NoError(t, err)
			assertTaxInvariants(t, q, est)
			py := est.PartYear
			require.True(t, py.Available, py.Reason)
			assert.Equal(t, tt.prior, py.PriorDays)
			require.Len(t, py.Paychecks, len(tt.federal))
			for i, want := range tt.federal {
				assertAmount(t, want, py.Paychecks[i].Taxes[tax.FederalIncome], "part-year check %d", i)
			}
		})
	}
	// An earlier job this year: counted from the day after it.
	est, err := tax.Compute(taxQuote(t, workedPlan()), ca(tax.Profile{Allowances: 1, ShowPartYear: true, LastJob: calc.MustParseDate("2026-04-30")}))
	require.NoError(t, err)
	assert.Equal(t, 10, est.PartYear.PriorDays) // May 1 to May 10
	assert.Contains(t, est.PartYear.Letter("TikTok"), "My last day of employment before this job in 2026 was April 30, 2026.")
}

// The qualified overtime deduction (2025-2028): the premium federal law
// requires for hours over 40 in a workweek, whatever rule paid them.
func TestComputeQualifiedOvertime(t *testing.T) {
	for _, tt := range []struct {
		rule          calc.OvertimeRule
		taxable, owed string
	}{
		// 45 hours, federal rule: 9 weeks of 5 hours over 40 (the holiday
		// weeks have 36): 45 h × $22.50 = $1,012.50. Gross 45 × (468 + 24)
		// + 67.50 × 45 = $25,177.50; − $16,100 − $1,012.50 = $8,065, the
		// row $8,050-8,100: 10% × 8,075 = 807.50 → $808 (without the
		// deduction, $908).
		{calc.Federal, "8065", "808"},
		// California pays 57 hours of daily overtime (gross $25,447.50), but
		// only the same 45 weekly hours qualify: $25,447.50 − $16,100 −
		// $1,012.50 = $8,335, the row $8,300-8,350: $833.
		{calc.California, "8335", "833"},
	} {
		plan := workedPlan()
		plan.HoursPerWeek, plan.Overtime = taxAmount("45"), tt.rule
		est := estimate(t, plan, ca(tax.Profile{Allowances: 1}))
		y := est.Years[0]
		assertAmount(t, "1012.50", y.Overtime, "%s overtime deduction", tt.rule)
		assertAmount(t, tt.taxable, y.Taxable, "%s taxable income", tt.rule)
		assertAmount(t, tt.owed, y.Owed[tax.FederalIncome], "%s federal owed", tt.rule)
		assert.True(t, containsNote(est.Notes, "qualified overtime deduction"), "notes: %q", est.Notes)
	}
	// The phase-out: $100 less for each whole $1,000 of AGI over $150,000.
	plan := workedPlan()
	plan.HoursPerWeek, plan.Overtime = taxAmount("45"), calc.Federal
	est := estimate(t, plan, ca(tax.Profile{OtherIncome: taxAmount("130000")}))
	// AGI $155,177.50: 5 whole thousands over: $1,012.50 − $500.
	assertAmount(t, "512.50", est.Years[0].Overtime, "phased-out deduction")
	// None for a nonresident alien.
	est = estimate(t, plan, ca(tax.Profile{Nonresident: true}))
	assertAmount(t, "0", est.Years[0].Overtime, "nonresident")
}

// California's top rows: the 14.63% withholding row over $1,000,000, the
// Mental Health Services Tax and the exemption credit's phase-out.
func TestComputeCaliforniaTopRows(t *testing.T) {
	plan := workedPlan()
	plan.Rate = taxAmount("600") // $48,000 a check
	est := estimate(t, plan, ca(tax.Profile{Allowances: 1}))
	// $48,000 × 26 = $1,248,000 − $5,706 = $1,242,294: 114,220.27 + 14.63%
	// × 242,294 = 35,447.61: $149,667.88 − 168.30 ÷ 26 = 5,749.9839 → 5,749.98.
	assertAmount(t, "5749.98", est.Paychecks[0].Taxes[tax.StateIncome], "California withholding")
	// Owed on $288,000: $282,294 by the 2025 schedule, 3,201.97 + 9.3% ×
	// 209,570 = $22,691.98; the $153 credit loses ⌈35,797/2,500⌉ = 15 × $6
	// = $90: $22,628.98.
	assertAmount(t, "22628.98", est.Owed[tax.StateIncome], "California owed")
	// With $1,000,000 of other income the Mental Health Services Tax adds
	// 1% over $1,000,000 of taxable income: $1,282,294, 13.3% on the top
	// $282,294: $141,381.71, and no credit left.
	est = estimate(t, plan, ca(tax.Profile{OtherIncome: taxAmount("1000000")}))
	assertAmount(t, "141381.71", est.Owed[tax.StateIncome], "California owed with MHST")
}

// New York's tax benefit recapture, over $107,650 of NYAGI: $100,000 of
// other income.
func TestComputeNewYorkRecapture(t *testing.T) {
	est := estimate(t, workedPlan(), tax.Profile{State: "NY", OtherIncome: taxAmount("100000")})
	// Taxable $121,600 − $8,000 = $113,600: 4,191 + 5.9% × 32,950 =
	// $6,135.05; the benefit recaptured, 5.9% × 113,600 − 6,135.05 =
	// $567.35, phased in by (121,600 − 107,650)/50,000 = .279: $158.29.
	assertAmount(t, "6293.34", est.Owed[tax.StateIncome], "New York owed")
}

// Massachusetts' no-tax status and limited income credit.
func TestComputeMassachusettsLowIncome(t *testing.T) {
	plan := workedPlan()
	plan.End = calc.MustParseDate("2026-05-24") // two weeks: $3,600
	est := estimate(t, plan, tax.Profile{State: "MA", Allowances: 1})
	assertAmount(t, "0", est.Owed[tax.StateIncome], "no-tax status")
	plan.End = calc.MustParseDate("2026-06-14") // five weeks: $9,000
	est = estimate(t, plan, tax.Profile{State: "MA", Allowances: 1})
	// $9,000 − $688.50 − $4,400 = $3,911.50 × 5% = $195.58, at most 10% ×
	// ($9,000 − $8,000) = $100.
	assertAmount(t, "100", est.Owed[tax.StateIncome], "limited income credit")
}

func TestComputeProfileErrors(t *testing.T) {
	q := taxQuote(t, workedPlan())
	for _, tt := range []struct {
		p     tax.Profile
		field string
	}{
		{tax.Profile{State: "XX"}, "state"},
		{tax.Profile{State: "ca"}, "state"},
		{tax.Profile{State: "CA", Locality: "NYC"}, "locality"},
		{tax.Profile{Country: "ZZ"}, "country"},
		{tax.Profile{Country: "india"}, "country"},
		{tax.Profile{TreatyExempt: taxAmount("-1")}, "treaty"},
		{tax.Profile{TreatyExempt: taxAmount("5000.001")}, "treaty"},
		{tax.Profile{Housing: "cash"}, "housingpaid"},
	} {
		_, err := tax.Compute(q, tt.p)
		fes := calc.FieldErrors(err)
		if assert.Len(t, fes, 1, "%+v", tt.p) {
			assert.Equal(t, calc.Field(tt.field), fes[0].Field)
		}
	}
}
