package calc

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// A Field names one input that can be wrong: a field of a Plan (the
// constants below), of a take-home profile (package calc/tax defines
// those), or of a Policy, as a path such as "policy.band.min". The link
// format (package calc/link) uses a plan's and a profile's Field as the URL
// query key, so an error from Compute, from the estimate or from reading a
// link names the same field, and a form puts the message beside it.
type Field string

// The fields of a Plan.
const (
	FieldStart      Field = "start"
	FieldEnd        Field = "end"
	FieldRate       Field = "rate"
	FieldHours      Field = "hours"
	FieldOvertime   Field = "overtime"
	FieldMode       Field = "mode"
	FieldHousing    Field = "housing"
	FieldDegree     Field = "degree"
	FieldDiscipline Field = "discipline"
	FieldGrad       Field = "grad"
	FieldApps       Field = "apps"
)

// PlanFields lists the fields of a Plan in the order a form shows them.
func PlanFields() []Field {
	return []Field{FieldStart, FieldEnd, FieldRate, FieldHours, FieldOvertime, FieldMode, FieldHousing, FieldDegree, FieldDiscipline, FieldGrad, FieldApps}
}

// A FieldError reports a value that cannot be used: the field, the value as
// given (cut short when long), and what would be accepted, as a phrase that
// follows "want" or "enter" ("a date, YYYY-MM-DD").
//
// Every error of this module's parsers and computations is a *FieldError,
// or several joined with errors.Join (FieldErrors lists them), so no
// caller needs to read an error's text.
type FieldError struct {
	Field Field
	Value string
	Want  string
}

func (e *FieldError) Error() string {
	return "calc: " + string(e.Field) + " " + strconv.Quote(e.Value) + ": want " + e.Want
}

// NewFieldError returns a *FieldError for field, value and want, with a
// value longer than 60 bytes cut short (at a character boundary, with
// "…"): an error echoes what was given, not a 100,000-digit number whole.
func NewFieldError(field Field, value, want string) *FieldError {
	return &FieldError{Field: field, Value: clip(value, 60), Want: want}
}

// FieldErrors returns every *FieldError in err, which may join several (as
// Compute's errors do), in order.
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if fe, ok := err.(*FieldError); ok {
			out = append(out, fe)
			return
		}
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}

// clip shortens s to at most n bytes for a message, at a character
// boundary, marking the cut with "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// decString formats a decimal for an error message. A huge exponent is
// written as one ("1e111111111"): String would spell out every digit.
func decString(d decimal.Decimal) string {
	if exp := d.Exponent(); exp > 64 || exp < -64 {
		return clip(d.Coefficient().String(), 40) + "e" + strconv.Itoa(int(exp))
	}
	return d.String()
}

// CheckAmount returns nil when v is from 0 to limit with at most scale
// decimal places (trailing zeros do not count: "45.500" has one), and
// otherwise a *FieldError for field saying want. Every decimal that comes
// from outside (a posting, a link, a form, storage) is checked with it
// before any other arithmetic: its exponent first, since comparing
// 1e-30000000 with a limit, or rounding it, would scale a number to thirty
// million digits, and 1e111111111 is no better.
func CheckAmount(field Field, v, limit decimal.Decimal, scale int32, want string) error {
	if amountOK(v, limit, scale) {
		return nil
	}
	return NewFieldError(field, decString(v), want)
}

//go:noinline
func amountOK(v, limit decimal.Decimal, scale int32) bool {
	// The exponent first, a zero's too: 0E+99999999 is zero, but adding it
	// to anything scales the sum to a hundred million digits.
	switch exp := v.Exponent(); {
	case exp > 64 || exp < -64:
		return false
	case v.Sign() == 0:
		return true
	case v.Sign() < 0 || v.GreaterThan(limit):
		return false
	}
	return v.Exponent() >= -scale || v.Equal(v.Round(scale))
}
