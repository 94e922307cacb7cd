package calc

import "github.com/shopspring/decimal"

// A Quote is everything the calculator shows for one plan: the window, the
// paid holidays in it, the hours, the earnings across the band and at the
// chosen rate, the week-by-week breakdown, sick time, housing, the
// eligibility checks and their verdict, and a sentence for a résumé.
//
// Every amount is exact: nothing is rounded. Round to cents (half away from
// zero, decimal.Decimal.Round(2) or StringFixed(2)) only when showing it.
type Quote struct {
	Plan         Plan // the plan as computed: defaults filled in
	Window       Window
	Holidays     []Holiday  // paid holidays on workdays in the window, in date order
	Hours        Hours      // over the window
	Band         []Earnings // exactly three: at the band's min, mid and max
	Chosen       Earnings   // at Plan.Rate
	Weeks        []Week     // one per Monday–Sunday workweek touching the window
	Sick         Sick
	Housing      Housing
	Checks       []Check // in a fixed order: see the Check* ids
	Verdict      Status
	Availability string // "Available full-time from May 11, 2026 to August 10, 2026."
}

// Window is the stretch of days a plan covers, and the two ends the posting
// sets: the 12-week program and the 3-month commitment.
type Window struct {
	Start, End    Date
	ProgramEnd    Date // Start + ProgramWeeks weeks - 1 day
	CommitmentEnd Date // Start + CommitmentMonths months (clamped) - 1 day; zero without one
	WorkDays      int  // Monday to Friday in [Start, End], holidays included
	Days          int  // calendar days in [Start, End]
	// Note explains the gap between the program and the commitment, which
	// applicants miss: 12 weeks is shorter than 3 calendar months.
	Note string
}

// Earnings are gross wages over the window at one hourly rate, with their
// parts: Gross = Regular + Holiday + Overtime + Double.
type Earnings struct {
	Rate     decimal.Decimal
	Gross    decimal.Decimal
	Regular  decimal.Decimal // straight-time worked hours × rate
	Holiday  decimal.Decimal // holiday hours × rate
	Overtime decimal.Decimal // overtime hours × 1.5 × rate
	Double   decimal.Decimal // double-time hours × 2 × rate
	FullWeek decimal.Decimal // the gross of a full workweek with no holiday
}

// A Week is one Monday–Sunday workweek of the window, at the chosen rate.
// The weeks' hours and Gross add up exactly to the totals.
type Week struct {
	Start    Date // the Monday
	WorkDays int  // Monday to Friday days of this week inside the window
	Hours
	Gross decimal.Decimal
	// GrossCents is Gross rounded to cents so that the rounded weeks add up
	// to the rounded total, as a table or a CSV file must: each week is the
	// difference of the rounded running totals.
	GrossCents decimal.Decimal
}

// A Day is one calendar day of a quote's window, at the chosen rate (see
// Quote.Days). A pay period is a run of days, so the take-home estimate
// sums them.
type Day struct {
	Date Date
	Hours
	Gross decimal.Decimal
}

// Sick is the paid sick time an intern gets. Its value is protected income,
// not extra pay: unused sick time is not paid out in California.
type Sick struct {
	Hours     decimal.Decimal
	Value     decimal.Decimal   // Hours × the chosen rate
	BandValue []decimal.Decimal // Hours × the band's min, mid and max
	Note      string
}

// Housing is the housing allowance. The posting publishes no amount, so the
// amount is the applicant's; it is taxable wages, shown apart from them.
type Housing struct {
	Eligible bool
	Amount   decimal.Decimal // the plan's amount when eligible, else zero
	Note     string
}

// Status is the outcome of a check, or of all of them (the verdict).
type Status string

const (
	Pass    Status = "pass"
	Warn    Status = "warn"
	Fail    Status = "fail"
	Unknown Status = "unknown" // the input the check needs was not given
)

// A Check is one eligibility rule applied to a plan.
type Check struct {
	ID      CheckID
	Status  Status
	Message string // plain language, about this plan
	Source  string // the posting line the check rests on
}

// A CheckID names one of the eligibility checks. Quote.Checks lists them in
// the order of the constants.
type CheckID string

const (
	CheckSeason        CheckID = "season"
	CheckProgramLength CheckID = "program-length"
	CheckCommitment    CheckID = "commitment"
	CheckFullTime      CheckID = "full-time"
	CheckRate          CheckID = "rate"
	CheckApplications  CheckID = "applications"
	CheckEnrolled      CheckID = "enrolled"
	CheckGraduation    CheckID = "graduation"
	CheckDiscipline    CheckID = "discipline"
)

// Valid reports whether q is a quote that Compute returns: a window from
// a valid Start to an End at most two years later, a rate and hours a week
// in range, a housing amount in cents. A computation on a quote (the
// take-home estimate walks its days) checks it first, so that a quote
// made by hand cannot make it walk millions of days or go negative.
func (q Quote) Valid() bool {
	pl, w := q.Plan, q.Window
	return pl.Start.IsValid() && pl.End.IsValid() && w.Start == pl.Start && w.End == pl.End &&
		!pl.End.Before(pl.Start) && pl.End.DaysSince(pl.Start)+1 <= maxWindowDays &&
		pl.Rate.IsPositive() && amountOK(pl.Rate, maxRate, maxMoneyScale) &&
		pl.HoursPerWeek.IsPositive() && amountOK(pl.HoursPerWeek, maxWeekHours, maxHourScale) &&
		amountOK(q.Housing.Amount, maxHousing, 2)
}
