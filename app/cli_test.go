//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
)

const shippedText = "../calc/posting/testdata/corpus/00-shipped.txt"

// runCmd runs a command of the command line with stdin, and returns its
// exit status, standard output and standard error.
func runCmd(t *testing.T, stdin string, cmd string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := runCLI(cmd, args, cliEnv{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errs, today: calc.NewDate(2026, time.January, 15)})
	return code, out.String(), errs.String()
}

// quoteOutput runs quote and decodes what it prints.
func quoteOutput(t *testing.T, stdin string, args ...string) quoteJSON {
	t.Helper()
	code, out, errs := runCmd(t, stdin, "quote", args...)
	if code != 0 {
		t.Fatalf("quote %q: exit %d: %s", args, code, errs)
	}
	if errs != "" {
		t.Errorf("quote %q wrote to standard error: %s", args, errs)
	}
	var q quoteJSON
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&q); err != nil {
		t.Fatalf("quote %q: not its JSON: %v\n%s", args, err, out)
	}
	return q
}

func TestCLIHelp(t *testing.T) {
	for _, cmd := range []string{"help", "-h", "-help", "--help"} {
		code, out, errs := runCmd(t, "", cmd)
		if code != 0 || errs != "" {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, errs)
		}
		for _, sub := range []string{"serve", "static", "serve-dir", "read-posting", "quote"} {
			if !strings.Contains(out, "offercalc "+sub+" ") && !strings.Contains(out, "offercalc ["+sub+"]") {
				t.Errorf("%s: the usage does not list %s:\n%s", cmd, sub, out)
			}
		}
	}
	code, out, errs := runCmd(t, "", "bogus")
	if code != 2 || out != "" || errs != usage {
		t.Errorf("an unknown command: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	for _, cmd := range []string{"read-posting", "quote"} {
		if code, _, errs := runCmd(t, "", cmd, "-h"); code != 0 || !strings.Contains(errs, "usage: offercalc "+cmd) {
			t.Errorf("%s -h: exit %d, %q", cmd, code, errs)
		}
		if code, _, _ := runCmd(t, "", cmd, "-nope"); code != 2 {
			t.Errorf("%s -nope: exit %d, want 2", cmd, code)
		}
	}
	if code, _, _ := runCmd(t, "", "read-posting", "a", "b"); code != 2 {
		t.Errorf("read-posting with two files: exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "", "quote"); code != 2 {
		t.Errorf("quote without a query: exit %d, want 2", code)
	}
}

func TestCLIReadPosting(t *testing.T) {
	text, err := os.ReadFile(shippedText)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{shippedText}, {}, {"-"}} {
		code, out, errs := runCmd(t, string(text), "read-posting", args...)
		if code != 0 {
			t.Fatalf("read-posting %q: exit %d: %s", args, code, errs)
		}
		p, err := calc.ParsePolicy([]byte(out))
		if err != nil {
			t.Fatalf("read-posting %q: calc.ParsePolicy refuses what it prints: %v", args, err)
		}
		if p.State != "CA" || !p.Band.Min.Equal(calc.DefaultPolicy().Band.Min) || !strings.Contains(out, "Ads Creative & Ecosystem") {
			t.Errorf("read-posting %q: %+v", args, p)
		}
		if !strings.HasPrefix(out, "{\n  \"id\": ") || !strings.HasSuffix(out, "}\n") {
			t.Errorf("not indented JSON: %.40q", out)
		}
		if !strings.Contains(errs, "assumed: A full-time week is 40 hours") {
			t.Errorf("the assumptions are not said on standard error: %q", errs)
		}
	}
	if code, _, errs := runCmd(t, string(text), "read-posting", "-q"); code != 0 || errs != "" {
		t.Errorf("-q: exit %d, stderr %q", code, errs)
	}

	// Tiers: the first is printed, and standard error names them all.
	code, out, errs := runCmd(t, "", "read-posting", "../calc/posting/testdata/corpus/05-austin-tiers-degree.txt")
	p, err := calc.ParsePolicy([]byte(out))
	if code != 0 || err != nil {
		t.Fatalf("tiers: exit %d, %v", code, err)
	}
	if p.Band.Min.String() != "40" || !strings.Contains(errs, "3 pay tiers: Undergraduate ($40.00 to $45.00 an hour), Master's ($45.00 to $50.00 an hour), PhD") {
		t.Errorf("tiers: band %v, stderr %q", p.Band, errs)
	}
}

