package calc

import (
	"errors"
	"strconv"
	"time"

	"github.com/shopspring/decimal"
)

// Limits on a plan. A value past them is a typo or an attack, not a plan.
var (
	maxHousing    = decimal.New(1_000_000, 0)
	maxWindowDays = 731 // two years, leap day included
)

// Compute applies policy p to plan and returns the quote. It returns an
// error, never a panic or a silent zero, for an invalid policy (see
// Policy.Validate) or plan: a missing or invalid Start, an End before Start,
// a window longer than two years, a negative or absurd rate, hours per week,
// housing amount or application count, or an unknown enum value. Plan errors
// are *FieldError values joined with errors.Join; FieldErrors lists them.
func Compute(p Policy, plan Plan) (Quote, error) {
	if err := p.Validate(); err != nil {
		return Quote{}, err
	}
	endGiven := !plan.End.IsZero()
	plan, err := resolve(&p, plan)
	if err != nil {
		return Quote{}, err
	}

	q := Quote{Plan: plan}
	q.Window = window(&p, plan)
	q.Holidays = p.holidaysBetween(plan.Start, plan.End)
	q.Weeks, q.Hours = weeks(&p, plan, q.Holidays)
	q.Window.WorkDays = 0
	for _, w := range q.Weeks {
		q.Window.WorkDays += w.WorkDays
	}

	full := plan.Overtime.week(plan.HoursPerWeek.Mul(fifth), 5) // a full week with no holiday
	q.Band = []Earnings{
		earnings(p.Band.Min, q.Hours, full),
		earnings(p.Band.Mid(), q.Hours, full),
		earnings(p.Band.Max, q.Hours, full),
	}
	q.Chosen = earnings(plan.Rate, q.Hours, full)
	q.Sick = sick(&p, plan, q.Hours.Worked, q.Band)
	q.Housing = housing(&p, plan)
	q.Checks = checks(&p, plan, q.Window)
	q.Verdict = verdict(q.Checks)
	q.Availability = availability(&p, plan, q.Window, endGiven)
	return q, nil
}

// The dates a plan may hold: a start, an end or a graduation date outside
// them is a typo (20266 for 2026), and past 9999 a date cannot be written.
var (
	firstPlanDate = Date{2000, time.January, 1}
	lastPlanDate  = Date{2099, time.December, 31}
	firstGradDate = Date{1900, time.January, 1}
)

// resolve validates the plan and fills in its defaults.
func resolve(p *Policy, plan Plan) (Plan, error) {
	ps := &problems{}
	bad := ps.add
	inRange := func(d, from, to Date) bool { return !d.Before(from) && !d.After(to) }
	switch {
	case plan.Start.IsZero():
		bad(FieldStart, "", "a first day of work, YYYY-MM-DD")
	case !plan.Start.IsValid():
		bad(FieldStart, plan.Start.debug(), "a real date from year 1 to 9999, YYYY-MM-DD")
	case !inRange(plan.Start, firstPlanDate, lastPlanDate):
		bad(FieldStart, plan.Start.String(), "a first day of work from 2000 to 2099")
	}
	if !plan.End.IsZero() {
		switch {
		case !plan.End.IsValid():
			bad(FieldEnd, plan.End.debug(), "a real date from year 1 to 9999, YYYY-MM-DD")
		case plan.Start.IsValid() && plan.End.Before(plan.Start):
			bad(FieldEnd, plan.End.String(), "a last day on or after the first day, "+plan.Start.Format("January 2, 2006"))
		case plan.Start.IsValid() && plan.End.DaysSince(plan.Start)+1 > maxWindowDays:
			bad(FieldEnd, plan.End.String(), "a last day at most two years after the first day (by "+plan.Start.AddMonths(24).AddDays(-1).Format("January 2, 2006")+")")
		case !inRange(plan.End, firstPlanDate, lastPlanDate):
			bad(FieldEnd, plan.End.String(), "a last day from 2000 to 2099")
		}
	}
	if !amountOK(plan.Rate, maxRate, maxMoneyScale) {
		bad(FieldRate, decString(plan.Rate), "an hourly rate from $0.01 to $1,000 with at most 4 decimal places (empty: the band midpoint)")
	}
	if !amountOK(plan.HoursPerWeek, maxWeekHours, maxHourScale) {
		bad(FieldHours, decString(plan.HoursPerWeek), "hours a week above 0 and at most 168, with at most 2 decimal places (empty: "+p.HoursPerWeek.String()+")")
	}
	if !plan.Overtime.valid() {
		bad(FieldOvertime, string(plan.Overtime), `"california" or "federal"`)
	}
	if !plan.WorkMode.valid() {
		bad(FieldMode, string(plan.WorkMode), `"onsite", "hybrid" or "remote"`)
	}
	if !amountOK(plan.Housing, maxHousing, 2) {
		bad(FieldHousing, decString(plan.Housing), "a dollar amount from $0 to $1,000,000 in cents")
	}
	if !plan.Degree.valid() {
		bad(FieldDegree, string(plan.Degree), `"bachelor", "master", "doctorate" or "none"`)
	}
	if !plan.Discipline.valid() {
		bad(FieldDiscipline, string(plan.Discipline), `"computer-science", "software", "computer-engineering", "related" or "other"`)
	}
	switch g := plan.Graduation; {
	case g.IsZero():
	case !g.IsValid():
		bad(FieldGrad, g.debug(), "a real date, YYYY-MM-DD")
	case !inRange(g, firstGradDate, lastPlanDate):
		bad(FieldGrad, g.String(), "a graduation date from 1900 to 2099")
	}
	if plan.PriorApplications < 0 || plan.PriorApplications > 1000 {
		bad(FieldApps, strconv.Itoa(plan.PriorApplications), "a count from 0 to 1,000")
	}
	if len(ps.errs) > 0 {
		return plan, errors.Join(ps.errs...)
	}

	if plan.End.IsZero() {
		plan.End = programEnd(p, plan.Start)
		if plan.End.DaysSince(plan.Start)+1 > maxWindowDays {
			plan.End = plan.Start.AddMonths(24).AddDays(-1)
		}
	}
	if plan.Rate.IsZero() {
		plan.Rate = p.Band.Mid()
	}
	if plan.HoursPerWeek.IsZero() {
		plan.HoursPerWeek = p.HoursPerWeek
	}
	if plan.Overtime == "" {
		plan.Overtime = p.Overtime
		if plan.Overtime == "" {
			plan.Overtime = California
		}
	}
	return plan, nil
}

