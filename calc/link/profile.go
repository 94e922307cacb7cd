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
	r.count(tax.FieldAllowances, &t.Allowances, "a whole number of allowances, 0 or more", "a whole number of allowances, 0 or more")
	r.flag(tax.FieldF1, &t.ExemptFICA)
	r.flag(tax.FieldPartYear, &t.ShowPartYear)
	return t, errors.Join(r.errs...)
}

// FormatProfile returns the profile as URL query values: the frequency when
// set, other income when not zero, the allowances always (0 is an answer),
// and the yes-or-no fields when yes.
func FormatProfile(t tax.Profile) url.Values {
	v := url.Values{}
	set(v, tax.FieldPay, string(t.Frequency))
	set(v, tax.FieldOther, amount(t.OtherIncome))
	set(v, tax.FieldAllowances, strconv.Itoa(t.Allowances))
	if t.ExemptFICA {
		set(v, tax.FieldF1, "1")
	}
	if t.ShowPartYear {
		set(v, tax.FieldPartYear, "1")
	}
	return v
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
