//go:build !wasm

package main

import "github.com/offercalc/offercalc/internal/staticsite"

// writeStaticSite writes the app as a static site to out: index.html and
// widget.html (prerendered), go-app's scripts, manifest and service worker,
// webDir's assets under web/, and .gz and .br copies beside every large
// text file and the wasm, for hosts that serve them.
func writeStaticSite(out, webDir string) error {
	h, err := newHandler(webDir)
	if err != nil {
		return err
	}
	return staticsite.Write(out, webDir, h)
}
