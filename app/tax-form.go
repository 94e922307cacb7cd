package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc/tax"
)

// renderTaxFields is the form's part for the take-home estimate.
func (c *calculatorPage) renderTaxFields() app.UI {
	pay := c.form.get(string(tax.FieldPay))
	if pay == "" {
		pay = string(tax.Biweekly)
	}
	return app.FieldSet().Body(
		app.Legend().Text("Take-home estimate"),
		c.field(string(tax.FieldPay), "pay", "Pay frequency", "Ask the recruiter; biweekly is the most common.",
			c.selectInput(string(tax.FieldPay), "pay", pay, false, []option{
				{string(tax.Weekly), "Weekly"},
				{string(tax.Biweekly), "Every two weeks (biweekly)"},
				{string(tax.Semimonthly), "Twice a month (semimonthly)"},
				{string(tax.Monthly), "Monthly"},
			}),
		),
		c.field(string(tax.FieldOther), "other", "Other wages in 2026 (USD)", "Other jobs this year: they change the tax owed, not this job's withholding.",
			c.textInput(string(tax.FieldOther), "other", "decimal", "0"),
		),
		c.field(string(tax.FieldAllowances), "allowances", "California DE 4 allowances", "Empty: 1, the usual single filer's; 0 if you file no DE 4.",
			c.textInput(string(tax.FieldAllowances), "allowances", "numeric", "1"),
		),
		c.checkbox(string(tax.FieldF1), "f1", "I am an F-1 or J-1 student on CPT or OPT", "Nonresident students owe no Social Security or Medicare on these wages."),
		c.checkbox(string(tax.FieldPartYear), "partyear", "Show the part-year withholding method", "On your written request, payroll can withhold as if the months before the job were pay periods too."),
	)
}

func (c *calculatorPage) checkbox(key, id, label, hint string) app.UI {
	invalid, ids := c.describedBy(key, id)
	msg := c.form.errs[key]
	return app.Div().Class("field check-field").Body(
		boolAttr(app.Input().Type("checkbox").ID(id).Name(key), c.form.get(key) == "1", app.HTMLInput.Checked).
			Aria("invalid", invalid).Aria("describedby", ids).
			OnChange(func(ctx app.Context, e app.Event) {
				v := ""
				if ctx.JSSrc().Get("checked").Bool() {
					v = "1"
				}
				c.pick(ctx, key, v)
			}),
		app.Label().For(id).Text(label),
		app.P().ID(id+"-hint").Class("hint").Text(hint),
		app.P().ID(id+"-error").Class("field-error").Aria("live", "polite").Text(msg),
	)
}
