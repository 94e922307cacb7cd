//go:build !wasm

package main

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/internal/bound"
	"github.com/shopspring/decimal"
)

// serverBound is what one page may take the server: a bound on the work
// (a hostile number once took seconds to a minute), not a speed target.
const serverBound = time.Second

// hostileNumbers are the numbers that cost a decimal library seconds
// unless a bound refuses them first (internal/bound says why).
var hostileNumbers = bound.HostileDecimals()

// timedGet gets path from srv and fails when it takes over serverBound.
func timedGet(t *testing.T, srv string, path string) (*http.Response, string) {
	t.Helper()
	began := time.Now()
	res, err := http.Get(srv + path)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if took := time.Since(began); took > serverBound {
		t.Errorf("%.60s…: answered in %s, want at most %s", path, took, serverBound)
	}
	return res, string(body)
}

// policyDecimals lists the path of every decimal field of a posting's JSON
// ("band.min"), by reflection over calc.Policy.
func policyDecimals(prefix string, t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Type == reflect.TypeFor[decimal.Decimal]():
			out = append(out, prefix+name)
		case f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[calc.Date]():
			out = append(out, policyDecimals(prefix+name+".", f.Type)...)
		}
	}
	return out
}

// editedPosting is the policy key's value for the shipped posting with
// one change made to its JSON.
func editedPosting(t *testing.T, change func(m map[string]any)) string {
	t.Helper()
	b, err := json.Marshal(calc.DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	b, err = json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// A posting in a link with a hostile number in any decimal is answered
// at once, by the calculator and the widget, with its error naming the
// field and no figures; so is a plan with one in every decimal key.
func TestServerRefusesHostileNumbers(t *testing.T) {
	srv := testServer(t)
	fields := policyDecimals("", reflect.TypeFor[calc.Policy]())
	if len(fields) != 8 {
		t.Fatalf("%d decimal fields: %v", len(fields), fields)
	}
	for _, f := range fields {
		for _, v := range hostileNumbers {
			enc := editedPosting(t, func(m map[string]any) {
				obj := m
				keys := strings.Split(f, ".")
				for _, k := range keys[:len(keys)-1] {
					obj = obj[k].(map[string]any)
				}
				obj[keys[len(keys)-1]] = v
			})
			for _, path := range []string{"/", "/widget"} {
				res, page := timedGet(t, srv.URL, path+"?start=2026-05-11&policy="+enc)
				switch {
				case res.StatusCode != http.StatusOK:
					t.Errorf("%s policy.%s = %.12s…: %s", path, f, v, res.Status)
				case !strings.Contains(page, `id="policy-error"`) || !strings.Contains(page, "invalid at policy."+f+":"):
					t.Errorf("%s policy.%s = %.12s…: the page does not name the field", path, f, v)
				case strings.Contains(page, `id="gross-chosen"`):
					t.Errorf("%s policy.%s = %.12s…: figures for an invalid posting", path, f, v)
				case len(page) > 1<<20:
					t.Errorf("%s policy.%s = %.12s…: a page of %d KB", path, f, v, len(page)>>10)
				}
			}
		}
	}
	// A plan's: each field says so. (A value of 100,000 characters is past
	// what the server prerenders: see TestServerPageSizeIsBoundedByTheLink.)
	for _, v := range hostileNumbers {
		q := url.Values{"start": {"2026-05-11"}, "f1": {"1"}} // f1: the treaty's field is shown
		keys := []string{"rate", "hours", "housing", "other", "treaty"}
		for _, k := range keys {
			q.Set(k, v)
		}
		for path, fields := range map[string][]string{"/": keys, "/widget": {"rate"}} {
			_, page := timedGet(t, srv.URL, path+"?"+q.Encode())
			for _, k := range fields {
				if len(v) < maxPrerenderedValue && !hasText(page, k+"-error", "Not accepted") {
					t.Errorf("%s %s = %.12s…: no message beside the field", path, k, v)
				}
			}
		}
	}
}

// A posting in a link past the caps (2,000 start dates, 13 seasons, 61
// dates in all) is answered at once with a small page that says which.
func TestServerRefusesPostingsPastTheCaps(t *testing.T) {
	srv := testServer(t)
	seasons := func(n, dates int) func(m map[string]any) {
		return func(m map[string]any) {
			var ss []any
			for i := range n {
				var ds []string
				for j := range dates {
					ds = append(ds, calc.Date{Year: 2026, Month: 1, Day: 1}.AddDays(j%365).String())
				}
				ss = append(ss, map[string]any{"name": "S" + strconv.Itoa(i), "from": "2026-01-01", "to": "2026-12-31", "startDates": ds})
			}
			m["seasons"] = ss
		}
	}
	for name, change := range map[string]func(map[string]any){
		"2,000 start dates": seasons(1, 2000),
		"13 seasons":        seasons(13, 1),
		"61 dates in all":   seasons(2, 31),
		"2,000 in 50":       seasons(50, 40),
	} {
		enc := editedPosting(t, change)
		for _, path := range []string{"/", "/widget"} {
			_, page := timedGet(t, srv.URL, path+"?policy="+enc)
			if !strings.Contains(page, "invalid at policy.seasons") || strings.Contains(page, `id="gross-chosen"`) {
				t.Errorf("%s, %s: the page does not say the seasons are refused", name, path)
			}
			if strings.Count(page, `class="chip"`) > 60 || len(page) > 256<<10 {
				t.Errorf("%s, %s: %d start-date buttons, a page of %d KB", name, path, strings.Count(page, `class="chip"`), len(page)>>10)
			}
		}
	}
}

// Regression: the page echoes its link's values (in its fields, its
// data-query, the widget's link), so 500 KB of junk in a link made a page
// of 1.5 MB. A link beyond what a link can be is prerendered as the page
// with none, and worked out in the browser, as on a static host.
func TestServerPageSizeIsBoundedByTheLink(t *testing.T) {
	srv := testServer(t)
	junk := strings.Repeat("9", 500_000)
	many := make([]string, 0, 50_000)
	for i := range 50_000 {
		many = append(many, "k"+strconv.Itoa(i)+"=1")
	}
	for _, path := range []string{"/", "/widget"} {
		_, normal := timedGet(t, srv.URL, path)
		for name, q := range map[string]string{
			"rate":         "rate=" + junk,
			"start":        "start=" + junk,
			"state":        "state=" + junk,
			"f1":           "f1=" + junk,
			"unknown key":  "foo=" + junk,
			"policy":       "policy=" + junk,
			"policyUrl":    "policyUrl=/" + junk,
			"50,000 keys":  strings.Join(many, "&"),
			"zero-width":   "rate=" + strings.Repeat("%E2%80%8B", 60_000),
			"many rates":   strings.Repeat("rate=12345678901234567890&", 20_000),
			"many entries": strings.Repeat("policy=abc&", 45_000),
		} {
			res, page := timedGet(t, srv.URL, path+"?start=2026-05-11&"+q)
			if res.StatusCode != http.StatusOK || len(page) > 2*len(normal) {
				t.Errorf("%s with %d KB of %s: %s, a page of %d KB (%d KB without)", path, len(q)>>10, name, res.Status, len(page)>>10, len(normal)>>10)
			}
		}
	}
	// A link with a pair that cannot be read is prerendered with the
	// others, as before.
	if _, page := timedGet(t, srv.URL, "/?start=2026-06-22&x=%zz&rate=50"); !hasText(page, "gross-chosen", "$24,000.00") {
		t.Error("a link with a bad pair is not prerendered with its plan")
	}
	// The largest posting a link can carry is prerendered, with its terms.
	p := calc.DefaultPolicy()
	p.Title = "The largest posting"
	p.Assumptions = nil
	for range 40 {
		p.Assumptions = append(p.Assumptions, strings.Repeat("word ", 399))
	}
	enc, err := link.FormatPosting(p)
	if err != nil || p.Validate() != nil {
		t.Fatal(err, p.Validate())
	}
	_, page := timedGet(t, srv.URL, "/?start=2026-05-11&policy="+enc)
	if !strings.Contains(page, "The largest posting") || !strings.Contains(page, `id="gross-chosen"`) {
		t.Errorf("a posting of %d KB in a link is not prerendered", len(enc)>>10)
	}
}
