package link_test

import (
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc/link"
)

// Regression (found by FuzzParsePlan): ".000000000000000000000000000001",
// 30 decimals, was read, and written back as "0.000…01", which counted 31
// digits and was refused: a plan's link did not read back. Every amount
// ParseAmount reads, written with String, reads again to the same amount.
func TestParseAmountReadsWhatItWrites(t *testing.T) {
	for _, s := range []string{
		"." + strings.Repeat("0", 29) + "1",
		"0." + strings.Repeat("0", 29) + "1",
		strings.Repeat("9", 30),
		strings.Repeat("0", 10) + strings.Repeat("9", 30),
		"-." + strings.Repeat("5", 30),
		"$1,234.50", ".5", "-0", "007",
	} {
		d, ok := link.ParseAmount(s)
		if !ok {
			t.Errorf("%q: not read", s)
			continue
		}
		again, ok := link.ParseAmount(d.String())
		if !ok || !again.Equal(d) {
			t.Errorf("%q: read as %s, which reads as %s (%v)", s, d, again, ok)
		}
	}
	for _, s := range []string{
		strings.Repeat("9", 31),
		"." + strings.Repeat("0", 30) + "1",
		strings.Repeat("0", 11) + strings.Repeat("9", 30), // 41 characters
		"1e5", "NaN", "1,00", "", ".", "-", "$",
	} {
		if d, ok := link.ParseAmount(s); ok {
			t.Errorf("%q: read as %s", s, d)
		}
	}
}
