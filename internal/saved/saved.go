// Package saved is what the calculator keeps in a browser's local storage,
// as the calculator (app) and the offers page (internal/offers) both read
// and write it: the applicant's postings, and the plan kept for each.
// Nothing here touches the browser; the pages pass the stored strings.
package saved

import (
	"encoding/json"
	"slices"

	"github.com/offercalc/offercalc/calc"
)

// Storage keys.
const (
	// PostingsKey holds your postings, as Encode writes them.
	PostingsKey = "offercalc.postings.v1"
	// PlanKey, followed by a posting's id, holds the plan kept for it,
	// as a link's query (calc/link).
	PlanKey = "offercalc.plan.v2."
)

// MaxPostings is how many postings one may keep: each may hold its text
// (up to 256 KB), and a browser gives a site about 5 MB.
const MaxPostings = 12

// A Posting is one of your postings: its terms, the name you gave it, and
// the text it was read from, if any (to check it again beside its
// sentences).
type Posting struct {
	ID     string          `json:"id"`
	Name   string          `json:"name"`
	Policy json.RawMessage `json:"policy"`
	Text   string          `json:"text,omitempty"`

	// Terms is Policy, parsed: set by Parse and by New.
	Terms calc.Policy `json:"-"`
}

// New returns the posting p kept under name, with the text it was read
// from.
func New(p calc.Policy, name, text string) (Posting, error) {
	raw, err := json.Marshal(p)
	if err != nil {
		return Posting{}, err
	}
	if name == "" {
		name = p.Title
	}
	return Posting{ID: p.ID, Name: name, Policy: raw, Text: text, Terms: p}, nil
}

// Parse reads your postings as stored. One that cannot be read (invalid
// terms, an id that is not its terms' or that repeats, past MaxPostings)
// is left out; dropped counts them.
func Parse(raw string) (out []Posting, dropped int) {
	if raw == "" {
		return nil, 0
	}
	var list []Posting
	if json.Unmarshal([]byte(raw), &list) != nil {
		return nil, 1
	}
	for _, s := range list {
		p, err := calc.ParsePolicy(s.Policy)
		if err != nil || s.ID == "" || s.ID != p.ID || len(out) == MaxPostings || Find(out, s.ID) >= 0 {
			dropped++
			continue
		}
		s.Terms = p
		if s.Name == "" {
			s.Name = p.Title
		}
		out = append(out, s)
	}
	return out, dropped
}

// Encode writes your postings for storage; "" for none.
func Encode(list []Posting) string {
	if len(list) == 0 {
		return ""
	}
	b, _ := json.Marshal(list)
	return string(b)
}

// Find returns the index of the posting with id, or -1.
func Find(list []Posting, id string) int {
	return slices.IndexFunc(list, func(s Posting) bool { return s.ID == id })
}

// Same reports whether p has the terms of posting s, exactly.
func Same(s Posting, p calc.Policy) bool {
	raw, err := json.Marshal(p)
	return err == nil && string(raw) == string(s.Policy)
}
