package posting

import (
	"slices"
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// The holidays the reader knows, in the order a count without names
// takes them: the six that nearly every US employer pays, then the day
// after Thanksgiving, Martin Luther King Jr. Day, Presidents' Day and
// Juneteenth (the first ten are the shipped posting's calendar), then the
// rest. Names are matched longest first, so "Christmas Eve" is not
// Christmas Day.
var holidayTable = [...]struct {
	names string // lower-case phrases, separated by '|'
	rule  calc.HolidayRule
}{
	{"new year's day|new years day|new year's|new years|new year", calc.HolidayRule{Name: "New Year's Day", Month: 1, Day: 1, Observed: "nearest-weekday"}},
	{"memorial day", calc.HolidayRule{Name: "Memorial Day", Month: 5, Weekday: "monday", Nth: -1}},
	{"independence day|fourth of july|4th of july", calc.HolidayRule{Name: "Independence Day", Month: 7, Day: 4, Observed: "nearest-weekday"}},
	{"labor day|labour day", calc.HolidayRule{Name: "Labor Day", Month: 9, Weekday: "monday", Nth: 1}},
	{"thanksgiving day|thanksgiving", calc.HolidayRule{Name: "Thanksgiving Day", Month: 11, Weekday: "thursday", Nth: 4}},
	{"christmas day|christmas", calc.HolidayRule{Name: "Christmas Day", Month: 12, Day: 25, Observed: "nearest-weekday"}},
	{"day after thanksgiving|friday after thanksgiving|black friday", calc.HolidayRule{Name: "Day after Thanksgiving", Month: 11, Weekday: "thursday", Nth: 4, OffsetDays: 1}},
	{"martin luther king|mlk", calc.HolidayRule{Name: "Martin Luther King Jr. Day", Month: 1, Weekday: "monday", Nth: 3}},
	{"presidents day|president's day|presidents' day|washington's birthday", calc.HolidayRule{Name: "Presidents' Day", Month: 2, Weekday: "monday", Nth: 3}},
	{"juneteenth", calc.HolidayRule{Name: "Juneteenth", Month: 6, Day: 19, Observed: "nearest-weekday", StartYear: 2021}},
	{"christmas eve", calc.HolidayRule{Name: "Christmas Eve", Month: 12, Day: 24, Observed: "none"}},
	{"veterans day|veteran's day|veterans' day", calc.HolidayRule{Name: "Veterans Day", Month: 11, Day: 11, Observed: "nearest-weekday"}},
	{"columbus day|indigenous peoples day|indigenous peoples' day", calc.HolidayRule{Name: "Columbus Day", Month: 10, Weekday: "monday", Nth: 2}},
	{"new year's eve|new years eve", calc.HolidayRule{Name: "New Year's Eve", Month: 12, Day: 31, Observed: "none"}},
}

// matchOrder lists holidayTable's indexes so that a longer name is tried
// before a name it starts with.
var matchOrder = [...]int{13, 10, 6, 0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12}

const shippedHolidays = "The 10 paid holidays are the US federal calendar without Columbus Day and Veterans Day, plus the day after Thanksgiving; the posting names none. A holiday on a Saturday is observed the Friday before, on a Sunday the Monday after."

// holidayAt returns the holiday named at toks[i] and the tokens its name
// spans, or -1.
func holidayAt(toks []tok, i int) (int, int) {
	if toks[i].cls&cHolidayWord == 0 {
		return -1, 0
	}
	if toks[i].is("july") && at(toks, i+1).k == '0' && at(toks, i+1).w == "4" {
		return 2, 2
	}
	for _, h := range matchOrder {
		names := holidayTable[h].names
		for names != "" {
			n := names
			if bar := indexByte(names, '|'); bar >= 0 {
				n, names = names[:bar], names[bar+1:]
			} else {
				names = ""
			}
			if m := words(toks, i, n); m > 0 {
				return h, m
			}
		}
	}
	return -1, 0
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// holidays reads the paid holidays: a count ("10 paid holidays per
// year"), the holidays named, or both.
func (r *reader) holidays() {
	t := r.t
	n, countU, noneU := 0, -1, -1
	var named []int
	var namedUnits []int
	for u := range t.units {
		un := &t.units[u]
		if !r.has(u, cHoliday) && un.has&cPay == 0 {
			continue
		}
		toks := t.tokens(u)
		found := false
		for i := 0; i < len(toks); i++ {
			if h, m := holidayAt(toks, i); h >= 0 {
				if !slices.Contains(named, h) {
					named = append(named, h)
				}
				found = true
				i += m - 1
				continue
			}
			if c, ok := count(&toks[i]); ok && countU < 0 && c >= 1 && c <= 30 {
				for j := i + 1; j < min(len(toks), i+5); j++ {
					if toks[j].cls&cHoliday != 0 {
						n, countU = c, u
						break
					}
					if !toks[j].in("paid company public federal national observed bank us fixed floating") {
						break
					}
				}
			}
			if toks[i].cls&cHoliday != 0 && noneU < 0 {
				for j := max(0, i-5); j < i; j++ {
					if toks[j].cls&cNeg != 0 || toks[j].is("unpaid") {
						noneU = u
					}
				}
			}
		}
		if found && (un.has&cHoliday != 0 || un.label >= 0) {
			namedUnits = append(namedUnits, u)
		} else if found && len(namedUnits) == 0 {
			namedUnits = append(namedUnits, u)
		}
	}
	p := &r.p
	p.Holidays = []calc.HolidayRule{}
	var q []int
	switch {
	case countU >= 0 && (len(namedUnits) == 0 || countU <= namedUnits[0]):
		q = []int{countU}
	case len(namedUnits) > 0:
		q = r.listQuote(namedUnits)
	case noneU >= 0:
		r.set(fHolidays, []int{noneU}, "")
		return
	default:
		r.assume(fHolidays, "The posting mentions no paid holidays: none are counted (an intern paid by the hour is often not paid for holidays).")
		return
	}
	note := ""
	rules := slices.Clone(named)
	var extra []string
	for h := range holidayTable {
		if len(rules) >= n {
			break
		}
		if !slices.Contains(rules, h) {
			rules = append(rules, h)
			extra = append(extra, holidayTable[h].rule.Name)
		}
	}
	switch {
	case len(named) == 0 && n == 10:
		note = shippedHolidays
	case len(named) < n:
		switch {
		case len(named) == 0:
			note = "The " + strconv.Itoa(n) + " paid holidays are taken to be " + list(extra) + ", the commonest US paid holidays; the posting names none."
		default:
			note = "The posting counts " + strconv.Itoa(n) + " paid holidays and names " + strconv.Itoa(len(named)) + "; the others are taken to be " + list(extra) + "."
		}
		if len(rules) < n {
			note += " Only " + strconv.Itoa(len(rules)) + " holidays are known to the reader, so " + strconv.Itoa(len(rules)) + " are counted."
		}
		note += " A holiday on a Saturday is observed the Friday before, on a Sunday the Monday after."
	default:
		note = "The holidays named are observed as US employers observe them: on a Saturday the Friday before, on a Sunday the Monday after."
	}
	for i := 1; i < len(rules); i++ { // through the year; the list is short
		for j := i; j > 0 && calendarKey(rules[j]) < calendarKey(rules[j-1]); j-- {
			rules[j], rules[j-1] = rules[j-1], rules[j]
		}
	}
	for _, h := range rules {
		p.Holidays = append(p.Holidays, holidayTable[h].rule)
	}
	r.set(fHolidays, q, note)
	r.assumption(fHolidays, note)
	r.assumption(fHolidays, HolidayPayNote(p.HoursPerDay))
}

// calendarKey orders holidays through the year.
func calendarKey(h int) int {
	r := holidayTable[h].rule
	day := r.Day
	if day == 0 {
		day = r.Nth*7 - 3
		if r.Nth < 0 {
			day = 28
		}
	}
	return r.Month*100 + day + r.OffsetDays
}

// listQuote quotes the first of units, and when it is a list item, its
// label and the items after it.
func (r *reader) listQuote(units []int) []int {
	l := r.t.units[units[0]].label
	if l < 0 {
		return units[:1]
	}
	q := []int{l}
	for _, u := range units {
		if r.t.units[u].label == l {
			q = append(q, u)
		}
	}
	return q
}

// sick reads paid sick time: fixed hours ("40 hours of paid sick leave",
// "56 hours if hired in the first half of the year, 40 if hired in the
// second half", "5 days"), or an accrual ("1 hour for every 30 hours
// worked", "up to 40 hours").
func (r *reader) sick() {
	t := r.t
	p := &r.p
	mention := -1
	for u := range t.units {
		if t.units[u].has&cSick == 0 {
			continue
		}
		if mention < 0 {
			mention = u
		}
		if rule, note, ok := r.sickRule(t.tokens(u)); ok {
			p.Sick = calc.SickRule{FirstHalfHours: canon(rule.FirstHalfHours), SecondHalfHours: canon(rule.SecondHalfHours),
				AccrualPer: canon(rule.AccrualPer), MaxHours: canon(rule.MaxHours)}
			r.set(fSick, []int{u}, note)
			r.assumption(fSick, note)
			r.sickBalance()
			return
		}
	}
	ca := p.State == "CA"
	switch {
	case mention >= 0 && ca:
		p.Sick = calc.SickRule{AccrualPer: decimal.New(30, 0), MaxHours: forty}
		note := "The posting gives no figure for paid sick time: California's minimum is assumed, one hour for every 30 hours worked, up to 40 hours."
		r.set(fSick, []int{mention}, note)
		r.assumption(fSick, note)
	case mention >= 0:
		note := "The posting gives no figure for paid sick time: none is counted (the law where you work may require some)."
		r.set(fSick, []int{mention}, note)
		r.assumption(fSick, note)
	case ca:
		p.Sick = calc.SickRule{AccrualPer: decimal.New(30, 0), MaxHours: forty}
		r.assume(fSick, "The posting does not state paid sick time: California's minimum is assumed, one hour for every 30 hours worked, up to 40 hours.")
	default:
		r.assume(fSick, "The posting does not state paid sick time: none is counted (the law where you work may require some).")
	}
	r.sickBalance()
}

func (r *reader) sickBalance() {
	if r.p.State == "CA" && (r.p.Sick.AccrualPer.IsPositive() || r.p.Sick.FirstHalfHours.IsPositive() || r.p.Sick.SecondHalfHours.IsPositive()) {
		r.assumption(fSick, "Sick hours are a balance, not pay: California does not pay out unused sick time.")
	}
}

// sickRule reads a sick-time rule from a unit's tokens.
func (r *reader) sickRule(toks []tok) (calc.SickRule, string, bool) {
	var rule calc.SickRule
	// figure reads a number at toks[i] and its unit: 'h' for hours, 'd' for
	// days, 0 for none.
	figure := func(i int) (decimal.Decimal, byte, bool) {
		k := at(toks, i)
		var v decimal.Decimal
		if c, isCount := count(k); isCount {
			v = decimal.New(int64(c), 0)
		} else if k.in("an a") && at(toks, i+1).is("hour") {
			v = decimal.New(1, 0)
		} else if d, err := decimal.NewFromString(k.w); k.k == '0' && !k.ord && err == nil {
			v = d
		} else {
			return v, 0, false
		}
		if v.GreaterThan(decimal.New(2000, 0)) || v.Exponent() < -2 {
			return v, 0, false
		}
		switch next := at(toks, i+1); {
		case next.in("hours hour hrs hr h"):
			return v, 'h', true
		case next.in("days day"):
			if v.Mul(r.daily).GreaterThan(decimal.New(2000, 0)) {
				return v, 0, false
			}
			return v, 'd', true
		}
		return v, 0, true
	}
	hours := func(v decimal.Decimal, unit byte) decimal.Decimal {
		if unit == 'd' {
			return v.Mul(r.daily).Round(2)
		}
		return v
	}
	first, second := -1, -1
	for i, k := range toks {
		if k.is("half") && at(toks, i-1).is("first") {
			first = i
		}
		if k.is("half") && at(toks, i-1).is("second") {
			second = i
		}
	}
	// An accrual: "1 hour for every 30 hours worked".
	for i, k := range toks {
		if !k.in("every per each") {
			continue
		}
		worked, unit, ok := figure(i + 1)
		if !ok || unit != 'h' || !at(toks, i+3).in("worked work of") {
			continue
		}
		earned := decimal.New(1, 0)
		for j := i - 1; j >= max(0, i-8); j-- {
			if v, unit, ok := figure(j); ok && unit == 'h' {
				earned = v
				break
			}
		}
		if !earned.IsPositive() {
			continue
		}
		per := worked.DivRound(earned, 2)
		if per.LessThan(decimal.New(1, 0)) || per.GreaterThan(decimal.New(2000, 0)) {
			continue
		}
		rule.AccrualPer = per
		for j := range toks {
			if !(toks[j].is("up") && at(toks, j+1).is("to") || toks[j].in("capped cap maximum max") || toks[j].is("more") && at(toks, j+1).is("than")) {
				continue
			}
			for k := j + 1; k < min(len(toks), j+4); k++ {
				if v, unit, ok := figure(k); ok && unit != 0 && k != i+1 && v.IsPositive() {
					rule.MaxHours = hours(v, unit)
					break
				}
			}
			if rule.MaxHours.IsPositive() {
				break
			}
		}
		note := ""
		if !per.Mul(earned).Equal(worked) {
			note = "One hour for every " + per.String() + " hours worked, rounded to 2 decimal places."
		}
		return rule, note, true
	}
	// Fixed hours by the half of the year the intern is hired in: "56 hours
	// if hired in the first half of the year, 40 if hired in the second".
	if first >= 0 && second > first {
		var a, b decimal.Decimal
		var au, bu byte
		aOK, bOK := false, false
		for i := 0; i < first; i++ {
			if v, unit, ok := figure(i); ok && (unit != 0 || !aOK) {
				a, au, aOK = v, unit, true
			}
		}
		for i := first + 1; i < second; i++ {
			if v, unit, ok := figure(i); ok {
				b, bu, bOK = v, unit, true
			}
		}
		if bu == 0 {
			bu = au // "40 if hired…" is in the first figure's unit
		}
		if aOK && bOK {
			rule.FirstHalfHours, rule.SecondHalfHours = hours(a, au), hours(b, bu)
			return rule, "", true
		}
	}
	for i := range toks {
		if v, unit, ok := figure(i); ok && unit != 0 && v.IsPositive() {
			rule.FirstHalfHours = hours(v, unit)
			rule.SecondHalfHours = rule.FirstHalfHours
			note := ""
			if unit == 'd' {
				note = "Converted from " + v.String() + " days at " + r.daily.String() + " hours a day."
			}
			return rule, note, true
		}
	}
	return rule, "", false
}

// housing reads whether a housing allowance is offered, and whether fully
// remote interns may receive it.
func (r *reader) housing() {
	t := r.t
	p := &r.p
	for u := range t.units {
		if t.units[u].has&cHousing == 0 {
			continue
		}
		toks := t.tokens(u)
		negated, remoteNo, everyone := false, false, false
		for i, k := range toks {
			if k.cls&cHousing != 0 && (at(toks, i-1).in("no without") || at(toks, i-2).is("no")) {
				negated = true
			}
			// "Housing is not provided" denies the allowance; "fully remote
			// interns are not eligible" only says who gets it.
			if k.cls&cNeg != 0 && !k.in("no without") {
				verb := false
				for j := i + 1; j < min(len(toks), i+4); j++ {
					verb = verb || toks[j].in("provide provided offer offered available include included eligible cover covered receive")
				}
				// Remote work before or after it: "remote interns are
				// not eligible", "it is not offered to fully remote
				// interns".
				remote := false
				for j := max(0, i-5); j < min(len(toks), i+8); j++ {
					remote = remote || toks[j].cls&cRemote != 0
				}
				switch {
				case verb && remote:
					remoteNo = true
				case verb:
					negated = true
				}
			}
			if k.cls&cRemote != 0 {
				for j := max(0, i-4); j < i; j++ {
					if toks[j].cls&cNeg != 0 || toks[j].is("non") {
						remoteNo = true
					}
				}
				if at(toks, i+1).in("interns employees candidates") && !remoteNo && !at(toks, i-1).is("fully") {
					everyone = true
				}
			}
			switch {
			case k.in("onsite relocating") || k.is("on") && at(toks, i+1).is("site") || k.is("in") && at(toks, i+1).in("office person"):
				remoteNo = true
			case k.is("all") && at(toks, i+1).in("interns intern") || k.is("every") && at(toks, i+1).is("intern") || k.is("regardless"):
				everyone = true
			}
		}
		if negated {
			p.Housing = calc.HousingRule{}
			r.set(fHousing, []int{u}, "")
			return
		}
		// The next sentence of the line may say who gets it: "… a
		// housing stipend. Fully remote interns are not eligible."
		q := []int{u}
		if !remoteNo && !everyone && !t.units[u].last {
			next := t.tokens(u + 1)
			for i, k := range next {
				for j := max(0, i-6); k.cls&cRemote != 0 && j < min(len(next), i+6); j++ {
					if next[j].cls&cNeg != 0 || next[j].in("non ineligible excluded") {
						remoteNo = true
					}
				}
			}
			if remoteNo {
				q = append(q, u+1)
			}
		}
		p.Housing.Offered = true
		note := ""
		switch {
		case remoteNo && !everyone:
		case everyone || r.remoteWork:
			p.Housing.Remote = true
		default:
			note = "The posting does not say whether fully remote interns receive the housing allowance: they are taken not to."
		}
		r.set(fHousing, q, note)
		r.assumption(fHousing, note)
		r.assumption(fHousing, "The housing allowance has no published amount: the figure is yours to enter, and it is taxable.")
		return
	}
	r.assume(fHousing, "The posting mentions no housing allowance: none is counted.")
}

// applications reads a limit on applications: "a maximum of two
// positions", "up to three applications", "one application", "apply to
// only 1 role".
func (r *reader) applications() {
	t := r.t
	for u := range t.units {
		un := &t.units[u]
		if un.has&cApply == 0 {
			continue
		}
		toks := t.tokens(u)
		for i, k := range toks {
			n, ok := count(&k)
			if k.is("single") {
				n, ok = 1, true
			}
			if !ok || n < 1 || n > 1000 {
				continue
			}
			j := i + 1
			for j < min(len(toks), i+3) && toks[j].in("different open total internship intern separate job") && at(toks, j+1).cls&cPosition != 0 {
				j++
			}
			if at(toks, j).cls&cPosition == 0 {
				continue
			}
			if un.has&cLimit != 0 || n == 1 && at(toks, j).in("application applications") {
				r.p.MaxApplications = n
				r.set(fApplications, []int{u}, "")
				return
			}
		}
	}
	r.assume(fApplications, "The posting sets no limit on applications.")
}

// enrolled reads who may apply: the sentence about the degree, which the
// enrolment and field-of-study checks both rest on.
func (r *reader) enrolled() {
	t := r.t
	for u := range t.units {
		un := &t.units[u]
		if un.has&cEnroll == 0 || un.has&cPay != 0 || un.has&cDegree == 0 && !r.unitHasAny(u, "student students university college") {
			continue
		}
		r.set(fEnrolled, []int{u}, "")
		r.set(fDiscipline, []int{u}, "")
		return
	}
	r.assume(fEnrolled, "The posting does not say which students may apply: it is taken to ask for current students.")
	r.assume(fDiscipline, "The posting names no field of study.")
}

func (r *reader) unitHasAny(u int, list string) bool {
	for _, k := range r.t.tokens(u) {
		if k.in(list) {
			return true
		}
	}
	return false
}
