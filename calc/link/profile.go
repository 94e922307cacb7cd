package link

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
)

// ParseProfile reads a take-home profile from URL query values, starting
// from def (usually tax.DefaultProfile()): a missing or empty value keeps
// def's. Every value that cannot be read is a *calc.FieldError naming its
// field; they are joined, and the profile holds the fields that could be
// read. The yes-or-no fields accept 1, true, on, yes and 0, false, off, no,
// in any case; FormatProfile writes 1. Range checks are the estimate's.
func ParseProfile(v url.Values, def tax.Profile) (tax.Profile, error) {
	t := def
	r := reader{v: v}
	enum(&r, tax.FieldPay, &t.Frequency, tax.PayFrequencies())
	r.amount(tax.FieldOther, &t.OtherIncome, false, "a dollar amount, like 12000", "an amount of $0 or more")
	r.code(tax.FieldState, &t.State, `a USPS state code, such as "CA" or "NY" ("none" for no state)`)
	r.code(tax.FieldLocality, &t.Locality, `"NYC" to live in New York City, or "none"`)
	r.count(tax.FieldAllowances, &t.Allowances, "a whole number of allowances, 0 or more", "a whole number of allowances, 0 or more")
	r.flag(tax.FieldF1, &t.Nonresident)
	r.code(tax.FieldCountry, &t.Country, `a two-letter country code, such as "IN" or "CN"`)
	r.amount(tax.FieldTreaty, &t.TreatyExempt, false, "a dollar amount, like 5000", "an amount of $0 or more")
	enum(&r, tax.FieldHousingPaid, &t.Housing, tax.HousingForms())
	r.flag(tax.FieldPartYear, &t.ShowPartYear)
	r.date(tax.FieldLastJob, &t.LastJob)
	return t, errors.Join(r.errs...)
}

// FormatProfile returns the profile as URL query values: the frequency, the
// state, the locality and a country when set, other income and a treaty's
// amount when not zero, the allowances always (0 is an answer), and the
// yes-or-no fields when yes. ParseProfile reads it back from the default
// it was made from (tax.ProfileFor a posting gives its state; "none" in a
// link says none).
func FormatProfile(t tax.Profile) url.Values {
	v := url.Values{}
	set(v, tax.FieldPay, string(t.Frequency))
	set(v, tax.FieldOther, amount(t.OtherIncome))
	set(v, tax.FieldState, t.State)
	set(v, tax.FieldLocality, t.Locality)
	set(v, tax.FieldAllowances, strconv.Itoa(t.Allowances))
	if t.Nonresident {
		set(v, tax.FieldF1, "1")
	}
	set(v, tax.FieldCountry, t.Country)
	set(v, tax.FieldTreaty, amount(t.TreatyExempt))
	set(v, tax.FieldHousingPaid, string(t.Housing))
	if t.ShowPartYear {
		set(v, tax.FieldPartYear, "1")
	}
	set(v, tax.FieldLastJob, t.LastJob.String())
	return v
}

// code reads a code (a state, a locality, a country: up to eight ASCII
// letters) in any case, upper cased; "none" is none, over a default.
// Whether it names one is the estimate's to say.
func (r *reader) code(f calc.Field, dst *string, form string) {
	s := r.get(f)
	switch {
	case s == "":
	case strings.EqualFold(s, "none"):
		*dst = ""
	case len(s) > 8 || !letters(s):
		r.bad(f, form)
	default:
		*dst = strings.ToUpper(s)
	}
}

// letters reports whether s is ASCII letters only, as every code is.
func letters(s string) bool {
	for i := range len(s) {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// ParseFlag reads a yes-or-no value as ParseProfile does: 1, true, on, yes
// or 0, false, off, no, in any case; ok is false for anything else. Empty
// is no.
func ParseFlag(s string) (yes, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "true", "on", "yes":
		return true, true
	case "", "0", "false", "off", "no":
		return false, true
	}
	return false, false
}

func (r *reader) flag(f calc.Field, dst *bool) {
	if r.get(f) == "" {
		return
	}
	yes, ok := ParseFlag(r.get(f))
	if !ok {
		r.bad(f, `"1" (yes) or "0" (no)`)
		return
	}
	*dst = yes
}
