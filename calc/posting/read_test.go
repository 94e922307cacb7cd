package posting_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/offercalc/offercalc/internal/bound"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var opt = posting.Options{Year: 2026}

// read reads a posting made of a title and lines, which must succeed.
func read(t *testing.T, lines ...string) posting.Reading {
	t.Helper()
	text := "Software Engineering Intern\n" + strings.Join(lines, "\n")
	r, err := posting.Read(text, opt)
	require.NoError(t, err, "%q", text)
	checkReading(t, text, r)
	return r
}

// checkReading checks what every reading must be: a policy that calc
// accepts after a JSON round trip, every term in order, and lines whose
// offsets point at their source.
func checkReading(t testing.TB, text string, r posting.Reading) {
	t.Helper()
	data, err := json.Marshal(r.Policy)
	require.NoError(t, err)
	_, err = calc.ParsePolicy(data)
	require.NoError(t, err, "%s", data)
	fields := []string{"title", "employer", "location", "band", "program", "commitment", "fullTime", "seasons",
		"holidays", "sick", "housing", "applications", "enrolled", "discipline"}
	require.Len(t, r.Terms, len(fields))
	for i, tm := range r.Terms {
		require.Equal(t, fields[i], tm.Field)
		if tm.Assumed {
			require.Equal(t, -1, tm.Start, tm.Field)
			require.Equal(t, -1, tm.End, tm.Field)
			require.Empty(t, tm.Line, tm.Field)
			require.NotEmpty(t, tm.Note, tm.Field)
			require.Contains(t, r.Policy.Assumptions, tm.Note, tm.Field)
			continue
		}
		if tm.Line == "" {
			continue // seasons named only where no line can be quoted
		}
		requireSource(t, text, tm.Line, tm.Start, tm.End, tm.Field)
	}
	for _, tr := range r.Tiers {
		requireSource(t, text, tr.Line, tr.Start, tr.End, "tier "+tr.Label)
	}
	if len(r.Tiers) > 0 {
		require.GreaterOrEqual(t, len(r.Tiers), 2)
		require.Equal(t, r.Tiers[0].Band, r.Policy.Band)
	}
}

var word = regexp.MustCompile(`[A-Za-z0-9]+`)

// requireSource checks that text[start:end] holds line's source: every word
// of the cleaned line, in order (cleaning changes only marks, spaces and
// punctuation), starting at the first and ending at the last.
func requireSource(t testing.TB, text, line string, start, end int, what string) {
	t.Helper()
	require.True(t, 0 <= start && start < end && end <= len(text), "%s: offsets %d:%d of %d", what, start, end, len(text))
	src := text[start:end]
	words := word.FindAllString(line, -1)
	rest := src
	for _, w := range words {
		i := strings.Index(rest, w)
		require.GreaterOrEqual(t, i, 0, "%s: %q not in source %q (line %q)", what, w, src, line)
		rest = rest[i+len(w):]
	}
	if len(words) > 0 {
		require.True(t, strings.HasPrefix(strings.TrimLeft(src, "*_#<>/ "), words[0]) || strings.Contains(src[:min(len(src), 40)], words[0]),
			"%s: source %q does not start at %q", what, src, words[0])
	}
}

func term(r posting.Reading, field string) posting.Term {
	for _, tm := range r.Terms {
		if tm.Field == field {
			return tm
		}
	}
	panic("no field " + field)
}

