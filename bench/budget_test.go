package main

import (
	"os"
	"path/filepath"
	"testing"
)

// offersProg is the offers page's own wasm (web/offers.wasm): the posting
// reader and the comparison, downloaded only by those who open /postings
// or /compare.
var offersProg = program{label: "offers", pkg: "./internal/offerswasm"}

// TestGzipBudget fails when the project's wasm, gzipped at the best level,
// passes gzipBudget times the floor's, both built now with the Makefile's
// flags; and so does the offers page's wasm, which a visitor of /postings
// downloads on top of the calculator's and which is held to the same
// budget. It builds three wasms (seconds with a warm build cache, a minute
// or more with a cold one), so -short skips it. When it fails, `make size`
// says what grew and why it is linked.
func TestGzipBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three wasms: skipped under -short")
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	// The wasms are built by another process, whose reads go test does not
	// see: opening the sources here makes a change to any of them run the
	// test again instead of reusing a cached pass.
	if err := filepath.WalkDir(root, func(name string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git" || d.Name() == "dist") {
			return filepath.SkipDir
		}
		if ext := filepath.Ext(name); !d.IsDir() && (ext == ".go" || ext == ".json" || ext == ".mod" || ext == ".sum") {
			f, err := os.Open(name)
			if err == nil {
				f.Close()
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	progs := []program{floorProg, projectProg, offersProg}
	gz := make([]int, len(progs))
	for i, p := range progs {
		out := filepath.Join(dir, p.label+".wasm")
		if err := buildWasm(t.Context(), root, p, out); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		gz[i] = len(gzipBytes(b))
	}
	for i, p := range progs[1:] {
		n := gz[i+1]
		r := float64(n) / float64(gz[0])
		t.Logf("gzip -9: %s (%s) %s bytes, floor %s bytes: %.3f× (budget %.2f×)", p.label, p.pkg, num(n), num(gz[0]), r, gzipBudget)
		if r > gzipBudget {
			t.Errorf("the %s wasm (%s) is %.3f× the floor's gzipped, over the %.2f× budget by %s bytes: run `make size` to see what it holds",
				p.label, p.pkg, r, gzipBudget, num(n-int(gzipBudget*float64(gz[0]))))
		}
	}
}
