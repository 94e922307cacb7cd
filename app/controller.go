package main

import (
	"net/url"
	"slices"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/offercalc/offercalc/internal/saved"
)

// controller holds the state of one calculator (the page's, or a
// widget's): the posting, the form's text, and the figures shown for it.
// It is plain Go, with no go-app in it, so that it is tested natively; the
// components only render what it holds and pass it what the applicant
// does. Data flows one way: text typed or chosen → the form → calc/link
// parses it → calc.Compute → tax.Compute → the figures.
//
// The figures are always one plan's. While a field holds text that cannot
// be used, they are the plan as it was before that edit began (each such
// field at the value it had when the applicant last left it, or without
// it), and stale lists the fields they leave out, for the page to say so:
// a prefix of what is being typed ("20" on the way to "200") never decides
// them.
type controller struct {
	policy calc.Policy
	src    postingSource
	// problem says why there is no posting to compute with (terms in a
	// link that cannot be read, a file still loading); the page then
	// shows it and no figures.
	problem string
	// waiting is the plan's query while the posting is fetched.
	waiting url.Values

	form form
	// committed is each field's text as of the last time the applicant
	// left it (or the app set it): what an unusable field goes back to.
	committed url.Values

	shown  figures
	stale  []calc.Field // fields whose text the figures leave out, in form order
	edited bool         // the applicant changed something since the page opened

	// The slower parts, brought up to the figures by settle: the window
	// day by day, and the comparison of start dates and pinned plans.
	settled   int // the figures' version when last settled
	view      int // names what settle computed, for caching (see figuresComputed)
	days      []calc.Day
	compare   []compareColumn
	problems  []string // pinned plans this posting cannot compute
	pinned    []string // plans pinned by the applicant, as queries
	maxPinned int

	// postings are your postings, as kept on this device.
	postings []saved.Posting
}

// postingSource is where the posting came from.
type postingSource struct {
	// from is "" for the posting the calculator ships with; else where it
	// came from, for the page to say: "the link", a file's name.
	from string
	// keys are the posting's query keys (calc/link's policy or
	// policyUrl), carried into every link the page writes.
	keys url.Values
	// loading is the address being fetched, while it is.
	loading string
	// fileErr says why a file the applicant picked was not used; the
	// posting stays as it was.
	fileErr string
	// saved is the id of your posting this is, if it is one: its plan is
	// kept on this device, as the shipped posting's is.
	saved string
}

// figuresComputed counts the figures computed by every controller, so
// that a version names one set of figures wherever it is cached.
var figuresComputed int

// figures are one plan's results: its quote and take-home estimate.
type figures struct {
	version  int // which figures these are: see figuresComputed
	quote    calc.Quote
	estimate tax.Estimate
	ok       bool // there are figures (the posting computes)
}

// newController starts a calculator for the posting with the form's text
// from a link (the query's plan and profile keys).
func newController(p calc.Policy, query url.Values) *controller {
	c := &controller{maxPinned: 3}
	c.load(p, query)
	return c
}

// openLink reads a page's link: its posting (the default, terms in the
// link, or a file on the same site) and its plan. For a file, it returns
// the address to fetch, and the page calls fetched when it is there; until
// then there are no figures.
func (c *controller) openLink(page *url.URL, query url.Values) *url.URL {
	if ref := query.Get(link.KeyPolicyURL); ref != "" && query.Get(link.KeyPolicy) == "" && page.Host == "" {
		// A page with no origin (one the server prerenders) cannot check
		// the address: the browser fetches it, and this page waits.
		c.src = postingSource{from: ref, keys: url.Values{link.KeyPolicyURL: {ref}}, loading: ref}
		c.waiting = query
		c.fail("")
		return nil
	}
	src, err := link.ParseSource(page, query)
	keys, _ := link.FormatSource(src)
	if err != nil {
		keys = url.Values{}
		for _, k := range link.PostingKeys() {
			if v := query.Get(k); v != "" {
				keys.Set(k, v)
			}
		}
	}
	c.src = postingSource{keys: keys}
	if !src.IsDefault() {
		c.src.from = "the link"
	}
	switch {
	case err != nil:
		c.fail(policyMessage(err, inLink))
	case src.URL != nil:
		c.src.loading, c.src.from = src.URL.String(), src.URL.Path
		c.waiting = query
		c.fail("")
		return src.URL
	default:
		c.load(src.Policy, query)
	}
	return nil
}

// fetched is the posting file the link named, as fetched (or why it could
// not be).
func (c *controller) fetched(data []byte, why string) {
	addr := c.src.loading
	c.src.loading = ""
	if why != "" {
		c.fail("The posting's terms could not be read from " + addr + ": " + why + ".")
		return
	}
	p, err := calc.ParsePolicy(data)
	if err != nil {
		c.fail(policyMessage(err, "at "+addr))
		return
	}
	c.load(p, c.waiting)
}

