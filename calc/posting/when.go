package posting

import (
	"slices"
	"strconv"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

var forty = decimal.New(40, 0)

// fullTime reads the full-time week ("40 hours per week", "40 hrs/week",
// "a 40-hour week") and the working day ("8 hours a day").
func (r *reader) fullTime() {
	t := r.t
	p := &r.p
	var day decimal.Decimal
	week, weekU, fullU, note := decimal.Zero, -1, -1, ""
	for u := range t.units {
		toks := t.tokens(u)
		for i := range toks {
			lo, hi, j, ok := hoursAt(toks, i)
			if !ok {
				continue
			}
			per := at(toks, j)
			if per.k == '/' || per.in("per a an each every") {
				per = at(toks, j+1)
			}
			switch {
			case weekU < 0 && (per.in("week wk workweek") || per.is("weekly")):
				week, weekU = lo, u
				if !lo.Equal(hi) {
					note = "The posting gives " + lo.String() + " to " + hi.String() + " hours a week; the fewest, " + lo.String() + ", are taken as its full-time week."
				}
			case day.IsZero() && per.in("day workday") && !hi.GreaterThan(decimal.New(16, 0)):
				day = lo
			}
		}
		if fullU < 0 && t.units[u].has&cPay == 0 {
			for i, k := range toks {
				if k.is("fulltime") || k.is("full") && at(toks, i+1).is("time") {
					fullU = u
					break
				}
			}
		}
	}
	switch {
	case weekU >= 0:
		p.HoursPerWeek, r.hoursRead = canon(week), true
		r.set(fFullTime, []int{weekU}, note)
		r.assumption(fFullTime, note)
	case fullU >= 0:
		p.HoursPerWeek = forty
		note = "A full-time week is 40 hours, Monday to Friday, 8 hours a day; the posting says only \"full-time\"."
		r.set(fFullTime, []int{fullU}, note)
		r.assumption(fFullTime, note)
	default:
		p.HoursPerWeek = forty
		r.assume(fFullTime, "A full-time week is 40 hours, Monday to Friday, 8 hours a day; the posting does not state its hours.")
	}
	p.HoursPerDay = canon(p.HoursPerWeek.Mul(decimal.New(2, -1)).Round(2))
	if !day.IsZero() {
		p.HoursPerDay, r.dayStated = canon(day), true
	}
	r.daily = p.HoursPerDay
}

// hoursAt reads hours at toks[i]: "40 hours", "40hrs", "32-40 hours", "a
// 40-hour". It returns the fewest and most, and the index after them.
func hoursAt(toks []tok, i int) (lo, hi decimal.Decimal, j int, ok bool) {
	k := at(toks, i)
	if k.k != '0' || k.ord {
		return
	}
	lo, err := decimal.NewFromString(k.w)
	if err != nil {
		return
	}
	hi, j = lo, i+1
	if s := at(toks, j); s.k == '-' || s.is("to") {
		if n := at(toks, j+1); n.k == '0' {
			if h, err := decimal.NewFromString(n.w); err == nil && h.GreaterThan(lo) {
				hi, j = h, j+2
			}
		}
	}
	if !at(toks, j).in("hours hour hrs hr h") {
		return
	}
	// More than 80 hours a week (or 16 a day, which the caller checks) is
	// not a working week a posting offers: a typo, or not about work.
	if !lo.IsPositive() || hi.GreaterThan(decimal.New(80, 0)) || lo.Exponent() < -2 || hi.Exponent() < -2 {
		return
	}
	return lo, hi, j + 1, true
}

// length reads the program's length in weeks and the commitment in months.
func (r *reader) length() {
	t := r.t
	p := &r.p
	weeksU, monthsU, commitU := -1, -1, -1
	var weeks, programMonths int
	var weeksNote, commitNote string
	for u := range t.units {
		toks := t.tokens(u)
		has := t.units[u].has
		for i := range toks {
			lo, hi, j, ok := spanAt(toks, i)
			if !ok {
				continue
			}
			unit := at(toks, j)
			before := at(toks, i-1)
			if before.in("every within after per each first last next past prior before biweekly") {
				continue
			}
			switch {
			case unit.in("week weeks wk wks") && weeksU < 0 && (has&(cProgram|cCommit|cRole|cSeason) != 0 || before.is("for")) && lo >= 1 && lo <= 104 &&
				!at(toks, j+1).in("notice ago before prior after off vacation"):
				weeks, weeksU = lo, u
				if hi > lo {
					weeksNote = "The posting gives " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi) + " weeks; the shortest, " + strconv.Itoa(lo) + " weeks, is taken as the program's length."
				}
			case unit.in("month months mo mos") && lo >= 1 && lo <= 24:
				switch {
				case commitU < 0 && has&cCommit != 0:
					p.CommitmentMonths, commitU = lo, u
					if hi > lo {
						commitNote = "The posting asks for " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi) + " months; the shortest, " + strconv.Itoa(lo) + ", is taken as the commitment."
					}
				case monthsU < 0 && has&cProgram != 0 && has&cCommit == 0:
					programMonths, monthsU = lo, u
				}
			}
		}
	}
	switch {
	case weeksU >= 0:
		p.ProgramWeeks = weeks
		r.set(fProgram, []int{weeksU}, weeksNote)
		r.assumption(fProgram, weeksNote)
	case monthsU >= 0:
		p.ProgramWeeks = programMonths * 52 / 12
		note := "The program is " + plural(programMonths, "month") + ", read as " + strconv.Itoa(p.ProgramWeeks) + " weeks (× 52 ÷ 12, rounded down)."
		r.set(fProgram, []int{monthsU}, note)
		r.assumption(fProgram, note)
	default:
		p.ProgramWeeks = 12
		r.assume(fProgram, "The posting does not state the program's length: 12 weeks is assumed.")
	}
	if commitU >= 0 {
		r.set(fCommitment, []int{commitU}, commitNote)
		r.assumption(fCommitment, commitNote)
	} else {
		r.assume(fCommitment, "The posting asks for no commitment beyond the program.")
	}
}

