package calc

import "github.com/shopspring/decimal"

// A Plan is an applicant's situation and choices. The zero value of every
// field means "not given": Compute then uses the posting's default (the band
// midpoint, the full-time week, the end of the program) or reports the check
// that needs it as unknown.
type Plan struct {
	Start        Date            // first day of work, and the hire date; required
	End          Date            // last available day; zero: the end of the program
	Rate         decimal.Decimal // dollars an hour; zero: the band midpoint
	HoursPerWeek decimal.Decimal // zero: the policy's full-time week
	Overtime     OvertimeRule    // empty: the policy's rule
	WorkMode     WorkMode
	Housing      decimal.Decimal // the housing allowance expected, a lump sum
	Degree       Degree
	Discipline   Discipline
	Graduation   Date
	// PriorApplications counts the other positions already applied to. Zero
	// is both "none" and "not given", and either way within the limit.
	PriorApplications int
}

// WorkMode is where the intern works.
type WorkMode string

const (
	Onsite WorkMode = "onsite"
	Hybrid WorkMode = "hybrid"
	Remote WorkMode = "remote" // 100% remote: no housing allowance
)

// OvertimeRule names the law that decides overtime pay.
type OvertimeRule string

const (
	// California pays 1.5x for hours over 8 in a day (up to 12) and over 40
	// in a workweek, and 2x for hours over 12 in a day. The default.
	California OvertimeRule = "california"
	// Federal (the Fair Labor Standards Act) pays 1.5x for hours over 40 in
	// a workweek only.
	Federal OvertimeRule = "federal"
)

// Degree is the degree an applicant is pursuing.
type Degree string

const (
	NoDegree  Degree = "none" // not enrolled
	Bachelor  Degree = "bachelor"
	Master    Degree = "master"
	Doctorate Degree = "doctorate"
)

// Discipline is an applicant's field of study.
type Discipline string

const (
	ComputerScience     Discipline = "computer-science"
	Software            Discipline = "software"
	ComputerEngineering Discipline = "computer-engineering"
	RelatedField        Discipline = "related" // a related technical discipline
	OtherField          Discipline = "other"
)

// The values each enumeration accepts, in the order a form lists them.
// Each function returns a new slice.
func WorkModes() []WorkMode         { return []WorkMode{Onsite, Hybrid, Remote} }
func OvertimeRules() []OvertimeRule { return []OvertimeRule{California, Federal} }
func Degrees() []Degree             { return []Degree{Bachelor, Master, Doctorate, NoDegree} }
func Disciplines() []Discipline {
	return []Discipline{ComputerScience, Software, ComputerEngineering, RelatedField, OtherField}
}

func (m WorkMode) valid() bool     { return m == "" || m == Onsite || m == Hybrid || m == Remote }
func (r OvertimeRule) valid() bool { return r == "" || r == California || r == Federal }
func (d Degree) valid() bool {
	return d == "" || d == NoDegree || d == Bachelor || d == Master || d == Doctorate
}
func (d Discipline) valid() bool {
	switch d {
	case "", ComputerScience, Software, ComputerEngineering, RelatedField, OtherField:
		return true
	}
	return false
}
