package saved

import (
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
)

func TestParseKeepsOnlyWhatReads(t *testing.T) {
	p := calc.DefaultPolicy()
	p.ID = "mine"
	s, err := New(p, "", "the text")
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != p.Title {
		t.Errorf("name %q", s.Name)
	}
	bad := s
	bad.ID = "not-its-terms"
	raw := Encode([]Posting{s, s, bad})
	raw = strings.TrimSuffix(raw, "]") + `,{"id":"x","policy":{"title":""}}]`
	list, dropped := Parse(raw)
	if len(list) != 1 || dropped != 3 || list[0].Terms.Title != p.Title || list[0].Text != "the text" {
		t.Errorf("%d kept, %d dropped", len(list), dropped)
	}
	if !Same(list[0], p) {
		t.Error("Same: the terms as saved differ")
	}
	p.MaxApplications++
	if Same(list[0], p) {
		t.Error("Same: other terms")
	}
	if list, dropped := Parse("{not json"); list != nil || dropped != 1 {
		t.Error("bad JSON")
	}
	if Encode(nil) != "" {
		t.Error("Encode(nil)")
	}
}
