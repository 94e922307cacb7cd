package posting

import (
	"strings"
	"unicode/utf8"
)

// Cleaning turns the pasted text into plain lines: markdown marks, HTML tags
// and entities, code fences, bullets and odd spaces go; smart quotes become
// ASCII; runs of spaces become one. The cleaned text is never longer than
// the original, and a list of segments maps every cleaned byte back to the
// bytes it came from, so that a term's line can be highlighted where the
// user pasted it.

// A seg maps cleaned text from n on back to the original: byte for byte
// from o when oe < 0, else all of it (up to the next seg) to orig[o:oe].
type seg struct{ n, o, oe int32 }

// A line of the cleaned text, without its newline.
type line struct {
	s, e   int
	item   bool // a list item or a table row
	header bool // a table's header row
}

type cleaner struct {
	in     string
	out    []byte
	segs   []seg
	lines  []line
	open   bool // content has been written since the last newline
	item   bool // the next line opened is a list item
	header bool // the next line opened is a table's header
	marks  int  // line-start marks consumed on this line
	ps, pe int  // pending whitespace in[ps:pe]; ps < 0: none
	cend   int  // where "-->" was last found, -1 if nowhere after cfrom
	cfrom  int
}

func clean(in string) *cleaner {
	c := &cleaner{in: in, out: make([]byte, 0, len(in)), ps: -1, cfrom: -1}
	for i := 0; i < len(in); {
		i = c.step(i)
	}
	if c.open {
		c.lines[len(c.lines)-1].e = len(c.out)
	}
	return c
}

func (c *cleaner) step(i int) int {
	in := c.in
	b := in[i]
	switch b {
	case '\n':
		c.newline(i, i+1)
		return i + 1
	case '\r':
		j := i + 1
		if j < len(in) && in[j] == '\n' {
			j++
		}
		c.newline(i, j)
		return j
	case ' ', '\t', '\f', '\v':
		c.space(i, i+1)
		return i + 1
	}
	if !c.open && b != '<' && b != '&' && c.marks < 3 {
		if j := c.prefix(i); j > i {
			c.marks++
			return j
		}
	}
	switch {
	case b == '<':
		if j := c.tag(i); j > i {
			return j
		}
	case b == '&':
		if r, j := entity(in, i); j > i {
			c.char(r, i, j, false)
			return j
		}
	case b == '*' || b == '`':
		return i + 1 // emphasis and code marks
	case b == '_' && i+1 < len(in) && in[i+1] == '_':
		return i + 2
	case b == '\\' && i+1 < len(in) && strings.IndexByte("\\-*_#|.()[]+!`", in[i+1]) >= 0:
		return i + 1 // a markdown escape
	case b < 0x20 || b == 0x7f:
		c.space(i, i+1)
		return i + 1
	case b >= 0x80:
		r, n := utf8.DecodeRuneInString(in[i:])
		if r == utf8.RuneError && n <= 1 {
			return i + 1 // not UTF-8: dropped
		}
		c.char(r, i, i+n, true)
		return i + n
	}
	// Plain ASCII runs are copied whole.
	j := i + 1
	for j < len(in) && plain(in[j]) {
		j++
	}
	c.flush()
	c.raw(i, j)
	return j
}

func plain(b byte) bool {
	return b > ' ' && b < 0x7f && b != '<' && b != '&' && b != '*' && b != '`' && b != '_' && b != '\\'
}

// prefix consumes a mark that opens a line: a bullet, a heading's #, a
// quote's >, a table's |, a number of an ordered list, or a whole code fence
// or table separator line.
func (c *cleaner) prefix(i int) int {
	in := c.in
	b := in[i]
	spaced := func(j int) bool { return j >= len(in) || in[j] == ' ' || in[j] == '\t' }
	switch {
	case (b == '-' || b == '*' || b == '+') && spaced(i+1):
		c.item = true
		return i + 1
	case b == '>':
		return i + 1
	case b == '#':
		j := i
		for j < len(in) && in[j] == '#' {
			j++
		}
		if spaced(j) {
			return j
		}
	case b == '|':
		if j := separatorRow(in, i); j > i {
			if n := len(c.lines); n > 0 {
				c.lines[n-1].header = true
			}
			return j
		}
		c.item = true
		return i + 1
	case b >= '0' && b <= '9':
		j := i
		for j < len(in) && j-i < 3 && in[j] >= '0' && in[j] <= '9' {
			j++
		}
		if j < len(in) && (in[j] == '.' || in[j] == ')') && spaced(j+1) {
			c.item = true
			return j + 1
		}
	case b == '"' || b == '\'' || b == '`' || b == '~' || b >= 0x80:
		if j := fence(in, i); j > i {
			return j
		}
		if b >= 0x80 {
			r, n := utf8.DecodeRuneInString(in[i:])
			if (bullet(r) || r == '–' || r == '—') && spaced(i+n) {
				c.item = true
				return i + n
			}
		}
	}
	return i
}

