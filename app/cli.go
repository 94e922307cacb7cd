//go:build !wasm

package main

// The command line's two calculator commands, for scripts and pipelines:
// read-posting reads a posting's text into its terms, and quote computes a
// plan with them, both writing JSON on standard output and nothing else
// there, so that one pipes into the other:
//
//	offercalc read-posting posting.txt | offercalc quote -policy - 'start=2026-05-11'
//
// Messages (problems, and what the reading assumed) go to standard error.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/shopspring/decimal"
)

// cliEnv is what a command reads and writes, so that the tests run the
// commands with buffers.
type cliEnv struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// today is read-posting's day: a posting's dates without a year are
	// in the year the text states, else the next ones from today.
	today calc.Date
}

// isHelp reports whether a first argument asks for the usage.
func isHelp(arg string) bool {
	return arg == "help" || arg == "-h" || arg == "-help" || arg == "--help"
}

// runCLI runs command cmd (read-posting, quote, or a request for help)
// and returns the exit status: 0, 1 for a problem with the input (said on
// standard error), 2 for a command used wrongly.
func runCLI(cmd string, args []string, env cliEnv) int {
	switch {
	case isHelp(cmd):
		fmt.Fprint(env.stdout, usage)
		return 0
	case cmd == "read-posting":
		return readPosting(args, env)
	case cmd == "quote":
		return quote(args, env)
	}
	fmt.Fprint(env.stderr, usage)
	return 2
}

