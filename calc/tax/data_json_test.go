package tax

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// The figures' source of truth is data/*.json; data_gen.go is Go code
// generated from them (TestDataIsGenerated), so that the browser reads no
// JSON at start-up. Reading the JSON is the tests' and the generator's.

// UnmarshalJSON reads ["over", "rate"] or ["over", "rate", "plus"].
func (b *bracket) UnmarshalJSON(data []byte) error {
	var s []string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	if len(s) < 2 || len(s) > 3 {
		return &json.UnsupportedValueError{Str: string(data)}
	}
	var err error
	if b.Over, err = decimal.NewFromString(s[0]); err == nil {
		b.Rate, err = decimal.NewFromString(s[1])
	}
	if err == nil && len(s) == 3 {
		b.Plus, err = decimal.NewFromString(s[2])
		b.plusGiven = true
	}
	return err
}

// dataFile is one file of data/, read and prepared as the estimate uses
// it: a federal tax year's figures, or a jurisdiction's.
type dataFile struct {
	name         string // "federal-2026", "ca-2026"
	federal      *federal
	jurisdiction *jurisdiction
}

// readDataFiles reads every file of data/, in name order.
func readDataFiles() ([]dataFile, error) {
	entries, err := os.ReadDir("data")
	if err != nil {
		return nil, err
	}
	var out []dataFile
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, err := os.ReadFile(filepath.Join("data", e.Name()))
		if err != nil {
			return nil, err
		}
		f := dataFile{name: strings.TrimSuffix(e.Name(), ".json")}
		if strings.HasPrefix(f.name, "federal-") {
			f.federal = new(federal)
			if err := json.Unmarshal(data, f.federal); err != nil {
				return nil, fmt.Errorf("%s: %w", e.Name(), err)
			}
			f.federal.prepare()
		} else {
			f.jurisdiction = new(jurisdiction)
			if err := json.Unmarshal(data, f.jurisdiction); err != nil {
				return nil, fmt.Errorf("%s: %w", e.Name(), err)
			}
			f.jurisdiction.prepare()
		}
		out = append(out, f)
	}
	return out, nil
}

// figures returns every federal tax year's figures and every
// jurisdiction's, by code, in year order, as the estimate builds them.
func figures() (map[int]*federal, map[string][]*jurisdiction) {
	feds := map[int]*federal{}
	states := map[string][]*jurisdiction{}
	for _, l := range generatedFederal {
		f := l.get()
		feds[f.Year] = f
	}
	for _, l := range generatedJurisdictions {
		for _, c := range l.codes {
			states[c] = append(states[c], l.get())
		}
	}
	for _, js := range states {
		slices.SortFunc(js, func(a, b *jurisdiction) int { return a.Year - b.Year })
	}
	return feds, states
}