func programEnd(p *Policy, start Date) Date { return start.AddDays(7*p.ProgramWeeks - 1) }

func window(p *Policy, plan Plan) Window {
	w := Window{
		Start:      plan.Start,
		End:        plan.End,
		ProgramEnd: programEnd(p, plan.Start),
		Days:       plan.End.DaysSince(plan.Start) + 1,
	}
	if p.CommitmentMonths > 0 {
		w.CommitmentEnd = plan.Start.AddMonths(p.CommitmentMonths).AddDays(-1)
		program := w.ProgramEnd.DaysSince(plan.Start) + 1
		commit := w.CommitmentEnd.DaysSince(plan.Start) + 1
		if commit > program {
			w.Note = "The program is " + plural(p.ProgramWeeks, "week") + " (" + strconv.Itoa(program) +
				" days, to " + long(w.ProgramEnd) + "), but the posting asks for at least " +
				plural(p.CommitmentMonths, "month") + " (" + strconv.Itoa(commit) + " days, to " +
				long(w.CommitmentEnd) + "): " + plural(commit-program, "day") +
				" more. State availability to " + long(w.CommitmentEnd) + " on your résumé."
		}
	}
	return w
}

// weeks walks the window one Monday–Sunday workweek at a time and applies
// the overtime rule to each. Daily hours are the same on every workday (the
// week's hours ÷ 5), so a week's hours and pay depend only on its counts of
// worked days and holidays: each distinct pair is computed once.
func weeks(p *Policy, plan Plan, holidays []Holiday) ([]Week, Hours) {
	daily := plan.HoursPerWeek.Mul(fifth)
	var (
		memo  [6][6]*Week // by worked days, then holidays
		count [6][6]int64
	)
	shape := func(worked, off int) *Week {
		if w := memo[worked][off]; w != nil {
			return w
		}
		w := &Week{Hours: plan.Overtime.week(daily, worked)}
		w.Holiday = p.HoursPerDay.Mul(decimal.New(int64(off), 0))
		w.Paid = w.Worked.Add(w.Holiday)
		w.Gross = pay(plan.Rate, w.Hours).Gross
		memo[worked][off] = w
		return w
	}

	first := plan.Start.AddDays(-mod(int(plan.Start.Weekday())-int(time.Monday), 7))
	out := make([]Week, 0, plan.End.DaysSince(first)/7+1)
	hi := 0
	var cum, cumCents decimal.Decimal
	for monday := first; !monday.After(plan.End); monday = monday.AddDays(7) {
		days, worked, off := 0, 0, 0
		for i := range 5 { // Monday to Friday
			d := monday.AddDays(i)
			if d.Before(plan.Start) || d.After(plan.End) {
				continue
			}
			days++
			for hi < len(holidays) && holidays[hi].Date.Before(d) {
				hi++
			}
			if hi < len(holidays) && holidays[hi].Date == d {
				off++
			} else {
				worked++
			}
		}
		w := *shape(worked, off)
		count[worked][off]++
		w.Start, w.WorkDays = monday, days
		cum = cum.Add(w.Gross)
		rounded := cum.Round(2)
		w.GrossCents = rounded.Sub(cumCents)
		cumCents = rounded
		out = append(out, w)
	}

	var tot Hours
	for worked := range memo {
		for off, w := range memo[worked] {
			if w != nil {
				tot = tot.add(w.Hours.times(count[worked][off]))
			}
		}
	}
	return out, tot
}

