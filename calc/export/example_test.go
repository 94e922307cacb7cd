package export_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/export"
	"github.com/shopspring/decimal"
)

// The dates of a plan, for a calendar.
func ExampleEvents() {
	p := calc.DefaultPolicy()
	q, _ := calc.Compute(p, calc.Plan{Start: calc.MustParseDate("2026-05-11")})
	for _, e := range export.Events(q, p) {
		fmt.Println(e.Date, e.Summary)
	}
	// Output:
	// 2026-05-11 TikTok internship: first day
	// 2026-05-25 Paid holiday: Memorial Day
	// 2026-06-19 Paid holiday: Juneteenth
	// 2026-07-03 Paid holiday: Independence Day
	// 2026-08-02 TikTok internship: last day
	// 2026-08-10 TikTok internship: end of the 3-month commitment
}

// An iCalendar file of the same dates: all-day events, CRLF line ends.
func ExampleICS() {
	p := calc.DefaultPolicy()
	q, _ := calc.Compute(p, calc.Plan{Start: calc.MustParseDate("2026-05-11")})
	data := export.ICS(q, p, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	lines := strings.Split(string(data), "\r\n")
	fmt.Println(strings.Join(lines[:5], "\n"))
	fmt.Println("...")
	fmt.Println(strings.Join(lines[8:16], "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//offercalc//Internship offer calculator//EN
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// ...
	// UID:first-day-20260511-20260511-tiktok-swe-intern-ads-creative-2026@offerca
	//  lc
	// DTSTAMP:20260302T090000Z
	// DTSTART;VALUE=DATE:20260511
	// DTEND;VALUE=DATE:20260512
	// SUMMARY:TikTok internship: first day
	// DESCRIPTION:Software Engineering Intern\, Ads Creative & Ecosystem (Summer/
	//  Fall 2026)\, TikTok\, Los Angeles\, California. Available full-time from M
}

// The weeks as CSV: each week's gross is rounded so that the rows add up
// to the total row, to the cent.
func ExampleWriteCSV() {
	p := calc.DefaultPolicy()
	q, _ := calc.Compute(p, calc.Plan{
		Start: calc.MustParseDate("2026-06-22"),
		End:   calc.MustParseDate("2026-07-19"),
		Rate:  decimal.RequireFromString("47.3333"),
	})
	var buf strings.Builder
	export.WriteCSV(&buf, q)
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n")) // the lines end in CRLF
	// Output:
	// Week of,Workdays,Worked hours,Holiday hours,Overtime hours (1.5x),Double-time hours (2x),Gross (USD)
	// 2026-06-22,5,40,0,0,0,1893.33
	// 2026-06-29,5,32,8,0,0,1893.33
	// 2026-07-06,5,40,0,0,0,1893.34
	// 2026-07-13,5,40,0,0,0,1893.33
	// Total,20,152,8,0,0,7573.33
}
