// Package floorpage is the page of the bench's floor (bench/floor), the
// smallest go-app program with one input and one output. The bench's shell
// (app/bench_shell.go, built with -tags benchshell) shows the same page in
// the app's wasm, so that the two differ only in the binary around it. The
// app proper does not import it.
package floorpage

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// New returns the page: one text input (#rate) and one output
// (#gross-chosen) that echoes it, formatted. #floor gets data-ready="true"
// once the wasm runs it, as the calculator's root does.
func New() app.Composer { return &page{} }

type page struct {
	app.Compo
	rate  string
	ready bool
}

func (p *page) OnMount(ctx app.Context) { p.ready = app.IsClient }

func (p *page) Render() app.UI {
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

func (p *page) onInput(ctx app.Context, e app.Event) {
	p.rate = ctx.JSSrc().Get("value").String()
}
