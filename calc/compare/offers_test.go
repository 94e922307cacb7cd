package compare_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// waPosting is the terms of web/policy-sample.json, built here so that the
// test does not move when the sample does: Seattle, $38 to $52, 10 weeks,
// no commitment, federal overtime, four paid holidays, 24 sick hours, no
// housing.
func waPosting() calc.Policy {
	return calc.Policy{
		ID: "sample-data-engineering-intern-2026", Title: "Data Engineering Intern (Summer 2026)",
		Employer: "Northwind Analytics", Location: "Seattle, Washington", State: "WA",
		Band:         calc.Band{Min: dec("38"), Max: dec("52")},
		ProgramWeeks: 10, HoursPerWeek: dec("40"), HoursPerDay: dec("8"), Overtime: calc.Federal,
		Seasons: []calc.Season{{Name: "Summer 2026", From: d("2026-06-01"), To: d("2026-09-30"),
			StartDates: []calc.Date{d("2026-06-01"), d("2026-06-15")}}},
		Holidays: []calc.HolidayRule{
			{Name: "Memorial Day", Month: 5, Weekday: "monday", Nth: -1},
			{Name: "Juneteenth", Month: 6, Day: 19, Observed: "nearest-weekday"},
			{Name: "Independence Day", Month: 7, Day: 4, Observed: "nearest-weekday"},
			{Name: "Labor Day", Month: 9, Weekday: "monday", Nth: 1},
		},
		Sick: calc.SickRule{FirstHalfHours: dec("24"), SecondHalfHours: dec("24")},
	}
}

// nycPosting is the shipped posting's terms, in New York City.
func nycPosting() calc.Policy {
	p := calc.DefaultPolicy()
	p.Title, p.Employer, p.Location, p.State, p.Locality = "Software Engineering Intern", "Example Co.", "New York, New York", "NY", "NYC"
	return p
}

// txPosting is the shipped posting's terms in Austin: no state income tax.
func txPosting() calc.Policy {
	p := calc.DefaultPolicy()
	p.Title, p.Employer, p.Location, p.State = "Software Engineering Intern", "Example Co.", "Austin, Texas", "TX"
	return p
}

// offer is an offer taxed where its posting's work is, paid as often as
// pay says ("" biweekly).
func offer(p calc.Policy, plan calc.Plan, pay tax.PayFrequency, rent, travel string) compare.Offer {
	t := tax.ProfileFor(p)
	if pay != "" {
		t.Frequency = pay
	}
	return compare.Offer{Policy: p, Plan: plan, Profile: t, Rent: dec(rent), Travel: dec(travel)}
}

