//go:build !wasm

package main

import (
	"net/url"
	"strconv"
	"testing"

	"github.com/offercalc/offercalc/calc"
)

func itoa(n int) string { return strconv.Itoa(n) }

func mustQuery(t *testing.T, q string) url.Values {
	t.Helper()
	v, err := url.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mustCompute(t *testing.T, q string) calc.Quote {
	t.Helper()
	plan, err := calc.ParseQuery(mustQuery(t, q))
	if err != nil {
		t.Fatal(err)
	}
	quote, err := calc.Compute(calc.DefaultPolicy(), plan)
	if err != nil {
		t.Fatal(err)
	}
	return quote
}