// separatorRow returns the end of a markdown table's separator line
// (|---|:--:|) starting at i, or i.
func separatorRow(in string, i int) int {
	j, dashes := i, 0
	for j < len(in) && strings.IndexByte("|-: \t", in[j]) >= 0 {
		if in[j] == '-' {
			dashes++
		}
		j++
	}
	if dashes < 3 || j < len(in) && in[j] != '\n' && in[j] != '\r' {
		return i
	}
	return j
}

// fence returns the end of a code fence line (```, ```html, or the seed's
// “`html, where a smart quote stands before the backtick) starting at i,
// or i.
func fence(in string, i int) int {
	end := min(len(in), i+40)
	j, ticks, tildes := i, 0, 0
	marks := func() {
		for j < end {
			r, n := utf8.DecodeRuneInString(in[j:end])
			switch {
			case r == '`':
				ticks++
			case r == '~':
				tildes++
			case !quote(r):
				return
			}
			j += n
		}
	}
	marks()
	if ticks == 0 && tildes < 3 {
		return i
	}
	for j < end && (isLetter(in[j]) || isDigit(in[j])) {
		j++
	}
	marks()
	for j < end && (in[j] == ' ' || in[j] == '\t') {
		j++
	}
	if j < len(in) && in[j] != '\n' && in[j] != '\r' {
		return i
	}
	return j
}

func quote(r rune) bool {
	return r == '"' || r == '\'' || squote(r) || dquote(r)
}

func squote(r rune) bool {
	return r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b' || r == '\u2032' || r == '\u02bc'
}

func dquote(r rune) bool {
	return r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u201f' || r == '\u2033' || r == '«' || r == '»'
}

func bullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '●', '‣', '⁃', '∙', '■', '□', '➢', '►', '▸', '✓', '✔':
		return true
	}
	return false
}

// char writes rune r, which stands for in[o:oe]: raw when it is the
// original's own encoding, else decoded from an entity.
func (c *cleaner) char(r rune, o, oe int, raw bool) {
	switch {
	case squote(r):
		c.flush()
		c.rep("'", o, oe)
	case dquote(r):
		c.flush()
		c.rep(`"`, o, oe)
	case r == '\u2010' || r == '\u2011':
		c.flush()
		c.rep("-", o, oe)
	case r == '\n' || r == 0x2028 || r == 0x2029 || r == 0x85:
		c.newline(o, oe)
	case r <= ' ' || r == 0xa0 || r >= 0x2000 && r <= 0x200a || r == 0x202f || r == 0x205f || r == 0x3000 || r == 0x7f:
		c.space(o, oe)
	case r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060 || r == 0xfeff || r == 0xad:
		// zero width: dropped
	case bullet(r):
		c.newline(o, oe)
		c.item = true
	case r == '…':
		c.flush()
		c.rep("...", o, oe)
	case raw:
		c.flush()
		c.raw(o, oe)
	default:
		c.flush()
		c.rep(string(r), o, oe)
	}
}

// tag reads an HTML tag or comment at in[i] == '<': block tags break the
// line, cells become " | ", the rest goes. It returns i when there is no
// tag. Its scan stops at the next '<', so the text is read once.
func (c *cleaner) tag(i int) int {
	in := c.in
	j := i + 1
	if strings.HasPrefix(in[j:], "!--") {
		e := c.commentEnd(j + 3)
		if e < 0 {
			return i
		}
		return e + 3
	}
	closing := j < len(in) && in[j] == '/'
	if closing {
		j++
	}
	k := j
	for k < len(in) && k-j < 12 && (isLetter(in[k]) || isDigit(in[k])) {
		k++
	}
	if k == j || !isLetter(in[j]) {
		return i
	}
	e := k
	for e < len(in) && e-i < 1024 && in[e] != '>' && in[e] != '<' {
		e++
	}
	if e >= len(in) || in[e] != '>' {
		return i
	}
	e++
	switch name := asciiLower(in[j:k]); name {
	case "td", "th":
		if name == "th" {
			if c.open {
				c.lines[len(c.lines)-1].header = true
			} else {
				c.header = true
			}
		}
		if !closing && c.open {
			c.ps = -1
			c.rep(" | ", i, e)
		}
	case "li", "tr", "dt", "dd":
		c.newline(i, e)
		c.item = c.item || !closing
	case "p", "br", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead",
		"section", "article", "header", "footer", "hr", "blockquote", "pre", "title", "main", "dl":
		c.newline(i, e)
	}
	return e
}

