package posting

import (
	"slices"
	"strings"
	"sync"

	"github.com/offercalc/offercalc/calc"
)

// A place is where a text says the work is.
type place struct {
	name     string // "Seattle", "New York City", "California"
	text     string // as the text says it
	state    string
	locality string
	remote   bool
	inferred bool // the state comes from the city's name alone
}

// city names the place for a sentence: "Los Angeles".
func (p place) city() string {
	if p.name != "" {
		return p.name
	}
	return calc.StateName(p.state)
}

// cities are the US cities where tech internships are, for postings that
// name a city without its state. A name is lower case, its words separated
// by single spaces.
var cities = [...]struct{ name, state, display string }{
	{"new york city", "NY", "New York City"}, {"nyc", "NY", "New York City"}, {"manhattan", "NY", "New York City"},
	{"brooklyn", "NY", "New York City"}, {"queens", "NY", "New York City"}, {"new york", "NY", "New York City"},
	{"san francisco", "CA", "San Francisco"}, {"bay area", "CA", "San Francisco Bay Area"},
	{"silicon valley", "CA", "Silicon Valley"}, {"san jose", "CA", "San Jose"}, {"palo alto", "CA", "Palo Alto"},
	{"mountain view", "CA", "Mountain View"}, {"menlo park", "CA", "Menlo Park"}, {"sunnyvale", "CA", "Sunnyvale"},
	{"cupertino", "CA", "Cupertino"}, {"santa clara", "CA", "Santa Clara"}, {"los angeles", "CA", "Los Angeles"},
	{"santa monica", "CA", "Santa Monica"}, {"irvine", "CA", "Irvine"}, {"san diego", "CA", "San Diego"},
	{"seattle", "WA", "Seattle"}, {"redmond", "WA", "Redmond"}, {"bellevue", "WA", "Bellevue"},
	{"austin", "TX", "Austin"}, {"dallas", "TX", "Dallas"}, {"houston", "TX", "Houston"},
	{"boston", "MA", "Boston"}, {"cambridge", "MA", "Cambridge"}, {"chicago", "IL", "Chicago"},
	{"atlanta", "GA", "Atlanta"}, {"denver", "CO", "Denver"}, {"boulder", "CO", "Boulder"},
	{"pittsburgh", "PA", "Pittsburgh"}, {"philadelphia", "PA", "Philadelphia"},
	{"washington dc", "DC", "Washington, D.C."}, {"washington d c", "DC", "Washington, D.C."},
	{"arlington", "VA", "Arlington"}, {"raleigh", "NC", "Raleigh"}, {"durham", "NC", "Durham"},
	{"portland", "OR", "Portland"}, {"salt lake city", "UT", "Salt Lake City"}, {"phoenix", "AZ", "Phoenix"},
	{"miami", "FL", "Miami"}, {"minneapolis", "MN", "Minneapolis"}, {"detroit", "MI", "Detroit"},
	{"ann arbor", "MI", "Ann Arbor"}, {"columbus", "OH", "Columbus"}, {"nashville", "TN", "Nashville"},
	{"baltimore", "MD", "Baltimore"}, {"jersey city", "NJ", "Jersey City"},
}

const stateCodes = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH " +
	"NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"

// stateNames are the states' names in lower case, by code.
var stateNames = sync.OnceValue(func() [][2]string {
	var out [][2]string
	for _, c := range strings.Fields(stateCodes) {
		out = append(out, [2]string{c, asciiLower(calc.StateName(c))})
	}
	return out
})

// words reports how many tokens from toks[i] spell name (lower case,
// single spaces), skipping commas and full stops between words, or 0.
func words(toks []tok, i int, name string) int {
	j := i
	for {
		w := name
		if sp := strings.IndexByte(name, ' '); sp >= 0 {
			w, name = name[:sp], name[sp+1:]
		} else {
			name = ""
		}
		for j > i && j < len(toks) && (toks[j].k == ',' || toks[j].k == '.') {
			j++
		}
		if !at(toks, j).is(w) {
			return 0
		}
		j++
		if name == "" {
			return j - i
		}
	}
}

