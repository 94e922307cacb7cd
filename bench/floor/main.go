// Command floor is the smallest go-app program with one input and one
// output: the floor that the offer calculator's size and start-up time are
// measured against (go run ./bench). It is split like the app: the
// component (internal/floorpage), compiled for the browser and the server;
// the static-site writer in server.go, behind !wasm; and a stub in
// main_wasm.go.
//
// Its wasm shares no code with the app, on purpose: whatever the app adds
// to its wasm must show up as the difference between the two. (The
// static-site writer, which is not in the wasm, is the app's:
// internal/staticsite. The page is also the bench's shell's, which the app
// builds only with -tags benchshell.)
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/internal/floorpage"
)

func main() {
	markMain()
	app.Route("/", floorpage.New)
	app.RunWhenOnBrowser()
	serve()
}
