package calc

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// The URL query keys of a Plan, as Plan.Query writes them and ParseQuery
// reads them. They are also the Field of a plan's *FieldError.
const (
	KeyStart      = "start"
	KeyEnd        = "end"
	KeyRate       = "rate"
	KeyHours      = "hours"
	KeyOvertime   = "overtime"
	KeyMode       = "mode"
	KeyHousing    = "housing"
	KeyDegree     = "degree"
	KeyDiscipline = "discipline"
	KeyGrad       = "grad"
	KeyApps       = "apps"
)

// PlanKeys lists the plan's query keys in form order.
func PlanKeys() []string {
	return []string{KeyStart, KeyEnd, KeyRate, KeyHours, KeyOvertime, KeyMode, KeyHousing, KeyDegree, KeyDiscipline, KeyGrad, KeyApps}
}

// Query returns the plan as URL query values: dates as YYYY-MM-DD, amounts
// as decimals, enumerations as their values. Fields not given are left out,
// so ParseQuery(p.Query()) gives p back.
func (p Plan) Query() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set(KeyStart, p.Start.String())
	set(KeyEnd, p.End.String())
	set(KeyRate, amount(p.Rate))
	set(KeyHours, amount(p.HoursPerWeek))
	set(KeyOvertime, string(p.Overtime))
	set(KeyMode, string(p.WorkMode))
	set(KeyHousing, amount(p.Housing))
	set(KeyDegree, string(p.Degree))
	set(KeyDiscipline, string(p.Discipline))
	set(KeyGrad, p.Graduation.String())
	if p.PriorApplications != 0 {
		set(KeyApps, strconv.Itoa(p.PriorApplications))
	}
	return v
}

func amount(d decimal.Decimal) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// ParseQuery reads a plan from URL query values, or from a form's fields
// under the same names. A missing or empty value is "not given". Every value
// that cannot be read is a *FieldError naming its key, the value and what is
// accepted; they are joined (see FieldErrors), and the plan returned holds
// every field that could be read. Keys it does not know are ignored.
//
// It checks form only: whether a date is a date, an amount a number. Range
// and consistency (an end before the start, a rate of $5,000) are Compute's.
func ParseQuery(v url.Values) (Plan, error) {
	var p Plan
	var errs []error
	get := func(k string) string { return strings.TrimSpace(v.Get(k)) }
	bad := func(k, want string) {
		errs = append(errs, &FieldError{Field: k, Value: v.Get(k), Want: want})
	}
	date := func(k string, dst *Date) {
		if s := get(k); s != "" {
			d, err := ParseDate(s)
			if err != nil {
				de, _ := errors.AsType[*DateError](err)
				bad(k, "a date as YYYY-MM-DD: "+de.Reason)
				return
			}
			*dst = d
		}
	}
	date(KeyStart, &p.Start)
	date(KeyEnd, &p.End)
	if s := get(KeyRate); s != "" {
		r, ok := parseAmount(s)
		switch {
		case !ok:
			bad(KeyRate, "an hourly rate in dollars, like 52.50")
		case r.Sign() <= 0:
			bad(KeyRate, "an hourly rate above $0 (leave it empty for the band midpoint)")
		default:
			p.Rate = r
		}
	}
	if s := get(KeyHours); s != "" {
		h, ok := parseAmount(s)
		switch {
		case !ok:
			bad(KeyHours, "hours a week, like 40")
		case h.Sign() <= 0:
			bad(KeyHours, "hours a week above 0 (leave it empty for the full-time week)")
		default:
			p.HoursPerWeek = h
		}
	}
	if s := get(KeyHousing); s != "" {
		h, ok := parseAmount(s)
		switch {
		case !ok:
			bad(KeyHousing, "a dollar amount, like 3000")
		case h.IsNegative():
			bad(KeyHousing, "an amount of $0 or more")
		default:
			p.Housing = h
		}
	}
	enum(get(KeyOvertime), &p.Overtime, OvertimeRules(), func(w string) { bad(KeyOvertime, w) })
	enum(get(KeyMode), &p.WorkMode, WorkModes(), func(w string) { bad(KeyMode, w) })
	enum(get(KeyDegree), &p.Degree, Degrees(), func(w string) { bad(KeyDegree, w) })
	enum(get(KeyDiscipline), &p.Discipline, Disciplines(), func(w string) { bad(KeyDiscipline, w) })
	date(KeyGrad, &p.Graduation)
	if s := get(KeyApps); s != "" {
		n, err := strconv.Atoi(s)
		switch {
		case err != nil:
			bad(KeyApps, "a whole number of positions, like 1")
		case n < 0:
			bad(KeyApps, "a count of 0 or more")
		default:
			p.PriorApplications = n
		}
	}
	return p, errors.Join(errs...)
}

// enum sets *dst to the value among valid that s names (ignoring case), or
// reports the values accepted.
func enum[T ~string](s string, dst *T, valid []T, bad func(want string)) {
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
	bad("one of " + strings.Join(names, ", "))
}

// parseAmount reads a plain decimal number as people type it: digits with
// at most one decimal point, optionally a leading "$" and "," between
// thousands ("$3,000.50"). Exponents, "NaN" and other forms that
// decimal.NewFromString would take are refused.
func parseAmount(s string) (decimal.Decimal, bool) {
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
	if (intPart == "" && frac == "") || !allDigits(intPart) || !allDigits(frac) || len(intPart)+len(frac) > 30 {
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
