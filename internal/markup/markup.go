// Package markup writes HTML as text: the calculator's display-only
// sections (the checks, the tables, the chart, the calendar) and the
// offers page are strings shown with app.Raw or innerHTML, one DOM update
// when they change, instead of hundreds of element builders, their calls
// into JavaScript and their code in the wasm.
//
// Every attribute value and text is escaped here, in one place; tag and
// attribute names are the caller's own, never input. The app's tests put
// markup in every posting field to hold that.
package markup

// A Writer writes HTML. Its methods are not inlined: a call is a few bytes
// of WebAssembly where an inlined append is hundreds, and the display code
// makes thousands of them.
type Writer struct{ b []byte }

// Open writes a start tag with attributes given as name, value pairs. An
// attribute whose value is Omit is left out, so that a caller can leave
// one out on a condition: Open("td", "class", When(best, "best")).
//
//go:noinline
func (w *Writer) Open(tag string, attrs ...string) *Writer {
	w.b = append(w.b, '<')
	w.b = append(w.b, tag...)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] == Omit {
			continue
		}
		w.b = append(w.b, ' ')
		w.b = append(w.b, attrs[i]...)
		w.b = append(w.b, `="`...)
		w.b = AppendEscaped(w.b, attrs[i+1])
		w.b = append(w.b, '"')
	}
	w.b = append(w.b, '>')
	return w
}

// Close writes an end tag.
//
//go:noinline
func (w *Writer) Close(tag string) *Writer {
	w.b = append(w.b, "</"...)
	w.b = append(w.b, tag...)
	w.b = append(w.b, '>')
	return w
}

// Text writes escaped text.
//
//go:noinline
func (w *Writer) Text(s string) *Writer {
	w.b = AppendEscaped(w.b, s)
	return w
}

// Elem writes an element holding only text.
//
//go:noinline
func (w *Writer) Elem(tag, text string, attrs ...string) *Writer {
	return w.Open(tag, attrs...).Text(text).Close(tag)
}

// Raw writes HTML as it is: HTML another Writer wrote.
func (w *Writer) Raw(html string) *Writer {
	w.b = append(w.b, html...)
	return w
}

// String returns the HTML written.
func (w *Writer) String() string { return string(w.b) }

// Len returns the number of bytes written.
func (w *Writer) Len() int { return len(w.b) }

// Omit is an attribute value that Open leaves out with its name.
const Omit = "\x00"

// When returns v when on, else Omit.
func When(on bool, v string) string {
	if on {
		return v
	}
	return Omit
}

// Pick returns a when on, else b.
func Pick(on bool, a, b string) string {
	if on {
		return a
	}
	return b
}

// Escape escapes the characters that are special in HTML text and
// attribute values, as html.EscapeString does; written out, it keeps
// strings.Replacer (about 9 KB gzipped) out of the wasm.
func Escape(s string) string { return string(AppendEscaped(nil, s)) }

// AppendEscaped appends s, escaped, to b.
func AppendEscaped(b []byte, s string) []byte {
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
