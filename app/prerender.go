package main

import (
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// attrValue makes text from a link (a typed value, a posting's names) safe
// to put in an HTML attribute. When go-app prerenders a page on the server
// it writes an attribute as a Go-quoted string (strconv.Quote), not as
// escaped HTML: a `"` in the value ends the attribute, and what follows is
// markup (/?rate=x"><h1>… would inject a heading). Escaped as HTML first,
// the attribute reads back as the value. In the browser go-app sets
// attributes through the DOM, where no escaping is wanted.
func attrValue(s string) string {
	if app.IsServer {
		return html.EscapeString(s)
	}
	return s
}
