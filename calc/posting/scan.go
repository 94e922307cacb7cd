package posting

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The cleaned text is cut into units, each a sentence of a line (a bullet,
// a table row, a heading), and each unit into tokens: words, numbers and
// symbols. Every rule reads tokens with a bounded look around, and what a
// unit holds (its classes of words) is a bit set computed once, so the
// whole read is linear in the text.

// maxUnit bounds a unit: a longer run of text (a posting pasted without
// any full stop) is cut at a space.
const maxUnit = 1024

type text struct {
	src   string // as given
	s     string // cleaned
	lower string // s with ASCII letters in lower case: the words of tokens
	segs  []seg
	lines []line
	units []unit
	toks  []tok

	words, common     int // word tokens, and common English ones among them
	foreign           int // common words of Spanish, French, German and others, in lower case
	ascii, nonASCII   int // letters
	title, titleValue int // the title's unit, -1 if none
}

type unit struct {
	s, e        int // in the cleaned text
	ts, te      int // its tokens
	line        int
	first, last bool // first or last unit of its line
	isLabel     bool // a line that ends with ':' or a table's header row
	label       int  // the label unit this one is under, or -1
	has         uint64
}

// A token is a word (k 'a', lower case in w), a number (k '0', its digits in
// w, separators dropped) or a symbol (k the symbol; every dash is '-').
type tok struct {
	s, e int32 // in the cleaned text
	k    byte
	sp   bool // preceded by a space, or first in its unit
	cap  bool // a word that starts with a capital
	ord  bool // a number with an ordinal suffix: 11th
	w    string
	cls  uint64
}

func scan(src string) *text {
	c := clean(src)
	t := &text{src: src, s: string(c.out), segs: c.segs, lines: c.lines, title: -1, titleValue: -1}
	t.lower = asciiLower(t.s)
	t.toks = make([]tok, 0, len(t.s)/4)
	for li, ln := range t.lines {
		first := len(t.units)
		start := ln.s
		for i := ln.s; i < ln.e; i++ {
			b := t.s[i]
			switch {
			case (b == '.' || b == '!' || b == '?') && i+2 < ln.e && t.s[i+1] == ' ' && opens(t.s[i+2]) && !abbreviation(t.s[start:i]):
				t.unit(start, i+1, li)
				start = i + 2
			case i-start >= maxUnit && (b == ' ' || i-start >= 2*maxUnit && utf8.RuneStart(b)):
				t.unit(start, i, li)
				start = i
			}
		}
		t.unit(start, ln.e, li)
		if n := len(t.units); n > first {
			t.units[first].first = true
			t.units[n-1].last = true
		}
	}
	// A label (a line ending with ':', a table's header row, a heading
	// that names the pay) reads into the line after it and the list items
	// that follow.
	label := -1
	for i := range t.units {
		u := &t.units[i]
		if u.first && label >= 0 && u.line != t.units[label].line+1 && !t.lines[u.line].item {
			label = -1
		}
		u.label = label
		if u.first && u.last && u.e-u.s <= 100 && (t.s[u.e-1] == ':' || t.lines[u.line].header || t.payHeading(i)) {
			u.isLabel = true
			label = i
		}
	}
	return t
}

// payHeading reports whether unit i is a heading that names the pay, its
// colon left out: "Hourly Rate", "Pay Range", "Compensation". Its words
// are all a pay label's, one of them at least the pay's own.
func (t *text) payHeading(i int) bool {
	toks := t.tokens(i)
	if len(toks) == 0 || len(toks) > 6 {
		return false
	}
	pay := false
	for _, k := range toks {
		if k.k != 'a' || k.cls&(cGeneric|cPay|cAdj) == 0 {
			return false
		}
		pay = pay || k.cls&(cPay|cAdj) != 0 && !k.in("rate rates range ranges base")
	}
	return pay
}

func opens(b byte) bool {
	return b >= 'A' && b <= 'Z' || isDigit(b) || b == '$' || b == '(' || b == '"' || b == '\'' || b >= 0x80
}

// abbreviation reports whether s ends with a word that a full stop follows
// without ending a sentence: "e.g", "U.S", "Inc", "Jan".
func abbreviation(s string) bool {
	i := len(s)
	for i > 0 && len(s)-i < 8 && isLetter(s[i-1]) {
		i--
	}
	w := s[i:]
	if i > 0 && isLetter(s[i-1]) || w == "" {
		return false
	}
	if len(w) == 1 {
		return true
	}
	switch asciiLower(w) {
	case "inc", "corp", "co", "ltd", "llc", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "vs", "no", "approx",
		"dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"hr", "hrs", "wk", "mo", "yr", "min", "max", "est", "ph", "etc":
		return true
	}
	return false
}

// unit adds the unit t.s[s:e], trimmed, and its tokens.
func (t *text) unit(s, e, li int) {
	for s < e && (t.s[s] == ' ' || t.s[s] == '|') {
		s++
	}
	for e > s && (t.s[e-1] == ' ' || t.s[e-1] == '|') {
		e--
	}
	if s == e {
		return
	}
	u := unit{s: s, e: e, line: li, label: -1, ts: len(t.toks)}
	t.tokenize(s, e)
	u.te = len(t.toks)
	for _, k := range t.toks[u.ts:u.te] {
		u.has |= k.cls
	}
	t.units = append(t.units, u)
}

func (t *text) tokenize(s, e int) {
	src := t.s
	v := vocab()
	sp := true
	for i := s; i < e; {
		b := src[i]
		if b == ' ' {
			sp = true
			i++
			continue
		}
		k := tok{s: int32(i), sp: sp}
		sp = false
		r, n := rune(b), 1
		if b >= 0x80 {
			r, n = utf8.DecodeRuneInString(src[i:e])
		}
		switch {
		case isDigit(b):
			i = number(src, i, e, &k)
		case isLetter(b) || r >= 0x80 && unicode.IsLetter(r):
			j := i
			for j < e {
				c := src[j]
				if isLetter(c) || j > i && isDigit(c) {
					t.ascii++
					j++
					continue
				}
				if c == '\'' && j > i && j+1 < e && isLetter(src[j+1]) {
					j++
					continue
				}
				if c >= 0x80 {
					if r, n := utf8.DecodeRuneInString(src[j:e]); unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
						t.nonASCII++
						j += n
						continue
					}
				}
				break
			}
			k.k = 'a'
			// Only ASCII letters are lowered: the rules' words are ASCII.
			k.w = t.lower[i:j]
			k.cap = b >= 'A' && b <= 'Z' || r >= 0x80 && unicode.IsUpper(r)
			k.cls = v[k.w]
			t.words++
			if k.cls&cEnglish != 0 {
				t.common++
			}
			// A foreign word in capitals is a name ("Las Vegas", "Des
			// Moines") or a state ("Chicago, IL"), not a language's.
			if k.cls&cForeign != 0 && !k.cap {
				t.foreign++
			}
			i = j
		default:
			k.k = b
			switch {
			case r == '–' || r == '—' || r == '−' || r == '‒' || r == '―' || r == '~':
				k.k = '-'
			case r == '·' || r == '•': // "Acme · New York, NY": a cell's edge
				k.k = '|'
			case b >= 0x80 || strings.IndexByte("$-/:,.()%|;&'", b) < 0:
				// No rule reads this symbol: it separates, and that is all.
				sp = true
				i += n
				continue
			}
			i += n
			if k.k == '-' && len(t.toks) > 0 && t.toks[len(t.toks)-1].k == '-' && int(t.toks[len(t.toks)-1].e) == int(k.s) {
				t.toks[len(t.toks)-1].e = int32(i) // "--" is one dash
				continue
			}
		}
		k.e = int32(i)
		t.toks = append(t.toks, k)
		// A hyphen inside a word ("full-time", "12-week") joins, not
		// separates: it is dropped, and the next token has no space.
		if (k.k == 'a' || k.k == '0') && i+1 < e && src[i] == '-' && isLetter(src[i+1]) {
			i++
		}
	}
}

