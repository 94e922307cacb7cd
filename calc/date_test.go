package calc_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// d is the tests' date literal.
func d(s string) calc.Date { return calc.MustParseDate(s) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want calc.Date
	}{
		{"2026-05-11", calc.Date{Year: 2026, Month: time.May, Day: 11}},
		{"2028-02-29", calc.Date{Year: 2028, Month: time.February, Day: 29}},
		{"0001-01-01", calc.Date{Year: 1, Month: time.January, Day: 1}},
		{"9999-12-31", calc.Date{Year: 9999, Month: time.December, Day: 31}},
	}
	for _, tt := range tests {
		got, err := calc.ParseDate(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.in, got.String())
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"", "2026-5-11", "2026/05/11", "20260511", "2026-05-11T00:00:00Z", " 2026-05-11",
		"2026-13-01", "2026-00-10", "2026-02-29", "2026-04-31", "2026-05-00", "0000-01-01",
		"+026-05-11", "2026-05-1a", "May 11, 2026",
	} {
		_, err := calc.ParseDate(in)
		require.Error(t, err, "%q", in)
		assert.Contains(t, err.Error(), `"`+in+`"`, "the error quotes the input")
		var de *calc.DateError
		assert.ErrorAs(t, err, &de)
	}
}

func TestNewDateNormalizes(t *testing.T) {
	assert.Equal(t, d("2026-03-02"), calc.NewDate(2026, time.February, 30))
	assert.Equal(t, d("2027-01-01"), calc.NewDate(2026, time.December, 32))
	assert.Equal(t, d("2026-05-11"), calc.NewDate(2026, time.May, 11))
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		from string
		days int
		want string
	}{
		{"2026-05-11", 83, "2026-08-02"},
		{"2026-12-31", 1, "2027-01-01"},
		{"2028-02-28", 1, "2028-02-29"},
		{"2100-02-28", 1, "2100-03-01"}, // not a leap year
		{"2000-02-28", 1, "2000-02-29"}, // a leap year
		{"2026-01-01", -1, "2025-12-31"},
		{"1970-01-01", 0, "1970-01-01"},
		{"1969-12-31", 366, "1971-01-01"},
		{"0001-01-01", 3652058, "9999-12-31"},
	}
	for _, tt := range tests {
		got := d(tt.from).AddDays(tt.days)
		assert.Equal(t, tt.want, got.String(), "%s + %d", tt.from, tt.days)
		assert.Equal(t, tt.days, got.DaysSince(d(tt.from)))
		// The same answer as the time package.
		assert.Equal(t, utc(d(tt.from)).AddDate(0, 0, tt.days).Format(time.DateOnly), got.String())
	}
}

