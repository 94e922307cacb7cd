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

// One definition of a workday, one number: the calendar, the hours line,
// the widget and the comparison (the plan pinned) say the quote's own
// count.
func TestWorkdaysAgree(t *testing.T) {
	c := newController(calc.DefaultPolicy(), url.Values{"start": {"2026-06-22"}, "end": {"2026-09-21"}})
	c.pin()
	c.settle()
	q := &c.shown.quote
	if q.Window.WorkDays != 66 {
		t.Fatalf("Jun 22 to Sep 21: %d workdays, want 66", q.Window.WorkDays)
	}
	n := plural(q.Window.WorkDays, "workday")
	if w := widgetFiguresHTML(q); !strings.Contains(w, ", "+n+"<") {
		t.Errorf("the widget does not say %s", n)
	}
	if cal := calendarHTML(q, c.days); !strings.Contains(cal, ">"+n+" (") {
		t.Errorf("the calendar does not say %s: %.200s", n, cal)
	}
	if e := earningsHTML(q); !strings.Contains(e, "over "+n) {
		t.Errorf("the hours line does not say %s", n)
	}
	cmp := compareHTML(&c.policy, c.compare, nil)
	if !strings.Contains(cmp, `data-row="workdays"`) {
		t.Fatal("no workdays row")
	}
	row := cmp[strings.Index(cmp, `data-row="workdays"`):]
	row = row[:strings.Index(row, "</tr>")]
	if cells := strings.Split(row, "<td"); !strings.Contains(cells[len(cells)-1], ">66<") {
		t.Errorf("the pinned plan's workdays are not 66: %s", cells[len(cells)-1])
	}
	if strings.Contains(row, "best") {
		t.Errorf("a workdays figure is marked best: %s", row)
	}
	if !strings.Contains(cmp, "published date, to ") {
		t.Errorf("the published dates' columns do not say where they end")
	}
}

// The week chart draws a week the window cuts short (a last one-day week)
// in the legend's other colour.
func TestWeekChartShortWeeks(t *testing.T) {
	c := newController(calc.DefaultPolicy(), url.Values{"start": {"2026-05-11"}, "end": {"2026-08-03"}})
	q := &c.shown.quote
	last := q.Weeks[len(q.Weeks)-1]
	if last.WorkDays != 1 {
		t.Fatalf("the last week has %d workdays", last.WorkDays)
	}
	chart := weekChartHTML(q.Weeks)
	rects := strings.Split(chart, "<rect ")
	if !strings.HasPrefix(rects[len(rects)-1], `class="bar short"`) {
		t.Errorf("the last, one-day week is drawn as a full one: %.80s", rects[len(rects)-1])
	}
	if !strings.HasPrefix(rects[1], `class="bar"`) {
		t.Errorf("the first, full week is drawn as a short one: %.80s", rects[1])
	}
}

// A posting that cannot be computed says what to do in the app's own
// words, not "see the README".
func TestPolicyErrorSaysWhatToDo(t *testing.T) {
	html := policyErrorHTML("The posting's terms in this link (policy): …")
	if strings.Contains(html, "README") || !strings.Contains(html, `href="/postings"`) || !strings.Contains(html, `href="/web/policy-sample.json"`) {
		t.Errorf("%s", html)
	}
}

// The figures a keystroke writes at once (writeLive) are the text the
// render writes into the same elements, for every kind of plan: the
// page never shows two plans' figures for longer than a frame.
func TestLiveFiguresAreRendered(t *testing.T) {
	due := false
	for _, q := range []string{
		"start=2026-05-11",
		"start=2026-06-22&rate=58.25&hours=45&pay=weekly",
		"start=2026-05-11&other=150000&f1=1&country=CN", // a tax due, not a refund
		"start=2026-09-21&end=2026-09-25",               // no whole pay period
		"start=2026-05-11&state=NY&locality=NYC&housing=3000&mode=onsite",
	} {
		v, err := url.ParseQuery(q)
		if err != nil {
			t.Fatal(err)
		}
		c := newController(calc.DefaultPolicy(), v)
		if !c.shown.ok {
			t.Fatalf("%s: no figures (%v)", q, c.form.errs)
		}
		sq, est := &c.shown.quote, &c.shown.estimate
		html := headlineHTML(sq, est) + earningsHTML(sq) + summaryBarHTML(sq, nil)
		figs := liveFigures(sq, est)
		if len(figs) < 8 {
			t.Errorf("%s: %d live figures", q, len(figs))
		}
		for _, f := range figs {
			i := strings.Index(html, `id="`+f.id+`"`)
			if i < 0 {
				t.Errorf("%s: no element %q in the rendered HTML", q, f.id)
				continue
			}
			text := html[i+strings.Index(html[i:], ">")+1:]
			text = text[:strings.Index(text, "<")]
			if text != f.text {
				t.Errorf("%s: #%s is rendered %q, written live %q", q, f.id, text, f.text)
			}
			due = due || f.text == "Due next spring"
		}
	}
	if !due {
		t.Error("no plan has a tax due: the refund card's other label is not tested")
	}
}
