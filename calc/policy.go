package calc

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// A Policy is a posting's terms as data: the pay band, the program's length,
// the commitment it asks for, the full-time week, the seasons and start
// dates, the paid-holiday calendar, sick time, housing and the application
// limit, each with the posting line it comes from. It is JSON so that
// another posting's terms can be loaded (ParsePolicy); DefaultPolicy is the
// posting the calculator ships with.
type Policy struct {
	ID       string `json:"id"`       // a short stable name, for links and storage
	Title    string `json:"title"`    // the posting's title
	Employer string `json:"employer"` // who posts it
	Location string `json:"location"` // where the work is, as the posting says it
	URL      string `json:"url,omitempty"`
	// State is where the work is, machine-readable: a USPS code ("CA",
	// "WA", "NY"), or empty when the job is fully remote or the posting
	// does not say. The take-home estimate taxes the wages there.
	State string `json:"state,omitempty"`
	// Locality is a place inside State with a wage tax of its own ("NYC",
	// New York City), or empty.
	Locality string `json:"locality,omitempty"`

	Band             Band            `json:"band"`
	ProgramWeeks     int             `json:"programWeeks"`     // "This is a 12-week program"
	CommitmentMonths int             `json:"commitmentMonths"` // "at least a 3-month long internship period"
	HoursPerWeek     decimal.Decimal `json:"hoursPerWeek"`     // the full-time week
	HoursPerDay      decimal.Decimal `json:"hoursPerDay"`      // the hours a paid holiday pays
	Overtime         OvertimeRule    `json:"overtime"`         // the rule where the work is
	Seasons          []Season        `json:"seasons"`
	Holidays         []HolidayRule   `json:"holidays"`
	Sick             SickRule        `json:"sick"`
	Housing          HousingRule     `json:"housing"`
	MaxApplications  int             `json:"maxApplications"` // positions one may apply to; 0: no limit

	// Lines are the posting's own words that each term and check rests on,
	// shown beside the figures so an applicant can check them.
	Lines Lines `json:"lines"`

	// Assumptions are what the calculator assumes where the posting is
	// silent, in plain language, shown in the app.
	Assumptions []string `json:"assumptions"`
}

// Band is the hourly pay range of a posting.
type Band struct {
	Min decimal.Decimal `json:"min"`
	Max decimal.Decimal `json:"max"`
}

// Mid returns the midpoint of the band, the rate used when a plan names none.
func (b Band) Mid() decimal.Decimal {
	return b.Min.Add(b.Max).Mul(decimal.New(5, -1))
}

// A Season is a period in which a posting starts interns, with its published
// start dates (none when the posting publishes none).
type Season struct {
	Name       string `json:"name"`
	From       Date   `json:"from"`
	To         Date   `json:"to"`
	StartDates []Date `json:"startDates"`
}

// SickRule gives the paid sick hours: a fixed number by the half of the
// year the intern is hired in, or, when AccrualPer is set, one hour for
// every AccrualPer hours worked (California's minimum is one for every 30),
// up to MaxHours when that is set.
type SickRule struct {
	FirstHalfHours  decimal.Decimal `json:"firstHalfHours"`  // hired January to June
	SecondHalfHours decimal.Decimal `json:"secondHalfHours"` // hired July to December
	// AccrualPer is the hours worked that earn one hour of sick time; zero:
	// the fixed hours above.
	AccrualPer decimal.Decimal `json:"accrualPer,omitzero"`
	// MaxHours caps the hours accrued; zero: no cap.
	MaxHours decimal.Decimal `json:"maxHours,omitzero"`
}

// HousingRule says whether a housing allowance may be paid.
type HousingRule struct {
	Offered bool `json:"offered"`
	// Remote reports whether fully remote interns may receive it too.
	Remote bool `json:"remote"`
}

// Lines are quotations from the posting, one for each term and check.
type Lines struct {
	Band         string `json:"band"`
	Program      string `json:"program"`
	Commitment   string `json:"commitment"`
	FullTime     string `json:"fullTime"`
	Seasons      string `json:"seasons"`
	Holidays     string `json:"holidays"`
	Sick         string `json:"sick"`
	Housing      string `json:"housing"`
	Applications string `json:"applications"`
	Enrolled     string `json:"enrolled"`
	Discipline   string `json:"discipline"`
}

