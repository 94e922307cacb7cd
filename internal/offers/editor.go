package offers

import (
	"github.com/offercalc/offercalc/internal/markup"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/shopspring/decimal"
)

// An editor is a posting being read from its pasted text and checked by
// the applicant before it is used: every term the reader took (or
// assumed) in a field of its own, beside the posting's sentence it came
// from. Like the plan's form, it keeps each field's text as typed, and
// turns the fields into a calc.Policy only to check and use them: a field
// that cannot be read keeps its text and gets a message.
type editor struct {
	// text is the pasted posting as typed; textErr why it could not be
	// read, shown beside it.
	text, textErr string

	// read is the reading the fields started from: nil until a text is
	// read. Its text is the text it was read from (text may change since).
	read *reading

	form fields // the fields' text, keyed by editorField.key
	// initial are the fields' text as they started (from the reading, or
	// the terms as saved, and the tier chosen): a field that differs is
	// the applicant's entry.
	initial url.Values
	// changed are the terms whose fields differ from initial.
	changed map[string]bool
	// policy is the fields as terms, when they all can be used (ok).
	policy calc.Policy
	ok     bool
	// name is what the posting is saved under in your postings.
	name string
	// savedID is the id it was saved under, once saved.
	savedID string
}

// A reading is what the reader (calc/posting) took from a text.
type reading struct {
	text string
	// policy is the terms the fields start from: the reading's (with the
	// tier chosen), or a saved posting's.
	policy calc.Policy
	terms  map[string]posting.Term
	tiers  []posting.Tier
	// dayStated: the text states its working day (posting.Reading's
	// DayStated), which the full-time week does not change.
	dayStated bool
	// entered are the terms the applicant entered before: a saved
	// posting's assumptions say so ("Housing: as you entered it, …").
	entered map[string]bool
}

// maxPaste is the longest text the reader takes.
const maxPaste = posting.MaxText

// read reads a posting's text: the reading, or the sentence to show beside
// the text.
func read(text string, today calc.Date) (*reading, string) {
	switch {
	case strings.TrimSpace(text) == "":
		return nil, "Paste a posting's text first: the box is empty."
	case len(text) > maxPaste:
		return nil, "The text is " + strconv.Itoa(len(text)>>10) + " KB; a posting fits in " + strconv.Itoa(maxPaste>>10) +
			" KB. Paste the posting alone, without the rest of the page."
	}
	rd, err := posting.Read(text, posting.Options{Year: today.Year, Today: today})
	if err != nil {
		if fes := calc.FieldErrors(err); len(fes) > 0 {
			return nil, strings.TrimSuffix(fes[0].Want, ".") + "."
		}
		return nil, err.Error() + "."
	}
	r := &reading{text: text, policy: rd.Policy, terms: map[string]posting.Term{}, tiers: rd.Tiers, dayStated: rd.DayStated}
	for _, t := range rd.Terms {
		r.terms[t.Field] = t
	}
	return r, ""
}

// An editorField is one field of the editor: its key (the input's id
// after "edit-"), its label, the reader's term it shows the line of, its
// kind of control, and how it reads from and writes to a calc.Policy.
type editorField struct {
	key, label, term, kind, hint string
	get                          func(p *calc.Policy) string
	// set writes text into p, or returns what the field accepts.
	set func(p *calc.Policy, text string) (want string)
}

// The kinds of control.
const (
	kindText     = "text"
	kindDecimal  = "decimal"
	kindNumber   = "numeric"
	kindSelect   = "select"
	kindCheck    = "checkbox"
	kindTextarea = "textarea"
)