// spanAt reads a whole number or a range of them at toks[i] ("12", "ten",
// "10-12", "10 to 12", "between 10 and 12"), and returns the index after.
func spanAt(toks []tok, i int) (lo, hi, j int, ok bool) {
	lo, ok = count(at(toks, i))
	if !ok {
		return
	}
	hi, j = lo, i+1
	if s := at(toks, j); s.k == '-' || s.is("to") || s.is("and") && at(toks, i-1).is("between") {
		if n, ok := count(at(toks, j+1)); ok && n > lo {
			hi, j = n, j+2
		}
	}
	return lo, hi, j, true
}

// The seasons, by index: Spring, Summer, Fall, Winter. Spring runs January
// to April, Summer May to August, Fall September to December; Winter YYYY
// runs from December 1 of the year before to the end of February, the
// winter whose January is in YYYY.
var seasonNames = [...]string{"Spring", "Summer", "Fall", "Winter"}

func seasonOf(w string) int {
	switch w {
	case "spring":
		return 0
	case "summer":
		return 1
	case "fall", "autumn":
		return 2
	case "winter":
		return 3
	}
	return -1
}

func seasonSpan(s, y int) (calc.Date, calc.Date) {
	switch s {
	case 0:
		return calc.Date{Year: y, Month: time.January, Day: 1}, calc.Date{Year: y, Month: time.April, Day: 30}
	case 1:
		return calc.Date{Year: y, Month: time.May, Day: 1}, calc.Date{Year: y, Month: time.August, Day: 31}
	case 2:
		return calc.Date{Year: y, Month: time.September, Day: 1}, calc.Date{Year: y, Month: time.December, Day: 31}
	}
	from := calc.Date{Year: y - 1, Month: time.December, Day: 1}
	if y == 2000 { // calc takes seasons from 2000 on: Winter 2000 starts with the year
		from = calc.Date{Year: y, Month: time.January, Day: 1}
	}
	return from, calc.Date{Year: y, Month: time.March, Day: 1}.AddDays(-1)
}

// monthSeason returns the season whose months hold d.
func monthSeason(d calc.Date) int {
	switch {
	case d.Month <= time.April:
		return 0
	case d.Month <= time.August:
		return 1
	}
	return 2
}

// maxSeasons and maxDates bound the seasons and start dates read, as calc
// bounds a posting's: a posting has a few, and a list of every year is not
// a posting's seasons.
const (
	maxSeasons       = 12
	maxDates         = 40 // in a season
	maxAllStartDates = 60
)

type season struct {
	s, year  int
	from, to calc.Date
	dates    []calc.Date
}

// A mention of a season in a unit, with its year (0: none near it).
type mention struct{ s, year int }

