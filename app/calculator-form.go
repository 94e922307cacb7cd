package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// notGiven is the value of a select's "not given" option: go-app drops an
// empty value attribute, and the option's text would then be its value.
const notGiven = "-"

func (c *calculatorPage) renderForm() app.UI {
	p := &c.policy
	w := c.quote.Window
	return app.Form().Class("plan").Aria("labelledby", "plan-title").
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(
			app.H2().ID("plan-title").Text("Your plan"),
			app.FieldSet().Body(
				app.Legend().Text("Dates"),
				c.field(string(calc.FieldStart), "start", "First day of work", p.Lines.Seasons,
					app.Div().Class("chips").Role("group").Aria("label", "Published start dates").Body(
						app.Range(p.StartDates()).Slice(func(i int) app.UI {
							d := p.StartDates()[i].String()
							return chip(d == c.form.get(string(calc.FieldStart)), p.StartDates()[i].Format("Jan 2"), c.onChoose(string(calc.FieldStart), d))
						}),
					),
					c.dateInput(string(calc.FieldStart), "start"),
				),
				c.field(string(calc.FieldEnd), "end", "Last day you are available", "Empty: the end of the program. "+p.Lines.Commitment,
					c.dateInput(string(calc.FieldEnd), "end"),
					app.Div().Class("chips").Role("group").Aria("label", "Set the last day").Body(
						chip(c.form.get(string(calc.FieldEnd)) == w.ProgramEnd.String(), plural(p.ProgramWeeks, "week")+": "+w.ProgramEnd.Format("Jan 2"), c.onChoose(string(calc.FieldEnd), w.ProgramEnd.String())),
						app.If(!w.CommitmentEnd.IsZero(), func() app.UI {
							return chip(c.form.get(string(calc.FieldEnd)) == w.CommitmentEnd.String(), plural(p.CommitmentMonths, "month")+": "+w.CommitmentEnd.Format("Jan 2"), c.onChoose(string(calc.FieldEnd), w.CommitmentEnd.String()))
						}),
					),
				),
			),
			app.FieldSet().Body(
				app.Legend().Text("Pay and hours"),
				c.field(string(calc.FieldRate), "rate", "Hourly rate (USD)", p.Lines.Band+" Empty: the midpoint, "+calc.Dollars(p.Band.Mid())+".",
					c.rateSlider(),
					c.textInput(string(calc.FieldRate), "rate", "decimal", p.Band.Mid().StringFixed(2)),
				),
				c.field(string(calc.FieldHours), "hours", "Hours a week", "Full-time is taken as "+p.HoursPerWeek.String()+" hours, Monday to Friday.",
					c.textInput(string(calc.FieldHours), "hours", "decimal", p.HoursPerWeek.String()),
				),
				c.field(string(calc.FieldOvertime), "overtime", "Overtime rule", "California pays 1.5× over 8 hours a day and 40 a week, 2× over 12 a day; federal law only over 40 a week.",
					c.selectInput(string(calc.FieldOvertime), "overtime", string(c.quote.Plan.Overtime), false, []option{
						{string(calc.California), "California: daily and weekly"},
						{string(calc.Federal), "Federal: weekly only"},
					}),
				),
			),
			app.FieldSet().Body(
				app.Legend().Text("Work mode and housing"),
				c.field(string(calc.FieldMode), "mode", "Work mode", p.Lines.Housing,
					c.selectInput(string(calc.FieldMode), "mode", c.form.get(string(calc.FieldMode)), true, []option{
						{string(calc.Onsite), "On-site"},
						{string(calc.Hybrid), "Hybrid"},
						{string(calc.Remote), "Fully remote"},
					}),
				),
				c.field(string(calc.FieldHousing), "housing", "Housing allowance (USD, lump sum)", "The posting publishes no amount: enter the one in your offer.",
					c.textInput(string(calc.FieldHousing), "housing", "decimal", "0"),
				),
			),
			app.FieldSet().Body(
				app.Legend().Text("About you"),
				c.field(string(calc.FieldDegree), "degree", "Degree you are pursuing", p.Lines.Enrolled,
					c.selectInput(string(calc.FieldDegree), "degree", c.form.get(string(calc.FieldDegree)), true, []option{
						{string(calc.Bachelor), "Bachelor's"},
						{string(calc.Master), "Master's"},
						{string(calc.Doctorate), "Doctorate"},
						{string(calc.NoDegree), "Not enrolled"},
					}),
				),
				c.field(string(calc.FieldDiscipline), "discipline", "Field of study", "",
					c.selectInput(string(calc.FieldDiscipline), "discipline", c.form.get(string(calc.FieldDiscipline)), true, []option{
						{string(calc.ComputerScience), "Computer science"},
						{string(calc.Software), "Software development"},
						{string(calc.ComputerEngineering), "Computer engineering"},
						{string(calc.RelatedField), "Another technical field"},
						{string(calc.OtherField), "Another field"},
					}),
				),
				c.field(string(calc.FieldGrad), "grad", "Expected graduation date", "",
					c.dateInput(string(calc.FieldGrad), "grad"),
				),
				c.field(string(calc.FieldApps), "apps", "Other positions you have applied to", p.Lines.Applications,
					c.textInput(string(calc.FieldApps), "apps", "numeric", "0"),
				),
			),
			// The take-home fields come with the take-home section, in the
			// page's second part.
			app.If(c.full, c.renderTaxFields),
		)
}

