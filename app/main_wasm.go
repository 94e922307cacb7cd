//go:build wasm

package main

import "runtime/debug"

// serve is never reached in the browser, where app.RunWhenOnBrowser does not
// return. The server lives in server.go, behind !wasm, so that net/http's
// server, the compressors and the static-site writer stay out of app.wasm.
func serve() {}

func init() {
	// The page's heap is a few megabytes. Collecting at 4× it rather than
	// 2× means fewer stop-the-world pauses between keystrokes, the long
	// tail of the input-to-result time, for memory a phone has to spare.
	debug.SetGCPercent(400)
}
