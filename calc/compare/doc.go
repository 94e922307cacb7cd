// Package compare puts quotes side by side, one column a quote, and marks
// the best figure of each row where better is unambiguous: the published
// start dates of a posting with the applicant's plan ([PublishedStarts]),
// plans the applicant pinned, and offers from several postings.
//
// # Design
//
// A [Comparison] holds values, not text: dates, amounts and statuses, each
// with the direction that is better for an applicant, so that a page, a CSV
// file and a test read the same figures. A row whose figures are all the
// same has no best, and a row where more is not better for everyone marks
// none.
package compare
