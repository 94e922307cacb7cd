package posting_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc/posting"
)

// pathological returns texts of nearly MaxText bytes built to defeat a
// reader that is not linear: many distinct pay figures, seasons or dates,
// runs of markup, one endless word, long lists under one label.
func pathological() map[string]string {
	fill := func(f func(i int) string) string {
		var b strings.Builder
		b.WriteString("Software Intern\nPay: $40/hr\n")
		for i := 0; b.Len() < posting.MaxText-200; i++ {
			b.WriteString(f(i))
		}
		return b.String()
	}
	return map[string]string{
		"distinct rates": fill(func(i int) string { return fmt.Sprintf("The pay is $%d.%02d/hr for you. ", i/100%999+1, i%100) }),
		"distinct seasons": fill(func(i int) string {
			return fmt.Sprintf("The Summer %d and Fall %d start is June 1, %d. ", 1900+i%300, 1900+(i+7)%300, 1900+i*7%300)
		}),
		"yearless dates": fill(func(int) string {
			return "Start dates for the team are June 1 2026 June 2 2027 June 3 June 4 2028 and "
		}),
		"tiers":         fill(func(i int) string { return fmt.Sprintf("- Zone %d for the team: $%d/hr\n", i, 10+i%900) }),
		"title parts":   "Intern" + strings.Repeat(" - Acme", 40) + "\nPay: $40/hr\n" + strings.Repeat("Acme and the Beta ", posting.MaxText/20),
		"tags":          "Intern Pay: $40/hr " + strings.Repeat("<a", posting.MaxText/2-20),
		"comments":      "Intern Pay: $40/hr " + strings.Repeat("<!--", posting.MaxText/4-10),
		"entities":      "Intern Pay: $40/hr " + strings.Repeat("&#1234", posting.MaxText/6-10),
		"pipes":         strings.Repeat("| ", posting.MaxText/2-20) + "\nIntern Pay: $40/hr",
		"fences":        "Intern Pay: $40/hr\n" + strings.Repeat("``\n", posting.MaxText/3-10),
		"one word":      "Intern Pay: $40/hr " + strings.Repeat("a", posting.MaxText-30),
		"digits":        "Intern Pay: $40/hr " + strings.Repeat("1", posting.MaxText-30),
		"dollars":       "Intern Pay: " + strings.Repeat("$1-$2/hr for the ", posting.MaxText/17-10),
		"seasons chain": "Intern Pay: $40/hr " + strings.Repeat("Summer/the/", posting.MaxText/11-10),
		"holidays":      fill(func(int) string { return "10 paid holidays and the Memorial Day Juneteenth Christmas Eve " }),
		"sick":          fill(func(int) string { return "the sick per every each 1 hour for every 30 hours of " }),
		"places":        fill(func(int) string { return "New York and the New Jersey San Francisco Salt Lake " }),
		"label items":   fill(func(int) string { return "Start dates for the team:\n- June 1\n" }),
		"applications":  fill(func(int) string { return "apply to 2 3 4 5 6 positions and the " }),
		"no spaces":     "Intern Pay: $40/hr " + strings.Repeat("$1.1/", posting.MaxText/5-10),
	}
}

// fastest returns the fastest of three reads of text.
func fastest(text string) time.Duration {
	best := time.Hour
	for range 3 {
		start := time.Now()
		posting.Read(text, posting.Options{Year: 2026})
		best = min(best, time.Since(start))
	}
	return best
}

// Reading is linear in the text: no input, however built, reads much
// slower than a real posting of the same length. The bound is relative to
// that posting, so that it holds on a slow machine and under WebAssembly.
func TestPathologicalInputsReadInLinearTime(t *testing.T) {
	text, _ := readShipped(t)
	real := strings.Repeat(text+"\n", posting.MaxText/(len(text)+1))
	base := fastest(real)
	limit := 8*base + 50*time.Millisecond
	for name, text := range pathological() {
		if len(text) > posting.MaxText {
			t.Fatalf("%s: %d bytes", name, len(text))
		}
		if d := fastest(text); d > limit {
			t.Errorf("%s: %v for %d bytes; a posting of %d bytes takes %v", name, d, len(text), len(real), base)
		}
	}
}
