package main

// The size listing (go run ./bench -size-only): what each wasm holds, per
// package and per module, and how the project's differs from the floor's.
//
// `go tool nm` does not read wasm binaries, so the listing puts together
// three things the Go toolchain gives:
//
//   - code: every function's body in the wasm's code section, named by the
//     "name" section (kept when the wasm is built without -s). Exact.
//   - data: the data symbols (type descriptors, strings, tables, embedded
//     files) of the package archives (`go list -export -deps`, read with
//     `go tool nm -size`) that the linker kept, which it prints with
//     -ldflags=-dumpdep. Close, not exact: a symbol's size in its object
//     file, before the linker lays it out.
//   - the rest of the data section, which the linker generates (the
//     pclntab with every function's name and line tables, the module data):
//     it grows with the number of functions, and is shown on its own line.
//
// The dumpdep graph also gives, for a package, the shortest chain of
// references from the program's roots to it: why it is in the wasm.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// program is one of the programs compared.
type program struct {
	label string // "project", "floor" or "shell"
	pkg   string // the package to build, relative to the module root
	tags  string // build tags, if any
}

var (
	projectProg = program{label: "project", pkg: "./app"}
	floorProg   = program{label: "floor", pkg: "./bench/floor"}
	// shellProg is the project's wasm with the floor's page at "/"
	// (app/bench_shell.go): the project's size, package init, styles and
	// service worker, without the calculator's start-up work. It splits
	// the project's time-to-interactive ratio into what the binary costs
	// and what the page does.
	shellProg = program{label: "shell", pkg: "./app", tags: "benchshell"}
)

// buildArgs are the go build arguments for p, after "build".
func (p program) buildArgs(args ...string) []string {
	out := []string{"-trimpath"}
	if p.tags != "" {
		out = append(out, "-tags", p.tags)
	}
	return append(append(out, args...), p.pkg)
}

type symbol struct {
	Name string
	Pkg  string
	Code bool
	Size int
}

type pkgSize struct {
	Pkg        string
	Module     string
	Code, Data int
	CodeGz     int // its function bodies alone, gzipped
}

func (p *pkgSize) total() int { return p.Code + p.Data }

// analysis is one program's wasm, taken apart.
type analysis struct {
	prog    program
	wasm    *wasmFile
	pkgs    map[string]*pkgSize
	symbols []symbol
	// dataAttributed is the data that symbols account for; the rest of the
	// data section is the linker's.
	dataAttributed int
	dataGzRatio    float64
	module         map[string]string // package path (main for the main package) → module
	sanitized      map[string]string // linkerName(package path) → package path
	edges          map[string][]string
}

const linkerPkg = "(linker: pclntab, func names, moduledata)"

func analyze(ctx context.Context, root, dir string, prog program) (*analysis, error) {
	wasmPath := filepath.Join(dir, prog.label+"-symbols.wasm")
	var stderr bytes.Buffer
	cmd := goCommand(ctx, root, wasmEnv(), "build", "-trimpath", "-ldflags=-dumpdep", "-o", wasmPath, prog.pkg)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("building %s with symbols: %v\n%s", prog.pkg, err, tail(stderr.String(), 40))
	}
	b, err := os.ReadFile(wasmPath)
	if err != nil {
		return nil, err
	}
	a := &analysis{prog: prog, pkgs: map[string]*pkgSize{}, module: map[string]string{}, sanitized: map[string]string{}}
	if a.wasm, err = parseWasm(b); err != nil {
		return nil, err
	}
	a.edges = parseDumpdep(&stderr)
	if len(a.edges) == 0 {
		return nil, fmt.Errorf("the linker printed no dependency graph for %s (-ldflags=-dumpdep)", prog.pkg)
	}
	exports, err := a.listPackages(ctx, root)
	if err != nil {
		return nil, err
	}
	a.attributeCode()
	if err := a.attributeData(ctx, root, exports); err != nil {
		return nil, err
	}
	return a, nil
}

func wasmEnv() []string { return []string{"GOOS=js", "GOARCH=wasm"} }

// listPackages records every package the program links, its module, and
// returns its archive (the compiled package, with its symbols) by path.
func (a *analysis) listPackages(ctx context.Context, root string) (map[string]string, error) {
	cmd := goCommand(ctx, root, wasmEnv(), "list", "-trimpath", "-export", "-deps",
		"-f", "{{.ImportPath}}\t{{.Export}}\t{{.Standard}}\t{{.Name}}\t{{with .Module}}{{.Path}}{{end}}", a.prog.pkg)
	out, err := output(cmd)
	if err != nil {
		return nil, err
	}
	exports := map[string]string{}
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		path, export, std, name, mod := f[0], f[1], f[2] == "true", f[3], f[4]
		if name == "main" {
			path = "main" // as the linker names its symbols
		}
		switch {
		case std:
			mod = "std"
		case mod == "":
			mod = "(no module)"
		}
		a.module[path] = mod
		a.sanitized[linkerName(path)] = path
		if export != "" {
			exports[path] = export
		}
	}
	a.module[linkerPkg] = "(linker)"
	return exports, nil
}

