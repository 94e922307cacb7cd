package export_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/export"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var stamp = time.Date(2026, time.March, 2, 15, 4, 5, 0, time.UTC)

func quoteOf(t *testing.T, p calc.Policy, plan calc.Plan) calc.Quote {
	t.Helper()
	q, err := calc.Compute(p, plan)
	require.NoError(t, err)
	return q
}

// parsedEvent is a VEVENT as an independent parser reads it.
type parsedEvent struct {
	uid, summary, description string
	start, end                calc.Date
}

// parseICS reads an .ics file back with github.com/arran4/golang-ical, an
// iCalendar parser that knows nothing of how calc wrote it.
func parseICS(t *testing.T, data []byte) (*ics.Calendar, []parsedEvent) {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	require.NoError(t, err)
	var out []parsedEvent
	for _, e := range cal.Events() {
		start, err := e.GetAllDayStartAt()
		require.NoError(t, err)
		endProp := e.GetProperty(ics.ComponentPropertyDtEnd)
		require.NotNil(t, endProp, "DTEND")
		assert.Equal(t, []string{"DATE"}, endProp.ICalParameters["VALUE"], "DTEND is a date")
		startProp := e.GetProperty(ics.ComponentPropertyDtStart)
		assert.Equal(t, []string{"DATE"}, startProp.ICalParameters["VALUE"], "DTSTART is a date")
		end, err := time.Parse("20060102", endProp.Value)
		require.NoError(t, err)
		dtstamp, err := e.GetDtStampTime()
		require.NoError(t, err)
		assert.True(t, dtstamp.Equal(stamp), "DTSTAMP %v", dtstamp)
		pe := parsedEvent{start: calc.NewDate(start.Date()), end: calc.NewDate(end.Date())}
		if p := e.GetProperty(ics.ComponentPropertyUniqueId); p != nil {
			pe.uid = p.Value
		}
		if p := e.GetProperty(ics.ComponentPropertySummary); p != nil {
			pe.summary = p.Value
		}
		if p := e.GetProperty(ics.ComponentPropertyDescription); p != nil {
			pe.description = p.Value
		}
		out = append(out, pe)
	}
	return cal, out
}

func TestICSParsesBack(t *testing.T) {
	p := calc.DefaultPolicy()
	q := quoteOf(t, p, calc.Plan{Start: d("2026-05-11")})
	data := export.ICS(q, p, stamp)
	cal, events := parseICS(t, data)

	props := map[string]string{}
	for _, cp := range cal.CalendarProperties {
		props[cp.IANAToken] = cp.Value
	}
	assert.Equal(t, "2.0", props["VERSION"])
	assert.NotEmpty(t, props["PRODID"])

	// The first day, the three paid holidays, the last day (the end of the
	// program) and the end of the 3-month commitment, in date order.
	want := []struct {
		date    string
		summary string
	}{
		{"2026-05-11", "TikTok internship: first day"},
		{"2026-05-25", "Paid holiday: Memorial Day"},
		{"2026-06-19", "Paid holiday: Juneteenth"},
		{"2026-07-03", "Paid holiday: Independence Day"},
		{"2026-08-02", "TikTok internship: last day"},
		{"2026-08-10", "TikTok internship: end of the 3-month commitment"},
	}
	require.Len(t, events, len(want))
	uids := map[string]bool{}
	for i, w := range want {
		e := events[i]
		assert.Equal(t, d(w.date), e.start, "event %d", i)
		assert.Equal(t, d(w.date).AddDays(1), e.end, "event %d: DTEND is the next day, exclusive", i)
		assert.Equal(t, w.summary, e.summary)
		assert.NotEmpty(t, e.uid)
		assert.False(t, uids[e.uid], "UID %s is not unique", e.uid)
		uids[e.uid] = true
	}
	// Commas in the text came back unescaped.
	assert.Equal(t, p.Title+", TikTok, Los Angeles, California. "+q.Availability, events[0].description)
	assert.Contains(t, events[3].description, "the holiday itself is Saturday, July 4")

	// The same plan gives the same UIDs: importing twice updates.
	_, again := parseICS(t, export.ICS(q, p, stamp))
	for i := range again {
		assert.Equal(t, events[i].uid, again[i].uid)
	}
}

