package calc

import (
	"strconv"
	"strings"
)

// checks applies the posting's eligibility rules (docs/rules.md §6) to a plan, in
// the order of the Check* ids.
func checks(p *Policy, plan Plan, w Window) []Check {
	return []Check{
		checkSeason(p, plan),
		checkProgram(p, plan, w),
		checkCommitment(p, plan, w),
		checkFullTime(p, plan),
		checkRate(p, plan),
		checkApplications(p, plan),
		checkEnrolled(p, plan),
		checkGraduation(p, plan),
		checkDiscipline(p, plan),
	}
}

// reaches reports whether a last day covers a deadline: being available
// through the last weekday on or before it is enough (a program that ends
// on a Sunday is covered by the Friday before).
func reaches(end, deadline Date) bool {
	return !end.Before(lastWeekday(deadline))
}

func checkSeason(p *Policy, plan Plan) Check {
	c := Check{ID: CheckSeason, Source: p.Lines.Seasons}
	start := long(plan.Start)
	s, ok := p.season(plan.Start)
	switch {
	case p.publishedStart(plan.Start):
		c.Status = Pass
		c.Message = start + " is a published " + s.Name + " start date."
	case ok && len(s.StartDates) == 0:
		c.Status = Warn
		c.Message = start + " falls in " + s.Name + ", for which the posting publishes no start dates. Confirm it with the recruiter."
	case ok:
		c.Status = Warn
		c.Message = start + " falls in " + s.Name + " but is not one of its published start dates (" + dateList(s.StartDates) + "). Confirm it with the recruiter."
	default:
		c.Status = Fail
		var seasons []string
		for _, s := range p.Seasons {
			seasons = append(seasons, s.Name+", "+long(s.From)+" to "+long(s.To))
		}
		c.Message = start + " is outside the posting's seasons (" + strings.Join(seasons, "; ") + ")."
	}
	return c
}

func checkProgram(p *Policy, plan Plan, w Window) Check {
	c := Check{ID: CheckProgramLength, Source: p.Lines.Program}
	if reaches(plan.End, w.ProgramEnd) {
		c.Status = Pass
		c.Message = "Your last day, " + long(plan.End) + ", covers the " + adjective(p.ProgramWeeks, "week") + " program, which ends " + long(w.ProgramEnd) + "."
	} else {
		c.Status = Fail
		c.Message = "Your last day, " + long(plan.End) + ", is before the end of the " + adjective(p.ProgramWeeks, "week") + " program (" + long(w.ProgramEnd) + "); being available through " + long(lastWeekday(w.ProgramEnd)) + " is enough."
	}
	return c
}

func checkCommitment(p *Policy, plan Plan, w Window) Check {
	c := Check{ID: CheckCommitment, Source: p.Lines.Commitment}
	switch {
	case w.CommitmentEnd.IsZero():
		c.Status = Pass
		c.Message = "The posting asks for no minimum commitment beyond the program."
	case reaches(plan.End, w.CommitmentEnd):
		c.Status = Pass
		c.Message = "Your last day, " + long(plan.End) + ", meets the " + adjective(p.CommitmentMonths, "month") + " commitment, which runs to " + long(w.CommitmentEnd) + "."
	default:
		c.Status = Warn
		c.Message = "Your last day, " + long(plan.End) + ", falls short of the " + adjective(p.CommitmentMonths, "month") + " commitment the posting asks for, which runs to " + long(w.CommitmentEnd) + ". Being available through " + long(lastWeekday(w.CommitmentEnd)) + " meets it."
	}
	return c
}

func checkFullTime(p *Policy, plan Plan) Check {
	c := Check{ID: CheckFullTime, Source: p.Lines.FullTime}
	h := plan.HoursPerWeek.String()
	if plan.HoursPerWeek.LessThan(p.HoursPerWeek) {
		c.Status = Fail
		c.Message = h + " hours a week is below the full-time week of " + p.HoursPerWeek.String() + " hours that the posting asks for."
	} else {
		c.Status = Pass
		c.Message = h + " hours a week is full-time (the posting's full-time week is taken as " + p.HoursPerWeek.String() + " hours)."
	}
	return c
}

