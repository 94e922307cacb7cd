// Package calc applies an internship posting's terms to an applicant's plan:
// is the applicant eligible, and what would they earn?
//
// A [Policy] is the posting's terms as data (the pay band, a 12-week program
// and a 3-month commitment, the start dates, the paid-holiday calendar, sick
// time, housing, the application limit); [DefaultPolicy] is the posting the
// calculator ships with, embedded as JSON, and [ParsePolicy] loads another. A
// [Plan] is what the applicant chooses: start and last day, rate, hours,
// work mode, degree and so on, where the zero value of every field means
// "not given". [Compute] turns the two into a [Quote]: the window, the paid
// holidays in it, the hours, overtime, gross pay across the band and at the
// chosen rate, week by week, sick time, housing, and the eligibility checks
// with the posting line each rests on.
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
// exact in decimal.
//
// Holiday dates come from github.com/rickar/cal/v2, which has the US rules
// and their tests; a [HolidayRule] is their JSON form, and [Date] hides
// cal's use of time.Local.
//
// Compute never panics on any Policy or Plan value: invalid input is an
// error, a *[FieldError] naming the field, the value and what is accepted.
// The package imports neither go-app nor syscall/js, and its tests run both
// natively and under GOOS=js GOARCH=wasm.
package calc