// mentions reads the seasons unit u names: "Summer 2026", "Summer/Fall
// 2026", "Summer or Fall 2026", "2026 Summer", "Spring 2027". A season word
// counts when it is capitalised or stands next to a year or a word such as
// "internship" or "semester" ("fall" is also a verb).
func (r *reader) mentions(u int) []mention {
	toks := r.t.tokens(u)
	var out []mention
	for i := 0; i < len(toks); i++ {
		s := seasonOf(toks[i].w)
		if s < 0 || toks[i].k != 'a' {
			continue
		}
		// A chain of seasons shares the year that ends it.
		chain := []int{s}
		j := i + 1
		for j+1 < len(toks) && (toks[j].k == '/' || toks[j].k == ',' || toks[j].k == '&' || toks[j].k == '-' || toks[j].in("or and")) {
			s2 := seasonOf(toks[j+1].w)
			if s2 < 0 || toks[j+1].k != 'a' {
				break
			}
			chain = append(chain, s2)
			j += 2
		}
		year := yearOf(at(toks, j))
		if year == 0 {
			year = yearOf(at(toks, i-1))
		}
		if year == 0 {
			for k := j; k < min(len(toks), j+5); k++ {
				if y := yearOf(&toks[k]); y > 0 {
					year = y
					break
				}
			}
		}
		if !toks[i].cap && year == 0 && at(toks, j).cls&cTerm == 0 {
			i = j - 1
			continue
		}
		for _, s := range chain {
			out = append(out, mention{s, year})
		}
		i = j - 1
	}
	return out
}

// seasons reads the seasons and their start dates.
func (r *reader) seasons() {
	t := r.t
	var all []*season
	allDates := 0
	find := func(s, y int) *season {
		for _, x := range all {
			if x.s == s && x.year == y {
				return x
			}
		}
		if len(all) == maxSeasons {
			return all[len(all)-1]
		}
		from, to := seasonSpan(s, y)
		x := &season{s: s, year: y, from: from, to: to}
		all = append(all, x)
		return x
	}
	yearFor := func(m mention, u int) int {
		if m.year > 0 {
			return m.year
		}
		if l := t.units[u].label; l >= 0 {
			for _, k := range t.tokens(l) {
				if y := yearOf(&k); y > 0 {
					return y
				}
			}
		}
		r.yearUsed = true
		return r.year
	}
	var dateUnits, seasonUnits []int
	type later struct {
		m mention
		u int
	}
	var yearless []later
	for u := range t.units {
		if r.has(u, cGrad) {
			continue // "graduating in Spring 2027" is not a season of work
		}
		ms := r.mentions(u)
		if len(ms) > 0 {
			seasonUnits = append(seasonUnits, u)
		}
		// The seasons this unit (or its label) names: a start date goes
		// to the one it names.
		named := ms
		if l := t.units[u].label; len(named) == 0 && l >= 0 {
			named = r.mentions(l)
		}
		var ds []calc.Date
		if r.has(u, cStart) || t.units[u].has&cProgram != 0 && r.unitHasAny(u, "from") {
			ds = r.startDates(u, named)
		}
		// A season named without a year has the year of the dates
		// beside it ("a Winter internship starting January 5, 2028").
		resolve := func(m mention) int {
			if m.year > 0 {
				return m.year
			}
			for _, d := range ds {
				for _, y := range [...]int{d.Year, d.Year + 1} {
					if from, to := seasonSpan(m.s, y); !d.Before(from) && !d.After(to) {
						return y
					}
				}
			}
			return 0
		}
		for _, m := range ms {
			if y := resolve(m); y > 0 {
				find(m.s, y)
			} else {
				yearless = append(yearless, later{m, u})
			}
		}
		for _, d := range ds {
			var x *season
			if len(named) == 1 {
				y := resolve(named[0])
				if y == 0 {
					y = yearFor(named[0], u)
				}
				x = find(named[0].s, y)
			} else {
				for _, m := range named {
					if y := resolve(m); y > 0 {
						if z := find(m.s, y); !d.Before(z.from) && !d.After(z.to) {
							x = z
							break
						}
					}
				}
			}
			if x == nil {
				for _, y := range all {
					if !d.Before(y.from) && !d.After(y.to) {
						x = y
						break
					}
				}
			}
			if x != nil {
				from, to := x.from, x.to
				if d.Before(from) {
					from = d
				}
				if d.After(to) {
					to = d
				}
				if to.DaysSince(from) > 731 {
					x = nil
				} else {
					x.from, x.to = from, to
				}
			}
			if x == nil {
				x = find(monthSeason(d), d.Year)
			}
			// calc requires a season to hold its dates; past the caps
			// (maxSeasons, maxDates) a date may find none, and is left out.
			if !d.Before(x.from) && !d.After(x.to) && !slices.Contains(x.dates, d) && len(x.dates) < maxDates && allDates < maxAllStartDates {
				x.dates = append(x.dates, d)
				allDates++
			}
		}
		if len(ds) > 0 {
			dateUnits = append(dateUnits, u)
		}
	}
	// A season named without a year anywhere is the one of that name the
	// posting gives a year to, else the context's.
	for _, l := range yearless {
		if !slices.ContainsFunc(all, func(x *season) bool { return x.s == l.m.s }) {
			find(l.m.s, yearFor(l.m, l.u))
		}
	}
	p := &r.p
	if len(all) == 0 {
		find(1, r.year)
		p.Seasons = r.policySeasons(all)
		r.assume(fSeasons, "The posting names no season or start date: "+p.Seasons[0].Name+" (May to August) is assumed. "+r.yearNote)
		return
	}
	p.Seasons = r.policySeasons(all)
	note := seasonNote(p.Seasons)
	if r.yearUsed {
		note += " " + r.yearNote
	}
	switch {
	case len(dateUnits) > 0:
		r.set(fSeasons, r.dateQuote(dateUnits), note)
	default:
		best := seasonUnits[0]
		for _, u := range seasonUnits {
			if u != t.title {
				best = u
				break
			}
		}
		r.set(fSeasons, []int{best}, note)
	}
	r.assumption(fSeasons, note)
}

