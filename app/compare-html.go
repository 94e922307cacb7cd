package main

import (
	"net/url"
	"strconv"

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

// compareColumns computes each published start date with the plan (to the
// end of the program), and the pinned plans. A pinned plan this posting
// cannot compute is listed apart, with why.
func compareColumns(p calc.Policy, plan calc.Plan, pinned []string) (cols []compareColumn, problems []string) {
	for _, pl := range compare.PublishedStarts(p, plan) {
		q, err := calc.Compute(p, pl)
		if err != nil {
			problems = append(problems, "Starting "+long(pl.Start)+": "+errorSentence(err))
			continue
		}
		sub := "published date"
		if pl.Start == plan.Start {
			sub += ", your start"
		}
		cols = append(cols, compareColumn{id: pl.Start.String(), head: "Starts " + pl.Start.Format("Jan 2"), sub: sub, pinned: -1, quote: q})
	}
	for i, s := range pinned {
		v, _ := url.ParseQuery(s)
		pl, err := link.ParsePlan(v)
		var q calc.Quote
		if err == nil {
			q, err = calc.Compute(p, pl)
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
	var w htmlw
	if len(cols) == 0 {
		w.elem("p", "This posting publishes no start dates, and no plan is pinned.")
	} else {
		quotes := make([]calc.Quote, len(cols))
		for i := range cols {
			quotes[i] = cols[i].quote
		}
		cmp := compare.Quotes(quotes)
		w.open("div", "class", "table-scroll", "role", "region", "aria-label", "Comparison table", "tabindex", "0")
		w.open("table", "id", "compare-table", "class", "compare-grid")
		w.elem("caption", "Side by side, before tax")
		w.open("thead").open("tr").elem("td", "")
		for _, col := range cols {
			w.open("th", "scope", "col", "data-col", col.id)
			w.elem("span", col.head, "class", "col-head").elem("span", col.sub, "class", "col-sub")
			if col.pinned >= 0 {
				w.elem("button", "Unpin", "type", "button", "class", "unpin", "data-unpin", strconv.Itoa(col.pinned), "aria-label", "Unpin "+col.head)
			}
			w.close("th")
		}
		w.close("tr").close("thead").open("tbody")
		for _, row := range cmp.Rows {
			w.open("tr", "data-row", string(row.ID)).elem("th", rowLabel(p, row.ID), "scope", "row")
			for i, cell := range row.Cells {
				compareCell(&w, row.ID, cell, cols[i])
			}
			w.close("tr")
		}
		w.close("tbody").close("table").close("div")
	}
	if len(problems) > 0 {
		w.open("ul", "id", "compare-problems", "class", "notice")
		for _, s := range problems {
			w.elem("li", s)
		}
		w.close("ul")
	}
	return w.String()
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

func compareCell(w *htmlw, row compare.RowID, cell compare.ComparisonCell, col compareColumn) {
	w.open("td", "data-col", col.id, "class", when(cell.Best, "best"), "data-best", when(cell.Best, "true"))
	switch row {
	case compare.RowProgramEnd, compare.RowCommitmentEnd:
		if cell.Date.IsZero() {
			w.elem("span", "none", "class", "value")
		} else {
			w.elem("time", cell.Date.Format("Mon, Jan 2"), "class", "value", "datetime", cell.Date.String())
		}
	case compare.RowHolidays:
		w.open("span", "class", "value").elem("span", cell.Amount.String(), "class", "count").open("span", "class", "dates")
		for _, h := range col.quote.Holidays {
			w.elem("time", h.Date.Format("Jan 2"), "datetime", h.Date.String(), "title", h.Name)
		}
		w.close("span").close("span")
	case compare.RowRate, compare.RowGross:
		w.elem("span", calc.Dollars(cell.Amount), "class", "value")
	case compare.RowVerdict:
		w.elem("span", statusLabel(cell.Status), "class", "value badge "+string(cell.Status), "data-status", string(cell.Status))
	default:
		w.elem("span", cell.Amount.String(), "class", "value")
	}
	if cell.Best {
		w.open("span", "class", "best-mark").elem("span", " ★", "aria-hidden", "true").elem("span", " (best in this row)", "class", "visually-hidden").close("span")
	}
	w.close("td")
}
