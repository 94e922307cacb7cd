package calc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
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

// Clone returns a copy of p that shares nothing changeable with it: its
// slices are copied. (Decimal values are immutable.)
func (p Policy) Clone() Policy {
	// slices.Clone keeps a nil slice nil and an empty one empty, so a
	// clone encodes to the same JSON.
	q := p
	q.Seasons = slices.Clone(p.Seasons)
	for i := range q.Seasons {
		q.Seasons[i].StartDates = slices.Clone(q.Seasons[i].StartDates)
	}
	q.Holidays = slices.Clone(p.Holidays)
	q.Assumptions = slices.Clone(p.Assumptions)
	return q
}

// ParsePolicy decodes a policy from JSON and validates every field. Unknown
// fields are an error, so a misspelt term is not silently ignored; so is a
// missing or absurd value, with an error that names the field.
func ParsePolicy(data []byte) (Policy, error) {
	var p Policy
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return Policy{}, fmt.Errorf("calc: parsing policy: %w", jsonError(data, err))
	}
	if dec.More() {
		return Policy{}, errors.New("calc: parsing policy: more than one JSON value")
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// jsonError rewrites encoding/json's errors into a sentence that names the
// field, which is what someone editing a policy file needs.
func jsonError(data []byte, err error) error {
	// errors.AsType, not errors.As: it needs no reflection, which keeps
	// internal/reflectlite out of the browser's wasm.
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		return fmt.Errorf("%s: a JSON %s is not a %s", te.Field, te.Value, typeName(te.Type.String()))
	}
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, err)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("invalid JSON: it ends too soon")
	}
	// A value's own UnmarshalJSON (a decimal, a date) does not say which
	// field it was decoding: find the top-level field by decoding each alone.
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &fields) == nil {
		for k, v := range fields {
			one, _ := json.Marshal(map[string]json.RawMessage{k: v})
			if json.Unmarshal(one, &Policy{}) != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
		}
	}
	return err
}

func typeName(t string) string {
	switch t {
	case "int":
		return "whole number"
	case "string", "calc.OvertimeRule":
		return "string"
	case "bool":
		return "true or false"
	}
	return t
}

// Limits that keep a policy physical. They are wide on purpose: they catch a
// typo (4500 for 45.00), not an unusual posting.
var (
	maxRate       = decimal.New(1000, 0) // dollars an hour
	maxWeekHours  = decimal.New(168, 0)
	maxDayHours   = decimal.New(24, 0)
	maxSickHours  = decimal.New(2000, 0)
	maxMoneyScale = int32(4) // decimal places in a rate
	maxHourScale  = int32(2) // decimal places in hours
)

