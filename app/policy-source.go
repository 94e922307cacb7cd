package main

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
)

// policySource is the posting a page computes with and where it came from:
// the default, the policy query key (the terms in the link), the policyUrl
// key (a JSON file on this site, fetched in the browser) or a file the
// applicant loaded. While a file is fetched, or when the terms are invalid,
// there is no policy: the page shows why, and no figures.
type policySource struct {
	policy calc.Policy
	// keys are the policy's query keys as given, carried into every link
	// the page writes (the URL, the widget's, the embed snippet).
	keys url.Values
	// custom is set when the posting is not the default.
	custom bool
	// from says where a custom posting came from, for the page to show.
	from string
	// loading is the address being fetched; err why there is no policy.
	loading string
	err     string
	// fileErr says why a file the applicant loaded was not used; the
	// posting stays as it was.
	fileErr string
	// gen numbers the reads, so that a fetch that ends after another read
	// is dropped.
	gen int
}

// usable reports whether there is a policy to compute with.
func (s *policySource) usable() bool { return s.err == "" && s.loading == "" }

// read takes the policy keys out of a page's query and returns the rest. It
// sets the policy at once (the default, or the terms in the link), or, for
// a policyUrl on the client, starts fetching it and calls done on the UI
// goroutine when the policy is there or has failed. On the server a
// policyUrl is left loading: the browser fetches it.
func (s *policySource) read(ctx app.Context, v url.Values, done func(app.Context)) url.Values {
	s.gen++
	rest, keys := url.Values{}, url.Values{}
	for k, vs := range v {
		if k == link.KeyPolicy || k == link.KeyPolicyURL {
			keys[k] = vs
		} else {
			rest[k] = vs
		}
	}
	*s = policySource{keys: keys, gen: s.gen, policy: calc.DefaultPolicy()}
	if len(keys) == 0 {
		return rest
	}
	s.custom, s.from = true, "the link"
	if keys.Get(link.KeyPolicyURL) != "" && !app.IsClient {
		s.policy, s.loading = calc.Policy{}, keys.Get(link.KeyPolicyURL)
		return rest
	}
	src, err := link.ParseSource(app.Window().URL(), keys)
	s.policy = src.Policy
	switch {
	case err != nil:
		s.err = policyMessage(err)
	case src.URL != nil:
		s.loading, s.from = src.URL.String(), src.URL.Path
		s.fetch(ctx, src.URL.String(), s.gen, done)
	}
	return rest
}

// fetch gets a policy file from this site with the browser's fetch, which
// the Content-Security-Policy (connect-src 'self') also keeps on this
// origin, and parses it.
func (s *policySource) fetch(ctx app.Context, u string, gen int, done func(app.Context)) {
	finish := func(ctx app.Context, p calc.Policy, err string) {
		if s.gen != gen {
			return
		}
		s.loading = ""
		if err != "" {
			s.err = err
		} else {
			s.policy = p
		}
		done(ctx)
	}
	fail := func(ctx app.Context, why string) {
		finish(ctx, calc.Policy{}, "The posting's terms could not be read from "+u+": "+why+".")
	}
	opts := map[string]any{"credentials": "same-origin", "cache": "no-cache"}
	promise(ctx, app.Window().Call("fetch", u, opts), func(ctx app.Context, res app.Value) {
		switch {
		case !res.Get("ok").Bool():
			fail(ctx, "the server answered "+strconv.Itoa(res.Get("status").Int()))
			return
		case sameOrigin(res.Get("url").String()) != nil:
			fail(ctx, "it was redirected to another site")
			return
		}
		promise(ctx, res.Call("text"), func(ctx app.Context, text app.Value) {
			body := text.String()
			if len(body) > calc.MaxPolicySize {
				fail(ctx, "the file is larger than "+strconv.Itoa(calc.MaxPolicySize>>10)+" KB")
				return
			}
			p, err := calc.ParsePolicy([]byte(body))
			if err != nil {
				finish(ctx, calc.Policy{}, policyMessage(err))
				return
			}
			finish(ctx, p, "")
		}, fail)
	}, fail)
}

// sameOrigin checks a URL the browser reports (a response's, after any
// redirect) against the page's origin.
func sameOrigin(raw string) error {
	if raw == "" {
		return nil // an opaque or synthetic response names none
	}
	_, err := link.PostingURL(app.Window().URL(), raw)
	return err
}

