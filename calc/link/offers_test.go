package link_test

import (
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var comparePage, _ = url.Parse("https://calc.example/compare")

// compareLink is /compare with each offer's calculator query as an offer
// value, as a page writes it.
func compareLink(t *testing.T, offers ...string) *url.URL {
	t.Helper()
	v := url.Values{}
	for _, o := range offers {
		v.Add(link.KeyOffer, o)
	}
	u, err := url.Parse(comparePage.String() + "?" + v.Encode())
	require.NoError(t, err)
	return u
}

func TestParseOffers(t *testing.T) {
	ny := calc.DefaultPolicy()
	ny.Title, ny.State, ny.Locality = "NYC intern", "NY", "NYC"
	enc, err := link.FormatPosting(ny)
	require.NoError(t, err)
	u := compareLink(t,
		"start=2026-05-11&rate=50&rent=$2,100&travel=0",
		"policyUrl=/web/policy-sample.json&start=2026-06-01&pay=semimonthly&travel=450.50",
		"policy="+enc+"&start=2026-05-18&pay=weekly&locality=none&rent=3000&unknown=x",
	)
	got, err := link.ParseOffers(u, u.Query())
	require.NoError(t, err)
	require.Len(t, got, 3)

	assert.True(t, got[0].Source.IsDefault())
	assert.Equal(t, d("2026-05-11"), got[0].Plan.Start)
	assert.Equal(t, "50", got[0].Plan.Rate.String())
	assert.Equal(t, "2100", got[0].Rent.String())
	assert.True(t, got[0].Travel.IsZero())
	assert.Nil(t, got[0].ProfileQuery, "no profile key given")

	assert.Equal(t, "https://calc.example/web/policy-sample.json", got[1].Source.URL.String())
	assert.Equal(t, "450.5", got[1].Travel.String())
	assert.Equal(t, url.Values{"pay": {"semimonthly"}}, got[1].ProfileQuery)

	assert.True(t, got[2].Source.Inline)
	assert.Equal(t, "NYC intern", got[2].Source.Policy.Title)
	assert.Equal(t, url.Values{"pay": {"weekly"}, "locality": {"none"}}, got[2].ProfileQuery)

	// Each profile is read over its posting's: the state is the
	// posting's unless the link changed it.
	data, err := os.ReadFile("../../web/policy-sample.json")
	require.NoError(t, err)
	wa, err := calc.ParsePolicy(data) // what the page fetches from Source.URL
	require.NoError(t, err)
	postings := []calc.Policy{got[0].Source.Policy, wa, got[2].Source.Policy}
	var offers []compare.Offer
	for i, o := range got {
		off, err := o.Offer(postings[i])
		require.NoError(t, err)
		offers = append(offers, off)
	}
	assert.Equal(t, "CA", offers[0].Profile.State)
	assert.Equal(t, tax.Biweekly, offers[0].Profile.Frequency)
	assert.Equal(t, "WA", offers[1].Profile.State)
	assert.Equal(t, tax.Semimonthly, offers[1].Profile.Frequency)
	assert.Equal(t, "NY", offers[2].Profile.State)
	assert.Equal(t, "", offers[2].Profile.Locality, "locality=none over the posting's NYC")

	c, err := compare.Offers(offers)
	require.NoError(t, err)
	assert.Equal(t, "24000.00", c.Summaries[0].Gross.StringFixed(2), "480 hours at $50")
}

// equalOffers compares offer links by value: decimals by number, the
// posting by its terms.
func equalOffers(t *testing.T, want, got []link.OfferLink) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		w, g := want[i], got[i]
		assert.Equal(t, w.Source.IsDefault(), g.Source.IsDefault(), i)
		assert.Equal(t, w.Source.Inline, g.Source.Inline, i)
		assert.Equal(t, w.Source.Ref, g.Source.Ref, i)
		assert.Equal(t, w.Source.URL, g.Source.URL, i)
		wp, _ := link.FormatPosting(w.Source.Policy)
		gp, _ := link.FormatPosting(g.Source.Policy)
		assert.Equal(t, wp, gp, "offer %d's posting", i)
		assert.Equal(t, link.FormatPlan(w.Plan), link.FormatPlan(g.Plan), i)
		assert.True(t, w.Plan.Rate.Equal(g.Plan.Rate) && w.Plan.Housing.Equal(g.Plan.Housing) && w.Plan.HoursPerWeek.Equal(g.Plan.HoursPerWeek), i)
		assert.Equal(t, w.ProfileQuery, g.ProfileQuery, i)
		assert.True(t, w.Rent.Equal(g.Rent), "offer %d rent %s, %s", i, w.Rent, g.Rent)
		assert.True(t, w.Travel.Equal(g.Travel), "offer %d travel %s, %s", i, w.Travel, g.Travel)
	}
}

