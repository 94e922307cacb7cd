package link

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// ParsePlan reads a plan from URL query values (or from a form's fields
// under the same names, its calc.Field values). A missing or empty value is
// "not given". Every value that cannot be read is a *calc.FieldError naming
// its field, the value and what is accepted; they are joined (see
// calc.FieldErrors), and the plan returned holds every field that could be
// read. Keys it does not know are ignored.
func ParsePlan(v url.Values) (calc.Plan, error) {
	var p calc.Plan
	r := reader{v: v}
	r.date(calc.FieldStart, &p.Start)
	r.date(calc.FieldEnd, &p.End)
	r.amount(calc.FieldRate, &p.Rate, true, "an hourly rate in dollars, like 52.50", "an hourly rate above $0 (leave it empty for the band midpoint)")
	r.amount(calc.FieldHours, &p.HoursPerWeek, true, "hours a week, like 40", "hours a week above 0 (leave it empty for the full-time week)")
	r.amount(calc.FieldHousing, &p.Housing, false, "a dollar amount, like 3000", "an amount of $0 or more")
	enum(&r, calc.FieldOvertime, &p.Overtime, calc.OvertimeRules())
	enum(&r, calc.FieldMode, &p.WorkMode, calc.WorkModes())
	enum(&r, calc.FieldDegree, &p.Degree, calc.Degrees())
	enum(&r, calc.FieldDiscipline, &p.Discipline, calc.Disciplines())
	r.date(calc.FieldGrad, &p.Graduation)
	r.count(calc.FieldApps, &p.PriorApplications, "a whole number of positions, like 1", "a count of 0 or more")
	return p, errors.Join(r.errs...)
}

// FormatPlan returns the plan as URL query values: dates as YYYY-MM-DD,
// amounts as decimals, enumerations as their values. Fields not given are
// left out, so ParsePlan(FormatPlan(p)) is p.
func FormatPlan(p calc.Plan) url.Values {
	v := url.Values{}
	set(v, calc.FieldStart, p.Start.String())
	set(v, calc.FieldEnd, p.End.String())
	set(v, calc.FieldRate, amount(p.Rate))
	set(v, calc.FieldHours, amount(p.HoursPerWeek))
	set(v, calc.FieldOvertime, string(p.Overtime))
	set(v, calc.FieldMode, string(p.WorkMode))
	set(v, calc.FieldHousing, amount(p.Housing))
	set(v, calc.FieldDegree, string(p.Degree))
	set(v, calc.FieldDiscipline, string(p.Discipline))
	set(v, calc.FieldGrad, p.Graduation.String())
	if p.PriorApplications != 0 {
		set(v, calc.FieldApps, strconv.Itoa(p.PriorApplications))
	}
	return v
}

func set(v url.Values, f calc.Field, s string) {
	if s != "" {
		v.Set(string(f), s)
	}
}

func amount(d decimal.Decimal) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// A reader reads fields from query values and collects their errors.
type reader struct {
	v    url.Values
	errs []error
}

func (r *reader) get(f calc.Field) string { return strings.TrimSpace(r.v.Get(string(f))) }

func (r *reader) bad(f calc.Field, want string) {
	r.errs = append(r.errs, calc.NewFieldError(f, r.v.Get(string(f)), want))
}

func (r *reader) date(f calc.Field, dst *calc.Date) {
	s := r.get(f)
	if s == "" {
		return
	}
	d, err := calc.ParseDate(s)
	if err != nil {
		de, _ := errors.AsType[*calc.DateError](err) // AsType: no reflection in the wasm
		want := "a real date (picked in the calendar; in a link, written 2026-05-11)"
		if !strings.HasPrefix(de.Reason, "want the form") && !strings.HasPrefix(de.Reason, "empty") {
			want += ": " + de.Reason
		}
		r.bad(f, want)
		return
	}
	*dst = d
}

// amount reads a decimal amount; positive says whether it must be above
// zero (a rate, hours) or may be zero (housing, other income).
func (r *reader) amount(f calc.Field, dst *decimal.Decimal, positive bool, form, sign string) {
	s := r.get(f)
	if s == "" {
		return
	}
	d, ok := ParseAmount(s)
	switch {
	case !ok:
		r.bad(f, form)
	case positive && d.Sign() <= 0, d.IsNegative():
		r.bad(f, sign)
	default:
		*dst = d
	}
}

func (r *reader) count(f calc.Field, dst *int, form, sign string) {
	s := r.get(f)
	if s == "" {
		return
	}
	n, err := strconv.Atoi(s)
	switch {
	case err != nil || len(s) > 9:
		r.bad(f, form)
	case n < 0:
		r.bad(f, sign)
	default:
		*dst = n
	}
}

// enum sets *dst to the value among valid that the field names (ignoring
// case), or reports the values accepted.
func enum[T ~string](r *reader, f calc.Field, dst *T, valid []T) {
	s := r.get(f)
	if s == "" {
		return
	}
	names := make([]string, len(valid))
	for i, v := range valid {
		if strings.EqualFold(s, string(v)) {
			*dst = v
			return
		}
		names[i] = strconv.Quote(string(v))
	}
	r.bad(f, "one of "+strings.Join(names, ", "))
}

// ParseAmount reads a plain decimal number as people type it: digits with
// at most one decimal point, optionally a leading "-" or "$" and "," between
// thousands ("$3,000.50"), at most 30 digits (leading zeros aside, at
// most 40 in all). Exponents, "NaN" and the other forms that
// decimal.NewFromString would take are refused, so no amount from a link
// or a form costs more than a few operations. Every amount it reads is
// written back (as FormatPlan does, with String) in a form it reads.
func ParseAmount(s string) (decimal.Decimal, bool) {
	s = strings.TrimPrefix(s, "$")
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	s = strings.TrimPrefix(s, "$")
	intPart, frac, hasDot := strings.Cut(s, ".")
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		for i, g := range groups {
			if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return decimal.Decimal{}, false
			}
		}
		intPart = strings.Join(groups, "")
	}
	// Digits count as String writes them back, so that what is read is
	// read again: a leading zero is none (".000…01", 30 decimals, is
	// written "0.000…01").
	digits := len(strings.TrimLeft(intPart, "0")) + len(frac)
	if (intPart == "" && frac == "") || !allDigits(intPart) || !allDigits(frac) || digits > 30 || len(intPart)+len(frac) > 40 {
		return decimal.Decimal{}, false
	}
	num := intPart
	if hasDot {
		num += "." + frac
	}
	if neg {
		num = "-" + num
	}
	d, err := decimal.NewFromString(num)
	return d, err == nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
