package link_test

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/offercalc/offercalc/internal/bound"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// hostileDecimals are the numbers that cost a decimal library seconds
// unless a bound refuses them first (internal/bound says why).
var hostileDecimals = bound.HostileDecimals()

// refusedFast checks that parse, given a query with key set to value,
// returns within bound an error whose first field is want, echoing the
// value cut short.
func refusedFast(t *testing.T, key, value string, want calc.Field, parse func(url.Values) error) {
	t.Helper()
	var err error
	label := key + "=" + value[:min(len(value), 16)]
	if took, ok := bound.Check(label, func() { err = parse(url.Values{key: {value}}) }); !ok {
		t.Errorf("%s: refused in %s, over the bound", label, took)
	}
	fes := calc.FieldErrors(err)
	if len(fes) == 0 {
		t.Errorf("%s: accepted (%v)", label, err)
		return
	}
	if fes[0].Field != want {
		t.Errorf("%s: the error names %s, want %s", label, fes[0].Field, want)
	}
	if len(fes[0].Value) > 64 || len(err.Error()) > 600 {
		t.Errorf("%s: the error echoes %d bytes of the value (%d in all)", label, len(fes[0].Value), len(err.Error()))
	}
}

// Every key of a plan's, a profile's and an offer's link is refused at
// once with a hostile number, naming its key: the decimal ones (rate,
// hours, housing, other, treaty, rent, travel) because their reader takes
// no exponent and at most 30 digits, the others because it is not their
// form.
func TestLinkKeysRefuseHostileDecimals(t *testing.T) {
	page, _ := url.Parse("https://calc.example/")
	offerKeys := append(append(calc.PlanFields(), tax.ProfileFields()...), compare.FieldRent, compare.FieldTravel)
	for _, value := range hostileDecimals {
		for _, f := range calc.PlanFields() {
			refusedFast(t, string(f), value, f, func(v url.Values) error { _, err := link.ParsePlan(v); return err })
		}
		for _, f := range tax.ProfileFields() {
			refusedFast(t, string(f), value, f, func(v url.Values) error { _, err := link.ParseProfile(v, tax.DefaultProfile()); return err })
		}
		for _, f := range offerKeys {
			refusedFast(t, string(f), value, f, func(v url.Values) error { _, err := link.ParseOffer(page, v); return err })
		}
		// In a comparison's link, an offer's key is named for its offer.
		for _, f := range offerKeys {
			refusedFast(t, link.KeyOffer, url.Values{string(f): {value}}.Encode(), compare.OfferField(0, f), func(v url.Values) error {
				_, err := link.ParseOffers(page, v)
				return err
			})
		}
	}
}

// postingDecimalFields lists the path of every decimal field of a
// posting's JSON ("band.min"), by reflection over calc.Policy (calc's own
// test checks the list).
func postingDecimalFields(prefix string, t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Type == reflect.TypeFor[decimal.Decimal]():
			out = append(out, prefix+name)
		case f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[calc.Date]():
			out = append(out, postingDecimalFields(prefix+name+".", f.Type)...)
		}
	}
	return out
}

// hostilePosting is the value of the policy key: the shipped posting with
// the decimal at path set to value.
func hostilePosting(t *testing.T, path, value string) string {
	t.Helper()
	b, err := json.Marshal(calc.DefaultPolicy())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	keys := strings.Split(path, ".")
	obj := m
	for _, k := range keys[:len(keys)-1] {
		obj = obj[k].(map[string]any)
	}
	obj[keys[len(keys)-1]] = value
	b, err = json.Marshal(m)
	require.NoError(t, err)
	return base64.RawURLEncoding.EncodeToString(b)
}

// A posting carried in a link (policy=, base64url) with a hostile number in
// any of its decimals is refused at once, the error naming the field, in
// a calculator's link and in a comparison's.
func TestLinkedPostingRefusesHostileDecimals(t *testing.T) {
	page, _ := url.Parse("https://calc.example/")
	fields := postingDecimalFields("", reflect.TypeFor[calc.Policy]())
	require.Len(t, fields, 8)
	for _, f := range fields {
		for _, value := range hostileDecimals {
			enc := hostilePosting(t, f, value)
			want := calc.Field("policy." + f)
			refusedFast(t, link.KeyPolicy, enc, want, func(v url.Values) error { _, err := link.ParsePosting(v.Get(link.KeyPolicy)); return err })
			refusedFast(t, link.KeyPolicy, enc, want, func(v url.Values) error { _, err := link.ParseSource(page, v); return err })
			refusedFast(t, link.KeyOffer, link.KeyPolicy+"="+enc, compare.OfferField(0, want), func(v url.Values) error {
				_, err := link.ParseOffers(page, v)
				return err
			})
		}
	}
}
