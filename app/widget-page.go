package main

import (
	"math"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
)

// heightMessage is the type of the message the widget posts to the page
// that embeds it: {type: "offercalc:height", height: N}, N the widget's
// height in CSS pixels, a whole number. web/embed.js sizes the iframe with
// it; the README documents it.
const heightMessage = "offercalc:height"

// pingMessage is what web/embed.js posts to ask a widget for its height:
// {type: "offercalc:ping"}.
const pingMessage = "offercalc:ping"

// widgetPage is the calculator at "/widget", made for an <iframe> on
// another site: the first day, the rate and the last day; the verdict,
// gross pay at the rate, the paid holidays and sick hours. The URL query
// configures it the way it does the main page (every plan key, and the
// posting's keys), and "Open the full calculator" carries it over. Its
// state is a controller, like the page's; it keeps nothing in storage.
//
// It posts its height to the embedding page whenever its size changes,
// so the host script can fit the iframe to it; in a plain iframe it
// scrolls.
type widgetPage struct {
	app.Compo

	ctl         *controller
	ready       bool
	fetch       string
	opened      string
	updateReady bool // a new version is installed: see OnAppUpdate

	observer app.Value // the ResizeObserver, on the client in an iframe
	onResize app.Func
	onPing   app.Func // answers the host script's ping
	height   int
}

func newWidgetPage() app.Composer {
	w := &widgetPage{}
	if app.IsClient {
		w.open(app.Window().URL().String())
	} else {
		w.ctl = newController(calc.DefaultPolicy(), nil)
	}
	return w
}

func (w *widgetPage) open(raw string) {
	u, _ := pageURL(raw)
	w.ctl = &controller{maxPinned: 3}
	w.opened, w.fetch = raw, ""
	if f := w.ctl.openLink(u, u.Query()); f != nil {
		w.fetch = f.String()
	}
}

func (w *widgetPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Internship offer calculator (widget)")
	if u := ctx.Page().URL().String(); u != w.opened {
		w.open(u)
		w.startFetch(ctx)
	}
}

func (w *widgetPage) startFetch(ctx app.Context) {
	if w.fetch == "" || !app.IsClient {
		return
	}
	addr := w.fetch
	w.fetch = ""
	fetchPosting(ctx, addr, func(ctx app.Context, data []byte, why string) {
		if w.ctl.src.loading == addr {
			w.ctl.fetched(data, why)
		}
	})
}

func (w *widgetPage) OnMount(ctx app.Context) {
	w.ready = app.IsClient
	if !app.IsClient {
		return
	}
	w.startFetch(ctx)
	appReady()
	win := app.Window()
	if win.Get("parent").Equal(win.JSValue()) || !win.Get("ResizeObserver").Truthy() {
		return // not in an iframe, or a browser too old to observe sizes
	}
	w.onResize = app.FuncOf(func(this app.Value, args []app.Value) any {
		w.postHeight()
		return nil
	})
	w.observer = win.Get("ResizeObserver").New(w.onResize)
	if el := win.GetElementByID("widget"); el.Truthy() {
		w.observer.Call("observe", el)
	}
	// The host's script may arrive after the widget has posted its height
	// (it loads async): it asks again, and the widget answers.
	w.onPing = app.FuncOf(func(this app.Value, args []app.Value) any {
		if d := args[0].Get("data"); d.Truthy() && d.Get("type").String() == pingMessage && args[0].Get("source").Equal(win.Get("parent")) {
			w.height = 0
			w.postHeight()
		}
		return nil
	})
	win.Call("addEventListener", "message", w.onPing)
	// A second widget on a host page was seen never to get the observer's
	// first report, so its height was never posted: post it once the first
	// render is drawn too (postHeight posts a height only once).
	ctx.Defer(func(app.Context) { w.postHeight() })
}

func (w *widgetPage) OnDismount() {
	if w.observer != nil {
		w.observer.Call("disconnect")
		w.onResize.Release()
		w.observer = nil
		app.Window().Call("removeEventListener", "message", w.onPing)
		w.onPing.Release()
	}
}

// postHeight tells the embedding page the widget's height, when it changed.
func (w *widgetPage) postHeight() {
	el := app.Window().GetElementByID("widget")
	if !el.Truthy() {
		return
	}
	h := int(math.Ceil(el.Call("getBoundingClientRect").Get("height").Float()))
	if h == w.height || h <= 0 {
		return
	}
	w.height = h
	app.Window().Get("parent").Call("postMessage", map[string]any{"type": heightMessage, "height": h}, "*")
}

func (w *widgetPage) onInput(f calc.Field) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		w.ctl.input(f, ctx.JSSrc().Get("value").String())
		w.keep(ctx)
	}
}

func (w *widgetPage) onCommit(f calc.Field) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		w.ctl.commit(f)
		ctx.PreventUpdate()
	}
}

func (w *widgetPage) onChoose(f calc.Field, value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		w.ctl.choose(f, value)
		setValue(string(f), value)
		w.keep(ctx)
	}
}

// keep mirrors the plan into the widget's URL, so that a reload inside the
// iframe keeps it. It keeps nothing in storage: the embedding page's link
// configures the widget.
func (w *widgetPage) keep(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = w.ctl.query().Encode()
	ctx.Page().ReplaceURL(&u)
	w.opened = u.String()
}

// fullLink is the main page with the widget's plan and posting.
func (w *widgetPage) fullLink() string {
	q := w.ctl.query()
	if len(q) == 0 {
		return "/"
	}
	return "/?" + q.Encode()
}

