//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// contentSecurityPolicy keeps every request on the app's own origin: the
// applicant's figures never leave the browser, and nothing is loaded from
// elsewhere. 'wasm-unsafe-eval' lets the page compile app.wasm.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"

// newHandler configures the go-app handler for the assets in webDir.
func newHandler(webDir string) (*app.Handler, error) {
	version, err := assetsVersion(webDir)
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
		RawHeaders: []string{
			`<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`,
		},
		Version: version,
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

// assetsVersion hashes what a deploy ships (every file under webDir but the
// compressed copies, and the service worker's code), so that the version,
// and with it the service worker's cache, changes exactly when they do.
// Without it go-app would keep serving a stale cache forever, or (left
// empty) make a new version at every server start.
func assetsVersion(webDir string) (string, error) {
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
	io.WriteString(h, appWorkerJS)
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

// newServer serves the app: go-app's handler for pages and its generated
// files, and webDir's assets, precompressed where the browser accepts it.
func newServer(webDir string) (http.Handler, error) {
	h, err := newHandler(webDir)
	if err != nil {
		return nil, err
	}
	assets := http.StripPrefix("/web/", precompressed(http.Dir(webDir)))
	mux := http.NewServeMux()
	mux.Handle("/web/", assets)
	mux.Handle("/", h)
	return securityHeaders(mux), nil
}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}