// commentEnd returns where the "-->" after from is, or -1. It remembers
// what it found, so that many comment openings cost one scan.
func (c *cleaner) commentEnd(from int) int {
	if c.cfrom >= 0 && from >= c.cfrom && (c.cend < 0 || from <= c.cend) {
		return c.cend
	}
	c.cfrom = from
	if k := strings.Index(c.in[from:], "-->"); k >= 0 {
		c.cend = from + k
	} else {
		c.cend = -1
	}
	return c.cend
}

// entity decodes an HTML character reference at in[i] == '&'; it returns i
// when there is none.
func entity(in string, i int) (rune, int) {
	end := min(len(in), i+12)
	k := i + 1
	for k < end && (isLetter(in[k]) || isDigit(in[k]) || in[k] == '#') {
		k++
	}
	if k == i+1 || k >= end || in[k] != ';' {
		return 0, i
	}
	name := in[i+1 : k]
	if name[0] == '#' {
		base, digits := 10, name[1:]
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			base, digits = 16, digits[1:]
		}
		if len(digits) == 0 || len(digits) > 7 {
			return 0, i
		}
		r := 0
		for _, d := range []byte(digits) {
			v := hexValue(d)
			if v < 0 || v >= base {
				return 0, i
			}
			r = r*base + v
		}
		if r == 0 || r > utf8.MaxRune || r >= 0xd800 && r < 0xe000 {
			return 0, i
		}
		return rune(r), k + 1
	}
	names := [...]struct {
		n string
		r rune
	}{{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xa0},
		{"ndash", '–'}, {"mdash", '—'}, {"rsquo", '’'}, {"lsquo", '‘'}, {"rdquo", '”'}, {"ldquo", '“'},
		{"hellip", '…'}, {"bull", '•'}, {"middot", '·'}, {"minus", '−'}, {"ensp", ' '}, {"emsp", ' '},
		{"thinsp", ' '}, {"dollar", '$'}, {"copy", '©'}, {"reg", '®'}, {"trade", '™'}, {"AMP", '&'}}
	for _, e := range names {
		if e.n == name {
			return e.r, k + 1
		}
	}
	return 0, i
}

func hexValue(d byte) int {
	switch {
	case d >= '0' && d <= '9':
		return int(d - '0')
	case d >= 'a' && d <= 'f':
		return int(d-'a') + 10
	case d >= 'A' && d <= 'F':
		return int(d-'A') + 10
	}
	return -1
}

// openLine starts a line record at the first content of a line.
func (c *cleaner) openLine() {
	if !c.open {
		c.lines = append(c.lines, line{s: len(c.out), item: c.item, header: c.header})
		c.open, c.item, c.header, c.ps = true, false, false, -1
	}
}

// flush opens the line and writes the pending whitespace as one space.
func (c *cleaner) flush() {
	c.openLine()
	if c.ps >= 0 {
		ps, pe := c.ps, c.pe
		c.ps = -1
		if pe-ps == 1 && c.in[ps] == ' ' {
			c.raw(ps, pe)
		} else {
			c.rep(" ", ps, pe)
		}
	}
}

func (c *cleaner) space(o, oe int) {
	if !c.open {
		return
	}
	if c.ps < 0 {
		c.ps = o
	}
	c.pe = oe
}

func (c *cleaner) newline(o, oe int) {
	c.ps = -1
	c.marks = 0
	if !c.open {
		return
	}
	c.lines[len(c.lines)-1].e = len(c.out)
	if oe-o == 1 && c.in[o] == '\n' {
		c.raw(o, oe)
	} else {
		c.rep("\n", o, oe)
	}
	c.open = false
}

// raw copies in[o:oe].
func (c *cleaner) raw(o, oe int) {
	if n := len(c.segs); n == 0 || c.segs[n-1].oe >= 0 || int(c.segs[n-1].o)+len(c.out)-int(c.segs[n-1].n) != o {
		c.segs = append(c.segs, seg{int32(len(c.out)), int32(o), -1})
	}
	c.out = append(c.out, c.in[o:oe]...)
}

// rep writes s in place of in[o:oe].
func (c *cleaner) rep(s string, o, oe int) {
	c.segs = append(c.segs, seg{int32(len(c.out)), int32(o), int32(oe)})
	c.out = append(c.out, s...)
}

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
