// Package tax estimates an intern's take-home pay: what each paycheck
// withholds and pays, and, for the year, the tax actually owed against
// what was withheld, so what comes back when the applicant files.
//
// [Compute] takes a quote from calc.Compute and a [Profile] (pay frequency,
// other income, the state worked in, withholding allowances, a nonresident
// alien student's country and treaty exemption, how housing is paid) and
// returns an [Estimate]: the pay periods from the first day, each
// [Paycheck]'s lines ([Line]: federal, Social Security, Medicare, state,
// local, and the state's payroll premiums), the totals, each calendar
// [Year]'s tax owed, and, on request, what the part-year employment method
// would withhold instead ([PartYearMethod]), with the letter that asks for
// it. [ProfileFor] is where an applicant starts: the posting's state.
//
// # Design
//
// US payroll withholds from each paycheck as if it were earned all year
// (IRS Publication 15-T annualizes every period), so a 12-week intern is
// over-withheld; the estimate computes both sides, withholding as payroll
// does and the tax as the return would (with the tax tables a return
// uses), so the difference is the refund.
//
// Every figure is data, not code: data/federal-YYYY.json and one file per
// state or city and year, each rate, bracket, cap and threshold with its
// source (publication, table, year) that [Estimate.Sources] returns for the
// app to show. A jurisdiction's figures name its two methods, one for
// withholding (California's Method B, New York's tables, Massachusetts'
// Circular M, a flat rate with allowances, none) and one for the tax owed
// (its return's), and the methods are the only code that differs by
// state. A figure that stands in for one not yet published is marked
// provisional, with a note. A paycheck belongs to the year of its pay date,
// and a year without published figures uses the latest ones, saying so.
// [Supported] lists the states known; any other state is estimated federal
// only, and the estimate says so. docs/tax.md lists the figures, their
// sources and how sure each is.
//
// Amounts are exact decimals. Each paycheck's lines are rounded to cents
// (half away from zero) once, after the division by the periods in a year;
// totals are sums of the rounded lines; the tax owed for a year is rounded
// to cents once (a return's tax table rounds to the dollar). Compute never
// panics, and its errors are *calc.FieldError values naming a [Profile]'s
// field.
package tax
