package main

import (
	"encoding/json"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
)

// renderPosting is the postings panel: which posting the page computes,
// your postings (pasted and checked on the offers page), and the terms as
// a JSON file.
func (c *calculatorPage) renderPosting() app.UI {
	ctl := c.ctl
	p := &ctl.policy
	from := "the posting the calculator ships with"
	if ctl.custom() {
		from = "from " + ctl.src.from
	}
	open := ctl.custom() || ctl.src.fileErr != "" || len(ctl.postings) > 0
	return boolAttr(app.Details().ID("posting-panel").Class("tools posting-panel"), open, app.HTMLDetails.Open).Body(
		app.Summary().Body(app.Raw(postingSummaryHTML(p, from))),
		app.Div().Class("posting-body").Body(
			app.Div().ID("your-postings-box").OnClick(c.onPostingsClick).Body(
				app.Raw(yourPostingsHTML(ctl)),
				app.P().ID("postings-status").Class("hint").Aria("live", "polite").Text(c.postingsStatus),
			),
			rawElem("h3", "The terms as a JSON file"),
			app.P().Class("hint").Text("A posting's terms as JSON (as “Download these terms” writes them), read in your browser: the file is not uploaded anywhere."),
			app.Label().For("policy-file").Text("Load another posting's terms"),
			app.Input().Type("file").ID("policy-file").Accept(".json,application/json").
				Aria("describedby", "policy-file-error").
				OnChange(c.onPolicyFile),
			app.P().ID("policy-file-error").Class("field-error").Role("alert").Text(ctl.src.fileErr),
			app.Div().Class("tool-buttons").Body(
				app.Button().Type("button").ID("download-posting").Class("secondary").Text("Download these terms (.json)").OnClick(c.onDownloadPosting),
				app.If(ctl.custom(), func() app.UI {
					return app.Button().Type("button").ID("default-policy").Class("secondary").
						Text("Back to the default posting").OnClick(c.onDefaultPolicy)
				}),
			),
		),
	)
}

// yourPostingsHTML lists the shipped posting and yours, each with its
// buttons (handled by onPostingsClick, by their data attributes).
func yourPostingsHTML(ctl *controller) string {
	var w markup.Writer
	w.Open("div", "class", "your-postings") // app.Raw takes one element
	w.Elem("h3", "Your postings", "id", "your-postings-title")
	w.Open("ul", "id", "your-postings", "class", "postings-list", "aria-labelledby", "your-postings-title")
	def := calc.DefaultPolicy()
	item := func(id, name, where string, mine bool) {
		current := (!ctl.custom() && !mine) || (mine && ctl.src.saved == id)
		w.Open("li", "class", markup.When(current, "current"))
		w.Open("span", "class", "posting-label").Elem("strong", name).Text(where)
		if current {
			w.Elem("span", " (computed now)", "class", "hint")
		}
		w.Close("span").Open("span", "class", "posting-actions")
		w.Open("button", "type", "button", "class", "secondary", "data-use", id, "aria-label", "Compute "+name).Text("Compute").Close("button")
		w.Close("span").Close("li")
	}
	item("", def.Title, " · "+joinNonEmpty(" · ", def.Employer, def.Location)+" · the calculator's own", false)
	for _, s := range ctl.postings {
		where := joinNonEmpty(" · ", s.Terms.Employer, s.Terms.Location)
		if where != "" {
			where = " · " + where
		}
		item(s.ID, s.Name, where, true)
	}
	w.Close("ul")
	w.Open("p", "class", "hint")
	if len(ctl.postings) == 0 {
		w.Text("Another posting? ")
	}
	w.Open("a", "href", postingsLink(), "id", "paste-posting").Text("Paste a posting's text").Close("a")
	w.Text(": the calculator reads its terms, for you to check and keep here, each with its own plan (on this device only). There you can also compare offers side by side.")
	return w.Close("p").Close("div").String()
}

// onPostingsClick handles your postings' Compute buttons.
func (c *calculatorPage) onPostingsClick(ctx app.Context, e app.Event) {
	btn := e.Get("target").Call("closest", "[data-use]")
	if !btn.Truthy() {
		ctx.PreventUpdate()
		return
	}
	if id := btn.Call("getAttribute", "data-use").String(); id == "" {
		c.ctl.useDefault()
	} else if !c.ctl.usePosting(id) {
		return
	}
	c.restore(nil)
	c.postingsStatus = "The figures above are now for " + c.ctl.policy.Title + "."
	c.afterPostingChange(ctx)
}

// onDownloadPosting downloads the terms computed as a JSON file, which
// "Load another posting's terms" reads back.
func (c *calculatorPage) onDownloadPosting(ctx app.Context, e app.Event) {
	b, err := json.MarshalIndent(c.ctl.policy, "", "  ")
	if err != nil {
		c.postingsStatus = "The terms could not be written: " + err.Error() + "."
		return
	}
	name := c.ctl.policy.ID
	if name == "" {
		name = "posting"
	}
	download(name+".json", "application/json", append(b, '\n'))
}
