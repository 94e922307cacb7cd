package main

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
)

// pinnedKey is where the pinned plans are kept in local storage: a JSON
// list of plans as URL query strings.
const pinnedKey = "offercalc.pinned.v1"

// maxPinned is how many plans can be pinned beside the published dates.
const maxPinned = 3

// compareTable puts every published start date side by side (each with
// the page's plan, to the end of the program), and up to three plans the
// applicant pinned. calc.Compare decides the best figure of each row; the
// table marks it.
type compareTable struct {
	app.Compo
	Ipolicy    calc.Policy
	Iplan      calc.Plan // the page's plan, as computed (defaults filled in)
	Ipinnable  bool      // the form's plan computes, so it can be pinned
	Ipinnedkey string    // the storage key: pins are kept for each posting

	pinned []string // plans as query strings, in the order pinned
	status string
}

func newCompareTable() *compareTable { return &compareTable{} }

// Policy sets the posting.
func (c *compareTable) Policy(p calc.Policy) *compareTable {
	c.Ipolicy = p
	c.Ipinnedkey = pinnedKey
	if p.ID != "" {
		c.Ipinnedkey += "." + p.ID // a plan is pinned for one posting
	}
	return c
}

// Plan sets the page's plan: the published dates are computed with its
// rate, hours and other fields, and "Pin" pins it.
func (c *compareTable) Plan(p calc.Plan, pinnable bool) *compareTable {
	c.Iplan, c.Ipinnable = p, pinnable
	return c
}

func (c *compareTable) OnMount(ctx app.Context) { c.load(ctx) }

func (c *compareTable) OnUpdate(ctx app.Context) {
	c.status = ""
	c.load(ctx) // the posting, and so the storage key, may have changed
}

// load reads the pinned plans, dropping any that no longer parse.
func (c *compareTable) load(ctx app.Context) {
	c.pinned = nil
	if !app.IsClient {
		return
	}
	var saved []string
	if err := ctx.LocalStorage().Get(c.Ipinnedkey, &saved); err != nil {
		ctx.LocalStorage().Del(c.Ipinnedkey)
		return
	}
	for _, s := range saved {
		if v, err := url.ParseQuery(s); err == nil && len(c.pinned) < maxPinned {
			if _, err := link.ParsePlan(v); err == nil {
				c.pinned = append(c.pinned, s)
			}
		}
	}
}

func (c *compareTable) save(ctx app.Context) {
	if len(c.pinned) == 0 {
		ctx.LocalStorage().Del(c.Ipinnedkey)
		return
	}
	ctx.LocalStorage().Set(c.Ipinnedkey, c.pinned)
}

// current is the page's plan as it would be pinned.
func (c *compareTable) current() string { return link.FormatPlan(c.Iplan).Encode() }

func (c *compareTable) onPin(ctx app.Context, e app.Event) {
	q := c.current()
	for _, p := range c.pinned {
		if p == q {
			c.status = "This plan is already pinned."
			return
		}
	}
	if len(c.pinned) >= maxPinned {
		c.status = "Three plans are pinned: unpin one first."
		return
	}
	c.pinned = append(c.pinned, q)
	c.save(ctx)
	c.status = "Pinned: the plan is the table's last column."
}

func (c *compareTable) onUnpin(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i < 0 || i >= len(c.pinned) {
			return
		}
		c.pinned = append(c.pinned[:i:i], c.pinned[i+1:]...)
		c.save(ctx)
		c.status = "Unpinned."
	}
}

// compareColumn is one plan of the table.
type compareColumn struct {
	id     string // data-col: the start date, or pinned-N
	head   string
	sub    string
	pinned int // the index in pinned, or -1
	quote  calc.Quote
}

// columns computes the published dates and the pinned plans. A pinned plan
// this posting cannot compute is listed apart, with why.
func (c *compareTable) columns() (cols []compareColumn, problems []string) {
	for _, plan := range compare.PublishedStarts(c.Ipolicy, c.Iplan) {
		q, err := calc.Compute(c.Ipolicy, plan)
		if err != nil {
			problems = append(problems, "Starting "+long(plan.Start)+": "+err.Error())
			continue
		}
		sub := "published date"
		if plan.Start == c.Iplan.Start {
			sub += ", your start"
		}
		cols = append(cols, compareColumn{id: plan.Start.String(), head: "Starts " + plan.Start.Format("Jan 2"), sub: sub, pinned: -1, quote: q})
	}
	for i, s := range c.pinned {
		v, _ := url.ParseQuery(s)
		plan, err := link.ParsePlan(v)
		var q calc.Quote
		if err == nil {
			q, err = calc.Compute(c.Ipolicy, plan)
		}
		if err != nil {
			problems = append(problems, "Pinned plan "+strconv.Itoa(i+1)+" does not compute with this posting: "+strings.TrimPrefix(err.Error(), "calc: "))
			continue
		}
		p := q.Plan
		sub := p.Start.Format("Jan 2") + " to " + p.End.Format("Jan 2") + ", " + calc.Dollars(p.Rate) + " an hour"
		if !p.HoursPerWeek.Equal(c.Ipolicy.HoursPerWeek) {
			sub += ", " + p.HoursPerWeek.String() + " h a week"
		}
		cols = append(cols, compareColumn{id: "pinned-" + strconv.Itoa(i+1), head: "Pinned " + strconv.Itoa(i+1), sub: sub, pinned: i, quote: q})
	}
	return cols, problems
}

