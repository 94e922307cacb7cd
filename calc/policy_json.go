package calc

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParsePolicy decodes a policy from JSON and validates every field. Every
// problem is a *FieldError naming the field by its path
// ("policy.seasons[1].startDates[0]"), and all of them are reported,
// joined: an unknown field (a misspelt term is not silently ignored), a
// value of the wrong kind, a missing or absurd value. Text that is not a
// JSON object, or is larger than MaxPolicySize, is one error for the field
// "policy".
//
// Its work is bounded by the size of data: a number longer than 40
// characters is refused before it is converted.
func ParsePolicy(data []byte) (Policy, error) {
	whole := func(value, want string) (Policy, error) {
		return Policy{}, NewFieldError("policy", value, want)
	}
	data = bytes.TrimSpace(data)
	switch {
	case len(data) > MaxPolicySize:
		return whole(strconv.Itoa(len(data)>>10)+" KB", "a posting's terms in at most "+strconv.Itoa(MaxPolicySize>>10)+" KB of JSON")
	case len(data) == 0:
		return whole("", "a posting's terms as one JSON object {…} (the file is empty)")
	case data[0] == '[':
		return whole(string(data), "a posting's terms as one JSON object {…}, not a list [ … ]")
	case data[0] != '{':
		return whole(string(data), "a posting's terms as one JSON object {…}")
	}
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		if se, ok := errors.AsType[*json.SyntaxError](err); ok { // AsType: no reflection
			at := int(se.Offset)
			return whole(near(data, at), "valid JSON: "+strings.TrimPrefix(se.Error(), "json: ")+", at byte "+strconv.Itoa(at))
		}
		return whole(near(data, len(data)), "valid JSON: it ends too soon")
	}
	var p Policy
	var errs []error
	decodeJSON(&errs, "policy", data, reflect.ValueOf(&p).Elem())
	// The fields that could not be decoded are zero: Validate's errors for
	// them would say so twice.
	failed := map[Field]bool{}
	for _, e := range errs {
		failed[e.(*FieldError).Field] = true
	}
	for _, fe := range FieldErrors(p.Validate()) {
		if !failed[fe.Field] {
			errs = append(errs, fe)
		}
	}
	if len(errs) > 0 {
		return Policy{}, errors.Join(errs...)
	}
	return p, nil
}

// near is the JSON around byte at, for an error message, cut at
// character boundaries.
func near(data []byte, at int) string {
	from, to := max(at-20, 0), min(at+20, len(data))
	for from < to && !utf8.RuneStart(data[from]) {
		from++
	}
	for to < len(data) && to > from && !utf8.RuneStart(data[to]) {
		to--
	}
	return strings.ToValidUTF8(string(bytes.TrimSpace(data[from:to])), "")
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()
var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

// decodeJSON decodes raw into v, the field at path, a field at a time, so
// that every error names its field and none stops the others: an object
// is decoded key by key into a struct (a key the struct has no field for
// is an error), a list element by element, and anything else by
// encoding/json into the field.
func decodeJSON(errs *[]error, path string, raw json.RawMessage, v reflect.Value) {
	bad := func(value, want string) { *errs = append(*errs, NewFieldError(Field(path), value, want)) }
	t := v.Type()
	leaf := reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType)
	switch {
	case !leaf && t.Kind() == reflect.Struct:
		var fields map[string]json.RawMessage
		if json.Unmarshal(raw, &fields) != nil || fields == nil {
			bad(string(raw), "an object, {…}")
			return
		}
		known := map[string]bool{}
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			known[name] = true
			if r, ok := fields[name]; ok {
				decodeJSON(errs, path+"."+name, r, v.Field(i))
			}
		}
		var unknown []string
		for k := range fields {
			if !known[k] {
				unknown = append(unknown, k)
			}
		}
		slices.Sort(unknown)
		for _, k := range unknown {
			*errs = append(*errs, NewFieldError(Field(path+"."+k), string(fields[k]), "no such field: only the fields of the posting format (calc/policy.json, /web/policy-sample.json)"))
		}
	case !leaf && t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		if string(raw) == "null" {
			v.SetZero()
			return
		}
		var items []json.RawMessage
		if json.Unmarshal(raw, &items) != nil {
			bad(string(raw), "a list, [ … ]")
			return
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, r := range items {
			decodeJSON(errs, path+"["+strconv.Itoa(i)+"]", r, s.Index(i))
		}
		v.Set(s)
	default:
		if t.Kind() != reflect.Slice && len(raw) > 42 && (raw[0] == '"' || raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9') && t.Kind() != reflect.String {
			// The value as given, without its JSON quotes.
			bad(string(bytes.Trim(raw, `"`)), "a number of at most 40 characters")
			return
		}
		if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
			value := string(raw)
			if s, err := strconv.Unquote(value); err == nil {
				value = s
			}
			bad(value, jsonWant(t))
		}
	}
}

// jsonWant says what a field of type t accepts, for its error.
func jsonWant(t reflect.Type) string {
	switch {
	case t == reflect.TypeFor[Date]():
		return "a date as a string, \"YYYY-MM-DD\""
	case t.PkgPath() == "github.com/shopspring/decimal":
		return "a number as a string, like \"45\" or \"52.50\""
	case t.Kind() == reflect.Slice && t.Elem() == reflect.TypeFor[Date]():
		return "a list of dates, [\"YYYY-MM-DD\", …]"
	case t.Kind() == reflect.Slice:
		return "a list of strings, [\"…\", …]"
	}
	switch t.Kind() {
	case reflect.Int:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	}
	return "text in quotes, \"…\""
}

// DefaultPlan returns the plan an applicant starts from for posting p,
// nothing else given: the first published start date, or, when p
// publishes none, the first day of its first season.
func DefaultPlan(p Policy) Plan {
	if d := p.StartDates(); len(d) > 0 {
		return Plan{Start: d[0]}
	}
	if len(p.Seasons) > 0 {
		return Plan{Start: p.Seasons[0].From}
	}
	return Plan{}
}
