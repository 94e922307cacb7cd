package bound_test

import (
	"testing"
	"time"

	"github.com/offercalc/offercalc/internal/bound"
)

func TestCheck(t *testing.T) {
	if took, ok := bound.Check("nothing", func() {}); !ok {
		t.Errorf("nothing took %s, over the bound", took)
	}
	tries := 0
	took, ok := bound.Check("a sleep past the bound", func() {
		tries++
		time.Sleep(bound.Limit * 3 / 2)
	})
	if ok || took < bound.Limit {
		t.Errorf("a sleep of 1.5 bounds: took %s, within %v", took, ok)
	}
	if tries != 3 {
		t.Errorf("a slow input was tried %d times, want 3", tries)
	}
	tries = 0
	bound.Within(t, "a fast input", func() { tries++ })
	if tries != 1 {
		t.Errorf("a fast input was tried %d times, want 1", tries)
	}
}
