package main

import (
	"bytes"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/export"
)

// exportPanel takes one plan's quote out of the page: an iCalendar file of
// its dates, a CSV file of its weeks, the page's link (copied, or shared
// through the system's share sheet where the browser has one), and a
// printable summary. calc writes the files; the panel only hands them to
// the browser, as a Blob behind an <a download>, so nothing leaves the
// device.
type exportPanel struct {
	app.Compo
	Iquote  calc.Quote
	Ipolicy calc.Policy
	Istale  bool // the form holds an error: the quote is the last valid plan's

	status string // what the last action did, read out politely
}

func newExportPanel() *exportPanel { return &exportPanel{} }

// Quote sets the quote to export.
func (p *exportPanel) Quote(q calc.Quote) *exportPanel {
	p.Iquote = q
	return p
}

// Policy sets the posting the quote was computed with.
func (p *exportPanel) Policy(pol calc.Policy) *exportPanel {
	p.Ipolicy = pol
	return p
}

// Stale marks the quote as the last valid plan's, not the form's.
func (p *exportPanel) Stale(s bool) *exportPanel {
	p.Istale = s
	return p
}

func (p *exportPanel) OnUpdate(ctx app.Context) { p.status = "" }

// fileName is a download's name: the posting's id and the plan's dates.
func (p *exportPanel) fileName(kind, ext string) string {
	w := p.Iquote.Window
	id := p.Ipolicy.ID
	if id == "" {
		id = "internship"
	}
	return id + "-" + kind + "-" + w.Start.String() + "-to-" + w.End.String() + "." + ext
}

func (p *exportPanel) onICS(ctx app.Context, e app.Event) {
	data := export.ICS(p.Iquote, p.Ipolicy, time.Now())
	download(p.fileName("dates", "ics"), "text/calendar;charset=utf-8", data)
	p.status = "Calendar file ready: " + plural(len(export.Events(p.Iquote, p.Ipolicy)), "date") + "."
}

func (p *exportPanel) onCSV(ctx app.Context, e app.Event) {
	var buf bytes.Buffer
	if err := export.WriteCSV(&buf, p.Iquote); err != nil {
		p.status = "The CSV file could not be written: " + err.Error()
		return
	}
	download(p.fileName("weeks", "csv"), "text/csv;charset=utf-8", buf.Bytes())
	p.status = "CSV file ready: " + plural(len(p.Iquote.Weeks), "week") + " and the total."
}

func (p *exportPanel) onCopyLink(ctx app.Context, e app.Event) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		p.status = "This browser does not let the page copy: copy the address bar instead."
		return
	}
	link := app.Window().Get("location").Get("href").String()
	promise(ctx, clip.Call("writeText", link), func(ctx app.Context, _ app.Value) {
		p.status = "Link copied: it opens this plan."
	}, func(ctx app.Context, why string) {
		p.status = "The link could not be copied (" + why + "): copy the address bar instead."
	})
}

func (p *exportPanel) onShare(ctx app.Context, e app.Event) {
	nav := app.Window().Get("navigator")
	if !nav.Get("share").Truthy() {
		return
	}
	data := map[string]any{
		"title": "Internship offer: " + p.Ipolicy.Title,
		"text":  p.Iquote.Availability + " Gross pay " + calc.Dollars(p.Iquote.Chosen.Gross) + " at " + calc.Dollars(p.Iquote.Chosen.Rate) + " an hour.",
		"url":   app.Window().Get("location").Get("href").String(),
	}
	promise(ctx, nav.Call("share", data), func(ctx app.Context, _ app.Value) {
		p.status = "Shared."
	}, func(ctx app.Context, why string) {
		p.status = "" // closing the share sheet rejects too: nothing to say
	})
}

func (p *exportPanel) onPrint(ctx app.Context, e app.Event) {
	app.Window().Call("print")
}

// download hands data to the browser as a file: a Blob behind an object
// URL (blob: URLs are this origin's), clicked from an <a download> that is
// not in the document, so go-app's link handling never sees it.
func download(name, mime string, data []byte) {
	win := app.Window()
	buf := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(buf, data)
	blob := win.Get("Blob").New([]any{buf}, map[string]any{"type": mime})
	href := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Call("click")
	// Revoke the URL a while later, not at once: a browser may still be
	// reading the blob when the click returns.
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", href)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, 60_000)
}

func (p *exportPanel) Render() app.UI {
	q := &p.Iquote
	canShare := app.IsClient && app.Window().Get("navigator").Get("share").Truthy()
	return app.Section().ID("export").Class("tools export").Aria("labelledby", "export-title").Body(
		app.H3().ID("export-title").Text("Take it with you"),
		app.If(p.Istale, func() app.UI {
			return app.P().Class("hint").Text("The files are for your last valid plan, shown above.")
		}),
		app.Div().Class("tool-buttons").Body(
			app.Button().Type("button").ID("download-ics").Class("secondary").
				Text("Add to calendar (.ics)").OnClick(p.onICS),
			app.Button().Type("button").ID("download-csv").Class("secondary").
				Text("Download the weeks (.csv)").OnClick(p.onCSV),
			app.Button().Type("button").ID("copy-link").Class("secondary").
				Text("Copy link").OnClick(p.onCopyLink),
			app.If(canShare, func() app.UI {
				return app.Button().Type("button").ID("share").Class("secondary").
					Text("Share…").OnClick(p.onShare)
			}),
			app.Button().Type("button").ID("print").Class("secondary").
				Text("Print or save as PDF").OnClick(p.onPrint),
		),
		app.P().ID("export-status").Class("hint").Aria("live", "polite").Text(p.status),
		app.P().Class("hint").Text("The calendar file holds your first and last days, "+
			plural(len(q.Holidays), "paid holiday")+" and the end of the commitment; the CSV file the weeks below, with a total row."),
		p.renderPrintSummary(),
	)
}

// renderPrintSummary is the plan in brief, shown only on paper (see
// web/app.css): the form is not printed, so its values are here.
func (p *exportPanel) renderPrintSummary() app.UI {
	q := &p.Iquote
	pl := q.Plan
	row := func(label, value string) app.UI {
		return app.Tr().Body(app.Th().Scope("row").Text(label), app.Td().Text(value))
	}
	return app.Div().ID("print-summary").Class("print-only").Body(
		app.H2().Text("Your plan"),
		app.Table().Class("print-plan").Body(app.TBody().Body(
			row("Posting", joinNonEmpty(" · ", p.Ipolicy.Title, p.Ipolicy.Employer, p.Ipolicy.Location)),
			row("First day", long(q.Window.Start)),
			row("Last day", long(q.Window.End)),
			row("End of the program", long(q.Window.ProgramEnd)),
			app.If(!q.Window.CommitmentEnd.IsZero(), func() app.UI {
				return row("End of the commitment", long(q.Window.CommitmentEnd))
			}),
			row("Hourly rate", calc.Dollars(pl.Rate)),
			row("Hours a week", pl.HoursPerWeek.String()+" ("+overtimeName(pl.Overtime)+" overtime)"),
			row("Gross pay", calc.Dollars(q.Chosen.Gross)+" before tax"),
			row("Verdict", statusLabel(q.Verdict)+": "+verdictText(q.Verdict)),
		)),
		app.If(app.IsClient, func() app.UI {
			return app.P().Class("hint").Text("This plan online: " + app.Window().Get("location").Get("href").String())
		}),
	)
}