func TestPaySpellings(t *testing.T) {
	for _, c := range []struct {
		line, min, max, note string
	}{
		{"The hourly rate range for this position is $45 – $60.", "45", "60", ""},
		{"Pay: $45-$60/hr", "45", "60", ""},
		{"Pay: $41.20/hr to $52.75/hr", "41.2", "52.75", ""},
		{"Pay range: $48—$48 USD", "48", "48", "no pay period"},
		{"You will earn between $40 and $52 an hour.", "40", "52", ""},
		{"Pay: 36 USD - 41 USD per hour", "36", "41", ""},
		{"Pay: $45 USD - $60 USD", "45", "60", "no pay period"},
		{"Pay: $45 USD – $60 USD/hour", "45", "60", ""},
		{"The hourly rate is $45 USD to $60 USD.", "45", "60", ""},
		{"Pay: $1,920 USD per week.", "48", "48", "Converted from $1,920 a week"},
		{"Hourly Rate:\n$45 - $60", "45", "60", ""},
		{"Interns are paid $45 to $60 per hour.", "45", "60", ""},
		{"Pay: US$50/hour.", "50", "50", ""},
		{"Pay: $30/hr", "30", "30", ""},
		{"Pay: $45 - 60 per hour", "45", "60", ""},
		{"Pay: $60 - $45 per hour", "45", "60", ""},
		{"Compensation: $1,920 per week.", "48", "48", "Converted from $1,920 a week at 40 hours a week. The posting does not state its weekly hours: 40 are assumed."},
		{"Compensation: $1,920 per week. Interns work 40 hours per week.", "48", "48", "Converted from $1,920 a week at 40 hours a week."},
		{"Weekly stipend: $1,600 - $2,000 per week, 40 hours per week", "40", "50", "Converted from $1,600 to $2,000 a week"},
		{"Pay: $2,000/week for 37.5 hours per week", "53.3333", "53.3333", "rounded half away from zero to 4 decimal places"},
		{"Pay: $7,000 per month.", "40.3846", "40.3846", "× 12 months ÷ 52 weeks ÷ 40 hours a week, rounded half away from zero to 4 decimal places."},
		{"Pay: $6,500 monthly, 40 hours per week.", "37.5", "37.5", "Converted from $6,500 a month: × 12 months ÷ 52 weeks ÷ 40 hours a week."},
		{"Pay: $45.12345/hr", "45.1235", "45.1235", "rounded half away from zero"},
		{"Pay: $45/hr. You also get a $100 stipend for equipment and a 401(k) match.", "45", "45", ""},
		{"Pay: $45/hr plus a $2,000 relocation bonus and a $1,000 monthly housing stipend.", "45", "45", ""},
		{"Salary: $52,000 per year for full-time staff; interns earn $40 per hour.", "40", "40", ""},
		{"Pay: $50/hour ($2,000 a week).", "50", "50", ""},
		{"Pay: $45-$60/hr. The hourly rate range is $45 – $60.", "45", "60", ""},
		{"Pay: $40 - $60 per hour; most interns start at $50 per hour.", "40", "60", ""},
	} {
		r := read(t, c.line)
		b := r.Policy.Band
		assert.Equal(t, c.min+" "+c.max, b.Min.String()+" "+b.Max.String(), c.line)
		assert.Contains(t, term(r, "band").Note, c.note, c.line)
		if c.note != "" {
			assert.Contains(t, strings.Join(r.Policy.Assumptions, "\n"), c.note, c.line)
		}
	}
}

// "Hourly Rate:" on a line of its own says what the figures below it are,
// and the line quoted says so too.
func TestPayLabelAbove(t *testing.T) {
	r := read(t, "Hourly Rate:", "$45 - $60")
	assert.Equal(t, "Hourly Rate: $45 - $60.", r.Policy.Lines.Band)
	// A heading that names the pay, without its colon, is a label too.
	for _, c := range []struct{ heading, line string }{
		{"Hourly Rate", "Hourly Rate: $45 - $60."},
		{"## Pay Range", "Pay Range: $45 - $60."},
		{"**Compensation**", "Compensation: $45 - $60."},
		{"Base hourly pay range", "Base hourly pay range: $45 - $60."},
	} {
		r := read(t, c.heading, "$45 - $60")
		assert.Equal(t, "45 60", r.Policy.Band.Min.String()+" "+r.Policy.Band.Max.String(), c.heading)
		assert.Equal(t, c.line, r.Policy.Lines.Band, c.heading)
	}
	// A heading that is not the pay's labels nothing: "$2,000" under
	// "Relocation" is not pay.
	_, err := posting.Read("Software Engineering Intern\nRelocation\n$2,000\n", opt)
	require.ErrorContains(t, err, "no hourly pay")
}