// placeAt reads a place at toks[i]: "Seattle, WA", "Albany, New York", a
// city of the table, or, with states, a state's name. It returns the place
// and the tokens it spans (0: none).
func (r *reader) placeAt(toks []tok, i int, states bool) (place, int) {
	k := at(toks, i)
	if !k.cap {
		return place{}, 0
	}
	src := r.t.s
	// City, ST
	j := i
	for j < len(toks) && j-i < 3 && toks[j].cap && toks[j].k == 'a' {
		j++
	}
	if at(toks, j).k == ',' {
		// A city of the table keeps its locality ("Manhattan, New York").
		city := func(p place) place {
			for _, c := range cities {
				if c.state == p.state && words(toks, i, c.name) == j-i && c.state == "NY" {
					p.locality, p.name = "NYC", c.display
				}
			}
			return p
		}
		if c := at(toks, j+1); c.k == 'a' && len(c.w) == 2 && src[c.s] <= 'Z' && src[c.s+1] <= 'Z' {
			if code := strings.ToUpper(c.w); strings.Contains(stateCodes, code) {
				return city(place{name: src[k.s:toks[j-1].e], text: src[k.s:c.e], state: code}), j + 2 - i
			}
		}
		for _, s := range stateNames() {
			if !strings.HasPrefix(s[1], at(toks, j+1).w) || at(toks, j+1).k != 'a' {
				continue
			}
			if n := words(toks, j+1, s[1]); n > 0 {
				return city(place{name: src[k.s:toks[j-1].e], text: src[k.s:toks[j+n].e], state: s[0]}), j + 1 + n - i
			}
		}
	}
	for _, c := range cities {
		if !strings.HasPrefix(c.name, k.w) || len(c.name) > len(k.w) && c.name[len(k.w)] != ' ' {
			continue
		}
		if n := words(toks, i, c.name); n > 0 {
			if c.state == "NY" && at(toks, i+n).is("state") {
				continue
			}
			p := place{name: c.display, text: src[k.s:toks[i+n-1].e], state: c.state, inferred: true}
			if c.state == "NY" {
				p.locality = "NYC"
			}
			return p, n
		}
	}
	if states {
		for _, s := range stateNames() {
			if !strings.HasPrefix(s[1], k.w) {
				continue
			}
			if n := words(toks, i, s[1]); n > 0 {
				return place{name: calc.StateName(s[0]), text: src[k.s:toks[i+n-1].e], state: s[0]}, n
			}
		}
	}
	return place{}, 0
}

// where reads the title, the employer and the place of work.
func (r *reader) where() {
	t := r.t
	r.findTitle()
	r.findEmployer()
	// The title, without an employer or place its line adds ("— Acme",
	// "- Seattle, WA").
	if t.title >= 0 {
		r.p.Title = r.titleText()
		r.set(fTitle, []int{t.title}, "")
	}
	if strings.TrimSpace(r.p.Title) == "" {
		r.p.Title = "Internship"
		r.assume(fTitle, "The posting has no line that reads as a job title: it is called \"Internship\".")
	}
	r.findPlace()
}

// findTitle finds the title: a "Title:" line, else the first line that
// reads as a job title (a role word, mostly capitalised words, no full
// stop), else such a sentence in a posting pasted as one line.
func (r *reader) findTitle() {
	t := r.t
	for u := range t.units {
		toks := t.tokens(u)
		i := 0
		if at(toks, 0).is("job") {
			i = 1
		}
		if t.units[u].first && at(toks, i).in("title position role") && at(toks, i+1).k == ':' && len(toks) > i+2 {
			t.title, t.titleValue = u, int(toks[i+2].s)
			return
		}
	}
	for pass := 0; pass < 2; pass++ {
		for u := range t.units {
			if r.titleLike(u, pass == 1) {
				t.title, t.titleValue = u, t.units[u].s
				return
			}
		}
	}
}

