package calc_test

import (
	"net/url"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTaxQuery(t *testing.T) {
	def := calc.TaxProfile{CAAllowances: 1}
	got, err := calc.ParseTaxQuery(url.Values{}, def)
	require.NoError(t, err)
	assert.Equal(t, def, got, "nothing given keeps the defaults")

	got, err = calc.ParseTaxQuery(url.Values{"pay": {"Weekly"}, "other": {"$12,000"}, "allowances": {"0"}, "f1": {"1"}, "partyear": {"on"}}, def)
	require.NoError(t, err)
	assert.Equal(t, calc.Weekly, got.Frequency)
	assert.Equal(t, "12000", got.OtherIncome.String())
	assert.Equal(t, 0, got.CAAllowances, "0 allowances is an answer")
	assert.True(t, got.ExemptFICA)
	assert.True(t, got.PartYear)

	again, err := calc.ParseTaxQuery(got.Query(), def)
	require.NoError(t, err)
	assert.Equal(t, got.Query(), again.Query())
}

func TestParseTaxQueryErrors(t *testing.T) {
	for _, tt := range []struct{ key, value string }{
		{"pay", "daily"}, {"other", "lots"}, {"other", "-5"}, {"allowances", "-1"}, {"allowances", "one"},
		{"f1", "maybe"}, {"partyear", "2"},
	} {
		_, err := calc.ParseTaxQuery(url.Values{tt.key: {tt.value}}, calc.TaxProfile{})
		fes := calc.FieldErrors(err)
		require.Len(t, fes, 1, "%s=%s", tt.key, tt.value)
		assert.Equal(t, tt.key, fes[0].Field)
		assert.Equal(t, tt.value, fes[0].Value)
	}
}
