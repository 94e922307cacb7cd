package calc_test

import (
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// onlyError returns the one *FieldError of err.
func onlyError(t *testing.T, err error) *calc.FieldError {
	t.Helper()
	fes := calc.FieldErrors(err)
	require.Len(t, fes, 1, "%v", err)
	return fes[0]
}

// jsonJargon is what encoding/json says that an applicant cannot act on.
var jsonJargon = []string{"EOF", "calc.Policy", "Go value", "array", "unmarshal"}

// Regression: an empty file said "unexpected EOF", and a list "a JSON
// array is not a calc.Policy". What ParsePolicy says of text that is not
// a posting's terms is in the applicant's words.
func TestParsePolicyMessages(t *testing.T) {
	for _, in := range []string{"", " \n\t "} {
		fe := onlyError(t, calcParse(in))
		assert.Equal(t, calc.Field("policy"), fe.Field)
		assert.Equal(t, "", fe.Value, "an empty file echoes nothing")
		assert.Contains(t, fe.Want, "the file is empty")
		assert.Contains(t, fe.Want, "one JSON object {…}")
		assert.NotContains(t, fe.Want, ":", "one phrase, no stray colon")
	}
	for _, in := range []string{"[]", "[{}]", " [1, 2] ", `[{"title": "x"}]`} {
		fe := onlyError(t, calcParse(in))
		assert.Equal(t, calc.Field("policy"), fe.Field)
		assert.Equal(t, "a posting's terms as one JSON object {…}, not a list [ … ]", fe.Want, "%q", in)
	}
	for _, in := range []string{"null", "42", `"terms"`, "<html>", "true"} {
		fe := onlyError(t, calcParse(in))
		assert.Equal(t, "a posting's terms as one JSON object {…}", fe.Want, "%q", in)
	}
	for _, in := range []string{`{"title":`, `{"title": "x",`, "{", `{"band": {"min": "45"}`} {
		fe := onlyError(t, calcParse(in))
		assert.True(t, strings.HasPrefix(fe.Want, "valid JSON: "), "%q: %s", in, fe.Want)
	}
	for _, in := range []string{"", "[]", "null", `{"title":`, `{"band": []}`, `{"seasons": {}}`, `{"programWeeks": "x"}`} {
		msg := calcParse(in).Error()
		for _, j := range jsonJargon {
			assert.NotContains(t, msg, j, "%q", in)
		}
		assert.NotContains(t, msg, "::", "%q", in)
	}
}

func calcParse(s string) error {
	_, err := calc.ParsePolicy([]byte(s))
	return err
}

// A value of 100,000 characters is echoed cut short wherever it is: a
// number, a text, an unknown field, the whole file; a number without its
// JSON quotes.
func TestParsePolicyEchoesValuesCutShort(t *testing.T) {
	digits := strings.Repeat("9", 100_000)
	for _, field := range policyDecimalFields() {
		for _, quoted := range []bool{true, false} {
			fe := onlyError(t, calcParse(string(postingWith(t, field, digits, quoted))))
			assert.LessOrEqual(t, len(fe.Value), 64, field)
			assert.True(t, strings.HasPrefix(fe.Value, "999"), "%s: the value is echoed as given, not as JSON: %.10q", field, fe.Value)
		}
	}
	long := strings.Repeat("é", 50_000) // at a character boundary too
	for name, data := range map[string][]byte{
		"title":   edit(t, func(m map[string]any) { m["title"] = long }),
		"unknown": edit(t, func(m map[string]any) { m["bnad"] = long }),
		"season":  edit(t, func(m map[string]any) { m["seasons"] = long }),
		"list":    []byte("[" + strings.Repeat(`"x",`, 30_000) + `"x"]`),
		"text":    []byte(strings.Repeat("not json ", 20_000)),
		"syntax":  []byte(`{"title": "` + long + `" "x"}`),
		"too big": []byte(`{"title": "` + strings.Repeat("x", calc.MaxPolicySize) + `"}`),
	} {
		err := calcParse(string(data))
		require.Error(t, err, name)
		for _, fe := range calc.FieldErrors(err) {
			assert.LessOrEqual(t, len(fe.Value), 64, "%s: %s", name, fe.Field)
			assert.True(t, strings.ToValidUTF8(fe.Value, "?") == fe.Value, "%s: cut inside a character", name)
		}
		assert.Less(t, len(err.Error()), 1000, name)
	}
}