func TestFormatOffersRoundTrip(t *testing.T) {
	other := calc.DefaultPolicy()
	other.Title, other.State = "Austin intern", "TX"
	sample, err := url.Parse("https://calc.example/web/policy-sample.json")
	require.NoError(t, err)
	tests := map[string][]link.OfferLink{
		"one, the shipped posting": {{Source: link.Source{Policy: calc.DefaultPolicy()}, Plan: calc.Plan{Start: d("2026-05-11")}}},
		"four, every source": {
			{Source: link.Source{Policy: calc.DefaultPolicy()}, Plan: calc.Plan{Start: d("2026-05-11"), Rate: dec("52.50"), Housing: dec("3000")},
				ProfileQuery: url.Values{"pay": {"weekly"}, "f1": {"yes"}, "allowances": {"0"}}, Rent: dec("2100.00"), Travel: dec("0.01")},
			{Source: link.Source{Policy: other, Inline: true}, Plan: calc.Plan{Start: d("2026-06-08"), End: d("2026-09-01"), Overtime: calc.Federal},
				ProfileQuery: url.Values{"state": {"none"}}, Rent: dec("1e3")},
			{Source: link.Source{Ref: "/web/policy-sample.json", URL: sample}, Plan: calc.Plan{Start: d("2026-06-01"), HoursPerWeek: dec("45"), PriorApplications: 2},
				Travel: dec("450")},
			{Source: link.Source{Policy: calc.DefaultPolicy()}, Plan: calc.Plan{Start: d("2026-05-26"), WorkMode: calc.Remote, Degree: calc.Master,
				Discipline: calc.OtherField, Graduation: d("2027-05-15")}, ProfileQuery: url.Values{"other": {"12000"}, "lastjob": {"2026-03-31"}}},
		},
	}
	for name, offers := range tests {
		t.Run(name, func(t *testing.T) {
			v, err := link.FormatOffers(offers)
			require.NoError(t, err)
			u := compareLink(t, v[link.KeyOffer]...)
			assert.Equal(t, v.Encode(), u.RawQuery)
			got, err := link.ParseOffers(u, u.Query())
			require.NoError(t, err)
			equalOffers(t, offers, got)
		})
	}
}

