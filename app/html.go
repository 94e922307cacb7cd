package main

// The sections of the page that only display (the checks, the tables, the
// chart, the calendar) are written as HTML text by the functions of the
// *-html.go files, and shown with app.Raw: one string, one DOM update when
// it changes, instead of hundreds of element builders, their JS calls at
// mount and their code in the wasm. Every value is escaped here, in one
// place: TestSectionsEscapeEveryField puts markup in every posting field.

// htmlw writes HTML. Attribute values and text are escaped; tag and
// attribute names are the code's own. Its methods are not inlined: a call
// is a few bytes of WebAssembly where an inlined append is hundreds, and the
// display code makes thousands of them.
type htmlw struct{ b []byte }

// open writes a start tag with attributes given as name, value pairs. An
// attribute whose value is omit is left out, so that a caller can leave one
// out on a condition: open("td", "class", when(best, "best")).
//
//go:noinline
func (w *htmlw) open(tag string, attrs ...string) *htmlw {
	w.b = append(w.b, '<')
	w.b = append(w.b, tag...)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] == omit {
			continue
		}
		w.b = append(w.b, ' ')
		w.b = append(w.b, attrs[i]...)
		w.b = append(w.b, `="`...)
		w.b = appendEscaped(w.b, attrs[i+1])
		w.b = append(w.b, '"')
	}
	w.b = append(w.b, '>')
	return w
}

// close writes an end tag.
//
//go:noinline
func (w *htmlw) close(tag string) *htmlw {
	w.b = append(w.b, "</"...)
	w.b = append(w.b, tag...)
	w.b = append(w.b, '>')
	return w
}

// text writes escaped text.
//
//go:noinline
func (w *htmlw) text(s string) *htmlw {
	w.b = appendEscaped(w.b, s)
	return w
}

// elem writes an element holding only text.
//
//go:noinline
func (w *htmlw) elem(tag, text string, attrs ...string) *htmlw {
	return w.open(tag, attrs...).text(text).close(tag)
}

func (w *htmlw) String() string { return string(w.b) }

// omit is an attribute value that open leaves out with its name.
const omit = "\x00"

// when returns v when on, else omit.
func when(on bool, v string) string {
	if on {
		return v
	}
	return omit
}

// escapeHTML escapes the characters that are special in HTML text and
// attribute values, as html.EscapeString does; written out, it keeps
// strings.Replacer (about 9 KB gzip) out of the wasm.
func escapeHTML(s string) string { return string(appendEscaped(nil, s)) }

func appendEscaped(b []byte, s string) []byte {
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
	return b
}
