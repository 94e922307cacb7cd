package link_test

import (
	"net/url"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseProfile(t *testing.T) {
	def := tax.DefaultProfile()
	got, err := link.ParseProfile(url.Values{}, def)
	require.NoError(t, err)
	assert.Equal(t, def, got, "nothing given keeps the defaults")

	got, err = link.ParseProfile(url.Values{"pay": {"Weekly"}, "other": {"$12,000"}, "allowances": {"0"}, "f1": {"1"}, "partyear": {"on"}}, def)
	require.NoError(t, err)
	assert.Equal(t, tax.Weekly, got.Frequency)
	assert.Equal(t, "12000", got.OtherIncome.String())
	assert.Equal(t, 0, got.Allowances, "0 allowances is an answer")
	assert.True(t, got.Nonresident)
	assert.True(t, got.ShowPartYear)

	again, err := link.ParseProfile(link.FormatProfile(got), def)
	require.NoError(t, err)
	assert.Equal(t, link.FormatProfile(got), link.FormatProfile(again))
}

func TestParseProfileErrors(t *testing.T) {
	for _, tt := range []struct{ key, value string }{
		{"pay", "daily"}, {"other", "lots"}, {"other", "-5"}, {"allowances", "-1"}, {"allowances", "one"},
		{"f1", "maybe"}, {"partyear", "2"},
	} {
		_, err := link.ParseProfile(url.Values{tt.key: {tt.value}}, tax.Profile{})
		fes := calc.FieldErrors(err)
		require.Len(t, fes, 1, "%s=%s", tt.key, tt.value)
		assert.Equal(t, calc.Field(tt.key), fes[0].Field)
		assert.Equal(t, tt.value, fes[0].Value)
	}
}

// FuzzParseProfile: reading a profile never panics, every error names a
// field, and what was read writes back and reads again to the same
// profile.
func FuzzParseProfile(f *testing.F) {
	f.Add("pay=weekly&other=12000&allowances=2&f1=yes&partyear=TRUE")
	f.Add("pay=&other=$1,234.56&allowances=&f1=0")
	f.Add("allowances=99999999999&other=1e9")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		var p tax.Profile
		bounded(t, "ParseProfile", func() { p, err = link.ParseProfile(v, tax.DefaultProfile()) })
		if err != nil && len(calc.FieldErrors(err)) == 0 {
			t.Fatalf("error without a field: %v", err)
		}
		again, err := link.ParseProfile(link.FormatProfile(p), tax.Profile{})
		if err != nil {
			t.Fatalf("re-parsing %q: %v", link.FormatProfile(p).Encode(), err)
		}
		if link.FormatProfile(again).Encode() != link.FormatProfile(p).Encode() {
			t.Fatalf("round trip: %q then %q", link.FormatProfile(p).Encode(), link.FormatProfile(again).Encode())
		}
	})
}
