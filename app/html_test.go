package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/saved"
)

// roots counts the top-level elements of HTML the app writes (no
// comments, no scripts).
func roots(html string) int {
	void := map[string]bool{"input": true, "br": true, "img": true, "meta": true, "link": true, "hr": true, "col": true, "source": true, "wbr": true}
	n, depth := 0, 0
	for i := 0; i < len(html); i++ {
		if html[i] != '<' {
			continue
		}
		j := strings.IndexByte(html[i:], '>')
		if j < 0 {
			break
		}
		tag := html[i+1 : i+j]
		i += j
		closing := strings.HasPrefix(tag, "/")
		name, _, _ := strings.Cut(strings.TrimPrefix(tag, "/"), " ")
		switch {
		case closing:
			depth--
		case void[name] || strings.HasSuffix(tag, "/"):
			if depth == 0 {
				n++
			}
		default:
			if depth == 0 {
				n++
			}
			depth++
		}
	}
	return n
}

// app.Raw shows only the first element of what it is given: every HTML
// the app shows with it is one element.
func TestRawHTMLIsOneElement(t *testing.T) {
	c := newController(calc.DefaultPolicy(), url.Values{"start": {"2026-05-11"}, "housing": {"3000"}, "mode": {"onsite"}})
	c.settle()
	s, err := saved.New(calc.DefaultPolicy(), "Mine", "")
	if err != nil {
		t.Fatal(err)
	}
	s.ID, s.Terms.ID = "mine", "mine"
	c.postings = []saved.Posting{s}
	q, est, p := &c.shown.quote, &c.shown.estimate, &c.policy
	for name, html := range map[string]string{
		"yourPostingsHTML":   yourPostingsHTML(c),
		"mastheadHTML":       mastheadHTML(p),
		"summaryBarHTML":     summaryBarHTML(q, []calc.Field{calc.FieldRate}),
		"postingSummaryHTML": postingSummaryHTML(p, "the link"),
		"printSummaryHTML":   printSummaryHTML(q, p),
		"compareHTML":        compareHTML(p, c.compare, []string{"a problem"}),
		"headlineHTML":       headlineHTML(q, est),
		"checksHTML":         checksHTML(q),
		"windowNoteHTML":     windowNoteHTML(q, p),
		"earningsHTML":       earningsHTML(q),
		"holidaysHTML":       holidaysHTML(q.Holidays),
		"sickHousingHTML":    "<div>" + sickHousingHTML(q) + "</div>",
		"weekChartHTML":      weekChartHTML(q.Weeks),
		"weekTableHTML":      weekTableHTML(q),
		"calendarHTML":       calendarHTML(q, c.days),
		"assumptionsHTML":    assumptionsHTML(p),
		"takeHomeHTML":       takeHomeHTML(est, p.Employer),
		"widgetTitleHTML":    widgetTitleHTML(p),
		"widgetFiguresHTML":  widgetFiguresHTML(q),
	} {
		if n := roots(html); html != "" && n != 1 {
			t.Errorf("%s writes %d elements at its top:\n%.300s", name, n, html)
		}
	}
}
