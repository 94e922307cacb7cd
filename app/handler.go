//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/offercalc/offercalc/internal/offers"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/internal/staticsite"
)

// contentSecurityPolicy keeps every request on the app's own origin: the
// applicant's figures never leave the browser, and nothing is loaded from
// elsewhere. 'wasm-unsafe-eval' lets the page compile app.wasm.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"

// newHandler configures the go-app handler for the assets in webDir.
func newHandler(webDir string) (*app.Handler, error) {
	// The version is a hash of what a deploy ships, the service worker's
	// code included: the cache changes exactly when they do.
	version, err := staticsite.Version(webDir, appWorkerJS)
	if err != nil {
		return nil, err
	}
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("%w (build it first: make build)", err)
	}
	return &app.Handler{
		Name:        "Internship offer calculator",
		ShortName:   "Offer calculator",
		Title:       "Internship offer calculator",
		Description: "Are you eligible for the internship, and what would you earn? Exact figures, computed in your browser.",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		BackgroundColor: "#f7f7f5",
		ThemeColor:      "#1d4e89",
		// The page is prerendered, so the loader is a thin bar over it, not
		// go-app's full-screen overlay (see web/app.css).
		LoadingLabel: "Loading the calculator: {progress}%",
		Styles:       []string{"/web/app.css"},
		Scripts:      []string{"/web/boot.js"},
		// Moved to the head's start by fixHead (pages.go).
		RawHeaders: []string{cspMeta},
		Version:    version,
		// The wasm may be sent compressed, so its Content-Length is not its
		// size: give the real one for the progress label.
		WasmContentLength:     strconv.FormatInt(wasm.Size(), 10),
		ServiceWorkerTemplate: appWorkerJS,
		// The widget is a page of its own, embedded on other sites; its host
		// script and the sample posting are fetched as they are. All three
		// work offline after a first visit.
		CacheableResources: []string{"/widget", "/web/embed.js", "/web/policy-sample.json"},
	}, nil
}

// newServer serves the app: go-app's handler for pages and its generated
// files, and webDir's assets, precompressed where the browser accepts it.
func newServer(webDir string) (http.Handler, error) {
	h, err := newHandler(webDir)
	if err != nil {
		return nil, err
	}
	assets := http.StripPrefix("/web/", precompressed(noListing{http.Dir(webDir)}))
	mux := http.NewServeMux()
	mux.Handle("/web/", assets)
	mux.Handle("/postings", offersPage(offers.Postings))
	mux.Handle("/compare", offersPage(offers.Compare))
	mux.Handle("/", pages(h))
	return securityHeaders(mux), nil
}

// offersPage serves the offers page kind (internal/offers): the same HTML
// for every query, since the page's state is worked out in the browser.
func offersPage(kind string) http.Handler {
	body := offers.Shell(kind, contentSecurityPolicy)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
	})
}

// securityHeaders wraps both servers (offercalc serve and serve-dir): the
// Content-Security-Policy and its companions on every response; GET and
// HEAD only (the site has nothing to post to); and Cache-Control: no-cache
// on everything, since no address holds a version in its name: a browser
// may keep a copy but must ask whether it is still current (a 304 is
// cheap), so a new version is never hidden behind a cached old app.wasm.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "Only GET and HEAD are served here.", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(&noCache{ResponseWriter: w}, r)
	})
}

// noCache sets Cache-Control: no-cache again as the answer's header is
// written: since Go 1.23 http.FileServer drops it from an error (a 404 for
// a missing asset or a directory), and a 404 cached without it would hide
// the file once it is deployed.
type noCache struct {
	http.ResponseWriter
	wrote bool
}

func (w *noCache) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		w.Header().Set("Cache-Control", "no-cache")
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *noCache) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// ReadFrom keeps the file server's sendfile: io.Copy finds the wrapped
// writer's own ReadFrom.
func (w *noCache) ReadFrom(r io.Reader) (int64, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return io.Copy(w.ResponseWriter, r)
}

// Unwrap gives http.ResponseController the connection's writer.
func (w *noCache) Unwrap() http.ResponseWriter { return w.ResponseWriter }