// readPosting is `offercalc read-posting [-q] [FILE]`: the posting's text
// (FILE, or standard input without one or with "-") read with
// calc/posting, printed as the policy JSON that calc.ParsePolicy reads.
// The assumptions are in that JSON ("assumptions"); standard error says
// them too, and which pay tiers the posting offers, unless -q.
func readPosting(args []string, env cliEnv) int {
	fs := flag.NewFlagSet("read-posting", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	quiet := fs.Bool("q", false, "print only the JSON: no notes on standard error")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: offercalc read-posting [-q] [FILE]   (standard input without FILE, or with -)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageStatus(err)
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	name := fs.Arg(0)
	text, err := readInput(name, env.stdin, posting.MaxText)
	if err != nil {
		return fail(env, "read-posting", err)
	}
	r, err := posting.Read(string(text), posting.Options{Year: env.today.Year, Today: env.today})
	if err != nil {
		return fail(env, "read-posting", err)
	}
	if err := writeJSON(env.stdout, r.Policy); err != nil {
		return fail(env, "read-posting", err)
	}
	if *quiet {
		return 0
	}
	if len(r.Tiers) > 1 {
		names := make([]string, len(r.Tiers))
		for i, t := range r.Tiers {
			names[i] = t.Label + " (" + calc.Dollars(t.Band.Min) + " to " + calc.Dollars(t.Band.Max) + " an hour)"
		}
		fmt.Fprintf(env.stderr, "offercalc read-posting: the posting offers %d pay tiers: %s; the JSON has the first, %s: edit band.min and band.max for another\n",
			len(r.Tiers), strings.Join(names, ", "), r.Tiers[0].Label)
	}
	for _, a := range r.Policy.Assumptions {
		fmt.Fprintln(env.stderr, "offercalc read-posting: assumed:", a)
	}
	return 0
}

// quote is `offercalc quote [-policy FILE] QUERY`: the plan, profile and
// costs of QUERY (a calculator link's query, as calc/link reads it)
// computed with the posting of -policy FILE ("-": standard input), else
// the query's own policy= terms, else the shipped posting; printed as
// quoteJSON.
func quote(args []string, env cliEnv) int {
	fs := flag.NewFlagSet("quote", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	file := fs.String("policy", "", "a posting's terms as JSON (calc/policy.json's format), - for standard input")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: offercalc quote [-policy FILE] QUERY   (QUERY: start=2026-05-11&rate=50&state=NY, or a whole link)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageStatus(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	v, err := parseQuery(fs.Arg(0))
	if err != nil {
		return fail(env, "quote", err)
	}
	if ref := v.Get(link.KeyPolicyURL); ref != "" {
		return fail(env, "quote", calc.NewFieldError(link.KeyPolicyURL, ref, "a posting the command line can read: it fetches nothing, so save the file and give -policy FILE"))
	}
	p := calc.DefaultPolicy()
	if *file != "" {
		if v.Get(link.KeyPolicy) != "" {
			return fail(env, "quote", calc.NewFieldError(link.KeyPolicy, v.Get(link.KeyPolicy), "either -policy FILE or the query's policy=, not both"))
		}
		data, err := readInput(*file, env.stdin, calc.MaxPolicySize)
		if err == nil {
			p, err = calc.ParsePolicy(data)
		}
		if err != nil {
			return fail(env, "quote", err)
		}
	}
	o, err := link.ParseOffer(nil, v) // no page: a policyUrl was refused above
	if err != nil {
		return fail(env, "quote", err)
	}
	if o.Source.Inline {
		p = o.Source.Policy
	}
	if o.Plan.Start.IsZero() && v.Get(string(calc.FieldStart)) == "" {
		o.Plan.Start = calc.DefaultPlan(p).Start // as the calculator opens a posting
	}
	offer, err := o.Offer(p)
	if err != nil {
		return fail(env, "quote", err)
	}
	s, err := compare.Summarize(offer)
	if err != nil {
		return fail(env, "quote", err)
	}
	if err := writeJSON(env.stdout, quoteJSONOf(&p, &s)); err != nil {
		return fail(env, "quote", err)
	}
	return 0
}

// writeJSON writes v as indented JSON, "&" as itself (not \u0026: the
// titles are text, not HTML), in one write.
func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// parseQuery reads quote's QUERY: a query ("start=2026-05-11&rate=50"),
// with or without its "?", or a whole link ("https://…/?start=…").
func parseQuery(s string) (url.Values, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "://") || strings.HasPrefix(s, "/") {
		u, err := url.Parse(s)
		if err != nil {
			return nil, calc.NewFieldError("query", s, "a calculator link, or its query: start=2026-05-11&rate=50")
		}
		s = u.RawQuery
	}
	v, err := url.ParseQuery(strings.TrimPrefix(s, "?"))
	if err != nil {
		return nil, calc.NewFieldError("query", s, "a link's query, its values URL-encoded: start=2026-05-11&rate=50")
	}
	return v, nil
}

// readInput reads the file name ("" or "-": r) whole, refusing more than
// limit bytes before reading them all.
func readInput(name string, r io.Reader, limit int) ([]byte, error) {
	what := name
	if name == "" || name == "-" {
		what = "standard input"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", what, err)
	}
	if len(data) > limit {
		return nil, fmt.Errorf("%s is over %s bytes: at most %s KB", what, strconv.Itoa(limit), strconv.Itoa(limit>>10))
	}
	return data, nil
}

// fail says on standard error what is wrong: each *calc.FieldError as
// "field: message" (the message a form puts beside the field), any other
// error as it is. It returns the exit status 1.
func fail(env cliEnv, cmd string, err error) int {
	fes := calc.FieldErrors(err)
	if len(fes) == 0 {
		fmt.Fprintf(env.stderr, "offercalc %s: %v\n", cmd, err)
		return 1
	}
	for _, fe := range fes {
		fmt.Fprintf(env.stderr, "%s: %s\n", fe.Field, fieldMessage(fe))
	}
	return 1
}

// usageStatus is the exit status for a flag error: 0 for -h, else 2.
func usageStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// quoteJSON is what `offercalc quote` prints. Amounts are exact decimal
// strings with at least cents ("25200.00", "52.505"), hours exact
// ("56"), dates YYYY-MM-DD ("" for none). Every field is always there, so
// that a script need not test for it; the README's "Command line" section
// lists each, and a test keeps the two in step.
type quoteJSON struct {
	Posting  postingJSON  `json:"posting"`
	Plan     planJSON     `json:"plan"`
	Summary  summaryJSON  `json:"summary"`
	Window   windowJSON   `json:"window"`
	Checks   []checkJSON  `json:"checks"`
	TakeHome takeHomeJSON `json:"takeHome"`
}

type postingJSON struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Employer string `json:"employer"`
	Location string `json:"location"`
	State    string `json:"state"`
	Locality string `json:"locality"`
}

type planJSON struct {
	Rate         string `json:"rate"`
	HoursPerWeek string `json:"hoursPerWeek"`
	Overtime     string `json:"overtime"`
	Housing      string `json:"housing"`
}

type summaryJSON struct {
	Gross           string `json:"gross"`
	NetPerPaycheck  string `json:"netPerPaycheck"`
	Frequency       string `json:"frequency"`
	NetByLastDay    string `json:"netByLastDay"`
	HousingAfterTax string `json:"housingAfterTax"`
	Rent            string `json:"rent"`
	Travel          string `json:"travel"`
	Costs           string `json:"costs"`
	Refund          string `json:"refund"`
	Left            string `json:"left"`
	SickHours       string `json:"sickHours"`
	Holidays        int    `json:"holidays"`
	Verdict         string `json:"verdict"`
}

type windowJSON struct {
	Start         string `json:"start"`
	End           string `json:"end"`
	ProgramEnd    string `json:"programEnd"`
	CommitmentEnd string `json:"commitmentEnd"`
	Workdays      int    `json:"workdays"`
}

type checkJSON struct {
	ID      string `json:"id"`
	Status  string `json:"status"`
	Message string `json:"message"`
}

type takeHomeJSON struct {
	Year      int             `json:"year"`
	State     string          `json:"state"`
	Locality  string          `json:"locality"`
	Gross     string          `json:"gross"`
	Withheld  string          `json:"withheld"`
	Net       string          `json:"net"`
	Paychecks []paycheckJSON  `json:"paychecks"`
	Lines     []lineTotalJSON `json:"lines"`
	Sources   []sourceJSON    `json:"sources"`
	Notes     []string        `json:"notes"`
}

type paycheckJSON struct {
	Start        string     `json:"start"`
	End          string     `json:"end"`
	PayDate      string     `json:"payDate"`
	Supplemental bool       `json:"supplemental"`
	Gross        string     `json:"gross"`
	Lines        []lineJSON `json:"lines"`
	Net          string     `json:"net"`
}

type lineJSON struct {
	ID     string `json:"id"`
	Amount string `json:"amount"`
}

type lineTotalJSON struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Withheld    string `json:"withheld"`
	Owed        string `json:"owed"`
	Refund      string `json:"refund"`
	Provisional bool   `json:"provisional"`
}

