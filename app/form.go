package main

import (
	"net/url"
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
)

// form is the form's text: each field exactly as the applicant typed it,
// keyed by its calc.Field (the link's query key), never turned into a
// number by the page (go-app's ValueTo would make "abc" 0): calc/link
// parses it, and a value it cannot read keeps its text and gets a message.
//
// A control is rendered from shown, not from values: shown changes only
// when the app sets a field (a start-date button, the slider, a restored
// plan). If typing re-rendered the value, a render landing between two
// keystrokes would write the older text back over the newer, and the
// second keystroke would be lost.
type form struct {
	values url.Values
	shown  url.Values
	errs   map[calc.Field]string
}

func newForm(v url.Values) form {
	f := form{values: url.Values{}, errs: map[calc.Field]string{}}
	for k, vs := range v {
		if len(vs) > 0 && vs[0] != "" {
			f.values.Set(k, vs[0])
		}
	}
	f.shown = f.query()
	return f
}

// get returns a field's text as typed.
func (f *form) get(k calc.Field) string { return f.values.Get(string(k)) }

// show returns the text to render in a field: see form.
func (f *form) show(k calc.Field) string { return f.shown.Get(string(k)) }

// set records what was typed into a field. An emptied start is kept as
// empty (it is required, and says so) rather than dropped.
func (f *form) set(k calc.Field, text string) {
	if text == "" && k != calc.FieldStart {
		f.values.Del(string(k))
		return
	}
	f.values.Set(string(k), text)
}

// choose sets a field on the applicant's behalf, so its control shows it.
func (f *form) choose(k calc.Field, text string) {
	f.set(k, text)
	f.shown.Set(string(k), text)
}

// query returns the form as a URL query: every non-empty field, valid or
// not, so that a reload or a shared link shows what was typed, and its
// message.
func (f *form) query() url.Values {
	out := url.Values{}
	for k, vs := range f.values {
		if vs[0] != "" {
			out.Set(k, vs[0])
		}
	}
	return out
}

// fieldMessage is a field error as a sentence for the applicant.
func fieldMessage(fe *calc.FieldError) string {
	if fe.Value == "" && fe.Field == calc.Field(link.KeyPolicy) {
		// calc.ParsePolicy of an empty file: not a field left empty.
		return "Not accepted: the file is empty. " + emptyTerms
	}
	if fe.Value == "" {
		return "Required: enter " + fe.Want + "."
	}
	return "Not accepted: " + strconv.Quote(fe.Value) + ". Enter " + fe.Want + "."
}

// emptyTerms says what a posting's terms are, after an empty file.
const emptyTerms = "A posting's terms are one JSON object {…}, as in /web/policy-sample.json."
