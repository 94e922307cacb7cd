package main

import (
	"math"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
)

// heightMessage is the type of the message the widget posts to the page
// that embeds it: {type: "offercalc:height", height: N}, N the widget's
// height in CSS pixels, a whole number. web/embed.js sizes the iframe with
// it; the README documents it.
const heightMessage = "offercalc:height"

// widgetPage is the calculator at "/widget", made for an <iframe> on
// another site: the first day, the rate and the last day; the verdict,
// gross pay at the rate, the paid holidays and sick hours. The URL query
// configures it the way it does the main page (every plan key, and the
// posting's policy keys), and "Open the full calculator" carries it over.
//
// It posts its height to the embedding page whenever its size changes,
// so the host script can fit the iframe to it; in a plain iframe it
// scrolls.
type widgetPage struct {
	app.Compo

	src   policySource
	form  planForm
	quote calc.Quote
	stale bool // the form holds an error: the quote is the last good one
	ready bool

	observer app.Value // the ResizeObserver, on the client in an iframe
	onResize app.Func
	height   int
}

func newWidgetPage() app.Composer {
	w := &widgetPage{}
	w.src.reset()
	w.form = newPlanForm(nil, w.src.policy)
	w.update()
	return w
}

func (w *widgetPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Internship offer calculator (widget)")
	var values url.Values
	load := func() {
		w.form = newPlanForm(withDefaultStart(values, w.src.policy), w.src.policy)
		if q, ok := w.src.baseline(); ok {
			w.quote = q
		}
		w.update()
	}
	values = w.src.read(ctx, ctx.Page().URL().Query(), func(ctx app.Context) { load() })
	load()
}

func (w *widgetPage) OnMount(ctx app.Context) {
	w.ready = app.IsClient
	if !app.IsClient {
		return
	}
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
}

func (w *widgetPage) OnDismount() {
	if w.observer != nil {
		w.observer.Call("disconnect")
		w.onResize.Release()
		w.observer = nil
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

func (w *widgetPage) update() {
	if !w.src.usable() {
		w.stale = false
		return
	}
	q, ok := w.form.compute(w.src.policy)
	w.stale = !ok
	if ok {
		w.quote = q
	}
}

func (w *widgetPage) onInput(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		w.form.set(key, ctx.JSSrc().Get("value").String())
		w.changed(ctx)
	}
}

func (w *widgetPage) onChoose(key, value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		w.form.choose(key, value)
		if el := app.Window().GetElementByID(key); el.Truthy() {
			el.Set("value", value)
		}
		w.changed(ctx)
	}
}

// changed recomputes and mirrors the plan into the widget's URL, so that a
// reload inside the iframe keeps it. It keeps nothing in storage: the
// embedding page's link configures the widget.
func (w *widgetPage) changed(ctx app.Context) {
	w.update()
	u := *ctx.Page().URL()
	u.RawQuery = w.src.withKeys(w.form.query()).Encode()
	ctx.Page().ReplaceURL(&u)
}

// fullLink is the main page with the widget's plan and posting.
func (w *widgetPage) fullLink() string {
	q := w.src.withKeys(w.form.query())
	if len(q) == 0 {
		return "/"
	}
	return "/?" + q.Encode()
}

func (w *widgetPage) Render() app.UI {
	p := &w.src.policy
	root := app.Div().ID("widget").Class("widget")
	if w.ready {
		root = root.DataSet("ready", "true")
	}
	open := app.P().Class("widget-open").Body(
		app.A().ID("open-full").Href(w.fullLink()).Target("_blank").Rel("noopener").
			Text("Open the full calculator"),
	)
	if !w.src.usable() {
		return root.Body(
			app.H1().Class("widget-title").Text("Internship offer calculator"),
			renderPolicyProblem(&w.src),
			open,
		)
	}
	q := &w.quote
	class := "widget-results"
	if w.stale {
		class += " stale"
	}
	return root.Body(
		app.H1().Class("widget-title").Body(
			app.Span().ID("posting-title").Text(p.Title),
			app.Span().Class("posting").Text(joinNonEmpty(" · ", p.Employer, p.Location)),
		),
		app.Form().Class("widget-form").Aria("label", "Your plan").
			OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
			Body(
				w.field(string(calc.FieldStart), "start", "First day",
					app.Div().Class("chips").Role("group").Aria("label", "Published start dates").Body(
						app.Range(p.StartDates()).Slice(func(i int) app.UI {
							d := p.StartDates()[i]
							return chip(d.String() == w.form.get(string(calc.FieldStart)), d.Format("Jan 2"), w.onChoose(string(calc.FieldStart), d.String()))
						}),
					),
					w.input(string(calc.FieldStart), "start", "date", ""),
				),
				w.field(string(calc.FieldRate), "rate", "Hourly rate (USD)",
					w.input(string(calc.FieldRate), "rate", "text", p.Band.Mid().StringFixed(2)),
				),
				w.field(string(calc.FieldEnd), "end", "Last day you are available",
					w.input(string(calc.FieldEnd), "end", "date", ""),
				),
			),
		app.Section().Class(class).ID("results").Aria("label", "Results").Body(
			app.If(w.stale, func() app.UI {
				return app.P().Class("stale-note").Role("status").Text("A field above needs fixing: the figures are for your last valid plan.")
			}),
			newVerdict().Status(q.Verdict),
			app.If(q.Verdict != calc.Pass, func() app.UI {
				return app.P().Class("widget-note").Text("The full calculator lists each check, and the posting's line it rests on.")
			}),
			app.Dl().Class("widget-figures").Body(
				app.Dt().Text("Gross pay at "+calc.Dollars(q.Chosen.Rate)+" an hour"),
				app.Dd().Body(app.Strong().ID("gross-chosen").Text(calc.Dollars(q.Chosen.Gross))),
				app.Dt().Text("Window"),
				app.Dd().ID("window").Text(long(q.Window.Start)+" to "+long(q.Window.End)+", "+plural(q.Window.WorkDays, "workday")),
				app.Dt().Text("Paid sick time"),
				app.Dd().Body(app.Span().ID("sick-hours").Text(q.Sick.Hours.String()), app.Text(" hours")),
			),
			app.If(q.Window.Note != "", func() app.UI {
				return app.P().Class("widget-note").ID("window-note").Text(q.Window.Note)
			}),
			app.H2().Class("widget-subtitle").Text("Paid holidays in your window"),
			renderHolidays(q.Holidays),
		),
		open,
	)
}

// field lays out one labelled control and its message, like the main
// page's form.
func (w *widgetPage) field(key, id, label string, controls ...app.UI) app.UI {
	return fieldBox(id, label, "", w.form.errs[key], controls...)
}

func (w *widgetPage) input(key, id, kind, placeholder string) app.UI {
	in := app.Input().Type(kind).ID(id).Name(key).
		Attr("autocomplete", "off").
		Value(attrValue(w.form.show(key))).
		Aria("invalid", w.form.errs[key] != "").Aria("describedby", id+"-error").
		OnInput(w.onInput(key))
	if kind == "date" {
		return in.Min("2000-01-01").Max("2099-12-31")
	}
	return in.Attr("inputmode", "decimal").Spellcheck(false).Placeholder(placeholder)
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
