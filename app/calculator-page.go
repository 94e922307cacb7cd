package main

import (
	"net/url"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/internal/saved"
)

// storageKey is where the applicant's plan for a posting is kept in local
// storage, as a URL query string; pinnedKey where the pinned plans are, as
// a JSON list of them. Each is followed by the posting's id.
const (
	storageKey = saved.PlanKey
	pinnedKey  = "offercalc.pinned.v1"
)

// calculatorPage is the calculator at "/". Its state is its controller's;
// the page passes it what the applicant does, renders what it holds, and
// keeps the plan in the URL and local storage when typing pauses.
type calculatorPage struct {
	app.Compo

	ctl *controller
	// ready is set once the wasm runs the page: it is interactive. full is
	// set once the whole page is shown: in the browser the first render
	// is the form, the headline figures and the checks, and the rest
	// follows a moment later (the prerendered page is whole).
	ready, full bool
	// The messages of the page's own actions.
	notice, exportStatus, compareStatus, letterStatus string
	postingsStatus                                    string
	copied, embedCopied                               bool
	// updateReady is set when a new version has been installed (go-app's
	// OnAppUpdate): the page offers to reload into it.
	updateReady bool
	// savedPlan is the applicant's saved plan for this posting when the
	// link opened another, which the page offers to go back to.
	savedPlan string
	pending   int // settles scheduled: the last one wins
	// typed holds what was typed into the prerendered page before the wasm
	// took over, and focus what had the focus there: the first render
	// replaces that page, so both are put back (see adopt).
	typed map[calc.Field]string
	focus focusState
	// fetch is the posting file the link names, to fetch once mounted;
	// opened the link the page last read.
	fetch, opened string
	cache         sections
}

func newCalculatorPage() app.Composer {
	c := &calculatorPage{full: app.IsServer}
	if app.IsClient {
		// Read the link now, not in OnNav, so that the page mounts with
		// its own plan, computed once; and what the applicant typed into
		// the prerendered page, which mounting replaces.
		c.typed, c.focus = prerendered()
		c.open(app.Window().URL())
	} else {
		c.ctl = newController(calc.DefaultPolicy(), nil)
	}
	return c
}

// open reads the page's link, and, when it names no plan, the plan saved
// for its posting. A posting file the link names is fetched once the page
// is mounted (startFetch).
func (c *calculatorPage) open(u *url.URL) {
	query := u.Query()
	c.ctl = &controller{maxPinned: 3}
	var dropped int
	c.ctl.postings, dropped = saved.Parse(loadString(saved.PostingsKey))
	if dropped > 0 {
		c.notice = "Some of your saved postings could not be read, and are left out."
	}
	c.fetch, c.opened = "", u.String()
	if f := c.ctl.openLink(u, query); f != nil {
		c.fetch = f.String()
		return
	}
	c.ctl.recognize()
	c.restore(query)
}

// startFetch fetches the posting file the link names, if it does.
func (c *calculatorPage) startFetch(ctx app.Context) {
	if c.fetch == "" || !app.IsClient {
		return
	}
	addr, query := c.fetch, c.ctl.waiting
	c.fetch = ""
	fetchPosting(ctx, addr, func(ctx app.Context, data []byte, why string) {
		if c.ctl.src.loading != addr {
			return // another link was opened meanwhile
		}
		c.ctl.fetched(data, why)
		c.restore(query)
		c.afterPostingChange(ctx)
	})
}

// restore puts back, when the link names no plan, the plan saved for the
// posting; when it names another, the page offers to go back to the saved
// one (it never replaces it unasked).
func (c *calculatorPage) restore(query url.Values) {
	if !app.IsClient || !c.ctl.usable() {
		return
	}
	saved := loadString(storageKey + c.ctl.policy.ID)
	if saved == "" {
		return
	}
	v, err := url.ParseQuery(saved)
	if err != nil {
		removeStored(storageKey + c.ctl.policy.ID)
		c.notice = "Your saved plan could not be read, so the calculator starts from the defaults."
		return
	}
	if !hasPlan(query) {
		c.ctl.load(c.ctl.policy, v)
		return
	}
	if v.Encode() != c.ctl.form.query().Encode() {
		c.savedPlan = saved
	}
}