// The three offers of three states side by side: Los Angeles from May 11
// (12 weeks at the $52.50 midpoint: 480 paid hours, $25,200), Seattle from
// June 1 (10 weeks at the $45 midpoint: 400 hours, $18,000), New York City
// from May 18 (the Los Angeles terms: $25,200), paid weekly there.
func TestOffersThreeStates(t *testing.T) {
	ca := offer(calc.DefaultPolicy(), calc.Plan{Start: d("2026-05-11")}, "", "2100", "0")
	wa := offer(waPosting(), calc.Plan{Start: d("2026-06-01")}, "", "1800", "450")
	ny := offer(nycPosting(), calc.Plan{Start: d("2026-05-18")}, tax.Weekly, "3000", "0")
	c, err := compare.Offers([]compare.Offer{ca, wa, ny})
	require.NoError(t, err)

	var ids []compare.RowID
	for _, r := range c.Rows {
		ids = append(ids, r.ID)
		assert.Len(t, r.Cells, 3, r.ID)
	}
	assert.Equal(t, compare.OfferRows(), ids)
	assert.Equal(t, []string{
		"Software Engineering Intern, Ads Creative & Ecosystem (Summer/Fall 2026), TikTok, Los Angeles, California",
		"Data Engineering Intern (Summer 2026), Northwind Analytics, Seattle, Washington",
		"Software Engineering Intern, Example Co., New York, New York",
	}, c.Labels)

	type figures struct{ gross, rent, costs string }
	want := []figures{
		// May 11 to Aug 2: May 21/31 × 2100 = 1422.580… → 1422.58, June and
		// July 2100 each, Aug 2/31 × 2100 = 135.483… → 135.48: 5758.06.
		{"25200.00", "5758.06", "5758.06"},
		// June 1 to Aug 9: June and July 1800 each, Aug 9/31 × 1800 =
		// 522.580… → 522.58: 4122.58, and 450 of travel.
		{"18000.00", "4122.58", "4572.58"},
		// May 18 to Aug 9: May 14/31 × 3000 = 1354.838… → 1354.84, June and
		// July 3000 each, Aug 9/31 × 3000 = 870.967… → 870.97: 8225.81.
		{"25200.00", "8225.81", "8225.81"},
	}
	for i, s := range c.Summaries {
		assert.Equal(t, want[i], figures{s.Gross.StringFixed(2), s.Rent.StringFixed(2), s.Costs.StringFixed(2)}, c.Labels[i])
		// The identities each column keeps.
		assert.True(t, s.Left.Equal(s.NetByLastDay.Sub(s.Costs)), "left")
		assert.True(t, s.Refund.Equal(s.Estimate.Refund.Total()), "the payroll taxes are owed as withheld: the refund is the income tax's")
		full, ok := s.Estimate.FullPaycheck()
		require.True(t, ok)
		assert.True(t, s.NetPerPaycheck.Equal(full.Net))
		assert.True(t, s.NetByLastDay.Equal(s.Estimate.Net), "every check is paid by the last day: a period's pay date is its end")
	}
	assert.Equal(t, []tax.PayFrequency{tax.Biweekly, tax.Biweekly, tax.Weekly},
		[]tax.PayFrequency{c.Summaries[0].Frequency, c.Summaries[1].Frequency, c.Summaries[2].Frequency})
	assert.Equal(t, "WA", c.Summaries[1].Estimate.Place.State)
	assert.Equal(t, "NYC", c.Summaries[2].Estimate.Place.Locality)

	assert.Equal(t, map[compare.RowID][]int{
		compare.RowGross:           {0, 2}, // a tie: both marked
		compare.RowPayFrequency:    {},
		compare.RowNetPerPaycheck:  {},  // a weekly check beside biweekly ones: no best
		compare.RowNetByLastDay:    {0}, // California's taxes take less than New York City's
		compare.RowHousingAfterTax: {},  // no housing: all zero
		compare.RowCosts:           {1},
		compare.RowLeft:            {0},
		compare.RowRefund:          {}, // never
		compare.RowSickHours:       {0, 2},
		compare.RowHolidays:        {0, 2},
		compare.RowVerdict:         {1}, // no commitment: passes where the others warn
	}, best(c.Comparison))

	net, _ := c.Row(compare.RowNetPerPaycheck)
	assert.Equal(t, compare.BetterNone, net.Better)
	freq, _ := c.Row(compare.RowPayFrequency)
	assert.Equal(t, "26 26 52", freq.Cells[0].Amount.String()+" "+freq.Cells[1].Amount.String()+" "+freq.Cells[2].Amount.String())
}

func TestOffersBest(t *testing.T) {
	ca := calc.DefaultPolicy()
	tests := []struct {
		name   string
		offers []compare.Offer
		best   map[compare.RowID][]int
		better map[compare.RowID]compare.Better
	}{
		{
			name: "same frequency: the biggest check is best",
			offers: []compare.Offer{
				offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "0", "0"),
				offer(txPosting(), calc.Plan{Start: d("2026-05-11")}, "", "0", "0"), // no state income tax
			},
			best: map[compare.RowID][]int{
				compare.RowNetPerPaycheck: {1}, compare.RowNetByLastDay: {1}, compare.RowLeft: {1},
				compare.RowRefund: {}, compare.RowGross: {}, compare.RowCosts: {},
			},
			better: map[compare.RowID]compare.Better{compare.RowNetPerPaycheck: compare.BetterMore, compare.RowRefund: compare.BetterNone},
		},
		{
			name: "the same offer twice: nothing to choose",
			offers: []compare.Offer{
				offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "2100", "300"),
				offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "2100", "300"),
			},
			best: map[compare.RowID][]int{
				compare.RowGross: {}, compare.RowNetPerPaycheck: {}, compare.RowNetByLastDay: {}, compare.RowCosts: {},
				compare.RowLeft: {}, compare.RowRefund: {}, compare.RowVerdict: {}, compare.RowHolidays: {},
			},
		},
		{
			name: "a tie for the best, and a cheaper third",
			offers: []compare.Offer{
				offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "2100", "0"),
				offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "2100", "0"),
				offer(ca, calc.Plan{Start: d("2026-05-11"), Rate: dec("45")}, "", "1000", "0"),
			},
			best: map[compare.RowID][]int{
				compare.RowGross: {0, 1}, compare.RowNetPerPaycheck: {0, 1}, compare.RowCosts: {2},
				compare.RowRefund: {}, // more is withheld at the higher rate: still no best
			},
		},
		{
			name: "housing: more after tax is best; costs and left follow the cash",
			offers: []compare.Offer{
				offer(ca, calc.Plan{Start: d("2026-05-11"), Housing: dec("3000")}, "", "2100", "0"),
				offer(ca, calc.Plan{Start: d("2026-05-11"), WorkMode: calc.Remote}, "", "0", "0"), // remote: no housing, no rent
			},
			best: map[compare.RowID][]int{
				compare.RowHousingAfterTax: {0}, compare.RowCosts: {1}, compare.RowLeft: {1}, compare.RowNetByLastDay: {0},
			},
		},
		{
			name: "one offer: nothing to beat",
			offers: []compare.Offer{
				offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "2100", "0"),
			},
			best: map[compare.RowID][]int{compare.RowGross: {}, compare.RowLeft: {}, compare.RowVerdict: {}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := compare.Offers(tt.offers)
			require.NoError(t, err)
			got := best(c.Comparison)
			for id, want := range tt.best {
				assert.Equal(t, want, got[id], id)
			}
			for id, want := range tt.better {
				r, ok := c.Row(id)
				require.True(t, ok)
				assert.Equal(t, want, r.Better, id)
			}
			refund, _ := c.Row(compare.RowRefund)
			for _, cell := range refund.Cells {
				assert.False(t, cell.Best, "a refund is never best")
			}
		})
	}
}

