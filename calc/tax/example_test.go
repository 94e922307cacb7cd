package tax_test

import (
	"fmt"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// The spec's public worked example: $45 an hour, 40 hours a week, 12 weeks
// from May 11, 2026, paid biweekly, one allowance on the DE 4 and no other
// income. Payroll withholds from each check as if it were earned all year,
// so most of the federal and California income tax comes back.
func ExampleCompute() {
	q, err := calc.Compute(calc.DefaultPolicy(), calc.Plan{
		Start:        calc.MustParseDate("2026-05-11"),
		Rate:         decimal.NewFromInt(45),
		HoursPerWeek: decimal.NewFromInt(40),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	est, err := tax.Compute(q, tax.Profile{Frequency: tax.Biweekly, Allowances: 1})
	if err != nil {
		fmt.Println(err)
		return
	}

	c := est.Paychecks[0]
	fmt.Println(len(est.Paychecks), "checks; the first for", c.Start, "to", c.End)
	fmt.Println("gross         ", calc.Dollars(c.Gross))
	fmt.Println("federal       ", calc.Dollars(c.Federal))
	fmt.Println("social sec.   ", calc.Dollars(c.SocialSecurity))
	fmt.Println("medicare      ", calc.Dollars(c.Medicare))
	fmt.Println("california    ", calc.Dollars(c.California))
	fmt.Println("sdi           ", calc.Dollars(c.SDI))
	fmt.Println("net           ", calc.Dollars(c.Net))
	fmt.Println("net for the window", calc.Dollars(est.Net))

	fmt.Println(est.Year, "income tax: withheld, owed, refund")
	fmt.Println("federal   ", calc.Dollars(est.Withheld.Federal), calc.Dollars(est.Owed.Federal), calc.Dollars(est.Refund.Federal))
	provisional := ""
	if est.Table.CaliforniaOwed.Provisional {
		provisional = " (provisional)"
	}
	fmt.Println("california", calc.Dollars(est.Withheld.California), calc.Dollars(est.Owed.California), calc.Dollars(est.Refund.California)+provisional)
	fmt.Println("comes back", calc.Dollars(est.Refund.Total()))

	// Output:
	// 6 checks; the first for 2026-05-11 to 2026-05-24
	// gross          $3,600.00
	// federal        $452.38
	// social sec.    $223.20
	// medicare       $52.20
	// california     $188.68
	// sdi            $46.80
	// net            $2,636.74
	// net for the window $15,820.44
	// 2026 income tax: withheld, owed, refund
	// federal    $2,714.28 $550.00 $2,164.28
	// california $1,132.08 $54.09 $1,077.99 (provisional)
	// comes back $3,242.27
}

// What the part-year employment method would withhold instead, on the
// employee's written request: the weeks since January 1 without work count,
// so far less federal tax is withheld and less comes back.
func ExampleCompute_partYear() {
	q, err := calc.Compute(calc.DefaultPolicy(), calc.Plan{
		Start: calc.MustParseDate("2026-05-11"),
		Rate:  decimal.NewFromInt(45),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	est, err := tax.Compute(q, tax.Profile{Allowances: 1, ShowPartYear: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	py := est.PartYear
	fmt.Println(py.PriorDays, "days before the first day count as", py.PriorPeriods, "biweekly periods")
	for i, c := range py.Paychecks {
		fmt.Println(c.PayDate, calc.Dollars(c.Federal), "instead of", calc.Dollars(est.Paychecks[i].Federal))
	}
	fmt.Println("federal withheld", calc.Dollars(py.Withheld.Federal), "instead of", calc.Dollars(est.Withheld.Federal))
	fmt.Println("federal refund  ", calc.Dollars(py.Refund.Federal), "instead of", calc.Dollars(est.Refund.Federal))

	// Output:
	// 130 days before the first day count as 9.29 biweekly periods
	// 2026-05-24 $0.00 instead of $452.38
	// 2026-06-07 $21.15 instead of $452.38
	// 2026-06-21 $298.08 instead of $452.38
	// 2026-07-05 $298.08 instead of $452.38
	// 2026-07-19 $344.89 instead of $452.38
	// 2026-08-02 $348.15 instead of $452.38
	// federal withheld $1,310.35 instead of $2,714.28
	// federal refund   $760.35 instead of $2,164.28
}
