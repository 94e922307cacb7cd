package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/offercalc/offercalc/internal/markup"
	"github.com/shopspring/decimal"
)

// notGiven is the value of a select's "not given" option: go-app drops an
// empty value attribute, and the option's text would then be its value.
const notGiven = "-"

// fieldLabel is the label of a field, as the form shows it.
func fieldLabel(f calc.Field) string {
	switch f {
	case calc.FieldStart:
		return "First day of work"
	case calc.FieldEnd:
		return "Last day you are available"
	case calc.FieldRate:
		return "Hourly rate (USD)"
	case calc.FieldHours:
		return "Hours a week"
	case calc.FieldOvertime:
		return "Overtime rule"
	case calc.FieldMode:
		return "Work mode"
	case calc.FieldHousing:
		return "Housing allowance (USD, lump sum)"
	case calc.FieldDegree:
		return "Degree you are pursuing"
	case calc.FieldDiscipline:
		return "Field of study"
	case calc.FieldGrad:
		return "Expected graduation date"
	case calc.FieldApps:
		return "Other positions you have applied to"
	case tax.FieldPay:
		return "Pay frequency"
	case tax.FieldOther:
		return "Other wages this year (USD)"
	case tax.FieldAllowances:
		return "State withholding allowances"
	case tax.FieldF1:
		return "F-1 or J-1 student"
	case tax.FieldPartYear:
		return "Part-year withholding method"
	case tax.FieldState:
		return "State you are taxed in"
	case tax.FieldLocality:
		return "New York City resident"
	case tax.FieldCountry:
		return "Treaty country"
	case tax.FieldTreaty:
		return "Wages a treaty exempts (USD)"
	case tax.FieldHousingPaid:
		return "Housing paid as"
	case tax.FieldLastJob:
		return "Last day of an earlier job this year"
	}
	return ""
}

// renderEssentials is the start of the form: the few fields that decide
// the figures (when, and at what rate), before the headline figures on a
// phone.
func (c *calculatorPage) renderEssentials() app.UI {
	p := &c.ctl.policy
	w := c.ctl.shown.quote.Window
	start := c.ctl.form.get(calc.FieldStart)
	end := c.ctl.form.get(calc.FieldEnd)
	dates := p.StartDates()
	chips := make([]app.UI, len(dates))
	for i, d := range dates {
		chips[i] = chip(calc.FieldStart, d.String(), d.String() == start, d.Format("Jan 2"), c.onChoose)
	}
	return app.Form().Class("plan essentials").Aria("labelledby", "plan-title").
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(
			rawElem("h2", "Your plan", "id", "plan-title"),
			c.field(calc.FieldStart, p.Lines.Seasons,
				app.Div().Class("chips").Role("group").Aria("label", "Published start dates").Body(chips...),
				c.dateInput(calc.FieldStart),
				c.checkNote(calc.FieldStart, calc.CheckSeason),
			),
			c.field(calc.FieldEnd, "Empty: the end of the program. "+p.Lines.Commitment,
				c.dateInput(calc.FieldEnd),
				c.checkNote(calc.FieldEnd, calc.CheckProgramLength),
				app.Div().Class("chips plan-dependent").Role("group").Aria("label", "Set the last day").Body(
					chip(calc.FieldEnd, w.ProgramEnd.String(), end == w.ProgramEnd.String(), plural(p.ProgramWeeks, "week")+": "+w.ProgramEnd.Format("Jan 2"), c.onChoose),
					app.If(!w.CommitmentEnd.IsZero(), func() app.UI {
						return chip(calc.FieldEnd, w.CommitmentEnd.String(), end == w.CommitmentEnd.String(), plural(p.CommitmentMonths, "month")+": "+w.CommitmentEnd.Format("Jan 2"), c.onChoose)
					}),
				),
			),
			c.field(calc.FieldRate, p.Lines.Band+" Empty: the midpoint, "+calc.Dollars(p.Band.Mid())+".",
				c.rateSlider(),
				c.textInput(calc.FieldRate, "decimal", p.Band.Mid().StringFixed(2)),
			),
		)
}

