package calc

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// A Date is a civil date: a year, a month and a day, with no time of day and
// no time zone. An internship starts and ends on days of the calendar, not on
// instants, so every date in this package is a Date; converting to time.Time
// (and back) happens only at the edges (rickar/cal computes in time).
//
// Date values are comparable with ==. The zero Date means "no date": it is
// how a Plan says that a date was not given.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date for year, month and day, normalized the way
// time.Date normalizes: NewDate(2026, time.February, 30) is March 2, 2026.
// Use it for literals; parse user input with ParseDate, which rejects such
// dates instead.
func NewDate(year int, month time.Month, day int) Date {
	if month >= time.January && month <= time.December && day >= 1 && day <= 28 {
		return Date{year, month, day} // the common case, with no conversion
	}
	return dateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// dateOf returns the civil date of t in t's location.
func dateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses a date in the form YYYY-MM-DD (ISO 8601's extended
// calendar date, the value of an HTML date input). Anything else, including
// a day that the month does not have, is an error that quotes the input.
func ParseDate(s string) (Date, error) {
	fail := func(why string) (Date, error) {
		return Date{}, &DateError{Input: s, Reason: why}
	}
	if s == "" {
		return fail("empty; want a date like 2026-05-11")
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return fail("want the form YYYY-MM-DD, like 2026-05-11")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return fail("want the form YYYY-MM-DD, like 2026-05-11")
	}
	if y < 1 {
		return fail("year 0000 does not exist; want a year from 0001 to 9999")
	}
	if m < 1 || m > 12 {
		return fail("month " + s[5:7] + " does not exist; want 01 to 12")
	}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		return fail(time.Month(m).String() + " " + s[0:4] + " has no day " + s[8:10])
	}
	return Date{y, time.Month(m), d}, nil
}

// MustParseDate is like ParseDate but panics on error. It is for literals in
// tests and tables, never for input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// A DateError reports a string that is not a date.
type DateError struct {
	Input  string
	Reason string
}

func (e *DateError) Error() string {
	return "calc: parsing date " + strconv.Quote(e.Input) + ": " + e.Reason
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 10)
	return string(d.appendISO(b))
}

func (d Date) appendISO(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Format formats the date with a time package layout, as time.Time.Format
// would at midnight UTC, for example d.Format("January 2, 2006").
func (d Date) Format(layout string) string {
	if b, ok := d.appendFormat(make([]byte, 0, len(layout)+10), layout); ok {
		return string(b)
	}
	return d.in(time.UTC).Format(layout)
}

var (
	longMonths = [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	longDays = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// appendFormat formats a valid date with a layout made only of the date
// elements January, Jan, Monday, Mon, 2006, 01, 1, 02, _2 and 2, and spaces,
// commas, slashes, colons and hyphens between them; it reports false for anything
// else, which Format leaves to time.Time.Format. The page formats dates on
// its first render, and time's layout machinery is code the browser would
// otherwise compile before the first answer. FuzzDateFormat checks it
// against time.Time.Format.
func (d Date) appendFormat(b []byte, layout string) ([]byte, bool) {
	if !d.IsValid() {
		return nil, false
	}
	// word reports whether layout[i:] starts with w and no lowercase letter
	// follows, which time would read as more of a word.
	word := func(i int, w string) bool {
		if !strings.HasPrefix(layout[i:], w) {
			return false
		}
		j := i + len(w)
		return j == len(layout) || layout[j] < 'a' || layout[j] > 'z'
	}
	for i := 0; i < len(layout); {
		switch c := layout[i]; {
		case word(i, "January"):
			b, i = append(b, longMonths[d.Month-1]...), i+7
		case word(i, "Jan"):
			b, i = append(b, longMonths[d.Month-1][:3]...), i+3
		case word(i, "Monday"):
			b, i = append(b, longDays[d.Weekday()]...), i+6
		case word(i, "Mon"):
			b, i = append(b, longDays[d.Weekday()][:3]...), i+3
		case strings.HasPrefix(layout[i:], "2006"):
			b, i = appendPadded(b, d.Year, 4), i+4
		case strings.HasPrefix(layout[i:], "01"):
			b, i = appendPadded(b, int(d.Month), 2), i+2
		case strings.HasPrefix(layout[i:], "02"):
			b, i = appendPadded(b, d.Day, 2), i+2
		case strings.HasPrefix(layout[i:], "_2") && !strings.HasPrefix(layout[i:], "_2006"):
			if d.Day < 10 {
				b = append(b, ' ')
			}
			b, i = appendPadded(b, d.Day, 1), i+2
		case c == '1' && !strings.HasPrefix(layout[i:], "15"):
			b, i = appendPadded(b, int(d.Month), 1), i+1
		case c == '2':
			b, i = appendPadded(b, d.Day, 1), i+1
		case c == ' ' || c == ',' || c == '/' || c == ':' || c == '-' && !strings.HasPrefix(layout[i:], "-07"):
			b, i = append(b, c), i+1
		default:
			return nil, false
		}
	}
	return b, true
}

// IsZero reports whether d is the zero Date, which means "no date".
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real day of the calendar in years 1 to 9999,
// the years that String and ParseDate can round-trip.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 &&
		d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// in returns the time at the start of the day d in loc.
func (d Date) in(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday(mod(d.days()+4, 7))
}

// isWeekday reports whether d falls Monday to Friday.
func (d Date) isWeekday() bool {
	w := d.Weekday()
	return w != time.Saturday && w != time.Sunday
}

// AddDays returns d moved by n days (back when n is negative).
func (d Date) AddDays(n int) Date { return fromDays(d.days() + n) }

// AddMonths returns d moved by n calendar months, with the day clamped to the
// length of the target month: 2026-08-31 plus 3 months is 2026-11-30. This is
// how a "3-month commitment" is counted, and it differs from time.AddDate,
// which would overflow into December.
func (d Date) AddMonths(n int) Date {
	m := int(d.Month) - 1 + n
	y := d.Year + floorDiv(m, 12)
	month := time.Month(mod(m, 12) + 1)
	day := min(d.Day, daysIn(y, month))
	return Date{y, month, day}
}

// DaysSince returns the number of days from s to d: d.DaysSince(d.AddDays(-3)) == 3.
func (d Date) DaysSince(s Date) int { return d.days() - s.days() }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, or empty for the
// zero Date. An invalid non-zero date is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.IsValid() {
		return nil, errors.New("calc: marshaling invalid date " + strconv.Quote(d.debug()))
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. Empty text is the zero
// Date; anything else must be YYYY-MM-DD.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// debug prints any Date, valid or not, for error messages.
func (d Date) debug() string {
	return strconv.Itoa(d.Year) + "-" + strconv.Itoa(int(d.Month)) + "-" + strconv.Itoa(d.Day)
}

func daysIn(year int, m time.Month) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	default:
		return 31
	}
}

// days returns the number of days from 1970-01-01 to d, in the proleptic
// Gregorian calendar (Howard Hinnant's days_from_civil), without going
// through time.Time: Compute walks every day of a window.
func (d Date) days() int {
	y := d.Year
	m := int(d.Month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDays is the inverse of days (Hinnant's civil_from_days).
func fromDays(z int) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), d}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - floorDiv(a, b)*b }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
