//go:build wasm

package main

import (
	"runtime/debug"
	"syscall/js"
)

// buildStamp names a build, for the update test, which builds a second
// version with -ldflags "-X main.buildStamp=…" and checks which one runs:
// it is the html element's data-build. Empty in a release build.
var buildStamp string

// serve is never reached in the browser, where app.RunWhenOnBrowser does not
// return. The server lives in server.go, behind !wasm, so that net/http's
// server, the compressors and the static-site writer stay out of app.wasm.
func serve() {}

func init() {
	// The page's heap is a few megabytes. Collecting at 4× it rather than
	// 2× means fewer stop-the-world pauses between keystrokes, the long
	// tail of the input-to-result time, for memory a phone has to spare.
	debug.SetGCPercent(400)
	if buildStamp != "" {
		js.Global().Get("document").Get("documentElement").Call("setAttribute", "data-build", buildStamp)
	}
}

// markMain records, as the performance mark "go-main", when main starts:
// make bench's phase table splits the Go runtime and package init from
// go-app's start with it.
func markMain() { js.Global().Get("performance").Call("mark", "go-main") }