// useFile computes a posting the applicant loaded from a file: its terms
// go into the link (the policy key), so that the URL, the widget and the
// embed snippet carry it, and the plan starts again from its first date.
func (c *controller) useFile(name string, data []byte) {
	p, err := calc.ParsePolicy(data)
	var enc string
	if err == nil {
		enc, err = link.FormatPosting(p)
	}
	if err != nil {
		c.src.fileErr = name + ": " + policyMessage(err, "in the file")
		return
	}
	c.src = postingSource{from: name, keys: url.Values{link.KeyPolicy: {enc}}}
	c.restart(p)
}

// useDefault goes back to the posting the calculator ships with.
func (c *controller) useDefault() {
	c.src = postingSource{keys: url.Values{}}
	c.restart(calc.DefaultPolicy())
}

// restart computes another posting with the form's plan, its dates
// started again from the posting's first date.
func (c *controller) restart(p calc.Policy) {
	v := c.form.query()
	v.Del(string(calc.FieldStart))
	v.Del(string(calc.FieldEnd))
	c.load(p, v)
	c.edited = true
}

// custom reports whether the posting is not the one the calculator ships
// with.
func (c *controller) custom() bool { return c.src.from != "" }

// load shows another posting, with the plan in query; a plan's start that
// the query does not give is the posting's default.
func (c *controller) load(p calc.Policy, query url.Values) {
	c.policy, c.problem = p, ""
	v := url.Values{}
	for k, vs := range query {
		if !slices.Contains(link.PostingKeys(), k) {
			v[k] = vs
		}
	}
	if v.Get(string(calc.FieldStart)) == "" {
		if d := calc.DefaultPlan(p).Start; !d.IsZero() {
			v.Set(string(calc.FieldStart), d.String())
		}
	}
	c.form = newForm(v)
	c.committed = c.form.query()
	c.recompute()
}

// fail shows why the posting cannot be computed, and no figures; an empty
// why is a posting still loading.
func (c *controller) fail(why string) {
	c.policy, c.problem = calc.Policy{}, why
	figuresComputed++
	c.shown = figures{version: figuresComputed}
	c.stale = nil
}

// input is a keystroke in a text field: the figures follow it. Typing on
// (or deleting back) continues an edit; text that replaces the field's
// (a selection typed over) begins another, and the text it replaces, if
// it could be used, is what the field goes back to while the new one
// cannot be.
func (c *controller) input(f calc.Field, text string) {
	if prev := c.form.get(f); !strings.HasPrefix(text, prev) && !strings.HasPrefix(prev, text) {
		c.commit(f)
	}
	c.form.set(f, text)
	c.edited = true
	c.recompute()
}

// commit is the applicant leaving a field (or a choice made at once): its
// text, if it can be used, is what it goes back to if a later edit cannot.
func (c *controller) commit(f calc.Field) {
	if !slices.Contains(c.stale, f) {
		if v := c.form.get(f); v != "" {
			c.committed.Set(string(f), v)
		} else {
			c.committed.Del(string(f))
		}
	}
}

// choose sets a field for the applicant (a start-date button, a select, a
// checkbox, the slider): the control shows it and it is committed.
func (c *controller) choose(f calc.Field, text string) {
	c.form.choose(f, text)
	c.edited = true
	c.recompute()
	c.commit(f)
}

// recompute computes the form's plan and profile, or, while fields hold
// text that cannot be used, the plan without those edits: each such field
// goes back to its committed text, or, if that cannot be used either (a
// bad value in a link), is left out. The usual keystroke costs one pass.
func (c *controller) recompute() {
	if !c.usable() {
		return
	}
	errs := map[calc.Field]string{}
	var bad []calc.Field
	cur := c.form.values
	var fig figures
	for pass := 0; ; pass++ {
		var failed []calc.Field
		fig, failed = c.compute(cur, c.form.values, errs)
		if len(failed) == 0 {
			break
		}
		if pass == 3 { // nothing of the form computes: the posting's own default
			fig, _ = c.compute(url.Values{string(calc.FieldStart): {calc.DefaultPlan(c.policy).Start.String()}}, nil, nil)
			break
		}
		if pass == 0 {
			cur = url.Values{}
			for k, vs := range c.form.values {
				cur[k] = vs
			}
		}
		for _, f := range failed {
			if !slices.Contains(bad, f) {
				bad = append(bad, f)
			}
			k := string(f)
			if back := c.committed.Get(k); back != "" && back != cur.Get(k) {
				cur.Set(k, back)
			} else {
				cur.Del(k)
			}
		}
	}
	c.form.errs = errs
	c.stale = inFormOrder(bad)
	figuresComputed++
	fig.version = figuresComputed
	c.shown = fig
}

