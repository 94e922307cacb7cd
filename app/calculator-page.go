package main

import (
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
)

// storageKey is where the last good plan is kept in local storage, as a URL
// query string.
const storageKey = "offercalc.plan.v1"

// calculatorPage is the calculator at "/": the form, and the quote for what
// it holds. Its state is the form's raw text (exactly what the applicant
// typed, mirrored in the URL query) and the last quote that computed: a
// value that does not parse gets a message beside its field, and the last
// good result stays on screen.
type calculatorPage struct {
	app.Compo

	policy calc.Policy
	form   planForm
	// quote is the form's last good quote: the verdict, the checks and the
	// figures, which follow every keystroke.
	quote calc.Quote
	// view is the quote the slower sections show (the week chart and
	// table, the calendar, the take-home estimate, the compare table, the
	// exports): the quote as it was when the input last settled. While the
	// applicant types, they keep their figures, so that a keystroke costs
	// a Compute and a render of what it changes, and they follow a moment
	// later (see settle). days and tax go with view.
	view      calc.Quote
	viewQuery url.Values // the page's query when view was settled
	days      []calc.Day
	tax       tax.Estimate
	pending   int  // counts settles scheduled, so that the last one wins
	unsettled bool // a settle is scheduled and has not run
	// stale is set while the form holds an error, so the quote shown is the
	// last good one, not the form's; taxStale likewise for the estimate.
	stale    bool
	taxStale bool
	// full is set once the whole page is shown. In the browser the first
	// render shows the form, the verdict and the figures, and the rest
	// (renderMore) a moment later: building and mounting it all at once
	// kept the page from answering input for most of a second on a cold
	// start. The prerendered page is whole.
	full   bool
	notice string // a message about the page itself, such as a corrupt saved plan
	ready  bool   // the wasm is running: the page is interactive
	copied bool
	src    policySource // the posting's terms and where they came from
}

func newCalculatorPage() app.Composer {
	c := &calculatorPage{policy: calc.DefaultPolicy(), full: app.IsServer}
	c.src.reset()
	// The defaults, so that the first render (which comes before OnNav)
	// already shows a quote.
	c.form = newPlanForm(nil, c.policy)
	c.update()
	c.settleNow()
	return c
}

// OnNav reads the plan from the URL query, or, with no plan in the query,
// from local storage, and computes it. It runs on the server for the
// prerendered page too.
func (c *calculatorPage) OnNav(ctx app.Context) {
	values := ctx.Page().URL().Query()
	c.notice = ""
	values = c.readPolicy(ctx, values)
	if !hasPlan(values) && app.IsClient {
		var saved string
		err := ctx.LocalStorage().Get(storageKey, &saved)
		switch restored, perr := url.ParseQuery(saved); {
		case err != nil || perr != nil:
			c.notice = "Your saved plan could not be read, so the calculator starts from the defaults."
			ctx.LocalStorage().Del(storageKey)
		case saved != "":
			if _, err := link.ParsePlan(restored); err != nil {
				c.notice = "Your saved plan had values that are no longer valid, so the calculator starts from the defaults."
				ctx.LocalStorage().Del(storageKey)
			} else {
				values = restored
			}
		}
	}
	c.form = newPlanForm(values, c.policy)
	c.update()
	if app.IsServer {
		c.settleNow()
		return
	}
	// The rest of the page comes with the first settle, once input pauses:
	// it must not hold up the first keystrokes.
	c.settleLater(ctx, fullDelay)
}

// fullDelay is how long the page waits, after its first render and then
// while input goes on, before it builds the rest of the page.
const fullDelay = 150 * time.Millisecond

func (c *calculatorPage) OnMount(ctx app.Context) {
	c.ready = app.IsClient
	if app.IsClient {
		// Leaving the page within settleDelay of a keystroke must not lose
		// it from the URL and local storage. go-app dispatches its event
		// handlers later, after the page is gone, so this one is called
		// synchronously.
		app.Window().Call("addEventListener", "pagehide", app.FuncOf(func(app.Value, []app.Value) any {
			if c.unsettled {
				c.keep(ctx)
			}
			return nil
		}))
	}
}

// hasPlan reports whether a query holds any of the plan's fields.
func hasPlan(v url.Values) bool {
	for _, k := range append(calc.PlanFields(), tax.ProfileFields()...) {
		if v.Get(string(k)) != "" {
			return true
		}
	}
	return false
}

// update computes the form's plan. On success the quote replaces the one
// shown; on error it stays, and the form keeps the messages.
func (c *calculatorPage) update() {
	q, ok := c.form.compute(c.policy)
	c.stale = !ok
	if ok {
		c.quote = q
	}
}

// settleDelay is how long typing pauses before the slower sections, the URL
// and local storage follow it.
const settleDelay = 250 * time.Millisecond

// settleLater schedules a settle for when typing pauses for d; a later
// keystroke supersedes it.
func (c *calculatorPage) settleLater(ctx app.Context, d time.Duration) {
	c.unsettled = true
	c.pending++
	n := c.pending
	ctx.After(d, func(ctx app.Context) {
		if n == c.pending {
			c.settle(ctx)
		}
	})
}

// settle brings the slower sections up to the quote, and mirrors the form
// into the URL (in place, without a reload) and, when it computes, into
// local storage: history.replaceState alone costs milliseconds, too many
// for every keystroke.
func (c *calculatorPage) settle(ctx app.Context) {
	c.pending++ // a scheduled settle has nothing left to do
	c.unsettled = false
	c.full = true
	c.settleNow()
	c.keep(ctx)
}

