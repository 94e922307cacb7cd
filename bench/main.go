// Command bench measures the offer calculator against a floor: the smallest
// go-app program with one input and one output (bench/floor), built in the
// same run with the same flags.
//
//	go run ./bench               # make bench: sizes, browser timings, Go benchmarks, targets
//	go run ./bench -size-only    # make size: what the wasm holds, per package, against the floor
//	go run ./bench -size-only -why decimal.Decimal.Rat   # why the linker keeps a symbol
//
// It prints, in order: the wasm's raw, gzip (best) and brotli (quality 11)
// sizes and their ratios to the floor's; the time to interactive, cold and
// warm, of both programs and of the shell (the floor's page in the
// project's wasm, which splits the project's ratio into what its binary
// costs and what its page does) served as static sites from localhost, in
// headless Chromium, runs interleaved (project, floor, shell, project…);
// the time from an input event to the updated result in the project, over
// a few hundred edits; calc's Compute and EstimateTax benchmarks; and each target
// with PASS or MISS. The harness reports; it fails only when it cannot
// measure (a build or the browser fails), never on a MISS. The size budget
// that may fail the build is bench/budget_test.go.
//
// Timings are wall-clock times on whatever else the machine is doing: the
// min and max are printed beside the median so that the noise shows.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"time"

	"github.com/offercalc/offercalc/internal/headless"
)

// gzipBudget is the target for the gzipped wasm, as a ratio to the floor's;
// budget_test.go fails the build past it.
const gzipBudget = 1.25

type options struct {
	runs, warmup, edits int
	phoneRuns           int
	warmAfter           time.Duration
	sizeOnly, noBrowser bool
	keep                bool
	chromium            string
	why                 []string
}

