package main

import (
	"strconv"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// The results that only display, as HTML (see html.go). Each function
// writes one section from the figures alone; the ids are stable, for
// tests, tools and embedders.

// headlineHTML is what an applicant came for, first: the verdict, gross pay
// for the window, net pay a paycheck and for the window, and what comes
// back next spring.
func headlineHTML(q *calc.Quote, est *tax.Estimate) string {
	var w markup.Writer
	w.Open("div", "class", "headline", "id", "headline")
	w.Open("p", "id", "verdict", "class", "card verdict "+string(q.Verdict), "data-status", string(q.Verdict), "aria-live", "polite")
	w.Elem("span", statusLabel(q.Verdict), "class", "badge "+string(q.Verdict)).Text(" " + verdictText(q.Verdict))
	w.Close("p")
	card := func(id, label, value, sub string) {
		w.Open("p", "class", "card figure").Elem("span", label, "class", "card-label")
		w.Elem("strong", value, "id", id, "class", "card-value")
		if sub != "" {
			w.Elem("span", sub, "class", "card-sub")
		}
		w.Close("p")
	}
	card("headline-gross", "Gross pay, before tax", calc.Dollars(q.Chosen.Gross),
		long(q.Window.Start)+" to "+long(q.Window.End)+" at "+calc.Dollars(q.Chosen.Rate)+" an hour")
	if len(est.Years) > 0 {
		if c, ok := est.FullPaycheck(); ok {
			card("headline-net-check", "Net pay a paycheck", calc.Dollars(c.Net),
				"a full "+frequencyNames[est.Profile.Frequency]+" check, from "+calc.Dollars(c.Gross)+" gross")
		}
		card("headline-net", "Net pay for the window", calc.Dollars(est.Net),
			"after "+calc.Dollars(est.Withheld.Total())+" withheld, in "+plural(len(est.Paychecks), "paycheck"))
		label, value := refundFigure(est)
		w.Open("p", "class", "card figure").Elem("span", label, "class", "card-label", "id", "headline-refund-label")
		w.Elem("strong", value, "id", "headline-refund", "class", "card-value")
		w.Elem("span", "when you file your "+strconv.Itoa(est.Year)+" return (an estimate)", "class", "card-sub").Close("p")
	}
	w.Close("div")
	return w.String()
}

// refundFigure is the headline's refund card: what comes back, or what is
// due, next spring.
func refundFigure(est *tax.Estimate) (label, value string) {
	back := est.Refund.Total()
	if back.IsNegative() {
		return "Due next spring", calc.Dollars(back.Neg())
	}
	return "Comes back next spring", calc.Dollars(back)
}

// liveFigure is a figure that a keystroke changes, by the id of the
// element that shows it, and its text. The page writes these into their
// elements in the keystroke's own task (writeLive), before go-app's render:
// go-app renders on a 120 Hz ticker, so a render starts up to 8 ms after
// the keystroke, and rendering and patching the page takes about 13 ms
// more (measured in the browser; make bench shows input to result). The
// render that follows writes the same text (TestLiveFiguresAreRendered),
// and every id is inside HTML that go-app shows whole (app.Raw), whose
// inner nodes it does not track.
type liveFigure struct{ id, text string }

// liveFigures are the headline's figures, the summary bar's and the gross
// pay table's, as headlineHTML, summaryBarHTML and earningsHTML write them.
func liveFigures(q *calc.Quote, est *tax.Estimate) []liveFigure {
	gross := calc.Dollars(q.Chosen.Gross)
	out := []liveFigure{
		{"headline-gross", gross}, {"summary-gross", gross}, {"gross-chosen", gross},
		{"gross-min", calc.Dollars(q.Band[0].Gross)}, {"gross-mid", calc.Dollars(q.Band[1].Gross)}, {"gross-max", calc.Dollars(q.Band[2].Gross)},
	}
	if len(est.Years) > 0 {
		if c, ok := est.FullPaycheck(); ok {
			out = append(out, liveFigure{"headline-net-check", calc.Dollars(c.Net)})
		}
		label, value := refundFigure(est)
		out = append(out, liveFigure{"headline-net", calc.Dollars(est.Net)}, liveFigure{"headline-refund-label", label}, liveFigure{"headline-refund", value})
	}
	return out
}

// checksHTML lists the eligibility checks, each with the posting's line.
func checksHTML(q *calc.Quote) string {
	var w markup.Writer
	w.Open("ul", "class", "checks", "aria-label", "Eligibility checks")
	for _, ch := range q.Checks {
		w.Open("li", "class", "check", "data-id", string(ch.ID), "data-status", string(ch.Status))
		w.Elem("span", statusLabel(ch.Status), "class", "badge "+string(ch.Status))
		w.Open("div").Elem("p", ch.Message, "class", "message")
		if ch.Source != "" {
			w.Open("blockquote", "class", "source").Elem("span", "The posting says: ", "class", "visually-hidden").Text("“" + ch.Source + "”").Close("blockquote")
		}
		w.Close("div").Close("li")
	}
	w.Close("ul")
	return w.String()
}

// windowNoteHTML explains the gap between the program and the commitment,
// when there is one.
func windowNoteHTML(q *calc.Quote, p *calc.Policy) string {
	if q.Window.Note == "" {
		return ""
	}
	var w markup.Writer
	w.Open("div", "class", "callout", "id", "window-note")
	w.Elem("h3", plural(p.ProgramWeeks, "week")+" is not "+plural(p.CommitmentMonths, "month"))
	w.Elem("p", q.Window.Note)
	w.Close("div")
	return w.String()
}

// earningsHTML is gross pay across the band and at the chosen rate, and
// the hours it pays.
func earningsHTML(q *calc.Quote) string {
	var w markup.Writer
	w.Open("div", "class", "earnings")
	w.Elem("h3", "Gross pay for the window")
	w.Open("div", "class", "table-scroll", "role", "region", "aria-label", "Gross pay table", "tabindex", "0")
	w.Open("table", "class", "stack")
	w.Elem("caption", "From "+long(q.Window.Start)+" to "+long(q.Window.End)+", before tax")
	cols := []string{"Rate", "Regular", "Holidays", "Overtime", "Gross", "A full week"}
	w.Open("thead").Open("tr").Elem("td", "")
	for _, c := range cols {
		w.Elem("th", c, "scope", "col")
	}
	w.Close("tr").Close("thead").Open("tbody")
	row := func(label, id string, e calc.Earnings, chosen bool) {
		w.Open("tr", "class", markup.When(chosen, "chosen")).Elem("th", label, "scope", "row")
		for i, v := range []decimal.Decimal{e.Rate, e.Regular, e.Holiday, e.Overtime.Add(e.Double), e.Gross, e.FullWeek} {
			if i == 4 {
				w.Elem("td", calc.Dollars(v), "class", "gross", "id", id, "data-label", cols[i])
			} else {
				w.Elem("td", calc.Dollars(v), "data-label", cols[i])
			}
		}
		w.Close("tr")
	}
	row("Band minimum", "gross-min", q.Band[0], false)
	row("Band midpoint", "gross-mid", q.Band[1], false)
	row("Band maximum", "gross-max", q.Band[2], false)
	row("Your rate", "gross-chosen", q.Chosen, true)
	w.Close("tbody").Close("table").Close("div")
	h := q.Hours
	w.Elem("p", hours(h.Worked)+" worked ("+hours(h.Regular)+" regular, "+hours(h.Overtime)+" at 1.5×, "+hours(h.Double)+" at 2×) + "+
		hours(h.Holiday)+" paid holidays = "+hours(h.Paid)+" paid, over "+plural(q.Window.WorkDays, "workday")+" ("+
		q.Plan.HoursPerWeek.String()+" hours a week, "+overtimeName(q.Plan.Overtime)+" overtime).", "class", "hours", "id", "hours-summary")
	w.Close("div")
	return w.String()
}

// holidaysHTML lists the paid holidays in the window.
func holidaysHTML(hs []calc.Holiday) string {
	var w markup.Writer
	w.Open("ul", "id", "holidays", "class", "holidays")
	if len(hs) == 0 {
		w.Elem("li", "None: no paid holiday falls on a workday in your window.")
	}
	for _, h := range hs {
		note := ""
		if !h.Actual.IsZero() {
			note = " (observed; the holiday is " + h.Actual.Format("Monday, January 2") + ")"
		}
		w.Open("li").Elem("time", h.Date.Format("Mon, Jan 2, 2006"), "datetime", h.Date.String()).Text(" " + h.Name + note + ", " + hours(h.Hours) + " paid").Close("li")
	}
	w.Close("ul")
	return w.String()
}

// sickHousingHTML is the sick time and the housing allowance.
func sickHousingHTML(q *calc.Quote) string {
	var w markup.Writer
	s := &q.Sick
	w.Open("p").Open("strong").Elem("span", s.Hours.String(), "id", "sick-hours").Text(" hours of paid sick time").Close("strong")
	w.Text(", worth " + calc.Dollars(s.Value) + " at your rate (" + calc.Dollars(s.BandValue[0]) + " to " + calc.Dollars(s.BandValue[2]) + " across the band). " + s.Note)
	w.Close("p")
	w.Open("p", "id", "housing-note").Elem("strong", housingLead(q.Housing)).Text(" " + q.Housing.Note).Close("p")
	return w.String()
}

// weekChartHTML draws the gross of each workweek as an SVG bar chart. The
// figures are the weeks' rounded gross, which add up to the total shown.
func weekChartHTML(weeks []calc.Week) string {
	const barW, gap, top, chartH, labelH = 28.0, 8.0, 18.0, 120.0, 34.0
	most := int64(0)
	for _, wk := range weeks {
		// Whole cents as integers, for pixels only: Decimal.Div and
		// InexactFloat64 would link math/big.Rat into the wasm.
		most = max(most, wk.GrossCents.Shift(2).IntPart())
	}
	width := float64(len(weeks))*(barW+gap) + gap
	summary := "Gross pay by week: " + strconv.Itoa(len(weeks)) + " weeks"
	if len(weeks) > 0 {
		summary += ", from " + calc.Dollars(weeks[0].GrossCents) + " in the first to " + calc.Dollars(weeks[len(weeks)-1].GrossCents) + " in the last; the table below lists each"
	}
	var w markup.Writer
	w.Open("div", "class", "chart")
	w.Open("svg", "id", "week-chart", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 "+num(width)+" "+num(top+chartH+labelH),
		"preserveAspectRatio", "xMinYMin meet", "role", "img", "aria-label", summary)
	w.Open("line", "class", "axis", "x1", "0", "x2", num(width), "y1", num(top+chartH), "y2", num(top+chartH)).Close("line")
	for i, wk := range weeks {
		h := 0.0
		if most > 0 {
			h = float64(wk.GrossCents.Shift(2).IntPart()) / float64(most) * chartH
		}
		x := gap + float64(i)*(barW+gap)
		// A week that pays less than a full one (a holiday, or a week the
		// window cuts short) is drawn in the other colour.
		short := wk.Holiday.IsPositive() || wk.WorkDays < 5
		w.Open("g")
		w.Open("rect", "class", "bar"+markup.Pick(short, " short", ""), "x", num(x), "y", num(top+chartH-h),
			"width", num(barW), "height", num(h), "rx", "3")
		w.Elem("title", "Week of "+wk.Start.Format("Jan 2")+": "+calc.Dollars(wk.GrossCents))
		w.Close("rect")
		w.Elem("text", wk.Start.Format("1/2"), "class", "bar-label", "x", num(x+barW/2), "y", num(top+chartH+14), "text-anchor", "middle")
		w.Close("g")
	}
	w.Close("svg")
	w.Open("p", "class", "legend").Elem("span", "a full week", "class", "key bar").Elem("span", "a week with a paid holiday, or one the window cuts short", "class", "key bar short").Close("p")
	w.Close("div")
	return w.String()
}

// num formats a coordinate with at most one decimal: SVG needs no more.
func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// weekTableHTML is the weeks as a table, with a total row.
func weekTableHTML(q *calc.Quote) string {
	var w markup.Writer
	cols := []string{"Week of", "Workdays", "Worked", "Holiday", "Overtime", "Gross"}
	w.Open("div", "class", "table-scroll", "role", "region", "aria-label", "Week-by-week table", "tabindex", "0")
	w.Open("table", "class", "stack").Open("thead").Open("tr")
	for _, c := range cols {
		w.Elem("th", c, "scope", "col")
	}
	w.Close("tr").Close("thead").Open("tbody")
	row := func(head string, cells ...string) {
		w.Open("tr").Elem("th", head, "scope", "row")
		for i, c := range cells {
			w.Elem("td", c, "data-label", cols[i+1])
		}
		w.Close("tr")
	}
	for _, wk := range q.Weeks {
		row(wk.Start.Format("Jan 2"), strconv.Itoa(wk.WorkDays), hours(wk.Worked), hours(wk.Holiday), hours(wk.Overtime.Add(wk.Double)), calc.Dollars(wk.GrossCents))
	}
	w.Close("tbody").Open("tfoot")
	h := q.Hours
	row("Total", strconv.Itoa(q.Window.WorkDays), hours(h.Worked), hours(h.Holiday), hours(h.Overtime.Add(h.Double)), calc.Dollars(q.Chosen.Gross))
	w.Close("tfoot").Close("table").Close("div")
	return w.String()
}

// calendarHTML shows the window as rows of Monday–Sunday weeks, marking
// workdays, paid holidays and weekends.
func calendarHTML(q *calc.Quote, days []calc.Day) string {
	var w markup.Writer
	w.Open("div", "class", "calendar")
	if len(days) == 0 {
		return w.Close("div").String()
	}
	holiday := map[calc.Date]bool{}
	for _, h := range q.Holidays {
		holiday[h.Date] = true
	}
	kind := func(d calc.Date) (string, string) {
		switch {
		case d.Weekday() == 0 || d.Weekday() == 6:
			return "weekend", "weekend"
		case holiday[d]:
			return "holiday", "paid holiday"
		}
		return "work", "workday"
	}
	weekend, off := 0, len(q.Holidays)
	for _, d := range days {
		if k, _ := kind(d.Date); k == "weekend" {
			weekend++
		}
	}
	// The workdays are the quote's own count (Monday to Friday in the
	// window, paid holidays among them), so the calendar, the hours line
	// and the comparison say the same number.
	w.Elem("p", plural(q.Window.WorkDays, "workday")+" ("+plural(q.Window.WorkDays-off, "worked day")+" and "+plural(off, "paid holiday")+") and "+
		plural(weekend, "weekend day")+", "+days[0].Date.Format("Jan 2")+" to "+days[len(days)-1].Date.Format("Jan 2, 2006")+".", "id", "calendar-summary")
	w.Open("div", "class", "weekdays", "aria-hidden", "true")
	for _, s := range []string{"M", "T", "W", "T", "F", "S", "S"} {
		w.Elem("span", s)
	}
	w.Close("div").Open("div", "class", "days", "aria-hidden", "true")
	for range (int(days[0].Date.Weekday()) + 6) % 7 { // blank cells: every row starts on a Monday
		w.Elem("span", "", "class", "day blank")
	}
	for i, d := range days {
		k, what := kind(d.Date)
		label, class := strconv.Itoa(d.Date.Day), "day "+k
		if d.Date.Day == 1 || i == 0 {
			label, class = d.Date.Format("Jan 2"), class+" month-start"
		}
		w.Elem("span", label, "class", class, "title", d.Date.Format("Mon Jan 2")+": "+what)
	}
	w.Close("div")
	w.Open("p", "class", "legend").Elem("span", "workday", "class", "key work").Elem("span", "paid holiday", "class", "key holiday").Elem("span", "weekend", "class", "key weekend").Close("p")
	w.Close("div")
	return w.String()
}

// assumptionsHTML lists what the calculator assumes where the posting is
// silent.
func assumptionsHTML(p *calc.Policy) string {
	var w markup.Writer
	w.Open("ul", "class", "assumptions")
	for _, a := range p.Assumptions {
		w.Elem("li", a)
	}
	return w.Close("ul").String()
}

// status words for a check or a verdict.
func statusLabel(s calc.Status) string {
	switch s {
	case calc.Pass:
		return "OK"
	case calc.Warn:
		return "Check"
	case calc.Fail:
		return "Fails"
	}
	return "Not given"
}

func verdictText(s calc.Status) string {
	switch s {
	case calc.Pass:
		return "You meet every published requirement."
	case calc.Warn:
		return "You qualify, with points to check below."
	case calc.Fail:
		return "You do not meet a published requirement."
	}
	return ""
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

var frequencyNames = map[tax.PayFrequency]string{
	tax.Weekly: "weekly", tax.Biweekly: "two-week", tax.Semimonthly: "half-month", tax.Monthly: "monthly",
}