// hasPlan reports whether a query holds any of the form's fields.
func hasPlan(v url.Values) bool {
	for k := range v {
		if k != link.KeyPolicy && k != link.KeyPolicyURL && v.Get(k) != "" {
			return true
		}
	}
	return false
}

// OnNav follows a navigation within the page (go-app calls it after the
// first mount too): a link that differs from what the page holds is read
// again. On the server it reads the request's link, for the prerendered
// page.
func (c *calculatorPage) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if app.IsServer {
		c.open(u)
		c.ctl.settle()
		return
	}
	if u.String() != c.opened {
		c.open(u)
		c.startFetch(ctx)
	}
}

func (c *calculatorPage) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	c.ready = true
	c.adopt()
	appReady()
	c.startFetch(ctx)
	c.ctl.setPinned(loadList(c.pinnedKey()))
	// Leaving the page within settleDelay of a keystroke must not lose it
	// from the URL and local storage. go-app dispatches its handlers later,
	// after the page is gone, so this one runs synchronously.
	onPageHide(func() {
		if c.pending > 0 {
			c.keep(ctx)
		}
	})
	c.settleLater(ctx, fullDelay)
}

// adopt carries what was typed into the prerendered page into the plan,
// as typing, and puts the focus and the caret back where they were.
func (c *calculatorPage) adopt() {
	for f, v := range c.typed {
		c.ctl.choose(f, v)
	}
	c.typed = nil
	c.focus.restore()
}

// fullDelay is how long the page waits after its first render before it
// builds the rest; settleDelay how long typing pauses before the slower
// parts, the URL and local storage follow it (history.replaceState alone
// costs milliseconds).
const (
	fullDelay   = 150 * time.Millisecond
	settleDelay = 250 * time.Millisecond
)

// settleLater settles when input pauses for d. A settle that a later one
// supersedes does nothing, not even a render.
func (c *calculatorPage) settleLater(ctx app.Context, d time.Duration) {
	c.pending++
	n := c.pending
	ctx.After(d, func(ctx app.Context) {
		if n != c.pending {
			ctx.PreventUpdate()
			return
		}
		c.settle(ctx)
	})
}

// settle brings the slower parts up to the figures and keeps the plan.
func (c *calculatorPage) settle(ctx app.Context) {
	c.pending = 0
	c.full = true
	c.ctl.settle()
	c.keep(ctx)
}

// keep mirrors the plan into the URL (in place, without a reload) and,
// once the applicant has changed something, into local storage.
func (c *calculatorPage) keep(ctx app.Context) {
	if !app.IsClient {
		return
	}
	u := *ctx.Page().URL()
	u.RawQuery = c.ctl.query().Encode()
	ctx.Page().ReplaceURL(&u)
	if c.ctl.edited && c.ctl.usable() && len(c.ctl.stale) == 0 && (!c.ctl.custom() || c.ctl.src.saved != "") {
		if err := storeString(storageKey+c.ctl.policy.ID, c.ctl.form.query().Encode()); err != nil {
			c.notice = "Your plan could not be saved on this device (" + err.Error() + "): copy the link to keep it."
		}
	}
}

// onInput is typing into a text field: the figures follow at once, the
// rest when typing pauses.
func (c *calculatorPage) onInput(f calc.Field) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.ctl.input(f, ctx.JSSrc().Get("value").String())
		if c.ctl.shown.ok {
			writeLive(liveFigures(&c.ctl.shown.quote, &c.ctl.shown.estimate))
		}
		c.copied = false
		c.settleLater(ctx, settleDelay)
	}
}

// onCommit is the applicant leaving a text field.
func (c *calculatorPage) onCommit(f calc.Field) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.ctl.commit(f)
		ctx.PreventUpdate()
	}
}

// onChoose is a choice made at once (a select, a checkbox, a button): the
// control shows it, and everything follows now.
func (c *calculatorPage) onChoose(f calc.Field, value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { c.choose(ctx, f, value) }
}

