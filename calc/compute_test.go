package calc_test

import (
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func compute(t *testing.T, plan calc.Plan) calc.Quote {
	t.Helper()
	q, err := calc.Compute(calc.DefaultPolicy(), plan)
	require.NoError(t, err)
	assertConsistent(t, q)
	return q
}

// assertConsistent checks the invariants every quote keeps: the weeks and
// the days add up to the totals, paid = worked + holiday, gross is the sum
// of its parts, and the rounded weeks add up to the rounded total.
func assertConsistent(t *testing.T, q calc.Quote) {
	t.Helper()
	var worked, regular, holiday, overtime, double, gross, cents decimal.Decimal
	workdays := 0
	for _, w := range q.Weeks {
		worked = worked.Add(w.Worked)
		regular = regular.Add(w.Regular)
		holiday = holiday.Add(w.Holiday)
		overtime = overtime.Add(w.Overtime)
		double = double.Add(w.Double)
		gross = gross.Add(w.Gross)
		cents = cents.Add(w.GrossCents)
		workdays += w.WorkDays
		assert.Equal(t, "Monday", w.Start.Weekday().String())
		assert.True(t, w.Worked.Equal(w.Regular.Add(w.Overtime).Add(w.Double)), "week %s", w.Start)
	}
	eq := func(name string, want, got decimal.Decimal) {
		t.Helper()
		assert.True(t, want.Equal(got), "%s: want %s, got %s", name, want, got)
	}
	eq("worked", q.Hours.Worked, worked)
	eq("regular", q.Hours.Regular, regular)
	eq("holiday", q.Hours.Holiday, holiday)
	eq("overtime", q.Hours.Overtime, overtime)
	eq("double", q.Hours.Double, double)
	eq("paid", q.Hours.Paid, q.Hours.Worked.Add(q.Hours.Holiday))
	eq("worked parts", q.Hours.Worked, q.Hours.Regular.Add(q.Hours.Overtime).Add(q.Hours.Double))
	eq("weekly gross", q.Chosen.Gross, gross)
	eq("weekly cents", q.Chosen.Gross.Round(2), cents)
	assert.Equal(t, q.Window.WorkDays, workdays)

	var dayGross, dayWorked, dayOvertime decimal.Decimal
	for _, day := range q.Days() {
		dayGross = dayGross.Add(day.Gross)
		dayWorked = dayWorked.Add(day.Worked)
		dayOvertime = dayOvertime.Add(day.Overtime)
	}
	eq("daily gross", q.Chosen.Gross, dayGross)
	eq("daily worked", q.Hours.Worked, dayWorked)
	eq("daily overtime", q.Hours.Overtime, dayOvertime)

	require.Len(t, q.Band, 3)
	for _, e := range append(q.Band, q.Chosen) {
		eq("gross parts", e.Gross, e.Regular.Add(e.Holiday).Add(e.Overtime).Add(e.Double))
	}
	assert.True(t, q.Band[0].Gross.LessThanOrEqual(q.Band[1].Gross) && q.Band[1].Gross.LessThanOrEqual(q.Band[2].Gross))
}

func money(t *testing.T, want string, got decimal.Decimal) {
	t.Helper()
	assert.Equal(t, want, calc.Dollars(got))
}

// The public worked example, docs/rules.md §7.
func TestWorkedExample(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-05-11")})
	assert.Equal(t, d("2026-08-02"), q.Window.End)
	assert.Equal(t, d("2026-08-02"), q.Window.ProgramEnd)
	assert.Equal(t, d("2026-08-10"), q.Window.CommitmentEnd)
	assert.Equal(t, 60, q.Window.WorkDays)
	assert.Equal(t, 84, q.Window.Days)
	assert.Equal(t, []calc.Date{d("2026-05-25"), d("2026-06-19"), d("2026-07-03")}, holidayDates(q))
	assert.Equal(t, "456", q.Hours.Worked.String())
	assert.Equal(t, "24", q.Hours.Holiday.String())
	assert.Equal(t, "480", q.Hours.Paid.String())
	assert.True(t, q.Hours.Overtime.IsZero())
	money(t, "$21,600.00", q.Band[0].Gross)
	money(t, "$25,200.00", q.Band[1].Gross)
	money(t, "$28,800.00", q.Band[2].Gross)
	money(t, "$25,200.00", q.Chosen.Gross)
	money(t, "$52.50", q.Chosen.Rate)
	money(t, "$2,100.00", q.Chosen.FullWeek)
	assert.Equal(t, "56", q.Sick.Hours.String())
	money(t, "$2,940.00", q.Sick.Value)
	assert.Equal(t, calc.Warn, q.Verdict)
	for _, c := range q.Checks {
		if c.ID == calc.CheckCommitment {
			assert.Equal(t, calc.Warn, c.Status)
		} else {
			assert.NotEqual(t, calc.Warn, c.Status, c.ID)
			assert.NotEqual(t, calc.Fail, c.Status, c.ID)
		}
	}
	assert.Equal(t, "Available full-time from May 11, 2026 to August 10, 2026.", q.Availability)
	assert.Contains(t, q.Window.Note, "12 weeks (84 days, to August 2, 2026)")
	assert.Contains(t, q.Window.Note, "3 months (92 days, to August 10, 2026)")
	assert.Len(t, q.Weeks, 12)
}

func TestPublishedStartDates(t *testing.T) {
	tests := []struct {
		start, programEnd, commitmentEnd string
		holidays                         []string
	}{
		{"2026-05-11", "2026-08-02", "2026-08-10", []string{"2026-05-25", "2026-06-19", "2026-07-03"}},
		{"2026-05-18", "2026-08-09", "2026-08-17", []string{"2026-05-25", "2026-06-19", "2026-07-03"}},
		// The Tuesday after Memorial Day.
		{"2026-05-26", "2026-08-17", "2026-08-25", []string{"2026-06-19", "2026-07-03"}},
		{"2026-06-08", "2026-08-30", "2026-09-07", []string{"2026-06-19", "2026-07-03"}},
		// Labor Day falls inside the program.
		{"2026-06-22", "2026-09-13", "2026-09-21", []string{"2026-07-03", "2026-09-07"}},
	}
	for _, tt := range tests {
		t.Run(tt.start, func(t *testing.T) {
			q := compute(t, calc.Plan{Start: d(tt.start)})
			assert.Equal(t, tt.programEnd, q.Window.ProgramEnd.String())
			assert.Equal(t, tt.commitmentEnd, q.Window.CommitmentEnd.String())
			assert.Equal(t, tt.holidays, observedDates(q.Holidays))
			// Any 84 days hold 60 weekdays; every one is paid, worked or not.
			assert.Equal(t, 60, q.Window.WorkDays)
			n := int64(len(tt.holidays))
			assert.Equal(t, decimal.New((60-n)*8, 0).String(), q.Hours.Worked.String())
			assert.Equal(t, decimal.New(n*8, 0).String(), q.Hours.Holiday.String())
			money(t, "$21,600.00", q.Band[0].Gross)
			check(t, q, calc.CheckSeason, calc.Pass)
			check(t, q, calc.CheckCommitment, calc.Warn)
			assert.Equal(t, "56", q.Sick.Hours.String())
		})
	}
}

func check(t *testing.T, q calc.Quote, id calc.CheckID, want calc.Status) calc.Check {
	t.Helper()
	c, ok := checkByID(q, id)
	require.True(t, ok, "no check %s", id)
	assert.Equal(t, want, c.Status, "%s: %s", id, c.Message)
	assert.NotEmpty(t, c.Message)
	assert.NotEmpty(t, c.Source, "%s has its posting line", id)
	return c
}

func TestTuesdayStart(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-06-02")})
	c := check(t, q, calc.CheckSeason, calc.Warn)
	assert.Contains(t, c.Message, "not one of its published start dates")
	// The first workweek starts the Monday before, with four workdays in it.
	assert.Equal(t, d("2026-06-01"), q.Weeks[0].Start)
	assert.Equal(t, 4, q.Weeks[0].WorkDays)
	assert.Equal(t, 13, len(q.Weeks))
	assert.Equal(t, 1, q.Weeks[12].WorkDays) // the last Monday
	assert.Equal(t, d("2026-08-24"), q.Window.ProgramEnd)
}

func TestFallStart(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-09-14")})
	c := check(t, q, calc.CheckSeason, calc.Warn)
	assert.Contains(t, c.Message, "Fall 2026")
	assert.Equal(t, "40", q.Sick.Hours.String(), "hired in the second half")
	money(t, "$2,100.00", q.Sick.Value)
	assert.Equal(t, []string{"2026-11-26", "2026-11-27"}, observedDates(q.Holidays))
	assert.Equal(t, d("2026-12-06"), q.Window.ProgramEnd)
	assert.Equal(t, d("2026-12-13"), q.Window.CommitmentEnd)
}

func TestSickHoursByHalfOfTheYear(t *testing.T) {
	assert.Equal(t, "56", compute(t, calc.Plan{Start: d("2026-06-30")}).Sick.Hours.String())
	assert.Equal(t, "40", compute(t, calc.Plan{Start: d("2026-07-01")}).Sick.Hours.String())
	q := compute(t, calc.Plan{Start: d("2026-05-11"), Rate: dec("50")})
	assert.Equal(t, []string{"$2,520.00", "$2,940.00", "$3,360.00"}, []string{
		calc.Dollars(q.Sick.BandValue[0]), calc.Dollars(q.Sick.BandValue[1]), calc.Dollars(q.Sick.BandValue[2])})
	money(t, "$2,800.00", q.Sick.Value)
}

func TestSickHoursByAccrual(t *testing.T) {
	p := calc.DefaultPolicy()
	p.Sick = calc.SickRule{AccrualPer: dec("30")}
	// From May 11 to the end of the program: 456 hours worked (holidays are
	// paid, not worked), so 15.2 sick hours.
	q, err := calc.Compute(p, calc.Plan{Start: d("2026-05-11")})
	require.NoError(t, err)
	assert.Equal(t, "15.2", q.Sick.Hours.String())
	assert.Contains(t, q.Sick.Note, "one for every 30 hours worked, over the 456 hours")
	// 45 hours a week: 513 worked, 17.1 hours; one per 7 hours: 73.28…,
	// counted down to the hundredth.
	q, err = calc.Compute(p, calc.Plan{Start: d("2026-05-11"), HoursPerWeek: dec("45")})
	require.NoError(t, err)
	assert.Equal(t, "17.1", q.Sick.Hours.String())
	p.Sick.AccrualPer = dec("7")
	q, err = calc.Compute(p, calc.Plan{Start: d("2026-05-11"), HoursPerWeek: dec("45")})
	require.NoError(t, err)
	assert.Equal(t, "73.28", q.Sick.Hours.String())
	// A cap: California lets an employer cap use at 40 hours.
	p.Sick.MaxHours = dec("40")
	q, err = calc.Compute(p, calc.Plan{Start: d("2026-05-11"), HoursPerWeek: dec("45")})
	require.NoError(t, err)
	assert.Equal(t, "40", q.Sick.Hours.String())
	assert.Contains(t, q.Sick.Note, "(at most 40)")
	// Fixed hours may be capped too.
	p.Sick = calc.SickRule{FirstHalfHours: dec("56"), SecondHalfHours: dec("40"), MaxHours: dec("48")}
	q, err = calc.Compute(p, calc.Plan{Start: d("2026-05-11")})
	require.NoError(t, err)
	assert.Equal(t, "48", q.Sick.Hours.String())

	for _, bad := range []calc.SickRule{
		{AccrualPer: dec("0.5")},
		{AccrualPer: dec("-30")},
		{AccrualPer: dec("30"), FirstHalfHours: dec("8")},
		{AccrualPer: dec("30"), MaxHours: dec("-1")},
	} {
		p.Sick = bad
		_, err := calc.Compute(p, calc.Plan{Start: d("2026-05-11")})
		assert.ErrorContains(t, err, "policy.sick.", "%+v", bad)
	}
}

func TestWindowIntoTheNextYear(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-11-02"), End: d("2027-01-29")})
	assert.Equal(t, []string{"2026-11-26", "2026-11-27", "2026-12-25", "2027-01-01", "2027-01-18"}, observedDates(q.Holidays))
	check(t, q, calc.CheckSeason, calc.Warn)
}

func TestOvertime45Hours(t *testing.T) {
	// 45 hours a week is 9 hours a day. From 2026-05-11: 57 worked days,
	// 3 holidays, 9 holiday-free weeks.
	ca := compute(t, calc.Plan{Start: d("2026-05-11"), HoursPerWeek: dec("45")})
	// California: each worked day has 1 hour over 8.
	assert.Equal(t, "513", ca.Hours.Worked.String())
	assert.Equal(t, "456", ca.Hours.Regular.String())
	assert.Equal(t, "57", ca.Hours.Overtime.String())
	assert.Equal(t, "0", ca.Hours.Double.String())
	// 456 × 52.50 + 24 × 52.50 + 57 × 78.75 = 23,940 + 1,260 + 4,488.75
	money(t, "$29,688.75", ca.Chosen.Gross)
	money(t, "$4,488.75", ca.Chosen.Overtime)

	fed := compute(t, calc.Plan{Start: d("2026-05-11"), HoursPerWeek: dec("45"), Overtime: calc.Federal})
	// Federal: 5 hours over 40 in each of the 9 full weeks; a holiday week
	// works 36 hours and has none.
	assert.Equal(t, "513", fed.Hours.Worked.String())
	assert.Equal(t, "468", fed.Hours.Regular.String())
	assert.Equal(t, "45", fed.Hours.Overtime.String())
	// 468 × 52.50 + 24 × 52.50 + 45 × 78.75 = 24,570 + 1,260 + 3,543.75
	money(t, "$29,373.75", fed.Chosen.Gross)
	assert.True(t, ca.Chosen.Gross.GreaterThan(fed.Chosen.Gross), "the rules differ")

	// A holiday week under each rule: the week of Memorial Day.
	assert.Equal(t, "4", ca.Weeks[2].Overtime.String())
	assert.Equal(t, "0", fed.Weeks[2].Overtime.String())
	// A full week: both pay 5 hours at 1.5x.
	assert.Equal(t, "5", ca.Weeks[0].Overtime.String())
	assert.Equal(t, "5", fed.Weeks[0].Overtime.String())
	money(t, "$2,493.75", ca.Chosen.FullWeek) // 40 × 52.50 + 5 × 78.75
}

func TestDoubleTime(t *testing.T) {
	// 65 hours a week is 13 hours a day: 8 regular, 4 at 1.5x, 1 at 2x.
	q := compute(t, calc.Plan{Start: d("2026-05-11"), HoursPerWeek: dec("65"), Rate: dec("45")})
	assert.Equal(t, "456", q.Hours.Regular.String())
	assert.Equal(t, "228", q.Hours.Overtime.String())
	assert.Equal(t, "57", q.Hours.Double.String())
	// 456 × 45 + 24 × 45 + 228 × 67.50 + 57 × 90
	money(t, "$20,520.00", q.Chosen.Regular)
	money(t, "$1,080.00", q.Chosen.Holiday)
	money(t, "$15,390.00", q.Chosen.Overtime)
	money(t, "$5,130.00", q.Chosen.Double)
	money(t, "$42,120.00", q.Chosen.Gross)

	fed := compute(t, calc.Plan{Start: d("2026-05-11"), HoursPerWeek: dec("65"), Rate: dec("45"), Overtime: calc.Federal})
	assert.True(t, fed.Hours.Double.IsZero(), "federal law has no double time")
	// Full weeks: 25 hours over 40; holiday weeks: 52 worked, 12 over.
	assert.Equal(t, "261", fed.Hours.Overtime.String()) // 9 × 25 + 3 × 12
}

func TestFractionalHoursAndCents(t *testing.T) {
	// 42.5 hours a week at $45.01 gives half cents in some weeks; the
	// rounded weeks still add up to the rounded total.
	// 8.5 hours a day: 8 regular and 0.5 at 1.5x on each of 58 worked days.
	q := compute(t, calc.Plan{Start: d("2026-05-26"), HoursPerWeek: dec("42.5"), Rate: dec("45.01")})
	assert.Equal(t, "29", q.Hours.Overtime.String())
	// 45.01 × (464 + 16) + 67.515 × 29 = 21,604.80 + 1,957.935, kept exact.
	assert.True(t, q.Chosen.Gross.Equal(dec("23562.735")), q.Chosen.Gross.String())
	money(t, "$23,562.74", q.Chosen.Gross)
}

func TestRateOutsideTheBand(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-05-11"), Rate: dec("70")})
	c := check(t, q, calc.CheckRate, calc.Warn)
	assert.Contains(t, c.Message, "$70.00")
	money(t, "$33,600.00", q.Chosen.Gross)
	money(t, "$28,800.00", q.Band[2].Gross)
	check(t, compute(t, calc.Plan{Start: d("2026-05-11"), Rate: dec("44.99")}), calc.CheckRate, calc.Warn)
	check(t, compute(t, calc.Plan{Start: d("2026-05-11"), Rate: dec("45")}), calc.CheckRate, calc.Pass)
	check(t, compute(t, calc.Plan{Start: d("2026-05-11"), Rate: dec("60")}), calc.CheckRate, calc.Pass)
}

func TestEveryCheckInEveryStatus(t *testing.T) {
	start := d("2026-05-11")
	tests := []struct {
		id   calc.CheckID
		plan calc.Plan
		want calc.Status
	}{
		{calc.CheckSeason, calc.Plan{Start: d("2026-06-22")}, calc.Pass},
		{calc.CheckSeason, calc.Plan{Start: d("2026-07-06")}, calc.Warn},
		{calc.CheckSeason, calc.Plan{Start: d("2026-12-28")}, calc.Warn},
		{calc.CheckSeason, calc.Plan{Start: d("2026-04-27")}, calc.Fail},
		{calc.CheckSeason, calc.Plan{Start: d("2027-01-04")}, calc.Fail},
		{calc.CheckProgramLength, calc.Plan{Start: start}, calc.Pass},
		// The program ends Sunday August 2: Friday July 31 is enough.
		{calc.CheckProgramLength, calc.Plan{Start: start, End: d("2026-07-31")}, calc.Pass},
		{calc.CheckProgramLength, calc.Plan{Start: start, End: d("2026-07-30")}, calc.Fail},
		{calc.CheckCommitment, calc.Plan{Start: start, End: d("2026-08-10")}, calc.Pass},
		{calc.CheckCommitment, calc.Plan{Start: start, End: d("2026-08-09")}, calc.Warn},
		// 2026-06-22 + 3 months - 1 day is Monday 2026-09-21.
		{calc.CheckCommitment, calc.Plan{Start: d("2026-06-22"), End: d("2026-09-18")}, calc.Warn},
		{calc.CheckCommitment, calc.Plan{Start: d("2026-06-22"), End: d("2026-09-21")}, calc.Pass},
		{calc.CheckFullTime, calc.Plan{Start: start}, calc.Pass},
		{calc.CheckFullTime, calc.Plan{Start: start, HoursPerWeek: dec("50")}, calc.Pass},
		{calc.CheckFullTime, calc.Plan{Start: start, HoursPerWeek: dec("39.5")}, calc.Fail},
		{calc.CheckRate, calc.Plan{Start: start}, calc.Pass},
		{calc.CheckRate, calc.Plan{Start: start, Rate: dec("30")}, calc.Warn},
		{calc.CheckApplications, calc.Plan{Start: start}, calc.Pass},
		{calc.CheckApplications, calc.Plan{Start: start, PriorApplications: 1}, calc.Pass},
		{calc.CheckApplications, calc.Plan{Start: start, PriorApplications: 2}, calc.Fail},
		{calc.CheckEnrolled, calc.Plan{Start: start}, calc.Unknown},
		{calc.CheckEnrolled, calc.Plan{Start: start, Degree: calc.Bachelor}, calc.Pass},
		{calc.CheckEnrolled, calc.Plan{Start: start, Degree: calc.Master}, calc.Pass},
		{calc.CheckEnrolled, calc.Plan{Start: start, Degree: calc.Doctorate}, calc.Pass},
		{calc.CheckEnrolled, calc.Plan{Start: start, Degree: calc.NoDegree}, calc.Fail},
		{calc.CheckGraduation, calc.Plan{Start: start}, calc.Unknown},
		{calc.CheckGraduation, calc.Plan{Start: start, Graduation: d("2027-05-15")}, calc.Pass},
		{calc.CheckGraduation, calc.Plan{Start: start, Graduation: d("2026-08-02")}, calc.Warn},
		{calc.CheckGraduation, calc.Plan{Start: start, Graduation: d("2026-05-11")}, calc.Warn},
		{calc.CheckGraduation, calc.Plan{Start: start, Graduation: d("2026-05-10")}, calc.Fail},
		{calc.CheckDiscipline, calc.Plan{Start: start}, calc.Unknown},
		{calc.CheckDiscipline, calc.Plan{Start: start, Discipline: calc.ComputerScience}, calc.Pass},
		{calc.CheckDiscipline, calc.Plan{Start: start, Discipline: calc.Software}, calc.Pass},
		{calc.CheckDiscipline, calc.Plan{Start: start, Discipline: calc.ComputerEngineering}, calc.Pass},
		{calc.CheckDiscipline, calc.Plan{Start: start, Discipline: calc.RelatedField}, calc.Pass},
		{calc.CheckDiscipline, calc.Plan{Start: start, Discipline: calc.OtherField}, calc.Warn},
	}
	for _, tt := range tests {
		t.Run(string(tt.id)+"/"+string(tt.want), func(t *testing.T) {
			check(t, compute(t, tt.plan), tt.id, tt.want)
		})
	}
}

func TestChecksOrderAndVerdict(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-05-11"), End: d("2026-08-14"), Degree: calc.Bachelor,
		Discipline: calc.ComputerScience, Graduation: d("2027-06-01"), PriorApplications: 1})
	var ids []calc.CheckID
	for _, c := range q.Checks {
		ids = append(ids, c.ID)
		assert.Equal(t, calc.Pass, c.Status, string(c.ID))
	}
	assert.Equal(t, []calc.CheckID{"season", "program-length", "commitment", "full-time", "rate", "applications", "enrolled", "graduation", "discipline"}, ids)
	assert.Equal(t, calc.Pass, q.Verdict)
	assert.Equal(t, "Available full-time from May 11, 2026 to August 14, 2026.", q.Availability)

	// Unknown checks do not change the verdict; a fail beats a warn.
	assert.Equal(t, calc.Pass, compute(t, calc.Plan{Start: d("2026-05-11"), End: d("2026-08-14")}).Verdict)
	assert.Equal(t, calc.Fail, compute(t, calc.Plan{Start: d("2026-05-11"), Degree: calc.NoDegree}).Verdict)
}

