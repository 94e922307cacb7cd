package main

import (
	"strings"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
)

// sections caches the HTML of the display-only sections by the version of
// the figures they show: a render that changes nothing they show builds
// no HTML, and app.Raw touches the DOM only when its text changes.
type sections map[string]cachedHTML

type cachedHTML struct {
	version int
	html    string
}

// raw returns section name's HTML for the figures' version, built by build
// when it is not cached.
func (s *sections) raw(name string, version int, build func() string) app.UI {
	if *s == nil {
		*s = sections{}
	}
	c, ok := (*s)[name]
	if !ok || c.version != version {
		c = cachedHTML{version, build()}
		(*s)[name] = c
	}
	if c.html == "" {
		return app.Text("")
	}
	return app.Raw(c.html)
}

func (c *calculatorPage) Render() app.UI {
	ctl := c.ctl
	root := app.Div().ID("calculator").Class("page")
	if app.IsServer {
		// The link this page was rendered for: web/boot.js compares it with
		// the one it is opened with.
		root = root.DataSet("query", attrValue(c.ctl.query().Encode())).
			DataSet("posting", attrValue(c.ctl.policy.ID))
	}
	if c.ready {
		root = root.DataSet("ready", "true")
		if c.full {
			root = root.DataSet("full", "true") // the whole page, for tests and tools
		}
	}
	if !ctl.usable() {
		return root.Body(
			app.Raw(`<header class="masthead"><h1>Internship offer calculator</h1></header>`),
			app.Main().Body(
				policyProblem(ctl),
				app.P().Body(app.A().ID("open-default").Href("/").Text("Open the calculator with the posting it ships with")),
			),
		)
	}
	p := &ctl.policy
	return root.Body(
		app.Raw(mastheadHTML(p)),
		app.If(c.updateReady, func() app.UI { return updateBanner(c.onReload) }),
		app.If(c.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(c.notice)
		}),
		app.If(c.savedPlan != "", func() app.UI {
			return app.P().ID("saved-plan").Class("notice").Role("status").Body(
				app.Text("This link opened another plan than the one you saved for this posting. "),
				app.Button().Type("button").ID("use-saved").Class("secondary").Text("Go back to your saved plan").OnClick(c.onUseSaved),
			)
		}),
		c.renderPostingSource(),
		app.Main().Class("layout").Body(
			c.renderEssentials(),
			app.Section().Class("headline-wrap").Aria("label", "Your figures").Body(
				app.If(app.IsServer, func() app.UI {
					return app.P().Class("notice link-pending-note").Role("status").
						Text("Working out your link: the figures for its plan appear in a moment.")
				}),
				c.staleNote(),
				c.cache.raw("headline", ctl.shown.version, func() string { return headlineHTML(&ctl.shown.quote, &ctl.shown.estimate) }),
			),
			c.renderDetails(),
			c.renderResults(),
			c.renderMoreSection(),
		),
		// On a phone the results come after the form: this bar keeps the
		// verdict and the pay in sight while the form is filled in.
		app.Raw(summaryBarHTML(&ctl.shown.quote, ctl.stale)),
		app.Raw(`<footer class="footer"><p>Figures are exact: every amount is computed in decimal and rounded to the cent only when shown. `+
			`This is an estimate from the posting's published terms, not an offer.</p></footer>`),
	)
}

// staleNote says, where the figures are, that they leave out the fields
// being fixed.
func (c *calculatorPage) staleNote() app.UI {
	if len(c.ctl.stale) == 0 {
		return app.Text("")
	}
	return app.P().ID("stale-note").Class("stale-note").Role("status").
		Text("These figures are for your plan without your change to " + fieldNames(c.ctl.stale) + ", which needs fixing above.")
}

// fieldNames names fields as the form labels them, in a list.
func fieldNames(fs []calc.Field) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = fieldLabel(f)
		if names[i] == "" {
			names[i] = string(f)
		}
	}
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func (c *calculatorPage) renderResults() app.UI {
	ctl := c.ctl
	q, v := &ctl.shown.quote, ctl.shown.version
	class := "results"
	if len(ctl.stale) > 0 {
		class += " stale"
	}
	return app.Section().Class(class).ID("results").Aria("labelledby", "results-title").Body(
		rawElem("h2", "What the posting means for you", "id", "results-title"),
		c.cache.raw("checks", v, func() string { return checksHTML(q) }),
		c.cache.raw("window-note", v, func() string { return windowNoteHTML(q, &ctl.policy) }),
		c.cache.raw("earnings", v, func() string { return earningsHTML(q) }),
		rawElem("h3", "Paid holidays in your window"),
		c.cache.raw("holidays", v, func() string { return holidaysHTML(q.Holidays) }),
		rawElem("h3", "Sick time and housing"),
		c.cache.raw("sick", v, func() string { return "<div>" + sickHousingHTML(q) + "</div>" }),
		rawElem("h3", "For your résumé"),
		app.Div().Class("availability").Body(
			app.P().ID("availability").Text(q.Availability),
			app.Button().Type("button").ID("copy-availability").Class("secondary").
				Text(markup.Pick(c.copied, "Copied", "Copy")).
				OnClick(c.onCopyAvailability),
		),
	)
}

