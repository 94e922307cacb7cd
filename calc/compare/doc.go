// Package compare puts quotes side by side, one column a quote, and marks
// the best figure of each row where better is unambiguous: the published
// start dates of a posting with the applicant's plan ([PublishedStarts]),
// plans the applicant pinned ([Quotes]), and offers from several postings,
// possibly in several states ([Offers]).
//
// # Design
//
// A [Comparison] holds values, not text: dates, amounts and statuses, each
// with the direction that is better for an applicant, so that a page, a CSV
// file and a test read the same figures. A row whose figures are all the
// same has no best, and a row where more is not better for everyone marks
// none ([BetterNone]): a tax refund is your own pay withheld too early, and
// a weekly paycheck is not comparable with a biweekly one.
//
// An [Offer] is a posting with the applicant's plan, take-home profile and
// costs (a month's rent, the travel); [Summarize] computes it (calc.Compute,
// then tax.Compute) into the figures a column shows, and [Offers] lines up
// to [MaxOffers] of them in an [OfferComparison], which writes itself as
// CSV. What an offer leaves is cash by its last day: the net pay of the
// checks paid by then (a housing allowance paid in cash included) less the
// rent, prorated by calendar month, and the travel. Nothing here rounds a
// figure except the rent, billed in cents month by month.
package compare
