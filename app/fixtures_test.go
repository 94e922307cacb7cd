//go:build !wasm

package main

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/internal/staticsite"
)

// testServer serves a copy of web/ with a stand-in app.wasm through the
// real server: enough for what the server writes, without building the
// wasm.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	dir := t.TempDir()
	if err := staticsite.CopyDir(dir, filepath.Join("..", "web")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "app.wasm"), 2000)
	h, err := newServer(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// testStaticSite writes the static site for a copy of web/ with a stand-in
// app.wasm, and returns its directory.
func testStaticSite(t *testing.T) string {
	t.Helper()
	web := t.TempDir()
	if err := staticsite.CopyDir(web, filepath.Join("..", "web")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(web, "app.wasm"), 20_000)
	out := filepath.Join(t.TempDir(), "dist")
	if err := writeStaticSite(out, web); err != nil {
		t.Fatal(err)
	}
	return out
}

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
	plan, err := link.ParsePlan(mustQuery(t, q))
	if err != nil {
		t.Fatal(err)
	}
	quote, err := calc.Compute(calc.DefaultPolicy(), plan)
	if err != nil {
		t.Fatal(err)
	}
	return quote
}

// hasText reports whether the HTML has an element with the id whose text
// starts with want. go-app writes attributes in no set order.
func hasText(html, id, want string) bool {
	return regexp.MustCompile(`\bid="` + regexp.QuoteMeta(id) + `"[^>]*>` + regexp.QuoteMeta(want)).MatchString(html)
}

func jsonPolicy(p calc.Policy) ([]byte, error) { return json.Marshal(p) }