// editorFields are the editor's fields, in the form's order. Holidays are
// fields of their own, one for each of the reading's (see holidayField).
var editorFields = []editorField{
	{key: "title", label: "The posting's title", term: "title", kind: kindText,
		get: func(p *calc.Policy) string { return p.Title },
		set: func(p *calc.Policy, s string) string { p.Title = strings.TrimSpace(s); return "" }},
	{key: "employer", label: "The employer's name", term: "employer", kind: kindText,
		get: func(p *calc.Policy) string { return p.Employer },
		set: func(p *calc.Policy, s string) string { p.Employer = strings.TrimSpace(s); return "" }},
	{key: "location", label: "Where, as the posting says it", term: "location", kind: kindText,
		get: func(p *calc.Policy) string { return p.Location },
		set: func(p *calc.Policy, s string) string { p.Location = strings.TrimSpace(s); return "" }},
	{key: "state", label: "State the work is in", term: "location", kind: kindSelect,
		hint: "Where the wages are taxed; none for a fully remote posting.",
		get:  func(p *calc.Policy) string { return p.State },
		set: func(p *calc.Policy, s string) string {
			if s != "" && calc.StateName(s) == "" {
				return "a state from the list"
			}
			p.State = s
			if s != "NY" {
				p.Locality = ""
			}
			return ""
		}},
	{key: "locality", label: "In New York City", term: "location", kind: kindCheck,
		get: func(p *calc.Policy) string { return markup.Pick(p.Locality == "NYC", "yes", "") },
		set: func(p *calc.Policy, s string) string {
			if s != "" && p.State == "NY" {
				p.Locality = "NYC"
			} else {
				p.Locality = ""
			}
			return ""
		}},
	{key: "band.min", label: "Lowest hourly rate (USD)", term: "band", kind: kindDecimal,
		get: func(p *calc.Policy) string { return p.Band.Min.String() },
		set: func(p *calc.Policy, s string) string {
			return amountInto(&p.Band.Min, s, "an hourly rate such as 45 or 45.50")
		}},
	{key: "band.max", label: "Highest hourly rate (USD)", term: "band", kind: kindDecimal,
		get: func(p *calc.Policy) string { return p.Band.Max.String() },
		set: func(p *calc.Policy, s string) string {
			return amountInto(&p.Band.Max, s, "an hourly rate such as 60 (the same as the lowest for one rate)")
		}},
	{key: "programWeeks", label: "Program length (weeks)", term: "program", kind: kindNumber,
		get: func(p *calc.Policy) string { return strconv.Itoa(p.ProgramWeeks) },
		set: func(p *calc.Policy, s string) string {
			return intInto(&p.ProgramWeeks, s, "a whole number of weeks from 1 to 104")
		}},
	{key: "commitmentMonths", label: "Commitment asked for (months)", term: "commitment", kind: kindNumber,
		hint: "0 when the posting asks for no more than the program.",
		get:  func(p *calc.Policy) string { return strconv.Itoa(p.CommitmentMonths) },
		set: func(p *calc.Policy, s string) string {
			return intInto(&p.CommitmentMonths, s, "a whole number of months from 0 (none) to 24")
		}},
	{key: "hoursPerWeek", label: "Full-time week (hours)", term: "fullTime", kind: kindDecimal,
		get: func(p *calc.Policy) string { return p.HoursPerWeek.String() },
		set: func(p *calc.Policy, s string) string {
			return amountInto(&p.HoursPerWeek, s, "hours a week, such as 40")
		}},
	// After the week: empty, the day is the week's fifth.
	{key: "hoursPerDay", label: "Working day (hours)", term: "fullTime", kind: kindDecimal,
		hint: "What a paid holiday pays. Empty: the full-time week ÷ 5, Monday to Friday.",
		get: func(p *calc.Policy) string {
			if p.HoursPerDay.Equal(weekDay(p.HoursPerWeek)) {
				return ""
			}
			return p.HoursPerDay.String()
		},
		set: func(p *calc.Policy, s string) string {
			if strings.TrimSpace(s) == "" {
				p.HoursPerDay = weekDay(p.HoursPerWeek)
				return ""
			}
			return amountInto(&p.HoursPerDay, s, "hours a day, such as 8, or empty for the week ÷ 5")
		}},
	{key: "seasons", label: "Seasons and start dates", term: "seasons", kind: kindTextarea,
		hint: "One season a line: its name, a colon, then its start dates (YYYY-MM-DD), such as \"Summer 2026: 2026-05-11, 2026-06-01\". No dates: the posting publishes none.",
		get:  func(p *calc.Policy) string { return formatSeasons(p.Seasons) },
		set:  setSeasons},
	{key: "sick.firstHalfHours", label: "Sick hours, hired January to June", term: "sick", kind: kindDecimal,
		get: func(p *calc.Policy) string { return p.Sick.FirstHalfHours.String() },
		set: func(p *calc.Policy, s string) string {
			return amountInto(&p.Sick.FirstHalfHours, s, "hours, such as 56 (0: none)")
		}},
	{key: "sick.secondHalfHours", label: "Sick hours, hired July to December", term: "sick", kind: kindDecimal,
		get: func(p *calc.Policy) string { return p.Sick.SecondHalfHours.String() },
		set: func(p *calc.Policy, s string) string {
			return amountInto(&p.Sick.SecondHalfHours, s, "hours, such as 40 (0: none)")
		}},
	{key: "sick.accrualPer", label: "Or one sick hour for every … hours worked", term: "sick", kind: kindDecimal,
		hint: "Empty or 0 for the fixed hours above; 30 is California's minimum accrual.",
		get:  func(p *calc.Policy) string { return omitZero(p.Sick.AccrualPer.String()) },
		set: func(p *calc.Policy, s string) string {
			return amountInto(&p.Sick.AccrualPer, s, "the hours worked that earn one sick hour, such as 30, or empty")
		}},
	{key: "sick.maxHours", label: "Sick hours cap", term: "sick", kind: kindDecimal,
		hint: "Empty or 0: no cap.",
		get:  func(p *calc.Policy) string { return omitZero(p.Sick.MaxHours.String()) },
		set: func(p *calc.Policy, s string) string {
			return amountInto(&p.Sick.MaxHours, s, "hours, such as 40, or empty for no cap")
		}},
	{key: "housing", label: "Housing allowance", term: "housing", kind: kindSelect,
		get: func(p *calc.Policy) string {
			switch {
			case !p.Housing.Offered:
				return "no"
			case p.Housing.Remote:
				return "yes"
			}
			return "onsite"
		},
		set: func(p *calc.Policy, s string) string {
			switch s {
			case "no":
				p.Housing = calc.HousingRule{}
			case "yes":
				p.Housing = calc.HousingRule{Offered: true, Remote: true}
			case "onsite":
				p.Housing = calc.HousingRule{Offered: true}
			default:
				return "a choice from the list"
			}
			return ""
		}},
	{key: "maxApplications", label: "Applications allowed", term: "applications", kind: kindNumber,
		hint: "How many positions one may apply to; 0: no limit.",
		get:  func(p *calc.Policy) string { return strconv.Itoa(p.MaxApplications) },
		set: func(p *calc.Policy, s string) string {
			return intInto(&p.MaxApplications, s, "a whole number from 0 (no limit) to 1,000")
		}},
}

