package compare_test

import (
	"fmt"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// The published start dates side by side, with the best figure of each row.
func ExampleQuotes() {
	p := calc.DefaultPolicy()
	var quotes []calc.Quote
	for _, plan := range compare.PublishedStarts(p, calc.Plan{Rate: decimal.RequireFromString("50")}) {
		q, _ := calc.Compute(p, plan)
		quotes = append(quotes, q)
	}
	c := compare.Quotes(quotes)
	for _, id := range []compare.RowID{compare.RowProgramEnd, compare.RowHolidays, compare.RowGross} {
		row, _ := c.Row(id)
		cells := []string{fmt.Sprintf("%-11s", id)}
		for _, cell := range row.Cells {
			v := cell.Date.Format("Jan 2")
			if cell.Date.IsZero() {
				v = calc.Dollars(cell.Amount)
				if id == compare.RowHolidays {
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

// Two offers in two states, with what each costs to take: the cash each
// leaves by its last day, and the comparison as a CSV file.
func ExampleOffers() {
	la := calc.DefaultPolicy()
	seattle := calc.DefaultPolicy()
	seattle.Title, seattle.Employer, seattle.Location, seattle.State = "Data Intern", "Example Co.", "Seattle, Washington", "WA"
	seattle.CommitmentMonths = 0

	c, err := compare.Offers([]compare.Offer{
		{Policy: la, Plan: calc.Plan{Start: calc.MustParseDate("2026-05-11")}, Profile: tax.ProfileFor(la),
			Rent: decimal.RequireFromString("2100")},
		{Policy: seattle, Plan: calc.Plan{Start: calc.MustParseDate("2026-05-11"), Rate: decimal.RequireFromString("50")},
			Profile: tax.ProfileFor(seattle), Rent: decimal.RequireFromString("1900"), Travel: decimal.RequireFromString("600")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Labels[1])
	for _, s := range c.Summaries {
		fmt.Printf("%s gross, %s net by %s, %s rent and travel: %s left\n", calc.Dollars(s.Gross),
			calc.Dollars(s.NetByLastDay), s.Quote.Window.End.Format("Jan 2"), calc.Dollars(s.Costs), calc.Dollars(s.Left))
	}

	// The CSV file marks the best offers of a row in a column of its own.
	c.Labels = []string{"Los Angeles", "Seattle"} // shorter headings
	var b strings.Builder
	c.WriteCSV(&b)
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// Data Intern, Example Co., Seattle, Washington
	// $25,200.00 gross, $17,937.96 net by Aug 2, $5,758.06 rent and travel: $12,179.90 left
	// $24,000.00 gross, $18,588.78 net by Aug 2, $5,809.68 rent and travel: $12,779.10 left
	// Row,Los Angeles,Seattle,Better,Best
	// gross,25200.00,24000.00,more,1
	// pay-frequency,biweekly,biweekly,none,
	// net-per-paycheck,2989.66,3098.13,more,2
	// net-by-last-day,17937.96,18588.78,more,2
	// housing-after-tax,0.00,0.00,more,
	// costs,5758.06,5809.68,fewer,1
	// left,12179.90,12779.10,more,2
	// refund,3967.64,2449.28,none,
	// sick-hours,56,56,more,
	// holidays,3,3,more,
	// verdict,warn,pass,safer,2
}

// One offer on its own: the shipped posting from May 11 at $50 an hour,
// with $2,100 a month of rent, summarized as a comparison's column is.
func ExampleSummarize() {
	p := calc.DefaultPolicy()
	s, err := compare.Summarize(compare.Offer{
		Policy:  p,
		Plan:    calc.Plan{Start: calc.MustParseDate("2026-05-11"), Rate: decimal.RequireFromString("50")},
		Profile: tax.ProfileFor(p),
		Rent:    decimal.RequireFromString("2100"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("gross:", calc.Dollars(s.Gross))
	fmt.Println("net a check:", calc.Dollars(s.NetPerPaycheck), s.Frequency)
	fmt.Println("net by", s.Quote.Window.End.Format("January 2")+":", calc.Dollars(s.NetByLastDay))
	fmt.Println("rent:", calc.Dollars(s.Rent))
	fmt.Println("left:", calc.Dollars(s.Left))
	fmt.Println("back next spring:", calc.Dollars(s.Refund))
	// Output:
	// gross: $24,000.00
	// net a check: $2,872.02 biweekly
	// net by August 2: $17,232.12
	// rent: $5,758.06
	// left: $11,474.06
	// back next spring: $3,724.88
}
