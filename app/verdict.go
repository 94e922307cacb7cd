package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
)

// verdict shows the outcome of every check, as one line. Its element has
// the stable id "verdict" and the status in data-status.
type verdict struct {
	app.Compo
	Istatus calc.Status
}

func newVerdict() *verdict { return &verdict{} }

// Status sets the verdict to show.
func (v *verdict) Status(s calc.Status) *verdict {
	v.Istatus = s
	return v
}

func (v *verdict) Render() app.UI {
	return app.P().ID("verdict").Class("verdict "+string(v.Istatus)).
		DataSet("status", string(v.Istatus)).Aria("live", "polite").Body(
		app.Span().Class("badge "+string(v.Istatus)).Text(statusLabel(v.Istatus)),
		app.Text(" "+verdictText(v.Istatus)),
	)
}
