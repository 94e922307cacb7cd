//go:build !wasm

package main

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
)

// jargon is what a message must never say to an applicant.
var jargon = []string{"EOF", "calc.Policy", "calc:", "Go value", "JSON array", "unmarshal"}

func checkWords(t *testing.T, what, msg string) {
	t.Helper()
	for _, j := range jargon {
		if strings.Contains(msg, j) {
			t.Errorf("%s: %q says %q", what, msg, j)
		}
	}
}

// Regression: the terms of a file (fetched by a link's policyUrl, or
// picked) that could not be read at all were said to be "in this link
// (policy)", and an empty one "Required: enter …", as if a field were
// left empty. A message says where the terms came from, and in plain
// words what is wrong with them.
func TestPolicyMessagesSayWhereTheTermsCameFrom(t *testing.T) {
	page, _ := url.Parse("http://localhost:8000/")
	fetched := func(data string) string {
		t.Helper()
		c := &controller{maxPinned: 3}
		if u := c.openLink(page, url.Values{"policyUrl": {"/p.json"}}); u == nil {
			t.Fatal("no address to fetch")
		}
		c.fetched([]byte(data), "")
		if c.usable() {
			t.Fatalf("%q computes", data)
		}
		return c.problem
	}
	picked := func(data string) string {
		t.Helper()
		c := newController(calc.DefaultPolicy(), nil)
		c.useFile("mine.json", []byte(data))
		return c.src.fileErr
	}
	linked := func(policy string) string {
		t.Helper()
		c := &controller{maxPinned: 3}
		c.openLink(page, url.Values{"policy": {policy}})
		return c.problem
	}
	b64 := base64.RawURLEncoding.EncodeToString
	for _, c := range []struct{ name, got, want string }{
		{"an empty file fetched", fetched(""), "The posting's terms at http://localhost:8000/p.json: Not accepted: the file is empty. A posting's terms are one JSON object {…}"},
		{"a blank file fetched", fetched(" \n"), "The posting's terms at http://localhost:8000/p.json: Not accepted: the file is empty."},
		{"a list fetched", fetched("[]"), `The posting's terms at http://localhost:8000/p.json: Not accepted: "[]". Enter a posting's terms as one JSON object {…}, not a list [ … ].`},
		{"HTML fetched", fetched("<!doctype html>"), `The posting's terms at http://localhost:8000/p.json: Not accepted: "<!doctype html>". Enter a posting's terms as one JSON object {…}.`},
		{"an empty file picked", picked(""), "mine.json: The posting's terms in the file: Not accepted: the file is empty."},
		{"a list picked", picked("[{}]"), `mine.json: The posting's terms in the file: Not accepted: "[{}]". Enter a posting's terms as one JSON object {…}, not a list [ … ].`},
		{"JSON cut short picked", picked(`{"title":`), `mine.json: The posting's terms in the file: Not accepted: "{\"title\":". Enter valid JSON: unexpected end of JSON input`},
		{"a field picked", picked(`{"title": "x", "bnad": 1}`), `mine.json: The posting's terms are invalid at policy.bnad: Not accepted: "1". Enter no such field`},
		// What the browser tests see (widget-browser_test.go), natively.
		{"not base64url in a link", linked("!!not+base64"), `The posting's terms in this link (policy): Not accepted: "!!not+base64".`},
		{"not JSON in a link", linked(b64([]byte(`{"title": "x",`))), `The posting's terms in this link (policy): Not accepted: "{\"title\": \"x\",". Enter valid JSON: unexpected end of JSON input`},
		{"a list in a link", linked(b64([]byte(`[]`))), `The posting's terms in this link (policy): Not accepted: "[]". Enter a posting's terms as one JSON object {…}, not a list [ … ].`},
		{"nothing in a link", linked(b64([]byte(` `))), `The posting's terms in this link (policy): Not accepted: the file is empty.`},
	} {
		if !strings.HasPrefix(c.got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q…", c.name, c.got, c.want)
		}
		checkWords(t, c.name, c.got)
	}
}

// A value of 100,000 characters is echoed cut short by every message: the
// form's, a posting's, the command line's.
func TestMessagesEchoValuesCutShort(t *testing.T) {
	digits := strings.Repeat("9", 100_000)
	c := newController(calc.DefaultPolicy(), url.Values{"rate": {digits}, "start": {digits}, "other": {digits}, "state": {digits}, "f1": {digits}})
	for f, msg := range c.form.errs {
		if msg == "" || len(msg) > 300 {
			t.Errorf("%s: a message of %d bytes", f, len(msg))
		}
	}
	if len(c.form.errs) != 5 {
		t.Errorf("%d messages, want 5: %v", len(c.form.errs), c.form.errs)
	}

	page, _ := url.Parse("http://localhost:8000/")
	for _, data := range []string{
		`{"title": "` + strings.Repeat("x", 200_000) + `"}`,
		`{"band": {"min": "` + digits + `"}}`,
		`{"band": {"min": ` + digits + `}}`,
		`[` + digits + `]`,
		digits,
	} {
		c := &controller{maxPinned: 3}
		c.openLink(page, url.Values{"policy": {base64.RawURLEncoding.EncodeToString([]byte(data))}})
		if c.usable() || c.problem == "" || len(c.problem) > 400 {
			t.Errorf("%.20s…: a message of %d bytes: %.100q", data, len(c.problem), c.problem)
		}
		c = newController(calc.DefaultPolicy(), nil)
		c.useFile("mine.json", []byte(data))
		if c.src.fileErr == "" || len(c.src.fileErr) > 400 {
			t.Errorf("%.20s… in a file: a message of %d bytes", data, len(c.src.fileErr))
		}
		code, _, errs := runCmd(t, data, "quote", "-policy", "-", "start=2026-05-11")
		if code != 1 || len(errs) > 2000 {
			t.Errorf("%.20s… on the command line: exit %d, %d bytes", data, code, len(errs))
		}
	}
	code, _, errs := runCmd(t, "", "quote", "start=2026-05-11&rate="+digits+"&rent="+digits)
	if code != 1 || len(errs) > 600 || !strings.Contains(errs, "rate: ") || !strings.Contains(errs, "rent: ") {
		t.Errorf("quote with 100,000 digits: exit %d, %d bytes:\n%.300s", code, len(errs), errs)
	}
	code, _, errs = runCmd(t, "", "quote", "-policy", "-", "start=2026-05-11")
	if want := "policy: Not accepted: the file is empty."; code != 1 || !strings.HasPrefix(errs, want) {
		t.Errorf("quote -policy of an empty file: exit %d, %q, want %q…", code, errs, want)
	}
	checkWords(t, "quote -policy of an empty file", errs)
}