func TestTiers(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  []string
	}{
		{[]string{"Hourly pay by degree:", "- Undergraduate: $40 - $45/hr", "- Master's: $45 - $50/hr", "- PhD: $55 - $62/hr"},
			[]string{"Undergraduate 40-45", "Master's 45-50", "PhD 55-62"}},
		{[]string{"| Level | Hourly rate |", "|---|---|", "| Bachelor's | $40 |", "| Master's | $46 |"},
			[]string{"Bachelor's 40-40", "Master's 46-46"}},
		{[]string{"The hourly rate is $42 for undergraduate students and $50 for PhD students."},
			[]string{"Undergraduate 42-42", "PhD 50-50"}},
		{[]string{"Pay: $45 - $60 per hour depending on location.", "New York City: $55 - $60 per hour", "Seattle, WA: $50 - $56 per hour"},
			[]string{"New York City 55-60", "Seattle, WA 50-56"}},
	} {
		r := read(t, c.lines...)
		var got []string
		for _, tr := range r.Tiers {
			got = append(got, tr.Label+" "+tr.Band.Min.String()+"-"+tr.Band.Max.String())
		}
		require.Equal(t, c.want, got, c.lines)
		// The first tier is used, and the assumptions say so plainly.
		require.Equal(t, r.Tiers[0].Band, r.Policy.Band)
		require.Contains(t, strings.Join(r.Policy.Assumptions, "\n"), "is used until you choose yours")
	}
}

func TestWithTier(t *testing.T) {
	r := read(t, "Hourly pay by degree:", "- Undergraduate: $40 - $45/hr", "- Master's: $45 - $50/hr", "- PhD: $55 - $62/hr")
	before, _ := json.Marshal(r.Policy)
	c := r.WithTier(2)
	assert.Equal(t, "55", c.Policy.Band.Min.String())
	assert.Equal(t, "62", c.Policy.Band.Max.String())
	assert.Equal(t, "PhD: $55 - $62/hr", c.Policy.Lines.Band)
	joined := strings.Join(c.Policy.Assumptions, "\n")
	assert.Contains(t, joined, "Pay is the PhD tier ($55 to $62 an hour), chosen from the posting's 3 tiers (Undergraduate, Master's and PhD).")
	assert.NotContains(t, joined, "is used until you choose yours")
	assert.Equal(t, "PhD: $55 - $62/hr", term(c, "band").Line)
	for _, a := range c.Policy.Assumptions {
		assert.Equal(t, strings.HasPrefix(a, "Pay is the PhD tier"), c.IsTierNote(a), a)
	}
	assert.True(t, slices.ContainsFunc(r.Policy.Assumptions, r.IsTierNote), "the first tier's sentence")
	// r is unchanged, and choosing again replaces the choice.
	after, _ := json.Marshal(r.Policy)
	assert.JSONEq(t, string(before), string(after))
	again := c.WithTier(0)
	assert.Equal(t, "40", again.Policy.Band.Min.String())
	assert.Len(t, again.Policy.Assumptions, len(c.Policy.Assumptions))
	assert.Contains(t, strings.Join(again.Policy.Assumptions, "\n"), "Pay is the Undergraduate tier")
	// Out of range: unchanged.
	assert.Equal(t, r, r.WithTier(3))
	assert.Equal(t, r, r.WithTier(-1))
	_, err := calc.Compute(c.Policy, calc.Plan{Start: c.Policy.Seasons[0].From})
	require.NoError(t, err)
}

func TestLengths(t *testing.T) {
	for _, c := range []struct {
		line          string
		weeks, months int
		note          string
	}{
		{"This is a 12-week program.", 12, 0, ""},
		{"The internship lasts twelve weeks.", 12, 0, ""},
		{"The internship lasts 10 to 12 weeks.", 10, 0, "the shortest, 10 weeks"},
		{"A 10-12 week internship.", 10, 0, "the shortest, 10 weeks"},
		{"You will join us for 16 weeks.", 16, 0, ""},
		{"Successful candidates must be able to commit to at least a 3-month long internship period.", 12, 3, ""},
		{"Interns must commit to a minimum of 4 months.", 12, 4, ""},
		{"This is a 6-month co-op.", 26, 0, "read as 26 weeks"},
		{"Interns are paid every 2 weeks. You will hear back within 3 weeks.", 12, 0, "12 weeks is assumed"},
	} {
		r := read(t, "Pay: $40/hr", c.line)
		assert.Equal(t, c.weeks, r.Policy.ProgramWeeks, c.line)
		assert.Equal(t, c.months, r.Policy.CommitmentMonths, c.line)
		assert.Contains(t, term(r, "program").Note, c.note, c.line)
	}
}

