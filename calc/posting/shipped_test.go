package posting_test

import (
	"os"
	"reflect"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// readShipped reads the text of the posting the calculator ships with.
func readShipped(t testing.TB) (string, posting.Reading) {
	t.Helper()
	b, err := os.ReadFile("testdata/corpus/00-shipped.txt")
	require.NoError(t, err)
	r, err := posting.Read(string(b), posting.Options{Year: 2026})
	require.NoError(t, err)
	return string(b), r
}

// The shipped posting's text reads as the shipped policy: the same terms,
// and so the same figures for every published start date.
func TestShippedPostingComputesAsDefault(t *testing.T) {
	_, r := readShipped(t)
	got, want := r.Policy, calc.DefaultPolicy()
	require.Equal(t, "CA", got.State)
	require.Empty(t, r.Tiers)

	// The terms, field by field.
	require.True(t, got.Band.Min.Equal(want.Band.Min) && got.Band.Max.Equal(want.Band.Max), "band %v", got.Band)
	require.Equal(t, want.ProgramWeeks, got.ProgramWeeks)
	require.Equal(t, want.CommitmentMonths, got.CommitmentMonths)
	require.True(t, got.HoursPerWeek.Equal(want.HoursPerWeek), "hoursPerWeek %s", got.HoursPerWeek)
	require.True(t, got.HoursPerDay.Equal(want.HoursPerDay), "hoursPerDay %s", got.HoursPerDay)
	require.Equal(t, want.Overtime, got.Overtime)
	require.Equal(t, want.Seasons, got.Seasons)
	require.Equal(t, want.Holidays, got.Holidays)
	require.Equal(t, want.Housing, got.Housing)
	require.Equal(t, want.MaxApplications, got.MaxApplications)
	require.True(t, got.Sick.FirstHalfHours.Equal(want.Sick.FirstHalfHours) && got.Sick.SecondHalfHours.Equal(want.Sick.SecondHalfHours) &&
		got.Sick.AccrualPer.Equal(want.Sick.AccrualPer) && got.Sick.MaxHours.Equal(want.Sick.MaxHours), "sick %+v", got.Sick)
	require.Equal(t, want.Lines, got.Lines, "the posting's own lines")

	// The figures, for every published start date, and for plans that
	// exercise the rules: an end date, a rate, part-time, federal overtime,
	// remote work, applications over the limit, a Fall start.
	var plans []calc.Plan
	for _, d := range want.StartDates() {
		plans = append(plans,
			calc.Plan{Start: d},
			calc.Plan{Start: d, End: d.AddMonths(3), Rate: decimal.New(5125, -2), WorkMode: calc.Remote, PriorApplications: 2},
			calc.Plan{Start: d, HoursPerWeek: decimal.New(50, 0), Overtime: calc.Federal, Degree: calc.Master, Discipline: calc.OtherField},
			calc.Plan{Start: d, HoursPerWeek: decimal.New(30, 0), WorkMode: calc.Hybrid, Graduation: d.AddDays(30)},
		)
	}
	plans = append(plans, calc.Plan{Start: calc.MustParseDate("2026-09-14")}, calc.Plan{Start: calc.MustParseDate("2027-01-04")})
	for _, plan := range plans {
		qr, err := calc.Compute(got, plan)
		require.NoError(t, err)
		qd, err := calc.Compute(want, plan)
		require.NoError(t, err)
		name := plan.Start.String()
		require.Equal(t, qd.Window, qr.Window, name)
		requireDecimalsEqual(t, qd.Holidays, qr.Holidays, name)
		requireDecimalsEqual(t, qd.Hours, qr.Hours, name)
		requireDecimalsEqual(t, qd.Band, qr.Band, name)
		requireDecimalsEqual(t, qd.Chosen, qr.Chosen, name)
		requireDecimalsEqual(t, qd.Weeks, qr.Weeks, name)
		requireDecimalsEqual(t, qd.Sick, qr.Sick, name)
		require.Equal(t, qd.Housing.Eligible, qr.Housing.Eligible, name)
		require.Equal(t, qd.Housing.Note, qr.Housing.Note, name)
		require.Equal(t, qd.Verdict, qr.Verdict, name)
		require.Equal(t, qd.Availability, qr.Availability, name)
		require.Len(t, qr.Checks, len(qd.Checks))
		for i := range qd.Checks {
			require.Equal(t, qd.Checks[i].ID, qr.Checks[i].ID)
			require.Equal(t, qd.Checks[i].Status, qr.Checks[i].Status, name+" "+string(qd.Checks[i].ID))
			// The lines are the same, so the messages are too.
			require.Equal(t, qd.Checks[i].Message, qr.Checks[i].Message, name+" "+string(qd.Checks[i].ID))
			require.Equal(t, qd.Checks[i].Source, qr.Checks[i].Source, name+" "+string(qd.Checks[i].ID))
		}
	}
}

// requireDecimalsEqual compares values that hold decimals by their
// numbers, not their representation ("40" and "40.0" are equal).
func requireDecimalsEqual(t *testing.T, want, got any, msg string) {
	t.Helper()
	if !decimalsEqual(reflect.ValueOf(want), reflect.ValueOf(got)) {
		t.Fatalf("%s:\nwant %+v\n got %+v", msg, want, got)
	}
}

var decimalType = reflect.TypeFor[decimal.Decimal]()

func decimalsEqual(a, b reflect.Value) bool {
	if a.Type() == decimalType {
		return a.Interface().(decimal.Decimal).Equal(b.Interface().(decimal.Decimal))
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if !decimalsEqual(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !decimalsEqual(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}