// DefaultPolicy returns the terms of the posting the calculator ships with: a
// 2026 software engineering internship in Los Angeles ($45 to $60 an hour,
// 12 weeks, a 3-month commitment, five Summer start dates, 10 paid holidays,
// 56 or 40 sick hours, housing unless fully remote, at most two
// applications). Each call returns a fresh copy that the caller may change.
//
// The terms are kept as JSON in policy.json, like any other posting's, and
// built into the package as Go code generated from it (policy_default.go),
// which a test keeps in step: decoding the JSON by reflection cost the
// browser tens of milliseconds at start-up.
func DefaultPolicy() Policy { return defaultPolicy() }

//go:generate go test -run TestDefaultPolicyIsGenerated -update

// Limits that keep a policy physical. They are wide on purpose: they catch a
// typo (4500 for 45.00), not an unusual posting.
var (
	maxRate       = decimal.New(1000, 0) // dollars an hour
	maxWeekHours  = decimal.New(168, 0)
	maxDayHours   = decimal.New(24, 0)
	maxSickHours  = decimal.New(2000, 0)
	maxMoneyScale = int32(4) // decimal places in a rate
	maxHourScale  = int32(2) // decimal places in hours
	one           = decimal.New(1, 0)
)

// Limits on what a policy may hold, so that a posting from a link cannot
// make a page build thousands of start-date buttons or a megabyte of text.
// The README's field table states them.
const (
	MaxPolicySize      = 256 << 10 // bytes of JSON
	maxSeasons         = 12
	maxStartDates      = 40 // in a season
	maxAllStartDates   = 60 // in all seasons
	maxHolidays        = 50
	maxAssumptions     = 40
	maxNameLen         = 300  // title, employer, location, a season's or holiday's name
	maxTextLen         = 2000 // a line from the posting, an assumption, the url
	firstPolicyYear    = 2000
	lastPolicyYear     = 2099
	maxIDLen           = 100
	maxProgramWeeks    = 104
	maxCommitment      = 24
	maxApplicationsCap = 1000
)

