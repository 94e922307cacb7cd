package main

import (
	"bytes"
	"net/url"
	"time"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/export"
)

// The plan taken out of the page: an iCalendar file of its dates and a CSV
// file of its weeks (calc/export writes them; the page hands them to the
// browser as a Blob, so nothing leaves the device), the link, a printable
// summary, and the snippet that embeds the widget on another site.

// fileName is a download's name: the posting's id and the plan's dates.
func (c *calculatorPage) fileName(kind, ext string) string {
	w := c.ctl.shown.quote.Window
	id := c.ctl.policy.ID
	if id == "" {
		id = "internship"
	}
	return id + "-" + kind + "-" + w.Start.String() + "-to-" + w.End.String() + "." + ext
}

func (c *calculatorPage) onICS(ctx app.Context, e app.Event) {
	q, p := c.ctl.shown.quote, c.ctl.policy
	download(c.fileName("dates", "ics"), "text/calendar;charset=utf-8", export.ICS(q, p, time.Now()))
	c.exportStatus = "Calendar file ready: " + plural(len(export.Events(q, p)), "date") + "."
}

func (c *calculatorPage) onCSV(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	q := c.ctl.shown.quote
	if err := export.WriteCSV(&buf, q); err != nil {
		c.exportStatus = "The CSV file could not be written: " + err.Error()
		return
	}
	download(c.fileName("weeks", "csv"), "text/csv;charset=utf-8", buf.Bytes())
	c.exportStatus = "CSV file ready: " + plural(len(q.Weeks), "week") + " and the total."
}

func (c *calculatorPage) onCopyLink(ctx app.Context, e app.Event) {
	copyText(ctx, app.Window().Get("location").Get("href").String(), func(ok bool) {
		c.exportStatus = "Link copied: it opens this plan."
		if !ok {
			c.exportStatus = "The browser did not let the page copy: copy the address bar instead."
		}
	})
}

func (c *calculatorPage) onShare(ctx app.Context, e app.Event) {
	nav := app.Window().Get("navigator")
	if !nav.Get("share").Truthy() {
		return
	}
	q := c.ctl.shown.quote
	data := map[string]any{
		"title": "Internship offer: " + c.ctl.policy.Title,
		"text":  q.Availability + " Gross pay " + calc.Dollars(q.Chosen.Gross) + " at " + calc.Dollars(q.Chosen.Rate) + " an hour.",
		"url":   app.Window().Get("location").Get("href").String(),
	}
	promise(nav.Call("share", data), func(app.Value) {
		ctx.Dispatch(func(app.Context) { c.exportStatus = "Shared." })
	}, func(string) {}) // closing the share sheet rejects too: nothing to say
}

func (c *calculatorPage) onPrint(ctx app.Context, e app.Event) { app.Window().Call("print") }

func (c *calculatorPage) renderExport() app.UI {
	q := &c.ctl.shown.quote
	canShare := app.IsClient && app.Window().Get("navigator").Get("share").Truthy()
	return app.Section().ID("export").Class("tools export").Aria("labelledby", "export-title").Body(
		rawElem("h3", "Take it with you", "id", "export-title"),
		app.If(len(c.ctl.stale) > 0, func() app.UI {
			return app.P().Class("hint").Text("The files are for the plan the figures show, without the fields being fixed.")
		}),
		app.Div().Class("tool-buttons").Body(
			app.Button().Type("button").ID("download-ics").Class("secondary").Text("Add to calendar (.ics)").OnClick(c.onICS),
			app.Button().Type("button").ID("download-csv").Class("secondary").Text("Download the weeks (.csv)").OnClick(c.onCSV),
			app.Button().Type("button").ID("copy-link").Class("secondary").Text("Copy link").OnClick(c.onCopyLink),
			app.If(canShare, func() app.UI {
				return app.Button().Type("button").ID("share").Class("secondary").Text("Share…").OnClick(c.onShare)
			}),
			app.Button().Type("button").ID("print").Class("secondary").Text("Print or save as PDF").OnClick(c.onPrint),
		),
		app.P().ID("export-status").Class("hint").Aria("live", "polite").Text(c.exportStatus),
		app.P().Class("hint").Text("The calendar file holds your first and last days, "+
			plural(len(q.Holidays), "paid holiday")+" and the end of the commitment; the CSV file the weeks of the chart above, with a total row."),
		c.cache.raw("print", c.ctl.shown.version, func() string { return printSummaryHTML(q, &c.ctl.policy) }),
	)
}

