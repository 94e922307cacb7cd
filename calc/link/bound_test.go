package link_test

import (
	"testing"
	"time"
)

// fuzzBound is what one fuzz input may take, natively: a bound on the
// work (a hostile number once took a minute), not a speed target, so that
// a slow input is a failure, not a stall. A slow input is slow every time;
// a garbage collection or the other fuzz worker on the core is not: the
// bound is on the fastest of three tries, and one try ten times over it
// fails at once.
const fuzzBound = 100 * time.Millisecond

// bounded runs f, the work of one fuzz input, and fails when it takes over
// fuzzBound.
func bounded(t *testing.T, what string, f func()) {
	t.Helper()
	best := time.Hour
	for try := 0; try < 3 && best > fuzzBound; try++ {
		start := time.Now()
		f()
		took := time.Since(start)
		if took > 10*fuzzBound {
			t.Fatalf("%s took %s", what, took)
		}
		best = min(best, took)
	}
	if best > fuzzBound {
		t.Fatalf("%s took %s, the fastest of three tries", what, best)
	}
}
