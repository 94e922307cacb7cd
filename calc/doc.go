// Package calc applies an internship posting's terms to an applicant's plan:
// is the applicant eligible, and what would they earn?
//
// A [Policy] is the posting's terms as data: the pay band, the program's
// length and the commitment it asks for, the full-time week, the seasons
// and start dates, the paid-holiday calendar, sick time, housing, the
// application limit, where the work is, and the posting's own sentence for
// each. [DefaultPolicy] is the posting the calculator ships with, and
// [ParsePolicy] reads another from JSON. A [Plan] is what the applicant
// chooses, where the zero value of every field means "not given";
// [DefaultPlan] is where an applicant starts. [Compute] turns the two into a
// [Quote]: the window, the paid holidays in it, the [Hours], gross pay across
// the band and at the chosen rate, week by week, sick time, housing, and the
// eligibility checks with the posting line each rests on.
//
// Beside it, package calc/tax estimates the take-home pay of a quote,
// calc/link reads and writes plans, profiles and postings as links,
// calc/compare puts quotes side by side (a posting's start dates, pinned
// plans, offers from several postings), calc/export writes a quote's
// calendar and CSV files, and calc/posting reads a posting's terms from
// its text. The rules are in docs/rules.md, by
// section.
//
// # Design
//
// Dates are civil dates ([Date]: year, month, day; no clock, no time zone),
// because a start date is a day on a calendar, not an instant; converting
// through time.Time in the browser's zone is how off-by-one-day bugs start.
//
// Money and hours are exact decimals (github.com/shopspring/decimal), never
// floats: the applicant compares figures to the cent. Nothing is rounded
// inside the computation; [Dollars] and [Cents] round half away from zero
// when a figure is shown. Hours per day are the week's hours × 1/5, which is
// exact in decimal. Overtime (California's daily and weekly rule, or the
// federal weekly one) is written once, for one day of a workweek, and days,
// weeks and the window's totals are sums of it, in one [Hours] type.
//
// Holiday dates come from github.com/rickar/cal/v2, which has the US rules
// and their tests; a [HolidayRule] is their JSON form, and [Date] hides
// cal's use of time.Local.
//
// # Errors
//
// Every problem with input is a *[FieldError] naming the [Field] (a plan's,
// which is also its query key in a link, or a policy's path such as
// "policy.band.min"), the value as given and what is accepted; several are
// joined with errors.Join, and [FieldErrors] lists them, so no caller reads
// an error's text. Compute and ParsePolicy report every problem, not the
// first. Every decimal from outside is checked, its exponent first, before
// any arithmetic ([CheckAmount]), so no input costs more than a few
// operations.
//
// Compute never panics on any Policy or Plan value. The package imports
// neither go-app nor syscall/js, and its tests run both natively and under
// GOOS=js GOARCH=wasm.
package calc
