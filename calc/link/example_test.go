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
	// start "2026-02-30": want a real date (picked in the calendar; in a link, written 2026-05-11): February 2026 has no day 30
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

// A comparison's link holds each offer's calculator link, URL-encoded:
// the posting, the plan, the profile, and the rent and travel.
func ExampleParseOffers() {
	u, _ := url.Parse("https://calc.example/compare" +
		"?offer=start%3D2026-05-11%26rent%3D2100" +
		"&offer=policyUrl%3D%2Fweb%2Fpolicy-sample.json%26start%3D2026-06-01%26pay%3Dweekly%26travel%3D450")
	offers, err := link.ParseOffers(u, u.Query())
	fmt.Println(len(offers), err)
	fmt.Println(offers[0].Source.IsDefault(), offers[0].Plan.Start, offers[0].Rent)
	fmt.Println(offers[1].Source.URL, offers[1].ProfileQuery.Encode(), offers[1].Travel)

	// The profile is read over its posting's: the shipped one is in
	// California.
	o, _ := offers[0].Offer(offers[0].Source.Policy)
	fmt.Println(o.Profile.State, o.Profile.Frequency)

	// An error names its offer, from 0.
	_, err = link.ParseOffers(u, url.Values{"offer": {"start=2026-05-11", "rate=fifty"}})
	fmt.Println(err)
	// Output:
	// 2 <nil>
	// true 2026-05-11 2100
	// https://calc.example/web/policy-sample.json pay=weekly 450
	// CA biweekly
	// calc: offer[1].rate "fifty": want an hourly rate in dollars, like 52.50
}
