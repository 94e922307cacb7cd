package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/offercalc/offercalc/calc"
)

// An EventKind says what an Event marks. Events lists the events of one
// day in the order of the constants.
type EventKind string

const (
	FirstDay      EventKind = "first-day"
	Holiday       EventKind = "holiday"
	LastDay       EventKind = "last-day"
	CommitmentEnd EventKind = "commitment-end"
)

// An Event is one day of a quote worth a place in a calendar: the first day
// of work, each paid holiday in the window, the last day, and the last day
// of the commitment the posting asks for.
type Event struct {
	Date        calc.Date
	Kind        EventKind
	Summary     string // a calendar entry's title
	Description string
}

// Events returns the quote's calendar events for a posting, in date order
// (events of one day in the order of the EventKind constants). p gives the
// names and the lengths the summaries mention; it should be the policy the
// quote was computed with.
func Events(q calc.Quote, p calc.Policy) []Event {
	w := q.Window
	if w.Start.IsZero() {
		return nil
	}
	who := "Internship"
	if e := strings.TrimSpace(p.Employer); e != "" {
		who = e + " internship"
	}
	posting := strings.TrimSpace(p.Title)
	if e := strings.TrimSpace(p.Employer); e != "" {
		posting += ", " + e
	}
	if l := strings.TrimSpace(p.Location); l != "" {
		posting += ", " + l
	}
	out := []Event{{
		Date:        w.Start,
		Kind:        FirstDay,
		Summary:     who + ": first day",
		Description: posting + ". " + q.Availability,
	}}
	for _, h := range q.Holidays {
		desc := "Paid holiday: " + h.Hours.String() + " hours at the base rate, not worked."
		if !h.Actual.IsZero() {
			desc += " Observed; the holiday itself is " + h.Actual.Format("Monday, January 2") + "."
		}
		out = append(out, Event{Date: h.Date, Kind: Holiday, Summary: "Paid holiday: " + h.Name, Description: desc})
	}
	last := "The last day of your plan."
	if w.End == w.ProgramEnd {
		last = "The last day of the " + strconv.Itoa(p.ProgramWeeks) + "-week program."
	}
	out = append(out, Event{Date: w.End, Kind: LastDay, Summary: who + ": last day", Description: last})
	if !w.CommitmentEnd.IsZero() {
		out = append(out, Event{
			Date:    w.CommitmentEnd,
			Kind:    CommitmentEnd,
			Summary: who + ": end of the " + strconv.Itoa(p.CommitmentMonths) + "-month commitment",
			Description: "The posting asks for at least " + plural(p.CommitmentMonths, "month") + ", to " + long(w.CommitmentEnd) +
				"; the program itself ends " + long(w.ProgramEnd) + ".",
		})
	}
	rank := map[EventKind]int{FirstDay: 0, Holiday: 1, LastDay: 2, CommitmentEnd: 3}
	for i := 1; i < len(out); i++ { // insertion sort: stable, and the list is short
		for j := i; j > 0; j-- {
			a, b := out[j-1], out[j]
			if c := a.Date.Compare(b.Date); c < 0 || c == 0 && rank[a.Kind] <= rank[b.Kind] {
				break
			}
			out[j-1], out[j] = b, a
		}
	}
	return out
}

// ICS returns the quote's Events as an iCalendar file (RFC 5545) that
// calendar apps import: one all-day VEVENT a day (DTSTART;VALUE=DATE and an
// exclusive DTEND the day after), each with a UID that stays the same for
// the same plan and posting, so importing twice updates rather than
// duplicates. stamp is the DTSTAMP, the time the file is made. Lines end
// in CRLF and are folded at 75 octets; text is escaped.
func ICS(q calc.Quote, p calc.Policy, stamp time.Time) []byte {
	var b icsWriter
	b.line("BEGIN:VCALENDAR")
	b.line("VERSION:2.0")
	b.line("PRODID:-//offercalc//Internship offer calculator//EN")
	b.line("CALSCALE:GREGORIAN")
	b.line("METHOD:PUBLISH")
	name := strings.TrimSpace(p.Title)
	if name == "" {
		name = "Internship"
	}
	b.line("X-WR-CALNAME:" + icsText(name))
	dtstamp := stamp.UTC().Format("20060102T150405Z")
	id := uidPart(p.ID)
	if id == "" {
		id = "posting"
	}
	for _, e := range Events(q, p) {
		b.line("BEGIN:VEVENT")
		b.line("UID:" + string(e.Kind) + "-" + icsDate(e.Date) + "-" + icsDate(q.Window.Start) + "-" + id + "@offercalc")
		b.line("DTSTAMP:" + dtstamp)
		b.line("DTSTART;VALUE=DATE:" + icsDate(e.Date))
		b.line("DTEND;VALUE=DATE:" + icsDate(e.Date.AddDays(1)))
		b.line("SUMMARY:" + icsText(e.Summary))
		if e.Description != "" {
			b.line("DESCRIPTION:" + icsText(e.Description))
		}
		b.line("TRANSP:TRANSPARENT")
		b.line("END:VEVENT")
	}
	b.line("END:VCALENDAR")
	return b.Bytes()
}

// icsWriter writes content lines, folded and ended as RFC 5545 §3.1 says.
type icsWriter struct{ bytes.Buffer }

// line writes one content line, folded so that no line is longer than 75
// octets (the CRLF not counted): each continuation starts with a space. A
// fold never splits a UTF-8 sequence.
func (b *icsWriter) line(s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space takes one octet
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}

// icsText escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon,
// comma and newline; other control characters, which TEXT does not allow,
// become spaces.
func icsText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			// part of a CRLF newline, or alone: the \n, if any, says it
		case r < 0x20 && r != '\t' || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func icsDate(d calc.Date) string { return strings.ReplaceAll(d.String(), "-", "") }

// uidPart keeps the letters, digits, dots and dashes of a policy id, so a
// UID is plain ASCII whatever the id holds.
func uidPart(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CSVHeader returns the header row of WriteCSV, a new slice each call.
func CSVHeader() []string {
	return []string{"Week of", "Workdays", "Worked hours", "Holiday hours", "Overtime hours (1.5x)", "Double-time hours (2x)", "Gross (USD)"}
}

// WriteCSV writes the quote's week-by-week breakdown at the chosen rate as
// CSV (RFC 4180: CRLF line ends, fields quoted where needed): a header
// (CSVHeader), one row a Monday–Sunday workweek (the Monday as YYYY-MM-DD,
// the workdays, the worked, holiday, 1.5x and 2x hours, and the gross in
// dollars and cents), and a last row "Total". The weeks' gross figures are
// Week.GrossCents, so they add up exactly to the total, the chosen gross
// rounded to cents.
func WriteCSV(w io.Writer, q calc.Quote) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	rows := make([][]string, 0, len(q.Weeks)+2)
	rows = append(rows, CSVHeader())
	for _, wk := range q.Weeks {
		rows = append(rows, []string{
			wk.Start.String(),
			strconv.Itoa(wk.WorkDays),
			wk.Worked.String(),
			wk.Holiday.String(),
			wk.Overtime.String(),
			wk.Double.String(),
			wk.GrossCents.StringFixed(2),
		})
	}
	h := q.Hours
	rows = append(rows, []string{
		"Total",
		strconv.Itoa(q.Window.WorkDays),
		h.Worked.String(),
		h.Holiday.String(),
		h.Overtime.String(),
		h.Double.String(),
		q.Chosen.Gross.StringFixed(2),
	})
	return cw.WriteAll(rows) // WriteAll flushes and reports the first error
}

func long(d calc.Date) string { return d.Format("January 2, 2006") }

func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}
