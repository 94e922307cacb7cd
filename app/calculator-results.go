package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

func (c *calculatorPage) renderResults() app.UI {
	q := &c.quote
	class := "results"
	if c.stale {
		class += " stale"
	}
	return app.Section().Class(class).ID("results").Aria("labelledby", "results-title").Body(
		app.H2().ID("results-title").Text("What the posting means for you"),
		app.If(c.stale, func() app.UI {
			return app.P().Class("stale-note").Role("status").
				Text("A field above needs fixing: the figures below are for your last valid plan.")
		}),
		newVerdict().Status(q.Verdict),
		app.Ul().Class("checks").Aria("label", "Eligibility checks").Body(
			app.Range(q.Checks).Slice(func(i int) app.UI { return renderCheck(q.Checks[i]) }),
		),
		app.If(q.Window.Note != "", func() app.UI {
			return app.Div().Class("callout").ID("window-note").Body(
				app.H3().Text(plural(c.policy.ProgramWeeks, "week")+" is not "+plural(c.policy.CommitmentMonths, "month")),
				app.P().Text(q.Window.Note),
			)
		}),
		c.renderEarnings(),
		app.H3().Text("Paid holidays in your window"),
		renderHolidays(q.Holidays),
		app.H3().Text("Sick time and housing"),
		app.P().Body(
			app.Strong().Body(app.Span().ID("sick-hours").Text(q.Sick.Hours.String()), app.Text(" hours of paid sick time")),
			app.Text(", worth "+calc.Dollars(q.Sick.Value)+" at your rate ("+
				calc.Dollars(q.Sick.BandValue[0])+" to "+calc.Dollars(q.Sick.BandValue[2])+" across the band). "+q.Sick.Note),
		),
		app.P().ID("housing").Body(
			app.Strong().Text(housingLead(q.Housing)),
			app.Text(" "+q.Housing.Note),
		),
		app.H3().Text("For your résumé"),
		app.Div().Class("availability").Body(
			app.P().ID("availability").Text(q.Availability),
			app.Button().Type("button").ID("copy-availability").Class("secondary").
				Text(copyLabel(c.copied)).
				OnClick(c.copyAvailability),
		),
		app.If(c.full, c.renderMore).Else(func() app.UI {
			return app.P().Class("more-loading").Aria("busy", true).
				Text("The take-home estimate, the week-by-week chart, the calendar and the comparison follow in a moment.")
		}),
	)
}

// renderMore is the second part of the results: what is not needed to
// read the verdict and the figures, and costs the most to build.
func (c *calculatorPage) renderMore() app.UI {
	return app.Div().Class("more").Body(
		newTakeHome().Estimate(c.tax, c.taxStale),
		app.H3().Text("Week by week at your rate"),
		newWeekChart().Weeks(c.view.Weeks),
		app.Details().Class("week-table").Body(
			app.Summary().Text("The weeks as a table"),
			renderWeekTable(&c.view),
		),
		app.H3().Text("Your window on the calendar"),
		newCalendarStrip().Days(c.days),
		app.H3().Text("What the calculator assumes"),
		app.Ul().Class("assumptions").Body(
			app.Range(c.policy.Assumptions).Slice(func(i int) app.UI {
				return app.Li().Text(c.policy.Assumptions[i])
			}),
		),
		c.renderTools(),
	)
}

func renderCheck(ch calc.Check) app.UI {
	return app.Li().Class("check").DataSet("id", ch.ID).DataSet("status", string(ch.Status)).Body(
		app.Span().Class("badge "+string(ch.Status)).Text(statusLabel(ch.Status)),
		app.Div().Body(
			app.P().Class("message").Text(ch.Message),
			app.If(ch.Source != "", func() app.UI {
				return app.Blockquote().Class("source").Body(
					app.Span().Class("visually-hidden").Text("The posting says: "),
					app.Text("“"+ch.Source+"”"),
				)
			}),
		),
	)
}

