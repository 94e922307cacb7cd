package calc_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// The dates of a plan, for a calendar.
func ExampleQuote_Events() {
	p := calc.DefaultPolicy()
	q, _ := calc.Compute(p, calc.Plan{Start: calc.MustParseDate("2026-05-11")})
	for _, e := range q.Events(p) {
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
func ExampleQuote_ICS() {
	p := calc.DefaultPolicy()
	q, _ := calc.Compute(p, calc.Plan{Start: calc.MustParseDate("2026-05-11")})
	data := q.ICS(p, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
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
func ExampleQuote_WriteCSV() {
	p := calc.DefaultPolicy()
	q, _ := calc.Compute(p, calc.Plan{
		Start: calc.MustParseDate("2026-06-22"),
		End:   calc.MustParseDate("2026-07-19"),
		Rate:  decimal.RequireFromString("47.3333"),
	})
	var buf strings.Builder
	q.WriteCSV(&buf)
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n")) // the lines end in CRLF
	// Output:
	// Week of,Workdays,Worked hours,Holiday hours,Overtime hours (1.5x),Double-time hours (2x),Gross (USD)
	// 2026-06-22,5,40,0,0,0,1893.33
	// 2026-06-29,5,32,8,0,0,1893.33
	// 2026-07-06,5,40,0,0,0,1893.34
	// 2026-07-13,5,40,0,0,0,1893.33
	// Total,20,152,8,0,0,7573.33
}

// The published start dates side by side, with the best figure of each row.
func ExampleCompare() {
	p := calc.DefaultPolicy()
	var quotes []calc.Quote
	for _, plan := range p.PublishedStarts(calc.Plan{Rate: decimal.RequireFromString("50")}) {
		q, _ := calc.Compute(p, plan)
		quotes = append(quotes, q)
	}
	c := calc.Compare(quotes)
	for _, id := range []string{calc.RowProgramEnd, calc.RowHolidays, calc.RowGross} {
		row, _ := c.Row(id)
		cells := []string{fmt.Sprintf("%-11s", id)}
		for _, cell := range row.Cells {
			v := cell.Date.Format("Jan 2")
			if cell.Date.IsZero() {
				v = calc.Dollars(cell.Amount)
				if id == calc.RowHolidays {
					v = cell.Amount.String()
				}
			}
			if cell.Best {
				v += "*"
			}
			cells = append(cells, v)
		}
		fmt.Println(strings.Join(cells, " | "))
	}
	// Output:
	// program-end | Aug 2* | Aug 9 | Aug 17 | Aug 30 | Sep 13
	// holidays    | 3* | 3* | 2 | 2 | 2
	// gross       | $24,000.00 | $24,000.00 | $24,000.00 | $24,000.00 | $24,000.00
}

// Another posting's terms in a link: its JSON in base64url.
func ExampleDecodePolicy() {
	p := calc.DefaultPolicy()
	p.Title, p.Employer = "Data Intern", "Example Co."
	data, _ := json.Marshal(p)
	enc, _ := calc.EncodePolicy(data)
	link := "/widget?" + url.Values{calc.KeyPolicy: {enc}, calc.KeyStart: {"2026-05-18"}}.Encode()

	u, _ := url.Parse(link)
	got, err := calc.DecodePolicy(u.Query().Get(calc.KeyPolicy))
	fmt.Println(got.Title, "·", got.Employer, err)

	_, err = calc.DecodePolicy("not*base64")
	fmt.Println(err)
	// Output:
	// Data Intern · Example Co. <nil>
	// calc: policy "not*base64": want a posting's terms as JSON in base64url: the letters A–Z and a–z, the digits, - and _ (byte 4 is not)
}

// A policy file on the same site is fetched; one elsewhere is refused.
func ExamplePolicyURL() {
	page, _ := url.Parse("https://calc.example/widget?start=2026-05-11")
	u, err := calc.PolicyURL(page, "/web/policy-sample.json")
	fmt.Println(u, err)
	_, err = calc.PolicyURL(page, "https://elsewhere.example/policy.json")
	fmt.Println(err)
	// Output:
	// https://calc.example/web/policy-sample.json <nil>
	// calc: policyUrl "https://elsewhere.example/policy.json": want an address on this site (https://calc.example), not another: the calculator fetches nothing from elsewhere
}
