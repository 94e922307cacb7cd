package main

// Building what is measured: both wasms with the flags of the Makefile, their
// compressed sizes, both static sites, and the servers that serve them.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/offercalc/offercalc/internal/staticsite"
)

// wasmLDFlags are the Makefile's: no symbol table, no DWARF.
const wasmLDFlags = "-ldflags=-s -w"

// buildWasm builds p for the browser as `make build` does.
func buildWasm(ctx context.Context, root string, p program, out string) error {
	_, err := output(goCommand(ctx, root, wasmEnv(), append([]string{"build"}, p.buildArgs(wasmLDFlags, "-o", out)...)...))
	return err
}

// buildServer builds p for this machine (the static-site writer and
// server), as `make build` builds bin/offercalc.
func buildServer(ctx context.Context, root string, p program, out string) error {
	_, err := output(goCommand(ctx, root, nil, append([]string{"build"}, p.buildArgs("-o", out)...)...))
	return err
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func brotliBytes(b []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression) // quality 11
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

type sizes struct{ raw, gz, br int }

// compressWasms compresses each wasm with gzip (best) and brotli (11),
// four at a time, and writes the .gz and .br copies beside it: they are the
// bytes `offercalc static` would write, and it keeps copies that are newer
// than their original, so the quality-11 brotli runs once per wasm.
func compressWasms(paths ...string) ([]sizes, error) {
	out := make([]sizes, len(paths))
	errs := make([]error, 2*len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out[i].raw = len(data)
		for j, c := range []struct {
			ext string
			f   func([]byte) []byte
			n   *int
		}{{".gz", gzipBytes, &out[i].gz}, {".br", brotliBytes, &out[i].br}} {
			wg.Go(func() {
				b := c.f(data)
				*c.n = len(b)
				errs[2*i+j] = os.WriteFile(p+c.ext, b, 0o644)
			})
		}
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// copyWeb copies a web directory, leaving out a stale app.wasm and the
// compressed copies.
func copyWeb(dst, src string) error {
	return staticsite.CopyDirFunc(dst, src, func(d fs.DirEntry) bool {
		base := d.Name()
		return !strings.HasPrefix(base, "app.wasm") && !strings.HasSuffix(base, ".gz") && !strings.HasSuffix(base, ".br")
	})
}

// site is one program prepared for the browser: its web directory, its
// static site, and the server binary that wrote it.
type site struct {
	prog   program
	dir    string
	web    string // the web directory, with app.wasm
	dist   string // the static site
	binary string // the program built for this machine
	url    string // where it is served, once serve has run
	stop   func()
}

func newSite(tmp string, prog program) *site {
	dir := filepath.Join(tmp, prog.label)
	return &site{prog: prog, dir: dir, web: filepath.Join(dir, "web"), dist: filepath.Join(dir, "dist"), binary: filepath.Join(dir, prog.label+"-server")}
}

// prepare copies the web directory and builds the wasm into it.
func (s *site) prepare(ctx context.Context, root, webSrc string) error {
	if err := copyWeb(s.web, webSrc); err != nil {
		return err
	}
	return buildWasm(ctx, root, s.prog, filepath.Join(s.web, "app.wasm"))
}

// writeStatic builds the program for this machine and has it write its
// static site (`offercalc static -out DIR -web DIR`, the same for the floor).
func (s *site) writeStatic(ctx context.Context, root string) error {
	if err := buildServer(ctx, root, s.prog, s.binary); err != nil {
		return err
	}
	_, err := output(exec.CommandContext(ctx, s.binary, "static", "-out", s.dist, "-web", s.web))
	return err
}

var servingRe = regexp.MustCompile(`http://localhost:(\d+)`)

// serve serves the static site with `offercalc serve-dir` (the same server
// for both sites, so both get the same precompressed responses), on
// 127.0.0.1 and a free port.
func (s *site) serve(ctx context.Context, serverBinary string) error {
	cmd := exec.Command(serverBinary, "serve-dir", "-addr", "127.0.0.1:0", "-dir", s.dist)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	s.stop = func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := servingRe.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case port := <-found:
		s.url = "http://127.0.0.1:" + port
		return nil
	case <-done:
		return fmt.Errorf("serve-dir exited: %s", tail(stderr.String(), 10))
	case <-time.After(30 * time.Second):
		s.stop()
		return fmt.Errorf("serve-dir printed no address in 30s")
	case <-ctx.Done():
		s.stop()
		return ctx.Err()
	}
}