func (c *calculatorPage) renderEarnings() app.UI {
	q := &c.quote
	row := func(label, id string, e calc.Earnings, chosen bool) app.UI {
		class := ""
		if chosen {
			class = "chosen"
		}
		return app.Tr().Class(class).Body(
			app.Th().Scope("row").Text(label),
			app.Td().Text(calc.Dollars(e.Rate)),
			app.Td().Text(calc.Dollars(e.Regular)),
			app.Td().Text(calc.Dollars(e.Holiday)),
			app.Td().Text(calc.Dollars(e.Overtime.Add(e.Double))),
			app.Td().Class("gross").ID(id).Text(calc.Dollars(e.Gross)),
			app.Td().Text(calc.Dollars(e.FullWeek)),
		)
	}
	h := q.Hours
	return app.Div().Class("earnings").Body(
		app.H3().Text("Gross pay for the window"),
		scrollable("Gross pay table",
			app.Table().Body(
				app.Caption().Text("From "+long(q.Window.Start)+" to "+long(q.Window.End)+", before tax"),
				app.THead().Body(app.Tr().Body(
					app.Td(),
					app.Th().Scope("col").Text("Rate"),
					app.Th().Scope("col").Text("Regular"),
					app.Th().Scope("col").Text("Holidays"),
					app.Th().Scope("col").Text("Overtime"),
					app.Th().Scope("col").Text("Gross"),
					app.Th().Scope("col").Text("A full week"),
				)),
				app.TBody().Body(
					row("Band minimum", "gross-min", q.Band[0], false),
					row("Band midpoint", "gross-mid", q.Band[1], false),
					row("Band maximum", "gross-max", q.Band[2], false),
					row("Your rate", "gross-chosen", q.Chosen, true),
				),
			),
		),
		app.P().Class("hours").ID("hours-summary").Text(
			hours(h.Worked)+" worked ("+hours(h.Regular)+" regular, "+hours(h.Overtime)+" at 1.5×, "+hours(h.Double)+" at 2×) + "+
				hours(h.Holiday)+" paid holidays = "+hours(h.Paid)+" paid, over "+plural(q.Window.WorkDays, "workday")+" ("+
				q.Plan.HoursPerWeek.String()+" hours a week, "+overtimeName(q.Plan.Overtime)+" overtime)."),
	)
}

func renderHolidays(hs []calc.Holiday) app.UI {
	if len(hs) == 0 {
		return app.Ul().ID("holidays").Class("holidays").Body(app.Li().Text("None: no paid holiday falls on a workday in your window."))
	}
	return app.Ul().ID("holidays").Class("holidays").Body(
		app.Range(hs).Slice(func(i int) app.UI {
			h := hs[i]
			note := ""
			if !h.Actual.IsZero() {
				note = " (observed; the holiday is " + h.Actual.Format("Monday, January 2") + ")"
			}
			return app.Li().Body(
				app.Time().DateTime(h.Date.String()).Text(h.Date.Format("Mon, Jan 2, 2006")),
				app.Text(" "+h.Name+note+", "+hours(h.Hours)+" paid"),
			)
		}),
	)
}

func renderWeekTable(q *calc.Quote) app.UI {
	return scrollable("Week-by-week table", app.Table().Body(
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text("Week of"),
			app.Th().Scope("col").Text("Workdays"),
			app.Th().Scope("col").Text("Worked"),
			app.Th().Scope("col").Text("Holiday"),
			app.Th().Scope("col").Text("Overtime"),
			app.Th().Scope("col").Text("Gross"),
		)),
		app.TBody().Body(app.Range(q.Weeks).Slice(func(i int) app.UI {
			w := q.Weeks[i]
			return app.Tr().Body(
				app.Th().Scope("row").Text(w.Start.Format("Jan 2")),
				app.Td().Text(w.WorkDays),
				app.Td().Text(hours(w.Worked)),
				app.Td().Text(hours(w.Holiday)),
				app.Td().Text(hours(w.Overtime.Add(w.Double))),
				app.Td().Text(calc.Dollars(w.GrossCents)),
			)
		})),
		app.TFoot().Body(app.Tr().Body(
			app.Th().Scope("row").Text("Total"),
			app.Td().Text(q.Window.WorkDays),
			app.Td().Text(hours(q.Hours.Worked)),
			app.Td().Text(hours(q.Hours.Holiday)),
			app.Td().Text(hours(q.Hours.Overtime.Add(q.Hours.Double))),
			app.Td().Text(calc.Dollars(q.Chosen.Gross)),
		)),
	))
}

// scrollable wraps a wide table so that it scrolls on a narrow screen; the
// region takes focus, so the keyboard can scroll it too.
func scrollable(label string, table app.UI) app.UI {
	return app.Div().Class("table-scroll").Role("region").Aria("label", label).TabIndex(0).Body(table)
}

func (c *calculatorPage) copyAvailability(ctx app.Context, e app.Event) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		return
	}
	clip.Call("writeText", c.quote.Availability)
	c.copied = true
}

func copyLabel(copied bool) string {
	if copied {
		return "Copied"
	}
	return "Copy"
}

func housingLead(h calc.Housing) string {
	switch {
	case !h.Eligible:
		return "No housing allowance."
	case h.Amount.IsZero():
		return "Housing allowance: eligible."
	}
	return "Housing allowance: " + calc.Dollars(h.Amount) + ", apart from wages."
}

func overtimeName(r calc.OvertimeRule) string {
	if r == calc.Federal {
		return "federal"
	}
	return "California"
}

func hours(d decimal.Decimal) string { return d.String() + " h" }

func long(d calc.Date) string { return d.Format("January 2, 2006") }

func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}