func TestCLIReadPostingErrors(t *testing.T) {
	corpus := func(name string) string {
		b, err := os.ReadFile("../calc/posting/testdata/corpus/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct{ name, text, want string }{
		{"empty", " \n", "posting.text: Required: enter the text of an internship posting; the text is empty."},
		{"no pay", corpus("08-annual-salary.txt"), "only an annual salary"},
		{"conflicting ranges", corpus("10-conflicting-ranges.txt"), "without saying which applies"},
		{"not English", corpus("09-spanish.txt"), "a posting in English"},
		{"too long", strings.Repeat("Interns earn $50 an hour. ", 20000), "standard input is over 262144 bytes: at most 256 KB"},
	}
	for _, tt := range tests {
		code, out, errs := runCmd(t, tt.text, "read-posting")
		if code != 1 || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%s: exit %d, stdout %.40q, stderr %q; want exit 1 and %q", tt.name, code, out, errs, tt.want)
		}
	}
	if code, _, errs := runCmd(t, "", "read-posting", filepath.Join(t.TempDir(), "none.txt")); code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("a missing file: exit %d, %q", code, errs)
	}
}

func TestCLIQuote(t *testing.T) {
	q := quoteOutput(t, "", "start=2026-05-11")
	s := q.Summary
	// 480 paid hours at the $52.50 midpoint; May 11 to Aug 2.
	if s.Gross != "25200.00" || q.Plan.Rate != "52.50" || s.Frequency != "biweekly" || s.Holidays != 3 || s.Verdict != "warn" || s.SickHours != "56" {
		t.Errorf("summary %+v, plan %+v", s, q.Plan)
	}
	if w := q.Window; w != (windowJSON{"2026-05-11", "2026-08-02", "2026-08-02", "2026-08-10", 60}) {
		t.Errorf("window %+v", w)
	}
	if q.Posting.State != "CA" || q.TakeHome.State != "CA" || len(q.Checks) != 9 || q.Checks[2].ID != "commitment" || q.Checks[2].Status != "warn" {
		t.Errorf("posting %+v, checks %+v", q.Posting, q.Checks)
	}
	th := q.TakeHome
	if len(th.Paychecks) != 6 || th.Paychecks[0].PayDate != "2026-05-24" || th.Paychecks[0].Lines[0].ID != "federal" || th.Net != s.NetByLastDay {
		t.Errorf("take-home %+v", th)
	}
	var ids []string
	for _, l := range th.Lines {
		ids = append(ids, l.ID)
	}
	if !slices.Equal(ids, []string{"federal", "social-security", "medicare", "state", "sdi"}) || len(th.Sources) == 0 || len(th.Notes) == 0 {
		t.Errorf("lines %q, %d sources, %d notes", ids, len(th.Sources), len(th.Notes))
	}
	money := regexp.MustCompile(`^-?\d+\.\d\d+$`)
	for _, v := range []string{s.Gross, s.NetPerPaycheck, s.NetByLastDay, s.HousingAfterTax, s.Rent, s.Travel, s.Costs, s.Refund, s.Left,
		th.Gross, th.Withheld, th.Net, th.Paychecks[0].Lines[3].Amount, th.Lines[0].Refund} {
		if !money.MatchString(v) {
			t.Errorf("%q is not an exact amount with cents", v)
		}
	}

	// The same plan, as a query with its "?", as a whole link, and with no
	// start: the posting's first start date, as the calculator opens it.
	for _, arg := range []string{"?start=2026-05-11", "https://calc.example/?start=2026-05-11#x", "/widget?start=2026-05-11", "", "pay=biweekly"} {
		if got := quoteOutput(t, "", arg); got.Summary != s {
			t.Errorf("%s: %+v", arg, got.Summary)
		}
	}

	// Costs, another state, another frequency, housing.
	q = quoteOutput(t, "", "start=2026-05-11&rate=50&state=NY&locality=NYC&pay=weekly&rent=2100&travel=300&housing=3000")
	s = q.Summary
	// Rent May 11 to Aug 2: 1422.58 + 2100 + 2100 + 135.48 (see calc/compare).
	if s.Gross != "24000.00" || s.Frequency != "weekly" || s.Rent != "5758.06" || s.Travel != "300.00" || s.Costs != "6058.06" ||
		q.TakeHome.State != "NY" || q.TakeHome.Locality != "NYC" || q.Plan.Housing != "3000.00" || !q.TakeHome.Paychecks[1].Supplemental {
		t.Errorf("summary %+v, take-home %s %s, plan %+v", s, q.TakeHome.State, q.TakeHome.Locality, q.Plan)
	}

	// The query's own terms, and a file's.
	other := calc.DefaultPolicy()
	other.Title, other.State = "An Austin posting", "TX"
	data, err := json.Marshal(other)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := link.FormatPosting(other)
	if err != nil {
		t.Fatal(err)
	}
	if q := quoteOutput(t, "", "policy="+enc+"&start=2026-05-11"); q.Posting.Title != "An Austin posting" || q.TakeHome.State != "TX" {
		t.Errorf("policy=: %+v", q.Posting)
	}
	file := filepath.Join(t.TempDir(), "p.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if q := quoteOutput(t, "", "-policy", file, "start=2026-05-11"); q.Posting.Title != "An Austin posting" {
		t.Errorf("-policy FILE: %+v", q.Posting)
	}
	if q := quoteOutput(t, string(data), "-policy", "-", "start=2026-05-11&state=none"); q.TakeHome.State != "" {
		t.Errorf("-policy - with state=none: %+v", q.TakeHome.State)
	}
}