// OnAppUpdate is go-app telling the widget that a new version is
// installed: it offers to reload into it.
func (w *widgetPage) OnAppUpdate(ctx app.Context) { w.updateReady = true }

func (w *widgetPage) Render() app.UI {
	ctl := w.ctl
	root := app.Div().ID("widget").Class("widget")
	if app.IsServer {
		root = root.DataSet("query", attrValue(ctl.query().Encode()))
	}
	if w.ready {
		root = root.DataSet("ready", "true")
	}
	open := app.P().Class("widget-open").Body(
		app.A().ID("open-full").Href(w.fullLink()).Target("_blank").Rel("noopener").Text("Open the full calculator"),
	)
	if !ctl.usable() {
		return root.Body(
			rawElem("h1", "Internship offer calculator", "class", "widget-title"),
			policyProblem(ctl),
			open,
		)
	}
	p := &ctl.policy
	q := &ctl.shown.quote
	class := "widget-results"
	if len(ctl.stale) > 0 {
		class += " stale"
	}
	dates := p.StartDates()
	chips := make([]app.UI, len(dates))
	for i, d := range dates {
		chips[i] = chip(calc.FieldStart, d.String(), d.String() == ctl.form.get(calc.FieldStart), d.Format("Jan 2"), w.onChoose)
	}
	return root.Body(
		app.If(w.updateReady, func() app.UI {
			return updateBanner(func(ctx app.Context, e app.Event) { ctx.Reload() })
		}),
		app.Raw(widgetTitleHTML(p)),
		app.Form().Class("widget-form").Aria("label", "Your plan").
			OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
			Body(
				w.field(calc.FieldStart, "First day",
					app.Div().Class("chips").Role("group").Aria("label", "Published start dates").Body(chips...),
					w.input(calc.FieldStart, "date", ""),
				),
				w.field(calc.FieldRate, "Hourly rate (USD)", w.input(calc.FieldRate, "text", p.Band.Mid().StringFixed(2))),
				w.field(calc.FieldEnd, "Last day you are available", w.input(calc.FieldEnd, "date", "")),
			),
		app.If(app.IsServer, func() app.UI {
			return app.P().Class("notice link-pending-note").Role("status").Text("Working out your link: its figures appear in a moment.")
		}),
		app.Section().Class(class).ID("results").Aria("label", "Results").Body(
			app.If(len(ctl.stale) > 0, func() app.UI {
				return app.P().Class("stale-note").Role("status").Text("These figures are for your plan without your change to " + fieldNames(ctl.stale) + ", which needs fixing above.")
			}),
			app.P().ID("verdict").Class("verdict "+string(q.Verdict)).DataSet("status", string(q.Verdict)).Aria("live", "polite").Body(
				app.Span().Class("badge "+string(q.Verdict)).Text(statusLabel(q.Verdict)),
				app.Text(" "+verdictText(q.Verdict)),
			),
			app.Raw(widgetFiguresHTML(q)),
		),
		open,
	)
}

// widgetTitleHTML names the widget's posting.
func widgetTitleHTML(p *calc.Policy) string {
	var w markup.Writer
	w.Open("h1", "class", "widget-title").Elem("span", p.Title, "id", "posting-title")
	w.Elem("span", joinNonEmpty(" · ", p.Employer, p.Location), "class", "posting")
	return w.Close("h1").String()
}

// widgetFiguresHTML is what the widget shows of a quote below its verdict,
// in one element (app.Raw takes one).
func widgetFiguresHTML(q *calc.Quote) string {
	var w markup.Writer
	w.Open("div", "class", "widget-figures-box")
	if q.Verdict != calc.Pass {
		w.Elem("p", "The full calculator lists each check, and the posting's line it rests on.", "class", "widget-note")
	}
	w.Open("dl", "class", "widget-figures")
	w.Elem("dt", "Gross pay at "+calc.Dollars(q.Chosen.Rate)+" an hour")
	w.Open("dd").Open("strong", "id", "gross-chosen").Text(calc.Dollars(q.Chosen.Gross)).Close("strong").Close("dd")
	w.Elem("dt", "Window")
	w.Elem("dd", long(q.Window.Start)+" to "+long(q.Window.End)+", "+plural(q.Window.WorkDays, "workday"), "id", "window")
	w.Elem("dt", "Paid sick time")
	w.Open("dd").Elem("span", q.Sick.Hours.String(), "id", "sick-hours").Text(" hours").Close("dd")
	w.Close("dl")
	if q.Window.Note != "" {
		w.Elem("p", q.Window.Note, "class", "widget-note", "id", "window-note")
	}
	w.Elem("h2", "Paid holidays in your window", "class", "widget-subtitle")
	w.Raw(holidaysHTML(q.Holidays))
	w.Close("div")
	return w.String()
}

// field lays out one labelled control and its message, like the main
// page's form.
func (w *widgetPage) field(f calc.Field, label string, controls ...app.UI) app.UI {
	return fieldBox(string(f), label, "", w.ctl.form.errs[f], controls...)
}

func (w *widgetPage) input(f calc.Field, kind, placeholder string) app.UI {
	in := app.Input().Type(kind).ID(string(f)).Name(string(f)).
		Attr("autocomplete", "off").
		Value(attrValue(w.ctl.form.show(f))).
		Aria("invalid", ariaBool(w.ctl.form.errs[f] != "")).Aria("describedby", string(f)+"-error").
		OnInput(w.onInput(f)).OnChange(w.onCommit(f))
	if kind == "date" {
		return in.Min("2000-01-01").Max("2099-12-31")
	}
	return in.Attr("inputmode", "decimal").Spellcheck(false).Placeholder(placeholder)
}
