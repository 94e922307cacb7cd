package posting_test

import (
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A year the text states, outside the title too, is the year of its dates
// that have none: Options.Year (the current year, as the command line and
// the app pass it) is only the fallback. It was the other way round:
// "Summer 2027 … Start dates: May 10 and June 7." read as May 10, 2026.
func TestYearStatedInTheTextWins(t *testing.T) {
	d := calc.MustParseDate
	summer2027 := []calc.Season{{Name: "Summer 2027", From: d("2027-05-01"), To: d("2027-08-31"),
		StartDates: []calc.Date{d("2027-05-10"), d("2027-06-07")}}}
	for _, text := range []string{
		"Data Intern\nPay: $45/hr\nSummer 2027\nStart dates: May 10 and June 7.\n",
		"Data Intern\nPay: $45/hr\nStart dates: May 10 and June 7.\nAll dates are in 2027.\n",
		"Data Intern\nPay: $45/hr\nApply by January 15, 2027. Start dates: May 10 and June 7.\n",
		"Data Intern\nPay: $45/hr\nApply by 1/15/27. Start dates: May 10 and June 7.\n",
	} {
		r, err := posting.Read(text, posting.Options{Year: 2026})
		require.NoError(t, err, text)
		checkReading(t, text, r)
		assert.Equal(t, summer2027, r.Policy.Seasons, text)
		assert.Contains(t, term(r, "seasons").Note, "taken to be in 2027, the year the posting states", text)
	}
	// Numbers that are not years are not the posting's year: pay, hours,
	// a headcount, the year a company was founded, a graduation.
	for _, line := range []string{
		"Interns get a $2,050 relocation bonus.",
		"A $2030 stipend for equipment.",
		"We have over 2040 employees.",
		"Founded in 2031, we build databases.",
		"Open to students graduating in 2029.",
		"© 2033 Northwind. All rights reserved.",
	} {
		text := "Data Intern\nPay: $45/hr\n" + line + "\nStart dates: May 10 and June 7.\n"
		r, err := posting.Read(text, posting.Options{Year: 2026})
		require.NoError(t, err, text)
		assert.Equal(t, "Summer 2026", r.Policy.Seasons[0].Name, line)
		assert.Contains(t, term(r, "seasons").Note, "The posting states no year: 2026, the current year, is assumed.", line)
	}
}

// Read with the day it is read and no year in the text, a posting's dates
// are the next ones: on December 7, 2026, May 10 is May 10, 2027, and the
// assumption says why.
func TestYearReadLateInTheYear(t *testing.T) {
	text := "Data Intern\nPay: $45/hr\nStart dates: May 10 and June 7.\n"
	for _, c := range []struct {
		today    string
		season   string
		starts   []string
		sentence string
	}{
		{"2026-12-07", "Summer 2027", []string{"2027-05-10", "2027-06-07"},
			"The posting states no year: 2027 is assumed, since its first start date, May 10, is past in 2026 (read on December 7, 2026)."},
		{"2026-05-10", "Summer 2026", []string{"2026-05-10", "2026-06-07"},
			"The posting states no year: 2026, the year it is read in, is assumed."},
		{"2026-01-15", "Summer 2026", []string{"2026-05-10", "2026-06-07"},
			"The posting states no year: 2026, the year it is read in, is assumed."},
	} {
		today := calc.MustParseDate(c.today)
		r, err := posting.Read(text, posting.Options{Year: today.Year, Today: today})
		require.NoError(t, err)
		checkReading(t, text, r)
		var starts []string
		for _, s := range r.Policy.Seasons[0].StartDates {
			starts = append(starts, s.String())
		}
		assert.Equal(t, c.season, r.Policy.Seasons[0].Name, c.today)
		assert.Equal(t, c.starts, starts, c.today)
		assert.Contains(t, strings.Join(r.Policy.Assumptions, "\n"), c.sentence, c.today)
	}
	// No season and no date: the Summer to come.
	r, err := posting.Read("Data Intern\nPay: $45/hr\n", posting.Options{Today: calc.MustParseDate("2026-12-07")})
	require.NoError(t, err)
	assert.Equal(t, "Summer 2027", r.Policy.Seasons[0].Name)
	// A year in the text is never moved, however late it is read.
	r, err = posting.Read("Data Intern\nPay: $45/hr\nStart dates: May 10 and June 7, 2026.\n", posting.Options{Today: calc.MustParseDate("2026-12-07")})
	require.NoError(t, err)
	assert.Equal(t, "Summer 2026", r.Policy.Seasons[0].Name)
}