// Validate reports every problem with p, each a *FieldError naming the
// field (for example "policy.band.min"), joined with errors.Join; nil when
// p can be computed with.
func (p Policy) Validate() error {
	ps := &problems{prefix: "policy."}
	bad, text, hours := ps.bad, ps.text, ps.hours
	year := func(d Date) bool { return d.Year >= firstPolicyYear && d.Year <= lastPolicyYear }

	text("title", p.Title, true, maxNameLen, "the posting's title")
	text("id", p.ID, false, maxIDLen, "a short stable name for the posting, such as \"acme-swe-intern-2026\"")
	text("employer", p.Employer, false, maxNameLen, "the employer's name")
	text("location", p.Location, false, maxNameLen, "where the work is, as the posting says it")
	text("url", p.URL, false, maxTextLen, "the posting's address")
	if p.State != "" && StateName(p.State) == "" {
		bad("state", p.State, `a USPS state code in capitals, such as "CA" or "NY", or empty when the work is fully remote`)
	}
	if p.Locality != "" && localityName(p.State, p.Locality) == "" {
		bad("locality", p.Locality, `a locality with a wage tax of its own, "NYC" (with state "NY"), or empty`)
	}
	rate := "an hourly rate above $0 and at most $1,000, with at most 4 decimal places"
	minOK := amountOK(p.Band.Min, maxRate, maxMoneyScale) && p.Band.Min.IsPositive()
	maxOK := amountOK(p.Band.Max, maxRate, maxMoneyScale) && p.Band.Max.IsPositive()
	if !minOK {
		bad("band.min", decString(p.Band.Min), rate)
	}
	switch {
	case !maxOK:
		bad("band.max", decString(p.Band.Max), rate)
	case minOK && p.Band.Max.LessThan(p.Band.Min):
		bad("band.max", p.Band.Max.String(), "a rate at least band.min ("+p.Band.Min.String()+")")
	}
	if p.ProgramWeeks < 1 || p.ProgramWeeks > maxProgramWeeks {
		bad("programWeeks", strconv.Itoa(p.ProgramWeeks), "a whole number of weeks from 1 to 104")
	}
	if p.CommitmentMonths < 0 || p.CommitmentMonths > maxCommitment {
		bad("commitmentMonths", strconv.Itoa(p.CommitmentMonths), "a whole number of months from 0 (none) to 24")
	}
	hours("hoursPerWeek", p.HoursPerWeek, maxWeekHours, true, "hours above 0 and at most 168, with at most 2 decimal places")
	hours("hoursPerDay", p.HoursPerDay, maxDayHours, true, "hours above 0 and at most 24, with at most 2 decimal places")
	if !p.Overtime.valid() {
		bad("overtime", string(p.Overtime), `"california", "federal" or empty (california)`)
	}
	switch n := len(p.Seasons); {
	case n == 0:
		bad("seasons", "[]", "at least one season")
	case n > maxSeasons:
		bad("seasons", strconv.Itoa(n)+" seasons", "at most "+strconv.Itoa(maxSeasons)+" seasons")
	}
	all := 0
	for i, s := range p.Seasons {
		field := "seasons[" + strconv.Itoa(i) + "]"
		text(field+".name", s.Name, true, maxNameLen, "a name such as \"Summer 2026\"")
		fromOK := s.From.IsValid() && year(s.From)
		toOK := s.To.IsValid() && year(s.To)
		if !fromOK {
			bad(field+".from", s.From.debug(), "a date from 2000 to 2099, YYYY-MM-DD")
		}
		switch {
		case !toOK:
			bad(field+".to", s.To.debug(), "a date from 2000 to 2099, YYYY-MM-DD")
		case fromOK && s.To.Before(s.From):
			bad(field+".to", s.To.String(), "a date on or after "+s.From.String())
		case fromOK && s.To.DaysSince(s.From) > 731:
			bad(field+".to", s.To.String(), "a season of at most two years")
		}
		all += len(s.StartDates)
		if len(s.StartDates) > maxStartDates {
			bad(field+".startDates", strconv.Itoa(len(s.StartDates))+" dates", "at most "+strconv.Itoa(maxStartDates)+" start dates in a season")
			continue
		}
		for j, d := range s.StartDates {
			if fromOK && toOK && (d.Before(s.From) || d.After(s.To)) {
				bad(field+".startDates["+strconv.Itoa(j)+"]", d.String(), "a date from "+s.From.String()+" to "+s.To.String())
			}
		}
	}
	if all > maxAllStartDates {
		bad("seasons", strconv.Itoa(all)+" start dates", "at most "+strconv.Itoa(maxAllStartDates)+" start dates in all")
	}
	if len(p.Holidays) > maxHolidays {
		bad("holidays", strconv.Itoa(len(p.Holidays)), "at most 50 holidays")
	} else {
		for i, h := range p.Holidays {
			if err := h.validate(); err != nil {
				err.Field = Field("policy.holidays["+strconv.Itoa(i)+"].") + err.Field
				ps.errs = append(ps.errs, err)
			}
		}
	}
	sick := &p.Sick
	hours("sick.firstHalfHours", sick.FirstHalfHours, maxSickHours, false, "hours from 0 to 2,000, with at most 2 decimal places")
	hours("sick.secondHalfHours", sick.SecondHalfHours, maxSickHours, false, "hours from 0 to 2,000, with at most 2 decimal places")
	switch {
	case !amountOK(sick.AccrualPer, maxSickHours, maxHourScale) || sick.AccrualPer.IsPositive() && sick.AccrualPer.LessThan(one):
		bad("sick.accrualPer", decString(sick.AccrualPer), "the hours worked that earn one sick hour, from 1 to 2,000 (0: fixed hours)")
	case sick.AccrualPer.IsPositive() && (!sick.FirstHalfHours.IsZero() || !sick.SecondHalfHours.IsZero()):
		bad("sick.accrualPer", sick.AccrualPer.String(), "either an accrual rate or fixed hours (firstHalfHours, secondHalfHours), not both")
	}
	hours("sick.maxHours", sick.MaxHours, maxSickHours, false, "hours from 0 (no cap) to 2,000, with at most 2 decimal places")
	if p.MaxApplications < 0 || p.MaxApplications > maxApplicationsCap {
		bad("maxApplications", strconv.Itoa(p.MaxApplications), "a whole number from 0 (no limit) to 1,000")
	}
	l := &p.Lines
	for _, line := range [...]struct{ name, v string }{
		{"band", l.Band}, {"program", l.Program}, {"commitment", l.Commitment}, {"fullTime", l.FullTime},
		{"seasons", l.Seasons}, {"holidays", l.Holidays}, {"sick", l.Sick}, {"housing", l.Housing},
		{"applications", l.Applications}, {"enrolled", l.Enrolled}, {"discipline", l.Discipline},
	} {
		text("lines."+line.name, line.v, false, maxTextLen, "the posting's own words")
	}
	if len(p.Assumptions) > maxAssumptions {
		bad("assumptions", strconv.Itoa(len(p.Assumptions)), "at most "+strconv.Itoa(maxAssumptions)+" assumptions")
	}
	for i, a := range p.Assumptions {
		text("assumptions["+strconv.Itoa(i)+"]", a, false, maxTextLen, "an assumption, as a sentence")
	}
	return errors.Join(ps.errs...)
}

