package posting_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/shopspring/decimal"
)

// A want file holds the terms a careful reader takes from a posting's
// text, written by hand from the text, or the error a text must give.
type want struct {
	Error            string
	Title            string
	Employer         string
	Location         string
	State            string
	Locality         string
	Band             calc.Band
	Tiers            []struct{ Label, Min, Max string }
	ProgramWeeks     int
	CommitmentMonths int
	HoursPerWeek     decimal.Decimal
	HoursPerDay      decimal.Decimal
	Seasons          []calc.Season
	Holidays         []string
	Sick             calc.SickRule
	Housing          calc.HousingRule
	MaxApplications  int
	Assumed          []string
}

// corpus returns the texts of testdata/corpus, by name.
func corpus(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil || len(files) < 32 {
		t.Fatalf("corpus: %d texts, %v", len(files), err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	return out
}

// TestCorpus reads every posting of the corpus and compares what it reads
// with the want file, term by term. At least 25 of them are postings with
// terms to read, not texts that must be refused.
func TestCorpus(t *testing.T) {
	postings := 0
	defer func() {
		if postings < 25 {
			t.Errorf("the corpus has %d postings with terms to read, want at least 25", postings)
		}
	}()
	for name, text := range corpus(t) {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/corpus/" + name + ".want.json")
			if err != nil {
				t.Fatal(err)
			}
			var w want
			dec := json.NewDecoder(strings.NewReader(string(data)))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&w); err != nil {
				t.Fatalf("%s.want.json: %v", name, err)
			}
			r, err := posting.Read(text, posting.Options{Year: 2026})
			if w.Error != "" {
				var fe *calc.FieldError
				if !errors.As(err, &fe) || fe.Field != "posting.text" || !strings.Contains(fe.Want, w.Error) {
					t.Fatalf("want an error about %q, got %v", w.Error, err)
				}
				return
			}
			postings++
			if err != nil {
				t.Fatal(err)
			}
			var diffs []string
			check := func(field string, want, got any) {
				if fmt.Sprint(want) != fmt.Sprint(got) {
					diffs = append(diffs, fmt.Sprintf("%-16s want %v\n%-16s  got %v", field, want, "", got))
				}
			}
			p := r.Policy
			check("title", w.Title, p.Title)
			check("employer", w.Employer, p.Employer)
			check("location", w.Location, p.Location)
			check("state", w.State, p.State)
			check("locality", w.Locality, p.Locality)
			check("band", w.Band.Min.String()+" to "+w.Band.Max.String(), p.Band.Min.String()+" to "+p.Band.Max.String())
			var tiers []string
			for _, tr := range r.Tiers {
				tiers = append(tiers, tr.Label+" "+tr.Band.Min.String()+" to "+tr.Band.Max.String())
			}
			var wantTiers []string
			for _, tr := range w.Tiers {
				wantTiers = append(wantTiers, tr.Label+" "+tr.Min+" to "+tr.Max)
			}
			check("tiers", wantTiers, tiers)
			check("programWeeks", w.ProgramWeeks, p.ProgramWeeks)
			check("commitmentMonths", w.CommitmentMonths, p.CommitmentMonths)
			check("hoursPerWeek", w.HoursPerWeek, p.HoursPerWeek)
			check("hoursPerDay", w.HoursPerDay, p.HoursPerDay)
			for i := range max(len(w.Seasons), len(p.Seasons)) {
				var ws, gs calc.Season
				if i < len(w.Seasons) {
					ws = w.Seasons[i]
				}
				if i < len(p.Seasons) {
					gs = p.Seasons[i]
				}
				check(fmt.Sprintf("seasons[%d]", i), seasonString(ws), seasonString(gs))
			}
			var names []string
			for _, h := range p.Holidays {
				names = append(names, h.Name)
			}
			check("holidays", w.Holidays, names)
			check("sick", sickString(w.Sick), sickString(p.Sick))
			check("housing", w.Housing, p.Housing)
			check("maxApplications", w.MaxApplications, p.MaxApplications)
			var assumed []string
			for _, tm := range r.Terms {
				if tm.Assumed {
					assumed = append(assumed, tm.Field)
				}
			}
			slices.Sort(assumed)
			slices.Sort(w.Assumed)
			check("assumed", w.Assumed, assumed)
			if len(diffs) > 0 {
				t.Errorf("%s: %d terms differ from the want file:\n%s", name, len(diffs), strings.Join(diffs, "\n"))
			}
		})
	}
}

func seasonString(s calc.Season) string {
	return fmt.Sprintf("%s %s..%s %v", s.Name, s.From, s.To, s.StartDates)
}

func sickString(s calc.SickRule) string {
	return fmt.Sprintf("first %s second %s accrual %s max %s", s.FirstHalfHours, s.SecondHalfHours, s.AccrualPer, s.MaxHours)
}
