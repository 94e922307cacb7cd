package calc

import (
	"strconv"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/shopspring/decimal"
)

// A HolidayRule declares one paid holiday as data: either a fixed day of a
// month (Month and Day) or the Nth weekday of a month (Month, Weekday and
// Nth, where Nth -1 is the last), moved by OffsetDays ("the day after
// Thanksgiving" is the 4th Thursday of November plus 1), and an observance
// rule for when it falls on a weekend.
//
// The dates themselves are computed by github.com/rickar/cal/v2, which has
// these rules and their tests; a HolidayRule is the JSON form of a
// cal.Holiday, which holds functions and so cannot be loaded from a file.
type HolidayRule struct {
	Name       string `json:"name"`
	Month      int    `json:"month"`
	Day        int    `json:"day,omitempty"`     // a fixed day of the month
	Weekday    string `json:"weekday,omitempty"` // "monday" ... "sunday", with Nth
	Nth        int    `json:"nth,omitempty"`     // 1 to 5, or -1 for the last
	OffsetDays int    `json:"offsetDays,omitempty"`
	// Observed is "nearest-weekday" (Saturday is observed the Friday
	// before, Sunday the Monday after, as US federal holidays are) or
	// "none" (the holiday stays where it falls).
	Observed  string `json:"observed,omitempty"`
	StartYear int    `json:"startYear,omitempty"` // first year it is paid; 0: always
}

// The values of HolidayRule.Observed.
const (
	observedNone           = "none"
	observedNearestWeekday = "nearest-weekday"
)

var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

func parseWeekday(s string) (time.Weekday, bool) {
	for i, n := range weekdayNames {
		if strings.EqualFold(s, n) {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

func (h HolidayRule) validate() *FieldError {
	f := func(field string, value any, want string) *FieldError {
		return NewFieldError(Field(field), toString(value), want)
	}
	switch {
	case strings.TrimSpace(h.Name) == "":
		return f("name", h.Name, "the holiday's name")
	case h.Month < 1 || h.Month > 12:
		return f("month", h.Month, "a month from 1 to 12")
	case h.Day != 0 && h.Weekday != "":
		return f("weekday", h.Weekday, "either day (a fixed date) or weekday with nth, not both")
	case h.Day == 0 && h.Weekday == "":
		return f("day", h.Day, "a day of the month, or weekday with nth")
	case h.Day != 0 && (h.Day < 1 || h.Day > daysIn(2024, time.Month(h.Month))):
		return f("day", h.Day, "a day that "+time.Month(h.Month).String()+" has")
	case h.OffsetDays < -31 || h.OffsetDays > 31:
		return f("offsetDays", h.OffsetDays, "from -31 to 31 days")
	case h.Observed != "" && h.Observed != observedNone && h.Observed != observedNearestWeekday:
		return f("observed", h.Observed, `"nearest-weekday" or "none"`)
	case h.StartYear < 0 || h.StartYear > 9999:
		return f("startYear", h.StartYear, "a year, or 0 for always")
	}
	if h.Weekday != "" {
		if _, ok := parseWeekday(h.Weekday); !ok {
			return f("weekday", h.Weekday, "a day name such as \"monday\"")
		}
		if h.Nth != -1 && (h.Nth < 1 || h.Nth > 5) {
			return f("nth", h.Nth, "1 to 5, or -1 for the last")
		}
	} else if h.Nth != 0 {
		return f("nth", h.Nth, "nth only with weekday")
	}
	return nil
}

func toString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	}
	return ""
}

// weekendAlt is the US federal observance: Saturday to Friday, Sunday to
// Monday.
var weekendAlt = []cal.AltDay{
	{Day: time.Saturday, Offset: -1},
	{Day: time.Sunday, Offset: 1},
}

// holiday converts the rule to rickar/cal's form. Each call builds a new
// value: cal's shared values (us.NewYear and the like) are never touched.
func (h HolidayRule) holiday() *cal.Holiday {
	ch := &cal.Holiday{
		Name:       h.Name,
		Month:      time.Month(h.Month),
		CalcOffset: h.OffsetDays,
		StartYear:  h.StartYear,
	}
	if h.Observed == observedNearestWeekday {
		ch.Observed = weekendAlt
	}
	if h.Weekday == "" {
		ch.Day = h.Day
		ch.Func = cal.CalcDayOfMonth
	} else {
		ch.Weekday, _ = parseWeekday(h.Weekday)
		ch.Offset = h.Nth
		ch.Func = cal.CalcWeekdayOffset
	}
	return ch
}

// Holiday is a paid holiday on its observed date.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
	// Actual is the holiday's own date when it is observed on another day
	// (Independence Day 2026, a Saturday, is observed Friday July 3), else
	// the zero Date.
	Actual Date `json:"actual,omitzero"`
	// Hours are the hours the holiday pays (the policy's HoursPerDay) when
	// it falls in a window; zero in Policy.Observed.
	Hours decimal.Decimal `json:"hours,omitzero"`
}

// Observed returns the observed dates of the policy's paid holidays in the
// given year (the observed date of a holiday of year may fall in year-1 or
// year+1: New Year's Day 2028 is observed on Friday 2027-12-31), in date
// order. A rule that does not apply in year (before its StartYear) gives
// nothing.
func (p Policy) Observed(year int) []Holiday {
	var out []Holiday
	for _, r := range p.Holidays {
		actual, observed := r.holiday().Calc(year)
		if observed.IsZero() {
			continue
		}
		h := Holiday{Date: dateOf(observed), Name: r.Name}
		if a := dateOf(actual); a != h.Date {
			h.Actual = a
		}
		out = append(out, h)
	}
	sortHolidays(out)
	return out
}

// holidaysBetween returns the paid holidays observed on weekdays in
// [from, to], in date order. Two rules observed on the same day are paid
// once, under both names.
func (p *Policy) holidaysBetween(from, to Date) []Holiday {
	var out []Holiday
	// An observed date can move across a year boundary (by a weekend day,
	// or a rule's OffsetDays of up to 31), so look at the next or previous
	// year only when the window comes within 40 days of it.
	for y := from.AddDays(-40).Year; y <= to.AddDays(40).Year; y++ {
		for _, h := range p.Observed(y) {
			if h.Date.Before(from) || h.Date.After(to) || !h.Date.isWeekday() {
				continue
			}
			h.Hours = p.HoursPerDay
			out = append(out, h)
		}
	}
	sortHolidays(out)
	merged := out[:0]
	for _, h := range out {
		if n := len(merged); n > 0 && merged[n-1].Date == h.Date {
			merged[n-1].Name += " / " + h.Name
			continue
		}
		merged = append(merged, h)
	}
	return merged
}

func sortHolidays(hs []Holiday) {
	for i := 1; i < len(hs); i++ {
		for j := i; j > 0 && hs[j].Date.Before(hs[j-1].Date); j-- {
			hs[j], hs[j-1] = hs[j-1], hs[j]
		}
	}
}
