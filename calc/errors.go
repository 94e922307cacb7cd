package calc

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// A FieldError reports a value that Compute or ParsePolicy cannot accept: the
// field, the value as given, and what would be accepted. For a Plan, Field is
// the name the URL query uses ("start", "end", "rate", "hours", "overtime",
// "mode", "housing", "degree", "discipline", "grad", "apps"), so a form can
// put the message beside the input; for a Policy it is a path such as
// "policy.band.min".
type FieldError struct {
	Field string
	Value string
	Want  string
}

func (e *FieldError) Error() string {
	return "calc: " + e.Field + " " + strconv.Quote(e.Value) + ": want " + e.Want
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

// decString formats a decimal for an error message. A huge exponent is
// written as one ("1e111111111"): String would spell out every digit.
func decString(d decimal.Decimal) string {
	if exp := d.Exponent(); exp > 64 || exp < -64 {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(exp))
	}
	return d.String()
}