func TestFullTime(t *testing.T) {
	for _, c := range []struct {
		line, week, day string
		dayStated       bool
	}{
		{"Interns work 40 hours per week.", "40", "8", false},
		{"This is a full-time (40 hrs/week) role.", "40", "8", false},
		{"You will work 32 hours a week.", "32", "6.4", false},
		{"A 37.5 hours per week schedule.", "37.5", "7.5", false},
		{"Interns work 40 hours/week, 10 hours a day, Monday to Thursday.", "40", "10", true},
		{"Interns work 8 hours a day, 40 hours a week.", "40", "8", true},
		{"This is a full-time internship.", "40", "8", false},
	} {
		r := read(t, "Pay: $40/hr", c.line)
		assert.Equal(t, c.week, r.Policy.HoursPerWeek.String(), c.line)
		assert.Equal(t, c.day, r.Policy.HoursPerDay.String(), c.line)
		assert.Equal(t, c.dayStated, r.DayStated, c.line)
		assert.False(t, term(r, "fullTime").Assumed, c.line)
	}
	// Figures no working week has are not read as one.
	for _, line := range []string{"Interns work 168 hours per week.", "Work 30 hours a day, 40 hours a week."} {
		r := read(t, "Pay: $40/hr", line)
		assert.LessOrEqual(t, r.Policy.HoursPerDay.IntPart(), int64(16), line)
	}
	r := read(t, "Pay: $40/hr")
	assert.True(t, term(r, "fullTime").Assumed)
	assert.Equal(t, "40", r.Policy.HoursPerWeek.String())
}

func TestDates(t *testing.T) {
	d := calc.MustParseDate
	for _, c := range []struct {
		lines []string
		want  []calc.Season
	}{
		{[]string{"Summer Start Dates 2026:", "- May 11th, 2026", "- June 22nd, 2026"},
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{d("2026-05-11"), d("2026-06-22")}}}},
		{[]string{"Start dates: 5/18/2026 and 6/1/2026."},
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{d("2026-05-18"), d("2026-06-01")}}}},
		{[]string{"Internships begin on Monday, June 1, 2026."},
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{d("2026-06-01")}}}},
		{[]string{"Start dates: June 1 or June 15, 2027."},
			[]calc.Season{{Name: "Summer 2027", From: d("2027-05-01"), To: d("2027-08-31"), StartDates: []calc.Date{d("2027-06-01"), d("2027-06-15")}}}},
		{[]string{"We start on June 8."}, // Options.Year
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{d("2026-06-08")}}}},
		{[]string{"Start date: 2026-06-08.", "Another start date: 8 June 2026."},
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{d("2026-06-08")}}}},
		{[]string{"The internship runs from June 1 to August 14, 2026. Apply by March 1, 2026."},
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{d("2026-06-01")}}}},
		{[]string{"We hire for Summer/Fall 2026."},
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{}},
				{Name: "Fall 2026", From: d("2026-09-01"), To: d("2026-12-31"), StartDates: []calc.Date{}}}},
		{[]string{"A Spring 2027 internship."},
			[]calc.Season{{Name: "Spring 2027", From: d("2027-01-01"), To: d("2027-04-30"), StartDates: []calc.Date{}}}},
		{[]string{"A Winter internship, starting January 5, 2028."},
			[]calc.Season{{Name: "Winter 2028", From: d("2027-12-01"), To: d("2028-02-29"), StartDates: []calc.Date{d("2028-01-05")}}}},
		{[]string{"Fall 2026 start date: August 24, 2026."}, // stretched to hold its date
			[]calc.Season{{Name: "Fall 2026", From: d("2026-08-24"), To: d("2026-12-31"), StartDates: []calc.Date{d("2026-08-24")}}}},
		{[]string{"Applicants graduating in Spring 2027 are welcome; this is a Summer 2026 internship."},
			[]calc.Season{{Name: "Summer 2026", From: d("2026-05-01"), To: d("2026-08-31"), StartDates: []calc.Date{}}}},
	} {
		r := read(t, append([]string{"Pay: $40/hr"}, c.lines...)...)
		assert.Equal(t, c.want, r.Policy.Seasons, c.lines)
	}
	// No season, no date: Summer of Options.Year, said plainly.
	r := read(t, "Pay: $40/hr")
	assert.True(t, term(r, "seasons").Assumed)
	assert.Equal(t, "Summer 2026", r.Policy.Seasons[0].Name)
	r, err := posting.Read("Software Engineering Intern\nPay: $40/hr", posting.Options{Year: 2031})
	require.NoError(t, err)
	assert.Equal(t, "Summer 2031", r.Policy.Seasons[0].Name)
}