// housingChoices are the housing field's options.
var housingChoices = []option{
	{"onsite", "Offered, except to fully remote interns"},
	{"yes", "Offered, remote interns included"},
	{"no", "Not offered"},
}

// weekDay is the working day of a full-time week of five days, to the
// cents of an hour calc takes, as the reader works it out.
func weekDay(week decimal.Decimal) decimal.Decimal {
	d := week.Div(decimal.New(5, 0)).Round(2)
	if d.IsInteger() {
		return d.Truncate(0)
	}
	return d
}

// workingDayNote says a working day was worked out from the week.
func workingDayNote(day decimal.Decimal) string {
	return "A working day is " + day.String() + " hours, the full-time week ÷ 5 (Monday to Friday)."
}

// holidayKey is the key of the field that keeps the reading's holiday i.
func holidayKey(i int) string { return "holiday." + strconv.Itoa(i) }

func omitZero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// amountInto reads a non-negative amount (empty: 0) into d.
func amountInto(d *decimal.Decimal, s, want string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		*d = decimal.Decimal{}
		return ""
	}
	v, ok := link.ParseAmount(s)
	if !ok || v.IsNegative() {
		return want
	}
	*d = v
	return ""
}

// intInto reads a whole number (empty: 0) into n.
func intInto(n *int, s, want string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		*n = 0
		return ""
	}
	v, err := strconv.Atoi(s)
	if err != nil || len(s) > 6 {
		return want
	}
	*n = v
	return ""
}

