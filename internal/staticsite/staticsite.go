// Package staticsite writes a go-app program as a static site, for the
// calculator (app) and for the benchmark's floor (bench/floor) alike: the
// same compressed copies, the same layout, the same version hash. None of
// it is in a wasm; it runs where the site is built and served.
package staticsite

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Write writes the program h serves as a static site to out: its
// prerendered pages, go-app's scripts, manifest and service worker,
// webDir's assets under web/, and .gz and .br copies beside every large
// text file and the wasm, for hosts that serve them.
func Write(out, webDir string, h *app.Handler) error {
	if err := Compress(webDir); err != nil { // reuses up-to-date copies
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := CopyDir(filepath.Join(out, "web"), webDir); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return err
	}
	return Compress(out)
}

// Progress, when set, is told of each copy Compress writes, as it starts
// it: brotli at its best takes a while on a wasm, and a command that is
// silent for a minute looks stuck.
var Progress func(name string, size int64)

// CompressMin is the size from which a file gets .gz and .br copies.
const CompressMin = 1024

// Compressible reports whether a file is worth compressing: text and wasm,
// not images that are compressed already.
func Compressible(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".wasm", ".js", ".css", ".html", ".svg", ".json", ".webmanifest", ".txt", ".xml", ".ics", ".csv":
		return true
	}
	return false
}

// Compress writes name.gz and name.br beside every compressible file
// of dir (at least CompressMin bytes) whose copies are missing or older than
// it. Brotli at its best quality takes a while on the wasm, so a copy that
// is up to date is kept.
func Compress(dir string) error {
	return filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !Compressible(name) {
			return err
		}
		info, err := d.Info()
		if err != nil || info.Size() < CompressMin {
			return err
		}
		for _, enc := range []string{".gz", ".br"} {
			if c, err := os.Stat(name + enc); err == nil && !c.ModTime().Before(info.ModTime()) {
				continue
			}
			if Progress != nil {
				Progress(name+enc, info.Size())
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
	tmp := name + enc + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name+enc)
}

// Version hashes what a deploy ships (every file under webDir but the
// compressed copies, and salt, such as the service worker's code), so that
// the version, and with it the service worker's cache, changes exactly when
// they do.
// Without it go-app would keep serving a stale cache forever, or (left
// empty) make a new version at every server start.
func Version(webDir, salt string) (string, error) {
	var files []string
	err := filepath.WalkDir(webDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !strings.HasSuffix(path, ".gz") && !strings.HasSuffix(path, ".br") && !strings.HasSuffix(path, ".tmp") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	h := sha256.New()
	io.WriteString(h, salt)
	for _, name := range files {
		rel, _ := filepath.Rel(webDir, name)
		fmt.Fprintf(h, "%s\x00", filepath.ToSlash(rel))
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// CopyDir copies src to dst, keeping modification times so that the
// compressed copies stay newer than their originals.
func CopyDir(dst, src string) error { return CopyDirFunc(dst, src, nil) }

// CopyDirFunc is CopyDir for the files that keep accepts (every file when
// keep is nil); directories are always made.
func CopyDirFunc(dst, src string, keep func(fs.DirEntry) bool) error {
	return filepath.WalkDir(src, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, name)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if keep != nil && !keep(d) {
			return nil
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
