package calc

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
)

// The URL query keys of a TaxProfile, beside the plan's (see PlanKeys).
const (
	KeyPay        = "pay"        // the pay frequency
	KeyOther      = "other"      // other wages for the year
	KeyAllowances = "allowances" // DE 4 regular allowances
	KeyF1         = "f1"         // "1": an F-1 or J-1 student, exempt from Social Security and Medicare
	KeyPartYear   = "partyear"   // "1": show the part-year withholding method
)

// TaxKeys lists the tax profile's query keys in form order.
func TaxKeys() []string { return []string{KeyPay, KeyOther, KeyAllowances, KeyF1, KeyPartYear} }

// ParseTaxQuery reads a tax profile from URL query values, starting from
// def: a missing or empty value keeps def's. (A form may want defaults of
// its own: the calculator files one DE 4 allowance unless told otherwise,
// where TaxProfile's zero value has none.) Every value that cannot be read
// is a *FieldError naming its key; they are joined, and the profile holds
// the fields that could be read. Range checks are EstimateTax's.
func ParseTaxQuery(v url.Values, def TaxProfile) (TaxProfile, error) {
	t := def
	var errs []error
	get := func(k string) string { return strings.TrimSpace(v.Get(k)) }
	bad := func(k, want string) {
		errs = append(errs, &FieldError{Field: k, Value: v.Get(k), Want: want})
	}
	enum(get(KeyPay), &t.Frequency, PayFrequencies(), func(w string) { bad(KeyPay, w) })
	if s := get(KeyOther); s != "" {
		d, ok := parseAmount(s)
		switch {
		case !ok:
			bad(KeyOther, "a dollar amount, like 12000")
		case d.IsNegative():
			bad(KeyOther, "an amount of $0 or more")
		default:
			t.OtherIncome = d
		}
	}
	if s := get(KeyAllowances); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			bad(KeyAllowances, "a whole number of allowances, 0 or more")
		} else {
			t.CAAllowances = n
		}
	}
	flag := func(k string, dst *bool) {
		switch strings.ToLower(get(k)) {
		case "":
		case "1", "true", "on", "yes":
			*dst = true
		case "0", "false", "off", "no":
			*dst = false
		default:
			bad(k, `"1" (yes) or "0" (no)`)
		}
	}
	flag(KeyF1, &t.ExemptFICA)
	flag(KeyPartYear, &t.PartYear)
	return t, errors.Join(errs...)
}

// Query returns the profile as URL query values: the frequency when set,
// other income when not zero, the allowances always (0 is an answer), and
// the two flags when true.
func (t TaxProfile) Query() url.Values {
	v := url.Values{}
	if t.Frequency != "" {
		v.Set(KeyPay, string(t.Frequency))
	}
	if !t.OtherIncome.IsZero() {
		v.Set(KeyOther, t.OtherIncome.String())
	}
	v.Set(KeyAllowances, strconv.Itoa(t.CAAllowances))
	if t.ExemptFICA {
		v.Set(KeyF1, "1")
	}
	if t.PartYear {
		v.Set(KeyPartYear, "1")
	}
	return v
}
