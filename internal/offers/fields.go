package offers

import (
	"net/url"
	"strconv"

	"github.com/offercalc/offercalc/calc"
)

// fields are a form's text, each field exactly as typed, keyed by its
// name, and the message for each that cannot be used.
type fields struct {
	values url.Values
	errs   map[string]string
}

// An option is one choice of a select.
type option struct{ value, label string }

// fieldMessage is a field error as a sentence for the applicant.
func fieldMessage(fe *calc.FieldError) string {
	if fe.Value == "" {
		return "Required: enter " + fe.Want + "."
	}
	return "Not accepted: " + strconv.Quote(fe.Value) + ". Enter " + fe.Want + "."
}

// policyMessage is a posting's error as a sentence.
func policyMessage(err error) string {
	fes := calc.FieldErrors(err)
	if len(fes) == 0 {
		return "The posting's terms are invalid: " + err.Error() + "."
	}
	return "The posting's terms are invalid at " + string(fes[0].Field) + ": " + fieldMessage(fes[0])
}

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}
