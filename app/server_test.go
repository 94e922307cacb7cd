//go:build !wasm

package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/offercalc/offercalc/internal/staticsite"
)

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br, zstd", "br", true},
		{"gzip, deflate", "br", false},
		{"br;q=0", "br", false},
		{"br;q=0.5, gzip", "br", true},
		{"BR", "br", true},
		{"", "gzip", false},
		{"gzip;q=0.000", "gzip", false},
	}
	for _, tt := range tests {
		if got := acceptsEncoding(tt.header, tt.enc); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v", tt.header, tt.enc, got)
		}
	}
}

// writeFile writes a file of n repeated bytes, compressible.
func writeFile(t *testing.T, name string, n int) []byte {
	t.Helper()
	data := []byte(strings.Repeat("(module) ", n/9+1))[:n]
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return data
}

func TestPrecompressedAssets(t *testing.T) {
	dir := t.TempDir()
	wasm := writeFile(t, filepath.Join(dir, "app.wasm"), 50_000)
	writeFile(t, filepath.Join(dir, "small.css"), 100)
	if err := staticsite.Compress(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"app.wasm.gz", "app.wasm.br"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("no %s: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "small.css.gz")); err == nil {
		t.Error("a file under staticsite.CompressMin was compressed")
	}

	srv := httptest.NewServer(precompressed(http.Dir(dir)))
	defer srv.Close()
	get := func(accept string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", srv.URL+"/app.wasm", nil)
		req.Header.Set("Accept-Encoding", accept)
		res, err := http.DefaultTransport.RoundTrip(req) // no transparent decompression
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res, body
	}
	for _, c := range []struct {
		accept, enc string
		decode      func(io.Reader) (io.Reader, error)
	}{
		{"gzip, deflate, br", "br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
		{"gzip", "gzip", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
		{"identity", "", func(r io.Reader) (io.Reader, error) { return r, nil }},
	} {
		res, body := get(c.accept)
		if got := res.Header.Get("Content-Encoding"); got != c.enc {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.accept, got, c.enc)
		}
		if ct := res.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", c.accept, ct)
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("no Vary: Accept-Encoding")
		}
		r, err := c.decode(strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		plain, err := io.ReadAll(r)
		if err != nil || string(plain) != string(wasm) {
			t.Errorf("Accept-Encoding %q: the body does not decode to the file (%v)", c.accept, err)
		}
	}

	// A stale copy is made again when the file changes.
	before, _ := os.Stat(filepath.Join(dir, "app.wasm.br"))
	later := before.ModTime().Add(time.Second)
	wasm = writeFile(t, filepath.Join(dir, "app.wasm"), 60_000)
	os.Chtimes(filepath.Join(dir, "app.wasm"), later, later)
	// Until then (the server compresses in the background after a
	// build), the previous build's copies are never sent.
	if res, body := get("gzip, deflate, br"); res.Header.Get("Content-Encoding") != "" || string(body) != string(wasm) {
		t.Errorf("a copy older than its file was sent (Content-Encoding %q)", res.Header.Get("Content-Encoding"))
	}
	if err := staticsite.Compress(dir); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.Stat(filepath.Join(dir, "app.wasm.br")); !after.ModTime().After(before.ModTime()) {
		t.Error("the .br copy was not remade for a newer file")
	}
}

func TestAssetsVersionFollowsTheAssets(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "app.wasm"), 1000)
	writeFile(t, filepath.Join(dir, "app.css"), 10)
	v1, err := staticsite.Version(dir, appWorkerJS)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := staticsite.Version(dir, appWorkerJS); v != v1 {
		t.Fatal("the version is not stable")
	}
	writeFile(t, filepath.Join(dir, "app.wasm.br"), 5) // compressed copies do not count
	if v, _ := staticsite.Version(dir, appWorkerJS); v != v1 {
		t.Error("a compressed copy changed the version")
	}
	writeFile(t, filepath.Join(dir, "app.wasm"), 1001)
	if v, _ := staticsite.Version(dir, appWorkerJS); v == v1 {
		t.Error("a new wasm kept the version: users would never get the update")
	}
}