// renderMoreSection holds the second part of the results, which spans the
// page's width on a wide screen: the paychecks and the comparison are
// tables of many columns.
func (c *calculatorPage) renderMoreSection() app.UI {
	class := "more-section"
	if len(c.ctl.stale) > 0 {
		class += " stale"
	}
	return app.Section().ID("more").Class(class).Aria("label", "Take-home, weeks, calendar and tools").Body(
		app.If(c.full, c.renderMore).Else(func() app.UI {
			return app.P().Class("more-loading").Aria("busy", true).
				Text("The take-home details, the week-by-week chart, the calendar and the comparison follow in a moment.")
		}),
	)
}

// renderMore is the second part of the results: what is not needed to
// read the verdict and the figures. It shows the settled figures, which
// follow when typing pauses.
func (c *calculatorPage) renderMore() app.UI {
	ctl := c.ctl
	q, est, v := &ctl.shown.quote, &ctl.shown.estimate, ctl.view
	return app.Div().Class("more").Body(
		c.cache.raw("take-home", ctl.shown.version, func() string { return takeHomeHTML(est, ctl.policy.Employer) }),
		c.renderLetterTools(),
		rawElem("h3", "Week by week at your rate"),
		c.cache.raw("chart", ctl.shown.version, func() string { return weekChartHTML(q.Weeks) }),
		app.Details().Class("week-table").Body(
			app.Summary().Text("The weeks as a table"),
			c.cache.raw("weeks", ctl.shown.version, func() string { return weekTableHTML(q) }),
		),
		rawElem("h3", "Your window on the calendar"),
		pending(ctl, c.cache.raw("calendar", v, func() string { return calendarHTML(q, ctl.days) })),
		rawElem("h3", "What the calculator assumes"),
		c.cache.raw("assumptions", ctl.shown.version, func() string { return assumptionsHTML(&ctl.policy) }),
		c.renderTools(),
	)
}

// pending wraps a part that follows the figures when typing pauses: until
// it does, it is marked as not yet the figures' (dimmed, and busy for
// assistive technology), never shown as if it were.
func pending(ctl *controller, ui app.UI) app.UI {
	d := app.Div().Class("settles")
	if ctl.settled != ctl.shown.version {
		d = d.Class("settles pending").Aria("busy", ariaBool(true))
	}
	return d.Body(ui)
}

// renderTools is what the page does with a plan beyond showing it:
// compare it, take it away as files or a link, embed it, and compute
// another posting.
func (c *calculatorPage) renderTools() app.UI {
	ctl := c.ctl
	p := &ctl.policy
	return app.Div().Class("plan-tools").Body(
		c.renderExport(),
		app.Section().ID("compare").Class("tools compare").Aria("labelledby", "compare-title").OnClick(c.onCompareClick).Body(
			rawElem("h3", "Compare start dates and plans", "id", "compare-title"),
			app.P().Class("hint").Text("Each published start date with your rate, hours and details, to the end of the "+
				plural(p.ProgramWeeks, "week")+" program (not your last day: each column says where it ends); pin up to 3 plans of your own (another rate, another last day) beside them. ★ marks the best figure of each row: "+
				"the earliest ends, the most paid holidays, the highest rate and pay, the most sick hours, the verdict that passes most. The workdays have none: fewer days is less pay."),
			app.Div().Class("tool-buttons").Body(
				boolAttr(app.Button().Type("button").ID("pin-plan").Class("secondary"), !ctl.pinnable(), app.HTMLButton.Disabled).
					Text("Pin this plan").OnClick(c.onPin),
				app.Span().ID("compare-status").Class("hint").Aria("live", "polite").Text(c.compareStatus),
			),
			pending(ctl, c.cache.raw("compare", ctl.view, func() string { return compareHTML(p, ctl.compare, ctl.problems) })),
		),
		c.renderEmbed(),
		c.renderPosting(),
	)
}