// renderDetails is the rest of the form.
func (c *calculatorPage) renderDetails() app.UI {
	p := &c.ctl.policy
	f := &c.ctl.form
	return app.Form().Class("plan details").Aria("label", "More about your plan").
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(
			app.FieldSet().Body(
				rawElem("legend", "Hours"),
				c.field(calc.FieldHours, "Full-time is taken as "+p.HoursPerWeek.String()+" hours, Monday to Friday.",
					c.textInput(calc.FieldHours, "decimal", p.HoursPerWeek.String()),
				),
				c.field(calc.FieldOvertime, "California pays 1.5× over 8 hours a day and 40 a week, 2× over 12 a day; federal law only over 40 a week.",
					c.selectInput(calc.FieldOvertime, string(c.ctl.shown.quote.Plan.Overtime), false, []option{
						{string(calc.California), "California: daily and weekly"},
						{string(calc.Federal), "Federal: weekly only"},
					}),
				),
			),
			app.FieldSet().Body(
				rawElem("legend", "Work mode and housing"),
				c.field(calc.FieldMode, p.Lines.Housing,
					c.selectInput(calc.FieldMode, f.get(calc.FieldMode), true, []option{
						{string(calc.Onsite), "On-site"}, {string(calc.Hybrid), "Hybrid"}, {string(calc.Remote), "Fully remote"},
					}),
				),
				c.field(calc.FieldHousing, "The posting publishes no amount: enter the one in your offer.",
					c.textInput(calc.FieldHousing, "decimal", "0"),
				),
			),
			app.FieldSet().Body(
				rawElem("legend", "About you"),
				c.field(calc.FieldDegree, p.Lines.Enrolled,
					c.selectInput(calc.FieldDegree, f.get(calc.FieldDegree), true, []option{
						{string(calc.Bachelor), "Bachelor's"}, {string(calc.Master), "Master's"},
						{string(calc.Doctorate), "Doctorate"}, {string(calc.NoDegree), "Not enrolled"},
					}),
				),
				c.field(calc.FieldDiscipline, "",
					c.selectInput(calc.FieldDiscipline, f.get(calc.FieldDiscipline), true, []option{
						{string(calc.ComputerScience), "Computer science"}, {string(calc.Software), "Software development"},
						{string(calc.ComputerEngineering), "Computer engineering"}, {string(calc.RelatedField), "Another technical field"},
						{string(calc.OtherField), "Another field"},
					}),
				),
				c.field(calc.FieldGrad, "", c.dateInput(calc.FieldGrad)),
				c.field(calc.FieldApps, p.Lines.Applications, c.textInput(calc.FieldApps, "numeric", "0")),
			),
			c.renderTaxFields(),
			app.Div().Class("tool-buttons").Body(
				app.Button().Type("button").ID("start-over").Class("secondary").Text("Start over").OnClick(c.onStartOver),
			),
		)
}

// renderTaxFields is the form's part for the take-home estimate. Its
// controls show the profile the figures were estimated with: a link's
// f1=yes is a ticked box, as it is computed.
func (c *calculatorPage) renderTaxFields() app.UI {
	prof := c.ctl.profile()
	pay := string(prof.Frequency)
	if pay == "" {
		pay = string(tax.Biweekly)
	}
	states := []option{{notGiven, "No state: federal figures only"}}
	for _, s := range calc.States() {
		states = append(states, option{s, calc.StateName(s)})
	}
	state := prof.State
	if state == "" {
		state = notGiven
	}
	where := "Where the work is"
	if p := c.ctl.policy; p.State != "" {
		where += " (the posting says " + calc.StateName(p.State) + ")"
	}
	where += "; working remotely, where you live. You are taxed as its resident."
	return app.FieldSet().Body(
		rawElem("legend", "Take-home estimate"),
		c.field(tax.FieldPay, "Ask the recruiter; biweekly is the most common.",
			c.selectInput(tax.FieldPay, pay, false, []option{
				{string(tax.Weekly), "Weekly"}, {string(tax.Biweekly), "Every two weeks (biweekly)"},
				{string(tax.Semimonthly), "Twice a month (semimonthly)"}, {string(tax.Monthly), "Monthly"},
			}),
		),
		c.field(tax.FieldState, where, c.selectInput(tax.FieldState, state, false, states)),
		app.If(prof.State == "NY", func() app.UI {
			return c.checkboxOf(tax.FieldLocality, prof.Locality == "NYC", "NYC", "none", "I will live in New York City", "New York City taxes its residents' wages too.")
		}),
		c.field(tax.FieldOther, "Other jobs this year: they change the tax owed, not this job's withholding.",
			c.textInput(tax.FieldOther, "decimal", "0"),
		),
		app.If(c.ctl.shown.estimate.Label(tax.StateIncome) != "", func() app.UI {
			return c.field(tax.FieldAllowances, allowanceHint(prof.State), c.textInput(tax.FieldAllowances, "numeric", "1"))
		}),
		c.checkbox(tax.FieldF1, prof.Nonresident, "I am an F-1 or J-1 student (a nonresident alien for tax)",
			"Usually for your first five calendar years in the US: no Social Security or Medicare, and federal tax without the standard deduction unless a treaty gives it."),
		app.If(prof.Nonresident, func() app.UI {
			return app.Div().Class("subfields").Body(
				c.field(tax.FieldCountry, "Your country, as a two-letter code, for a tax treaty: IN (India) gives the standard deduction.",
					c.textInput(tax.FieldCountry, "text", "IN, CN…")),
				c.field(tax.FieldTreaty, "Wages your treaty exempts, if any (China's Article 20(c): up to $5,000); see IRS Publication 901.",
					c.textInput(tax.FieldTreaty, "decimal", "0")),
			)
		}),
		app.If(c.ctl.shown.quote.Housing.Amount.IsPositive(), func() app.UI {
			return c.field(tax.FieldHousingPaid, "How your offer pays the housing allowance: each is taxable wages.",
				c.selectInput(tax.FieldHousingPaid, string(prof.Housing), false, []option{
					{string(tax.HousingLump), "A lump sum, as its own check"},
					{string(tax.HousingStipend), "A stipend with each paycheck"},
					{string(tax.HousingProvided), "Housing provided (its value is taxed)"},
				}))
		}),
		c.checkbox(tax.FieldPartYear, prof.ShowPartYear, "Show the part-year withholding method", "On your written request, payroll can withhold as if the months before the job were pay periods too."),
		app.If(prof.ShowPartYear, func() app.UI {
			return c.field(tax.FieldLastJob, "Empty: none this year, so the method counts from January 1.", c.dateInput(tax.FieldLastJob))
		}),
	)
}