// problems collects the *FieldError values of a validation. Its methods
// are not inlined: validation calls them dozens of times, and each inlined
// copy is a kilobyte of WebAssembly.
type problems struct {
	prefix string // of every field: "policy."
	errs   []error
}

// bad adds the field's problem; the field is named after the prefix.
func (ps *problems) bad(field, value, want string) { ps.add(Field(ps.prefix+field), value, want) }

//go:noinline
func (ps *problems) add(field Field, value, want string) {
	ps.errs = append(ps.errs, NewFieldError(field, value, want))
}

// text checks a text field: present when required, and at most max bytes.
//
//go:noinline
func (ps *problems) text(field, v string, required bool, max int, want string) {
	switch {
	case required && strings.TrimSpace(v) == "":
		ps.bad(field, v, want)
	case len(v) > max:
		ps.bad(field, v, want+", at most "+strconv.Itoa(max)+" bytes")
	}
}

// hours checks an hours field: at most limit, at most 2 decimal places,
// above zero when required.
//
//go:noinline
func (ps *problems) hours(field string, v, limit decimal.Decimal, required bool, want string) {
	if !amountOK(v, limit, maxHourScale) || required && !v.IsPositive() {
		ps.bad(field, decString(v), want)
	}
}

// season returns the season that d falls in, if any.
func (p *Policy) season(d Date) (Season, bool) {
	for _, s := range p.Seasons {
		if !d.Before(s.From) && !d.After(s.To) {
			return s, true
		}
	}
	return Season{}, false
}

// publishedStart reports whether d is one of the posting's start dates.
func (p *Policy) publishedStart(d Date) bool {
	for _, s := range p.Seasons {
		for _, sd := range s.StartDates {
			if sd == d {
				return true
			}
		}
	}
	return false
}

// StartDates returns every published start date, in date order.
func (p Policy) StartDates() []Date {
	var out []Date
	for _, s := range p.Seasons {
		out = append(out, s.StartDates...)
	}
	sortDates(out)
	return out
}

func sortDates(ds []Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Before(ds[j-1]); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// sickHours returns the sick hours for an intern hired on start who works
// worked hours in the window. Accrued hours are counted in whole
// hundredths, rounded down: an hour is earned only once it is worked for.
func (p *Policy) sickHours(start Date, worked decimal.Decimal) decimal.Decimal {
	r := &p.Sick
	if r.AccrualPer.IsPositive() {
		h, _ := worked.Shift(2).QuoRem(r.AccrualPer, 0)
		h = h.Shift(-2)
		if r.MaxHours.IsPositive() {
			h = decimal.Min(h, r.MaxHours)
		}
		return h
	}
	h := r.SecondHalfHours
	if start.Month <= time.June {
		h = r.FirstHalfHours
	}
	if r.MaxHours.IsPositive() {
		h = decimal.Min(h, r.MaxHours)
	}
	return h
}
