package calc_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/bound"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileDecimals names each of bound.HostileDecimals by its first
// characters and length.
func hostileDecimals() map[string]string {
	m := map[string]string{}
	for _, v := range bound.HostileDecimals() {
		m[fmt.Sprintf("%.12s (%d bytes)", v, len(v))] = v
	}
	return m
}

// policyDecimalFields lists the path ("band.min", "sick.accrualPer") of
// every decimal field of a posting's JSON, found by reflection over
// calc.Policy, so that a decimal field added later is tested too.
func policyDecimalFields() []string {
	var out []string
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch {
			case f.Type == reflect.TypeFor[decimal.Decimal]():
				out = append(out, prefix+name)
			case f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[calc.Date]():
				walk(prefix+name+".", f.Type)
			case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct && f.Type.Elem() != reflect.TypeFor[calc.Date]():
				// A list's elements: none holds a decimal today; a test
				// of its own would need an element to put it in.
				if hasDecimal(f.Type.Elem()) {
					panic("a decimal in a list of " + f.Type.Elem().String() + ": extend policyDecimalFields")
				}
			}
		}
	}
	walk("", reflect.TypeFor[calc.Policy]())
	return out
}

func hasDecimal(t reflect.Type) bool {
	for i := range t.NumField() {
		f := t.Field(i).Type
		if f == reflect.TypeFor[decimal.Decimal]() || f.Kind() == reflect.Struct && f != reflect.TypeFor[calc.Date]() && hasDecimal(f) {
			return true
		}
	}
	return false
}

// postingWith returns the shipped posting's JSON with the field at path
// (as policyDecimalFields names it) set to value, as a JSON string when
// quoted, else as a bare JSON number.
func postingWith(t testing.TB, path, value string, quoted bool) []byte {
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
	var v any = json.Number(value)
	if quoted {
		v = value
	}
	obj[keys[len(keys)-1]] = v
	out, err := json.Marshal(m)
	require.NoError(t, err)
	return out
}

func TestPolicyDecimalFieldsAreFound(t *testing.T) {
	assert.ElementsMatch(t, []string{
		"band.min", "band.max", "hoursPerWeek", "hoursPerDay",
		"sick.firstHalfHours", "sick.secondHalfHours", "sick.accrualPer", "sick.maxHours",
	}, policyDecimalFields())
}

// Regression: a posting's decimal of 1e-30000000 took seconds to refuse,
// and 1e-99999999 a minute (see TestTinyExponentIsRefusedAtOnce). Every
// decimal field of a posting's JSON, as a string or as a bare number, is
// refused within the bound, with an error that names the field and echoes
// the value cut short.
func TestParsePolicyRefusesHostileDecimals(t *testing.T) {
	for _, field := range policyDecimalFields() {
		for name, value := range hostileDecimals() {
			for _, quoted := range []bool{true, false} {
				data := postingWith(t, field, value, quoted)
				var err error
				if took, ok := bound.Check("ParsePolicy", func() { _, err = calc.ParsePolicy(data) }); !ok {
					t.Errorf("%s = %s (quoted %v): refused in %s, over the bound", field, name, quoted, took)
				}
				if err == nil {
					t.Errorf("%s = %s (quoted %v): accepted", field, name, quoted)
					continue
				}
				fes := calc.FieldErrors(err)
				if len(fes) != 1 || fes[0].Field != calc.Field("policy."+field) {
					t.Errorf("%s = %s (quoted %v): errors %v, want one for policy.%s", field, name, quoted, fes, field)
					continue
				}
				if n := len(fes[0].Value); n > 64 {
					t.Errorf("%s = %s: the error echoes %d bytes of the value", field, name, n)
				}
				if msg := err.Error(); len(msg) > 400 {
					t.Errorf("%s = %s: a message of %d bytes", field, name, len(msg))
				}
			}
		}
	}
}
