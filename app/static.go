//go:build !wasm

package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// writeStaticSite writes the app as a static site to out: index.html and
// widget.html (prerendered), go-app's scripts, manifest and service worker,
// webDir's assets under web/, and .gz and .br copies beside every large
// text file and the wasm, for hosts that serve them.
func writeStaticSite(out, webDir string) error {
	if err := compressAssets(webDir); err != nil { // reuses up-to-date copies
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := copyDir(filepath.Join(out, "web"), webDir); err != nil {
		return err
	}
	h, err := newHandler(webDir)
	if err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return err
	}
	return compressAssets(out)
}

// copyDir copies src to dst, keeping modification times so that the
// compressed copies stay newer than their originals.
func copyDir(dst, src string) error {
	return filepath.WalkDir(src, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, name)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		in, err := os.Open(name)
		if err != nil {
			return err
		}
		defer in.Close()
		outFile, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(outFile, in); err != nil {
			outFile.Close()
			return err
		}
		if err := outFile.Close(); err != nil {
			return err
		}
		return os.Chtimes(target, info.ModTime(), info.ModTime())
	})
}
