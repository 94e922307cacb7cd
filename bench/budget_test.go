package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGzipBudget fails when the project's wasm, gzipped at the best level,
// passes gzipBudget times the floor's, both built now with the Makefile's
// flags. It builds two wasms (seconds with a warm build cache, a minute or
// more with a cold one), so -short skips it. When it fails, `make size`
// says what grew and why it is linked.
func TestGzipBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds both wasms: skipped under -short")
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
	var gz [2]int
	for i, p := range []program{projectProg, floorProg} {
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
	r := float64(gz[0]) / float64(gz[1])
	t.Logf("gzip -9: project %s bytes, floor %s bytes: %.3f× (budget %.2f×)", num(gz[0]), num(gz[1]), r, gzipBudget)
	if r > gzipBudget {
		t.Errorf("the project's wasm is %.3f× the floor's gzipped, over the %.2f× budget by %s bytes: run `make size` to see what it holds",
			r, gzipBudget, num(gz[0]-int(gzipBudget*float64(gz[1]))))
	}
}