func TestAvailabilityPartTime(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-05-11"), End: d("2026-08-10"), HoursPerWeek: dec("30")})
	assert.Equal(t, "Available part-time (30 hours a week) from May 11, 2026 to August 10, 2026.", q.Availability)
}

func TestHousing(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-05-11"), WorkMode: calc.Onsite, Housing: dec("3000")})
	assert.True(t, q.Housing.Eligible)
	money(t, "$3,000.00", q.Housing.Amount)
	money(t, "$25,200.00", q.Chosen.Gross) // apart from wages

	q = compute(t, calc.Plan{Start: d("2026-05-11"), WorkMode: calc.Hybrid, Housing: dec("3000")})
	assert.True(t, q.Housing.Eligible)

	q = compute(t, calc.Plan{Start: d("2026-05-11"), WorkMode: calc.Remote, Housing: dec("3000")})
	assert.False(t, q.Housing.Eligible)
	assert.True(t, q.Housing.Amount.IsZero())
	assert.Contains(t, q.Housing.Note, "remote")

	q = compute(t, calc.Plan{Start: d("2026-05-11")})
	assert.True(t, q.Housing.Eligible, "eligible unless fully remote")
	assert.Contains(t, q.Housing.Note, "no amount")
}

func TestShortAndLongWindows(t *testing.T) {
	q := compute(t, calc.Plan{Start: d("2026-05-16"), End: d("2026-05-16")}) // a Saturday
	assert.Equal(t, 0, q.Window.WorkDays)
	assert.True(t, q.Chosen.Gross.IsZero())
	assert.Len(t, q.Weeks, 1)

	q = compute(t, calc.Plan{Start: d("2026-05-11"), End: d("2028-05-10")})
	assert.Equal(t, 731, q.Window.Days)
	assert.Len(t, q.Holidays, 20)
}

