package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// renderPolicyProblem says why a page has no posting to compute with: its
// terms are still loading, or they are invalid. A page shows it instead of
// any figure: a figure from another posting, or from terms it could not
// read in full, would be a wrong number.
func renderPolicyProblem(s *policySource) app.UI {
	if s.loading != "" {
		return app.P().ID("policy-status").Class("notice").Role("status").
			Text("Loading the posting's terms from " + s.loading + "…")
	}
	return app.Div().ID("policy-error").Class("policy-error").Role("alert").Body(
		app.H2().Text("This posting cannot be computed"),
		app.P().ID("policy-error-message").Text(s.err),
		app.P().Text("No figures are shown: the calculator computes only from a posting's terms that it can read in full. "+
			"The README's \"Embed it\" section describes the format."),
	)
}
