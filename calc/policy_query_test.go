package calc_test

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func policyJSON(t testing.TB, p calc.Policy) []byte {
	t.Helper()
	data, err := json.Marshal(p)
	require.NoError(t, err)
	return data
}

func TestDecodePolicy(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Title, p.Band.Min = "Another posting", dec("30")
	enc, err := calc.EncodePolicy(policyJSON(t, p))
	require.NoError(t, err)
	assert.NotContains(t, enc, "=", "unpadded")
	assert.Equal(t, enc, url.QueryEscape(enc), "a URL carries it unescaped")

	got, err := calc.DecodePolicy(enc)
	require.NoError(t, err)
	assert.Equal(t, "Another posting", got.Title)
	assert.True(t, got.Band.Min.Equal(dec("30")))

	// Padding, as base64 tools write it, is accepted too.
	padded := base64.URLEncoding.EncodeToString(policyJSON(t, p))
	got, err = calc.DecodePolicy(padded)
	require.NoError(t, err)
	assert.Equal(t, "Another posting", got.Title)
}

func TestDecodePolicyInvalidBase64(t *testing.T) {
	for _, s := range []string{"", "   ", "not base64!", "abc+def/", "a", strings.Repeat("A", calc.MaxPolicySize*2)} {
		_, err := calc.DecodePolicy(s)
		require.Error(t, err, "%q", s)
		fes := calc.FieldErrors(err)
		require.Len(t, fes, 1, "%q: %v", s, err)
		assert.Equal(t, calc.KeyPolicy, fes[0].Field)
		assert.LessOrEqual(t, len(fes[0].Value), 45, "a long value is not echoed whole")
	}
}

func TestDecodePolicyInvalidPolicy(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Band.Min = dec("-5")
	enc, err := calc.EncodePolicy(policyJSON(t, p))
	require.NoError(t, err)
	_, err = calc.DecodePolicy(enc)
	fes := calc.FieldErrors(err)
	require.Len(t, fes, 1, "%v", err)
	assert.Equal(t, "policy.band.min", fes[0].Field)

	for name, data := range map[string]string{
		"not JSON":      "{title",
		"unknown field": `{"title": "x", "salary": 1}`,
		"empty":         `{}`,
	} {
		_, err := calc.DecodePolicy(base64.RawURLEncoding.EncodeToString([]byte(data)))
		assert.Error(t, err, name)
	}
	_, err = calc.EncodePolicy([]byte("{not json"))
	assert.Error(t, err)
}

func TestSamplePolicyFile(t *testing.T) {
	data, err := os.ReadFile("../web/policy-sample.json")
	require.NoError(t, err)
	p, err := calc.ParsePolicy(data)
	require.NoError(t, err)
	assert.NotEqual(t, calc.DefaultPolicy().ID, p.ID)
	q := quoteOf(t, p, calc.Plan{Start: p.StartDates()[0]})
	assert.Equal(t, calc.Pass, q.Verdict)
	enc, err := calc.EncodePolicy(data)
	require.NoError(t, err)
	back, err := calc.DecodePolicy(enc)
	require.NoError(t, err)
	assert.Equal(t, p.Title, back.Title)
}

func TestPolicyURL(t *testing.T) {
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
		u, err := calc.PolicyURL(page, ref)
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
		_, err := calc.PolicyURL(page, ref)
		fes := calc.FieldErrors(err)
		if assert.Len(t, fes, 1, "%q is accepted", ref) {
			assert.Equal(t, calc.KeyPolicyURL, fes[0].Field)
		}
	}
	// The default port is the same origin.
	page, _ = url.Parse("https://calc.example/widget")
	u, err := calc.PolicyURL(page, "https://calc.example:443/p.json")
	require.NoError(t, err)
	assert.Equal(t, "calc.example:443", u.Host)
	_, err = calc.PolicyURL(nil, "/p.json")
	assert.Error(t, err)
	_, err = calc.PolicyURL(&url.URL{Path: "/widget"}, "/p.json")
	assert.Error(t, err, "a page without an origin cannot vouch for one")
}

func TestPolicyFromQuery(t *testing.T) {
	page, _ := url.Parse("http://127.0.0.1:8000/")
	src, err := calc.PolicyFromQuery(page, url.Values{"start": {"2026-05-11"}})
	require.NoError(t, err)
	assert.False(t, src.Custom)
	assert.Equal(t, calc.DefaultPolicy().ID, src.Policy.ID)

	enc, _ := calc.EncodePolicy([]byte(`{"title":"x"}`))
	src, err = calc.PolicyFromQuery(page, url.Values{calc.KeyPolicy: {enc}})
	assert.Error(t, err)
	assert.True(t, src.Custom)
	assert.Empty(t, src.Policy.Title, "no policy to compute with")

	src, err = calc.PolicyFromQuery(page, url.Values{calc.KeyPolicyURL: {"/web/policy-sample.json"}})
	require.NoError(t, err)
	assert.True(t, src.Custom)
	assert.Equal(t, "/web/policy-sample.json", src.URL.Path)

	_, err = calc.PolicyFromQuery(page, url.Values{calc.KeyPolicyURL: {"https://evil.example/p.json"}})
	assert.Error(t, err)
	_, err = calc.PolicyFromQuery(page, url.Values{calc.KeyPolicyURL: {"/p.json"}, calc.KeyPolicy: {enc}})
	assert.Error(t, err, "both")
	assert.Equal(t, []string{calc.KeyPolicy, calc.KeyPolicyURL}, calc.PolicyKeys())
}

// FuzzPolicyFromQuery feeds random queries to the policy keys' parser: it
// never panics, an error leaves no policy, and a policy it returns
// computes.
func FuzzPolicyFromQuery(f *testing.F) {
	enc, _ := calc.EncodePolicy(policyJSON(f, calc.DefaultPolicy()))
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
		src, err := calc.PolicyFromQuery(page, v)
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
		if _, err := calc.Compute(src.Policy, calc.Plan{Start: src.Policy.Seasons[0].From}); err != nil {
			t.Fatalf("a policy from the query does not compute: %v", err)
		}
		// The policy round-trips through its query form.
		enc, err := calc.EncodePolicy(policyJSON(t, src.Policy))
		if err != nil {
			t.Fatal(err)
		}
		back, err := calc.DecodePolicy(enc)
		if err != nil || back.Title != src.Policy.Title {
			t.Fatalf("round trip: %v", err)
		}
	})
}
