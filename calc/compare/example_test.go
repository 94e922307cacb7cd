package compare_test

import (
	"fmt"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
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
