package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedPanel writes the HTML that puts the widget, with the page's plan and
// posting, on another site: an <iframe> of /widget and the host script
// (web/embed.js) that fits the iframe to the widget's height.
type embedPanel struct {
	app.Compo
	Iquery url.Values // the plan's and the posting's query keys

	copied bool
}

func newEmbedPanel() *embedPanel { return &embedPanel{} }

// Query sets the widget's query: the page's plan and posting.
func (p *embedPanel) Query(v url.Values) *embedPanel {
	p.Iquery = v
	return p
}

func (p *embedPanel) OnUpdate(ctx app.Context) { p.copied = false }

// embedSnippet is the HTML that embeds the widget from origin (the
// calculator's scheme and host, or "" for a path on the same site) with
// the query q. A plain iframe works on its own; the script makes it as
// tall as the widget.
func embedSnippet(origin string, q url.Values) string {
	src := origin + "/widget"
	if len(q) > 0 {
		src += "?" + q.Encode()
	}
	return `<iframe src="` + escapeHTML(src) + `" title="Internship offer calculator" data-offercalc` +
		` style="width: 100%; max-width: 32rem; height: 44rem; border: 0" loading="lazy"></iframe>` + "\n" +
		`<script src="` + escapeHTML(origin+"/web/embed.js") + `" async></script>`
}

func (p *embedPanel) onCopy(ctx app.Context, e app.Event) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		return
	}
	promise(ctx, clip.Call("writeText", p.snippet()), func(ctx app.Context, _ app.Value) {
		p.copied = true
	}, func(ctx app.Context, why string) {})
}

// snippet is the snippet for this page's origin, known in the browser.
func (p *embedPanel) snippet() string {
	u := app.Window().URL()
	return embedSnippet(u.Scheme+"://"+u.Host, p.Iquery)
}

func (p *embedPanel) Render() app.UI {
	// The snippet is written in the browser only: the server does not know
	// the origin the page is served from, and a textarea's value is not
	// markup to prerender.
	text := ""
	if app.IsClient {
		text = p.snippet()
	}
	return app.Section().ID("embed").Class("tools embed").Aria("labelledby", "embed-title").Body(
		app.H3().ID("embed-title").Text("Embed this calculator"),
		app.P().Class("hint").Body(
			app.Text("Paste this into a careers page, a course site or a forum post: it shows a compact calculator with this plan and posting, which visitors can change. "+
				"The script fits the frame to the calculator's height; without it the frame scrolls. "),
		),
		app.Label().For("embed-snippet").Text("HTML to embed"),
		app.Textarea().ID("embed-snippet").Class("snippet").ReadOnly(true).Rows(5).
			Spellcheck(false).Attr("wrap", "soft").Text(text),
		app.Div().Class("tool-buttons").Body(
			app.Button().Type("button").ID("copy-embed").Class("secondary").
				Text(copyLabel(p.copied)).OnClick(p.onCopy),
			app.A().ID("open-widget").Href("/widget?"+p.Iquery.Encode()).Target("_blank").Rel("noopener").
				Text("Open the widget"),
		),
	)
}
