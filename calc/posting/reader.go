package posting

import (
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// A reader holds what has been read so far. Each term's rule reads the
// units in order and stops at its first good match, so that a term comes
// from the posting's first statement of it.
type reader struct {
	t    *text
	opt  Options
	year int // the year assumed when a date or season has none
	// yearNote says where year came from; it is said with the seasons
	// when a date or season took it (yearUsed).
	yearNote string
	yearUsed bool
	p        calc.Policy
	terms    [nFields]Term
	notes    [nFields + 1][]string // assumptions by field; the last is overtime
	tiers    []Tier

	place      place // where the work is
	hoursRead  bool  // the posting states its weekly hours
	daily      decimal.Decimal
	dayStated  bool // the posting states its working day
	remoteWork bool
}

func (r *reader) read() (Reading, error) {
	r.where()
	var stated bool
	if r.year, stated = r.contextYear(); stated {
		r.yearNote = "Dates and seasons without a year are taken to be in " + strconv.Itoa(r.year) + ", the year the posting states."
	}
	r.fullTime()
	if err := r.pay(); err != nil {
		return Reading{}, err
	}
	r.length()
	if !stated {
		r.settleYear()
	}
	r.seasons()
	r.holidays()
	r.sick()
	r.housing()
	r.applications()
	r.enrolled()
	return r.finish()
}

// set records a term read from the units of q (see quote).
func (r *reader) set(f int, q []int, note string) {
	line, s, e := r.quote(q)
	r.terms[f] = Term{Field: fieldNames[f], Line: line, Start: s, End: e, Note: note}
}

// assume records a term the text does not state.
func (r *reader) assume(f int, note string) {
	r.terms[f] = Term{Field: fieldNames[f], Start: -1, End: -1, Assumed: true, Note: note}
	r.assumption(f, note)
}

func (r *reader) assumption(f int, s string) {
	if s != "" {
		r.notes[f] = append(r.notes[f], s)
	}
}

// quote returns the posting's line for units q, and where its source is in
// the original text. A label (a line ending with ':') with the units under
// it reads as one sentence: "Summer Start Dates 2026: May 11th, 2026; May
// 18th, 2026."
func (r *reader) quote(q []int) (string, int, int) {
	t := r.t
	if len(q) == 0 {
		return "", -1, -1
	}
	if a, b := t.units[q[0]], t.units[q[len(q)-1]]; len(q) == 2 && q[1] == q[0]+1 && a.line == b.line {
		return t.s[a.s:b.e], t.start(a.s), t.end(b.e) // two sentences of a line, as written
	}
	var b strings.Builder
	for i, u := range q {
		s := t.unitText(u)
		switch {
		case i == 0:
		case i == 1 && t.units[q[0]].isLabel && strings.HasSuffix(b.String(), ":"):
			b.WriteByte(' ')
		case i == 1 && t.units[q[0]].isLabel:
			b.WriteString(": ") // a table's header row
		default:
			b.WriteString("; ")
		}
		if len(q) > 1 && i > 0 && i < len(q)-1 {
			s = strings.TrimRight(s, ".;")
		}
		b.WriteString(s)
	}
	line := b.String()
	if len(q) > 1 && !strings.ContainsAny(line[len(line)-1:], ".!?") {
		line += "."
	}
	return line, t.start(t.units[q[0]].s), t.end(t.units[q[len(q)-1]].e)
}

// withLabel returns the units that quote unit u: u alone, or its label and
// u when the label says what u is about ("Hourly Rate:" above "$45 - $60").
func (r *reader) withLabel(u int, needed bool) []int {
	if l := r.t.units[u].label; needed && l >= 0 {
		return []int{l, u}
	}
	return []int{u}
}

// has reports whether unit u, or the label it is under, has a word of the
// classes c.
func (r *reader) has(u int, c uint64) bool {
	un := &r.t.units[u]
	return un.has&c != 0 || un.label >= 0 && r.t.units[un.label].has&c != 0
}

// contextYear returns the year the text states for the dates and seasons
// that name none, and whether it states one: the title's, else the first
// year of a date, beside a season or written as a year in a sentence ("All
// dates are in 2027."). A number that is money or a count ("$2,050",
// "2040 employees"), and a year in a sentence about the employer's past,
// a graduation or the page itself ("Founded in 2005", "graduating in
// 2028", "© 2025"), is not the posting's year.
func (r *reader) contextYear() (int, bool) {
	if y := r.unitYear(r.t.title); y > 0 {
		return y, true
	}
	for u := range r.t.units {
		if u == r.t.title || r.has(u, cGrad) || r.unitHasAny(u, "founded established since copyright rights reserved posted updated class") {
			continue
		}
		if y := r.unitYear(u); y > 0 {
			return y, true
		}
	}
	return 0, false
}

// unitYear returns the first year unit u states (see contextYear), or 0.
func (r *reader) unitYear(u int) int {
	if u < 0 {
		return 0
	}
	toks := r.t.tokens(u)
	for i := 0; i < len(toks); i++ {
		if d, j, ok := dateAt(toks, i); ok {
			if d.IsValid() && d.Year >= 2000 && d.Year <= 2099 {
				return d.Year
			}
			i = j - 1
			continue
		}
		k := &toks[i]
		y := yearOf(k)
		if y == 0 || k.e-k.s != 4 { // "2,050" is money
			continue
		}
		prev, next := at(toks, i-1), at(toks, i+1)
		before := strings.TrimRight(r.t.s[r.t.units[u].s:k.s], " ")
		switch {
		case prev.k == '$' || prev.in("usd us"):
		case strings.HasSuffix(before, "©") || strings.HasSuffix(asciiLower(before), "(c)"):
		case next.in("usd dollars k") || next.k == '/' || next.k == '%':
		case next.k == 'a' && !next.cap && next.cls&(cTerm|cRole|cProgram|cSeason|cStart) == 0:
			// "2040 employees", "2030 hours"; not "2027 internship"
		default:
			return y
		}
	}
	return 0
}

// settleYear sets the year of the dates and seasons that name none, when
// the text states no year at all, and the sentence that says which year
// was assumed: Options.Today's year, or the next when the posting's first
// start is past by then; else Options.Year; else 2026.
func (r *reader) settleYear() {
	today := r.opt.Today
	switch {
	case today.IsValid() && today.Year >= 2000 && today.Year <= 2099:
		r.year = today.Year
		trial := *r // seasons writes only its own terms and r.p.Seasons: a copy can try them
		trial.seasons()
		first, what := trial.firstStart()
		if first.Before(today) && r.year < 2099 {
			r.year++
			r.yearNote = "The posting states no year: " + strconv.Itoa(r.year) + " is assumed, since " + what + " is past in " +
				strconv.Itoa(today.Year) + " (read on " + today.Format("January 2, 2006") + ")."
			return
		}
		r.yearNote = "The posting states no year: " + strconv.Itoa(r.year) + ", the year it is read in, is assumed."
	case r.opt.Year >= 2000 && r.opt.Year <= 2099:
		r.year = r.opt.Year
		r.yearNote = "The posting states no year: " + strconv.Itoa(r.year) + ", the current year, is assumed."
	default:
		r.year = 2026
		r.yearNote = "The posting states no year: 2026 is assumed."
	}
}

// firstStart returns the posting's first start date, or with none its
// first season's first day, and a phrase naming it.
func (r *reader) firstStart() (calc.Date, string) {
	var first calc.Date
	for _, s := range r.p.Seasons {
		if len(s.StartDates) > 0 && (first.IsZero() || s.StartDates[0].Before(first)) {
			first = s.StartDates[0]
		}
	}
	if !first.IsZero() {
		return first, "its first start date, " + first.Format("January 2") + ","
	}
	s := r.p.Seasons[0] // seasons always sets one
	return s.From, "its " + s.Name[:len(s.Name)-5] + ", from " + s.From.Format("January 2") + ","
}

// yearOf returns the year a number token writes (2000 to 2099, the years
// calc accepts in a posting), or 0.
func yearOf(k *tok) int {
	if k.k != '0' || len(k.w) != 4 || k.ord {
		return 0
	}
	n, _ := count(k)
	if n < 2000 || n > 2099 {
		return 0
	}
	return n
}

func (r *reader) finish() (Reading, error) {
	p := &r.p
	if p.State == "CA" {
		p.Overtime = calc.California
		r.assumption(nFields, "Overtime follows California law (the job is in "+r.place.city()+"): over 8 hours a day or 40 a week at 1.5x, over 12 a day at 2x. Workweeks run Monday to Sunday.")
	} else {
		p.Overtime = calc.Federal
		why := "the job is not in California"
		switch {
		case r.remoteWork:
			why = "the job is fully remote, so no state's law is known"
		case p.State == "":
			why = "the posting does not say where the job is"
		}
		r.assumption(nFields, "Overtime follows the federal rule (the Fair Labor Standards Act), since "+why+
			": hours over 40 in a Monday-to-Sunday week at 1.5x. A state's own overtime law, if stricter, is not applied.")
	}
	p.ID = slug(p.Employer + " " + p.Title)
	l := &p.Lines
	for f, dst := range [nFields]*string{fBand: &l.Band, fProgram: &l.Program, fCommitment: &l.Commitment,
		fFullTime: &l.FullTime, fSeasons: &l.Seasons, fHolidays: &l.Holidays, fSick: &l.Sick, fHousing: &l.Housing,
		fApplications: &l.Applications, fEnrolled: &l.Enrolled, fDiscipline: &l.Discipline} {
		if dst != nil {
			*dst = r.terms[f].Line
		}
	}
	p.Assumptions = []string{}
	for f, notes := range r.notes {
		p.Assumptions = append(p.Assumptions, notes...)
		if f == fBand && len(r.tiers) > 1 {
			p.Assumptions = append(p.Assumptions, tierFirst(r.tiers))
		}
	}
	if p.Holidays == nil {
		p.Holidays = []calc.HolidayRule{}
	}
	if err := p.Validate(); err != nil {
		// A rule above let through what calc refuses: better no reading
		// than an invalid one.
		return Reading{}, fail(r.t.unitText(0), "a posting the reader can make sense of; what it read is not a valid policy ("+err.Error()+")")
	}
	return Reading{Policy: *p, Terms: r.terms[:], Tiers: r.tiers, DayStated: r.dayStated}, nil
}

// slug returns a short stable name made of lower-case ASCII letters, digits
// and '-', at most 64 bytes, cut at a word.
func slug(s string) string {
	b := make([]byte, 0, 64)
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || isDigit(c) {
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, c)
			continue
		}
		if c == '\'' {
			continue // "master's" is "masters"
		}
		dash = true
	}
	if len(b) > 64 {
		cut := strings.LastIndexByte(string(b[:65]), '-')
		if cut < 16 {
			cut = 64
		}
		b = b[:cut]
	}
	if len(b) == 0 {
		return "posting"
	}
	return string(b)
}