// parseDumpdep reads the linker's "from -> to" lines.
func parseDumpdep(r io.Reader) map[string][]string {
	edges := map[string][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		from, to, ok := strings.Cut(sc.Text(), " -> ")
		if !ok {
			continue
		}
		from, to = trimAttr(from), trimAttr(to)
		edges[from] = append(edges[from], to)
		if _, ok := edges[to]; !ok {
			edges[to] = nil
		}
	}
	return edges
}

// trimAttr drops the linker's " <UsedInIface>"-style note after a name.
func trimAttr(s string) string {
	if i := strings.LastIndex(s, " <"); i >= 0 && strings.HasSuffix(s, ">") {
		return s[:i]
	}
	return s
}

// packageOf finds the package a symbol belongs to from its name, or "".
// It knows the linker's prefixes (type:, go:itab., type:.eq.) and the
// shapes of type names (*T, []T, [N]T).
func (a *analysis) packageOf(name string) string {
	n := name
	for _, p := range []string{"type:.eq.", "type:.hash.", "type:", "go:itab."} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			n = rest
			break
		}
	}
	n = strings.TrimLeft(n, "*[]0123456789")
	best := ""
	for i := 0; i < len(n); i++ {
		switch n[i] {
		case '.':
			if _, ok := a.module[n[:i]]; ok {
				best = n[:i]
			}
		case '(', '[', ' ', ',', '{':
			return best
		}
	}
	return best
}

// packageOfFunc is packageOf for a name from the wasm's name section,
// where the linker has replaced '/', '*', '(' and the like with '_'.
func (a *analysis) packageOfFunc(name string) string {
	n := name
	for _, p := range []string{"type_.eq.", "type_.hash."} {
		n = strings.TrimPrefix(n, p)
	}
	best := ""
	for i := 0; i < len(n); i++ {
		if n[i] == '.' {
			if p, ok := a.sanitized[n[:i]]; ok {
				best = p
			}
		}
	}
	if best == "" {
		// The runtime's assembly and the linker's own functions
		// (_rt0_wasm_js, wasm_export_run, gcWriteBarrier, memeqbody…).
		best = "runtime"
	}
	return best
}

func (a *analysis) pkg(path string) *pkgSize {
	p := a.pkgs[path]
	if p == nil {
		mod := a.module[path]
		if mod == "" {
			mod = "(shared)"
		}
		p = &pkgSize{Pkg: path, Module: mod}
		a.pkgs[path] = p
	}
	return p
}

func (a *analysis) attributeCode() {
	// Give functions their real names where the dependency graph has them.
	real := make(map[string]string, len(a.edges))
	for name := range a.edges {
		real[linkerName(name)] = name
	}
	bodies := map[string]*bytes.Buffer{}
	for _, f := range a.wasm.Funcs {
		name, pkg := f.Name, ""
		if r, ok := real[f.Name]; ok {
			name, pkg = r, a.packageOf(r)
		}
		if pkg == "" {
			pkg = a.packageOfFunc(f.Name)
		}
		a.pkg(pkg).Code += len(f.Body)
		a.symbols = append(a.symbols, symbol{Name: name, Pkg: pkg, Code: true, Size: len(f.Body)})
		if bodies[pkg] == nil {
			bodies[pkg] = &bytes.Buffer{}
		}
		bodies[pkg].Write(f.Body)
	}
	for pkg, b := range bodies {
		a.pkg(pkg).CodeGz = gzipSize(b.Bytes())
	}
}

// nmLine is a line of `go tool nm -size` on several files:
// "file(member):\t   addr   size T name".
var nmLine = regexp.MustCompile(`^(.*?):\s+[0-9a-f]*\s+(\d+) ([A-Za-z]) (.+)$`)

var versionSuffix = regexp.MustCompile(`<\d+>$`)

