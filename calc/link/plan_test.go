package link_test

import (
	"net/url"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePlan(t *testing.T) {
	v, err := url.ParseQuery("start=2026-05-11&end=2026-08-10&rate=%2450.25&hours=45&overtime=federal&mode=Hybrid" +
		"&housing=3%2C000&degree=master&discipline=related&grad=2027-06-01&apps=1&unknown=x")
	require.NoError(t, err)
	p, err := link.ParsePlan(v)
	require.NoError(t, err)
	assert.Equal(t, d("2026-05-11"), p.Start)
	assert.Equal(t, d("2026-08-10"), p.End)
	assert.Equal(t, "50.25", p.Rate.String())
	assert.Equal(t, "45", p.HoursPerWeek.String())
	assert.Equal(t, calc.Federal, p.Overtime)
	assert.Equal(t, calc.Hybrid, p.WorkMode)
	assert.Equal(t, "3000", p.Housing.String())
	assert.Equal(t, calc.Master, p.Degree)
	assert.Equal(t, calc.RelatedField, p.Discipline)
	assert.Equal(t, d("2027-06-01"), p.Graduation)
	assert.Equal(t, 1, p.PriorApplications)
}

func TestParsePlanEmptyIsNotGiven(t *testing.T) {
	p, err := link.ParsePlan(url.Values{"start": {""}, "rate": {"  "}, "mode": {""}})
	require.NoError(t, err)
	assert.Equal(t, calc.Plan{}, p)
}

func TestParsePlanErrors(t *testing.T) {
	tests := []struct{ key, value string }{
		{"start", "2026-02-30"},
		{"start", "tomorrow"},
		{"end", "11/05/2026"},
		{"rate", "abc"},
		{"rate", "0"},
		{"rate", "-45"},
		{"rate", "1e3"},
		{"rate", "NaN"},
		{"rate", "45.5.5"},
		{"rate", "4,50"},
		{"hours", "forty"},
		{"hours", "0"},
		{"housing", "-10"},
		{"housing", "lots"},
		{"overtime", "texas"},
		{"mode", "office"},
		{"degree", "phd"},
		{"discipline", "art"},
		{"grad", "2027-13-01"},
		{"apps", "two"},
		{"apps", "-1"},
		{"apps", "1.5"},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.value, func(t *testing.T) {
			p, err := link.ParsePlan(url.Values{"start": {"2026-05-11"}, tt.key: {tt.value}})
			require.Error(t, err)
			fes := calc.FieldErrors(err)
			require.Len(t, fes, 1)
			assert.Equal(t, calc.Field(tt.key), fes[0].Field)
			assert.Equal(t, tt.value, fes[0].Value)
			assert.Contains(t, err.Error(), tt.value)
			if tt.key != "start" {
				assert.Equal(t, d("2026-05-11"), p.Start, "the fields that parse are kept")
			}
		})
	}
}

func TestParsePlanEveryError(t *testing.T) {
	_, err := link.ParsePlan(url.Values{"start": {"x"}, "rate": {"y"}, "apps": {"z"}})
	var fields []calc.Field
	for _, fe := range calc.FieldErrors(err) {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []calc.Field{"start", "rate", "apps"}, fields)
}

func TestPlanRoundTrip(t *testing.T) {
	p := calc.Plan{Start: d("2026-06-08"), End: d("2026-09-07"), Rate: dec("57.5"), HoursPerWeek: dec("42.5"),
		Overtime: calc.California, WorkMode: calc.Remote, Housing: dec("1500.25"), Degree: calc.Doctorate,
		Discipline: calc.Software, Graduation: d("2028-05-20"), PriorApplications: 1}
	assert.Equal(t, "apps=1&degree=doctorate&discipline=software&end=2026-09-07&grad=2028-05-20&hours=42.5&housing=1500.25&mode=remote&overtime=california&rate=57.5&start=2026-06-08", link.FormatPlan(p).Encode())
	got, err := link.ParsePlan(link.FormatPlan(p))
	require.NoError(t, err)
	assert.Equal(t, link.FormatPlan(p), link.FormatPlan(got))
	assert.True(t, got.Rate.Equal(p.Rate))
	assert.Equal(t, "", link.FormatPlan(calc.Plan{}).Encode())
}

func FuzzParsePlan(f *testing.F) {
	f.Add("start=2026-05-11&rate=52.5&hours=40&apps=1")
	f.Add("rate=$1,234.5&housing=0&mode=REMOTE")
	f.Add("start=2026-02-29&end=&rate=-0")
	f.Add("rate=1e-99999999&hours=1E%2B99999999&housing=0.0000000000000000000000000000001")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		var p calc.Plan
		bounded(t, "ParsePlan", func() { p, err = link.ParsePlan(v) })
		for _, fe := range calc.FieldErrors(err) {
			if fe.Field == "" || fe.Want == "" {
				t.Fatalf("field error without a field or a want: %#v", fe)
			}
		}
		if err != nil && len(calc.FieldErrors(err)) == 0 {
			t.Fatalf("error without a field: %v", err)
		}
		// What was read writes back and reads again to the same plan.
		again, err := link.ParsePlan(link.FormatPlan(p))
		if err != nil {
			t.Fatalf("re-parsing %q: %v", link.FormatPlan(p).Encode(), err)
		}
		if link.FormatPlan(again).Encode() != link.FormatPlan(p).Encode() {
			t.Fatalf("round trip: %q then %q", link.FormatPlan(p).Encode(), link.FormatPlan(again).Encode())
		}
		// Compute takes it or names what it cannot take, without panicking.
		bounded(t, "Compute", func() { _, err = calc.Compute(calc.DefaultPolicy(), p) })
		if err != nil && len(calc.FieldErrors(err)) == 0 {
			t.Fatalf("Compute error without a field: %v", err)
		}
	})
}

func d(s string) calc.Date { return calc.MustParseDate(s) }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