// A housing allowance paid as its own check is cash by the last day, in
// NetByLastDay: Left does not add HousingAfterTax again.
func TestOffersHousingCountedOnce(t *testing.T) {
	ca := calc.DefaultPolicy()
	with, err := compare.Summarize(offer(ca, calc.Plan{Start: d("2026-05-11"), Housing: dec("3000")}, "", "2100", "0"))
	require.NoError(t, err)
	without, err := compare.Summarize(offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "2100", "0"))
	require.NoError(t, err)

	var housingCheck decimal.Decimal
	for _, c := range with.Estimate.Paychecks {
		if c.Supplemental {
			housingCheck = c.Net
		}
	}
	require.True(t, housingCheck.IsPositive(), "a lump sum is its own check")
	assert.True(t, with.NetByLastDay.Equal(without.NetByLastDay.Add(housingCheck)), "the housing check's net is in the cash by the last day")
	assert.True(t, with.Left.Sub(without.Left).Equal(housingCheck), "and so in what is left, once")
	assert.True(t, with.HousingAfterTax.GreaterThan(housingCheck), "after tax, the refund on it included, it is worth more than its check")
}

// Rent is prorated by calendar month, each month's share in cents.
func TestOffersRent(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		rent, want string
	}{
		// One day of May: 2100 × 1/31 = 67.741… → 67.74.
		{"one day", "2026-05-11", "2026-05-11", "2100", "67.74"},
		// Whole months are the rent itself: June and July.
		{"whole months", "2026-06-01", "2026-07-31", "2100", "4200.00"},
		// Dec 20 to 31 is 12/31 × 1000 = 387.096… → 387.10, then January,
		// and February 2028's 29 days in full: 2387.10.
		{"across New Year and a leap February", "2027-12-20", "2028-02-29", "1000", "2387.10"},
		// 30-day June, 15 days: 1234.56 × 15/30 = 617.28, exactly.
		{"half of June", "2026-06-16", "2026-06-30", "1234.56", "617.28"},
		// A share rounds to the cent: 10/31 × 0.05 = 0.0161… → 0.02.
		{"cents", "2026-05-01", "2026-05-10", "0.05", "0.02"},
		{"no rent", "2026-05-11", "2026-08-02", "0", "0.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := offer(calc.DefaultPolicy(), calc.Plan{Start: d(tt.start), End: d(tt.end)}, "", tt.rent, "25.50")
			s, err := compare.Summarize(o)
			require.NoError(t, err)
			assert.Equal(t, tt.want, s.Rent.StringFixed(2))
			assert.Equal(t, dec(tt.want).Add(dec("25.50")).StringFixed(2), s.Costs.StringFixed(2))
		})
	}
}