func TestSick(t *testing.T) {
	for _, c := range []struct {
		lines                   []string
		first, second, per, max string
		assumed                 bool
	}{
		{[]string{"Paid sick time (56 hours if hired in the first half of the year, 40 if hired in the second half of the year)."}, "56", "40", "0", "0", false},
		{[]string{"Interns receive 40 hours of paid sick leave."}, "40", "40", "0", "0", false},
		{[]string{"Interns receive 5 days of sick leave."}, "40", "40", "0", "0", false},
		{[]string{"Interns work 30 hours a week and receive 5 days of sick leave."}, "30", "30", "0", "0", false},
		{[]string{"Sick leave: 1 hour for every 30 hours worked."}, "0", "0", "30", "0", false},
		{[]string{"Sick leave accrues at one hour for every 30 hours worked, up to 40 hours."}, "0", "0", "30", "40", false},
		{[]string{"Paid sick leave: 2 hours per 60 hours worked, capped at 48 hours per year."}, "0", "0", "30", "48", false},
		{[]string{"Location: Los Angeles, CA"}, "0", "0", "30", "40", true},
		{[]string{"Location: Los Angeles, CA", "Sick leave: 2000 days."}, "0", "0", "30", "40", false},
		{[]string{"Location: Seattle, WA"}, "0", "0", "0", "0", true},
	} {
		r := read(t, append([]string{"Pay: $40/hr"}, c.lines...)...)
		s := r.Policy.Sick
		assert.Equal(t, []string{c.first, c.second, c.per, c.max},
			[]string{s.FirstHalfHours.String(), s.SecondHalfHours.String(), s.AccrualPer.String(), s.MaxHours.String()}, c.lines)
		assert.Equal(t, c.assumed, term(r, "sick").Assumed, c.lines)
	}
}

func TestHolidays(t *testing.T) {
	for _, c := range []struct {
		line    string
		want    []string
		note    string
		assumed bool
	}{
		{"10 paid holidays per year.", []string{"New Year's Day", "Martin Luther King Jr. Day", "Presidents' Day", "Memorial Day",
			"Juneteenth", "Independence Day", "Labor Day", "Thanksgiving Day", "Day after Thanksgiving", "Christmas Day"},
			"The 10 paid holidays are the US federal calendar without Columbus Day and Veterans Day", false},
		{"Interns are paid for Memorial Day, Juneteenth, Independence Day and Labor Day.",
			[]string{"Memorial Day", "Juneteenth", "Independence Day", "Labor Day"}, "", false},
		{"Paid holidays: Thanksgiving Day and the day after Thanksgiving, Christmas Eve and Christmas Day.",
			[]string{"Thanksgiving Day", "Day after Thanksgiving", "Christmas Eve", "Christmas Day"}, "", false},
		{"We observe 6 paid holidays.", []string{"New Year's Day", "Memorial Day", "Independence Day", "Labor Day", "Thanksgiving Day", "Christmas Day"},
			"the commonest US paid holidays", false},
		{"Interns get 5 paid holidays, including Juneteenth.", []string{"New Year's Day", "Memorial Day", "Juneteenth", "Independence Day", "Labor Day"},
			"names 1; the others are taken to be", false},
		{"Interns are not eligible for paid holidays.", nil, "", false},
		{"", nil, "none are counted", true},
	} {
		r := read(t, "Pay: $40/hr", c.line)
		var names []string
		for _, h := range r.Policy.Holidays {
			names = append(names, h.Name)
		}
		assert.Equal(t, c.want, names, c.line)
		assert.Contains(t, term(r, "holidays").Note, c.note, c.line)
		assert.Equal(t, c.assumed, term(r, "holidays").Assumed, c.line)
	}
	// The rules are the shipped posting's: the same JSON for the same day.
	r := read(t, "Pay: $40/hr", "10 paid holidays per year.")
	assert.Equal(t, calc.DefaultPolicy().Holidays, r.Policy.Holidays)
}

