package main

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
)

// The posting the main page computes: read from the link (the policy and
// policyUrl query keys) or from a file the applicant loads, shown by name,
// and carried into every link the page writes.

// readPolicy takes the posting's keys out of the page's query and returns
// the plan's. A posting in the link is set at once; one at a policyUrl
// arrives later, and the plan is computed again then.
func (c *calculatorPage) readPolicy(ctx app.Context, v url.Values) url.Values {
	var plan url.Values
	plan = c.src.read(ctx, v, func(ctx app.Context) {
		c.switchPolicy()
		values := c.form.query()
		if plan.Get(string(calc.FieldStart)) == "" {
			values.Del(string(calc.FieldStart)) // the default posting's first date
		}
		c.form = newPlanForm(withDefaultStart(values, c.policy), c.policy)
		c.update()
		c.settle(ctx)
	})
	if !c.src.custom {
		return plan
	}
	c.switchPolicy()
	if d := firstStart(c.policy); plan.Get(string(calc.FieldStart)) == "" && !d.IsZero() {
		// A link to another posting starts from its own first date, not
		// from a plan saved for the default posting.
		plan.Set(string(calc.FieldStart), d.String())
	}
	return plan
}

// switchPolicy makes the source's posting the page's. The quote shown
// until the plan computes is the posting's own default plan, never one
// from the posting before.
func (c *calculatorPage) switchPolicy() {
	c.policy = c.src.policy
	if q, ok := c.src.baseline(); ok {
		c.quote = q
		c.settleNow()
	}
}

// pageQuery is the page's URL query: the form's plan and the posting's
// keys.
func (c *calculatorPage) pageQuery() url.Values { return c.src.withKeys(c.form.query()) }

// onPolicyFile loads another posting's terms from a JSON file the applicant
// picks. An invalid file leaves the posting shown as it was, with a
// message; a valid one replaces it, and the plan's dates start again from
// its first start date.
func (c *calculatorPage) onPolicyFile(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	input.Set("value", "") // so that picking the same file again loads it again
	if size := file.Get("size").Int(); size > calc.MaxPolicySize {
		c.src.fileErr = name + ": the file is " + strconv.Itoa(size>>10) + " KB; a posting's terms fit in " + strconv.Itoa(calc.MaxPolicySize>>10) + " KB."
		return
	}
	promise(ctx, file.Call("text"), func(ctx app.Context, text app.Value) {
		data := []byte(text.String())
		p, err := calc.ParsePolicy(data)
		if err == nil {
			err = c.src.use(p, name)
		}
		if err != nil {
			c.src.fileErr = name + ": " + policyMessage(err)
			return
		}
		c.restartPlan(ctx)
	}, func(ctx app.Context, why string) {
		c.src.fileErr = name + " could not be read: " + why
	})
}

// onDefaultPolicy goes back to the posting the calculator ships with.
func (c *calculatorPage) onDefaultPolicy(ctx app.Context, e app.Event) {
	c.src.reset()
	c.restartPlan(ctx)
}

// restartPlan computes the plan again after the posting changed, its dates
// reset to the new posting's first start date.
func (c *calculatorPage) restartPlan(ctx app.Context) {
	c.switchPolicy()
	values := c.form.query()
	values.Del(string(calc.FieldStart))
	values.Del(string(calc.FieldEnd))
	c.form = newPlanForm(withDefaultStart(values, c.policy), c.policy)
	c.changed(ctx)
}

// renderPostingSource says, above the form, that the page computes another
// posting than its own, and where its terms came from. It holds nothing to
// focus: from the top of the page, Tab goes to the form first.
func (c *calculatorPage) renderPostingSource() app.UI {
	if !c.src.custom {
		return app.Text("")
	}
	p := &c.policy
	employer := ""
	if p.Employer != "" {
		employer = " · " + p.Employer
	}
	return app.P().ID("posting-source").Class("notice").Body(
		app.Text("Computing another posting's terms, from "+c.src.from+": "),
		app.Strong().Text(p.Title),
		app.Text(employer+". Its figures follow its terms; \"Compute another posting\", below, goes back to the calculator's own."),
	)
}

// renderPosting names the posting the page computes and where its terms
// come from, and loads another from a file.
func (c *calculatorPage) renderPosting() app.UI {
	p := &c.policy
	from := "the posting the calculator ships with"
	if c.src.custom {
		from = "from " + c.src.from
	}
	return boolAttr(app.Details().ID("posting-panel").Class("tools posting-panel"), c.src.custom || c.src.fileErr != "", app.HTMLDetails.Open).Body(
		app.Summary().Body(
			app.Text("Compute another posting · now "),
			app.Strong().ID("posting-name").Text(p.Title),
			app.Text(" · "),
			app.Span().ID("posting-employer").Text(p.Employer),
			app.Text(" ("+from+")"),
		),
		app.Div().Class("posting-body").Body(
			app.P().Class("hint").Text("Another posting's terms, as a policy JSON file (the format is in the README, \"Embed it\"), are read in your browser: the file is not uploaded anywhere."),
			app.Label().For("policy-file").Text("Load another posting's terms"),
			app.Input().Type("file").ID("policy-file").Accept(".json,application/json").
				Aria("describedby", "policy-file-error").
				OnChange(c.onPolicyFile),
			app.P().ID("policy-file-error").Class("field-error").Role("alert").Text(c.src.fileErr),
			app.If(c.src.custom, func() app.UI {
				return app.Button().Type("button").ID("default-policy").Class("secondary").
					Text("Back to the default posting").OnClick(c.onDefaultPolicy)
			}),
		),
	)
}

// renderPostingProblem is the whole page while the posting's terms load or
// when they are invalid: no form and no figures.
func (c *calculatorPage) renderPostingProblem() app.UI {
	root := app.Div().ID("calculator").Class("page")
	if c.ready {
		root = root.DataSet("ready", "true").DataSet("full", "true")
	}
	return root.Body(
		app.Header().Class("masthead").Body(
			app.H1().Text("Internship offer calculator"),
		),
		app.Main().Body(
			renderPolicyProblem(&c.src),
			app.P().Body(app.A().ID("open-default").Href("/").Text("Open the calculator with the posting it ships with")),
		),
	)
}
