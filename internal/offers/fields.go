package offers

import (
	"net/url"
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
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
	switch {
	case fe.Value == "" && fe.Field == calc.Field(link.KeyPolicy):
		// calc.ParsePolicy of an empty file: not a field left empty.
		return "Not accepted: the file is empty. A posting's terms are one JSON object {…}, as in /web/policy-sample.json."
	case fe.Value == "":
		return "Required: enter " + fe.Want + "."
	}
	return "Not accepted: " + strconv.Quote(fe.Value) + ". Enter " + fe.Want + "."
}

// policyMessage is a posting's error as a sentence; from says where the
// terms came from ("in the file", "in the link"), for an error about them
// as a whole (not JSON, not one object, an empty file).
func policyMessage(err error, from string) string {
	fes := calc.FieldErrors(err)
	switch {
	case len(fes) == 0:
		return "The posting's terms " + from + " are invalid: " + err.Error() + "."
	case fes[0].Field == calc.Field(link.KeyPolicy):
		return "The posting's terms " + from + ": " + fieldMessage(fes[0])
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