// formatSeasons writes seasons as the seasons field's lines.
func formatSeasons(ss []calc.Season) string {
	var b strings.Builder
	for i, s := range ss {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.Name + ":")
		for j, d := range s.StartDates {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(" " + d.String())
		}
	}
	return b.String()
}

// setSeasons reads the seasons field's lines. A season keeps the months
// of the reading's season of that name; another takes them from its name
// ("Summer 2026": May to August), else from its dates, and is stretched to
// hold its dates.
func setSeasons(p *calc.Policy, text string) string {
	const want = "one season a line, such as \"Summer 2026: 2026-05-11, 2026-06-01\""
	var out []calc.Season
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		name, dates, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" || len(out) == 12 {
			return want + " (at most 12)"
		}
		s := calc.Season{Name: name, StartDates: []calc.Date{}}
		for _, f := range strings.FieldsFunc(dates, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
			d, err := calc.ParseDate(f)
			if err != nil || d.Year < 2000 || d.Year > 2099 {
				return "start dates from 2000 to 2099 as YYYY-MM-DD, such as 2026-05-11 (not " + strconv.Quote(clipText(f, 20)) + ")"
			}
			if !slices.Contains(s.StartDates, d) {
				s.StartDates = append(s.StartDates, d)
			}
		}
		sortDates(s.StartDates)
		from, to, known := seasonMonths(p.Seasons, name)
		if !known {
			if len(s.StartDates) == 0 {
				return "start dates for " + strconv.Quote(clipText(name, 40)) + ", or a name such as \"Fall 2026\""
			}
			from, to = s.StartDates[0], s.StartDates[len(s.StartDates)-1]
		}
		if n := len(s.StartDates); n > 0 {
			if s.StartDates[0].Before(from) {
				from = s.StartDates[0]
			}
			if s.StartDates[n-1].After(to) {
				to = s.StartDates[n-1]
			}
		}
		s.From, s.To = from, to
		out = append(out, s)
	}
	if len(out) == 0 {
		return want
	}
	p.Seasons = out
	return ""
}

// seasonMonths returns the months of a season by its name: the current
// season of that name, else "Spring", "Summer", "Fall" (or "Autumn") and
// "Winter" with a year.
func seasonMonths(current []calc.Season, name string) (from, to calc.Date, ok bool) {
	for _, s := range current {
		if strings.EqualFold(s.Name, name) {
			return s.From, s.To, true
		}
	}
	word, yearText, _ := strings.Cut(strings.ToLower(name), " ")
	year, err := strconv.Atoi(strings.TrimSpace(yearText))
	if err != nil || year < 2000 || year > 2099 {
		return from, to, false
	}
	months := map[string][2]time.Month{"spring": {1, 4}, "summer": {5, 8}, "fall": {9, 12}, "autumn": {9, 12}}
	if word == "winter" {
		return calc.Date{Year: year - 1, Month: 12, Day: 1}, calc.Date{Year: year, Month: 3, Day: 1}.AddDays(-1), true
	}
	m, ok := months[word]
	if !ok {
		return from, to, false
	}
	return calc.Date{Year: year, Month: m[0], Day: 1}, calc.Date{Year: year, Month: m[1] + 1, Day: 1}.AddDays(-1), true
}

func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// start fills the fields from a reading: each term as read.
func (e *editor) start(r *reading) {
	e.read = r
	e.savedID = ""
	e.name = joinNonEmpty(" · ", r.policy.Title, r.policy.Employer)
	e.form = fields{values: url.Values{}}
	p := &r.policy
	for _, f := range editorFields {
		e.form.values.Set(f.key, f.get(p))
	}
	if r.dayStated {
		e.form.values.Set("hoursPerDay", p.HoursPerDay.String())
	}
	for i := range p.Holidays {
		e.form.values.Set(holidayKey(i), "yes")
	}
	e.initial = url.Values{}
	for k, v := range e.form.values {
		e.initial[k] = slices.Clone(v)
	}
	e.update()
}