func (r *reader) titleLike(u int, sentence bool) bool {
	t := r.t
	un := &t.units[u]
	if un.has&cRole == 0 || un.e-un.s > 150 || !sentence && !(un.first && un.last) {
		return false
	}
	if strings.ContainsAny(t.s[un.e-1:un.e], "?:!") || !sentence && t.s[un.e-1] == '.' {
		return false
	}
	toks := t.tokens(u)
	if at(toks, 0).in("about at benefits why our as we you if this join internships the all interns") {
		return false
	}
	n, long, caps := 0, 0, 0
	for _, k := range toks {
		if k.k != 'a' {
			continue
		}
		n++
		if len(k.w) >= 4 {
			long++
			if k.cap {
				caps++
			}
		}
	}
	return n <= 16 && caps*2 >= long
}

// titleText returns the title line without the parts its separators set
// off that name the employer or a place.
func (r *reader) titleText() string {
	t := r.t
	s := strings.TrimSuffix(t.s[t.titleValue:t.units[t.title].e], ".")
	parts := splitTitle(s)
	keep := make([]bool, len(parts))
	for i, p := range parts {
		keep[i] = !(r.p.Employer != "" && strings.EqualFold(p.s, r.p.Employer) || r.placeOnly(p.s))
	}
	lo, hi := 0, len(parts)-1
	for lo < hi && !keep[lo] {
		lo++
	}
	for hi > lo && !keep[hi] {
		hi--
	}
	for i := lo; i <= hi; i++ {
		if !keep[i] {
			return s // an employer in the middle: keep the line whole
		}
	}
	return s[parts[lo].from:parts[hi].to]
}

type part struct {
	s        string
	from, to int
}

// splitTitle cuts a title line at " — ", " – ", " - ", " | ", " · ",
// " • ", " at " and " @ ".
func splitTitle(s string) []part {
	var out []part
	from := 0
	for i := 0; i < len(s); i++ {
		n := 0
		for _, sep := range [...]string{" — ", " – ", " - ", " | ", " · ", " • ", " at ", " @ "} {
			if strings.HasPrefix(s[i:], sep) {
				n = len(sep)
				break
			}
		}
		if n > 0 {
			out = append(out, part{strings.TrimSpace(s[from:i]), from, i})
			from = i + n
			i += n - 1
		}
	}
	return append(out, part{strings.TrimSpace(s[from:]), from, len(s)})
}

// placeOnly reports whether s names only a place (or remote work).
func (r *reader) placeOnly(s string) bool {
	if s == "" {
		return false
	}
	lower := asciiLower(s)
	if strings.HasPrefix(lower, "remote") || strings.HasSuffix(lower, "remote") {
		return len(s) < 24
	}
	sub := scanInline(s)
	p, n := r.placeIn(sub, 0, true)
	return n > 0 && n >= len(sub.toks)-1 && p.state != ""
}

// scanInline tokenizes a short string on its own, for a title's parts.
func scanInline(s string) *text {
	t := &text{s: s, lower: asciiLower(s)}
	t.tokenize(0, len(s))
	return t
}

// placeIn is placeAt over another text's tokens.
func (r *reader) placeIn(sub *text, i int, states bool) (place, int) {
	saved := r.t
	r.t = sub
	defer func() { r.t = saved }()
	return r.placeAt(sub.toks, i, states)
}

