//go:build !wasm

package main

import (
	"os"
	"path/filepath"

	"github.com/offercalc/offercalc/internal/offers"
	"github.com/offercalc/offercalc/internal/staticsite"
)

// writeStaticSite writes the app as a static site to out: index.html and
// widget.html (prerendered), postings.html and compare.html (the offers
// page), go-app's scripts, manifest and service worker,
// webDir's assets under web/, and .gz and .br copies beside every large
// text file and the wasm, for hosts that serve them.
func writeStaticSite(out, webDir string) error {
	h, err := newHandler(webDir)
	if err != nil {
		return err
	}
	if err := staticsite.Write(out, webDir, h); err != nil {
		return err
	}
	// go-app's pages, their heads fixed as the server's are (pages.go);
	// their compressed copies are written again below.
	pages, err := filepath.Glob(filepath.Join(out, "*.html"))
	if err != nil {
		return err
	}
	for _, name := range pages {
		page, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(name, fixHead(page), 0o644); err != nil {
			return err
		}
		os.Remove(name + ".gz")
		os.Remove(name + ".br")
	}
	// The offers page: one HTML file for each of its two addresses.
	for _, kind := range []string{offers.Postings, offers.Compare} {
		if err := os.WriteFile(filepath.Join(out, kind+".html"), offers.Shell(kind, contentSecurityPolicy), 0o644); err != nil {
			return err
		}
	}
	return staticsite.Compress(out)
}