func TestCLIQuoteErrors(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string // lines of standard error
	}{
		{"a rate and a pay frequency", "", []string{"start=2026-05-11&rate=fifty&pay=daily"}, []string{
			`rate: Not accepted: "fifty". Enter an hourly rate in dollars, like 52.50.`,
			`pay: Not accepted: "daily". Enter one of "weekly", "biweekly", "semimonthly", "monthly".`,
		}},
		{"a start that is not a date", "", []string{"start=May&rate=50"}, []string{`start: Not accepted: "May". Enter a real date (picked in the calendar; in a link, written 2026-05-11).`}},
		{"a rent past the limit", "", []string{"start=2026-05-11&rent=2000000"}, []string{
			`rent: Not accepted: "2000000". Enter a month's rent from $0 to $1,000,000, in cents.`,
		}},
		{"a state", "", []string{"start=2026-05-11&state=XX"}, []string{
			`state: Not accepted: "XX". Enter a USPS state code in capitals, such as "CA" or "NY", or empty for none.`,
		}},
		{"a posting to fetch", "", []string{"policyUrl=/web/policy-sample.json&start=2026-06-01"}, []string{
			`policyUrl: Not accepted: "/web/policy-sample.json". Enter a posting the command line can read: it fetches nothing, so save the file and give -policy FILE.`,
		}},
		{"two postings", "{}", []string{"-policy", "-", "policy=e30&start=2026-06-01"}, []string{
			`policy: Not accepted: "e30". Enter either -policy FILE or the query's policy=, not both.`,
		}},
		{"a posting file that is not one", `{"title": "x"}`, []string{"-policy", "-", "start=2026-06-01"}, nil},
		{"not a query", "", []string{"start=%zz"}, []string{
			`query: Not accepted: "start=%zz". Enter a link's query, its values URL-encoded: start=2026-05-11&rate=50.`,
		}},
	}
	for _, tt := range tests {
		code, out, errs := runCmd(t, tt.stdin, "quote", tt.args...)
		lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
		if code != 1 || out != "" || (tt.want != nil && !slices.Equal(lines, tt.want)) {
			t.Errorf("%s: exit %d, stdout %.40q, stderr:\n%s\nwant exit 1 and:\n%s", tt.name, code, out, errs, strings.Join(tt.want, "\n"))
		}
		if tt.want == nil && !strings.HasPrefix(errs, "policy.") {
			t.Errorf("%s: %q names no policy field", tt.name, errs)
		}
	}
}

