package calc_test

import (
	"fmt"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// The posting the calculator ships with.
func ExampleDefaultPolicy() {
	p := calc.DefaultPolicy()
	fmt.Println(p.Title)
	fmt.Println("band:", calc.Dollars(p.Band.Min), "to", calc.Dollars(p.Band.Max), "midpoint", calc.Dollars(p.Band.Mid()))
	fmt.Println("program:", p.ProgramWeeks, "weeks; commitment:", p.CommitmentMonths, "months")
	fmt.Println("start dates:", p.StartDates())
	fmt.Println("paid holidays in 2026:", len(p.Observed(2026)))
	// Output:
	// Software Engineering Intern, Ads Creative & Ecosystem (Summer/Fall 2026)
	// band: $45.00 to $60.00 midpoint $52.50
	// program: 12 weeks; commitment: 3 months
	// start dates: [2026-05-11 2026-05-18 2026-05-26 2026-06-08 2026-06-22]
	// paid holidays in 2026: 10
}

// An applicant who starts on May 11 and gives nothing else: the worked
// example of the rules.
func ExampleCompute() {
	start, _ := calc.ParseDate("2026-05-11")
	q, err := calc.Compute(calc.DefaultPolicy(), calc.Plan{Start: start})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("program ends", q.Window.ProgramEnd, "but the commitment runs to", q.Window.CommitmentEnd)
	fmt.Println("workdays:", q.Window.WorkDays)
	for _, h := range q.Holidays {
		fmt.Println("paid holiday:", h.Date, h.Name)
	}
	fmt.Println("hours: worked", q.Hours.Worked, "holiday", q.Hours.Holiday, "paid", q.Hours.Paid)
	for _, e := range q.Band {
		fmt.Println("at", calc.Dollars(e.Rate), "an hour:", calc.Dollars(e.Gross))
	}
	fmt.Println("sick hours:", q.Sick.Hours)
	fmt.Println("verdict:", q.Verdict)
	for _, c := range q.Checks {
		if c.Status == calc.Warn {
			fmt.Println(c.ID+":", c.Message)
		}
	}
	fmt.Println(q.Availability)
	// Output:
	// program ends 2026-08-02 but the commitment runs to 2026-08-10
	// workdays: 60
	// paid holiday: 2026-05-25 Memorial Day
	// paid holiday: 2026-06-19 Juneteenth
	// paid holiday: 2026-07-03 Independence Day
	// hours: worked 456 holiday 24 paid 480
	// at $45.00 an hour: $21,600.00
	// at $52.50 an hour: $25,200.00
	// at $60.00 an hour: $28,800.00
	// sick hours: 56
	// verdict: warn
	// commitment: Your last day, August 2, 2026, falls short of the 3-month commitment the posting asks for, which runs to August 10, 2026. Being available through August 10, 2026 meets it.
	// Available full-time from May 11, 2026 to August 10, 2026.
}

// Overtime under the two rules: 45 hours a week, with Memorial Day in the
// third week.
func ExampleCompute_overtime() {
	start := calc.MustParseDate("2026-05-11")
	for _, rule := range calc.OvertimeRules() {
		q, _ := calc.Compute(calc.DefaultPolicy(), calc.Plan{
			Start: start, HoursPerWeek: decimal.RequireFromString("45"), Overtime: rule,
		})
		fmt.Printf("%-10s overtime %3s h, gross %s\n", rule, q.Hours.Overtime, calc.Dollars(q.Chosen.Gross))
	}
	// Output:
	// california overtime  57 h, gross $29,688.75
	// federal    overtime  45 h, gross $29,373.75
}

// Bad input is an error that names the field, the value, and what would be
// accepted.
func ExampleCompute_errors() {
	start := calc.MustParseDate("2026-05-11")
	_, err := calc.Compute(calc.DefaultPolicy(), calc.Plan{Start: start, End: calc.MustParseDate("2026-05-01")})
	fmt.Println(err)
	for _, fe := range calc.FieldErrors(err) {
		fmt.Println("field:", fe.Field)
	}
	// Output:
	// calc: end "2026-05-01": want a last day on or after the first day, May 11, 2026
	// field: end
}

func ExampleParseDate() {
	d, err := calc.ParseDate("2026-05-11")
	fmt.Println(d, d.Weekday(), err)
	fmt.Println("12 weeks later:", d.AddDays(12*7-1))
	fmt.Println("3 months later:", d.AddMonths(3).AddDays(-1))

	_, err = calc.ParseDate("2026-02-30")
	fmt.Println(err)
	_, err = calc.ParseDate("05/11/2026")
	fmt.Println(err)
	// Output:
	// 2026-05-11 Monday <nil>
	// 12 weeks later: 2026-08-02
	// 3 months later: 2026-08-10
	// calc: parsing date "2026-02-30": February 2026 has no day 30
	// calc: parsing date "05/11/2026": want the form YYYY-MM-DD, like 2026-05-11
}

// Months are added the way a commitment is counted: the day is clamped to
// the end of a shorter month.
func ExampleDate_AddMonths() {
	fmt.Println(calc.MustParseDate("2026-08-31").AddMonths(3))
	// Output:
	// 2026-11-30
}

// Another posting's terms, loaded from JSON.
func ExampleParsePolicy() {
	p, err := calc.ParsePolicy([]byte(`{
		"title": "Data Intern", "band": {"min": "30", "max": "36"},
		"programWeeks": 10, "commitmentMonths": 0, "hoursPerWeek": "40", "hoursPerDay": "8",
		"seasons": [{"name": "Summer 2027", "from": "2027-06-01", "to": "2027-06-30", "startDates": ["2027-06-07"]}],
		"holidays": [{"name": "Independence Day", "month": 7, "day": 4, "observed": "nearest-weekday"}],
		"sick": {"firstHalfHours": "24", "secondHalfHours": "24"},
		"housing": {"offered": false},
		"maxApplications": 0
	}`))
	fmt.Println(p.Title, calc.Dollars(p.Band.Mid()), err)

	// Every problem is reported, each naming its field, so that a form (or
	// someone editing the file) can fix them all at once.
	_, err = calc.ParsePolicy([]byte(`{"title": "Broken", "band": {"min": "60", "max": "45"}, "programWeeks": "twelve", "sesons": []}`))
	for _, fe := range calc.FieldErrors(err) {
		fmt.Printf("%s: %q, want %s\n", fe.Field, fe.Value, fe.Want)
	}
	// Output:
	// Data Intern $33.00 <nil>
	// policy.programWeeks: "twelve", want a whole number
	// policy.sesons: "[]", want no such field: only the fields of the posting format (calc/policy.json, /web/policy-sample.json)
	// policy.band.max: "45", want a rate at least band.min (60)
	// policy.hoursPerWeek: "0", want hours above 0 and at most 168, with at most 2 decimal places
	// policy.hoursPerDay: "0", want hours above 0 and at most 24, with at most 2 decimal places
	// policy.seasons: "[]", want at least one season
}

func ExampleDollars() {
	fmt.Println(calc.Dollars(decimal.RequireFromString("23562.735")))
	// Output:
	// $23,562.74
}

// An applicant starts from the posting's first published start date, and
// every other field "not given".
func ExampleDefaultPlan() {
	p := calc.DefaultPolicy()
	plan := calc.DefaultPlan(p)
	q, err := calc.Compute(p, plan)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plan.Start, "to", q.Window.End, "at", calc.Dollars(q.Chosen.Rate), "an hour:", calc.Dollars(q.Chosen.Gross))
	// Output:
	// 2026-05-11 to 2026-08-02 at $52.50 an hour: $25,200.00
}