func TestParseOffersErrors(t *testing.T) {
	bad := calc.DefaultPolicy()
	bad.Band.Min = dec("-1")
	enc, err := link.FormatPosting(bad)
	require.NoError(t, err)
	ok := "start=2026-05-11"
	tests := []struct {
		name   string
		offers []string
		fields []calc.Field
	}{
		{"none", nil, []calc.Field{"offer"}},
		{"five", []string{ok, ok, ok, ok, ok}, []calc.Field{"offer"}},
		{"not a query", []string{"%zz"}, []calc.Field{"offer[0]"}},
		{"a rate", []string{ok, ok, "start=2026-05-11&rate=fifty"}, []calc.Field{"offer[2].rate"}},
		{"rent and travel", []string{"rent=-5&travel=lots"}, []calc.Field{"offer[0].rent", "offer[0].travel"}},
		{"an exponent is not an amount", []string{"rent=1e-99999999"}, []calc.Field{"offer[0].rent"}},
		{"a profile", []string{ok, "pay=daily&f1=maybe"}, []calc.Field{"offer[1].pay", "offer[1].f1"}},
		{"the posting's terms", []string{"policy=" + enc}, []calc.Field{"offer[0].policy.band.min"}},
		{"not base64", []string{ok, "policy=***"}, []calc.Field{"offer[1].policy"}},
		{"another site", []string{"policyUrl=https://evil.example/p.json"}, []calc.Field{"offer[0].policyUrl"}},
		{"every one", []string{"start=2026-02-30", "rate=0", "%zz"}, []calc.Field{"offer[0].start", "offer[1].rate", "offer[2]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := compareLink(t, tt.offers...)
			got, err := link.ParseOffers(u, u.Query())
			var fields []calc.Field
			for _, fe := range calc.FieldErrors(err) {
				fields = append(fields, fe.Field)
				assert.LessOrEqual(t, len(fe.Value), 64)
			}
			assert.Equal(t, tt.fields, fields, "%v", err)
			if len(tt.offers) == 0 || len(tt.offers) > compare.MaxOffers {
				assert.Nil(t, got)
			} else {
				assert.Len(t, got, len(tt.offers), "the offers read so far")
			}
		})
	}

	_, err = link.FormatOffers(nil)
	assert.Equal(t, compare.FieldOffer, calc.FieldErrors(err)[0].Field)
	assert.Contains(t, calc.FieldErrors(err)[0].Want, "to "+strconv.Itoa(compare.MaxOffers)+" offers")
	_, err = link.FormatOffers(make([]link.OfferLink, 5))
	assert.Equal(t, compare.FieldOffer, calc.FieldErrors(err)[0].Field)
	// A value from a form that the profile cannot read is the profile's
	// error, named by its key.
	_, err = link.OfferLink{ProfileQuery: url.Values{"pay": {"daily"}}}.Profile(tax.DefaultProfile())
	assert.Equal(t, tax.FieldPay, calc.FieldErrors(err)[0].Field)
}

// FuzzParseOffers: reading a comparison's link never panics, reads at most
// MaxOffers, names every error's offer, and what it reads writes back and
// reads again to the same link.
func FuzzParseOffers(f *testing.F) {
	enc, _ := link.FormatPosting(calc.DefaultPolicy())
	for _, q := range []string{
		"offer=start%3D2026-05-11%26rate%3D50%26rent%3D2100&offer=policyUrl%3D%2Fweb%2Fpolicy-sample.json%26travel%3D450",
		"offer=" + url.QueryEscape("policy="+enc+"&start=2026-05-18&pay=weekly&state=none"),
		"offer=&offer=&offer=&offer=&offer=",
		"offer=%25zz&offer=rent%3D1e9",
		"offer=offer%3Dstart%253D2026-05-11",
		"offer=f1%3Dyes%26allowances%3D0%26other%3D%242%2C000",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		var offers []link.OfferLink
		bounded(t, "ParseOffers", func() { offers, err = link.ParseOffers(comparePage, v) })
		if len(offers) > compare.MaxOffers {
			t.Fatalf("%d offers", len(offers))
		}
		for _, fe := range calc.FieldErrors(err) {
			if !strings.HasPrefix(string(fe.Field), link.KeyOffer) || fe.Want == "" {
				t.Fatalf("an error that names no offer: %#v", fe)
			}
		}
		if err != nil {
			if len(calc.FieldErrors(err)) == 0 {
				t.Fatalf("error without a field: %v", err)
			}
			return
		}
		out, err := link.FormatOffers(offers)
		if err != nil {
			t.Fatalf("formatting what was read: %v", err)
		}
		again, err := link.ParseOffers(comparePage, out)
		if err != nil {
			t.Fatalf("re-reading %q: %v", out.Encode(), err)
		}
		back, err := link.FormatOffers(again)
		if err != nil || back.Encode() != out.Encode() {
			t.Fatalf("round trip: %q then %q (%v)", out.Encode(), back.Encode(), err)
		}
	})
}
