//go:build !wasm

package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
)

// injections are text that would add an element or an attribute marked
// data-xss to the page, or run a script, if any part of the page wrote it
// as HTML instead of text: in an element, in an attribute quoted either
// way or not at all, in a comment, a script, a textarea, an SVG, a URL.
var injections = []string{
	`<b data-xss>x</b>`,
	`"><b data-xss>x</b>`,
	`'><b data-xss>x</b>`,
	`" data-xss="1`,
	`' data-xss='1`,
	`x data-xss=1`,
	`</textarea></title></style><b data-xss>`,
	`</script><b data-xss>`,
	`<img data-xss src=x onerror=window.xss=1>`,
	`<svg data-xss onload=window.xss=1>`,
	`javascript:window.xss=1//<b data-xss>`,
	`<!--<b data-xss>-->--><b data-xss>`,
	"\u2028<b data-xss>\u2029&lt;b&gt;",
	`%3Cb%20data-xss%3E&#60;b data-xss&#62;{{.}}`,
}

// injected is an expression counting what an injection achieved on the
// page: elements or attributes it added, or a script it ran.
const injected = `document.querySelectorAll("[data-xss]").length + (window.xss ? 100 : 0)`

// No link can inject markup into the page: every key of a link (the plan's,
// the take-home profile's, the posting's address, the theme) holding each
// injection, and a posting in the link with one in every text field, both
// as the server or static host prerenders the page (read with scripts off)
// and once the app has run, on the calculator and the widget.
func TestBrowserNoInjection(t *testing.T) {
	var keys []string
	for _, f := range append(calc.PlanFields(), tax.ProfileFields()...) {
		keys = append(keys, string(f))
	}
	keys = append(keys, link.KeyPolicyURL, "theme")
	if len(keys) < 19 {
		t.Fatalf("%d keys", len(keys))
	}
	links := map[string]string{}
	for i, s := range injections {
		v := url.Values{}
		for _, k := range keys {
			v.Set(k, s)
		}
		links["every key, injection "+itoa(i)] = v.Encode()
		links["a posting's text fields, injection "+itoa(i)] = url.Values{link.KeyPolicy: {markedPosting(t, s)}, "start": {"2026-05-11"}}.Encode()
	}
	servers(t, func(t *testing.T, origin string) {
		b := newBrowser(t)
		scripts := func(on bool) {
			b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
				_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !on})
				return err
			}))
		}
		for name, q := range links {
			for _, page := range []string{"/", "/widget"} {
				// As prerendered: the HTML as the browser parses it.
				scripts(false)
				b.do(chromedp.Navigate(origin + page + "?" + q))
				if n := eval[int](b, injected); n != 0 {
					t.Errorf("%s %s, prerendered: %d injected", page, name, n)
				}
				// With the app.
				scripts(true)
				ready := `#calculator[data-ready="true"], #widget[data-ready="true"]`
				b.do(chromedp.Navigate(origin+page+"?"+q), chromedp.WaitVisible(chromedp.CSS(ready)))
				if n := eval[int](b, injected); n != 0 {
					t.Errorf("%s %s, with the app: %d injected", page, name, n)
				}
			}
		}
		// The posting's address holding an injection is fetched from this
		// origin, as any address is, and is not there.
		b.ignoreErrors(func(msg string) bool {
			return strings.Contains(msg, "status of 404") && strings.Contains(msg, origin+"/")
		})
		b.assertClean(origin)
	})
}

// markedPosting is the shipped posting, with s in every text field (the
// title, employer, place, each posting line and assumption, each season's
// and holiday's name), encoded for the policy key.
func markedPosting(t *testing.T, s string) string {
	t.Helper()
	p := calc.DefaultPolicy()
	p.Title, p.Employer, p.Location = "T "+s, "E "+s, "L "+s
	lines := reflect.ValueOf(&p.Lines).Elem()
	for i := range lines.NumField() {
		if lines.Field(i).Kind() == reflect.String {
			lines.Field(i).SetString("Line " + s)
		}
	}
	for i := range p.Assumptions {
		p.Assumptions[i] = "Assumed " + s
	}
	for i := range p.Seasons {
		p.Seasons[i].Name = "Season " + s
	}
	for i := range p.Holidays {
		p.Holidays[i].Name = "Holiday " + s
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := calc.ParsePolicy(data); err != nil {
		t.Fatalf("the marked posting does not parse: %v", err)
	}
	if !strings.Contains(string(data), "Line") {
		t.Fatal("no posting line was marked")
	}
	return base64.RawURLEncoding.EncodeToString(data)
}

// Nor can a posting's text: pasted with every injection in its sentences
// (which the page shows, each beside its term and marked in the text),
// read, saved, then listed and compared.
func TestBrowserNoInjectionFromAPostingsText(t *testing.T) {
	s := site.get(t)
	var text strings.Builder
	text.WriteString("Software Engineering Intern " + injections[0] + "\nAcme Corp " + injections[1] + "\nSeattle, WA\n")
	text.WriteString("The hourly rate range is $45 - $60 " + injections[2] + ".\nThis is a 12-week program " + injections[3] + ".\n")
	for _, inj := range injections[4:] {
		text.WriteString("Interns get 10 paid holidays " + inj + ".\n")
	}
	b := newBrowser(t)
	b.openOffers(s.server.URL + "/postings")
	b.paste(text.String())
	if n := eval[int](b, injected); n != 0 {
		t.Errorf("the terms as read: %d injected", n)
	}
	if n := eval[int](b, `document.querySelectorAll("#source mark").length`); n < 2 {
		t.Errorf("%d sentences marked in the text: the test does not show the sentences", n)
	}
	b.do(js(`document.getElementById("save-posting").click()`))
	waitFor(t, 20*time.Second, "the posting saved", func() bool { return eval[int](b, `document.querySelectorAll("#your-postings li").length`) > 0 })
	if n := eval[int](b, injected); n != 0 {
		t.Errorf("your postings: %d injected", n)
	}
	b.openOffers(s.server.URL + "/compare")
	if n := eval[int](b, injected); n != 0 {
		t.Errorf("the comparison: %d injected", n)
	}
	b.open(s.server.URL + "/")
	if n := eval[int](b, injected); n != 0 {
		t.Errorf("the calculator with your postings: %d injected", n)
	}
	b.assertClean(s.server.URL)
}