func checkRate(p *Policy, plan Plan) Check {
	c := Check{ID: CheckRate, Source: p.Lines.Band}
	band := "(" + Dollars(p.Band.Min) + " to " + Dollars(p.Band.Max) + ")"
	r := Dollars(plan.Rate)
	if plan.Rate.LessThan(p.Band.Min) || plan.Rate.GreaterThan(p.Band.Max) {
		c.Status = Warn
		c.Message = r + " an hour is outside the posted band " + band + ": offers for this city are expected inside it."
	} else {
		c.Status = Pass
		c.Message = r + " an hour is inside the posted band " + band + "."
	}
	return c
}

func checkApplications(p *Policy, plan Plan) Check {
	c := Check{ID: CheckApplications, Source: p.Lines.Applications}
	n := plan.PriorApplications
	switch {
	case p.MaxApplications == 0:
		c.Status = Pass
		c.Message = "The posting sets no limit on applications."
	case n+1 > p.MaxApplications:
		c.Status = Fail
		c.Message = "You have applied to " + plural(n, "other position") + "; the posting allows " + strconv.Itoa(p.MaxApplications) + " in all, so this one would not be considered."
	case n == 0:
		c.Status = Pass
		c.Message = "No other applications given; the posting allows " + strconv.Itoa(p.MaxApplications) + " in all, considered in the order you apply."
	default:
		c.Status = Pass
		c.Message = "With " + plural(n, "other position") + ", this one is within the limit of " + strconv.Itoa(p.MaxApplications) + "; applications are considered in the order you apply."
	}
	return c
}

func checkEnrolled(p *Policy, plan Plan) Check {
	c := Check{ID: CheckEnrolled, Source: p.Lines.Enrolled}
	switch plan.Degree {
	case "":
		c.Status = Unknown
		c.Message = "Degree not given: the posting is for students currently pursuing a bachelor's, master's or doctorate."
	case NoDegree:
		c.Status = Fail
		c.Message = "The posting is for students currently pursuing a degree."
	default:
		c.Status = Pass
		c.Message = "You are pursuing a " + degreeName(plan.Degree) + ", as the posting asks."
	}
	return c
}

func degreeName(d Degree) string {
	switch d {
	case Bachelor:
		return "bachelor's degree"
	case Master:
		return "master's degree"
	}
	return "doctorate"
}

func checkGraduation(p *Policy, plan Plan) Check {
	c := Check{ID: CheckGraduation, Source: p.Lines.Enrolled}
	g := plan.Graduation
	switch {
	case g.IsZero():
		c.Status = Unknown
		c.Message = "Graduation date not given: the posting is for current students."
	case g.Before(plan.Start):
		c.Status = Fail
		c.Message = "You graduate on " + long(g) + ", before the internship starts (" + long(plan.Start) + "); the posting is for current students."
	case !g.After(plan.End):
		c.Status = Warn
		c.Message = "You graduate on " + long(g) + ", during the internship (" + long(plan.Start) + " to " + long(plan.End) + "). Confirm with the recruiter that you still qualify."
	default:
		c.Status = Pass
		c.Message = "You graduate on " + long(g) + ", after your last day."
	}
	return c
}

func checkDiscipline(p *Policy, plan Plan) Check {
	c := Check{ID: CheckDiscipline, Source: p.Lines.Discipline}
	switch plan.Discipline {
	case "":
		c.Status = Unknown
		c.Message = "Field of study not given: the posting asks for computer science, software, computer engineering or a related technical discipline."
	case OtherField:
		c.Status = Warn
		c.Message = "The posting asks for computer science, software, computer engineering or a related technical discipline; other fields may still be considered."
	default:
		c.Status = Pass
		c.Message = "Your field is one the posting names."
	}
	return c
}

func lastWeekday(d Date) Date {
	for !d.isWeekday() {
		d = d.AddDays(-1)
	}
	return d
}

func dateList(ds []Date) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		if i == len(ds)-1 || d.Year != ds[len(ds)-1].Year {
			parts[i] = long(d)
		} else {
			parts[i] = d.Format("January 2")
		}
	}
	return strings.Join(parts, ", ")
}

// adjective returns "12-week" for (12, "week").
func adjective(n int, unit string) string { return strconv.Itoa(n) + "-" + unit }