// inFormOrder sorts fields in the order of the form, any other after.
func inFormOrder(fs []calc.Field) []calc.Field {
	var out []calc.Field
	for _, f := range append(calc.PlanFields(), tax.ProfileFields()...) {
		if slices.Contains(fs, f) {
			out = append(out, f)
		}
	}
	for _, f := range fs {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// compute computes the plan and profile in v and returns the fields it
// cannot use. A message for each goes into errs, when the text is the
// form's own (typed is the form's values): a message is about what the
// applicant sees in the field.
func (c *controller) compute(v, typed url.Values, errs map[calc.Field]string) (figures, []calc.Field) {
	var failed []calc.Field
	note := func(err error) {
		fes := calc.FieldErrors(err)
		if err != nil && len(fes) == 0 { // an error that names no field: still say so
			fes = []*calc.FieldError{{Field: calc.FieldStart, Want: err.Error()}}
		}
		for _, fe := range fes {
			if !slices.Contains(failed, fe.Field) {
				failed = append(failed, fe.Field)
			}
			if _, seen := errs[fe.Field]; errs != nil && !seen && v.Get(string(fe.Field)) == typed.Get(string(fe.Field)) {
				errs[fe.Field] = fieldMessage(fe)
			}
		}
	}
	plan, err := link.ParsePlan(v)
	note(err)
	profile, err := link.ParseProfile(v, tax.ProfileFor(c.policy))
	note(err)
	if len(failed) > 0 {
		return figures{}, failed
	}
	q, err := c.quote(plan)
	note(err)
	if err != nil {
		return figures{}, failed
	}
	est, err := tax.Compute(q, profile)
	note(err)
	return figures{quote: q, estimate: est, ok: err == nil}, failed
}

// quote computes a plan with the posting: the app's one call of
// calc.Compute.
func (c *controller) quote(plan calc.Plan) (calc.Quote, error) { return calc.Compute(c.policy, plan) }

// profile returns the take-home profile the figures were estimated with.
func (c *controller) profile() tax.Profile { return c.shown.estimate.Profile }

// settle brings the slower parts up to the figures: the days of the
// window and the comparison. It does nothing when they are up to date.
func (c *controller) settle() {
	if c.settled == c.shown.version {
		return
	}
	c.settled = c.shown.version
	figuresComputed++
	c.view = figuresComputed
	c.days, c.compare, c.problems = nil, nil, nil
	if !c.shown.ok {
		return
	}
	c.days = c.shown.quote.Days()
	c.compare, c.problems = compareColumns(c.policy, c.shown.quote.Plan, c.pinned, c.quote)
}

// query is the page's link: every field of the form as typed, valid or
// not, and the posting's keys.
func (c *controller) query() url.Values {
	v := c.form.query()
	for k, vs := range c.src.keys {
		v[k] = vs
	}
	return v
}

// usable reports whether there is a posting to compute with.
func (c *controller) usable() bool { return c.problem == "" && c.src.loading == "" }

// pin pins the plan shown beside the published start dates, and reports
// what it did, for the page to say.
func (c *controller) pin() string {
	q := link.FormatPlan(c.shown.quote.Plan).Encode()
	switch {
	case slices.Contains(c.pinned, q):
		return "This plan is already pinned."
	case len(c.pinned) >= c.maxPinned:
		return "Three plans are pinned: unpin one first."
	}
	c.setPinned(append(c.pinned, q))
	return "Pinned: the plan is the table's last column."
}

// unpin removes pinned plan i.
func (c *controller) unpin(i int) string {
	if i < 0 || i >= len(c.pinned) {
		return ""
	}
	c.setPinned(slices.Delete(slices.Clone(c.pinned), i, i+1))
	return "Unpinned."
}

// setPinned sets the pinned plans (as read from storage: those that do not
// parse are dropped), and compares them at the next settle.
func (c *controller) setPinned(qs []string) {
	c.pinned = nil
	for _, s := range qs {
		if v, err := url.ParseQuery(s); err == nil && len(c.pinned) < c.maxPinned {
			if _, err := link.ParsePlan(v); err == nil {
				c.pinned = append(c.pinned, s)
			}
		}
	}
	c.settled = -1
}

// pinnable reports whether the plan shown can be pinned: it is the form's
// own, and not pinned already.
func (c *controller) pinnable() bool {
	if !c.shown.ok || len(c.stale) > 0 || len(c.pinned) >= c.maxPinned {
		return false
	}
	return !slices.Contains(c.pinned, link.FormatPlan(c.shown.quote.Plan).Encode())
}

// policyMessage is a posting's error as a sentence: a field error names
// the field and what it accepts, as a form does; an error about the terms
// as a whole (not JSON, not one object, an empty file) says where they
// came from: from is "in this link (policy)", "at" an address, "in the
// file".
func policyMessage(err error, from string) string {
	fes := calc.FieldErrors(err)
	if len(fes) == 0 {
		return "The posting's terms " + from + " are invalid: " + err.Error() + "."
	}
	fe := fes[0]
	switch fe.Field {
	case calc.Field(link.KeyPolicy):
		return "The posting's terms " + from + ": " + fieldMessage(fe)
	case calc.Field(link.KeyPolicyURL):
		return "The posting's address in this link (" + link.KeyPolicyURL + "): " + fieldMessage(fe)
	}
	return "The posting's terms are invalid at " + string(fe.Field) + ": " + fieldMessage(fe)
}

// inLink is policyMessage's from for terms in the link.
const inLink = "in this link (" + link.KeyPolicy + ")"
