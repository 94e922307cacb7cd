//go:build !wasm

package main

// The floor's server side: `floor static -out DIR -web DIR` writes it as a
// static site with the same code that writes the app's (internal/staticsite:
// prerendered page, go-app's scripts, manifest and service worker, the web
// directory with the wasm, and .gz and .br copies of the large files). The
// benchmark serves both sites with the same server, `offercalc serve-dir`.
// None of this is in the floor's wasm: this file is not built for it.

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/internal/staticsite"
)

func markMain() {}

func serve() {
	if len(os.Args) < 2 || os.Args[1] != "static" {
		fmt.Fprintln(os.Stderr, "usage: floor static [-out dist] [-web web]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet("static", flag.ExitOnError)
	out := fs.String("out", "dist", "directory to write the site to")
	web := fs.String("web", "web", "directory of the static assets, with the built app.wasm")
	fs.Parse(os.Args[2:])
	if err := writeStaticSite(*out, *web); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

// newHandler is the go-app handler with local icons: go-app's default icons
// are fetched from raw.githubusercontent.com.
func newHandler(webDir string) (*app.Handler, error) {
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return nil, err
	}
	version, err := staticsite.Version(webDir, "")
	if err != nil {
		return nil, err
	}
	return &app.Handler{
		Name:        "go-app floor",
		Title:       "go-app floor",
		Description: "The smallest go-app program with one input and one output.",
		Lang:        "en",
		Icon: app.Icon{
			Default: "/web/icon.png",
			Large:   "/web/icon.png",
			SVG:     "/web/icon.svg",
		},
		Version:           version,
		WasmContentLength: strconv.FormatInt(wasm.Size(), 10),
	}, nil
}

func writeStaticSite(out, webDir string) error {
	h, err := newHandler(webDir)
	if err != nil {
		return err
	}
	return staticsite.Write(out, webDir, h)
}
