package main

import (
	"net/url"
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
)

// planForm is the form's state: each field's text exactly as typed (bound
// as a string and parsed by link.ParsePlan, never go-app's ValueTo, which
// would turn "abc" into 0), and the message for each field that cannot be
// used.
//
// A text field's value is rendered from shown, not from values: shown
// changes only when the app sets a field (a start-date button, the slider,
// a restored plan). If typing re-rendered the value, a render that lands
// between two keystrokes would write the older text back over the newer,
// and the second keystroke would be lost.
type planForm struct {
	values url.Values
	shown  url.Values
	errs   map[string]string
}

func newPlanForm(v url.Values, p calc.Policy) planForm {
	f := planForm{values: url.Values{}}
	for k, vs := range v {
		if len(vs) > 0 && vs[0] != "" {
			f.values.Set(k, vs[0])
		}
	}
	if f.values.Get(string(calc.FieldStart)) == "" {
		if dates := p.StartDates(); len(dates) > 0 {
			f.values.Set(string(calc.FieldStart), dates[0].String())
		}
	}
	f.shown = f.query()
	return f
}

// get returns a field's text as typed.
func (f *planForm) get(key string) string { return f.values.Get(key) }

// show returns the text to render in a field: see planForm.
func (f *planForm) show(key string) string { return f.shown.Get(key) }

// choose sets a field's value on the applicant's behalf, so the field is
// rendered with it.
func (f *planForm) choose(key, value string) {
	f.set(key, value)
	f.shown.Set(key, value)
}

// set records what was typed into a field.
func (f *planForm) set(key, value string) {
	if value == "" {
		f.values.Del(key)
		if key == string(calc.FieldStart) {
			f.values.Set(key, "") // keep an emptied start: it is required
		}
		return
	}
	f.values.Set(key, value)
}

// query returns the form as the URL query: every non-empty field, valid or
// not, so a reload or a shared link shows what was typed and its message.
func (f *planForm) query() url.Values {
	out := url.Values{}
	for k, vs := range f.values {
		if vs[0] != "" {
			out.Set(k, vs[0])
		}
	}
	return out
}

// compute parses and computes the form's plan. It reports false, and keeps
// a message for each field in the way, when either step fails.
func (f *planForm) compute(p calc.Policy) (calc.Quote, bool) {
	f.errs = map[string]string{}
	plan, err := link.ParsePlan(f.values)
	if err == nil {
		var q calc.Quote
		if q, err = calc.Compute(p, plan); err == nil {
			return q, true
		}
	}
	for _, fe := range calc.FieldErrors(err) {
		f.errs[string(fe.Field)] = fieldMessage(fe)
	}
	if len(f.errs) == 0 { // an error that names no field: still say so
		f.errs[string(calc.FieldStart)] = err.Error()
	}
	return calc.Quote{}, false
}

// taxDefaults is the calculator's own starting profile: one DE 4 allowance,
// the usual single filer's, where tax.Profile's zero value has none.
var taxDefaults = tax.DefaultProfile()

// estimate parses the form's tax fields and estimates the take-home pay of
// q. It reports false, and keeps a message for each field in the way, when
// either step fails; the plan's messages are kept.
func (f *planForm) estimate(q calc.Quote) (tax.Estimate, bool) {
	for _, k := range tax.ProfileFields() {
		delete(f.errs, string(k))
	}
	profile, err := link.ParseProfile(f.values, taxDefaults)
	if err == nil {
		var est tax.Estimate
		if est, err = tax.Compute(q, profile); err == nil {
			return est, true
		}
	}
	for _, fe := range calc.FieldErrors(err) {
		f.errs[string(fe.Field)] = fieldMessage(fe)
	}
	return tax.Estimate{}, false
}

// fieldMessage is a FieldError as a sentence for the applicant.
func fieldMessage(fe *calc.FieldError) string {
	if fe.Value == "" {
		return "Required: enter " + fe.Want + "."
	}
	return "Not accepted: " + strconv.Quote(fe.Value) + ". Enter " + fe.Want + "."
}
