package tax_test

import (
	"fmt"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// The spec's public worked example: $45 an hour, 40 hours a week, 12 weeks
// from May 11, 2026, paid biweekly, in California, one allowance on the DE
// 4 and no other income. Payroll withholds from each check as if it were
// earned all year, so most of the income tax comes back.
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
	// The posting's state (CA) and the usual single filer's one allowance.
	est, err := tax.Compute(q, tax.ProfileFor(calc.DefaultPolicy()))
	if err != nil {
		fmt.Println(err)
		return
	}

	c := est.Paychecks[0]
	fmt.Println(len(est.Paychecks), "checks; the first for", c.Start, "to", c.End, "pays", calc.Dollars(c.Gross))
	for _, l := range est.Lines() {
		fmt.Printf("%-22s %9s\n", est.Label(l), calc.Dollars(c.Taxes[l]))
	}
	fmt.Println("net a check            ", calc.Dollars(c.Net))
	fmt.Println("net for the window     ", calc.Dollars(est.Net))

	// The year: the return owes much less than was withheld.
	y := est.Years[0]
	fmt.Println(y.Year, "federal tax owed on", calc.Dollars(y.Taxable), "of taxable income:", calc.Dollars(y.Owed[tax.FederalIncome]),
		"(the Tax Table's; the rate schedule gives", calc.Dollars(y.ScheduleTax)+")")
	for _, l := range []tax.Line{tax.FederalIncome, tax.StateIncome} {
		fmt.Println(est.Label(l)+": withheld", calc.Dollars(est.Withheld[l]), "owed", calc.Dollars(est.Owed[l]), "back", calc.Dollars(est.Refund[l]))
	}
	fmt.Println("comes back", calc.Dollars(est.Refund.Total()))

	// Output:
	// 6 checks; the first for 2026-05-11 to 2026-05-24 pays $3,600.00
	// Federal income tax       $452.38
	// Social Security          $223.20
	// Medicare                  $52.20
	// California income tax    $188.68
	// CA SDI                    $46.80
	// net a check             $2,636.74
	// net for the window      $15,820.44
	// 2026 federal tax owed on $5,500.00 of taxable income: $553.00 (the Tax Table's; the rate schedule gives $550.00)
	// Federal income tax: withheld $2,714.28 owed $553.00 back $2,161.28
	// California income tax: withheld $1,132.08 owed $54.00 back $1,078.08
	// comes back $3,239.36
}

// The same job in Seattle, for an F-1 student from China: no Social
// Security or Medicare, Washington's premiums and no income tax, federal
// withholding with the nonresident adjustment, and no standard deduction,
// less the $5,000 the treaty exempts.
func ExampleCompute_nonresident() {
	p := calc.DefaultPolicy()
	p.State = "WA"
	q, _ := calc.Compute(p, calc.Plan{Start: calc.MustParseDate("2026-05-11"), Rate: decimal.NewFromInt(45)})
	prof := tax.ProfileFor(p)
	prof.Nonresident, prof.Country, prof.TreatyExempt = true, "CN", decimal.NewFromInt(5000)
	est, err := tax.Compute(q, prof)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := est.Paychecks[0]
	for _, l := range est.Lines() {
		fmt.Printf("%-18s %8s\n", est.Label(l), calc.Dollars(c.Taxes[l]))
	}
	y := est.Years[0]
	fmt.Println("taxable", calc.Dollars(y.Taxable), "owed", calc.Dollars(y.Owed[tax.FederalIncome]), "back", calc.Dollars(y.Refund[tax.FederalIncome]))
	// Output:
	// Federal income tax  $588.61
	// Social Security       $0.00
	// Medicare              $0.00
	// WA Cares             $20.88
	// WA Paid Leave        $29.06
	// taxable $16,600.00 owed $1,747.00 back $1,784.66
}

// What the part-year employment method would withhold instead, on the
// employee's written request (Letter writes it): the weeks since January 1
// without work count, so far less federal tax is withheld.
func ExampleCompute_partYear() {
	q, err := calc.Compute(calc.DefaultPolicy(), calc.Plan{Start: calc.MustParseDate("2026-05-11"), Rate: decimal.NewFromInt(45)})
	if err != nil {
		fmt.Println(err)
		return
	}
	prof := tax.ProfileFor(calc.DefaultPolicy())
	prof.ShowPartYear = true
	est, _ := tax.Compute(q, prof)
	py := est.PartYear
	fmt.Println(py.PriorDays, "days before the first day count as pay periods without wages")
	for i, c := range py.Paychecks {
		fmt.Println(c.PayDate, calc.Dollars(c.Taxes[tax.FederalIncome]), "instead of", calc.Dollars(est.Paychecks[i].Taxes[tax.FederalIncome]))
	}
	fmt.Println("federal withheld", calc.Dollars(py.Withheld[tax.FederalIncome]), "instead of", calc.Dollars(est.Withheld[tax.FederalIncome]))
	// Output:
	// 130 days before the first day count as pay periods without wages
	// 2026-05-24 $0.00 instead of $452.38
	// 2026-06-07 $21.15 instead of $452.38
	// 2026-06-21 $298.08 instead of $452.38
	// 2026-07-05 $298.08 instead of $452.38
	// 2026-07-19 $344.89 instead of $452.38
	// 2026-08-02 $348.15 instead of $452.38
	// federal withheld $1,310.35 instead of $2,714.28
}

// Where the work is decides the state's lines: the same plan in Seattle
// withholds no state income tax, and Washington's two premiums instead of
// California's SDI.
func ExampleProfileFor() {
	p := calc.DefaultPolicy()
	p.State, p.Location = "WA", "Seattle, Washington"
	q, err := calc.Compute(p, calc.Plan{Start: calc.MustParseDate("2026-05-11"), Rate: decimal.RequireFromString("45")})
	if err != nil {
		fmt.Println(err)
		return
	}
	est, err := tax.Compute(q, tax.ProfileFor(p))
	if err != nil {
		fmt.Println(err)
		return
	}
	check := est.Paychecks[1]
	fmt.Println("a check of", calc.Dollars(check.Gross), "paid", check.PayDate)
	for _, l := range est.Lines() {
		fmt.Printf("%-22s %s\n", est.Label(l), calc.Dollars(check.Taxes[l]))
	}
	fmt.Println("net", calc.Dollars(check.Net))
	// Output:
	// a check of $3,600.00 paid 2026-06-07
	// Federal income tax     $452.38
	// Social Security        $223.20
	// Medicare               $52.20
	// WA Cares               $20.88
	// WA Paid Leave          $29.06
	// net $2,822.28
}
