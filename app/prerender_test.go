//go:build !wasm

package main

import (
	"compress/gzip"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pageGet gets path from srv: its status, header and body.
func pageGet(t *testing.T, srv, path string) (*http.Response, string) {
	t.Helper()
	res, err := http.Get(srv + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// inputValue returns the value attribute of the input with id, as the
// browser reads it (its character references decoded), and as written.
func inputValue(t *testing.T, page, id string) (value, raw string) {
	t.Helper()
	tag := regexp.MustCompile(`<input\b[^>]*\sid="` + regexp.QuoteMeta(id) + `"[^>]*>`).FindString(page)
	if tag == "" {
		t.Fatalf("no input #%s", id)
	}
	m := regexp.MustCompile(`\svalue="([^"]*)"`).FindStringSubmatch(tag)
	if m == nil {
		return "", ""
	}
	return html.UnescapeString(m[1]), m[1]
}

// go-app prerenders an attribute Go-quoted (strconv.Quote): a backslash
// came out doubled and a zero-width space as the six letters \u200b. What
// the browser reads from the prerendered field is what the link says.
func TestPrerenderedValuesAreHTML(t *testing.T) {
	srv := testServer(t)
	for _, path := range []string{"/", "/widget"} {
		for _, v := range []string{`5\5`, "1\u200b", "50\u00a0", `a"b'c<d>&e`, "é😀", `\u200b`, "tab\there"} {
			_, page := pageGet(t, srv.URL, path+"?start=2026-05-11&rate="+url.QueryEscape(v))
			got, raw := inputValue(t, page, "rate")
			if got != v {
				t.Errorf("%s rate=%q: the field shows %q (written %q)", path, v, got, raw)
			}
			if strings.Contains(raw, `\\`) || (strings.ContainsRune(v, '\u200b') && strings.Contains(raw, `\u200b`) && !strings.Contains(v, `\u200b`)) {
				t.Errorf("%s rate=%q: Go-quoted in the page: %q", path, v, raw)
			}
		}
	}
}

// One parser reads a yes-or-no value (link.ParseFlag) for the figures and
// for the prerendered box: f1=yes was computed but left the box unticked.
func TestPrerenderedCheckboxesFollowTheLink(t *testing.T) {
	srv := testServer(t)
	checked := func(page, id string) bool {
		tag := regexp.MustCompile(`<input\b[^>]*\sid="` + id + `"[^>]*>`).FindString(page)
		if tag == "" {
			t.Fatalf("no #%s", id)
		}
		return regexp.MustCompile(`\schecked(\s|>|=)`).MatchString(tag)
	}
	for _, c := range []struct {
		query string
		f1    bool
		py    bool
	}{
		{"f1=yes", true, false}, {"f1=true", true, false}, {"f1=TRUE", true, false}, {"f1=on", true, false},
		{"f1=1", true, false}, {"f1=%20yes%20", true, false}, {"partyear=yes", false, true}, {"f1=Yes&partyear=True", true, true},
		{"f1=no", false, false}, {"f1=0", false, false}, {"f1=false&partyear=off", false, false}, {"f1=maybe", false, false}, {"", false, false},
	} {
		_, page := pageGet(t, srv.URL, "/?start=2026-05-11&"+c.query)
		if got := checked(page, "f1"); got != c.f1 {
			t.Errorf("%s: #f1 checked %v, want %v", c.query, got, c.f1)
		}
		if got := checked(page, "partyear"); got != c.py {
			t.Errorf("%s: #partyear checked %v, want %v", c.query, got, c.py)
		}
	}
}

// prerenderedPaths are the pages in their states: figures, messages, the
// subfields a link opens, a posting that cannot be read, one to fetch.
var prerenderedPaths = []string{
	"/", "/widget", "/postings", "/compare",
	"/?start=2026-05-11&rate=abc&hours=200&f1=1&country=XX&state=NY&locality=NYC&housing=3000&pay=daily&lastjob=x",
	"/?start=2026-05-11&end=2026-05-01&mode=remote&degree=none&apps=9",
	"/widget?start=2026-05-11&rate=abc&end=x",
	"/?policy=bm90IGpzb24", "/widget?policy=bm90IGpzb24",
	"/?policyUrl=/web/policy-sample.json", "/widget?policyUrl=/web/policy-sample.json",
}

// No prerendered page has an empty ARIA attribute (aria-describedby="" is
// a reference to nothing, a bare aria-pressed no state) or an id twice.
func TestPrerenderedPagesAreWellFormed(t *testing.T) {
	srv := testServer(t)
	emptyARIA := regexp.MustCompile(`\saria-[a-z]+(?:=""|\s|/?>)`)
	ids := regexp.MustCompile(`\sid="([^"]*)"`) // not data-id="…"
	for _, path := range prerenderedPaths {
		_, page := pageGet(t, srv.URL, path)
		if m := emptyARIA.FindAllString(page, -1); len(m) > 0 {
			t.Errorf("%s: empty ARIA attributes: %q", path, m)
		}
		seen := map[string]int{}
		for _, m := range ids.FindAllStringSubmatch(page, -1) {
			seen[m[1]]++
		}
		for id, n := range seen {
			if n > 1 || id == "" {
				t.Errorf("%s: id %q %d times", path, id, n)
			}
		}
		if len(seen) < 3 {
			t.Errorf("%s: %d ids: not the page", path, len(seen))
		}
	}
}

// headRe is a page's head; cspFirst its first element, the policy's
// <meta> (the offers page writes its quotes as &#39;).
var (
	headRe   = regexp.MustCompile(`(?s)<head>(.*?)</head>`)
	cspFirst = regexp.MustCompile(`^<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
)

// checkHead checks a page's head: the Content-Security-Policy's <meta>
// first, before any stylesheet or script (a policy in a <meta> holds only
// for what follows it), the policy the header sends; no og:url or
// og:image, which go-app wrote as "https://" for want of the site's
// address; no empty author.
func checkHead(t *testing.T, what, page string) {
	t.Helper()
	m := headRe.FindStringSubmatch(page)
	if m == nil {
		t.Errorf("%s: no <head>", what)
		return
	}
	head := strings.TrimSpace(m[1])
	first := cspFirst.FindStringSubmatch(head)
	if first == nil || html.UnescapeString(first[1]) != contentSecurityPolicy {
		t.Errorf("%s: the head does not begin with the CSP's <meta>: %.120q", what, head)
	}
	if n := strings.Count(page, `http-equiv="Content-Security-Policy"`); n != 1 {
		t.Errorf("%s: %d CSP <meta>s", what, n)
	}
	for _, bad := range []string{`og:url`, `og:image`, `content="https://"`, `"https:///`, `<meta name="author">`} {
		if strings.Contains(head, bad) {
			t.Errorf("%s: the head has %s", what, bad)
		}
	}
	if !strings.Contains(head, `property="og:title"`) && !strings.Contains(what, "postings") && !strings.Contains(what, "compare") {
		t.Errorf("%s: no og:title", what)
	}
}

func TestPrerenderedHeads(t *testing.T) {
	srv := testServer(t)
	for _, path := range prerenderedPaths {
		res, page := pageGet(t, srv.URL, path)
		checkHead(t, path, page)
		if csp := res.Header.Get("Content-Security-Policy"); csp != contentSecurityPolicy {
			t.Errorf("%s: the header's policy %q is not the <meta>'s", path, csp)
		}
		if res.ContentLength != int64(len(page)) {
			t.Errorf("%s: Content-Length %d, body %d bytes", path, res.ContentLength, len(page))
		}
	}
	// HEAD says the length GET sends.
	_, page := pageGet(t, srv.URL, "/")
	res, err := http.Head(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.ContentLength != int64(len(page)) {
		t.Errorf("HEAD /: Content-Length %d, GET sends %d", res.ContentLength, len(page))
	}
	// fixHead is idempotent, and leaves a page without a head alone.
	if again := string(fixHead([]byte(page))); again != page {
		t.Error("fixHead of a fixed page changes it")
	}
	if got := string(fixHead([]byte("plain"))); got != "plain" {
		t.Errorf("fixHead(plain) = %q", got)
	}
}

// The static site's pages have the same head, their compressed copies
// too, as a static host serves them.
func TestStaticSiteHeads(t *testing.T) {
	out := testStaticSite(t)
	for _, name := range []string{"index.html", "widget.html", "postings.html", "compare.html"} {
		page, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		checkHead(t, name, string(page))
		f, err := os.Open(filepath.Join(out, name+".gz"))
		if err != nil {
			t.Errorf("%s: no .gz copy: %v", name, err)
			continue
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		unzipped, _ := io.ReadAll(zr)
		f.Close()
		if string(unzipped) != string(page) {
			t.Errorf("%s.gz is not the page (%d bytes, the page %d)", name, len(unzipped), len(page))
		}
	}
	srv := httptest.NewServer(newStaticServer(out))
	defer srv.Close()
	for _, path := range []string{"/", "/widget", "/postings", "/compare"} {
		_, page := pageGet(t, srv.URL, path)
		checkHead(t, "static "+path, page)
	}
}

// The exports' note says where the weeks it writes are: above it, where
// the page shows the week chart.
func TestExportNoteSaysWhereTheWeeksAre(t *testing.T) {
	srv := testServer(t)
	_, page := pageGet(t, srv.URL, "/?start=2026-05-11")
	note := strings.Index(page, "the CSV file the weeks of the chart above")
	chart := strings.Index(page, `id="week-chart"`)
	if note < 0 || chart < 0 || chart > note {
		t.Errorf("the note at %d, the week chart at %d: the note says the chart is above it", note, chart)
	}
}