// allowanceHint names the state's withholding form and its default.
func allowanceHint(state string) string {
	form := map[string]string{"CA": "California DE 4 regular allowances", "NY": "New York IT-2104 allowances",
		"MA": "Massachusetts M-4 exemptions", "IL": "Illinois IL-W-4 basic allowances"}[state]
	if form == "" {
		form = "The state form's allowances"
	}
	return form + ". Empty: 1, the usual single filer's; 0 if you file none."
}

// checkNote says, beside a field, that the check its value decides fails
// (a first day outside the posting's seasons): the figures compute, but
// the field is where to fix it.
func (c *calculatorPage) checkNote(f calc.Field, id calc.CheckID) app.UI {
	for _, ch := range c.ctl.shown.quote.Checks {
		if ch.ID == id && ch.Status == calc.Fail && len(c.ctl.stale) == 0 {
			return app.P().ID(string(f)+"-check").Class("field-note fail plan-dependent").Aria("live", "polite").Text(ch.Message)
		}
	}
	return app.Text("")
}

// field lays out one labelled control with its hint and its message.
func (c *calculatorPage) field(f calc.Field, hint string, controls ...app.UI) app.UI {
	return fieldBox(string(f), fieldLabel(f), hint, c.ctl.form.errs[f], controls...)
}

// fieldBox lays out a label, its controls, a hint (when not empty) and the
// field's message (id-hint and id-error, for aria-describedby), on the
// calculator and in the widget alike.
func fieldBox(id, label, hint, msg string, controls ...app.UI) app.UI {
	class := "field"
	if msg != "" {
		class += " invalid"
	}
	body := make([]app.UI, 0, len(controls)+3)
	body = append(body, app.Label().For(id).Text(label))
	body = append(body, controls...)
	if hint != "" {
		body = append(body, app.P().ID(id+"-hint").Class("hint").Text(hint))
	}
	body = append(body, app.P().ID(id+"-error").Class("field-error").Aria("live", "polite").Text(msg))
	return app.Div().Class(class).Body(body...)
}

// described returns a control's aria-invalid and aria-describedby.
func (c *calculatorPage) described(f calc.Field) (string, string) {
	return ariaBool(c.ctl.form.errs[f] != ""), string(f) + "-hint " + string(f) + "-error"
}

func (c *calculatorPage) textInput(f calc.Field, mode, placeholder string) app.UI {
	invalid, ids := c.described(f)
	return app.Input().Type("text").ID(string(f)).Name(string(f)).
		Attr("inputmode", mode).Attr("autocomplete", "off").Spellcheck(false).
		Placeholder(placeholder).
		Value(attrValue(c.ctl.form.show(f))).
		Aria("invalid", invalid).Aria("describedby", ids).
		OnInput(c.onInput(f)).OnChange(c.onCommit(f))
}

