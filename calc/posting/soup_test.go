package posting_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/posting"
)

// Phrases the rules read, with holes for numbers, dates and places.
var soup = []string{
	"Pay: $# - $#/hr", "$#,### per week", "$#,### a month", "Hourly Rate:\n$# - $#", "between $# and $# per hour",
	"# USD - # USD", "US$#/hour", "$#k a year", "salary $###,### per year", "Undergraduate: $#/hr", "PhD: $# - $#/hr",
	"This is a #-week program.", "# to # weeks", "commit to at least a #-month internship", "a minimum of # months",
	"a #-month co-op", "# hours per week", "full-time (# hrs/week)", "# hours a day", "Summer #", "Fall #", "Winter",
	"Spring # start dates:", "Start dates: ", "- M #, #", "#/#/#", "#-#-#", "starting M #", "Monday, M #, #",
	"# paid holidays", "Memorial Day, Juneteenth and the day after Thanksgiving", "Interns are not eligible for paid holidays.",
	"# hours of paid sick leave", "# days of sick leave", "sick: # hour for every # hours worked, up to # hours",
	"# hours if hired in the first half of the year, # if hired in the second half",
	"housing stipend", "no housing", "fully remote interns are not eligible for housing", "relocation for all interns",
	"apply to a maximum of # positions", "one application", "Location: P", "P", "Remote - US", "This is a fully remote internship.",
	"At Acme, we", "About Acme Corp", "Company: Initech", "Data Intern — Acme", "Title: Intern",
	"Currently pursuing a degree", "<li>", "</p>", "&amp;", "**", "| a | b |", "|---|", "```", "\u2013", "\u00a0", "\r\n", ". ", "\n",
}

var holes = map[byte][]string{
	'#': {"0", "1", "2", "7", "12", "24", "40", "52", "80", "99", "104", "168", "1000", "1001", "2000", "2026", "2027", "1899", "2201", "9999", "0.5", "45.12345", "99999999999999999999"},
	'M': {"January", "February", "May", "June", "August", "December", "Jun.", "Sept"},
	'P': {"Seattle, WA", "New York, NY", "Brooklyn", "Los Angeles", "Albany, New York", "Washington, DC", "Austin", "XX, ZZ"},
}

func TestPhraseSoup(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 3000 {
		var b strings.Builder
		b.WriteString("Software Intern\n")
		for range 1 + rng.IntN(12) {
			for _, c := range []byte(soup[rng.IntN(len(soup))]) {
				if h, ok := holes[c]; ok {
					b.WriteString(h[rng.IntN(len(h))])
				} else {
					b.WriteByte(c)
				}
			}
			b.WriteString([]string{" ", "\n", ". ", "; "}[rng.IntN(4)])
		}
		text := b.String()
		r, err := posting.Read(text, posting.Options{Year: 1899 + rng.IntN(320)})
		if err != nil {
			var fe *calc.FieldError
			if !errors.As(err, &fe) || strings.Contains(fe.Want, "a bug in the reader") || strings.Contains(fe.Want, "not a valid policy") {
				t.Fatalf("text %d: %v\n%s", n, err, text)
			}
			continue
		}
		checkReading(t, text, r)
		for i := range r.Tiers {
			if _, err := calc.Compute(r.WithTier(i).Policy, calc.Plan{Start: r.Policy.Seasons[0].From}); err != nil {
				t.Fatalf("text %d, tier %d: %v\n%s", n, i, err, text)
			}
		}
	}
}

// Past the caps on seasons and dates, what is read is still a policy calc
// accepts.
func TestManySeasons(t *testing.T) {
	var b strings.Builder
	b.WriteString("Software Intern\nPay: $40/hr\n")
	for y := 1950; y < 2100; y++ {
		b.WriteString("The Summer " + itoa(y) + " start date is June 1, " + itoa(y) + " and the Winter start is December 3, " + itoa(y) + ".\n")
	}
	text := b.String()
	r, err := posting.Read(text, posting.Options{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	checkReading(t, text, r)
	if n := len(r.Policy.Seasons); n > 24 {
		t.Errorf("%d seasons", n)
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
