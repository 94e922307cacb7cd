//go:build !wasm

package main

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// precompressed serves files from root, sending name.br or name.gz with its
// Content-Encoding when the browser accepts it and the copy exists. The
// Content-Type stays the original file's (application/wasm for the wasm,
// which WebAssembly.instantiateStreaming requires).
func precompressed(root http.FileSystem) http.Handler {
	files := http.FileServer(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		name := path.Clean("/" + r.URL.Path)
		accept := r.Header.Get("Accept-Encoding")
		orig, err := stat(root, name)
		if err != nil || orig.IsDir() {
			files.ServeHTTP(w, r)
			return
		}
		for _, c := range []struct{ ext, enc string }{{".br", "br"}, {".gz", "gzip"}} {
			if !acceptsEncoding(accept, c.enc) {
				continue
			}
			f, err := root.Open(name + c.ext)
			if err != nil {
				continue
			}
			// A copy older than its file is a previous build's, being
			// written again: never send it.
			info, err := f.Stat()
			if err != nil || info.IsDir() || info.ModTime().Before(orig.ModTime()) {
				f.Close()
				continue
			}
			if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
				w.Header().Set("Content-Type", ct)
			}
			w.Header().Set("Content-Encoding", c.enc)
			http.ServeContent(w, r, name, info.ModTime(), f)
			f.Close()
			return
		}
		files.ServeHTTP(w, r)
	})
}

func stat(root http.FileSystem, name string) (os.FileInfo, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// acceptsEncoding reports whether an Accept-Encoding header takes enc, with
// no q-value or one above 0.
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		if q, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			v, err := strconv.ParseFloat(q, 64)
			return err == nil && v > 0
		}
		return true
	}
	return false
}

// newStaticServer serves a static site directory the way common static
// hosts do: /widget is widget.html, and precompressed copies are used.
// The tests and the benchmark use it to serve what make static writes.
func newStaticServer(dir string) http.Handler {
	files := precompressed(noListing{http.Dir(dir)})
	return securityHeaders(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean(r.URL.Path)
		if p != "/" && path.Ext(p) == "" {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p)+".html")); err == nil {
				r2 := *r
				u := *r.URL
				u.Path = p + ".html"
				r2.URL = &u
				r = &r2
			}
		}
		files.ServeHTTP(w, r)
	}))
}

// noListing is a file system that serves no directory listing: a
// directory opens only when it holds an index.html (which the file server
// then sends), else it does not exist.
type noListing struct{ fs http.FileSystem }

func (n noListing) Open(name string) (http.File, error) {
	f, err := n.fs.Open(name)
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		index, err := n.fs.Open(path.Join(name, "index.html"))
		if err != nil {
			f.Close()
			return nil, os.ErrNotExist
		}
		index.Close()
	}
	return f, nil
}