func TestComputeErrors(t *testing.T) {
	start := d("2026-05-11")
	tests := []struct {
		name  string
		plan  calc.Plan
		field calc.Field
		value string
	}{
		{"no start", calc.Plan{}, "start", `""`},
		{"invalid start", calc.Plan{Start: calc.Date{Year: 2026, Month: 2, Day: 30}}, "start", "2026-2-30"},
		{"invalid end", calc.Plan{Start: start, End: calc.Date{Year: 2026, Month: 13, Day: 1}}, "end", "2026-13-1"},
		{"end before start", calc.Plan{Start: start, End: d("2026-05-10")}, "end", "2026-05-10"},
		{"longer than two years", calc.Plan{Start: start, End: d("2028-05-11")}, "end", "2028-05-11"},
		{"negative rate", calc.Plan{Start: start, Rate: dec("-45")}, "rate", "-45"},
		{"absurd rate", calc.Plan{Start: start, Rate: dec("4500")}, "rate", "4500"},
		{"rate in tenths of a cent", calc.Plan{Start: start, Rate: dec("45.123456")}, "rate", "45.123456"},
		{"negative hours", calc.Plan{Start: start, HoursPerWeek: dec("-40")}, "hours", "-40"},
		{"more hours than a week has", calc.Plan{Start: start, HoursPerWeek: dec("169")}, "hours", "169"},
		{"overtime rule", calc.Plan{Start: start, Overtime: "texas"}, "overtime", "texas"},
		{"work mode", calc.Plan{Start: start, WorkMode: "moon"}, "mode", "moon"},
		{"degree", calc.Plan{Start: start, Degree: "phd"}, "degree", "phd"},
		{"discipline", calc.Plan{Start: start, Discipline: "cs"}, "discipline", "cs"},
		{"negative housing", calc.Plan{Start: start, Housing: dec("-1")}, "housing", "-1"},
		{"graduation", calc.Plan{Start: start, Graduation: calc.Date{Year: 2027, Month: 6, Day: 31}}, "grad", "2027-6-31"},
		{"negative applications", calc.Plan{Start: start, PriorApplications: -1}, "apps", "-1"},
		// Regression: 9999-12-31 was computed, its program's end written
		// "March 23, 10000", and the take-home failed on an internal field.
		{"a start past 2099", calc.Plan{Start: d("9999-12-31")}, "start", "9999-12-31"},
		{"a start before 2000", calc.Plan{Start: d("1999-12-31")}, "start", "1999-12-31"},
		{"an end past 2099", calc.Plan{Start: d("2099-12-01"), End: d("2100-01-04")}, "end", "2100-01-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := calc.Compute(calc.DefaultPolicy(), tt.plan)
			require.Error(t, err)
			assert.Empty(t, q.Checks, "no partial quote")
			fes := calc.FieldErrors(err)
			require.Len(t, fes, 1)
			assert.Equal(t, tt.field, fes[0].Field)
			assert.Contains(t, err.Error(), string(tt.field))
			assert.Contains(t, err.Error(), tt.value)
			assert.Contains(t, err.Error(), "want ")
		})
	}
}