// renderPostingSource says, above the form, that the page computes another
// posting than its own, and where its terms came from. It holds nothing to
// focus: from the top of the page, Tab goes to the form first.
func (c *calculatorPage) renderPostingSource() app.UI {
	if !c.ctl.custom() {
		return app.Text("")
	}
	p := &c.ctl.policy
	employer := ""
	if p.Employer != "" {
		employer = " · " + p.Employer
	}
	var w markup.Writer
	w.Open("p", "id", "posting-source", "class", "notice").Text("Computing another posting's terms, from "+c.ctl.src.from+": ").
		Elem("strong", p.Title).
		Text(employer + ". Its figures follow its terms; the posting panel, under the results, goes back to the calculator's own.").Close("p")
	return app.Raw(w.String())
}

// policyProblem says why a page has no posting to compute with: its terms
// are still loading, or they are invalid. A page shows it instead of any
// figure: a figure from another posting, or from terms it could not read
// in full, would be a wrong number.
func policyProblem(ctl *controller) app.UI {
	if ctl.src.loading != "" {
		return app.P().ID("policy-status").Class("notice").Role("status").
			Text("Loading the posting's terms from " + ctl.src.loading + "…")
	}
	return app.Raw(policyErrorHTML(ctl.problem))
}

// policyErrorHTML says why the posting cannot be computed, and what to do.
func policyErrorHTML(problem string) string {
	var w markup.Writer
	w.Open("div", "id", "policy-error", "class", "policy-error", "role", "alert").
		Elem("h2", "This posting cannot be computed").
		Elem("p", problem, "id", "policy-error-message")
	w.Open("p").Text("No figures are shown: the calculator computes only from a posting's terms that it can read in full. The ").
		Elem("a", "sample posting", "href", "/web/policy-sample.json").Text(" shows the format; or paste the posting's text on ").
		Elem("a", "Your postings", "href", "/postings").Text(", which reads its terms for you to check.").Close("p")
	return w.Close("div").String()
}

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}

func taxFields() []calc.Field { return tax.ProfileFields() }

// rawElem is an element that only shows text, written as HTML: a go-app
// element type costs kilobytes of WebAssembly, a heading written as text
// nothing.
func rawElem(tag, text string, attrs ...string) app.UI {
	var w markup.Writer
	return app.Raw(w.Elem(tag, text, attrs...).String())
}

// mastheadHTML is the page's header: its name and the posting's.
func mastheadHTML(p *calc.Policy) string {
	var w markup.Writer
	w.Open("header", "class", "masthead").Elem("h1", "Internship offer calculator")
	w.Open("p", "class", "posting").Elem("strong", p.Title).Text(" · " + joinNonEmpty(" · ", p.Employer, p.Location)).Close("p")
	w.Elem("p", "Everything is computed in your browser: nothing you enter leaves this device.", "class", "privacy")
	return w.Close("header").String()
}

// summaryBarHTML keeps the verdict and the pay in sight on a phone, where
// the results come after the form.
func summaryBarHTML(q *calc.Quote, stale []calc.Field) string {
	var w markup.Writer
	w.Open("nav", "class", "summary-bar", "aria-label", "Summary").Open("a", "href", "#headline")
	w.Elem("span", statusLabel(q.Verdict), "class", "badge "+string(q.Verdict)).Elem("span", " Gross ")
	w.Elem("strong", calc.Dollars(q.Chosen.Gross), "id", "summary-gross")
	if len(stale) > 0 {
		w.Elem("span", "(without "+fieldNames(stale)+")", "class", "summary-stale")
	}
	w.Elem("span", "See the figures", "class", "summary-go")
	return w.Close("a").Close("nav").String()
}

// postingSummaryHTML names the posting computed, in the posting panel's
// summary line.
func postingSummaryHTML(p *calc.Policy, from string) string {
	var w markup.Writer
	w.Open("span").Text("Postings · computing ").Elem("strong", p.Title, "id", "posting-name").Text(" · ")
	w.Elem("span", p.Employer, "id", "posting-employer").Text(" (" + from + ")")
	return w.Close("span").String()
}

// updateBanner says that a new version is ready, with its reload button.
func updateBanner(onReload app.EventHandler) app.UI {
	return app.P().ID("update-ready").Class("notice").Role("status").Body(
		app.Text("A new version of the calculator is ready. "),
		app.Button().Type("button").ID("reload-app").Class("secondary").Text("Reload").OnClick(onReload),
	)
}