// findEmployer reads who posts the job: a "Company:" line, an "About Acme"
// heading, "At Acme, we…", "Acme is an equal opportunity employer", or a
// part of the title line that the text repeats.
func (r *reader) findEmployer() {
	t := r.t
	found := func(u int, toks []tok, i int) bool {
		name := r.name(toks, i)
		if name == "" {
			return false
		}
		r.p.Employer = name
		r.set(fEmployer, []int{u}, "")
		return true
	}
	for u := range t.units {
		toks := t.tokens(u)
		if t.units[u].first && at(toks, 0).in("company employer organization organisation") && at(toks, 1).k == ':' && found(u, toks, 2) {
			return
		}
	}
	for u := range t.units {
		toks := t.tokens(u)
		un := &t.units[u]
		switch {
		case un.first && un.last && at(toks, 0).is("about") && len(toks) <= 6 && found(u, toks, 1):
			return
		case un.first && at(toks, 0).is("at") && at(toks, 1).cap && r.nameEnds(toks, 1, ',') && found(u, toks, 1):
			return
		}
	}
	for u := range t.units {
		toks := t.tokens(u)
		for i, k := range toks {
			if k.is("equal") && at(toks, i+1).is("opportunity") && i >= 2 && at(toks, i-2).is("is") && r.nameEnds(toks, 0, 'i') && found(u, toks, 0) {
				return
			}
		}
	}
	// "Acme | Seattle, WA", "Acme · New York, NY": the line under the
	// title, the employer then where the work is.
	if u := t.title + 1; t.title >= 0 && t.units[t.title].last && u < len(t.units) && t.units[u].first && t.units[u].last {
		parts := splitTitle(t.unitText(u))
		if len(parts) >= 2 && r.employerLike(parts[0].s) && slices.ContainsFunc(parts[1:], func(p part) bool {
			pl, n := r.placeIn(scanInline(p.s), 0, true)
			return n > 0 && pl.state != ""
		}) {
			r.p.Employer = parts[0].s
			r.set(fEmployer, []int{u}, "")
			return
		}
	}
	if t.title >= 0 {
		parts := splitTitle(strings.TrimSuffix(t.s[t.titleValue:t.units[t.title].e], "."))
		for _, p := range parts[:min(len(parts), 4)] {
			if r.employerLike(p.s) && strings.Count(t.s, p.s) >= 3 {
				r.p.Employer = p.s
				r.set(fEmployer, []int{t.title}, "")
				return
			}
		}
	}
	r.assume(fEmployer, "The posting does not name its employer.")
}

// employerLike reports whether s, a part of a line, can be an employer's
// name: a few capitalised words, not a place, a role or a season.
func (r *reader) employerLike(s string) bool {
	sub := scanInline(s)
	return s != "" && len(sub.toks) > 0 && sub.words <= 5 && !r.placeOnly(s) && sub.toks[0].cap &&
		!strings.ContainsAny(s, "0123456789()") && nameIn(sub, sub.toks, 0) == s && scanAll(sub)&(cRole|cSeason) == 0
}

func scanAll(t *text) uint64 {
	var c uint64
	for _, k := range t.toks {
		c |= k.cls
	}
	return c
}

// name reads a name at toks[i]: capitalised words, with "&", "of", "and"
// inside and "Inc." at the end, at most six tokens.
func (r *reader) name(toks []tok, i int) string { return nameIn(r.t, toks, i) }

func nameIn(t *text, toks []tok, i int) string {
	j := nameEnd(toks, i)
	if j == i {
		return ""
	}
	return t.s[toks[i].s:toks[j-1].e]
}

func nameEnd(toks []tok, i int) int {
	k := at(toks, i)
	if !k.cap || k.k != 'a' || k.in("the us you your our this team role position job internship internships program company it what who why how all least times first some such that a an these each every any we me") {
		return i
	}
	j := i + 1
	for j < len(toks) && j-i < 6 {
		k := toks[j]
		switch {
		case k.k == 'a' && k.cap && !k.sp && toks[j-1].k == 'a':
		case k.k == 'a' && k.cap:
		case (k.k == '&' || k.in("of and")) && at(toks, j+1).cap:
		case k.k == '.' && !k.sp && toks[j-1].in("inc corp co ltd llc"):
		default:
			return j
		}
		j++
	}
	return j
}

// nameEnds reports whether the name at toks[i] is followed by the symbol
// c (or, for 'i', by the word "is").
func (r *reader) nameEnds(toks []tok, i int, c byte) bool {
	j := nameEnd(toks, i)
	if j == i {
		return false
	}
	if c == 'i' {
		return at(toks, j).is("is")
	}
	return at(toks, j).k == c
}

