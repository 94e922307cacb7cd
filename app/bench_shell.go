//go:build benchshell

package main

// The bench's shell (go run ./bench; go build -tags benchshell ./app): the
// app's wasm, styles and service worker, with the floor's page
// (bench/floor) at "/" instead of the calculator. The calculator stays
// linked (routes registers it first), so the wasm is the app's, byte for
// byte but this file. Its time to interactive is what the app's binary
// costs before the calculator does any work; the bench prints it beside
// the app's and the floor's.

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func benchRoutes() {
	app.Route("/", func() app.Composer { return &shellPage{} })
}

// shellPage is bench/floor's page, line for line: one text input (#rate)
// and one output (#gross-chosen) that echoes it, and data-ready="true" once
// the wasm runs it.
type shellPage struct {
	app.Compo
	rate  string
	ready bool
}

func (p *shellPage) OnMount(ctx app.Context) { p.ready = app.IsClient }

func (p *shellPage) Render() app.UI {
	root := app.Div().ID("floor")
	if p.ready {
		root = root.DataSet("ready", "true")
	}
	shown := "$" + p.rate + " an hour"
	if p.rate == "" {
		shown = "no rate"
	}
	return root.Body(
		app.Label().For("rate").Text("Hourly rate (USD)"),
		app.Input().Type("text").ID("rate").Attr("inputmode", "decimal").
			Value(p.rate).OnInput(p.onInput),
		app.Output().ID("gross-chosen").Text(shown),
	)
}

func (p *shellPage) onInput(ctx app.Context, e app.Event) {
	p.rate = ctx.JSSrc().Get("value").String()
}
