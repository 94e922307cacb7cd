package main

import (
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"time"
)

// A phone on slow 4G, as the bench's phone profile has it: every request
// waits rtt before its answer starts, and every answer shares one downlink
// of kbps. It is applied at the server, by a proxy in front of a site:
// Chromium's network emulation does not slow a service worker's own
// fetches, so a worker that installs the wasm would hand the page an
// unthrottled copy. The CPU is slowed in the browser (timingBrowser).
type linkProfile struct {
	rtt  time.Duration
	kbps int
}

// throttle serves target through the link; stop closes it.
func throttle(target string, p linkProfile) (addr string, stop func(), err error) {
	u, err := url.Parse(target)
	if err != nil {
		return "", nil, err
	}
	down := &downlink{bytesPerSecond: float64(p.kbps) * 1000 / 8}
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.ModifyResponse = func(r *http.Response) error {
		r.Body = &paced{ReadCloser: r.Body, down: down}
		return nil
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(p.rtt)
		rp.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

// downlink is a shared link of a fixed rate: each read waits for its turn.
type downlink struct {
	mu             sync.Mutex
	next           time.Time
	bytesPerSecond float64
}

func (d *downlink) take(n int) {
	d.mu.Lock()
	now := time.Now()
	if d.next.Before(now) {
		d.next = now
	}
	d.next = d.next.Add(time.Duration(float64(n) / d.bytesPerSecond * float64(time.Second)))
	wait := time.Until(d.next)
	d.mu.Unlock()
	time.Sleep(wait)
}

// paced reads an answer at the downlink's rate, 16 KB at a time.
type paced struct {
	io.ReadCloser
	down *downlink
}

func (p *paced) Read(b []byte) (int, error) {
	if len(b) > 16<<10 {
		b = b[:16<<10]
	}
	n, err := p.ReadCloser.Read(b)
	if n > 0 {
		p.down.take(n)
	}
	return n, err
}
