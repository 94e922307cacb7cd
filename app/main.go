// Command offercalc is the internship offer calculator: a progressive web
// app that runs in the browser (compiled to WebAssembly) and the small
// server and static-site generator that deliver it.
//
// In the browser, main starts the go-app engine and never returns. On a
// server, it runs the command line in server.go: serve the app, write it as
// a static site, or serve a directory.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	markMain()
	routes()
	app.RunWhenOnBrowser()
	serve()
}

// routes registers the app's pages; the server prerenders the same ones.
func routes() {
	app.Route("/", newCalculatorPage)
	app.Route("/widget", newWidgetPage)
	benchRoutes()
}