func (c *calculatorPage) choose(ctx app.Context, f calc.Field, value string) {
	c.ctl.choose(f, value)
	setValue(string(f), c.ctl.form.show(f))
	c.copied = false
	c.settle(ctx)
}

// onStartOver forgets the plan for this posting and starts from its
// default.
func (c *calculatorPage) onStartOver(ctx app.Context, e app.Event) {
	removeStored(storageKey + c.ctl.policy.ID)
	c.savedPlan = ""
	c.ctl.load(c.ctl.policy, nil)
	c.ctl.edited = false
	for _, f := range append(calc.PlanFields(), taxFields()...) {
		setValue(string(f), c.ctl.form.show(f))
	}
	c.notice = "Started over from the posting's first start date."
	c.settle(ctx)
}

// onUseSaved goes back to the plan saved for this posting.
func (c *calculatorPage) onUseSaved(ctx app.Context, e app.Event) {
	v, _ := url.ParseQuery(c.savedPlan)
	c.savedPlan = ""
	c.ctl.load(c.ctl.policy, v)
	for _, f := range append(calc.PlanFields(), taxFields()...) {
		setValue(string(f), c.ctl.form.show(f))
	}
	c.settle(ctx)
}

func (c *calculatorPage) pinnedKey() string { return pinnedKey + "." + c.ctl.policy.ID }

// onCompareClick handles the comparison's buttons: pin, and each column's
// unpin (data-unpin), which are in its HTML.
func (c *calculatorPage) onCompareClick(ctx app.Context, e app.Event) {
	btn := e.Get("target").Call("closest", "[data-unpin]")
	if !btn.Truthy() {
		ctx.PreventUpdate()
		return
	}
	i, _ := strconv.Atoi(btn.Call("getAttribute", "data-unpin").String())
	c.compareStatus = c.ctl.unpin(i)
	c.savePinned()
	c.ctl.settle()
}

func (c *calculatorPage) onPin(ctx app.Context, e app.Event) {
	c.compareStatus = c.ctl.pin()
	c.savePinned()
	c.ctl.settle()
}

func (c *calculatorPage) savePinned() {
	if len(c.ctl.pinned) == 0 {
		removeStored(c.pinnedKey())
		return
	}
	if err := storeList(c.pinnedKey(), c.ctl.pinned); err != nil {
		c.compareStatus = "The pinned plans could not be saved on this device (" + err.Error() + ")."
	}
}

// onPolicyFile loads another posting's terms from a JSON file the
// applicant picks, read in the browser.
func (c *calculatorPage) onPolicyFile(ctx app.Context, e app.Event) {
	readFile(ctx, ctx.JSSrc(), calc.MaxPolicySize, func(ctx app.Context, name string, data []byte, why string) {
		if why != "" {
			c.ctl.src.fileErr = why
			return
		}
		c.ctl.useFile(name, data)
		c.afterPostingChange(ctx)
	})
}

// onDefaultPolicy goes back to the posting the calculator ships with.
func (c *calculatorPage) onDefaultPolicy(ctx app.Context, e app.Event) {
	c.ctl.useDefault()
	c.afterPostingChange(ctx)
}

func (c *calculatorPage) afterPostingChange(ctx app.Context) {
	c.ctl.setPinned(loadList(c.pinnedKey()))
	for _, f := range append(calc.PlanFields(), taxFields()...) {
		setValue(string(f), c.ctl.form.show(f))
	}
	c.settle(ctx)
}

func (c *calculatorPage) onCopyAvailability(ctx app.Context, e app.Event) {
	copyText(ctx, c.ctl.shown.quote.Availability, func(ok bool) {
		c.copied = ok
		if !ok {
			c.notice = "The browser did not let the page copy: select the sentence and copy it."
		}
	})
}

// OnAppUpdate is go-app telling the page that a new version is installed:
// the page says so, quietly, with a reload.
func (c *calculatorPage) OnAppUpdate(ctx app.Context) { c.updateReady = true }

// onReload reloads into the new version, the plan kept first.
func (c *calculatorPage) onReload(ctx app.Context, e app.Event) {
	c.keep(ctx)
	ctx.Reload()
}