// number reads the number at src[i] into k and returns its end: digits,
// with thousands separators ("1,920") and a decimal part, and an ordinal
// suffix ("11th"). More than 15 digits is not a number (k '#').
func number(src string, i, e int, k *tok) int {
	j := i
	for j < e && isDigit(src[j]) {
		j++
	}
	comma := false
	for j+3 < e && src[j] == ',' && isDigit(src[j+1]) && isDigit(src[j+2]) && isDigit(src[j+3]) && (j+4 == e || !isDigit(src[j+4])) {
		j += 4
		comma = true
	}
	if j+1 < e && src[j] == '.' && isDigit(src[j+1]) {
		j++
		for j < e && isDigit(src[j]) {
			j++
		}
	}
	digits := src[i:j]
	if comma {
		b := make([]byte, 0, len(digits))
		for k := 0; k < len(digits); k++ {
			if digits[k] != ',' {
				b = append(b, digits[k])
			}
		}
		digits = string(b)
	}
	if j+1 < e {
		switch asciiLower(src[j : j+2]) {
		case "st", "nd", "rd", "th":
			if j+2 == e || !isLetter(src[j+2]) {
				k.ord = true
				j += 2
			}
		}
	}
	k.k, k.w = '0', digits
	if len(digits) > 15 {
		k.k = '#'
	}
	return j
}