func (a *analysis) attributeData(ctx context.Context, root string, exports map[string]string) error {
	byFile := map[string]string{}
	args := []string{"tool", "nm", "-size"}
	for pkg, file := range exports {
		byFile[file] = pkg
		args = append(args, file)
	}
	sort.Strings(args[3:])
	out, err := output(goCommand(ctx, root, nil, args...))
	if err != nil {
		return err
	}
	type dataSym struct {
		size int
		pkgs map[string]bool // the archives that define it
	}
	syms := map[string]*dataSym{}
	for line := range strings.SplitSeq(string(out), "\n") {
		m := nmLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		switch m[3] {
		case "R", "D", "r", "d":
		default:
			continue // code (counted from the wasm), bss, references
		}
		file := m[1]
		if i := strings.LastIndex(file, "("); i >= 0 {
			file = file[:i]
		}
		name := versionSuffix.ReplaceAllString(m[4], "")
		if _, reachable := a.edges[name]; !reachable {
			continue
		}
		size, _ := strconv.Atoi(m[2])
		s := syms[name]
		if s == nil {
			s = &dataSym{size: size, pkgs: map[string]bool{}}
			syms[name] = s
		}
		s.pkgs[byFile[file]] = true
	}
	for name, s := range syms {
		pkg := ""
		if !strings.HasPrefix(name, "go:string.") && !strings.HasPrefix(name, "gclocals·") && !strings.HasPrefix(name, "type:.namedata.") {
			pkg = a.packageOf(name)
		}
		if pkg == "" && len(s.pkgs) == 1 {
			for p := range s.pkgs {
				pkg = p
			}
		}
		if pkg == "" {
			switch {
			case strings.HasPrefix(name, "go:string."):
				pkg = "(strings used by several packages)"
			case strings.HasPrefix(name, "gclocals·"):
				pkg = "(GC maps shared by several packages)"
			case strings.HasPrefix(name, "type:"):
				pkg = "(types used by several packages)"
			default:
				pkg = "(data shared by several packages)"
			}
		}
		a.pkg(pkg).Data += s.size
		a.dataAttributed += s.size
		a.symbols = append(a.symbols, symbol{Name: name, Pkg: pkg, Size: s.size})
	}
	if rest := len(a.wasm.Data) - a.dataAttributed; rest > 0 {
		a.pkg(linkerPkg).Data += rest
	}
	if len(a.wasm.Data) > 0 {
		a.dataGzRatio = float64(gzipSize(a.wasm.Data)) / float64(len(a.wasm.Data))
	}
	return nil
}

// gzEstimate is a package's gzip cost, roughly: its code compressed alone
// (which overstates it a little: no shared context), its data at the data
// section's ratio.
func (a *analysis) gzEstimate(p *pkgSize) int {
	if p == nil {
		return 0
	}
	return p.CodeGz + int(float64(p.Data)*a.dataGzRatio)
}

// byModule sums the packages per module.
func (a *analysis) byModule() map[string]*pkgSize {
	m := map[string]*pkgSize{}
	for _, p := range a.pkgs {
		t := m[p.Module]
		if t == nil {
			t = &pkgSize{Pkg: p.Module, Module: p.Module}
			m[p.Module] = t
		}
		t.Code += p.Code
		t.Data += p.Data
		t.CodeGz += p.CodeGz
	}
	return m
}

// byGroup sums a package's code and data by receiver type (or by
// function, for plain functions): go-app's cost is per HTML element type.
func (a *analysis) byGroup(pkg string) map[string]int {
	m := map[string]int{}
	for _, s := range a.symbols {
		if s.Pkg != pkg {
			continue
		}
		m[groupOf(s.Name, pkg)] += s.Size
	}
	return m
}