func TestComputeReportsEveryBadField(t *testing.T) {
	_, err := calc.Compute(calc.DefaultPolicy(), calc.Plan{Start: d("2026-05-11"), Rate: dec("-1"), WorkMode: "x", PriorApplications: -3})
	var fields []calc.Field
	for _, fe := range calc.FieldErrors(err) {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []calc.Field{"rate", "mode", "apps"}, fields)
}

func TestComputeRejectsAnInvalidPolicy(t *testing.T) {
	_, err := calc.Compute(calc.Policy{}, calc.Plan{Start: d("2026-05-11")})
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(string(calc.FieldErrors(err)[0].Field), "policy."))
	p := calc.DefaultPolicy()
	p.HoursPerWeek = dec("0")
	_, err = calc.Compute(p, calc.Plan{Start: d("2026-05-11")})
	assert.ErrorContains(t, err, "policy.hoursPerWeek")
}

func TestDollars(t *testing.T) {
	for in, want := range map[string]string{
		"0": "$0.00", "25200": "$25,200.00", "1234567.891": "$1,234,567.89", "0.005": "$0.01",
		"-0.005": "-$0.01", "2.345": "$2.35", "-1234.5": "-$1,234.50", "999.995": "$1,000.00", "100": "$100.00",
	} {
		assert.Equal(t, want, calc.Dollars(dec(in)), in)
	}
}

