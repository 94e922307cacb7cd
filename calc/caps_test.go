package calc_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/bound"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seasonsJSON is the shipped posting's JSON with its seasons replaced by
// n seasons of perSeason start dates each, all valid dates: only the caps
// can refuse them.
func seasonsJSON(t *testing.T, n, perSeason int) []byte {
	t.Helper()
	var seasons []any
	for i := range n {
		year := 2026 + i/4
		var dates []string
		from := calc.Date{Year: year, Month: 1, Day: 1}
		for j := range perSeason {
			dates = append(dates, from.AddDays(j%365).String())
		}
		seasons = append(seasons, map[string]any{
			"name": "Season " + strconv.Itoa(i), "from": from.String(), "to": calc.Date{Year: year, Month: 12, Day: 31}.String(),
			"startDates": dates,
		})
	}
	return edit(t, func(m map[string]any) { m["seasons"] = seasons })
}

// A posting from a link or a file cannot make a page build thousands of
// start-date buttons: past the caps (12 seasons, 40 start dates in one,
// 60 in all) it is refused at once, the error naming the field.
func TestParsePolicyCaps(t *testing.T) {
	for _, c := range []struct {
		name           string
		seasons, dates int
		field, want    string
	}{
		{"2,000 start dates in a season", 1, 2000, "policy.seasons[0].startDates", "at most 40"},
		{"2,000 start dates, 50 seasons", 50, 40, "policy.seasons", "at most 12 seasons"},
		{"13 seasons", 13, 1, "policy.seasons", "at most 12 seasons"},
		{"61 dates in all", 2, 31, "policy.seasons", "at most 60 start dates in all"},
		{"41 dates in a season", 1, 41, "policy.seasons[0].startDates", "at most 40"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := seasonsJSON(t, c.seasons, c.dates)
			var err error
			bound.Within(t, "ParsePolicy", func() { _, err = calc.ParsePolicy(data) })
			require.Error(t, err)
			found := false
			for _, fe := range calc.FieldErrors(err) {
				found = found || string(fe.Field) == c.field && strings.Contains(fe.Want, c.want)
			}
			assert.True(t, found, "no error for %s saying %q: %v", c.field, c.want, err)
			assert.Less(t, len(err.Error()), 2000, "one message for the cap, not one for each date")
		})
	}
	// At the caps, a posting reads.
	_, err := calc.ParsePolicy(seasonsJSON(t, 12, 5))
	assert.NoError(t, err, "12 seasons of 5 dates")
	_, err = calc.ParsePolicy(seasonsJSON(t, 2, 30))
	assert.NoError(t, err, "60 dates in all")
	_, err = calc.ParsePolicy(seasonsJSON(t, 1, 40))
	assert.NoError(t, err, "40 dates in a season")
	if b := seasonsJSON(t, 1, 1); !json.Valid(b) || !strings.Contains(string(b), "Season 0") {
		t.Fatal("seasonsJSON")
	}
}