// field lays out one labelled control with its hint and its message.
func (c *calculatorPage) field(key, id, label, hint string, controls ...app.UI) app.UI {
	return fieldBox(id, label, hint, c.form.errs[key], controls...)
}

// fieldBox lays out a label, its controls, a hint (when not empty) and the
// field's message (id-hint and id-error, for aria-describedby), on the
// calculator and in the widget alike.
func fieldBox(id, label, hint, msg string, controls ...app.UI) app.UI {
	class := "field"
	if msg != "" {
		class += " invalid"
	}
	return app.Div().Class(class).Body(
		app.Label().For(id).Text(label),
		app.Range(controls).Slice(func(i int) app.UI { return controls[i] }),
		app.If(hint != "", func() app.UI {
			return app.P().ID(id + "-hint").Class("hint").Text(hint)
		}),
		app.P().ID(id+"-error").Class("field-error").Aria("live", "polite").Text(msg),
	)
}

// describe sets the accessibility attributes that tie a control to its
// hint and message.
func (c *calculatorPage) describedBy(key, id string) (invalid bool, ids string) {
	return c.form.errs[key] != "", id + "-hint " + id + "-error"
}

func (c *calculatorPage) textInput(key, id, mode, placeholder string) app.UI {
	invalid, ids := c.describedBy(key, id)
	return app.Input().Type("text").ID(id).Name(key).
		Attr("inputmode", mode).Attr("autocomplete", "off").Spellcheck(false).
		Placeholder(placeholder).
		Value(attrValue(c.form.show(key))).
		Aria("invalid", invalid).Aria("describedby", ids).
		OnInput(c.onInput(key))
}

func (c *calculatorPage) dateInput(key, id string) app.UI {
	invalid, ids := c.describedBy(key, id)
	return app.Input().Type("date").ID(id).Name(key).
		Min("2000-01-01").Max("2099-12-31").
		Value(attrValue(c.form.show(key))).
		Aria("invalid", invalid).Aria("describedby", ids).
		OnInput(c.onInput(key))
}

type option struct{ value, label string }

func (c *calculatorPage) selectInput(key, id, current string, optional bool, opts []option) app.UI {
	invalid, ids := c.describedBy(key, id)
	if optional {
		opts = append([]option{{notGiven, "Not given"}}, opts...)
		if current == "" {
			current = notGiven
		}
	}
	return app.Select().ID(id).Name(key).
		Aria("invalid", invalid).Aria("describedby", ids).
		OnChange(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			if v == notGiven {
				v = ""
			}
			c.pick(ctx, key, v)
		}).
		Body(app.Range(opts).Slice(func(i int) app.UI {
			return boolAttr(app.Option().Value(opts[i].value), opts[i].value == current, app.HTMLOption.Selected).Text(opts[i].label)
		}))
}

// rateSlider moves over the posted band. It shares the rate field's value; a
// rate outside the band (which the number field takes, and the rate check
// flags) leaves the slider at the band's end.
func (c *calculatorPage) rateSlider() app.UI {
	b := c.policy.Band
	r := decimal.Min(decimal.Max(c.quote.Plan.Rate, b.Min), b.Max)
	return app.Div().Class("slider").Body(
		app.Span().Aria("hidden", true).Text(calc.Dollars(b.Min)),
		app.Input().Type("range").ID("rate-slider").
			Min(b.Min.String()).Max(b.Max.String()).Step(0.25).
			Value(r.String()).
			Aria("label", "Hourly rate within the posted band").
			Aria("valuetext", calc.Dollars(r)+" an hour").
			OnInput(func(ctx app.Context, e app.Event) {
				c.choose(ctx, string(calc.FieldRate), ctx.JSSrc().Get("value").String())
			}),
		app.Span().Aria("hidden", true).Text(calc.Dollars(b.Max)),
	)
}

// chip is a button that sets a value. go-app keeps an element's handler
// across renders when its code is the same, whatever the closure holds, so
// the label (which names the value) scopes it: "3 months: Aug 17" must not
// keep the handler of "3 months: Aug 10".
func chip(pressed bool, label string, onClick app.EventHandler) app.UI {
	return app.Button().Type("button").Class("chip").Aria("pressed", pressed).Text(label).OnClick(onClick, app.EventScope(label))
}
