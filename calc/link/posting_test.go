package link_test

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func policyJSON(t testing.TB, p calc.Policy) []byte {
	t.Helper()
	data, err := json.Marshal(p)
	require.NoError(t, err)
	return data
}

func TestParsePosting(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Title, p.Band.Min = "Another posting", dec("30")
	enc, err := link.FormatPosting(p)
	require.NoError(t, err)
	assert.NotContains(t, enc, "=", "unpadded")
	assert.Equal(t, enc, url.QueryEscape(enc), "a URL carries it unescaped")

	got, err := link.ParsePosting(enc)
	require.NoError(t, err)
	assert.Equal(t, "Another posting", got.Title)
	assert.True(t, got.Band.Min.Equal(dec("30")))

	// Padding, as base64 tools write it, is accepted too.
	padded := base64.URLEncoding.EncodeToString(policyJSON(t, p))
	got, err = link.ParsePosting(padded)
	require.NoError(t, err)
	assert.Equal(t, "Another posting", got.Title)
}

func TestParsePostingInvalidBase64(t *testing.T) {
	for _, s := range []string{"", "   ", "not base64!", "abc+def/", "a", strings.Repeat("A", calc.MaxPolicySize*2)} {
		_, err := link.ParsePosting(s)
		require.Error(t, err, "%q", s)
		fes := calc.FieldErrors(err)
		require.Len(t, fes, 1, "%q: %v", s, err)
		assert.Equal(t, calc.Field(link.KeyPolicy), fes[0].Field)
		assert.LessOrEqual(t, len(fes[0].Value), 64, "a long value is not echoed whole")
	}
}

func TestParsePostingInvalidPolicy(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Band.Min = dec("-5")
	enc, err := link.FormatPosting(p)
	require.NoError(t, err)
	_, err = link.ParsePosting(enc)
	fes := calc.FieldErrors(err)
	require.Len(t, fes, 1, "%v", err)
	assert.Equal(t, calc.Field("policy.band.min"), fes[0].Field)

	for name, data := range map[string]string{
		"not JSON":      "{title",
		"unknown field": `{"title": "x", "salary": 1}`,
		"empty":         `{}`,
	} {
		_, err := link.ParsePosting(base64.RawURLEncoding.EncodeToString([]byte(data)))
		assert.Error(t, err, name)
	}
}

func TestSamplePolicyFile(t *testing.T) {
	data, err := os.ReadFile("../../web/policy-sample.json")
	require.NoError(t, err)
	p, err := calc.ParsePolicy(data)
	require.NoError(t, err)
	assert.NotEqual(t, calc.DefaultPolicy().ID, p.ID)
	q := quoteOf(t, p, calc.Plan{Start: p.StartDates()[0]})
	assert.Equal(t, calc.Pass, q.Verdict)
	enc, err := link.FormatPosting(p)
	require.NoError(t, err)
	back, err := link.ParsePosting(enc)
	require.NoError(t, err)
	assert.Equal(t, p.Title, back.Title)
}

func TestPostingURL(t *testing.T) {
	page, _ := url.Parse("http://127.0.0.1:8000/widget?start=2026-05-11")
	ok := map[string]string{
		"/web/policy-sample.json":                      "http://127.0.0.1:8000/web/policy-sample.json",
		"policy.json":                                  "http://127.0.0.1:8000/policy.json",
		"http://127.0.0.1:8000/p.json?v=2#x":           "http://127.0.0.1:8000/p.json?v=2",
		"HTTP://127.0.0.1:8000/p.json":                 "http://127.0.0.1:8000/p.json",
		"../../p.json":                                 "http://127.0.0.1:8000/p.json",
		"  /web/policy-sample.json  ":                  "http://127.0.0.1:8000/web/policy-sample.json",
		"/web/a%2F..%2Fb.json":                         "http://127.0.0.1:8000/web/a%2F..%2Fb.json",
		"http://127.0.0.1:8000/web/policy-sample.json": "http://127.0.0.1:8000/web/policy-sample.json",
	}
	for ref, want := range ok {
		u, err := link.PostingURL(page, ref)
		if assert.NoError(t, err, ref) {
			assert.Equal(t, want, u.String(), ref)
		}
	}
	for _, ref := range []string{
		"", "http://localhost:8000/p.json", "http://127.0.0.1:8001/p.json", "https://127.0.0.1:8000/p.json",
		"//evil.example/p.json", "https://evil.example/p.json", "javascript:alert(1)", "data:application/json,{}",
		"http://user:pw@127.0.0.1:8000/p.json", `/\evil.example/p.json`, "/p\n.json", "ftp://127.0.0.1:8000/p.json",
		"http://127.0.0.1:8000@evil.example/p.json", "%zz",
	} {
		_, err := link.PostingURL(page, ref)
		fes := calc.FieldErrors(err)
		if assert.Len(t, fes, 1, "%q is accepted", ref) {
			assert.Equal(t, calc.Field(link.KeyPolicyURL), fes[0].Field)
		}
	}
	// The default port is the same origin.
	page, _ = url.Parse("https://calc.example/widget")
	u, err := link.PostingURL(page, "https://calc.example:443/p.json")
	require.NoError(t, err)
	assert.Equal(t, "calc.example:443", u.Host)
	_, err = link.PostingURL(nil, "/p.json")
	assert.Error(t, err)
	_, err = link.PostingURL(&url.URL{Path: "/widget"}, "/p.json")
	assert.Error(t, err, "a page without an origin cannot vouch for one")
}

