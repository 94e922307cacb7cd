package main

import (
	"strconv"
	"unicode/utf8"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// When go-app prerenders a page on the server, it writes an attribute's
// value as a Go string literal (strconv.Quote), not as escaped HTML: a `"`
// in the value ends the attribute and what follows is markup
// (/?rate=x"><h1>… would inject a heading), a backslash comes out doubled
// and a zero-width space as the six letters \u200b; and a value of exactly
// "true" is written as a bare attribute, which HTML reads as empty (an
// aria-pressed with no value is no state at all). In the browser go-app
// sets attributes through the DOM, where none of this applies. Every
// attribute value that is not the code's own goes through attrValue, and
// every ARIA state through ariaBool.

// attrValue makes a value safe to prerender as an attribute: everything
// strconv.Quote would change, and HTML's special characters, as character
// references, which the browser reads back as the value.
func attrValue(s string) string {
	if app.IsClient {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r == '<' || r == '>' || r == '&' || r == '\'' || r == '"':
			b = markup.AppendEscaped(b, string(r))
		case r == '\\':
			b = append(b, "&#92;"...)
		case !strconv.IsPrint(r):
			b = append(b, "&#x"...)
			b = strconv.AppendInt(b, int64(r), 16)
			b = append(b, ';')
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// ariaBool is an ARIA state: "true" or "false". On the server "true" is
// written as a character reference, which go-app writes out whole rather
// than as a bare attribute.
func ariaBool(on bool) string {
	switch {
	case !on:
		return "false"
	case app.IsServer:
		return "&#116;rue"
	}
	return "true"
}

// boolAttr sets a boolean attribute (checked, selected, disabled, open)
// through set, but on the server only when it is true. go-app prerenders a
// false one as checked="false", and HTML reads any value of a boolean
// attribute, "false" too, as true: the prerendered page showed both tax
// checkboxes ticked, the last option of every list selected, the pin button
// disabled and the posting panel open, until the wasm took over. In the
// browser go-app sets the property, false as well, and must keep doing so.
func boolAttr[T any](el T, on bool, set func(T, bool) T) T {
	if on || app.IsClient {
		return set(el, on)
	}
	return el
}