// findPlace reads where the work is: a "Location:" line, else the title,
// else the text, where a statement that the job is fully remote outweighs a
// city that is only mentioned (a headquarters).
func (r *reader) findPlace() {
	t := r.t
	got := func(p place, u int) {
		r.place = p
		r.p.Location, r.p.State, r.p.Locality = p.text, p.state, p.locality
		note := ""
		switch {
		case p.remote:
			r.remoteWork = true
			note = "The job is fully remote: no state is set, so no state's tax or overtime law is applied."
			r.assumption(fLocation, note)
		case p.inferred:
			note = p.name + " is in " + calc.StateName(p.state) + "."
		}
		r.set(fLocation, []int{u}, note)
	}
	for u := range t.units {
		toks := t.tokens(u)
		if !t.units[u].first || !at(toks, 0).in("location locations office offices workplace city") {
			continue
		}
		i := 1
		if at(toks, 1).k == '(' {
			i = 4 // Location(s):
		}
		if at(toks, i).k != ':' {
			continue
		}
		vu, vt := u, toks[i+1:]
		if len(vt) == 0 && u+1 < len(t.units) {
			vu, vt = u+1, t.tokens(u+1)
		}
		if p, ok := r.placeOf(vt, true); ok {
			if len(vt) > 0 {
				p.text = t.s[vt[0].s:vt[len(vt)-1].e]
			}
			got(p, vu)
			return
		}
	}
	if t.title >= 0 {
		if p, ok := r.placeOf(t.tokens(t.title), true); ok {
			got(p, t.title)
			return
		}
	}
	first, firstU := place{}, -1
	for u := range t.units {
		if p, ok := r.remoteIn(u); ok {
			got(p, u)
			return
		}
		if firstU < 0 {
			toks := t.tokens(u)
			for i := range toks {
				if p, n := r.placeAt(toks, i, false); n > 0 {
					first, firstU = p, u
					break
				}
			}
		}
	}
	if firstU >= 0 {
		got(first, firstU)
		return
	}
	r.assume(fLocation, "The posting does not say where the job is: no state is set, so no state's tax or overtime law is applied.")
}

// placeOf reads a place, or remote work, from a location's own words.
func (r *reader) placeOf(toks []tok, states bool) (place, bool) {
	for i, k := range toks {
		if k.cls&cRemote != 0 && !at(toks, i-1).in("no not non or") && !at(toks, i+1).in("option options") {
			return place{name: "Remote", text: "Remote", remote: true}, true
		}
		if p, n := r.placeAt(toks, i, states); n > 0 {
			return p, true
		}
	}
	return place{}, false
}

// remoteIn reads a statement that the job is fully remote in unit u:
// "fully remote", "100% remote", "a remote internship", or a short line
// such as "Remote - US". A negation near it ("not working 100% remote",
// "fully remote candidates will not be considered") is not one, and nor is
// a sentence about housing, which qualifies who gets it.
func (r *reader) remoteIn(u int) (place, bool) {
	t := r.t
	un := &t.units[u]
	if un.has&cRemote == 0 || un.has&cHousing != 0 {
		return place{}, false
	}
	toks := t.tokens(u)
	for i, k := range toks {
		if k.cls&cRemote == 0 {
			continue
		}
		prev := at(toks, i-1)
		strong := prev.in("fully completely entirely 100") || prev.k == '%' ||
			at(toks, i+1).in("position role internship opportunity job") && !prev.in("hybrid or")
		short := i == 0 && len(toks) <= 6
		if !strong && !short {
			continue
		}
		negated := false
		for j := max(0, i-4); j < min(len(toks), i+6); j++ {
			if toks[j].cls&cNeg != 0 || toks[j].in("non hybrid onsite") {
				negated = true
			}
		}
		if negated {
			continue
		}
		text := "Remote"
		if short {
			text = t.unitText(u)
		}
		return place{name: "Remote", text: text, remote: true}, true
	}
	return place{}, false
}
