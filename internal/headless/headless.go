// Package headless finds and starts the Chromium that the browser tests
// (app) and the benchmark (bench) drive, with the flags this setup needs:
// one list, so that the two cannot drift apart.
package headless

import (
	"errors"
	"os"
	"os/exec"
	"slices"

	"github.com/chromedp/chromedp"
)

// Find returns the first browser found among first (a path or name given
// by the caller, such as a flag), $CHROME_PATH, and the usual names of
// Chromium and Chrome.
func Find(first ...string) (string, error) {
	candidates := slices.Concat(first, []string{os.Getenv("CHROME_PATH"), "/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"})
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found (apt-get install -y chromium, or set CHROME_PATH)")
}

// Options returns the allocator options for a headless Chromium at path,
// with a fresh profile and a 1280×900 window: no sandbox (the tests run as
// root), no GPU, and nothing that would reach the network on its own
// (QUIC, background networking, component updates, sync), which a closed
// network would only slow down.
func Options(path string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	)
}