func TestOffersErrors(t *testing.T) {
	ca := calc.DefaultPolicy()
	good := offer(ca, calc.Plan{Start: d("2026-05-11")}, "", "2100", "0")

	// A value that would take thirty million digits to compare is refused
	// at once, by its exponent.
	bad := good
	bad.Rent = dec("1e-99999999")
	start := time.Now()
	_, err := compare.Summarize(bad)
	assert.Less(t, time.Since(start), time.Second)
	fes := calc.FieldErrors(err)
	require.Len(t, fes, 1, "%v", err)
	assert.Equal(t, compare.FieldRent, fes[0].Field)
	assert.Equal(t, "1e-99999999", fes[0].Value)

	for _, tt := range []struct {
		name   string
		o      compare.Offer
		fields []calc.Field
	}{
		{"negative travel", func() compare.Offer { o := good; o.Travel = dec("-1"); return o }(), []calc.Field{compare.FieldTravel}},
		{"rent past a million", func() compare.Offer { o := good; o.Rent = dec("1000000.01"); return o }(), []calc.Field{compare.FieldRent}},
		{"rent in tenths of a cent", func() compare.Offer { o := good; o.Rent = dec("2100.005"); return o }(), []calc.Field{compare.FieldRent}},
		{"huge travel", func() compare.Offer { o := good; o.Travel = dec("1e111111111"); return o }(), []calc.Field{compare.FieldTravel}},
		{"every problem at once", func() compare.Offer {
			o := good
			o.Rent, o.Plan.Start, o.Profile.Frequency = dec("-5"), calc.Date{}, "daily"
			return o
		}(), []calc.Field{compare.FieldRent, tax.FieldPay, calc.FieldStart}},
		{"the posting's", func() compare.Offer { o := good; o.Policy.Band.Min = dec("-1"); return o }(), []calc.Field{"policy.band.min"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := compare.Summarize(tt.o)
			var got []calc.Field
			for _, fe := range calc.FieldErrors(err) {
				got = append(got, fe.Field)
				assert.LessOrEqual(t, len(fe.Value), 64)
			}
			assert.ElementsMatch(t, tt.fields, got, "%v", err)
		})
	}

	// Offers names the offer, from 0.
	worse := good
	worse.Plan.Rate = dec("-5")
	_, err = compare.Offers([]compare.Offer{good, bad, worse})
	var fields []calc.Field
	for _, fe := range calc.FieldErrors(err) {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []calc.Field{"offer[1].rent", "offer[2].rate"}, fields)

	for _, n := range []int{0, compare.MaxOffers + 1} {
		offers := make([]compare.Offer, n)
		for i := range offers {
			offers[i] = good
		}
		c, err := compare.Offers(offers)
		fes := calc.FieldErrors(err)
		require.Len(t, fes, 1, "%d offers", n)
		assert.Equal(t, compare.FieldOffer, fes[0].Field)
		assert.Empty(t, c.Rows)
	}
	assert.Equal(t, calc.Field("offer[3].policy.band.min"), compare.OfferField(3, "policy.band.min"))
	assert.Equal(t, calc.Field("offer[0]"), compare.OfferField(0, ""))
}

func TestOffersCSV(t *testing.T) {
	c, err := compare.Offers([]compare.Offer{
		offer(calc.DefaultPolicy(), calc.Plan{Start: d("2026-05-11")}, "", "2100", "0"),
		offer(waPosting(), calc.Plan{Start: d("2026-06-01")}, tax.Semimonthly, "1800", "450"),
	})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, c.WriteCSV(&b))
	assert.True(t, strings.HasSuffix(b.String(), "\r\n"))
	assert.Equal(t, strings.Count(b.String(), "\n"), strings.Count(b.String(), "\r\n"), "every line ends in CRLF")

	rows, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1+len(compare.OfferRows()))
	assert.Equal(t, []string{"Row", c.Labels[0], c.Labels[1], "Better", "Best"}, rows[0])
	got := map[string][]string{}
	for _, r := range rows[1:] {
		require.Len(t, r, 5)
		got[r[0]] = r[1:]
	}
	s0, s1 := c.Summaries[0], c.Summaries[1]
	assert.Equal(t, []string{"25200.00", "18000.00", "more", "1"}, got["gross"])
	assert.Equal(t, []string{"biweekly", "semimonthly", "none", ""}, got["pay-frequency"])
	assert.Equal(t, []string{s0.NetPerPaycheck.StringFixed(2), s1.NetPerPaycheck.StringFixed(2), "none", ""}, got["net-per-paycheck"])
	assert.Equal(t, []string{"5758.06", "4572.58", "fewer", "2"}, got["costs"])
	assert.Equal(t, []string{s0.Refund.StringFixed(2), s1.Refund.StringFixed(2), "none", ""}, got["refund"])
	assert.Equal(t, []string{"56", "24", "more", "1"}, got["sick-hours"])
	assert.Equal(t, []string{"3", "2", "more", "1"}, got["holidays"])
	assert.Equal(t, []string{"warn", "pass", "safer", "2"}, got["verdict"])
	assert.Equal(t, []string{"0.00", "0.00", "more", ""}, got["housing-after-tax"])
}

func BenchmarkOffers(b *testing.B) {
	offers := []compare.Offer{
		offer(calc.DefaultPolicy(), calc.Plan{Start: d("2026-05-11")}, "", "2100", "0"),
		offer(waPosting(), calc.Plan{Start: d("2026-06-01")}, "", "1800", "450"),
		offer(nycPosting(), calc.Plan{Start: d("2026-05-18")}, tax.Weekly, "3000", "0"),
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := compare.Offers(offers); err != nil {
			b.Fatal(err)
		}
	}
}