// pay applies rate r to hours: straight time and holidays at r, overtime at
// 1.5r, double time at 2r.
func pay(r decimal.Decimal, h Hours) Earnings {
	e := Earnings{
		Rate:     r,
		Regular:  r.Mul(h.Regular),
		Holiday:  r.Mul(h.Holiday),
		Overtime: r.Mul(oneHalf).Mul(h.Overtime),
		Double:   r.Mul(two).Mul(h.Double),
	}
	e.Gross = e.Regular.Add(e.Holiday).Add(e.Overtime).Add(e.Double)
	return e
}

func earnings(r decimal.Decimal, h, full Hours) Earnings {
	e := pay(r, h)
	e.FullWeek = pay(r, full).Gross
	return e
}

func sick(p *Policy, plan Plan, worked decimal.Decimal, band []Earnings) Sick {
	s := Sick{Hours: p.sickHours(plan.Start, worked)}
	s.Value = s.Hours.Mul(plan.Rate)
	for _, e := range band {
		s.BandValue = append(s.BandValue, s.Hours.Mul(e.Rate))
	}
	if r := p.Sick.AccrualPer; r.IsPositive() {
		s.Note = s.Hours.String() + " hours: one for every " + r.String() + " hours worked, over the " + worked.String() + " hours you would work"
		if p.Sick.MaxHours.IsPositive() {
			s.Note += " (at most " + p.Sick.MaxHours.String() + ")"
		}
		s.Note += "."
	} else {
		half := "first"
		if plan.Start.Month > time.June {
			half = "second"
		}
		s.Note = s.Hours.String() + " hours, for a hire date (" + long(plan.Start) + ") in the " + half + " half of the year."
	}
	s.Note += " Sick time protects income when you are ill; it is not extra pay"
	if p.State == "CA" {
		s.Note += ", and unused hours are not paid out in California."
	} else {
		s.Note += ": whether unused hours are paid out is the employer's policy and the state's law."
	}
	return s
}

func housing(p *Policy, plan Plan) Housing {
	switch {
	case !p.Housing.Offered:
		return Housing{Note: "This posting mentions no housing allowance."}
	case plan.WorkMode == Remote && !p.Housing.Remote:
		return Housing{Note: "Fully remote interns are not eligible for the housing allowance."}
	}
	h := Housing{Eligible: true, Amount: plan.Housing}
	switch {
	case plan.WorkMode == "":
		h.Note = "Eligible unless you work 100% remote (work mode not given)."
	default:
		h.Note = "Eligible: you would not be 100% remote."
	}
	if plan.Housing.IsZero() {
		h.Note += " The posting publishes no amount: enter the one in your offer."
	} else {
		h.Note += " Shown apart from wages; it is taxable income."
	}
	return h
}

func verdict(checks []Check) Status {
	v := Pass
	for _, c := range checks {
		switch c.Status {
		case Fail:
			return Fail
		case Warn:
			v = Warn
		}
	}
	return v
}

// availability is the sentence for a résumé ("Please state your
// availability clearly in your resume"). With no last day given it states the
// commitment the posting asks for, which runs past the program.
func availability(p *Policy, plan Plan, w Window, endGiven bool) string {
	end := plan.End
	if !endGiven && w.CommitmentEnd.After(end) {
		end = w.CommitmentEnd
	}
	kind := "full-time"
	if plan.HoursPerWeek.LessThan(p.HoursPerWeek) {
		kind = "part-time (" + plan.HoursPerWeek.String() + " hours a week)"
	}
	return "Available " + kind + " from " + long(plan.Start) + " to " + long(end) + "."
}

func long(d Date) string { return d.Format("January 2, 2006") }

func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}