// asciiLower returns s with its ASCII letters in lower case, byte for
// byte, so that a word's lower case is a slice of it at the same offsets.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// english reports whether the text reads as English: most of its letters
// are ASCII, its commonest small words are English ones rather than those
// of Spanish, French or German (two of those and no English ones is a
// two-line snippet in another language), and a long text has enough of
// them (a list of skills has few).
func (t *text) english() bool {
	switch {
	case t.nonASCII*10 > (t.ascii+t.nonASCII)*3:
		return false
	case t.foreign >= 2 && t.foreign > 2*t.common:
		return false
	}
	return t.words < 200 || t.common*100 >= t.words*3
}

// leansForeign reports whether the text has more small words of another
// language than of English: when it has no pay either, not being in
// English is the likelier reason to give.
func (t *text) leansForeign() bool { return t.foreign > 0 && t.foreign > t.common }

// The classes of words, as bits of a unit's has.
const (
	cHour        = 1 << iota // hour, hr, hourly
	cWeek                    // week, weekly, wk
	cMonth                   // month, monthly, mo
	cYear                    // year, annual, yr
	cAdj                     // hourly, weekly, monthly, annual: a pay period
	cPay                     // pay, compensation, salary, wage, rate
	cNonWage                 // what a lump sum is for: housing, equipment, signing
	cLump                    // stipend, bonus, allowance: a lump sum without a period
	cProgram                 // program, internship, period, duration
	cCommit                  // commit, minimum, least, must
	cSeason                  // summer, fall, spring, winter
	cStart                   // start, begin, cohort
	cNotStart                // the word before a date that is not a start: by, until, deadline
	cHoliday                 // holiday
	cSick                    // sick
	cHousing                 // housing, relocation, lodging
	cApply                   // apply, application, submit
	cLimit                   // maximum, up, only, most, limit
	cNeg                     // no, not, without
	cEnroll                  // pursuing, enrolled, currently
	cDegree                  // degree, bachelor, master, phd
	cGrad                    // graduate, graduation
	cRemote                  // remote
	cEnglish                 // the, and, of, with…
	cMonthName               // january…
	cWeekday                 // monday…
	cGeneric                 // words of a label that names no tier: hourly rate, pay range
	cRole                    // intern, internship, co-op, apprentice
	cTerm                    // semester, term, quarter, session, cohort: next to a season
	cPosition                // position, role, application, job: what an application limit counts
	cForeign                 // de, und, pour: not English
	cNumber                  // one, twelve: a number in words
	cHolidayWord             // the first word of a holiday's name
)