func main() {
	var o options
	flag.IntVar(&o.runs, "runs", 5, "cold and warm loads of each program, interleaved (raise it on a quiet machine)")
	flag.IntVar(&o.warmup, "warmup", 1, "rounds of cold and warm loads run first and not counted")
	flag.IntVar(&o.phoneRuns, "phone-runs", 3, "cold and warm loads of each program on the phone profile (0: none)")
	flag.DurationVar(&o.warmAfter, "warm-after", 2*time.Second, "before a warm load, how long the tab stays on about:blank after the first visit (0: reload at once)")
	flag.IntVar(&o.edits, "edits", 300, "edits of #rate for the input-to-result latency")
	flag.BoolVar(&o.sizeOnly, "size-only", false, "only list what the wasm holds, per package, against the floor")
	flag.BoolVar(&o.noBrowser, "no-browser", false, "skip the browser measurements")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directory (wasms, static sites)")
	flag.Func("why", "with -size-only: print the chain of references that links the first symbol whose name contains this (repeatable)", func(s string) error {
		o.why = append(o.why, s)
		return nil
	})
	flag.StringVar(&o.chromium, "chromium", "", "the Chromium binary (default: $CHROME_PATH, /usr/bin/chromium)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options, w io.Writer) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "offercalc-bench-")
	if err != nil {
		return err
	}
	if o.keep {
		fmt.Fprintln(os.Stderr, "bench: keeping", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	if o.sizeOnly {
		progress("building both wasms with symbols and reading them")
		return runSizeOnly(ctx, root, tmp, o.why, w)
	}
	return runBench(ctx, o, root, tmp, w)
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// results are what the targets are checked against; a zero value is "not
// measured".
type results struct {
	gzRatio              float64
	coldRatio, warmRatio float64
	phoneCold, phoneWarm float64
	inputP95             float64
	inputMeasured        bool
}

func runBench(ctx context.Context, o options, root, tmp string, w io.Writer) error {
	start := time.Now()
	var res results
	var failures []string
	phase := map[string]string{}

	fmt.Fprintf(w, "offercalc bench · %s js/wasm · go build -trimpath %s · %d CPUs · %s\n",
		goruntime.Version(), wasmLDFlags, goruntime.NumCPU(), time.Now().Format("2006-01-02 15:04"))
	fmt.Fprintln(w, "Timings are wall-clock on a shared machine (other builds and browsers may run): read min and max beside the median.")

	// Sizes.
	t := time.Now()
	proj, floor, shell := newSite(tmp, projectProg), newSite(tmp, floorProg), newSite(tmp, shellProg)
	progress("building the project's, the floor's and the shell's wasm")
	if err := proj.prepare(ctx, root, filepath.Join(root, "web")); err != nil {
		return err
	}
	if err := floor.prepare(ctx, root, filepath.Join(root, "bench", "floor", "web")); err != nil {
		return err
	}
	if err := shell.prepare(ctx, root, filepath.Join(root, "web")); err != nil {
		return err
	}
	phase["wasm builds"] = since(t)
	t = time.Now()
	progress("compressing them (gzip best, brotli 11)")
	sz, err := compressWasms(filepath.Join(proj.web, "app.wasm"), filepath.Join(floor.web, "app.wasm"))
	if err != nil {
		return err
	}
	phase["compression"] = since(t)
	ps, fs := sz[0], sz[1]
	res.gzRatio = float64(ps.gz) / float64(fs.gz)
	fmt.Fprintf(w, "\n== Wasm size (both built in this run: GOOS=js GOARCH=wasm go build -trimpath %s) ==\n\n", wasmLDFlags)
	tb := newTable("", "raw", "gzip (best)", "brotli (11)")
	tb.row("project (./app)", num(ps.raw), num(ps.gz), num(ps.br))
	tb.row("floor (./bench/floor)", num(fs.raw), num(fs.gz), num(fs.br))
	tb.row("project - floor", signed(ps.raw-fs.raw), signed(ps.gz-fs.gz), signed(ps.br-fs.br))
	tb.row("project / floor", ratio(float64(ps.raw), float64(fs.raw)), ratio(float64(ps.gz), float64(fs.gz)), ratio(float64(ps.br), float64(fs.br)))
	tb.print(w)

	// Browser.
	if !o.noBrowser {
		if err := browserBench(ctx, o, root, proj, floor, shell, &res, phase, w); err != nil {
			failures = append(failures, "browser: "+err.Error())
			fmt.Fprintf(w, "\nThe browser measurements failed: %v\n", err)
		}
	}

	// Go benchmarks.
	t = time.Now()
	progress("go test ./calc -run '^$' -bench . -benchmem")
	fmt.Fprintf(w, "\n== calc benchmarks (go test ./calc -run '^$' -bench . -benchmem) ==\n\n")
	if err := calcBench(ctx, root, w); err != nil {
		failures = append(failures, "calc benchmarks: "+err.Error())
		fmt.Fprintf(w, "failed: %v\n", err)
	}
	phase["go test -bench"] = since(t)

	printTargets(w, res, o.noBrowser)

	fmt.Fprintf(w, "\nThe harness took %s:", since(start))
	for _, k := range []string{"wasm builds", "compression", "static sites", "browser loads", "phone loads", "input latency", "go test -bench"} {
		if v, ok := phase[k]; ok {
			fmt.Fprintf(w, " %s %s;", k, v)
		}
	}
	fmt.Fprintln(w)
	if len(failures) > 0 {
		return fmt.Errorf("could not measure everything:\n  %s", strings.Join(failures, "\n  "))
	}
	return nil
}

func browserBench(ctx context.Context, o options, root string, proj, floor, shell *site, res *results, phase map[string]string, w io.Writer) error {
	chromium, err := headless.Find(o.chromium)
	if err != nil {
		return fmt.Errorf("%w, or -chromium", err)
	}
	t := time.Now()
	progress("writing the static sites")
	sites := []*site{proj, floor, shell}
	for _, s := range sites {
		if err := s.writeStatic(ctx, root); err != nil {
			return err
		}
	}
	// The sites are served by the project's own static server.
	for _, s := range sites {
		if err := s.serve(ctx, proj.binary); err != nil {
			return err
		}
		defer s.stop()
	}
	phase["static sites"] = since(t)

	version := "Chromium"
	if out, err := exec.Command(chromium, "--version").Output(); err == nil {
		version = strings.TrimSpace(string(out))
	}

	t = time.Now()
	cold := map[*site][]load{}
	warm := map[*site][]load{}
	for round := range o.warmup + o.runs {
		counted := round >= o.warmup
		for _, s := range sites {
			c, wm, err := coldWarm(ctx, chromium, s, s.url, 1, o.warmAfter)
			if err != nil {
				return fmt.Errorf("%s, round %d: %w", s.prog.label, round+1, err)
			}
			note := ""
			if !counted {
				note = " (warm-up, not counted)"
			} else {
				cold[s] = append(cold[s], c)
				warm[s] = append(warm[s], wm)
			}
			progress("round %d/%d %-7s cold %5.0f ms, warm %5.0f ms%s", round+1, o.warmup+o.runs, s.prog.label, c.TTI, wm.TTI, note)
		}
	}
	phase["browser loads"] = since(t)

	fmt.Fprintf(w, "\n== Time to interactive: navigation start to the first input into #rate that changes #gross-chosen ==\n\n")
	fmt.Fprintf(w, "%s, headless, localhost (no network throttling), every site served by `offercalc serve-dir` (brotli).\n", version)
	fmt.Fprintf(w, "%d runs of each, interleaved (project, floor, shell, project…), after %d warm-up round(s) not counted.\n", o.runs, o.warmup)
	fmt.Fprintf(w, "shell: the floor's page in the project's wasm (go build -tags benchshell ./app, app/bench_shell.go), with the\n")
	fmt.Fprintf(w, "project's styles and service worker: what the project's binary costs before the calculator does any work.\n")
	fmt.Fprintf(w, "Cold: new browser profile (no cache, no service worker). Warm: a return visit, once the service worker\n")
	fmt.Fprintf(w, "controls the page and holds the wasm; the tab first leaves for about:blank for %v (-warm-after).\n", o.warmAfter)
	fmt.Fprintf(w, "\"ready\": when data-ready=\"true\" appeared; \"wasm in\": when the wasm's response ended.\n")
	fmt.Fprintf(w, "All in ms, medians unless said.\n\n")
	tb := newTable("", "min", "median", "max", "ready", "wasm in", "wasm bytes received")
	medians := map[string]float64{}
	for _, kind := range []struct {
		name  string
		loads map[*site][]load
	}{{"cold", cold}, {"warm", warm}} {
		for _, s := range sites {
			var tti, ready, wasmEnd []float64
			for _, l := range kind.loads[s] {
				tti = append(tti, l.TTI)
				ready = append(ready, l.Ready)
				wasmEnd = append(wasmEnd, l.WasmEnd)
			}
			st := summarize(tti)
			medians[kind.name+s.prog.label] = st.med
			received := "-"
			if ls := kind.loads[s]; len(ls) > 0 {
				received = num(ls[0].WasmTransfer)
				if ls[0].WasmTransfer == 0 {
					received = "0 (service worker)"
				}
			}
			tb.row(kind.name+" "+s.prog.label, fmt.Sprintf("%.0f", st.min), fmt.Sprintf("%.0f", st.med), fmt.Sprintf("%.0f", st.max),
				fmt.Sprintf("%.0f", summarize(ready).med), fmt.Sprintf("%.0f", summarize(wasmEnd).med), received)
		}
		r := medians[kind.name+"project"] / medians[kind.name+"floor"]
		tb.row(kind.name+" project/floor", "", fmt.Sprintf("%.3f×", r), "", "", "", "")
		tb.row(kind.name+"   = shell/floor (the binary)", "", fmt.Sprintf("%.3f×", medians[kind.name+"shell"]/medians[kind.name+"floor"]), "", "", "", "")
		tb.row(kind.name+"   × project/shell (the page)", "", fmt.Sprintf("%.3f×", medians[kind.name+"project"]/medians[kind.name+"shell"]), "", "", "", "")
		if kind.name == "cold" {
			res.coldRatio = r
		} else {
			res.warmRatio = r
		}
	}
	tb.print(w)
	printPhases(w, "localhost", cold, warm, proj, shell, floor)

	if o.phoneRuns > 0 {
		t = time.Now()
		pc, pw, err := phoneLoads(ctx, chromium, o, sites)
		if err != nil {
			return err
		}
		phase["phone loads"] = since(t)
		fmt.Fprintf(w, "\n== The phone profile: %v× CPU, %v a request and %d kbit/s down at the server (a proxy), brotli; %d runs ==\n",
			phoneCPU, phoneLink.rtt, phoneLink.kbps, o.phoneRuns)
		for _, k := range []struct {
			name  string
			loads map[*site][]load
			res   *float64
		}{{"cold", pc, &res.phoneCold}, {"warm", pw, &res.phoneWarm}} {
			f, p := medianTTI(k.loads[floor]), medianTTI(k.loads[proj])
			*k.res = p / f
			fmt.Fprintf(w, "%s: project %.0f ms, shell %.0f ms, floor %.0f ms: project/floor %.3f×\n", k.name, p, medianTTI(k.loads[shell]), f, p/f)
		}
		printPhases(w, "phone profile", pc, pw, proj, shell, floor)
	}

	t = time.Now()
	lat := map[*site]latency{}
	for _, s := range []*site{proj, floor} {
		progress("input-to-result latency: %d edits of #rate in the %s", o.edits, s.prog.label)
		l, err := measureLatency(ctx, chromium, s, o.edits)
		if err != nil {
			return fmt.Errorf("input latency, %s: %w", s.prog.label, err)
		}
		lat[s] = l
	}
	phase["input latency"] = since(t)
	fmt.Fprintf(w, "\n== Input to result: %d edits of #rate (45.00 to 59.99) in the browser, the project and, for reference, the floor ==\n\n", o.edits)
	fmt.Fprintf(w, "Each edit sets #rate's value and dispatches an input event at the start of an animation frame; the time runs from\n")
	fmt.Fprintf(w, "just before the dispatch. \"DOM\": until #gross-chosen's text changed (MutationObserver). \"next frame\": until the\n")
	fmt.Fprintf(w, "first requestAnimationFrame callback after that change, the frame that paints it. go-app renders on its own\n")
	fmt.Fprintf(w, "frame ticker (120/s: an update comes at least ~8 ms after the event), which the floor's figures show.\n\n")
	tb = newTable("", "median", "p95", "min", "max", "under 16 ms")
	for _, s := range []*site{proj, floor} {
		l := lat[s]
		for _, m := range []struct {
			name string
			v    []float64
		}{{"input → #gross-chosen updated (DOM)", l.DOM}, {"input → next frame after the update", l.Frame}} {
			st := summarize(m.v)
			under := 0
			for _, v := range m.v {
				if v < 16 {
					under++
				}
			}
			tb.row(s.prog.label+": "+m.name, fmt.Sprintf("%.1f ms", st.med), fmt.Sprintf("%.1f ms", st.p95), fmt.Sprintf("%.1f ms", st.min),
				fmt.Sprintf("%.1f ms", st.max), fmt.Sprintf("%.0f%%", 100*float64(under)/float64(max(len(m.v), 1))))
		}
	}
	tb.print(w)
	res.inputP95, res.inputMeasured = summarize(lat[proj].DOM).p95, true
	return nil
}

func printTargets(w io.Writer, r results, noBrowser bool) {
	fmt.Fprintf(w, "\n== Targets (ratios to the floor measured in this run) ==\n\n")
	check := func(name string, measured bool, ok bool, got string) {
		verdict := "MISS"
		switch {
		case !measured:
			verdict, got = "n/a ", "not measured"
		case ok:
			verdict = "PASS"
		}
		fmt.Fprintf(w, "%s  %-52s %s\n", verdict, name, got)
	}
	check(fmt.Sprintf("gzip size ≤ %.2f× the floor", gzipBudget), r.gzRatio > 0, r.gzRatio <= gzipBudget, fmt.Sprintf("%.3f×", r.gzRatio))
	check("cold time to interactive ≤ 1.3× the floor (medians)", r.coldRatio > 0, r.coldRatio <= 1.3, fmt.Sprintf("%.3f×", r.coldRatio))
	check("warm time to interactive ≤ 1.2× the floor (medians)", r.warmRatio > 0, r.warmRatio <= 1.2, fmt.Sprintf("%.3f×", r.warmRatio))
	check("phone profile: cold ≤ 1.15× the floor (medians)", r.phoneCold > 0, r.phoneCold <= 1.15, fmt.Sprintf("%.3f×", r.phoneCold))
	check("phone profile: warm ≤ 1.3× the floor (medians)", r.phoneWarm > 0, r.phoneWarm <= 1.3, fmt.Sprintf("%.3f×", r.phoneWarm))
	check("input to result p95 < 16 ms (DOM updated)", r.inputMeasured, r.inputP95 < 16, fmt.Sprintf("%.2f ms", r.inputP95))
	if noBrowser {
		fmt.Fprintln(w, "(-no-browser: the browser targets were not measured)")
	}
}

// The phone profile: a mid-range phone on slow 4G.
var (
	phoneCPU  = 4.0
	phoneLink = linkProfile{rtt: 150 * time.Millisecond, kbps: 1600}
)

// phoneLoads measures cold and warm loads of each site on the phone
// profile, through a throttling proxy of its own (a service worker is per
// origin), runs interleaved.
func phoneLoads(ctx context.Context, chromium string, o options, sites []*site) (cold, warm map[*site][]load, err error) {
	cold, warm = map[*site][]load{}, map[*site][]load{}
	origins := map[*site]string{}
	for _, s := range sites {
		addr, stop, err := throttle(s.url, phoneLink)
		if err != nil {
			return nil, nil, err
		}
		defer stop()
		origins[s] = addr
	}
	for round := range o.phoneRuns {
		for _, s := range sites {
			c, wm, err := coldWarm(ctx, chromium, s, origins[s], phoneCPU, o.warmAfter)
			if err != nil {
				return nil, nil, fmt.Errorf("phone profile, %s, round %d: %w", s.prog.label, round+1, err)
			}
			cold[s] = append(cold[s], c)
			warm[s] = append(warm[s], wm)
			progress("phone round %d/%d %-7s cold %5.0f ms, warm %5.0f ms", round+1, o.phoneRuns, s.prog.label, c.TTI, wm.TTI)
		}
	}
	return cold, warm, nil
}

func medianTTI(ls []load) float64 {
	var v []float64
	for _, l := range ls {
		v = append(v, l.TTI)
	}
	return summarize(v).med
}

// printPhases prints where a load's time goes, phase by phase (medians of
// each phase over the runs, so the column need not add up to the median
// time to interactive exactly), for the floor, the shell and the project.
func printPhases(w io.Writer, profile string, cold, warm map[*site][]load, proj, shell, floor *site) {
	fmt.Fprintf(w, "\n== Where the time goes, %s: each phase's median in ms (the probe's milestones; see bench/browser.go) ==\n\n", profile)
	tb := newTable("", "floor", "shell", "project", "project/floor", "project-floor", "project-shell")
	for _, k := range []struct {
		name  string
		loads map[*site][]load
	}{{"cold", cold}, {"warm", warm}} {
		med := func(s *site, f func(load) float64) float64 {
			var v []float64
			for _, l := range k.loads[s] {
				v = append(v, f(l))
			}
			return summarize(v).med
		}
		for _, ph := range phases {
			fl, sh, pr := med(floor, ph.of), med(shell, ph.of), med(proj, ph.of)
			tb.row(k.name+": "+ph.name, fmt.Sprintf("%.0f", fl), fmt.Sprintf("%.0f", sh), fmt.Sprintf("%.0f", pr),
				ratioOrDash(pr, fl), fmt.Sprintf("%+.0f", pr-fl), fmt.Sprintf("%+.0f", pr-sh))
		}
		fl, sh, pr := medianTTI(k.loads[floor]), medianTTI(k.loads[shell]), medianTTI(k.loads[proj])
		tb.row(k.name+": time to interactive", fmt.Sprintf("%.0f", fl), fmt.Sprintf("%.0f", sh), fmt.Sprintf("%.0f", pr),
			ratioOrDash(pr, fl), fmt.Sprintf("%+.0f", pr-fl), fmt.Sprintf("%+.0f", pr-sh))
	}
	tb.print(w)
}

func ratioOrDash(a, b float64) string {
	if b < 1 {
		return "-"
	}
	return fmt.Sprintf("%.2f×", a/b)
}
