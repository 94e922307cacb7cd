package link_test

import (
	"testing"

	"github.com/offercalc/offercalc/internal/bound"
)

// bounded runs f, the work of one fuzz input, and fails when it takes
// over the bound (internal/bound): a slow input is a failure, not a stall.
func bounded(t *testing.T, what string, f func()) {
	t.Helper()
	bound.Within(t, what, f)
}