func groupOf(name, pkg string) string {
	n := name
	for _, p := range []string{"type:.eq.", "type:.hash.", "type:", "go:itab."} {
		n = strings.TrimPrefix(n, p)
	}
	n = strings.TrimLeft(n, "*[]0123456789")
	rest, ok := strings.CutPrefix(n, pkg+".")
	if !ok {
		return "(other: strings, maps, shared types)"
	}
	if t, ok := strings.CutPrefix(rest, "(*"); ok {
		rest = t
		if i := strings.Index(rest, ")"); i >= 0 {
			rest = rest[:i]
		}
	}
	if i := strings.IndexAny(rest, ".[,"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// why returns the shortest chain of references from the linker's roots to
// the first symbol that match accepts, or nil. The chain goes through
// functions, types and data, not through a function's GC and argument
// metadata, and through package init tasks (every imported package's is a
// root, so a chain through one says little) only when there is no other.
func (a *analysis) why(match func(string) bool) []string {
	if chain := a.whyVia(match, false); chain != nil {
		return chain
	}
	return a.whyVia(match, true)
}

func (a *analysis) whyVia(match func(string) bool, inits bool) []string {
	const root = "_"
	prev := map[string]string{root: ""}
	queue := []string{root}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n != root && match(n) {
			var chain []string
			for ; n != root; n = prev[n] {
				chain = append(chain, n)
			}
			slices.Reverse(chain)
			return chain
		}
		for _, next := range a.edges[n] {
			if auxSymbol(next) || !inits && initTask(next) {
				continue
			}
			if _, seen := prev[next]; !seen {
				prev[next] = n
				queue = append(queue, next)
			}
		}
	}
	return nil
}

func initTask(name string) bool {
	return strings.HasSuffix(name, "..inittask") || name == "go:main.inittasks"
}

func auxSymbol(name string) bool {
	if strings.HasPrefix(name, "gclocals·") {
		return true
	}
	for _, s := range []string{".stkobj", ".arginfo0", ".arginfo1", ".argliveinfo", ".opendefer", ".wrapinfo", ".args_stackmap"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// ---- the listing ----

func runSizeOnly(ctx context.Context, root, tmp string, why []string, w io.Writer) error {
	proj, err := analyze(ctx, root, tmp, projectProg)
	if err != nil {
		return err
	}
	if len(why) > 0 {
		for _, q := range why {
			chain := proj.why(func(n string) bool { return strings.Contains(n, q) })
			if chain == nil {
				fmt.Fprintf(w, "%s: not in the project's wasm\n", q)
				continue
			}
			fmt.Fprintf(w, "%s:\n  %s\n", q, strings.Join(chain, "\n  → "))
		}
		return nil
	}
	floor, err := analyze(ctx, root, tmp, floorProg)
	if err != nil {
		return err
	}
	printSizeListing(w, proj, floor)
	return nil
}

func printSizeListing(w io.Writer, proj, floor *analysis) {
	fmt.Fprintf(w, "\n== What the wasm holds (GOOS=js GOARCH=wasm, -trimpath, symbols kept) ==\n\n")
	sec := func(a *analysis) (code, data, name, other int) {
		code, data, name = a.wasm.section(secCode, ""), a.wasm.section(secData, ""), a.wasm.section(secCustom, "name")
		return code, data, name, a.wasm.Size - code - data - name
	}
	pc, pd, pn, po := sec(proj)
	fc, fd, fn, fo := sec(floor)
	t := newTable("section", "project", "floor", "project-floor")
	t.row("code (function bodies)", num(pc), num(fc), signed(pc-fc))
	t.row("data (segments)", num(pd), num(fd), signed(pd-fd))
	t.row("other sections", num(po), num(fo), signed(po-fo))
	t.row("= served wasm (-s -w)", num(pc+pd+po), num(fc+fd+fo), signed(pc+pd+po-fc-fd-fo))
	t.row("name section (dropped by -s)", num(pn), num(fn), signed(pn-fn))
	t.row("functions", num(len(proj.wasm.Funcs)), num(len(floor.wasm.Funcs)), signed(len(proj.wasm.Funcs)-len(floor.wasm.Funcs)))
	t.print(w)
	fmt.Fprintf(w, "\nData attributed to symbols: project %s of %s, floor %s of %s; the rest is the linker's (pclntab…).\n",
		num(proj.dataAttributed), num(pd), num(floor.dataAttributed), num(fd))

	// Modules.
	pm, fm := proj.byModule(), floor.byModule()
	fmt.Fprintf(w, "\nBy module (code + data, bytes; ≈gz: see the note below)\n\n")
	t = newTable("module", "project", "floor", "project-floor", "≈gz project-floor")
	for _, m := range sortedKeys(pm, fm, func(k string) int { return total(pm[k]) - total(fm[k]) }) {
		t.row(m, num(total(pm[m])), num(total(fm[m])), signed(total(pm[m])-total(fm[m])),
			signed(proj.gzEstimate(pm[m])-floor.gzEstimate(fm[m])))
	}
	t.print(w)

	// Packages.
	const topPkgs = 45
	keys := sortedKeys(proj.pkgs, floor.pkgs, func(k string) int { return total(proj.pkgs[k]) - total(floor.pkgs[k]) })
	fmt.Fprintf(w, "\nPackages by what the project adds over the floor (top %d of %d; main is app/ in the project, bench/floor in the floor)\n\n", min(topPkgs, len(keys)), len(keys))
	t = newTable("package", "project", "code", "data", "floor", "project-floor", "≈gz project-floor")
	for i, k := range keys {
		if i == topPkgs {
			break
		}
		p, f := proj.pkgs[k], floor.pkgs[k]
		pc, pd := 0, 0
		if p != nil {
			pc, pd = p.Code, p.Data
		}
		t.row(k, num(total(p)), num(pc), num(pd), num(total(f)), signed(total(p)-total(f)),
			signed(proj.gzEstimate(p)-floor.gzEstimate(f)))
	}
	t.print(w)
	fmt.Fprintf(w, "\n≈gz: a package's code gzipped on its own plus its data at the data section's gzip ratio\n"+
		"(%.0f%% project); it overstates a little, as the whole file shares context.\n", 100*proj.dataGzRatio)

	// Largest packages of the project, whatever the floor has.
	fmt.Fprintf(w, "\nThe project's largest packages\n\n")
	all := make([]*pkgSize, 0, len(proj.pkgs))
	for _, p := range proj.pkgs {
		all = append(all, p)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].total() > all[j].total() })
	t = newTable("package", "code+data", "code", "data", "≈gz", "share")
	for i, p := range all {
		if i == 25 {
			break
		}
		t.row(p.Pkg, num(p.total()), num(p.Code), num(p.Data), num(proj.gzEstimate(p)),
			fmt.Sprintf("%.1f%%", 100*float64(p.total())/float64(pc+pd)))
	}
	t.print(w)

	// Largest symbols.
	printTopSymbols(w, "The project's largest symbols", proj.symbols, func(symbol) bool { return true }, 30)
	for _, pkg := range []string{"main", "github.com/offercalc/offercalc/calc"} {
		printTopSymbols(w, "Largest symbols of "+pkg+" (project)", proj.symbols, func(s symbol) bool { return s.Pkg == pkg }, 15)
	}

	// go-app, by element type.
	const goapp = "github.com/maxence-charriere/go-app/v10/pkg/app"
	pg, fg := proj.byGroup(goapp), floor.byGroup(goapp)
	gkeys := sortedKeys(pg, fg, func(k string) int { return pg[k] - fg[k] })
	used := 0
	for _, k := range gkeys {
		if pg[k] > 0 && fg[k] == 0 {
			used++
		}
	}
	fmt.Fprintf(w, "\ngo-app (%s) by type or function, what the project adds (top 30; %d types/functions the floor does not link)\n\n", goapp, used)
	t = newTable("type or function", "project", "floor", "project-floor")
	for i, k := range gkeys {
		if i == 30 || pg[k]-fg[k] <= 0 {
			break
		}
		t.row(k, num(pg[k]), num(fg[k]), signed(pg[k]-fg[k]))
	}
	t.print(w)

	// Why the largest additions are linked.
	fmt.Fprintf(w, "\nWhy the packages the floor does not link are in the project's wasm (shortest reference chain from the roots)\n\n")
	shown := 0
	for _, k := range keys {
		if shown == 15 {
			break
		}
		if floor.pkgs[k] != nil || strings.HasPrefix(k, "(") || k == "main" {
			continue
		}
		chain := proj.why(func(n string) bool { return proj.packageOf(n) == k })
		if chain == nil {
			continue
		}
		shown++
		fmt.Fprintf(w, "%-40s %s: %s\n", k, signed(total(proj.pkgs[k])), strings.Join(shorten(chain), " → "))
	}
}

func total(p *pkgSize) int {
	if p == nil {
		return 0
	}
	return p.total()
}

// sortedKeys returns the keys of both maps, by diff, largest first.
func sortedKeys[V any](a, b map[string]V, diff func(string) int) []string {
	seen := map[string]bool{}
	var keys []string
	for _, m := range []map[string]V{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		di, dj := diff(keys[i]), diff(keys[j])
		if di != dj {
			return di > dj
		}
		return keys[i] < keys[j]
	})
	return keys
}

func printTopSymbols(w io.Writer, title string, syms []symbol, keep func(symbol) bool, n int) {
	var s []symbol
	for _, sym := range syms {
		if keep(sym) {
			s = append(s, sym)
		}
	}
	sort.Slice(s, func(i, j int) bool { return s[i].Size > s[j].Size })
	fmt.Fprintf(w, "\n%s\n\n", title)
	t := newTable("size", "kind", "symbol")
	for i, sym := range s {
		if i == n {
			break
		}
		kind := "data"
		if sym.Code {
			kind = "code"
		}
		t.row(num(sym.Size), kind, clip(sym.Name, 110))
	}
	t.print(w)
}

// shorten keeps a reference chain readable: long names clipped, at most a
// dozen links.
func shorten(chain []string) []string {
	out := make([]string, 0, len(chain))
	for _, c := range chain {
		out = append(out, clip(c, 70))
	}
	if len(out) > 12 {
		out = append(append(out[:5:5], "…"), out[len(out)-6:]...)
	}
	return out
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", `\n`)
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