// startFrom fills the fields from a posting's terms, without a text: a
// saved posting being edited again.
func (e *editor) startFrom(p calc.Policy, text, name, id string) {
	e.start(&reading{text: text, policy: p, terms: map[string]posting.Term{}})
	e.name, e.savedID = name, id
}

// input is typing (or a choice) in field key.
func (e *editor) input(key, text string) {
	e.form.values.Set(key, text)
	e.update()
}

// chooseTier makes the reading's tier i the posting's band, as
// posting.Reading.WithTier does: its line, and the assumption that says
// which tier was chosen. The band is then the posting's, not an entry.
func (e *editor) chooseTier(i int) {
	if e.read == nil || i < 0 || i >= len(e.read.tiers) {
		return
	}
	e.read.withTier(i)
	for _, k := range [...]string{"band.min", "band.max"} {
		v := editorFieldByKey(k).get(&e.read.policy)
		e.form.values.Set(k, v)
		e.initial.Set(k, v)
	}
	e.form.values.Set("tier", strconv.Itoa(i))
	e.update()
}

// withTier makes tier i the reading's band.
func (r *reading) withTier(i int) {
	rd := posting.Reading{Policy: r.policy, Tiers: r.tiers}
	if t, ok := r.terms["band"]; ok {
		rd.Terms = []posting.Term{t}
	}
	rd = rd.WithTier(i)
	r.policy = rd.Policy
	if len(rd.Terms) == 1 {
		r.terms["band"] = rd.Terms[0]
	}
}

// savedTier returns the tier a saved posting's terms chose, or -1: the
// tier whose band they have, when their assumptions say a tier was chosen.
func (r *reading) savedTier(p calc.Policy) int {
	if !slices.ContainsFunc(p.Assumptions, posting.Reading{Tiers: r.tiers}.IsTierNote) {
		return -1
	}
	for i, t := range r.tiers {
		if t.Band.Min.Equal(p.Band.Min) && t.Band.Max.Equal(p.Band.Max) {
			return i
		}
	}
	return -1
}

func editorFieldByKey(key string) editorField {
	for _, f := range editorFields {
		if f.key == key {
			return f
		}
	}
	panic("no editor field " + key)
}

// update reads the fields into a policy, with a message beside each that
// cannot be read, and checks the whole with calc's own Validate.
func (e *editor) update() {
	e.ok = false
	e.form.errs = map[string]string{}
	if e.read == nil {
		return
	}
	p := clonePolicy(e.read.policy)
	for _, f := range editorFields {
		text := e.form.values.Get(f.key)
		if want := f.set(&p, text); want != "" {
			e.form.errs[f.key] = message(text, want)
		}
	}
	var kept []calc.HolidayRule
	for i, h := range e.read.policy.Holidays {
		if e.form.values.Get(holidayKey(i)) != "" {
			kept = append(kept, h)
		}
	}
	p.Holidays = kept
	e.changed = map[string]bool{}
	for _, f := range editorFields {
		if e.form.values.Get(f.key) != e.initial.Get(f.key) {
			e.changed[f.term] = true
		}
	}
	for i := range e.read.policy.Holidays {
		if e.form.values.Get(holidayKey(i)) != e.initial.Get(holidayKey(i)) {
			e.changed["holidays"] = true
		}
	}
	p.Assumptions = e.assumptions(&p)
	if err := p.Validate(); err != nil {
		for _, fe := range calc.FieldErrors(err) {
			k := editorKey(fe.Field)
			if k == "hoursPerDay" && e.form.values.Get(k) == "" && e.form.errs["hoursPerWeek"] != "" {
				continue // the week's fifth: the week's message says what is wrong
			}
			if _, seen := e.form.errs[k]; !seen {
				e.form.errs[k] = fieldMessage(fe)
			}
		}
	}
	if len(e.form.errs) > 0 {
		return
	}
	e.policy, e.ok = p, true
}