func TestICSFormat(t *testing.T) {
	p := calc.DefaultPolicy()
	// Text that needs every escape, and a long line that needs folding
	// through multi-byte letters.
	p.Employer = `Acme; "Widgets", Inc. \ Ünïcödé`
	p.Title = strings.Repeat("Ingénieur logiciel, stagiaire; ", 6)
	q := quoteOf(t, p, calc.Plan{Start: d("2026-06-22"), End: d("2026-09-21")})
	data := export.ICS(q, p, stamp)

	require.True(t, bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")))
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	folded := false
	for i, l := range lines {
		assert.NotContains(t, l, "\n", "line %d has a bare LF", i)
		assert.LessOrEqual(t, len(l), 75, "line %d is %d octets: %q", i, len(l), l)
		assert.True(t, utf8.ValidString(l), "line %d splits a UTF-8 sequence", i)
		folded = folded || strings.HasPrefix(l, " ")
	}
	assert.True(t, folded, "no line was folded")
	assert.Equal(t, "BEGIN:VCALENDAR", lines[0])
	assert.Contains(t, string(data), `SUMMARY:Acme\; "Widgets"\, Inc. \\ Ünïcödé internship: first day`)

	cal, events := parseICS(t, data)
	assert.Equal(t, `Acme; "Widgets", Inc. \ Ünïcödé internship: first day`, events[0].summary)
	var name string
	for _, cp := range cal.CalendarProperties {
		if cp.IANAToken == "X-WR-CALNAME" {
			name = cp.Value
		}
	}
	assert.Equal(t, strings.TrimSpace(p.Title), name, "the folded name comes back whole")

	// From June 22 to September 21: Independence Day (observed July 3) and
	// Labor Day, the program's end (Sep 13) is not the last day.
	var dates []string
	for _, e := range events {
		dates = append(dates, e.start.String()+" "+e.summary)
	}
	assert.Equal(t, []string{
		"2026-06-22 " + events[0].summary,
		"2026-07-03 Paid holiday: Independence Day",
		"2026-09-07 Paid holiday: Labor Day",
		"2026-09-21 " + strings.Replace(events[0].summary, "first day", "last day", 1),
		"2026-09-21 " + strings.Replace(events[0].summary, "first day", "end of the 3-month commitment", 1),
	}, dates)
}

func TestICSNewlinesAndControls(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Employer = "Line one\r\nline two\x01"
	q := quoteOf(t, p, calc.Plan{Start: d("2026-05-11")})
	data := export.ICS(q, p, stamp)
	assert.Contains(t, string(data), `SUMMARY:Line one\nline two  internship: first day`)
	_, events := parseICS(t, data)
	assert.Equal(t, "Line one\nline two  internship: first day", events[0].summary)
}

func TestICSWithoutCommitment(t *testing.T) {
	p := calc.DefaultPolicy()
	p.CommitmentMonths = 0
	p.Employer = ""
	q := quoteOf(t, p, calc.Plan{Start: d("2026-05-11")})
	_, events := parseICS(t, export.ICS(q, p, stamp))
	require.Len(t, events, 5)
	assert.Equal(t, "Internship: first day", events[0].summary)
	assert.Equal(t, "Internship: last day", events[4].summary)
}

func TestCSVAddsUp(t *testing.T) {
	p := calc.DefaultPolicy()
	for _, plan := range []calc.Plan{
		{Start: d("2026-05-11")},
		{Start: d("2026-05-26"), End: d("2026-08-25"), Rate: dec("47.3333"), HoursPerWeek: dec("45.5")},
		{Start: d("2026-06-22"), End: d("2026-12-31"), Rate: dec("59.9999"), HoursPerWeek: dec("61"), Overtime: calc.Federal},
	} {
		q := quoteOf(t, p, plan)
		var buf bytes.Buffer
		require.NoError(t, export.WriteCSV(&buf, q))
		assert.True(t, strings.HasSuffix(buf.String(), "\r\n"), "RFC 4180 lines end in CRLF")

		rows, err := csv.NewReader(&buf).ReadAll()
		require.NoError(t, err)
		require.Len(t, rows, len(q.Weeks)+2, "header, weeks, total")
		assert.Equal(t, export.CSVHeader(), rows[0])
		total := rows[len(rows)-1]
		assert.Equal(t, "Total", total[0])

		sums := make([]decimal.Decimal, 6)
		for i, row := range rows[1 : len(rows)-1] {
			assert.Equal(t, q.Weeks[i].Start, d(row[0]), "week %d starts on its Monday", i)
			for c := 1; c < 7; c++ {
				v, err := decimal.NewFromString(row[c])
				require.NoError(t, err, "row %d column %d: %q", i, c, row[c])
				sums[c-1] = sums[c-1].Add(v)
			}
		}
		for c := 1; c < 7; c++ {
			want := dec(total[c])
			assert.True(t, sums[c-1].Equal(want), "%s: the weeks add up to %s, the total row says %s", rows[0][c], sums[c-1], want)
		}
		assert.Equal(t, q.Chosen.Gross.StringFixed(2), total[6], "the total is the quote's gross")
		assert.True(t, dec(total[2]).Equal(q.Hours.Worked))
		assert.True(t, dec(total[3]).Equal(q.Hours.Holiday))
	}
}

func d(s string) calc.Date { return calc.MustParseDate(s) }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
