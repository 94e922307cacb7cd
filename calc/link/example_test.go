package link_test

import (
	"fmt"
	"net/url"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
)

// A shared link reproduces a plan: read it, compute it, and write it back.
func ExampleParsePlan() {
	u, _ := url.Parse("https://calc.example/?start=2026-05-18&rate=%2450.00&hours=45&overtime=federal")
	plan, err := link.ParsePlan(u.Query())
	fmt.Println(plan.Start, plan.Rate, plan.HoursPerWeek, plan.Overtime, err)

	q, _ := calc.Compute(calc.DefaultPolicy(), plan)
	fmt.Println("gross:", calc.Dollars(q.Chosen.Gross))

	// FormatPlan writes what was given, and nothing else.
	fmt.Println(link.FormatPlan(plan).Encode())

	// What cannot be read is an error naming its field, with the value.
	_, err = link.ParsePlan(url.Values{"start": {"2026-02-30"}, "rate": {"fifty"}})
	for _, fe := range calc.FieldErrors(err) {
		fmt.Printf("%s %q: want %s\n", fe.Field, fe.Value, fe.Want)
	}
	// Output:
	// 2026-05-18 50 45 federal <nil>
	// gross: $27,975.00
	// hours=45&overtime=federal&rate=50&start=2026-05-18
	// start "2026-02-30": want a date as YYYY-MM-DD: February 2026 has no day 30
	// rate "fifty": want an hourly rate in dollars, like 52.50
}

// The take-home profile travels in the same query; what the link does not
// give stays the default's.
func ExampleParseProfile() {
	v, _ := url.ParseQuery("pay=weekly&f1=yes")
	p, err := link.ParseProfile(v, tax.DefaultProfile())
	fmt.Println(p.Frequency, p.Allowances, p.Nonresident, err)
	fmt.Println(link.FormatProfile(p).Encode())
	// Output:
	// weekly 1 true <nil>
	// allowances=1&f1=1&pay=weekly
}

// Another posting's terms in a link: its JSON in base64url.
func ExampleParsePosting() {
	p := calc.DefaultPolicy()
	p.Title, p.Employer = "Data Intern", "Example Co."
	enc, _ := link.FormatPosting(p)
	u, _ := url.Parse("/widget?" + url.Values{link.KeyPolicy: {enc}, "start": {"2026-05-18"}}.Encode())

	got, err := link.ParsePosting(u.Query().Get(link.KeyPolicy))
	fmt.Println(got.Title, "·", got.Employer, err)

	_, err = link.ParsePosting("not*base64")
	fmt.Println(err)
	// Output:
	// Data Intern · Example Co. <nil>
	// calc: policy "not*base64": want a posting's terms as JSON in base64url: the letters A–Z and a–z, the digits, - and _ (byte 4 is not)
}

// A posting file on the same site is fetched; one elsewhere is refused.
func ExamplePostingURL() {
	page, _ := url.Parse("https://calc.example/widget?start=2026-05-11")
	u, err := link.PostingURL(page, "/web/policy-sample.json")
	fmt.Println(u, err)
	_, err = link.PostingURL(page, "https://elsewhere.example/policy.json")
	fmt.Println(err)
	// Output:
	// https://calc.example/web/policy-sample.json <nil>
	// calc: policyUrl "https://elsewhere.example/policy.json": want an address on this site (https://calc.example), not another: the calculator fetches nothing from elsewhere
}

// A page reads which posting its link names before anything else.
func ExampleParseSource() {
	page, _ := url.Parse("https://calc.example/?policyUrl=/web/policy-sample.json&start=2026-06-01")
	src, err := link.ParseSource(page, page.Query())
	fmt.Println(src.IsDefault(), src.URL, err)

	src, _ = link.ParseSource(page, url.Values{"start": {"2026-05-11"}})
	fmt.Println(src.IsDefault(), src.Policy.Employer)
	// Output:
	// false https://calc.example/web/policy-sample.json <nil>
	// true TikTok
}
