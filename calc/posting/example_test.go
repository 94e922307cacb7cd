package posting_test

import (
	"fmt"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/posting"
)

// A posting pasted from a careers page, markdown and all, read into the
// terms the calculator computes with. Every term says where it came from,
// or what was assumed because the posting is silent.
func ExampleRead() {
	text := `# Data Engineering Intern (Summer 2026)

**Location:** Seattle, WA

## About Northwind Analytics
- **Pay:** $1,920 per week, 40 hours per week
- This is a 12-week program. Start dates: June 1 or June 15, 2026.
- Interns are paid for Memorial Day, Juneteenth, Independence Day and Labor Day.
- Interns receive 24 hours of paid sick leave.
`
	r, err := posting.Read(text, posting.Options{Year: 2026})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := r.Policy
	fmt.Println(p.Title, "at", p.Employer, "in", p.Location, "("+p.State+")")
	fmt.Println("band:", calc.Dollars(p.Band.Min), "an hour;", term(r, "band").Note)
	fmt.Println("program:", p.ProgramWeeks, "weeks; starts", p.StartDates())
	fmt.Println("holidays:", len(p.Holidays), "named;", "sick:", p.Sick.FirstHalfHours, "hours")

	// The line each term rests on, and where it is in the text as pasted.
	band := term(r, "band")
	fmt.Printf("the band comes from %q, text[%d:%d] = %q\n", band.Line, band.Start, band.End, text[band.Start:band.End])

	// What the posting does not say is assumed, and said so.
	for _, t := range r.Terms {
		if t.Assumed {
			fmt.Println("assumed", t.Field+":", t.Note)
		}
	}
	// Output:
	// Data Engineering Intern (Summer 2026) at Northwind Analytics in Seattle, WA (WA)
	// band: $48.00 an hour; Converted from $1,920 a week at 40 hours a week.
	// program: 12 weeks; starts [2026-06-01 2026-06-15]
	// holidays: 4 named; sick: 24 hours
	// the band comes from "Pay: $1,920 per week, 40 hours per week", text[101:142] = "Pay:** $1,920 per week, 40 hours per week"
	// assumed commitment: The posting asks for no commitment beyond the program.
	// assumed housing: The posting mentions no housing allowance: none is counted.
	// assumed applications: The posting sets no limit on applications.
	// assumed enrolled: The posting does not say which students may apply: it is taken to ask for current students.
	// assumed discipline: The posting names no field of study.
}

// A posting that pays by degree level offers a choice: the reader uses the
// first tier until the applicant picks theirs, and says so in the
// assumptions; WithTier records the choice.
func ExampleReading_WithTier() {
	text := `Machine Learning Intern - Summer 2026
Austin, TX
Hourly pay depends on the degree you are pursuing:
- Undergraduate: $40 - $45/hr
- Master's: $45 - $50/hr
- PhD: $55 - $62/hr
`
	r, err := posting.Read(text, posting.Options{Year: 2026})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, t := range r.Tiers {
		fmt.Println(i, t.Label, t.Band.Min, "to", t.Band.Max)
	}
	fmt.Println("band until you choose:", r.Policy.Band.Min, "to", r.Policy.Band.Max)
	fmt.Println(last(r.Policy.Assumptions, "tier"))

	phd := r.WithTier(2)
	fmt.Println("band for a PhD student:", phd.Policy.Band.Min, "to", phd.Policy.Band.Max)
	fmt.Println(last(phd.Policy.Assumptions, "tier"))
	// Output:
	// 0 Undergraduate 40 to 45
	// 1 Master's 45 to 50
	// 2 PhD 55 to 62
	// band until you choose: 40 to 45
	// The posting offers 3 pay tiers (Undergraduate, Master's and PhD); the first, Undergraduate ($40 to $45 an hour), is used until you choose yours.
	// band for a PhD student: 55 to 62
	// Pay is the PhD tier ($55 to $62 an hour), chosen from the posting's 3 tiers (Undergraduate, Master's and PhD).
}

// last returns the last of ss that mentions word.
func last(ss []string, word string) string {
	out := ""
	for _, s := range ss {
		for i := 0; i+len(word) <= len(s); i++ {
			if s[i:i+len(word)] == word {
				out = s
				break
			}
		}
	}
	return out
}
