package main

import (
	"net/url"
	"strconv"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
)

// compareColumn is one plan of the comparison of start dates.
type compareColumn struct {
	id     string // data-col: the start date, or pinned-N
	head   string
	sub    string
	pinned int // the index among the pinned plans, or -1
	quote  calc.Quote
}

// compareColumns computes (with quote, the controller's) each published
// start date with the plan (to the end of the program), and the pinned
// plans. A pinned plan this posting cannot compute is listed apart, with
// why.
func compareColumns(p calc.Policy, plan calc.Plan, pinned []string, quote func(calc.Plan) (calc.Quote, error)) (cols []compareColumn, problems []string) {
	for _, pl := range compare.PublishedStarts(p, plan) {
		q, err := quote(pl)
		if err != nil {
			problems = append(problems, "Starting "+long(pl.Start)+": "+errorSentence(err))
			continue
		}
		sub := "published date, to " + q.Window.End.Format("Jan 2")
		if pl.Start == plan.Start {
			sub = "your start, to " + q.Window.End.Format("Jan 2")
		}
		cols = append(cols, compareColumn{id: pl.Start.String(), head: "Starts " + pl.Start.Format("Jan 2"), sub: sub, pinned: -1, quote: q})
	}
	for i, s := range pinned {
		v, _ := url.ParseQuery(s)
		pl, err := link.ParsePlan(v)
		var q calc.Quote
		if err == nil {
			q, err = quote(pl)
		}
		if err != nil {
			problems = append(problems, "Pinned plan "+strconv.Itoa(i+1)+" does not compute with this posting: "+errorSentence(err))
			continue
		}
		qp := q.Plan
		sub := qp.Start.Format("Jan 2") + " to " + qp.End.Format("Jan 2") + ", " + calc.Dollars(qp.Rate) + " an hour"
		if !qp.HoursPerWeek.Equal(p.HoursPerWeek) {
			sub += ", " + qp.HoursPerWeek.String() + " h a week"
		}
		cols = append(cols, compareColumn{id: "pinned-" + strconv.Itoa(i+1), head: "Pinned " + strconv.Itoa(i+1), sub: sub, pinned: i, quote: q})
	}
	return cols, problems
}

// errorSentence is an error as plain words: each field's message.
func errorSentence(err error) string {
	s := ""
	for _, fe := range calc.FieldErrors(err) {
		if s != "" {
			s += " "
		}
		s += string(fe.Field) + ": " + fieldMessage(fe)
	}
	if s == "" {
		s = err.Error()
	}
	return s
}

// compareHTML is the comparison table of start dates and pinned plans,
// with the best figure of each row marked (compare.Quotes decides it).
// Its unpin buttons carry data-unpin, which the page's click handler
// reads.
func compareHTML(p *calc.Policy, cols []compareColumn, problems []string) string {
	var w markup.Writer
	w.Open("div", "class", "compare-body") // app.Raw shows one element
	if len(cols) == 0 {
		w.Elem("p", "This posting publishes no start dates, and no plan is pinned.")
	} else {
		quotes := make([]calc.Quote, len(cols))
		for i := range cols {
			quotes[i] = cols[i].quote
		}
		cmp := compare.Quotes(quotes)
		w.Open("div", "class", "table-scroll", "role", "region", "aria-label", "Comparison table", "tabindex", "0")
		w.Open("table", "id", "compare-table", "class", "compare-grid stack-wide")
		w.Elem("caption", "Side by side, before tax")
		w.Open("thead").Open("tr").Elem("td", "")
		for _, col := range cols {
			w.Open("th", "scope", "col", "data-col", col.id)
			w.Elem("span", col.head, "class", "col-head").Elem("span", col.sub, "class", "col-sub")
			if col.pinned >= 0 {
				w.Elem("button", "Unpin", "type", "button", "class", "unpin", "data-unpin", strconv.Itoa(col.pinned), "aria-label", "Unpin "+col.head)
			}
			w.Close("th")
		}
		w.Close("tr").Close("thead").Open("tbody")
		for _, row := range cmp.Rows {
			w.Open("tr", "data-row", string(row.ID)).Elem("th", rowLabel(p, row.ID), "scope", "row")
			for i, cell := range row.Cells {
				compareCell(&w, row.ID, cell, cols[i])
			}
			w.Close("tr")
		}
		w.Close("tbody").Close("table").Close("div")
	}
	if len(problems) > 0 {
		w.Open("ul", "id", "compare-problems", "class", "notice")
		for _, s := range problems {
			w.Elem("li", s)
		}
		w.Close("ul")
	}
	return w.Close("div").String()
}

func rowLabel(p *calc.Policy, id compare.RowID) string {
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

func compareCell(w *markup.Writer, row compare.RowID, cell compare.ComparisonCell, col compareColumn) {
	w.Open("td", "data-col", col.id, "class", markup.When(cell.Best, "best"), "data-best", markup.When(cell.Best, "true"), "data-label", col.head)
	switch row {
	case compare.RowProgramEnd, compare.RowCommitmentEnd:
		if cell.Date.IsZero() {
			w.Elem("span", "none", "class", "value")
		} else {
			w.Elem("time", cell.Date.Format("Mon, Jan 2"), "class", "value", "datetime", cell.Date.String())
		}
	case compare.RowHolidays:
		w.Open("span", "class", "value").Elem("span", cell.Amount.String(), "class", "count").Open("span", "class", "dates")
		for _, h := range col.quote.Holidays {
			w.Elem("time", h.Date.Format("Jan 2"), "datetime", h.Date.String(), "title", h.Name)
		}
		w.Close("span").Close("span")
	case compare.RowRate, compare.RowGross:
		w.Elem("span", calc.Dollars(cell.Amount), "class", "value")
	case compare.RowVerdict:
		w.Elem("span", statusLabel(cell.Status), "class", "value badge "+string(cell.Status), "data-status", string(cell.Status))
	default:
		w.Elem("span", cell.Amount.String(), "class", "value")
	}
	if cell.Best {
		w.Open("span", "class", "best-mark").Elem("span", " ★", "aria-hidden", "true").Elem("span", " (best in this row)", "class", "visually-hidden").Close("span")
	}
	w.Close("td")
}
