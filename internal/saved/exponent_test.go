package saved

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/bound"
)

// A posting kept in storage with a hostile number in a decimal (one a
// decimal library takes seconds to compare with a limit, when not refused
// first) is dropped at once, and the others kept: storage is as much from
// outside as a link (another tab, an older version, a hand edit).
func TestParseDropsHostileDecimalsAtOnce(t *testing.T) {
	good, err := New(calc.DefaultPolicy(), "shipped", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"band.min", "band.max", "hoursPerWeek", "hoursPerDay",
		"sick.firstHalfHours", "sick.secondHalfHours", "sick.accrualPer", "sick.maxHours"} {
		for _, value := range bound.HostileDecimals() {
			var m map[string]any
			if err := json.Unmarshal(good.Policy, &m); err != nil {
				t.Fatal(err)
			}
			keys := strings.Split(path, ".")
			obj := m
			for _, k := range keys[:len(keys)-1] {
				obj = obj[k].(map[string]any)
			}
			obj[keys[len(keys)-1]] = value
			bad := good
			bad.ID = "other"
			m["id"] = bad.ID
			bad.Policy, _ = json.Marshal(m)
			raw := Encode([]Posting{bad, good})

			var list []Posting
			var dropped int
			if took, ok := bound.Check("Parse", func() { list, dropped = Parse(raw) }); !ok {
				t.Errorf("%s = %.12s: read in %s, over the bound", path, value, took)
			}
			if dropped != 1 || len(list) != 1 || list[0].ID != good.ID {
				t.Errorf("%s = %.12s: %d kept, %d dropped; want the good one kept", path, value, len(list), dropped)
			}
		}
	}
}
