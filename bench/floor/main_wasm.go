//go:build wasm

package main

import "syscall/js"

// markMain records when main starts, as the app does (the bench's phase
// table reads the mark "go-main").
func markMain() { js.Global().Get("performance").Call("mark", "go-main") }

// serve is never reached in the browser, where app.RunWhenOnBrowser does not
// return; the static-site writer stays out of the wasm, as in the app.
func serve() {}