// dateQuote returns the units to quote for the start dates: the first unit
// with dates, with its label and all the label's items when it is a list.
func (r *reader) dateQuote(units []int) []int {
	t := r.t
	u := units[0]
	l := t.units[u].label
	if l < 0 {
		return []int{u}
	}
	q := []int{l}
	for _, v := range units {
		if t.units[v].label == l {
			q = append(q, v)
		}
	}
	return q
}

func (r *reader) policySeasons(all []*season) []calc.Season {
	// Insertion sorts, stable: the lists are short.
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].from.Before(all[j-1].from); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	out := make([]calc.Season, 0, len(all))
	for _, x := range all {
		if len(out) == maxSeasons {
			break
		}
		ds := append([]calc.Date{}, x.dates...)
		for i := 1; i < len(ds); i++ {
			for j := i; j > 0 && ds[j].Before(ds[j-1]); j-- {
				ds[j], ds[j-1] = ds[j-1], ds[j]
			}
		}
		out = append(out, calc.Season{Name: seasonNames[x.s] + " " + strconv.Itoa(x.year), From: x.from, To: x.to, StartDates: ds})
	}
	return out
}

// seasonNote says what the seasons are taken to be: "Summer runs May to
// August 2026 and Fall September to December 2026; Fall start dates are
// not published."
func seasonNote(ss []calc.Season) string {
	var spans, bare []string
	for i, s := range ss {
		name := s.Name[:len(s.Name)-5]
		span := ""
		if s.From.Day == 1 && s.To.AddDays(1).Day == 1 {
			span = s.From.Format("January") + " to " + s.To.Format("January 2006")
			if s.From.Year != s.To.Year {
				span = s.From.Format("January 2006") + " to " + s.To.Format("January 2006")
			}
		} else {
			span = s.From.Format("January 2, 2006") + " to " + s.To.Format("January 2, 2006")
		}
		if i == 0 {
			spans = append(spans, name+" runs "+span)
		} else {
			spans = append(spans, name+" "+span)
		}
		if len(s.StartDates) == 0 {
			bare = append(bare, name)
		}
	}
	note := list(spans)
	switch {
	case len(bare) == len(ss):
		note += "; the posting publishes no start dates"
	case len(bare) > 0:
		note += "; " + list(bare) + " start dates are not published"
	}
	return note + "."
}

