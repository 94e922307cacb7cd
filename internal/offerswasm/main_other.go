//go:build !(js && wasm)

// Command offerswasm is the offers page's program, built for the browser
// only (GOOS=js GOARCH=wasm): see main_js.go.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "offerswasm runs in a browser: build it with GOOS=js GOARCH=wasm (make build)")
	os.Exit(2)
}