// printSummaryHTML is the plan in brief, shown only on paper (see
// web/app.css): the form is not printed, so its values are here.
func printSummaryHTML(q *calc.Quote, p *calc.Policy) string {
	var w markup.Writer
	pl := q.Plan
	w.Open("div", "id", "print-summary", "class", "print-only").Elem("h2", "Your plan").Open("table", "class", "print-plan").Open("tbody")
	row := func(label, value string) {
		w.Open("tr").Elem("th", label, "scope", "row").Elem("td", value).Close("tr")
	}
	row("Posting", joinNonEmpty(" · ", p.Title, p.Employer, p.Location))
	row("First day", long(q.Window.Start))
	row("Last day", long(q.Window.End))
	row("End of the program", long(q.Window.ProgramEnd))
	if !q.Window.CommitmentEnd.IsZero() {
		row("End of the commitment", long(q.Window.CommitmentEnd))
	}
	row("Hourly rate", calc.Dollars(pl.Rate))
	row("Hours a week", pl.HoursPerWeek.String()+" ("+overtimeName(pl.Overtime)+" overtime)")
	row("Gross pay", calc.Dollars(q.Chosen.Gross)+" before tax")
	row("Verdict", statusLabel(q.Verdict)+": "+verdictText(q.Verdict))
	return w.Close("tbody").Close("table").Close("div").String()
}

// embedSnippet is the HTML that embeds the widget from origin (the
// calculator's scheme and host, or "" for a path on the same site) with
// the query q. A plain iframe works on its own; the script makes it as
// tall as the widget.
func embedSnippet(origin string, q url.Values) string {
	src := origin + "/widget"
	if len(q) > 0 {
		src += "?" + q.Encode()
	}
	return `<iframe src="` + markup.Escape(src) + `" title="Internship offer calculator" data-offercalc` +
		` style="width: 100%; max-width: 32rem; height: 44rem; border: 0" loading="lazy"></iframe>` + "\n" +
		`<script src="` + markup.Escape(origin+"/web/embed.js") + `" async></script>`
}

func (c *calculatorPage) snippet() string {
	u := app.Window().URL()
	return embedSnippet(u.Scheme+"://"+u.Host, c.ctl.query())
}

func (c *calculatorPage) onCopyEmbed(ctx app.Context, e app.Event) {
	copyText(ctx, c.snippet(), func(ok bool) {
		c.embedCopied = ok
		if !ok {
			c.notice = "The browser did not let the page copy: select the HTML to embed and copy it."
		}
	})
}

func (c *calculatorPage) renderEmbed() app.UI {
	// The snippet is written in the browser only: the server does not know
	// the origin the page is served from.
	text := ""
	if app.IsClient {
		text = c.snippet()
	}
	return app.Section().ID("embed").Class("tools embed").Aria("labelledby", "embed-title").Body(
		rawElem("h3", "Embed this calculator", "id", "embed-title"),
		app.P().Class("hint").Text("Paste this into a careers page, a course site or a forum post: it shows a compact calculator with this plan and posting, which visitors can change. "+
			"The script fits the frame to the calculator's height; without it the frame scrolls."),
		app.Label().For("embed-snippet").Text("HTML to embed"),
		app.Textarea().ID("embed-snippet").Class("snippet").ReadOnly(true).Rows(5).Spellcheck(false).Attr("wrap", "soft").Text(text),
		app.Div().Class("tool-buttons").Body(
			app.Button().Type("button").ID("copy-embed").Class("secondary").
				Text(markup.Pick(c.embedCopied, "Copied", "Copy")).OnClick(c.onCopyEmbed),
			app.A().ID("open-widget").Href("/widget?"+c.ctl.query().Encode()).Target("_blank").Rel("noopener").Text("Open the widget"),
		),
	)
}

// renderLetterTools copies or prints the part-year method's written
// request, when there is one.
func (c *calculatorPage) renderLetterTools() app.UI {
	py := c.ctl.shown.estimate.PartYear
	if py == nil || !py.Available {
		return app.Text("")
	}
	return app.Div().Class("tool-buttons letter-tools").Body(
		app.Button().Type("button").ID("copy-letter").Class("secondary").Text("Copy the request").OnClick(c.onCopyLetter),
		app.Button().Type("button").ID("print-letter").Class("secondary").Text("Print the request").OnClick(c.onPrintLetter),
		app.Span().ID("letter-status").Class("hint").Aria("live", "polite").Text(c.letterStatus),
	)
}

func (c *calculatorPage) onCopyLetter(ctx app.Context, e app.Event) {
	py := c.ctl.shown.estimate.PartYear
	copyText(ctx, py.Letter(c.ctl.policy.Employer), func(ok bool) {
		c.letterStatus = "Copied: paste it into an email or a letter to payroll, and sign it."
		if !ok {
			c.letterStatus = "The browser did not let the page copy: select the request's text and copy it."
		}
	})
}

// onPrintLetter prints the request alone (see html.printing-letter in
// web/app.css).
func (c *calculatorPage) onPrintLetter(ctx app.Context, e app.Event) {
	cl := app.Window().Get("document").Get("documentElement").Get("classList")
	cl.Call("add", "printing-letter")
	app.Window().Call("print")
	cl.Call("remove", "printing-letter")
}