var vocab = sync.OnceValue(func() map[string]uint64 {
	m := make(map[string]uint64, 600)
	for _, c := range [...]struct {
		bits  uint64
		words string
	}{
		{cHour, "hour hours hr hrs h hourly"},
		{cWeek, "week weeks wk wks weekly workweek"},
		{cMonth, "month months mo mos monthly mth"},
		{cYear, "year years yr yrs annual annually yearly annum"},
		{cAdj, "hourly weekly monthly annual annually yearly salary"},
		{cPay, "pay paid compensation salary wage wages rate rates earn earns earning base range"},
		{cNonWage, "housing relocation equipment signing sign bonus gift referral budget diem transit commuter " +
			"wellness lunch meal meals phone internet tuition learning travel moving lodging credit credits match " +
			"matching reimbursed reimbursement office laptop gym"},
		{cLump, "stipend stipends bonus allowance allowances reimbursement credit budget award"},
		{cProgram, "program programme programs internship internships co op coop period duration long length " +
			"lasting lasts last runs run term session assignment rotation schedule spend spending"},
		{cCommit, "commit commitment committed minimum least required requires require must"},
		{cSeason, "summer fall autumn spring winter"},
		{cStart, "start starts starting begin begins beginning commence commences commencing onboarding cohort cohorts"},
		{cNotStart, "open opens opening close closes closed closing due deadline by before after until through " +
			"to till thru end ends ending posted updated apply graduate graduating"},
		{cHoliday, "holiday holidays"},
		{cSick, "sick"},
		{cHousing, "housing relocation lodging"},
		{cApply, "apply applying application applications applicant applicants submit submitted considered"},
		{cLimit, "maximum max up only most limit limited single exceed more"},
		{cNeg, "no not cannot without none unavailable isn't doesn't don't won't aren't can't"},
		{cEnroll, "pursuing enrolled enrollment enrolment currently"},
		{cDegree, "degree degrees bachelor bachelor's bachelors master master's masters phd doctorate doctoral " +
			"undergraduate postgraduate bs ba ms mba bsc msc"},
		{cGrad, "graduate graduating graduation graduates grad"},
		{cRemote, "remote remotely"},
		{cEnglish, "the and to of for is you with our will are be we your this that have on as by at or from " +
			"it can who all us"},
		{cMonthName, "january february march april may june july august september october november december " +
			"jan feb mar apr jun jul aug sep sept oct nov dec"},
		{cWeekday, "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun"},
		{cGeneric, "hourly weekly monthly rate rates pay range ranges compensation salary base wage wages the " +
			"is of for this position role in per an a our expected estimated usd intern interns internship " +
			"starting typical selected city"},
		{cRole, "intern interns internship internships co op coop apprentice apprenticeship trainee"},
		{cTerm, "semester semesters term terms quarter session sessions cohort internship internships intern interns co op coop program"},
		{cForeign, "de la el las y en para con por una del que es al se su sus und der die das mit für wir " +
			"ist nicht von zu den dem ein eine auf bei le les et des du pour nous vous est une dans sur avec " +
			"il di che sono och att av för är uma não da dos por los como sobre más mes semana hora horas par au aux ou " +
			"votre notre vos cette sont selon chez mois semaine heures nach oder auch sie ihr ihre stunden woche monat"},
		{cNumber, "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
			"sixteen seventeen eighteen nineteen twenty"},
		{cHolidayWord, "new memorial independence fourth 4th labor labour thanksgiving christmas day friday black " +
			"martin mlk presidents president's washington's juneteenth veterans veteran's columbus indigenous july"},
		{cPosition, "position positions role roles application applications job jobs requisition requisitions " +
			"posting postings opening openings internship internships opportunity opportunities team teams"},
	} {
		for _, w := range strings.Fields(c.words) {
			m[w] |= c.bits
		}
	}
	return m
})

// unitText returns unit i's cleaned text.
func (t *text) unitText(i int) string { return t.s[t.units[i].s:t.units[i].e] }

// tokens returns unit i's tokens.
func (t *text) tokens(i int) []tok { return t.toks[t.units[i].ts:t.units[i].te] }

// start returns the offset in the original of the cleaned byte at p.
func (t *text) start(p int) int {
	g := t.seg(p)
	if g.oe < 0 {
		return int(g.o) + p - int(g.n)
	}
	return int(g.o)
}

// end returns the offset in the original just past the source of the
// cleaned byte at p-1.
func (t *text) end(p int) int {
	g := t.seg(p - 1)
	if g.oe < 0 {
		return int(g.o) + p - int(g.n)
	}
	return int(g.oe)
}

// seg returns the segment that holds the cleaned byte at p.
func (t *text) seg(p int) seg {
	lo, hi := 0, len(t.segs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(t.segs[m].n) <= p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return t.segs[max(lo-1, 0)]
}

// Helpers on tokens.

func (k *tok) is(w string) bool { return k.k == 'a' && k.w == w }

// in reports whether k is one of the words of list, which are separated
// by single spaces. (One string per call, not a slice of them: in
// WebAssembly a slice literal at each of many call sites adds up.)
func (k *tok) in(list string) bool {
	return k.k == 'a' && oneOf(k.w, list)
}

// oneOf reports whether w is one of the words of list.
func oneOf(w, list string) bool {
	for len(list) > 0 {
		n := strings.IndexByte(list, ' ')
		if n < 0 {
			return list == w
		}
		if list[:n] == w {
			return true
		}
		list = list[n+1:]
	}
	return false
}

var blank tok

// at returns toks[i], or a blank token past either end. It is not to be
// written through.
func at(toks []tok, i int) *tok {
	if i < 0 || i >= len(toks) {
		return &blank
	}
	return &toks[i]
}

// count returns the whole number a token writes, in digits or in words
// ("twelve"), and whether it is one.
func count(k *tok) (int, bool) {
	switch k.k {
	case '0':
		if k.ord || strings.IndexByte(k.w, '.') >= 0 || len(k.w) > 6 {
			return 0, false
		}
		n := 0
		for i := 0; i < len(k.w); i++ {
			n = n*10 + int(k.w[i]-'0')
		}
		return n, true
	case 'a':
		if k.cls&cNumber == 0 {
			break
		}
		for i, w := range [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty"} {
			if k.w == w {
				return i, true
			}
		}
		if k.w == "a" || k.w == "an" || k.w == "single" {
			return 1, false // one, but only where a rule asks for it
		}
	}
	return 0, false
}
