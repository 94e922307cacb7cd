//go:build !benchshell

package main

// benchRoutes adds nothing to the app; see bench_shell.go.
func benchRoutes() {}
