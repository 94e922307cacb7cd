//go:build !wasm

package main

import (
	"bytes"
	"encoding/base64"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
)

// The pages go-app prerenders (/ and /widget), as the server sends them
// and the static site holds them, are go-app's with two changes:
//
//   - The <head> begins with the Content-Security-Policy's <meta>: go-app
//     writes Handler.RawHeaders last, after its own scripts and the
//     stylesheets, and a policy given by a <meta> holds only for what
//     follows it (a static host may send no header).
//   - go-app's og:url and og:image are left out, and its empty author:
//     it makes them absolute from Handler.Domain, and the site does not
//     know its own address (it is served from any host, a static one too;
//     the request's Host header is the client's to say). Without a Domain
//     they were "https://" and "https:///widget", which a link preview
//     reads as broken; without them it uses the page's own address.
//
// And the server prerenders only a link that a page could be: see
// prerenderedQuery.

// cspMeta is the policy as a <meta>, for a page served with no header.
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`

// droppedMeta matches the <meta> elements fixHead moves or leaves out,
// each with the line it is on; go-app writes attributes in no set order.
var droppedMeta = regexp.MustCompile(`\n?[ \t]*(?:` + regexp.QuoteMeta(cspMeta) +
	`|<meta\b[^>]*\bproperty="og:(?:url|image)"[^>]*>|<meta name="author">)`)

// fixHead returns page with its head fixed as above. A page without a
// <head>, or fixed already, is returned as it is.
func fixHead(page []byte) []byte {
	open := bytes.Index(page, []byte("<head>"))
	end := bytes.Index(page, []byte("</head>"))
	if open < 0 || end < open {
		return page
	}
	head := page[open+len("<head>") : end]
	head = droppedMeta.ReplaceAll(head, nil)
	indent := []byte("\n")
	if i := bytes.IndexByte(head, '<'); i > 0 && bytes.HasPrefix(head, []byte("\n")) {
		indent = head[:i] // the head's own indentation
	}
	var b bytes.Buffer
	b.Grow(len(page))
	b.Write(page[:open+len("<head>")])
	b.Write(indent)
	b.WriteString(cspMeta)
	b.Write(head)
	b.Write(page[end:])
	return b.Bytes()
}

// Bounds on the links the server prerenders. A plan's and a profile's
// values are tens of bytes, a policyUrl an address; only a posting's terms
// (the policy key) are long, up to calc.MaxPolicySize of JSON in
// base64url.
const (
	maxPrerenderedValue = 2 << 10
	maxPrerenderedKeys  = 64
)

var maxPrerenderedQuery = base64.RawURLEncoding.EncodedLen(calc.MaxPolicySize) + 8<<10

// prerenderedQuery reports whether the server prerenders a page for the
// link's query: one within the bounds above, whose long policy, if any,
// is a posting's terms. Any other is prerendered as the page with no link,
// and worked out in the browser, as on a static host (web/boot.js hides
// the figures until then). A page echoes its link's values, in its fields,
// its data-query and the widget's link: 500 KB of junk in a link made a
// page of 1.5 MB.
func prerenderedQuery(raw string) bool {
	if raw == "" {
		return true
	}
	if len(raw) > maxPrerenderedQuery {
		return false
	}
	v, _ := url.ParseQuery(raw) // what it can read, as the page does
	if len(v) > maxPrerenderedKeys {
		return false
	}
	for k, vs := range v {
		for _, s := range vs {
			if len(s) > maxPrerenderedValue && (k != link.KeyPolicy || len(vs) > 1) {
				return false
			}
		}
	}
	return true
}

// pages serves go-app's handler h with each page fixed as above, and a
// link beyond prerenderedQuery's bounds prerendered without its query.
func pages(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !prerenderedQuery(r.URL.RawQuery) {
			r2, u := *r, *r.URL
			u.RawQuery = ""
			r2.URL = &u
			r = &r2
		}
		pw := &pageWriter{ResponseWriter: w}
		h.ServeHTTP(pw, r)
		pw.finish()
	})
}

// A pageWriter holds back a page (an HTML answer, 200) to fix its head;
// it passes anything else on as it is written.
type pageWriter struct {
	http.ResponseWriter
	decided, page bool
	code          int
	body          bytes.Buffer
}

func (w *pageWriter) decide(code int) {
	if w.decided {
		return
	}
	w.decided, w.code = true, code
	w.page = code == http.StatusOK && strings.HasPrefix(w.Header().Get("Content-Type"), "text/html")
	if !w.page {
		w.ResponseWriter.WriteHeader(code)
	}
}

func (w *pageWriter) WriteHeader(code int) { w.decide(code) }

func (w *pageWriter) Write(b []byte) (int, error) {
	w.decide(http.StatusOK)
	if w.page {
		return w.body.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// finish sends the page held back, fixed.
func (w *pageWriter) finish() {
	if !w.page {
		return
	}
	out := fixHead(w.body.Bytes())
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	w.ResponseWriter.WriteHeader(w.code)
	w.ResponseWriter.Write(out)
}