func TestAddMonthsClamps(t *testing.T) {
	tests := []struct {
		from   string
		months int
		want   string
	}{
		{"2026-08-31", 3, "2026-11-30"}, // docs/rules.md §2: Nov 31 clamps
		{"2026-05-11", 3, "2026-08-11"},
		{"2026-11-30", 3, "2027-02-28"},
		{"2027-11-30", 3, "2028-02-29"},
		{"2026-01-31", 1, "2026-02-28"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-05-11", -5, "2025-12-11"},
		{"2026-05-11", 24, "2028-05-11"},
		{"2026-12-15", 1, "2027-01-15"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, d(tt.from).AddMonths(tt.months).String(), "%s + %d months", tt.from, tt.months)
	}
}

func TestWeekdayAndCompare(t *testing.T) {
	for day := d("2025-12-01"); day.Before(d("2027-02-01")); day = day.AddDays(1) {
		require.Equal(t, utc(day).Weekday(), day.Weekday(), day.String())
	}
	assert.Equal(t, time.Monday, d("2026-05-11").Weekday())
	a, b := d("2026-05-11"), d("2026-05-12")
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.False(t, a.After(a))
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.Equal(t, -1, d("2025-12-31").Compare(d("2026-01-01")))
	assert.Equal(t, -1, d("2026-04-30").Compare(d("2026-05-01")))
}

func TestZeroAndValid(t *testing.T) {
	var z calc.Date
	assert.True(t, z.IsZero())
	assert.False(t, z.IsValid())
	assert.Equal(t, "", z.String())
	assert.False(t, d("2026-05-11").IsZero())
	assert.True(t, d("2026-05-11").IsValid())
	assert.False(t, calc.Date{Year: 2026, Month: time.February, Day: 29}.IsValid())
	assert.False(t, calc.Date{Year: 10000, Month: time.January, Day: 1}.IsValid())
	assert.False(t, calc.Date{Year: 2026, Month: 13, Day: 1}.IsValid())
}

func TestDateText(t *testing.T) {
	type doc struct {
		Start calc.Date `json:"start"`
		End   calc.Date `json:"end"`
	}
	b, err := json.Marshal(doc{Start: d("2026-05-11")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"start":"2026-05-11","end":""}`, string(b))

	var got doc
	require.NoError(t, json.Unmarshal([]byte(`{"start":"2026-06-22","end":""}`), &got))
	assert.Equal(t, doc{Start: d("2026-06-22")}, got)

	err = json.Unmarshal([]byte(`{"start":"2026-06-31"}`), &got)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "2026-06-31")

	_, err = calc.Date{Year: 2026, Month: time.February, Day: 30}.MarshalText()
	assert.Error(t, err, "an invalid date does not marshal")
}

func TestDateFormat(t *testing.T) {
	assert.Equal(t, "May 11, 2026", d("2026-05-11").Format("January 2, 2006"))
	assert.Equal(t, "Mon", d("2026-05-11").Format("Mon"))
	assert.Equal(t, "Monday, September 7", d("2026-09-07").Format("Monday, January 2"))
	assert.Equal(t, "Sat, Jul 4, 2026", d("2026-07-04").Format("Mon, Jan 2, 2006"))
	assert.Equal(t, "5/9", d("2026-05-09").Format("1/2"))
	assert.Equal(t, "05/09/0042", d("0042-05-09").Format("01/02/2006"))
	assert.Equal(t, "Jan  9", d("2026-01-09").Format("Jan _2"))
}

// formatLayouts are the app's layouts, each date element alone, and layouts
// that time.Time.Format reads in ways a simple scanner could get wrong.
var formatLayouts = []string{
	"Jan 2", "Monday, January 2", "Mon, Jan 2, 2006", "January 2, 2006", "Mon Jan 2",
	"Jan 2, 2006", "Mon, Jan 2", "1/2", "January 2", "2006-01-02", time.DateOnly,
	"January", "Jan", "Monday", "Mon", "2006", "01", "1", "02", "_2", "2",
	"Month", "Janet", "Monk", "Januaryx", "Mondays", "MST", "15:04", "1/15", "_2006", "__2", "002",
	"06", "2,000", ",0", "2.000", "Jan 2 PM", "3:04", "-07", "2-0700", "2-01", "Z07:00", "", "x", "2006 2006", "Mon.", "_", "-",
}

func TestDateFormatAgreesWithTime(t *testing.T) {
	for day := d("2024-12-20"); day.Before(d("2027-01-10")); day = day.AddDays(1) {
		for _, layout := range formatLayouts {
			if got, want := day.Format(layout), utc(day).Format(layout); got != want {
				t.Fatalf("%v.Format(%q) = %q, time says %q", day, layout, got, want)
			}
		}
	}
	for _, day := range []calc.Date{{}, {Year: 2026, Month: 2, Day: 30}, {Year: 10000, Month: 1, Day: 1}, d("0001-01-01"), d("9999-12-31")} {
		for _, layout := range formatLayouts {
			if got, want := day.Format(layout), utc(day).Format(layout); got != want {
				t.Fatalf("%#v.Format(%q) = %q, time says %q", day, layout, got, want)
			}
		}
	}
}

func FuzzDateFormat(f *testing.F) {
	for _, l := range formatLayouts {
		f.Add(l, int64(20000))
	}
	f.Fuzz(func(t *testing.T, layout string, days int64) {
		day := d("1970-01-01").AddDays(int(days % 3_000_000))
		var got string
		bounded(t, "Format", func() { got = day.Format(layout) })
		if want := utc(day).Format(layout); got != want {
			t.Fatalf("%v.Format(%q) = %q, time says %q", day, layout, got, want)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-05-11", "0001-01-01", "9999-12-31", "2028-02-29", "2026-02-29", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v calc.Date
		var err error
		bounded(t, "ParseDate", func() { v, err = calc.ParseDate(s) })
		if err != nil {
			if !v.IsZero() {
				t.Fatalf("ParseDate(%q) returned %v with error %v", s, v, err)
			}
			return
		}
		if !v.IsValid() {
			t.Fatalf("ParseDate(%q) = invalid %v", s, v)
		}
		if v.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, v.String())
		}
		again, err := calc.ParseDate(v.String())
		if err != nil || again != v {
			t.Fatalf("round trip of %q: %v, %v", s, again, err)
		}
		// Agrees with the time package.
		tm, err := time.Parse(time.DateOnly, s)
		if err != nil || calc.NewDate(tm.Date()) != v {
			t.Fatalf("time.Parse(%q) = %v, %v; calc says %v", s, tm, err, v)
		}
		if v.AddDays(1).DaysSince(v) != 1 || v.AddDays(1).AddDays(-1) != v {
			t.Fatalf("AddDays round trip at %v", v)
		}
	})
}

// utc is the time at the start of day d in UTC, for checking Date against
// package time.
func utc(d calc.Date) time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }
