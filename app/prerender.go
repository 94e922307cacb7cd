package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// attrValue makes text from a link (a typed value, a posting's names) safe
// to put in an HTML attribute. When go-app prerenders a page on the server
// it writes an attribute as a Go-quoted string (strconv.Quote), not as
// escaped HTML: a `"` in the value ends the attribute, and what follows is
// markup (/?rate=x"><h1>… would inject a heading). Escaped as HTML first,
// the attribute reads back as the value. In the browser go-app sets
// attributes through the DOM, where no escaping is wanted.
func attrValue(s string) string {
	if app.IsServer {
		return escapeHTML(s)
	}
	return s
}

// escapeHTML escapes the characters that are special in HTML text and
// attribute values, as html.EscapeString does; written out, it keeps
// strings.Replacer (about 9 KB gzip) out of the wasm.
func escapeHTML(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<', '>', '&', '\'', '"':
			n++
		}
	}
	if n == 0 {
		return s
	}
	b := make([]byte, 0, len(s)+4*n)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '&':
			b = append(b, "&amp;"...)
		case '\'':
			b = append(b, "&#39;"...)
		case '"':
			b = append(b, "&#34;"...)
		default:
			b = append(b, c)
		}
	}
	return string(b)
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
