// Command floor is the smallest go-app program with one input and one
// output: the floor that the offer calculator's size and start-up time are
// measured against (go run ./bench). It is split like the app: the
// component here, compiled for the browser and the server; the static-site
// writer in server.go, behind !wasm; and a stub in main_wasm.go.
//
// Its wasm shares no code with the app, on purpose: whatever the app adds
// to its wasm must show up as the difference between the two. (The
// static-site writer, which is not in the wasm, is the app's:
// internal/staticsite.)
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	app.Route("/", func() app.Composer { return &page{} })
	app.RunWhenOnBrowser()
	serve()
}

// page is one text input (#rate) and one output (#gross-chosen) that echoes
// it, formatted. #floor gets data-ready="true" once the wasm runs it, as the
// calculator's root does.
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
