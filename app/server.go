//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/staticsite"
)

const usage = `usage:
  offercalc [serve] [-addr :8000] [-web web]   serve the app (PORT sets the port)
  offercalc static [-out dist] [-web web]      write the app as a static site
  offercalc serve-dir [-addr :8000] -dir dist  serve a static site directory
  offercalc read-posting [-q] [FILE]           read a posting's text (FILE, or standard
                                               input) into its terms, as policy JSON
  offercalc quote [-policy FILE] QUERY         compute a plan given as a link's query
                                               (start=2026-05-11&rate=50), as JSON
  offercalc help                               print this
`

// markMain is the browser's performance mark (main_wasm.go); nothing here.
func markMain() {}

func serve() {
	cmd, args := "serve", os.Args[1:]
	if len(args) > 0 && (args[0] != "" && args[0][0] != '-' || isHelp(args[0])) {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "serve":
		err = runServe(args)
	case "static":
		err = runStatic(args)
	case "serve-dir":
		err = runServeDir(args)
	case "read-posting", "quote", "help", "-h", "-help", "--help":
		now := time.Now()
		os.Exit(runCLI(cmd, args, cliEnv{os.Stdin, os.Stdout, os.Stderr, calc.NewDate(now.Year(), now.Month(), now.Day())}))
	default:
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "offercalc:", err)
		os.Exit(1)
	}
}

func defaultAddr() string {
	if p := os.Getenv("PORT"); p != "" {
		return ":" + p
	}
	return ":8000"
}

func runServe(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	addr := fs.String("addr", defaultAddr(), "address to listen on")
	web := fs.String("web", "web", "directory of the static assets, with the built app.wasm")
	fs.Parse(args)

	h, err := newServer(*web)
	if err != nil {
		return err
	}
	// Brotli at its best takes half a minute on the wasm: serve at once,
	// and send the compressed copies from when they are written (each
	// appears whole, by a rename).
	go func() {
		if err := staticsite.Compress(*web); err != nil {
			log.Printf("compressing the assets: %v (they are served uncompressed)", err)
		}
	}()
	return listen(*addr, h)
}

func runStatic(args []string) error {
	fs := flag.NewFlagSet("static", flag.ExitOnError)
	out := fs.String("out", "dist", "directory to write the site to")
	web := fs.String("web", "web", "directory of the static assets, with the built app.wasm")
	fs.Parse(args)
	log.Printf("writing the static site to %s/: the pages, then a .gz and a .br copy of each large file (the wasms' brotli copies take a minute or two, once)", *out)
	staticsite.Progress = func(name string, size int64) {
		if size > 1<<20 {
			log.Printf("compressing %s (%d KB)", name, size>>10)
		}
	}
	defer func() { staticsite.Progress = nil }()
	if err := writeStaticSite(*out, *web); err != nil {
		return err
	}
	log.Printf("wrote the static site to %s/", *out)
	return nil
}

func runServeDir(args []string) error {
	fs := flag.NewFlagSet("serve-dir", flag.ExitOnError)
	addr := fs.String("addr", defaultAddr(), "address to listen on")
	dir := fs.String("dir", "dist", "static site directory")
	fs.Parse(args)
	return listen(*addr, newStaticServer(*dir))
}

// listen serves h on addr until interrupted, and prints the address to open.
// limits bound what one connection may hold of the server: a client too
// slow to send its request or to read the answer, or a connection left
// idle, is cut, and a request's header is capped.
type limits struct {
	header, request, write, idle time.Duration
	headerBytes                  int
}

// defaultLimits: a request's header within 10 s and the whole request
// within 30 s (the app sends no bodies); an answer written within 3
// minutes (the wasm, 2.4 MB compressed, takes about a minute at 400
// kbit/s, a poor 3G link); an idle keep-alive connection closed after a
// minute; a request line and header of at most 512 KB (a posting's terms
// in a link are up to 350 KB of URL).
var defaultLimits = limits{header: 10 * time.Second, request: 30 * time.Second, write: 3 * time.Minute, idle: time.Minute, headerBytes: 512 << 10}

func newHTTPServer(h http.Handler, l limits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.header,
		ReadTimeout:       l.request,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
		MaxHeaderBytes:    l.headerBytes,
	}
}

func listen(addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	port := ln.Addr().(*net.TCPAddr).Port
	fmt.Printf("Serving the internship offer calculator at http://localhost:%d\n", port)
	srv := newHTTPServer(h, defaultLimits)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