func TestHousing(t *testing.T) {
	for _, c := range []struct {
		line            string
		offered, remote bool
		assumed         bool
	}{
		{"Interns who are not working 100% remote may also be eligible for a housing allowance.", true, false, false},
		{"A housing stipend is available to all interns.", true, true, false},
		{"We offer corporate housing.", true, false, false},
		{"Relocation assistance is available.", true, false, false},
		{"Housing stipend for interns who relocate; fully remote interns are not eligible.", true, false, false},
		{"No housing stipend is offered.", false, false, false},
		{"Housing is not provided.", false, false, false},
		{"Housing is not offered to fully remote interns.", true, false, false},
		{"A housing stipend is provided; it is not offered to fully remote interns.", true, false, false},
		{"Housing: a monthly housing stipend. Fully remote interns are not eligible.", true, false, false},
		{"", false, false, true},
	} {
		r := read(t, "Pay: $40/hr", c.line)
		assert.Equal(t, calc.HousingRule{Offered: c.offered, Remote: c.remote}, r.Policy.Housing, c.line)
		assert.Equal(t, c.assumed, term(r, "housing").Assumed, c.line)
		if c.offered && strings.Contains(c.line, "remote") { // it says who gets it
			assert.Equal(t, c.line, term(r, "housing").Line, "the whole of what it says")
			assert.NotContains(t, term(r, "housing").Note, "does not say whether fully remote", c.line)
		}
	}
}

func TestApplications(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"Candidates can apply to a maximum of two positions globally.", 2},
		{"You may submit up to three applications.", 3},
		{"Please submit one application.", 1},
		{"You can apply to only 1 role.", 1},
		{"Applicants may apply to no more than 2 internship positions.", 2},
		{"We have 2 positions open; applications are reviewed weekly.", 0},
		{"", 0},
	} {
		r := read(t, "Pay: $40/hr", c.line)
		assert.Equal(t, c.want, r.Policy.MaxApplications, c.line)
		assert.Equal(t, c.want == 0, term(r, "applications").Assumed, c.line)
	}
}

func TestPlaces(t *testing.T) {
	for _, c := range []struct {
		line, location, state, locality string
	}{
		{"Location: Seattle, WA", "Seattle, WA", "WA", ""},
		{"Location: New York, NY", "New York, NY", "NY", "NYC"},
		{"Our office is in New York City.", "New York City", "NY", "NYC"},
		{"Our studio is in Brooklyn.", "Brooklyn", "NY", "NYC"},
		{"Location: Manhattan, New York", "Manhattan, New York", "NY", "NYC"},
		{"Location: Albany, New York", "Albany, New York", "NY", ""},
		{"The team sits in Los Angeles.", "Los Angeles", "CA", ""},
		{"We operate globally with headquarters in Los Angeles and Singapore.", "Los Angeles", "CA", ""},
		{"Important information for Los Angeles County candidates.", "Los Angeles", "CA", ""},
		{"Location: Austin, Texas", "Austin, Texas", "TX", ""},
		{"Chicago, IL", "Chicago, IL", "IL", ""},
		{"Location: Remote - US", "Remote - US", "", ""},
		{"Our office is in Boston. This is a fully remote internship.", "Remote", "", ""},
		{"Interns who are not working 100% remote get a desk in Boston.", "Boston", "MA", ""},
		{"", "", "", ""},
	} {
		r := read(t, "Pay: $40/hr", c.line)
		p := r.Policy
		assert.Equal(t, []string{c.location, c.state, c.locality}, []string{p.Location, p.State, p.Locality}, c.line)
		want := calc.Federal
		if c.state == "CA" {
			want = calc.California
		}
		assert.Equal(t, want, p.Overtime, c.line)
		assert.Equal(t, c.location == "", term(r, "location").Assumed, c.line)
	}
}