func TestParseSource(t *testing.T) {
	page, _ := url.Parse("http://127.0.0.1:8000/")
	src, err := link.ParseSource(page, url.Values{"start": {"2026-05-11"}})
	require.NoError(t, err)
	assert.True(t, src.IsDefault())
	assert.Equal(t, calc.DefaultPolicy().ID, src.Policy.ID)

	enc := base64.RawURLEncoding.EncodeToString([]byte(`{"title":"x"}`))
	src, err = link.ParseSource(page, url.Values{link.KeyPolicy: {enc}})
	assert.Error(t, err)
	assert.False(t, src.IsDefault())
	assert.Empty(t, src.Policy.Title, "no policy to compute with")

	src, err = link.ParseSource(page, url.Values{link.KeyPolicyURL: {"/web/policy-sample.json"}})
	require.NoError(t, err)
	assert.False(t, src.IsDefault())
	assert.Equal(t, "/web/policy-sample.json", src.URL.Path)

	_, err = link.ParseSource(page, url.Values{link.KeyPolicyURL: {"https://evil.example/p.json"}})
	assert.Error(t, err)
	_, err = link.ParseSource(page, url.Values{link.KeyPolicyURL: {"/p.json"}, link.KeyPolicy: {enc}})
	assert.Error(t, err, "both")
	assert.Equal(t, []string{link.KeyPolicy, link.KeyPolicyURL}, link.PostingKeys())
}

// FuzzParseSource feeds random queries to the policy keys' parser: it
// never panics, an error leaves no policy, and a policy it returns
// computes.
func FuzzParseSource(f *testing.F) {
	enc, _ := link.FormatPosting(calc.DefaultPolicy())
	f.Add("policy=" + enc)
	f.Add("policy=e30")
	f.Add("policy=%%%")
	f.Add("policyUrl=/web/policy-sample.json")
	f.Add("policyUrl=//evil.example/x&policy=abc")
	f.Add("policyUrl=http://127.0.0.1:8000@evil/x")
	f.Add("start=2026-05-11")
	page, _ := url.Parse("http://127.0.0.1:8000/widget")
	f.Fuzz(func(t *testing.T, query string) {
		v, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		var src link.Source
		bounded(t, "ParseSource", func() { src, err = link.ParseSource(page, v) })
		if err != nil {
			if src.Policy.Title != "" || src.URL != nil {
				t.Fatalf("an error with a policy or an address: %v", err)
			}
			return
		}
		if src.URL != nil {
			if got := src.URL.Scheme + "://" + src.URL.Host; got != "http://127.0.0.1:8000" {
				t.Fatalf("%q: fetches from %s", query, got)
			}
			return
		}
		bounded(t, "Compute", func() { _, err = calc.Compute(src.Policy, calc.Plan{Start: src.Policy.Seasons[0].From}) })
		if err != nil {
			t.Fatalf("a policy from the query does not compute: %v", err)
		}
		// The policy round-trips through its query form.
		enc, err := link.FormatPosting(src.Policy)
		if err != nil {
			t.Fatal(err)
		}
		back, err := link.ParsePosting(enc)
		if err != nil || back.Title != src.Policy.Title {
			t.Fatalf("round trip: %v", err)
		}
	})
}

func quoteOf(t *testing.T, p calc.Policy, plan calc.Plan) calc.Quote {
	t.Helper()
	q, err := calc.Compute(p, plan)
	require.NoError(t, err)
	return q
}