func (c *calculatorPage) dateInput(f calc.Field) app.UI {
	invalid, ids := c.described(f)
	return app.Input().Type("date").ID(string(f)).Name(string(f)).
		Min("2000-01-01").Max("2099-12-31").
		Value(attrValue(c.ctl.form.show(f))).
		Aria("invalid", invalid).Aria("describedby", ids).
		OnInput(c.onInput(f)).OnChange(c.onCommit(f))
}

type option struct{ value, label string }

func (c *calculatorPage) selectInput(f calc.Field, current string, optional bool, opts []option) app.UI {
	invalid, ids := c.described(f)
	if optional {
		opts = append([]option{{notGiven, "Not given"}}, opts...)
		if current == "" {
			current = notGiven
		}
	}
	// The select is HTML text, shown with app.Raw, its change handled on
	// the box around it: the state list alone is 57 options, and as go-app
	// elements the lists cost the first render about 40 ms (measured with
	// make bench) and their element types kilobytes of wasm. A choice that
	// changes the HTML (the selected option) replaces the select: the
	// focus is put back on it.
	var w markup.Writer
	w.Open("select", "id", string(f), "name", string(f), "aria-invalid", invalid, "aria-describedby", ids)
	for _, o := range opts {
		w.Open("option", "value", o.value, "selected", markup.When(o.value == current, "")).Text(o.label).Close("option")
	}
	w.Close("select")
	return app.Div().Class("select-box").OnChange(func(ctx app.Context, e app.Event) {
		v := e.Get("target").Get("value").String()
		if v == notGiven {
			v = ""
		}
		c.choose(ctx, f, v)
		ctx.Defer(func(app.Context) { refocus(string(f)) })
	}, app.EventScope(string(f))).Body(app.Raw(w.String()))
}

// checkbox is a yes-or-no field: ticked it sets "1", unticked "".
func (c *calculatorPage) checkbox(f calc.Field, on bool, label, hint string) app.UI {
	return c.checkboxOf(f, on, "1", "", label, hint)
}

// checkboxOf is a checkbox that sets yes or no as the field's text.
func (c *calculatorPage) checkboxOf(f calc.Field, on bool, yes, no, label, hint string) app.UI {
	invalid, ids := c.described(f)
	return app.Div().Class("field check-field").Body(
		boolAttr(app.Input().Type("checkbox").ID(string(f)).Name(string(f)), on, app.HTMLInput.Checked).
			Aria("invalid", invalid).Aria("describedby", ids).
			OnChange(func(ctx app.Context, e app.Event) {
				v := no
				if ctx.JSSrc().Get("checked").Bool() {
					v = yes
				}
				c.choose(ctx, f, v)
			}),
		app.Label().For(string(f)).Text(label),
		app.P().ID(string(f)+"-hint").Class("hint").Text(hint),
		app.P().ID(string(f)+"-error").Class("field-error").Aria("live", "polite").Text(c.ctl.form.errs[f]),
	)
}

// rateSlider moves over the posted band. It shares the rate field's value; a
// rate outside the band (which the text field takes, and the rate check
// flags) leaves the slider at the band's end.
func (c *calculatorPage) rateSlider() app.UI {
	b := c.ctl.policy.Band
	r := decimal.Min(decimal.Max(c.ctl.shown.quote.Plan.Rate, b.Min), b.Max)
	return app.Div().Class("slider").Body(
		app.Span().Aria("hidden", ariaBool(true)).Text(calc.Dollars(b.Min)),
		app.Input().Type("range").ID("rate-slider").
			Min(b.Min.String()).Max(b.Max.String()).Step(0.25).
			Value(r.String()).
			Aria("label", "Hourly rate within the posted band").
			Aria("valuetext", calc.Dollars(r)+" an hour").
			OnInput(func(ctx app.Context, e app.Event) {
				c.choose(ctx, calc.FieldRate, ctx.JSSrc().Get("value").String())
			}),
		app.Span().Aria("hidden", ariaBool(true)).Text(calc.Dollars(b.Max)),
	)
}

// chip is a button that sets field f to value. go-app keeps an element's
// handler across renders when its code is the same, whatever the closure
// holds, so the label (which names the value) scopes it: "3 months: Aug
// 17" must not keep the handler of "3 months: Aug 10". Its data-field and
// data-value let web/boot.js carry a click made before the app runs.
func chip(f calc.Field, value string, pressed bool, label string, onChoose func(calc.Field, string) app.EventHandler) app.UI {
	return app.Button().Type("button").Class("chip").Aria("pressed", ariaBool(pressed)).
		DataSet("field", string(f)).DataSet("value", value).
		Text(label).OnClick(onChoose(f, value), app.EventScope(label))
}