func TestEmployerAndTitle(t *testing.T) {
	for _, c := range []struct {
		text, title, employer string
	}{
		{"Data Intern\nAt TikTok, our mission is to inspire creativity.\nPay: $40/hr", "Data Intern", "TikTok"},
		{"Data Intern\nAbout Acme Corp\nPay: $40/hr", "Data Intern", "Acme Corp"},
		{"Data Intern\nCompany: Initech\nPay: $40/hr", "Data Intern", "Initech"},
		{"Title: Platform Intern\nPay: $40/hr", "Platform Intern", ""},
		{"Data Intern — Acme\nAcme makes anvils. Acme is hiring.\nPay: $40/hr", "Data Intern", "Acme"},
		{"Data Intern - Backend\nPay: $40/hr", "Data Intern - Backend", ""},
		{"Data Intern - Seattle, WA\nPay: $40/hr", "Data Intern", ""},
		{"Are you applying to the internship?\nData Intern (Summer 2026)\nPay: $40/hr", "Data Intern (Summer 2026)", ""},
		{"Pay: $40/hr and nothing else", "Internship", ""},
		// The line under the title: the employer, then where.
		{"Data Intern\nHarbor Institute | Washington, DC (on-site)\nPay: $40/hr", "Data Intern", "Harbor Institute"},
		{"Data Intern\nMarlowe Capital · New York, NY\nPay: $40/hr", "Data Intern", "Marlowe Capital"},
		{"Data Intern\nBackend Team · Remote\nPay: $40/hr", "Data Intern", ""},
		{"Data Intern\nSeattle, WA · Hybrid\nPay: $40/hr", "Data Intern", ""},
	} {
		r, err := posting.Read(c.text, opt)
		require.NoError(t, err, c.text)
		checkReading(t, c.text, r)
		assert.Equal(t, c.title, r.Policy.Title, c.text)
		assert.Equal(t, c.employer, r.Policy.Employer, c.text)
		assert.Equal(t, c.employer == "", term(r, "employer").Assumed, c.text)
		assert.Regexp(t, `^[a-z0-9]+(-[a-z0-9]+)*$`, r.Policy.ID)
		assert.LessOrEqual(t, len(r.Policy.ID), 64)
	}
	_, r := readShipped(t)
	assert.Equal(t, "tiktok-software-engineering-intern-ads-creative-ecosystem-summer", r.Policy.ID)
}

func TestErrors(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"empty", "", "the text is empty"},
		{"blank", " \n\t\r\n ", "the text is empty"},
		{"markup", "<p></p><br>\n**\n", "no words, only markup"},
		{"no pay", "Software Engineering Intern\nThis is a 12-week program in Seattle, WA. Interns work 40 hours per week.", "no hourly pay was found"},
		{"bonus only", "Software Engineering Intern\nInterns get a $2,000 signing bonus and a $100 stipend for equipment.", "no hourly pay was found"},
		{"annual", "Software Engineering Intern\nThe salary range is $120,000 - $150,000 per year.", "no hourly pay, only an annual salary ($120,000 to $150,000 a year)"},
		{"90k", "Software Engineering Intern\nSalary: $90k annually.", "only an annual salary"},
		{"conflict", "Software Engineering Intern\nPay: $40 - $45 per hour.\nThe hourly rate is $50 - $55.", "without saying which applies"},
		{"spanish", "Becario de Ingeniería de Software. Buscamos estudiantes de último año con ganas de aprender. Salario: 1.200 € al mes. Jornada completa de 40 horas semanales.", "in English"},
		{"german", "Praktikant Softwareentwicklung. Wir suchen engagierte Studierende, die unser Team für zwölf Wochen unterstützen. Vergütung: 2.000 € pro Monat.", "in English"},
		{"spanish, two lines", "Becario de Ingeniería de Software\nSalario: $45/hr", "in English"},
		{"spanish, a title and pay", "Practicante de Desarrollo de Software\nSalario: $45 por hora", "in English"},
		{"french, no pay", "Stagiaire développeur web (H/F)\nRémunération : 1 200 € par mois, selon profil.", "in English"},
		{"french, a sentence", "Nous recherchons un stagiaire en développement pour notre équipe à Lyon.", "in English"},
		{"german, no pay", "Werkstudent Softwareentwicklung (m/w/d)\nVergütung nach Vereinbarung, 20 Stunden pro Woche.", "in English"},
		{"chinese", "软件工程实习生。我们正在寻找对技术充满热情的学生，实习期为十二周，时薪为四十五美元。", "in English"},
		{"too long", strings.Repeat("a", posting.MaxText+1), "at most 256 KB"},
	} {
		_, err := posting.Read(c.text, opt)
		var fe *calc.FieldError
		require.True(t, errors.As(err, &fe), "%s: %v", c.name, err)
		assert.Equal(t, calc.Field("posting.text"), fe.Field, c.name)
		assert.LessOrEqual(t, len(fe.Value), 64, c.name)
		assert.Contains(t, fe.Want, c.want, c.name)
	}
}

