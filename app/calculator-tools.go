package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// renderTools is what the page does with a plan beyond showing it: compare
// it with the published start dates and pinned plans, take it away as files
// or a link, embed it on another site, and compute another posting.
func (c *calculatorPage) renderTools() app.UI {
	return app.Div().Class("plan-tools").Body(
		newExportPanel().Quote(c.view).Policy(c.policy).Stale(c.stale),
		newCompareTable().Policy(c.policy).Plan(c.view.Plan, !c.stale),
		newEmbedPanel().Query(c.viewQuery),
		c.renderPosting(),
	)
}
