package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

const svgNS = "http://www.w3.org/2000/svg"

// weekChart draws the gross of each workweek as an SVG bar chart. The
// figures are the weeks' rounded gross, which add up to the total shown.
type weekChart struct {
	app.Compo
	Iweeks []calc.Week
}

func newWeekChart() *weekChart { return &weekChart{} }

// Weeks sets the weeks to draw.
func (c *weekChart) Weeks(w []calc.Week) *weekChart {
	c.Iweeks = w
	return c
}

func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

func (c *weekChart) Render() app.UI {
	const (
		barW, gap, top, chartH, labelH = 28.0, 8.0, 18.0, 120.0, 34.0
	)
	weeks := c.Iweeks
	max := decimal.Zero
	for _, w := range weeks {
		max = decimal.Max(max, w.GrossCents)
	}
	// Whole cents as floats, for pixels only: Decimal.Div and
	// InexactFloat64 would link math/big.Rat into the wasm.
	most := max.Shift(2).IntPart()
	width := float64(len(weeks))*(barW+gap) + gap
	summary := "Gross pay by week: " + strconv.Itoa(len(weeks)) + " weeks"
	if len(weeks) > 0 {
		summary += ", from " + calc.Dollars(weeks[0].GrossCents) + " in the first to " + calc.Dollars(weeks[len(weeks)-1].GrossCents) + " in the last; the table below lists each"
	}
	return app.Div().Class("chart").Body(
		svg("svg").ID("week-chart").
			Attr("viewBox", "0 0 "+num(width)+" "+num(top+chartH+labelH)).
			Attr("preserveAspectRatio", "xMinYMin meet").
			Attr("role", "img").Aria("label", summary).
			Body(
				svg("line").Class("axis").
					Attr("x1", "0").Attr("x2", num(width)).
					Attr("y1", num(top+chartH)).Attr("y2", num(top+chartH)),
				app.Range(weeks).Slice(func(i int) app.UI {
					w := weeks[i]
					h := 0.0
					if most > 0 {
						h = float64(w.GrossCents.Shift(2).IntPart()) / float64(most) * chartH
					}
					x := gap + float64(i)*(barW+gap)
					class := "bar"
					if w.Holiday.IsPositive() {
						class += " holiday"
					}
					return svg("g").Body(
						svg("rect").Class(class).
							Attr("x", num(x)).Attr("y", num(top+chartH-h)).
							Attr("width", num(barW)).Attr("height", num(h)).Attr("rx", "3").
							Body(svg("title").Text("Week of "+w.Start.Format("Jan 2")+": "+calc.Dollars(w.GrossCents))),
						svg("text").Class("bar-label").
							Attr("x", num(x+barW/2)).Attr("y", num(top+chartH+14)).
							Attr("text-anchor", "middle").Text(w.Start.Format("1/2")),
					)
				}),
			),
		app.P().Class("legend").Body(
			app.Span().Class("key bar").Text("a full week"),
			app.Span().Class("key bar holiday").Text("a week with a paid holiday or a partial week"),
		),
	)
}

// num formats a coordinate with at most one decimal: SVG needs no more.
func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