// keep mirrors the form into the URL and local storage.
func (c *calculatorPage) keep(ctx app.Context) {
	if app.IsClient {
		u := *ctx.Page().URL()
		u.RawQuery = c.pageQuery().Encode()
		ctx.Page().ReplaceURL(&u)
	}
	c.save(ctx)
}

func (c *calculatorPage) settleNow() {
	c.viewQuery = c.pageQuery()
	if !c.full {
		return // nothing shows the view yet
	}
	c.view = c.quote
	c.days = c.view.Days()
	est, ok := c.form.estimate(c.view)
	c.taxStale = !ok
	if ok {
		c.tax = est
	}
}

// set is the handler of typing: keep the raw value, recompute, and let the
// rest follow when typing pauses.
func (c *calculatorPage) set(ctx app.Context, key, value string) {
	c.form.set(key, value)
	c.copied = false
	c.update()
	c.showFigures()
	if c.full {
		c.settleLater(ctx, settleDelay)
	} else {
		c.settleLater(ctx, fullDelay)
	}
}

// showFigures writes the gross figures into the page as soon as a
// keystroke computes, without waiting for go-app's next frame (its engine
// renders on a 120 Hz ticker, so every update waits up to 8 ms before it
// starts). The render that follows writes the same text. The element's own
// text node is changed, never replaced, so go-app's view of the page stays
// true.
func (c *calculatorPage) showFigures() {
	if !app.IsClient || c.stale || len(c.quote.Band) != 3 {
		return
	}
	doc := app.Window().Get("document")
	for _, f := range [...]struct {
		id string
		e  calc.Earnings
	}{{"gross-min", c.quote.Band[0]}, {"gross-mid", c.quote.Band[1]}, {"gross-max", c.quote.Band[2]}, {"gross-chosen", c.quote.Chosen}} {
		if text := doc.Call("getElementById", f.id).Get("firstChild"); text.Truthy() {
			text.Set("nodeValue", calc.Dollars(f.e.Gross))
		}
	}
}

// pick is the handler of a choice made at once (a select, a checkbox):
// everything follows now.
func (c *calculatorPage) pick(ctx app.Context, key, value string) {
	c.form.set(key, value)
	c.changed(ctx)
}

// choose sets a field for the applicant (a button, the slider): the field
// shows the new value even if it held typed text.
func (c *calculatorPage) choose(ctx app.Context, key, value string) {
	c.form.choose(key, value)
	if el := app.Window().GetElementByID(key); el.Truthy() {
		el.Set("value", value)
	}
	c.changed(ctx)
}

// changed recomputes everything after a change that is not typing.
func (c *calculatorPage) changed(ctx app.Context) {
	c.copied = false
	c.update()
	c.settle(ctx)
}

// save keeps the plan in local storage when it computes, so that the next
// visit without a query starts from it.
func (c *calculatorPage) save(ctx app.Context) {
	if app.IsClient && !c.stale && !c.taxStale && !c.src.custom {
		ctx.LocalStorage().Set(storageKey, c.form.query().Encode())
	}
}

func (c *calculatorPage) onInput(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.set(ctx, key, ctx.JSSrc().Get("value").String())
	}
}

func (c *calculatorPage) onChoose(key, value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { c.choose(ctx, key, value) }
}

func (c *calculatorPage) Render() app.UI {
	if !c.src.usable() {
		return c.renderPostingProblem()
	}
	p := &c.policy
	root := app.Div().ID("calculator").Class("page")
	if c.ready {
		root = root.DataSet("ready", "true")
	}
	if c.ready && c.full {
		root = root.DataSet("full", "true") // the whole page, for tests and tools
	}
	return root.Body(
		app.Header().Class("masthead").Body(
			app.H1().Text("Internship offer calculator"),
			app.P().Class("posting").Body(
				app.Strong().Text(p.Title),
				app.Text(" · "+p.Employer+" · "+p.Location),
			),
			app.P().Class("privacy").Text("Everything is computed in your browser: nothing you enter leaves this device."),
		),
		app.If(c.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(c.notice)
		}),
		c.renderPostingSource(),
		app.Main().Class("layout").Body(
			c.renderForm(),
			c.renderResults(),
		),
		// On a phone the results come after the whole form: this bar keeps
		// the verdict and the pay in sight while the form is filled in.
		app.Nav().Class("summary-bar").Aria("label", "Summary").Body(
			app.A().Href("#results").Body(
				app.Span().Class("badge "+string(c.quote.Verdict)).Text(statusLabel(c.quote.Verdict)),
				app.Span().Text(" Gross at your rate "),
				app.Strong().Text(calc.Dollars(c.quote.Chosen.Gross)),
				app.Span().Class("summary-go").Text("See the results"),
			),
		),
		app.Footer().Class("footer").Body(
			app.P().Text("Figures are exact: every amount is computed in decimal and rounded to the cent only when shown. "+
				"This is an estimate from the posting's published terms, not an offer."),
		),
	)
}

// status words for a check or a verdict.
func statusLabel(s calc.Status) string {
	switch s {
	case calc.Pass:
		return "OK"
	case calc.Warn:
		return "Check"
	case calc.Fail:
		return "Fails"
	}
	return "Not given"
}

func verdictText(s calc.Status) string {
	switch s {
	case calc.Pass:
		return "You meet every published requirement."
	case calc.Warn:
		return "You qualify, with points to check below."
	case calc.Fail:
		return "You do not meet a published requirement."
	}
	return ""
}