func (c *compareTable) Render() app.UI {
	cols, problems := c.columns()
	quotes := make([]calc.Quote, len(cols))
	for i := range cols {
		quotes[i] = cols[i].quote
	}
	cmp := compare.Quotes(quotes)
	alreadyPinned := false
	for _, p := range c.pinned {
		alreadyPinned = alreadyPinned || p == c.current()
	}
	return app.Section().ID("compare").Class("tools compare").Aria("labelledby", "compare-title").Body(
		app.H3().ID("compare-title").Text("Compare start dates and plans"),
		app.P().Class("hint").Text("Each published start date with your rate, hours and details, to the end of the "+
			strconv.Itoa(c.Ipolicy.ProgramWeeks)+"-week program; pin up to "+strconv.Itoa(maxPinned)+
			" plans of your own (another rate, another last day) beside them. ★ marks the best figure of each row: "+
			"the earliest ends, the most paid holidays, the fewest workdays, the highest rate and pay, the most sick hours, the verdict that passes most."),
		app.Div().Class("tool-buttons").Body(
			boolAttr(app.Button().Type("button").ID("pin-plan").Class("secondary"),
				!c.Ipinnable || len(c.pinned) >= maxPinned || alreadyPinned, app.HTMLButton.Disabled).
				Text("Pin this plan").OnClick(c.onPin),
			app.Span().ID("compare-status").Class("hint").Aria("live", "polite").Text(c.status),
		),
		app.If(len(cols) == 0, func() app.UI {
			return app.P().Text("This posting publishes no start dates, and no plan is pinned.")
		}).Else(func() app.UI {
			return scrollable("Comparison table", app.Table().ID("compare-table").Body(
				app.Caption().Text("Side by side, before tax"),
				app.THead().Body(app.Tr().Body(
					app.Td(),
					app.Range(cols).Slice(func(i int) app.UI {
						col := cols[i]
						return app.Th().Scope("col").DataSet("col", col.id).Body(
							app.Span().Class("col-head").Text(col.head),
							app.Span().Class("col-sub").Text(col.sub),
							app.If(col.pinned >= 0, func() app.UI {
								return app.Button().Type("button").Class("unpin").
									Aria("label", attrValue("Unpin "+col.head)).Text("Unpin").
									OnClick(c.onUnpin(col.pinned), app.EventScope(col.id, c.pinned[col.pinned]))
							}),
						)
					}),
				)),
				app.TBody().Body(app.Range(cmp.Rows).Slice(func(r int) app.UI {
					row := cmp.Rows[r]
					return app.Tr().DataSet("row", string(row.ID)).Body(
						app.Th().Scope("row").Text(c.rowLabel(row.ID)),
						app.Range(row.Cells).Slice(func(i int) app.UI {
							return c.renderCell(row.ID, row.Cells[i], cols[i])
						}),
					)
				})),
			))
		}),
		app.If(len(problems) > 0, func() app.UI {
			return app.Ul().ID("compare-problems").Class("notice").Body(
				app.Range(problems).Slice(func(i int) app.UI { return app.Li().Text(problems[i]) }),
			)
		}),
	)
}

func (c *compareTable) rowLabel(id compare.RowID) string {
	p := &c.Ipolicy
	switch id {
	case compare.RowProgramEnd:
		return "End of the program (" + plural(p.ProgramWeeks, "week") + ")"
	case compare.RowCommitmentEnd:
		if p.CommitmentMonths == 0 {
			return "End of the commitment"
		}
		return "End of the " + strconv.Itoa(p.CommitmentMonths) + "-month commitment"
	case compare.RowHolidays:
		return "Paid holidays"
	case compare.RowWorkDays:
		return "Workdays"
	case compare.RowRate:
		return "Hourly rate"
	case compare.RowGross:
		return "Gross pay"
	case compare.RowSickHours:
		return "Paid sick hours"
	case compare.RowVerdict:
		return "Verdict"
	}
	return string(id)
}

func (c *compareTable) renderCell(row compare.RowID, cell compare.ComparisonCell, col compareColumn) app.UI {
	var value app.UI
	switch row {
	case compare.RowProgramEnd, compare.RowCommitmentEnd:
		if cell.Date.IsZero() {
			value = app.Span().Class("value").Text("none")
		} else {
			value = app.Time().Class("value").DateTime(cell.Date.String()).Text(cell.Date.Format("Mon, Jan 2"))
		}
	case compare.RowHolidays:
		hs := col.quote.Holidays
		value = app.Span().Class("value").Body(
			app.Span().Class("count").Text(cell.Amount.String()),
			app.Span().Class("dates").Body(app.Range(hs).Slice(func(i int) app.UI {
				return app.Time().DateTime(hs[i].Date.String()).Title(attrValue(hs[i].Name)).Text(hs[i].Date.Format("Jan 2"))
			})),
		)
	case compare.RowRate, compare.RowGross:
		value = app.Span().Class("value").Text(calc.Dollars(cell.Amount))
	case compare.RowVerdict:
		value = app.Span().Class("value badge "+string(cell.Status)).DataSet("status", string(cell.Status)).Text(statusLabel(cell.Status))
	default:
		value = app.Span().Class("value").Text(cell.Amount.String())
	}
	td := app.Td().DataSet("col", col.id)
	if cell.Best {
		td = td.Class("best").DataSet("best", "true")
	}
	return td.Body(
		value,
		app.If(cell.Best, func() app.UI {
			return app.Span().Class("best-mark").Body(
				app.Span().Aria("hidden", true).Text(" ★"),
				app.Span().Class("visually-hidden").Text(" (best in this row)"),
			)
		}),
	)
}
