package headless

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindOrder(t *testing.T) {
	dir := t.TempDir()
	exe := func(name string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	given, env := exe("given"), exe("from-env")
	t.Setenv("CHROME_PATH", env)

	if got, err := Find(given); err != nil || got != given {
		t.Errorf("Find(%q) = %q, %v; want the path given first", given, got, err)
	}
	if got, err := Find(filepath.Join(dir, "missing"), ""); err != nil || got != env {
		t.Errorf("Find(missing) = %q, %v; want $CHROME_PATH, %q", got, err, env)
	}
	// Nothing given and nothing on PATH: only the Debian package's absolute
	// path can still be found; without it, an error.
	t.Setenv("CHROME_PATH", "")
	t.Setenv("PATH", dir)
	if got, err := Find(); err == nil && got != "/usr/bin/chromium" {
		t.Errorf("Find() = %q with nothing on PATH", got)
	}
}