// use sets a posting the applicant loaded from a file: its JSON goes into
// the link (the policy key), so that the URL, the widget and the embed
// snippet carry it.
func (s *policySource) use(p calc.Policy, name string) error {
	enc, err := link.FormatPosting(p)
	if err != nil {
		return err
	}
	s.gen++
	*s = policySource{policy: p, keys: url.Values{link.KeyPolicy: {enc}}, custom: true, from: name, gen: s.gen}
	return nil
}

// reset goes back to the default posting.
func (s *policySource) reset() {
	s.gen++
	*s = policySource{policy: calc.DefaultPolicy(), keys: url.Values{}, gen: s.gen}
}

// withKeys returns a plan's query with the policy's keys added.
func (s *policySource) withKeys(plan url.Values) url.Values {
	out := url.Values{}
	for k, vs := range plan {
		out[k] = vs
	}
	for k, vs := range s.keys {
		out[k] = vs
	}
	return out
}

// policyMessage is a policy error as a sentence: a field error names the
// field and what it accepts, as a form does.
func policyMessage(err error) string {
	if fes := calc.FieldErrors(err); len(fes) > 0 {
		fe := fes[0]
		what := "The posting's terms"
		switch fe.Field {
		case calc.Field(link.KeyPolicy):
			what = "The posting's terms in this link (" + link.KeyPolicy + ")"
		case calc.Field(link.KeyPolicyURL):
			what = "The posting's address in this link (" + link.KeyPolicyURL + ")"
		default:
			what += " are invalid at " + string(fe.Field)
		}
		return what + ": " + fieldMessage(fe)
	}
	return "The posting's terms are invalid: " + strings.TrimPrefix(strings.TrimPrefix(err.Error(), "calc: "), "parsing policy: ") + "."
}

// promise calls ok with what a JavaScript promise resolves to, or fail with
// why it was rejected, on the UI goroutine.
func promise(ctx app.Context, p app.Value, ok func(app.Context, app.Value), fail func(app.Context, string)) {
	var onOK, onFail app.Func
	release := func() {
		onOK.Release()
		onFail.Release()
	}
	onOK = app.FuncOf(func(this app.Value, args []app.Value) any {
		v := app.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		release()
		ctx.Dispatch(func(ctx app.Context) { ok(ctx, v) })
		return nil
	})
	onFail = app.FuncOf(func(this app.Value, args []app.Value) any {
		why := "the browser gave no reason"
		if len(args) > 0 && args[0].Truthy() {
			if m := args[0].Get("message"); m.Truthy() {
				why = m.String()
			} else {
				why = args[0].Call("toString").String()
			}
		}
		release()
		ctx.Dispatch(func(ctx app.Context) { fail(ctx, why) })
		return nil
	})
	p.Call("then", onOK, onFail)
}

// baseline computes the posting's own default plan: its first published
// start date (or the first day of its first season), nothing else given.
// A page shows it as its last valid plan when the plan it was given does
// not compute, as it shows the default posting's on first render: never a
// quote of another posting.
func (s *policySource) baseline() (calc.Quote, bool) {
	if !s.usable() {
		return calc.Quote{}, false
	}
	q, err := calc.Compute(s.policy, calc.Plan{Start: firstStart(s.policy)})
	return q, err == nil
}

// firstStart is the first published start date of a posting, or the first
// day of its first season when it publishes none.
func firstStart(p calc.Policy) calc.Date {
	if d := p.StartDates(); len(d) > 0 {
		return d[0]
	}
	if len(p.Seasons) > 0 {
		return p.Seasons[0].From
	}
	return calc.Date{}
}

// withDefaultStart gives a plan's query the posting's first season's first
// day as its start when it has none and the posting publishes no start
// dates (newPlanForm fills in the first published one).
func withDefaultStart(v url.Values, p calc.Policy) url.Values {
	if v.Get(string(calc.FieldStart)) != "" || len(p.StartDates()) > 0 || len(p.Seasons) == 0 {
		return v
	}
	out := url.Values{}
	for k, vs := range v {
		out[k] = vs
	}
	out.Set(string(calc.FieldStart), p.Seasons[0].From.String())
	return out
}