type sourceJSON struct {
	What        string `json:"what"`
	Source      string `json:"source"`
	Year        int    `json:"year"`
	Provisional bool   `json:"provisional"`
}

func quoteJSONOf(p *calc.Policy, s *compare.Summary) quoteJSON {
	q, e := &s.Quote, &s.Estimate
	out := quoteJSON{
		Posting: postingJSON{ID: p.ID, Title: p.Title, Employer: p.Employer, Location: p.Location, State: p.State, Locality: p.Locality},
		Plan: planJSON{Rate: money(q.Plan.Rate), HoursPerWeek: q.Plan.HoursPerWeek.String(), Overtime: string(q.Plan.Overtime),
			Housing: money(q.Housing.Amount)},
		Summary: summaryJSON{
			Gross: money(s.Gross), NetPerPaycheck: money(s.NetPerPaycheck), Frequency: string(s.Frequency),
			NetByLastDay: money(s.NetByLastDay), HousingAfterTax: money(s.HousingAfterTax), Rent: money(s.Rent),
			Travel: money(s.Travel), Costs: money(s.Costs), Refund: money(s.Refund), Left: money(s.Left),
			SickHours: s.SickHours.String(), Holidays: s.Holidays, Verdict: string(s.Verdict),
		},
		Window: windowJSON{Start: q.Window.Start.String(), End: q.Window.End.String(), ProgramEnd: q.Window.ProgramEnd.String(),
			CommitmentEnd: q.Window.CommitmentEnd.String(), Workdays: q.Window.WorkDays},
		Checks: make([]checkJSON, len(q.Checks)),
		TakeHome: takeHomeJSON{Year: e.Year, State: e.Place.State, Locality: e.Place.Locality, Gross: money(e.Gross),
			Withheld: money(e.Withheld.Total()), Net: money(e.Net), Paychecks: make([]paycheckJSON, len(e.Paychecks)),
			Sources: make([]sourceJSON, len(e.Sources)), Notes: e.Notes},
	}
	for i, c := range q.Checks {
		out.Checks[i] = checkJSON{ID: string(c.ID), Status: string(c.Status), Message: c.Message}
	}
	lines := e.Lines()
	for i, c := range e.Paychecks {
		pc := paycheckJSON{Start: c.Start.String(), End: c.End.String(), PayDate: c.PayDate.String(), Supplemental: c.Supplemental,
			Gross: money(c.Gross), Lines: make([]lineJSON, len(lines)), Net: money(c.Net)}
		for k, l := range lines {
			pc.Lines[k] = lineJSON{ID: e.ID(l), Amount: money(c.Taxes[l])}
		}
		out.TakeHome.Paychecks[i] = pc
	}
	for _, l := range lines {
		out.TakeHome.Lines = append(out.TakeHome.Lines, lineTotalJSON{ID: e.ID(l), Label: e.Label(l), Withheld: money(e.Withheld[l]),
			Owed: money(e.Owed[l]), Refund: money(e.Refund[l]), Provisional: e.Provisional(l)})
	}
	for i, src := range e.Sources {
		out.TakeHome.Sources[i] = sourceJSON{What: src.What, Source: src.Source, Year: src.Year, Provisional: src.Provisional}
	}
	if out.TakeHome.Notes == nil {
		out.TakeHome.Notes = []string{}
	}
	return out
}

// money writes an amount exactly, with at least cents: "25200.00",
// "52.505", "-12.30". Every amount here is bounded (Compute's limits), so
// String is cheap.
func money(d decimal.Decimal) string {
	s := d.String()
	if dot := strings.IndexByte(s, '.'); dot < 0 || len(s)-dot-1 < 2 {
		return d.StringFixed(2)
	}
	return s
}