// The shipped posting's text, read and then quoted, gives the figures of
// the shipped posting itself.
func TestCLIPipeline(t *testing.T) {
	for _, plan := range []string{"start=2026-05-11", "start=2026-06-22&end=2026-09-21&rate=58&hours=45&pay=semimonthly&rent=1950&travel=420"} {
		code, policy, errs := runCmd(t, "", "read-posting", "-q", shippedText)
		if code != 0 {
			t.Fatalf("read-posting: %s", errs)
		}
		read := quoteOutput(t, policy, "-policy", "-", plan)
		shipped := quoteOutput(t, "", plan)
		if read.Summary != shipped.Summary || read.Window != shipped.Window || !jsonEqual(t, read.Checks, shipped.Checks) ||
			!jsonEqual(t, read.TakeHome, shipped.TakeHome) {
			t.Errorf("%s: read from the text\n%+v\nshipped\n%+v", plan, read.Summary, shipped.Summary)
		}
		if plan == "start=2026-05-11" && read.Summary.Gross != "25200.00" {
			t.Errorf("gross %s, want 25200.00", read.Summary.Gross)
		}
	}
}

// The same pipeline through the binary and a real shell.
func TestCLIPipelineBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no shell")
	}
	bin := filepath.Join(t.TempDir(), "offercalc")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(sh, "-c", `"$0" read-posting "$1" | "$0" quote -policy - 'start=2026-05-11'`, bin, shippedText)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the pipeline: %v\n%s", err, stderr.String())
	}
	var q quoteJSON
	if err := json.Unmarshal(out, &q); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if q.Summary.Gross != "25200.00" || q.Posting.State != "CA" {
		t.Errorf("summary %+v", q.Summary)
	}
	if !strings.Contains(stderr.String(), "read-posting: assumed:") {
		t.Errorf("the notes belong on standard error: %q", stderr.String())
	}
	for _, tt := range []struct {
		args []string
		code int
	}{{[]string{"-h"}, 0}, {[]string{"help"}, 0}, {[]string{"bogus"}, 2}, {[]string{"quote", "rate=fifty"}, 1}} {
		cmd := exec.Command(bin, tt.args...)
		out, _ := cmd.CombinedOutput()
		if got := cmd.ProcessState.ExitCode(); got != tt.code || !strings.Contains(string(out), "read-posting") && tt.code != 1 {
			t.Errorf("offercalc %q: exit %d, want %d:\n%s", tt.args, got, tt.code, out)
		}
	}
}

// Every field of quote's JSON is in the README's "Command line" section,
// and every field the section's table names is in the JSON.
func TestCLIQuoteFieldsInREADME(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Command line\n")
	if !ok {
		t.Fatal(`the README has no "## Command line" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")

	// A quote with every kind of paycheck and line: housing as its own
	// check, New York City's tax.
	_, out, _ := runCmd(t, "", "quote", "start=2026-05-11&state=NY&locality=NYC&housing=3000&rent=2100")
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	var paths []string
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				walk(strings.TrimPrefix(prefix+"."+k, "."), e)
			}
		case []any:
			if len(v) > 0 {
				if _, obj := v[0].(map[string]any); obj {
					walk(prefix+"[]", v[0])
					return
				}
			}
			paths = append(paths, prefix)
		default:
			paths = append(paths, prefix)
		}
	}
	walk("", v)
	slices.Sort(paths)
	for _, p := range paths {
		if !strings.Contains(section, "`"+p+"`") {
			t.Errorf("the README's Command line section does not document `%s`", p)
		}
	}
	// The table's first column, back.
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		first := strings.Split(line, "|")[1]
		for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(first, -1) {
			if !slices.Contains(paths, m[1]) {
				t.Errorf("the README documents `%s`, which quote does not print", m[1])
			}
		}
	}
	if len(paths) < 50 {
		t.Errorf("only %d fields: %q", len(paths), paths)
	}
}

func jsonEqual(t *testing.T, a, b any) bool {
	t.Helper()
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return bytes.Equal(x, y)
}
