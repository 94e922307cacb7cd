package calc_test

import (
	"encoding/json"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestDefaultPolicyIsThePosting(t *testing.T) {
	p := calc.DefaultPolicy()
	assert.True(t, p.Band.Min.Equal(dec("45")))
	assert.True(t, p.Band.Max.Equal(dec("60")))
	assert.True(t, p.Band.Mid().Equal(dec("52.50")))
	assert.Equal(t, 12, p.ProgramWeeks)
	assert.Equal(t, 3, p.CommitmentMonths)
	assert.True(t, p.HoursPerWeek.Equal(dec("40")))
	assert.True(t, p.HoursPerDay.Equal(dec("8")))
	assert.Equal(t, calc.California, p.Overtime)
	assert.Len(t, p.Holidays, 10, "10 paid holidays per year")
	assert.True(t, p.Sick.FirstHalfHours.Equal(dec("56")))
	assert.True(t, p.Sick.SecondHalfHours.Equal(dec("40")))
	assert.True(t, p.Housing.Offered)
	assert.False(t, p.Housing.Remote)
	assert.Equal(t, 2, p.MaxApplications)
	assert.Equal(t, []calc.Date{d("2026-05-11"), d("2026-05-18"), d("2026-05-26"), d("2026-06-08"), d("2026-06-22")}, p.StartDates())
	assert.NotEmpty(t, p.Assumptions)
	for name, line := range map[string]string{
		"band": p.Lines.Band, "program": p.Lines.Program, "commitment": p.Lines.Commitment,
		"fullTime": p.Lines.FullTime, "seasons": p.Lines.Seasons, "holidays": p.Lines.Holidays,
		"sick": p.Lines.Sick, "housing": p.Lines.Housing, "applications": p.Lines.Applications,
		"enrolled": p.Lines.Enrolled, "discipline": p.Lines.Discipline,
	} {
		assert.NotEmpty(t, line, "lines.%s", name)
	}
}

func TestDefaultPolicyIsAFreshCopy(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Seasons[0].StartDates[0] = d("2030-01-01")
	p.Holidays[0].Name = "changed"
	q := calc.DefaultPolicy()
	assert.Equal(t, d("2026-05-11"), q.Seasons[0].StartDates[0])
	assert.Equal(t, "New Year's Day", q.Holidays[0].Name)
}

func TestPolicyJSONRoundTrip(t *testing.T) {
	p := calc.DefaultPolicy()
	b, err := json.Marshal(p)
	require.NoError(t, err)
	got, err := calc.ParsePolicy(b)
	require.NoError(t, err)
	again, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(again))
}

// edit returns the default policy's JSON with one change applied to its
// decoded form.
func edit(t *testing.T, change func(m map[string]any)) []byte {
	t.Helper()
	b, err := json.Marshal(calc.DefaultPolicy())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	change(m)
	out, err := json.Marshal(m)
	require.NoError(t, err)
	return out
}

func TestParsePolicyErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(m map[string]any)
		want   []string // substrings of the error: the field, the value
	}{
		{"unknown field", func(m map[string]any) { m["bnad"] = 1 }, []string{"bnad"}},
		{"missing title", func(m map[string]any) { delete(m, "title") }, []string{"policy.title"}},
		{"negative min", func(m map[string]any) { m["band"] = map[string]any{"min": "-45", "max": "60"} }, []string{"policy.band.min", "-45"}},
		{"zero min", func(m map[string]any) { m["band"] = map[string]any{"max": "60"} }, []string{"policy.band.min", `"0"`}},
		{"max below min", func(m map[string]any) { m["band"] = map[string]any{"min": "60", "max": "45"} }, []string{"policy.band.max", "45"}},
		{"typo rate", func(m map[string]any) { m["band"] = map[string]any{"min": "45", "max": "6000"} }, []string{"policy.band.max", "6000"}},
		{"fraction of a cent", func(m map[string]any) { m["band"] = map[string]any{"min": "45.123456", "max": "60"} }, []string{"policy.band.min", "45.123456"}},
		{"no weeks", func(m map[string]any) { m["programWeeks"] = 0 }, []string{"policy.programWeeks", `"0"`}},
		{"negative months", func(m map[string]any) { m["commitmentMonths"] = -1 }, []string{"policy.commitmentMonths", "-1"}},
		{"week too long", func(m map[string]any) { m["hoursPerWeek"] = "169" }, []string{"policy.hoursPerWeek", "169"}},
		{"day too long", func(m map[string]any) { m["hoursPerDay"] = "25" }, []string{"policy.hoursPerDay", "25"}},
		{"overtime rule", func(m map[string]any) { m["overtime"] = "texas" }, []string{"policy.overtime", "texas"}},
		{"no seasons", func(m map[string]any) { m["seasons"] = []any{} }, []string{"policy.seasons"}},
		{"season backwards", func(m map[string]any) {
			m["seasons"] = []any{map[string]any{"name": "S", "from": "2026-08-31", "to": "2026-05-01"}}
		}, []string{"policy.seasons[0].to", "2026-05-01"}},
		{"start outside its season", func(m map[string]any) {
			m["seasons"] = []any{map[string]any{"name": "S", "from": "2026-05-01", "to": "2026-08-31", "startDates": []string{"2026-09-01"}}}
		}, []string{"policy.seasons[0].startDates[0]", "2026-09-01"}},
		{"bad date", func(m map[string]any) {
			m["seasons"] = []any{map[string]any{"name": "S", "from": "2026-02-30", "to": "2026-08-31"}}
		}, []string{"seasons", "2026-02-30"}},
		{"holiday month", func(m map[string]any) {
			m["holidays"] = []any{map[string]any{"name": "H", "month": 13, "day": 1}}
		}, []string{"policy.holidays[0].month", "13"}},
		{"holiday day", func(m map[string]any) {
			m["holidays"] = []any{map[string]any{"name": "H", "month": 4, "day": 31}}
		}, []string{"policy.holidays[0].day", "31"}},
		{"holiday weekday", func(m map[string]any) {
			m["holidays"] = []any{map[string]any{"name": "H", "month": 4, "weekday": "funday", "nth": 1}}
		}, []string{"policy.holidays[0].weekday", "funday"}},
		{"holiday nth", func(m map[string]any) {
			m["holidays"] = []any{map[string]any{"name": "H", "month": 4, "weekday": "monday", "nth": 6}}
		}, []string{"policy.holidays[0].nth", "6"}},
		{"holiday observance", func(m map[string]any) {
			m["holidays"] = []any{map[string]any{"name": "H", "month": 4, "day": 1, "observed": "sometimes"}}
		}, []string{"policy.holidays[0].observed", "sometimes"}},
		{"negative sick hours", func(m map[string]any) {
			m["sick"] = map[string]any{"firstHalfHours": "-1", "secondHalfHours": "40"}
		}, []string{"policy.sick.firstHalfHours", "-1"}},
		{"negative applications", func(m map[string]any) { m["maxApplications"] = -2 }, []string{"policy.maxApplications", "-2"}},
		{"state not a code", func(m map[string]any) { m["state"] = "California" }, []string{"policy.state", "California"}},
		{"state in lower case", func(m map[string]any) { m["state"] = "ca" }, []string{"policy.state", "ca"}},
		{"locality of another state", func(m map[string]any) { m["locality"] = "NYC" }, []string{"policy.locality", "NYC"}},
		{"unknown locality", func(m map[string]any) { m["state"] = "NY"; m["locality"] = "Buffalo" }, []string{"policy.locality", "Buffalo"}},
		{"wrong type", func(m map[string]any) { m["programWeeks"] = "twelve" }, []string{"programWeeks"}},
		{"not a decimal", func(m map[string]any) { m["hoursPerWeek"] = "forty" }, []string{"hoursPerWeek", "forty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := calc.ParsePolicy(edit(t, tt.change))
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestPolicyPlace(t *testing.T) {
	p := calc.DefaultPolicy()
	assert.Equal(t, "CA", p.State, "the shipped posting is in Los Angeles")
	assert.Equal(t, "", p.Locality)
	assert.Equal(t, "California", calc.StateName(p.State))
	for _, place := range []struct{ state, locality string }{{"", ""}, {"WA", ""}, {"NY", "NYC"}, {"DC", ""}, {"PR", ""}} {
		p.State, p.Locality = place.state, place.locality
		assert.NoError(t, p.Validate(), "%+v", place)
	}
	p.State, p.Locality = "NJ", "NYC"
	assert.ErrorContains(t, p.Validate(), "policy.locality", "NYC is in New York")
	assert.Equal(t, "", calc.StateName("XX"))
}

func TestParsePolicyRejectsNonJSON(t *testing.T) {
	for _, in := range []string{"", "null", "[]", "{", `{"title":"x"} {}`, "<html>"} {
		_, err := calc.ParsePolicy([]byte(in))
		assert.Error(t, err, "%q", in)
	}
}

func TestParsePolicyAcceptsNumbersForDecimals(t *testing.T) {
	b := edit(t, func(m map[string]any) { m["band"] = map[string]any{"min": 20, "max": 25.5} })
	p, err := calc.ParsePolicy(b)
	require.NoError(t, err)
	assert.True(t, p.Band.Mid().Equal(dec("22.75")))
}

func TestAnotherPosting(t *testing.T) {
	// A different posting: 10 weeks, no commitment, federal overtime, two
	// holidays, no application limit, housing for remote interns too.
	p, err := calc.ParsePolicy([]byte(`{
		"title": "Data Intern", "band": {"min": "30", "max": "30"},
		"programWeeks": 10, "commitmentMonths": 0, "hoursPerWeek": "40", "hoursPerDay": "8",
		"overtime": "federal",
		"seasons": [{"name": "Summer 2027", "from": "2027-06-01", "to": "2027-06-30", "startDates": ["2027-06-07"]}],
		"holidays": [
			{"name": "Juneteenth", "month": 6, "day": 19, "observed": "none"},
			{"name": "Independence Day", "month": 7, "day": 4, "observed": "nearest-weekday"}
		],
		"sick": {"firstHalfHours": "24", "secondHalfHours": "24"},
		"housing": {"offered": true, "remote": true},
		"maxApplications": 0
	}`))
	require.NoError(t, err)
	q, err := calc.Compute(p, calc.Plan{Start: d("2027-06-07"), WorkMode: calc.Remote})
	require.NoError(t, err)
	assert.Equal(t, d("2027-08-15"), q.Window.ProgramEnd)
	assert.True(t, q.Window.CommitmentEnd.IsZero())
	// Juneteenth 2027 is a Saturday and not moved; July 4 is a Sunday,
	// observed Monday July 5.
	assert.Equal(t, []calc.Date{d("2027-07-05")}, holidayDates(q))
	assert.True(t, q.Housing.Eligible)
	assert.Equal(t, calc.Federal, q.Plan.Overtime)
	assert.Equal(t, calc.Pass, q.Verdict)
	// 50 workdays, one a holiday: 49 × 8 + 8 = 400 paid hours at $30.
	assert.Equal(t, "12000", q.Chosen.Gross.String())
}