// Regression (found by FuzzCompute): a housing amount of 1e111111111 took
// minutes to refuse, because comparing it with the limit multiplied it out.
func TestHugeExponentIsRefusedAtOnce(t *testing.T) {
	huge := decimal.RequireFromString("1e111111111")
	for _, plan := range []calc.Plan{
		{Start: d("2026-05-11"), Housing: huge},
		{Start: d("2026-05-11"), Rate: huge},
		{Start: d("2026-05-11"), HoursPerWeek: huge},
	} {
		_, err := calc.Compute(calc.DefaultPolicy(), plan)
		assert.Error(t, err)
	}
	p := calc.DefaultPolicy()
	p.Band.Max = huge
	assert.Error(t, p.Validate())
}

// Regression: a posting whose band.min was 1e-30000000 took seconds to
// refuse (a minute at 1e-99999999): the limit check scaled its bound to
// the tiny exponent before the scale check could refuse it. Every decimal
// of a plan and a policy is refused at once.
func TestTinyExponentIsRefusedAtOnce(t *testing.T) {
	for _, s := range []string{"1e-30000000", "1e-99999999", "-1e-30000000", "1e30000000", "0e-99999999"} {
		tiny := decimal.RequireFromString(s)
		for _, plan := range []calc.Plan{
			{Start: d("2026-05-11"), Housing: tiny},
			{Start: d("2026-05-11"), Rate: tiny},
			{Start: d("2026-05-11"), HoursPerWeek: tiny},
		} {
			began := time.Now()
			_, err := calc.Compute(calc.DefaultPolicy(), plan)
			assert.Less(t, time.Since(began), time.Second, "%s", s)
			if err != nil {
				assert.NotContains(t, err.Error(), "00000000", "the value is echoed in its short form")
			} else {
				assert.Equal(t, "0e-99999999", s, "only zero computes")
			}
		}
		for _, set := range []func(p *calc.Policy){
			func(p *calc.Policy) { p.Band.Min = tiny },
			func(p *calc.Policy) { p.Band.Max = tiny },
			func(p *calc.Policy) { p.HoursPerWeek = tiny },
			func(p *calc.Policy) { p.HoursPerDay = tiny },
			func(p *calc.Policy) { p.Sick.FirstHalfHours = tiny },
			func(p *calc.Policy) { p.Sick.SecondHalfHours = tiny },
			func(p *calc.Policy) { p.Sick.MaxHours = tiny },
			func(p *calc.Policy) { p.Sick.AccrualPer = tiny },
		} {
			p := calc.DefaultPolicy()
			set(&p)
			began := time.Now()
			err := p.Validate()
			// The bug took seconds; a second is a bound on the work, not a
			// speed target (those are benchmarks).
			assert.Less(t, time.Since(began), time.Second, "%s", s)
			if s != "0e-99999999" {
				assert.Error(t, err, s)
			}
		}
	}
}

func checkByID(q calc.Quote, id calc.CheckID) (calc.Check, bool) {
	for _, c := range q.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return calc.Check{}, false
}
