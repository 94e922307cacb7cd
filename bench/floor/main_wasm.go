//go:build wasm

package main

// serve is never reached in the browser, where app.RunWhenOnBrowser does not
// return; the static-site writer stays out of the wasm, as in the app.
func serve() {}
