//go:build wasm

package main

// serve is never reached in the browser, where app.RunWhenOnBrowser does not
// return. The server lives in server.go, behind !wasm, so that net/http's
// server, the compressors and the static-site writer stay out of app.wasm.
func serve() {}
