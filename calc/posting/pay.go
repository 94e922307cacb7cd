package posting

import (
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// A rate is a pay figure or range the text states.
type rate struct {
	lo, hi    decimal.Decimal // as stated
	per       byte            // 'h', 'w', 'm', 'y'; 0 when the text gives no period
	u         int             // its unit
	label     string          // the tier it names, if any
	needLabel bool            // the unit's label says what the figure is
	band      calc.Band       // per hour
	note      string
}

var (
	thousand = decimal.New(1000, 0)
	maxHour  = decimal.New(1000, 0)
	weeks52  = decimal.New(52, 0)
	months12 = decimal.New(12, 0)
)

// pay reads the hourly band, or the tiers a posting offers.
func (r *reader) pay() error {
	var found []rate
	var annual *rate
	// A posting states a few figures; past 64 the answer is a conflict
	// anyway, and the checks below compare every pair.
	for u := 0; u < len(r.t.units) && len(found) < 64; u++ {
		for _, x := range r.rates(u) {
			if x.per == 'y' {
				if annual == nil {
					annual = &x
				}
				continue
			}
			if r.hourly(&x) {
				found = append(found, x)
			}
		}
	}
	if len(found) == 0 {
		if annual != nil {
			return fail(r.t.unitText(annual.u), "a posting that states its pay by the hour, week or month: this one has no hourly pay, "+
				"only an annual salary ("+rangeText(annual.lo, annual.hi)+" a year), which is not an internship's pay")
		}
		if r.t.leansForeign() {
			return fail(r.t.unitText(0), notEnglish)
		}
		return fail(r.t.unitText(0), "a posting that states its pay by the hour, week or month (such as \"$45 – $60 an hour\"): "+
			"no hourly pay was found in this text, so there is nothing to compute")
	}
	// The same band stated twice is one band.
	var uniq []rate
next:
	for _, x := range found {
		for i := range uniq {
			if sameBand(uniq[i].band, x.band) && (uniq[i].label == x.label || x.label == "" || uniq[i].label == "") {
				if uniq[i].label == "" {
					uniq[i].label = x.label
				}
				continue next
			}
		}
		uniq = append(uniq, x)
	}
	var labelled, bare []rate
	for _, x := range uniq {
		if x.label != "" {
			labelled = append(labelled, x)
		} else {
			bare = append(bare, x)
		}
	}
	if len(labelled) < 2 {
		labelled, bare = nil, uniq
	}
	// An unlabelled figure that sits inside another band (a typical rate
	// within the range) or, beside tiers, spans all of them (the overall
	// range) adds nothing.
	keep := bare[:0:0]
	for i, x := range bare {
		inside := false
		for j, y := range bare {
			if j != i && x.band.Min.Equal(x.band.Max) && contains(y.band, x.band) {
				inside = true
			}
		}
		for _, y := range labelled {
			if x.band.Min.Equal(x.band.Max) && contains(y.band, x.band) {
				inside = true
			}
		}
		if len(labelled) > 0 && spans(x.band, labelled) {
			inside = true
		}
		if !inside {
			keep = append(keep, x)
		}
	}
	bare = keep
	if len(labelled) > 0 && len(bare) > 0 {
		return r.conflict(labelled[0], bare[0])
	}
	if len(bare) > 1 {
		return r.conflict(bare[0], bare[1])
	}
	for i, x := range labelled {
		for _, y := range labelled[:i] {
			if x.label == y.label {
				return r.conflict(y, x)
			}
		}
	}
	first := bare
	if len(labelled) > 0 {
		first = labelled
		for _, x := range labelled {
			line, s, e := r.quote(r.withLabel(x.u, x.needLabel))
			r.tiers = append(r.tiers, Tier{Label: x.label, Band: x.band, Line: line, Start: s, End: e})
		}
	}
	x := first[0]
	r.p.Band = x.band
	r.set(fBand, r.withLabel(x.u, x.needLabel), x.note)
	r.assumption(fBand, x.note)
	return nil
}

func (r *reader) conflict(a, b rate) error {
	return fail(r.t.unitText(b.u), "one hourly pay range, or ranges labelled as tiers (\"Undergraduate: $40 – $45 an hour\"): "+
		"this posting states "+bandText(a.band)+" and "+bandText(b.band)+" without saying which applies")
}

func sameBand(a, b calc.Band) bool { return a.Min.Equal(b.Min) && a.Max.Equal(b.Max) }

func contains(outer, inner calc.Band) bool {
	return !inner.Min.LessThan(outer.Min) && !inner.Max.GreaterThan(outer.Max)
}

func spans(b calc.Band, tiers []rate) bool {
	for _, t := range tiers {
		if !contains(b, t.band) {
			return false
		}
	}
	return true
}

func rangeText(lo, hi decimal.Decimal) string {
	if lo.Equal(hi) {
		return money(lo)
	}
	return money(lo) + " to " + money(hi)
}

// hourly works out x's band per hour, and reports whether it is one:
// weekly pay over the posting's weekly hours, monthly pay times 12 over 52
// weeks, to 4 decimal places at most.
func (r *reader) hourly(x *rate) bool {
	hpw := r.p.HoursPerWeek
	lo, hi := x.lo, x.hi
	rounded := false
	div := func(d, by decimal.Decimal) decimal.Decimal {
		q := d.DivRound(by, 4)
		if !q.Mul(by).Equal(d) {
			rounded = true
		}
		return q
	}
	stated := rangeText(x.lo, x.hi)
	switch x.per {
	case 'w':
		lo, hi = div(lo, hpw), div(hi, hpw)
		x.note = "Converted from " + stated + " a week at " + hpw.String() + " hours a week"
	case 'm':
		by := weeks52.Mul(hpw)
		lo, hi = div(lo.Mul(months12), by), div(hi.Mul(months12), by)
		x.note = "Converted from " + stated + " a month: × 12 months ÷ 52 weeks ÷ " + hpw.String() + " hours a week"
	case 0:
		x.note = "The posting gives no pay period for " + stated + ": it is read as an hourly rate."
	}
	if lo.Exponent() < -4 || hi.Exponent() < -4 {
		lo, hi, rounded = lo.Round(4), hi.Round(4), true
		if x.per == 'h' {
			x.note = "Read from " + stated + " an hour"
		}
	}
	if x.note != "" && x.per != 0 {
		if rounded {
			x.note += ", rounded half away from zero to 4 decimal places"
		}
		x.note += "."
		if x.per != 'h' && !r.hoursRead {
			x.note += " The posting does not state its weekly hours: 40 are assumed."
		}
	}
	if !lo.IsPositive() || hi.GreaterThan(maxHour) {
		return false
	}
	x.band = calc.Band{Min: canon(lo), Max: canon(hi)}
	return true
}

// rates returns the pay figures of unit u, with their periods and tier
// labels. Money for something else (a housing stipend, a bonus, equipment)
// is left out, and so is money with no period outside a pay context.
func (r *reader) rates(u int) []rate {
	toks := r.t.tokens(u)
	var out []rate
	adj, adjAt := byte(0), -1 // the unit's first pay-period adjective
	for i, k := range toks {
		if p := adjective(&k); p != 0 {
			adj, adjAt = p, i
			break
		}
	}
	prev, labelsAfter := 0, false
	for i := 0; i < len(toks); i++ {
		lo, j, ok := amount(toks, i, false)
		if !ok {
			continue
		}
		x := rate{lo: lo, hi: lo, u: u}
		per, k := period(toks, j)
		if s := separator(toks, k, i); s > 0 {
			if hi, j2, ok := amount(toks, s, true); ok && (at(toks, s).k != '0' || !hi.LessThan(lo)) {
				x.hi = hi
				p2, k2 := period(toks, j2)
				if per == 0 {
					per = p2
				}
				k = k2
			}
		}
		if x.hi.LessThan(x.lo) {
			x.lo, x.hi = x.hi, x.lo
		}
		end := k
		if otherPurpose(toks, i, end, per == 0) {
			i = end - 1
			prev = end
			continue
		}
		switch {
		case per != 0:
		case adjAt >= 0 && adjAt < i:
			per = adj
		case r.labelAdjective(u) != 0:
			per, x.needLabel = r.labelAdjective(u), true
		case r.t.units[u].has&cPay != 0 && x.hi.LessThan(decimal.New(300, 0)):
		case r.labelHas(u, cPay) && x.hi.LessThan(decimal.New(300, 0)):
			x.needLabel = true
		default:
			i = end - 1
			prev = end
			continue
		}
		if per == 'y' && x.hi.LessThan(thousand) {
			per = 'h' // "an annual rate of $45" is not a salary
		}
		x.per = per
		x.label = r.tierLabel(toks[prev:i])
		after := tierKeyword(r, toks[end:min(len(toks), end+6)])
		// "$42 for undergraduates and $50 for master's students": when the
		// first figure's label follows it, so do the others'.
		if len(out) == 0 && x.label == "" && after != "" {
			labelsAfter = true
		}
		if labelsAfter {
			x.label = after
		}
		out = append(out, x)
		i = end - 1
		prev = end
	}
	return out
}

func (r *reader) labelAdjective(u int) byte {
	if l := r.t.units[u].label; l >= 0 {
		for _, k := range r.t.tokens(l) {
			if p := adjective(&k); p != 0 {
				return p
			}
		}
	}
	return 0
}

func (r *reader) labelHas(u int, c uint64) bool {
	l := r.t.units[u].label
	return l >= 0 && r.t.units[l].has&c != 0
}

// amount reads money at toks[i]: "$45", "US$50", "USD 50", "36 USD",
// "$45 USD", "$90k"; with bare, a number alone (the second figure of
// "$45 - 60"). It returns the amount and the index after it.
func amount(toks []tok, i int, bare bool) (decimal.Decimal, int, bool) {
	j := i
	switch k := at(toks, i); {
	case k.k == '$':
		j++
	case k.in("usd"):
		j++
		if at(toks, j).k == '$' {
			j++
		}
	}
	n := at(toks, j)
	if n.k != '0' || n.ord {
		return decimal.Zero, i, false
	}
	isMoney := j > i
	j++
	v, err := decimal.NewFromString(n.w)
	if err != nil {
		return decimal.Zero, i, false
	}
	if k := at(toks, j); k.is("k") && !k.sp {
		v = v.Mul(thousand)
		j++
	}
	if at(toks, j).in("usd dollars") { // "36 USD", and "$45 USD - $60 USD" too
		isMoney = true
		j++
	}
	if !isMoney && !bare {
		return decimal.Zero, i, false
	}
	if bare && !isMoney && unitWord(at(toks, j)) != 0 {
		return decimal.Zero, i, false // "$45 for 40 hours": hours, not money
	}
	return v, j, true
}

// period reads the pay period after an amount: "/hr", "per hour", "an
// hour", "hourly", "USD per week"; it returns 0 and j when there is none.
func period(toks []tok, j int) (byte, int) {
	i := j
	if at(toks, i).in("usd us") {
		i++
	}
	k := at(toks, i)
	if k.k == '/' || k.in("per a an each every") {
		if p := unitWord(at(toks, i+1)); p != 0 {
			return p, i + 2
		}
	}
	if p := adjective(k); p != 0 && !k.is("salary") {
		return p, i + 1
	}
	return 0, j
}

func unitWord(k *tok) byte {
	switch {
	case k.in("hour hr h hrs hours"):
		return 'h'
	case k.in("week wk"):
		return 'w'
	case k.in("month mo mth"):
		return 'm'
	case k.in("year yr annum"):
		return 'y'
	}
	return 0
}

func adjective(k *tok) byte {
	if k.cls&cAdj == 0 {
		return 0
	}
	switch {
	case k.is("hourly"):
		return 'h'
	case k.is("weekly"):
		return 'w'
	case k.is("monthly"):
		return 'm'
	case k.in("annual annually yearly salary"):
		return 'y'
	}
	return 0
}

// separator returns the index after a range's separator at toks[k] ("-",
// "to", "and" after "between"), or -1.
func separator(toks []tok, k, a int) int {
	s := at(toks, k)
	if s.k == '-' || s.in("to through thru") || s.is("and") && at(toks, a-1).is("between") {
		return k + 1
	}
	return -1
}

// otherPurpose reports whether the money at toks[a:b] pays for something
// other than work: the words just around it, within its clause, name a
// purpose (housing, equipment, a signing bonus), or, when it has no period,
// a lump sum (a stipend, an allowance).
func otherPurpose(toks []tok, a, b int, noPeriod bool) bool {
	for i := a - 1; i >= max(0, a-4); i-- {
		k := toks[i]
		if k.k == '$' || k.k == ',' || k.k == ';' || k.k == ')' || k.k == '.' {
			break
		}
		if k.cls&cNonWage != 0 || noPeriod && k.cls&cLump != 0 && i == a-1 {
			return true
		}
	}
	for i := b; i < min(len(toks), b+4); i++ {
		k := toks[i]
		if k.k == '$' || k.k == ',' || k.k == ';' || k.k == '(' || k.k == '.' {
			break
		}
		if k.cls&cNonWage != 0 || noPeriod && k.cls&cLump != 0 {
			return true
		}
	}
	return false
}

// tierLabel names the tier that the words before a figure describe: in the
// posting's own words when they are a row's first cell or an "X:" before
// it, else a degree or a place named among them.
func (r *reader) tierLabel(span []tok) string {
	n := len(span)
	if n == 0 || span[n-1].k != ':' && span[n-1].k != '|' && span[n-1].k != '-' {
		return tierKeyword(r, span)
	}
	i := n - 1
	for i > 0 && n-i < 7 && span[i-1].k != ';' && span[i-1].k != '|' && span[i-1].k != '.' && span[i-1].k != ':' {
		// A comma ends the label, but not the one of "Seattle, WA".
		if span[i-1].k == ',' && !(len(span[i].w) == 2 && strings.Contains(stateCodes, strings.ToUpper(span[i].w)) && r.t.s[span[i].s] <= 'Z') {
			break
		}
		i--
	}
	generic := true
	for _, k := range span[i : n-1] {
		if k.k == 'a' && k.cls&cGeneric == 0 || k.k == '0' {
			generic = false
		}
	}
	if generic || i >= n-1 {
		return tierKeyword(r, span)
	}
	return r.t.s[span[i].s:span[n-2].e]
}

// tierKeyword finds a degree level or a place in span, by its usual name.
func tierKeyword(r *reader, span []tok) string {
	for i, k := range span {
		switch {
		case k.in("undergraduate undergraduates undergrad undergrads bachelor bachelor's bachelors bs ba bsc"):
			return "Undergraduate"
		case k.in("master master's masters ms msc"):
			return "Master's"
		case k.in("phd doctorate doctoral") || k.is("ph") && at(span, i+2).is("d"):
			return "PhD"
		case k.is("mba"):
			return "MBA"
		}
		if k.cap {
			if pl, _ := r.placeAt(span, i, false); pl.state != "" {
				return pl.name
			}
		}
	}
	return ""
}