// Validate reports the first problem with p, as a *FieldError naming the
// field (for example "policy.band.min"), or nil when p can be computed with.
func (p Policy) Validate() error {
	f := func(field string, value any, want string) error {
		var v string
		if d, ok := value.(decimal.Decimal); ok {
			v = decString(d)
		} else {
			v = fmt.Sprint(value)
		}
		return &FieldError{Field: "policy." + field, Value: v, Want: want}
	}
	switch {
	case strings.TrimSpace(p.Title) == "":
		return f("title", p.Title, "the posting's title")
	case p.State != "" && StateName(p.State) == "":
		return f("state", p.State, `a USPS state code in capitals, such as "CA" or "NY", or empty when the work is fully remote`)
	case p.Locality != "" && LocalityName(p.State, p.Locality) == "":
		return f("locality", p.Locality, `a locality with a wage tax of its own, "NYC" (with state "NY"), or empty`)
	case !positive(p.Band.Min) || exceeds(p.Band.Min, maxRate) || !fitsScale(p.Band.Min, maxMoneyScale):
		return f("band.min", p.Band.Min, "an hourly rate above $0 and at most $1,000, with at most 4 decimal places")
	case !positive(p.Band.Max) || exceeds(p.Band.Max, maxRate) || !fitsScale(p.Band.Max, maxMoneyScale):
		return f("band.max", p.Band.Max, "an hourly rate above $0 and at most $1,000, with at most 4 decimal places")
	case p.Band.Max.LessThan(p.Band.Min):
		return f("band.max", p.Band.Max, "a rate at least band.min ("+p.Band.Min.String()+")")
	case p.ProgramWeeks < 1 || p.ProgramWeeks > 104:
		return f("programWeeks", p.ProgramWeeks, "a whole number of weeks from 1 to 104")
	case p.CommitmentMonths < 0 || p.CommitmentMonths > 24:
		return f("commitmentMonths", p.CommitmentMonths, "a whole number of months from 0 (none) to 24")
	case !positive(p.HoursPerWeek) || exceeds(p.HoursPerWeek, maxWeekHours) || !fitsScale(p.HoursPerWeek, maxHourScale):
		return f("hoursPerWeek", p.HoursPerWeek, "hours above 0 and at most 168, with at most 2 decimal places")
	case !positive(p.HoursPerDay) || exceeds(p.HoursPerDay, maxDayHours) || !fitsScale(p.HoursPerDay, maxHourScale):
		return f("hoursPerDay", p.HoursPerDay, "hours above 0 and at most 24, with at most 2 decimal places")
	case !p.Overtime.valid():
		return f("overtime", p.Overtime, `"california", "federal" or empty (california)`)
	case len(p.Seasons) == 0:
		return f("seasons", "[]", "at least one season")
	case p.Sick.FirstHalfHours.IsNegative() || exceeds(p.Sick.FirstHalfHours, maxSickHours) || !fitsScale(p.Sick.FirstHalfHours, maxHourScale):
		return f("sick.firstHalfHours", p.Sick.FirstHalfHours, "hours from 0 to 2,000, with at most 2 decimal places")
	case p.Sick.SecondHalfHours.IsNegative() || exceeds(p.Sick.SecondHalfHours, maxSickHours) || !fitsScale(p.Sick.SecondHalfHours, maxHourScale):
		return f("sick.secondHalfHours", p.Sick.SecondHalfHours, "hours from 0 to 2,000, with at most 2 decimal places")
	case p.Sick.AccrualPer.IsNegative() || exceeds(p.Sick.AccrualPer, maxSickHours) || !fitsScale(p.Sick.AccrualPer, maxHourScale) ||
		p.Sick.AccrualPer.IsPositive() && p.Sick.AccrualPer.LessThan(one):
		return f("sick.accrualPer", p.Sick.AccrualPer, "the hours worked that earn one sick hour, from 1 to 2,000 (0: fixed hours)")
	case p.Sick.AccrualPer.IsPositive() && (!p.Sick.FirstHalfHours.IsZero() || !p.Sick.SecondHalfHours.IsZero()):
		return f("sick.accrualPer", p.Sick.AccrualPer, "either an accrual rate or fixed hours (firstHalfHours, secondHalfHours), not both")
	case p.Sick.MaxHours.IsNegative() || exceeds(p.Sick.MaxHours, maxSickHours) || !fitsScale(p.Sick.MaxHours, maxHourScale):
		return f("sick.maxHours", p.Sick.MaxHours, "hours from 0 (no cap) to 2,000, with at most 2 decimal places")
	case p.MaxApplications < 0 || p.MaxApplications > 1000:
		return f("maxApplications", p.MaxApplications, "a whole number from 0 (no limit) to 1,000")
	case len(p.Holidays) > 50:
		return f("holidays", len(p.Holidays), "at most 50 holidays")
	}
	for i, s := range p.Seasons {
		field := "seasons[" + strconv.Itoa(i) + "]"
		switch {
		case strings.TrimSpace(s.Name) == "":
			return f(field+".name", s.Name, "a name such as \"Summer 2026\"")
		case !s.From.IsValid():
			return f(field+".from", s.From, "a date, YYYY-MM-DD")
		case !s.To.IsValid():
			return f(field+".to", s.To, "a date, YYYY-MM-DD")
		case s.To.Before(s.From):
			return f(field+".to", s.To, "a date on or after "+s.From.String())
		case s.To.DaysSince(s.From) > 731:
			return f(field+".to", s.To, "a season of at most two years")
		}
		for j, d := range s.StartDates {
			if d.Before(s.From) || d.After(s.To) {
				return f(field+".startDates["+strconv.Itoa(j)+"]", d, "a date from "+s.From.String()+" to "+s.To.String())
			}
		}
	}
	for i, h := range p.Holidays {
		if err := h.validate(); err != nil {
			err.Field = "policy.holidays[" + strconv.Itoa(i) + "]." + err.Field
			return err
		}
	}
	return nil
}

func positive(d decimal.Decimal) bool { return d.Sign() > 0 }

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
