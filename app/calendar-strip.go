package main

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
)

// calendarStrip shows the window as rows of Monday–Sunday weeks, marking
// workdays, paid holidays and weekends.
type calendarStrip struct {
	app.Compo
	Idays []calc.Day
}

func newCalendarStrip() *calendarStrip { return &calendarStrip{} }

// Days sets the window's days (calc.Quote.Days).
func (c *calendarStrip) Days(d []calc.Day) *calendarStrip {
	c.Idays = d
	return c
}

func (c *calendarStrip) Render() app.UI {
	days := c.Idays
	if len(days) == 0 {
		return app.Div().Class("calendar")
	}
	work, off, weekend := 0, 0, 0
	for _, d := range days {
		switch {
		case !isWeekday(d.Date):
			weekend++
		case d.Holiday.IsPositive():
			off++
		default:
			work++
		}
	}
	// Blank cells before the first day, so every row starts on a Monday.
	lead := (int(days[0].Date.Weekday()) + 6) % 7
	cells := make([]app.UI, 0, lead+len(days))
	for range lead {
		cells = append(cells, app.Span().Class("day blank"))
	}
	for _, d := range days {
		kind, what := "work", "workday"
		switch {
		case !isWeekday(d.Date):
			kind, what = "weekend", "weekend"
		case d.Holiday.IsPositive():
			kind, what = "holiday", "paid holiday"
		}
		label := d.Date.Format("Mon Jan 2") + ": " + what
		cell := app.Span().Class("day " + kind).Title(label).Text(strconv.Itoa(d.Date.Day))
		if d.Date.Day == 1 || d == days[0] {
			cell = app.Span().Class("day " + kind + " month-start").Title(label).Text(d.Date.Format("Jan 2"))
		}
		cells = append(cells, cell)
	}
	return app.Div().Class("calendar").Body(
		app.P().ID("calendar-summary").Text(
			strconv.Itoa(work)+" workdays, "+strconv.Itoa(off)+" paid holidays and "+strconv.Itoa(weekend)+" weekend days, "+
				days[0].Date.Format("Jan 2")+" to "+days[len(days)-1].Date.Format("Jan 2, 2006")+"."),
		app.Div().Class("weekdays").Aria("hidden", true).Body(
			app.Range(weekdayInitials).Slice(func(i int) app.UI { return app.Span().Text(weekdayInitials[i]) }),
		),
		app.Div().Class("days").Aria("hidden", true).Body(cells...),
		app.P().Class("legend").Body(
			app.Span().Class("key work").Text("workday"),
			app.Span().Class("key holiday").Text("paid holiday"),
			app.Span().Class("key weekend").Text("weekend"),
		),
	)
}

var weekdayInitials = []string{"M", "T", "W", "T", "F", "S", "S"}

func isWeekday(d calc.Date) bool { return d.Weekday() != time.Saturday && d.Weekday() != time.Sunday }
