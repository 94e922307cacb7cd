//go:build benchshell

package main

// The bench's shell (go run ./bench; go build -tags benchshell ./app): the
// app's wasm, styles and service worker, with the floor's page
// (internal/floorpage) at "/" instead of the calculator. The calculator
// stays linked (routes registers it first), so the wasm is the app's but
// for the page. Its time to interactive is what the app's binary costs
// before the calculator does any work; the bench prints it beside the
// app's and the floor's.

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/internal/floorpage"
)

func benchRoutes() {
	app.Route("/", floorpage.New)
}
