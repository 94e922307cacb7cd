//go:build !wasm

package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// testLimits are small limits, so that each is seen to hold within a
// test's time.
var testLimits = limits{header: 300 * time.Millisecond, request: time.Second, write: time.Second, idle: 500 * time.Millisecond, headerBytes: 8 << 10}

// slack is what a limit may be exceeded by before the test says it does
// not hold: the server's timers, the scheduler on a busy machine.
const slack = 700 * time.Millisecond

// closes records when the server closes each connection.
type closes struct {
	mu sync.Mutex
	at map[net.Conn]time.Time
}

func (c *closes) record(conn net.Conn, s http.ConnState) {
	if s != http.StateClosed && s != http.StateHijacked {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at[conn] = time.Now()
}

// closed returns when the server closed its one closed connection, after
// waiting up to wait for it to.
func (c *closes) closed(t *testing.T, wait time.Duration) time.Time {
	t.Helper()
	deadline := time.Now().Add(wait)
	for {
		c.mu.Lock()
		n := len(c.at)
		var at time.Time
		for _, v := range c.at {
			at = v
		}
		c.mu.Unlock()
		if n > 0 {
			return at
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server did not close the connection within %s", wait)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// serveLimited serves h with limits l over a real listener, as listen
// does, and returns its address and a record of the connections closed.
func serveLimited(t *testing.T, h http.Handler, l limits) (string, *closes) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(h, l)
	c := &closes{at: map[net.Conn]time.Time{}}
	srv.ConnState = c.record
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String(), c
}

func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// awaitEOF reads conn until the server closes it, and returns when it
// did; it fails past wait.
func awaitEOF(t *testing.T, conn net.Conn, wait time.Duration) time.Time {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(wait))
	_, err := io.Copy(io.Discard, conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the connection is still open after %s", wait)
	}
	return time.Now()
}

// A client that sends half a request's header and stalls is cut at the
// header limit, not the whole request's (nor never).
func TestServerCutsAStalledHeader(t *testing.T) {
	addr, c := serveLimited(t, http.NotFoundHandler(), testLimits)
	conn := dial(t, addr)
	if _, err := io.WriteString(conn, "GET / HTTP/1.1\r\nHost: localhost\r\nAccept: te"); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	end := awaitEOF(t, conn, 5*time.Second)
	if took := end.Sub(sent); took > testLimits.header+slack {
		t.Errorf("a stalled header was cut after %s, want within %s (+%s)", took, testLimits.header, slack)
	}
	if took := c.closed(t, time.Second).Sub(sent); took < testLimits.header-50*time.Millisecond {
		t.Errorf("cut after %s, before the header limit %s", took, testLimits.header)
	}
}

// A client that asks for a large file and never reads it is cut at the
// write limit: the server gives up the connection, and what the client
// reads afterwards stops short of the file.
func TestServerCutsAReaderThatNeverReads(t *testing.T) {
	dir := t.TempDir()
	const size = 256 << 20 // far more than the sockets' buffers hold
	f, err := os.Create(filepath.Join(dir, "big.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil { // sparse: no disk written
		t.Fatal(err)
	}
	f.Close()
	addr, c := serveLimited(t, newStaticServer(dir), testLimits)
	conn := dial(t, addr)
	if _, err := io.WriteString(conn, "GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	closed := c.closed(t, testLimits.write+5*time.Second)
	if took := closed.Sub(sent); took > testLimits.write+slack {
		t.Errorf("a client that never reads was cut after %s, want within %s (+%s)", took, testLimits.write, slack)
	}
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	n, _ := io.Copy(io.Discard, conn)
	if n >= size {
		t.Errorf("the client got the whole file (%d bytes) after the write limit", n)
	}
}

// A keep-alive connection left idle after its answer is closed at the idle
// limit.
func TestServerClosesAnIdleConnection(t *testing.T) {
	addr, c := serveLimited(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}), testLimits)
	conn := dial(t, addr)
	if _, err := io.WriteString(conn, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(conn)
	res, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Close {
		t.Fatalf("%s, close %v: want a kept-alive 200", res.Status, res.Close)
	}
	answered := time.Now()
	end := awaitEOF(t, conn, 5*time.Second)
	if took := end.Sub(answered); took > testLimits.idle+slack {
		t.Errorf("an idle connection was closed after %s, want within %s (+%s)", took, testLimits.idle, slack)
	}
	if took := c.closed(t, time.Second).Sub(answered); took < testLimits.idle-50*time.Millisecond {
		t.Errorf("closed after %s, before the idle limit %s", took, testLimits.idle)
	}
}

// A request's header over the cap is answered 431, with the small limits
// and with the ones the server runs with.
func TestServerCapsTheHeader(t *testing.T) {
	for _, l := range []limits{testLimits, defaultLimits} {
		addr, _ := serveLimited(t, http.NotFoundHandler(), l)
		conn := dial(t, addr)
		// net/http reads 4 KB past MaxHeaderBytes before it refuses.
		big := strings.Repeat("x", l.headerBytes+8<<10)
		go io.WriteString(conn, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: "+big+"\r\n\r\n") // the server may stop reading: errors are expected
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("a %d KB header: %v", len(big)>>10, err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("a %d KB header over a cap of %d KB: %s, want 431", len(big)>>10, l.headerBytes>>10, res.Status)
		}
	}
	// Under the cap, a request is served.
	addr, _ := serveLimited(t, http.NotFoundHandler(), testLimits)
	conn := dial(t, addr)
	io.WriteString(conn, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Small: "+strings.Repeat("x", 2<<10)+"\r\n\r\n")
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if res, err := http.ReadResponse(bufio.NewReader(conn), nil); err != nil || res.StatusCode != http.StatusNotFound {
		t.Errorf("a 2 KB header: %v %v", res, err)
	}
}

// minimalWeb writes a web directory newServer can serve (its assets, a
// stand-in wasm, a directory with no index) and returns it.
func minimalWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "app.wasm"), 2000)
	writeFile(t, filepath.Join(dir, "app.css"), 100)
	if err := os.MkdirAll(filepath.Join(dir, "some-dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "some-dir", "file.txt"), 10)
	return dir
}

// minimalDist writes a static site directory as `offercalc static` lays
// it out, with a directory with no index under web/.
func minimalDist(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"index.html", "widget.html", "compare.html", "postings.html"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("<!doctype html><title>page</title>"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "web", "some-dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "web", "app.css"), 100)
	writeFile(t, filepath.Join(dir, "web", "some-dir", "file.txt"), 10)
	return dir
}

// Both servers (offercalc serve and serve-dir) serve GET and HEAD only,
// list no directory, and send Cache-Control: no-cache on every answer,
// errors too.
func TestServersMethodsListingsAndCaching(t *testing.T) {
	served, err := newServer(minimalWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	for name, h := range map[string]http.Handler{"serve": served, "serve-dir": newStaticServer(minimalDist(t))} {
		srv := httptest.NewServer(h)
		defer srv.Close()
		do := func(method, path string) *http.Response {
			t.Helper()
			req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader("x=1"))
			res, err := http.DefaultTransport.RoundTrip(req) // no redirect followed
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
				t.Errorf("%s: %s %s: Cache-Control %q, want no-cache", name, method, path, cc)
			}
			return res
		}
		for _, path := range []string{"/", "/widget", "/compare", "/postings", "/web/app.css"} {
			for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
				res := do(method, path)
				if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
					t.Errorf("%s: %s %s: %s, Allow %q; want 405, Allow: GET, HEAD", name, method, path, res.Status, res.Header.Get("Allow"))
				}
			}
			for _, method := range []string{http.MethodGet, http.MethodHead} {
				if res := do(method, path); res.StatusCode != http.StatusOK {
					t.Errorf("%s: %s %s: %s", name, method, path, res.Status)
				}
			}
		}
		for _, path := range []string{"/web/", "/web/some-dir/", "/web/some-dir"} {
			if res := do(http.MethodGet, path); res.StatusCode != http.StatusNotFound {
				t.Errorf("%s: GET %s: %s, want 404 (no listing)", name, path, res.Status)
			}
		}
		if res := do(http.MethodGet, "/web/some-dir/file.txt"); res.StatusCode != http.StatusOK {
			t.Errorf("%s: a file in a directory: %s", name, res.Status)
		}
		if res := do(http.MethodGet, "/no-such-page"); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: an unknown page: %s", name, res.Status)
		}
	}
}

// The server listen runs holds every limit the tests above see at work
// (with smaller values): none is zero, which net/http reads as no limit,
// and each is below what a stalled client could hold a connection for.
func TestServerLimitsAreSet(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), defaultLimits)
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		if d <= 0 || d > 5*time.Minute {
			t.Errorf("%s is %s: want a limit, at most 5 minutes", name, d)
		}
	}
	if srv.ReadHeaderTimeout > srv.ReadTimeout {
		t.Errorf("the header may take %s, longer than the whole request, %s", srv.ReadHeaderTimeout, srv.ReadTimeout)
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 1<<20 {
		t.Errorf("MaxHeaderBytes %d", srv.MaxHeaderBytes)
	}
}
