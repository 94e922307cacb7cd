// Package tax estimates an intern's take-home pay: what each paycheck
// withholds and pays, and, for the year, the tax actually owed against
// what was withheld, so what comes back when the applicant files.
//
// [Compute] takes a quote from calc.Compute and a [Profile] (pay frequency,
// other income, withholding allowances, exemptions) and returns an
// [Estimate]: the pay periods from the first day, each [Paycheck]'s lines,
// the totals, each calendar [Year]'s tax owed, and, on request, what the
// part-year employment method would withhold instead ([PartYearMethod]).
// [DefaultProfile] is where an applicant starts.
//
// # Design
//
// US payroll withholds from each paycheck as if it were earned all year
// (IRS Publication 15-T annualizes every period), so a 12-week intern is
// over-withheld; the estimate computes both sides, withholding as payroll
// does and the tax as the return would, so the difference is the refund.
//
// Every figure is data: a [Table] per tax year, each rate, bracket, cap and
// threshold with its source (publication, table, year), and a figure that
// stands in for one not yet published marked provisional. A paycheck belongs
// to the year of its pay date, and a year without published figures uses
// the latest ones, saying so. docs/tax.md lists the figures and their
// sources.
//
// Amounts are exact decimals. Each paycheck's lines are rounded to cents
// (half away from zero) once, after the division by the periods in a year;
// totals are sums of the rounded lines; the tax owed for a year is rounded
// to cents once. Compute never panics, and its errors are *calc.FieldError
// values naming a [Profile]'s field.
package tax