// message is a field's text and what it accepts as a sentence.
func message(text, want string) string {
	return fieldMessage(&calc.FieldError{Value: clipText(text, 60), Want: want})
}

// editorKey is the editor's field for a calc.Policy field in an error
// ("policy.band.min": "band.min"; "policy.seasons[0].startDates[1]":
// "seasons").
func editorKey(f calc.Field) string {
	k := strings.TrimPrefix(string(f), "policy.")
	if i := strings.IndexByte(k, '['); i >= 0 {
		k = k[:i]
	}
	switch k {
	case "holidays":
		return "holiday.0"
	case "id", "url", "lines", "assumptions", "overtime":
		return "title"
	}
	return k
}

// assumptions are the reading's (or the saved terms'), without those of
// the terms the applicant changed, and with a line for each of those;
// what a paid holiday pays follows the working day.
func (e *editor) assumptions(p *calc.Policy) []string {
	base := &e.read.policy
	tierNote := posting.Reading{Tiers: e.read.tiers}.IsTierNote
	dayMoved := !p.HoursPerDay.Equal(base.HoursPerDay)
	var out []string
	for _, a := range base.Assumptions {
		drop := e.changed["band"] && tierNote(a) || dayMoved && a == workingDayNote(base.HoursPerDay)
		for term := range e.changed {
			if t, ok := e.read.terms[term]; ok && t.Assumed && t.Note == a {
				drop = true
			}
		}
		if dayMoved && a == posting.HolidayPayNote(base.HoursPerDay) {
			a = posting.HolidayPayNote(p.HoursPerDay)
		}
		if !drop {
			out = append(out, a)
		}
	}
	if dayMoved && e.form.values.Get("hoursPerDay") == "" {
		out = append(out, workingDayNote(p.HoursPerDay))
	}
	for _, f := range editorFields {
		if line := enteredLine(f.term); e.changed[f.term] && !slices.Contains(out, line) {
			out = append(out, line)
		}
	}
	if len(out) > 40 {
		out = out[:40]
	}
	return out
}

// enteredLine is the assumption that says the applicant entered a term.
func enteredLine(term string) string {
	return termLabel(term) + ": as you entered it, not as read from the posting's text."
}

// enteredTerms are the terms whose entered line is among a saved
// posting's assumptions.
func enteredTerms(assumptions []string) map[string]bool {
	out := map[string]bool{}
	for _, f := range editorFields {
		if slices.Contains(assumptions, enteredLine(f.term)) {
			out[f.term] = true
		}
	}
	if slices.Contains(assumptions, enteredLine("holidays")) {
		out["holidays"] = true
	}
	return out
}

// yours reports whether the applicant entered term: now, or before.
func (e *editor) yours(term string) bool {
	return e.changed[term] || e.read != nil && e.read.entered[term]
}

// termLabel names a reader's term for the applicant.
func termLabel(term string) string {
	switch term {
	case "band":
		return "The pay band"
	case "program":
		return "The program's length"
	case "commitment":
		return "The commitment"
	case "fullTime":
		return "The full-time week"
	case "seasons":
		return "The seasons and start dates"
	case "holidays":
		return "The paid holidays"
	case "sick":
		return "Sick time"
	case "housing":
		return "Housing"
	case "applications":
		return "The application limit"
	case "location":
		return "Where the work is"
	}
	return strings.ToUpper(term[:1]) + term[1:]
}

// clonePolicy returns a copy of p that shares no slice with it.
func clonePolicy(p calc.Policy) calc.Policy {
	p.Seasons = slices.Clone(p.Seasons)
	for i := range p.Seasons {
		p.Seasons[i].StartDates = slices.Clone(p.Seasons[i].StartDates)
	}
	p.Holidays = slices.Clone(p.Holidays)
	p.Assumptions = slices.Clone(p.Assumptions)
	return p
}

// sortDates sorts a season's few dates.
func sortDates(ds []calc.Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Before(ds[j-1]); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}
