package calc_test

import (
	"testing"

	"github.com/offercalc/offercalc/calc"
)

func BenchmarkCompute(b *testing.B) {
	p := calc.DefaultPolicy()
	plan := calc.Plan{Start: calc.MustParseDate("2026-05-11")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calc.Compute(p, plan); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkComputeTwoYears(b *testing.B) {
	p := calc.DefaultPolicy()
	plan := calc.Plan{Start: calc.MustParseDate("2026-05-11"), End: calc.MustParseDate("2028-05-10"), HoursPerWeek: dec("45")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calc.Compute(p, plan); err != nil {
			b.Fatal(err)
		}
	}
}
