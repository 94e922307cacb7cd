//go:build !wasm

package main

// The floor's server side: `floor static -out DIR -web DIR` writes it as a
// static site, as `offercalc static` writes the app (prerendered page,
// go-app's scripts, manifest and service worker, the web directory with the
// wasm, and .gz and .br copies of the large files). The benchmark serves
// both sites with the same server, `offercalc serve-dir`. These lines are
// copied from the app on purpose (it is package main, and the floor must
// not depend on it); only what a fair floor needs is kept.

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
	version, err := hashDir(webDir)
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

// hashDir hashes the files of dir but the compressed copies, so that the
// service worker's cache changes exactly when they do.
func hashDir(dir string) (string, error) {
	h := sha256.New()
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
			return err
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, name)
		fmt.Fprintf(h, "%s\x00", filepath.ToSlash(rel))
		h.Write(data)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:16], err
}

func writeStaticSite(out, webDir string) error {
	if err := compressAssets(webDir); err != nil {
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

// compressAssets writes name.gz (best) and name.br (quality 11) beside
// every text file and wasm of dir from 1 KiB, keeping copies that are newer
// than their original.
func compressAssets(dir string) error {
	return filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(filepath.Ext(name)) {
		case ".wasm", ".js", ".css", ".html", ".svg", ".json", ".webmanifest":
		default:
			return nil
		}
		info, err := d.Info()
		if err != nil || info.Size() < 1024 {
			return err
		}
		for _, enc := range []string{".gz", ".br"} {
			if c, err := os.Stat(name + enc); err == nil && !c.ModTime().Before(info.ModTime()) {
				continue
			}
			if err := compressFile(name, enc); err != nil {
				return err
			}
		}
		return nil
	})
}

func compressFile(name, enc string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	var w io.WriteCloser
	if enc == ".gz" {
		w, _ = gzip.NewWriterLevel(&buf, gzip.BestCompression)
	} else {
		w = brotli.NewWriterLevel(&buf, brotli.BestCompression)
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return os.WriteFile(name+enc, buf.Bytes(), 0o644)
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
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return err
		}
		return os.Chtimes(target, info.ModTime(), info.ModTime())
	})
}