// A megabyte is refused at once, before any of it is read.
// English postings that name places with words other languages share
// ("Las Vegas", "Des Moines", "La Jolla", "Chicago, IL", "Dover, DE") are
// English.
func TestEnglishWithForeignPlaceNames(t *testing.T) {
	for _, text := range []string{
		"Data Intern\nPay: $45/hr\nLocation: Las Vegas, NV; Des Moines, IA; La Jolla, CA; Chicago, IL; Dover, DE",
		"Data Intern - El Paso, TX\nPay: $45/hr",
		"Data Intern\nLos Angeles, CA\nPay: $45/hr",
	} {
		r, err := posting.Read(text, opt)
		require.NoError(t, err, text)
		checkReading(t, text, r)
	}
}

func TestHugeTextIsRefusedAtOnce(t *testing.T) {
	text := strings.Repeat("Pay: $45/hr. ", 1<<20/13+1)
	var err error
	bound.Within(t, "Read", func() { _, err = posting.Read(text, opt) })
	require.Error(t, err)
	require.Contains(t, err.Error(), "1,048,")
}

// Messy input: markdown, HTML remnants, smart quotes, dashes, non-breaking
// spaces, Windows line ends, a code fence; the lines come out clean and
// their offsets still point into the original.
func TestCleaning(t *testing.T) {
	text := "```html\r\n# **Data Intern**\r\n<p>At Acme&nbsp;&amp;&nbsp;Sons, we\u2019re hiring.</p>\r\n" +
		"<ul><li><b>Pay:</b> $45\u00a0\u2013\u00a0$60/hr</li><li>Paid sick time \u201cof\u201d 40&nbsp;hours.</li></ul>\r\n" +
		"| Benefit | Detail |\r\n|---|---|\r\n| Holidays | 10 paid holidays per year |\r\n```"
	r, err := posting.Read(text, opt)
	require.NoError(t, err)
	checkReading(t, text, r)
	assert.Equal(t, "Data Intern", r.Policy.Title)
	assert.Equal(t, "Acme & Sons", r.Policy.Employer)
	assert.Equal(t, "Pay: $45 – $60/hr", r.Policy.Lines.Band)
	assert.Equal(t, "Paid sick time \"of\" 40 hours.", r.Policy.Lines.Sick)
	assert.Equal(t, "Holidays | 10 paid holidays per year", r.Policy.Lines.Holidays)
	band := term(r, "band")
	assert.Equal(t, "Pay:</b> $45\u00a0\u2013\u00a0$60/hr", text[band.Start:band.End])
}

func TestCorpusReadingsAreValid(t *testing.T) {
	for name, text := range corpus(t) {
		r, err := posting.Read(text, opt)
		if err != nil {
			continue // the want file says which error
		}
		t.Run(name, func(t *testing.T) { checkReading(t, text, r) })
	}
}

func TestDeterministic(t *testing.T) {
	for name, text := range corpus(t) {
		a, errA := posting.Read(text, opt)
		b, errB := posting.Read(text, opt)
		require.Equal(t, errA, errB, name)
		require.True(t, reflect.DeepEqual(a, b), name)
	}
}