func TestServerPagesAndHeaders(t *testing.T) {
	srv := testServer(t)

	res, err := http.Get(srv.URL + "/?start=2026-06-22&rate=50")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	page := string(body)
	// The page is prerendered with the query's figures.
	if !hasText(page, "gross-chosen", "$24,000.00") {
		t.Error("the prerendered page does not show the query's gross")
	}
	if !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Error("no Content-Security-Policy header")
	}
	for _, remote := range []string{"https://", "http://"} {
		for _, attr := range []string{`src="` + remote, `href="` + remote} {
			if strings.Contains(page, attr) {
				t.Errorf("the page loads something from another origin: %s", attr)
			}
		}
	}

	// A link cannot inject markup into the prerendered page: go-app writes
	// attributes Go-quoted, so the form's values are escaped first.
	res, err = http.Get(srv.URL + "/?rate=" + url.QueryEscape(`x"><h1 id=injected>`) + "&end=" + url.QueryEscape(`"><a href=x>`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if p := string(body); strings.Contains(p, "<h1 id=injected>") || strings.Contains(p, "<a href=x>") {
		t.Error("a link injected markup into the prerendered page")
	}

	res, err = http.Get(srv.URL + "/app-worker.js")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	worker := string(body)
	if !strings.Contains(worker, "ignoreSearch: page") {
		t.Error("the service worker does not ignore the query of page loads")
	}
	if !regexp.MustCompile(`cacheName = "app-" \+ "[0-9a-f]{16}"`).MatchString(worker) {
		t.Error("the service worker is not keyed to the assets' version")
	}
	if strings.Contains(worker, "raw.githubusercontent.com") {
		t.Error("the service worker caches a remote resource")
	}
}

// TestPrerenderedFormState checks that the prerendered form shows the
// plan in the link, before the wasm runs: go-app writes a false boolean
// attribute as selected="false", which HTML reads as selected.
func TestPrerenderedFormState(t *testing.T) {
	srv := testServer(t)
	get := func(path string) string {
		t.Helper()
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return string(body)
	}
	falseBool := regexp.MustCompile(`\b(checked|selected|disabled|open)="false"`)
	selectRe := regexp.MustCompile(`(?s)<select\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</select>`)
	selectedRe := regexp.MustCompile(`<option\b[^>]*\bselected\b[^>]*>`)
	valueRe := regexp.MustCompile(`\bvalue="([^"]*)"`)
	inputRe := func(id string) *regexp.Regexp { return regexp.MustCompile(`<input\b[^>]*\bid="` + id + `"[^>]*>`) }

	page := get("/?start=2026-06-22&rate=50&mode=hybrid&f1=1")
	if m := falseBool.FindAllString(page, -1); len(m) > 0 {
		t.Errorf("the prerendered page has boolean attributes set to \"false\", which HTML reads as true: %q", m)
	}
	selects := selectRe.FindAllStringSubmatch(page, -1)
	if len(selects) < 4 {
		t.Fatalf("found %d lists in the prerendered page, want the form's", len(selects))
	}
	for _, sel := range selects {
		chosen := selectedRe.FindAllString(sel[2], -1)
		if len(chosen) != 1 {
			t.Errorf("list %s has %d selected options, want 1: %q", sel[1], len(chosen), chosen)
			continue
		}
		if sel[1] == "mode" {
			if v := valueRe.FindStringSubmatch(chosen[0]); v == nil || v[1] != "hybrid" {
				t.Errorf("the work-mode list shows %s, want the link's hybrid", chosen[0])
			}
		}
	}
	for id, want := range map[string]bool{"f1": true, "partyear": false} {
		tag := inputRe(id).FindString(page)
		if tag == "" {
			t.Errorf("no #%s checkbox in the prerendered page", id)
		} else if got := regexp.MustCompile(`\bchecked\b`).MatchString(tag); got != want {
			t.Errorf("#%s is shown checked=%v, want %v: %s", id, got, want, tag)
		}
	}
	if tag := regexp.MustCompile(`<details\b[^>]*\bid="posting-panel"[^>]*>`).FindString(page); tag == "" || strings.Contains(tag, "open") {
		t.Errorf("the posting panel is prerendered open with the default posting: %q", tag)
	}

	if m := falseBool.FindAllString(get("/widget?start=2026-06-22"), -1); len(m) > 0 {
		t.Errorf("the prerendered widget has boolean attributes set to \"false\": %q", m)
	}
}

func TestStaticSite(t *testing.T) {
	out := testStaticSite(t)
	for _, f := range []string{
		"index.html", "index.html.gz", "index.html.br", "app.js", "app-worker.js", "manifest.webmanifest",
		"wasm_exec.js", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/app.css", "web/icon-192.png",
	} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("the static site has no %s", f)
		}
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !hasText(string(index), "gross-mid", "$25,200.00") {
		t.Error("index.html is not prerendered with the default plan")
	}
}
