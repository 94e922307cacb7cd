// Package bound is for tests: it checks that the work of one input is
// bounded, so that a pathological input (a number with a hostile exponent,
// a posting of thousands of dates) is a test failure, not a stall.
//
// It is a bound on the work, not a speed target: the inputs it guards
// against took seconds to minutes, a refusal takes microseconds, and the
// limit sits far from both. Speed targets are benchmarks (go test -bench)
// and make bench. Three things keep it from failing on a busy machine:
//
//   - A slow input is slow every time; a garbage collection or another
//     process on the core is not. The check is on the fastest of three
//     tries, and a second try is made only when the first is over.
//   - WebAssembly under Node runs the same code several times slower than
//     the native build, so the limit is ten times wider there (GOARCH=wasm).
//   - OFFERCALC_BOUND_SCALE multiplies the limit, for a machine slower
//     still (the race detector, an emulator).
//
// A try that runs past ten times the limit does not wait for the input to
// finish: a watchdog panics, with what was being done, so that a fuzz
// input that would take a minute fails in a second (the fuzzer keeps it as
// a crasher).
package bound

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Limit is what one input's work may take natively.
const Limit = 100 * time.Millisecond

// limit is Limit on this platform: see the package comment.
func limit() time.Duration {
	d := Limit
	if runtime.GOARCH == "wasm" {
		d *= 10
	}
	if s, err := strconv.ParseFloat(os.Getenv("OFFERCALC_BOUND_SCALE"), 64); err == nil && s >= 1 {
		d = time.Duration(float64(d) * s)
	}
	return d
}

// Within runs f, the work of one input, and fails t when the fastest of up
// to three tries takes over the limit. what names the work in the message.
func Within(t testing.TB, what string, f func()) {
	t.Helper()
	if took, ok := Check(what, f); !ok {
		t.Fatalf("%s took %s, the fastest of three tries (the bound is %s)", what, took, limit())
	}
}

// Check is Within without a test: it reports the fastest try and whether
// it is within the limit, for a test that collects its failures.
func Check(what string, f func()) (time.Duration, bool) {
	lim := limit()
	best := time.Duration(1<<63 - 1)
	for try := 0; try < 3 && best > lim; try++ {
		best = min(best, timed(what, lim, f))
	}
	return best, best <= lim
}

// timed runs f once under a watchdog that panics past ten times lim.
func timed(what string, lim time.Duration, f func()) time.Duration {
	done := make(chan struct{})
	stall := 10 * lim
	go func() {
		select {
		case <-done:
		case <-time.After(stall):
			panic(fmt.Sprintf("bound: %s has run for over %s (the bound is %s): a stall, not a slow machine", what, stall, lim))
		}
	}()
	start := time.Now()
	f()
	took := time.Since(start)
	close(done)
	return took
}

// HostileDecimals are well-formed numbers that cost a decimal library
// seconds to minutes, or gigabytes, when they are compared with a limit,
// rounded or added to before their size is checked: comparing 1e-30000000
// with 1000 scales 1000 to thirty million digits, and a zero keeps its
// exponent (0E+99999999 added to 1 is a hundred million digits). Each is
// well-formed, so only a bound checked first refuses it. Every test of a
// place where decimals come from outside (a posting, a link, the form,
// storage) tries them all.
func HostileDecimals() []string {
	return []string{
		"1e-99999999", "1e-30000000", "1E+99999999", "-1e-99999999",
		"0E+99999999", "0e-99999999", "0.0e-30000000",
		"0." + strings.Repeat("0", 100_000) + "1",
		strings.Repeat("9", 100_000),
		"1.5e-64",
	}
}
