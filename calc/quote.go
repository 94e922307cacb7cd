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

// Hours are totals over the window. Worked = Regular + Overtime + Double;
// Paid = Worked + Holiday.
type Hours struct {
	Worked   decimal.Decimal
	Regular  decimal.Decimal // worked hours at straight time
	Holiday  decimal.Decimal // paid, not worked
	Paid     decimal.Decimal
	Overtime decimal.Decimal // paid at 1.5x
	Double   decimal.Decimal // paid at 2x
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
	Worked   decimal.Decimal
	Regular  decimal.Decimal
	Holiday  decimal.Decimal
	Overtime decimal.Decimal
	Double   decimal.Decimal
	Gross    decimal.Decimal
	// GrossCents is Gross rounded to cents so that the rounded weeks add up
	// to the rounded total, as a table or a CSV file must: each week is the
	// difference of the rounded running totals.
	GrossCents decimal.Decimal
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
	ID      string // stable: one of the Check* constants
	Status  Status
	Message string // plain language, about this plan
	Source  string // the posting line the check rests on
}

// The ids of the checks, in the order Quote.Checks lists them.
const (
	CheckSeason        = "season"
	CheckProgramLength = "program-length"
	CheckCommitment    = "commitment"
	CheckFullTime      = "full-time"
	CheckRate          = "rate"
	CheckApplications  = "applications"
	CheckEnrolled      = "enrolled"
	CheckGraduation    = "graduation"
	CheckDiscipline    = "discipline"
)

// Check returns the check with the given id, and whether there is one.
func (q Quote) Check(id string) (Check, bool) {
	for _, c := range q.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return Check{}, false
}