// startDates reads the start dates of unit u: every date it states that
// no word marks as something else ("apply by", "until", "to August 14").
// A date without a year takes the nearest year after it in the unit (as
// in "June 1 or June 15, 2026"), else before it, else the season's, else
// the posting's.
func (r *reader) startDates(u int, named []mention) []calc.Date {
	toks := r.t.tokens(u)
	type found struct {
		d calc.Date
		i int
	}
	var ds []found
	var years []int // token index, year
	for i := 0; i < len(toks); i++ {
		if y := yearOf(&toks[i]); y > 0 {
			years = append(years, i, y)
		}
		d, j, ok := dateAt(toks, i)
		if !ok {
			continue
		}
		b := i - 1
		for b >= 0 && (toks[b].k == ',' || toks[b].cls&cWeekday != 0 || toks[b].is("on") || toks[b].is("the")) {
			b--
		}
		if b < 0 || toks[b].cls&cNotStart == 0 && toks[b].k != '-' {
			ds = append(ds, found{d, i})
		}
		for k := i; k < j; k++ {
			if y := yearOf(&toks[k]); y > 0 {
				years = append(years, k, y)
			}
		}
		i = j - 1
	}
	var out []calc.Date
	k := 0 // the first year after the date, walking forward with the dates
	for _, f := range ds {
		d := f.d
		for k < len(years) && years[k] <= f.i {
			k += 2
		}
		if d.Year == 0 {
			switch {
			case k < len(years):
				d.Year = years[k+1]
			case len(years) > 0:
				d.Year = years[len(years)-1]
			}
		}
		if d.Year == 0 && len(named) > 0 && named[0].year > 0 {
			d.Year = named[0].year
		}
		if d.Year == 0 {
			d.Year, r.yearUsed = r.year, true
		}
		if d.IsValid() {
			out = append(out, d)
		}
	}
	return out
}

// dateAt reads a date at toks[i]: "May 11th, 2026", "June 8", "11 May
// 2026", "5/18/2026", "2026-05-18". The year is 0 when the text gives none.
func dateAt(toks []tok, i int) (calc.Date, int, bool) {
	k := at(toks, i)
	if m := monthOf(k); m > 0 {
		j := i + 1
		if at(toks, j).k == '.' {
			j++
		}
		d, ok := dayOf(at(toks, j))
		if !ok {
			return calc.Date{}, i, false
		}
		j++
		year := 0
		c := j
		if at(toks, c).k == ',' {
			c++
		}
		if y := yearOf(at(toks, c)); y > 0 {
			year, j = y, c+1
		}
		return calc.Date{Year: year, Month: time.Month(m), Day: d}, j, true
	}
	if k.k != '0' {
		return calc.Date{}, i, false
	}
	// 5/18/2026 and 2026-05-18, written without spaces
	if s1, n2, s2, n3 := at(toks, i+1), at(toks, i+2), at(toks, i+3), at(toks, i+4); !s1.sp && !n2.sp && !s2.sp && !n3.sp &&
		n2.k == '0' && n3.k == '0' && s1.k == s2.k && (s1.k == '/' || s1.k == '-') {
		a, _ := count(k)
		b, _ := count(n2)
		c, _ := count(n3)
		switch {
		case s1.k == '/' && len(n3.w) == 4:
			return calc.Date{Year: c, Month: time.Month(a), Day: b}, i + 5, true
		case s1.k == '/' && len(n3.w) == 2:
			return calc.Date{Year: 2000 + c, Month: time.Month(a), Day: b}, i + 5, true
		case s1.k == '-' && len(k.w) == 4 && len(n2.w) == 2 && len(n3.w) == 2:
			return calc.Date{Year: a, Month: time.Month(b), Day: c}, i + 5, true
		}
	}
	// 11 May 2026, 1st of June
	d, ok := dayOf(k)
	if !ok {
		return calc.Date{}, i, false
	}
	j := i + 1
	if at(toks, j).is("of") {
		j++
	}
	m := monthOf(at(toks, j))
	if m == 0 {
		return calc.Date{}, i, false
	}
	j++
	year := 0
	if y := yearOf(at(toks, j)); y > 0 {
		year, j = y, j+1
	}
	return calc.Date{Year: year, Month: time.Month(m), Day: d}, j, true
}

func dayOf(k *tok) (int, bool) {
	if k.k != '0' || len(k.w) > 2 {
		return 0, false
	}
	plain := *k
	plain.ord = false
	d, ok := count(&plain)
	return d, ok && d >= 1 && d <= 31
}

// monthOf returns the month a word names, 1 to 12, or 0. "May" counts only
// capitalised, being also a verb.
func monthOf(k *tok) int {
	if k.cls&cMonthName == 0 || k.is("may") && !k.cap {
		return 0
	}
	for i, m := range [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if len(k.w) >= 3 && k.w[:3] == m {
			return i + 1
		}
	}
	return 0
}
