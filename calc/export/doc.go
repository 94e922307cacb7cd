// Package export takes a quote (calc.Compute's) out of the calculator as
// files: an iCalendar file of its dates (RFC 5545) that calendar apps
// import, and a CSV file of its weeks (RFC 4180) that spreadsheets open.
//
// # Design
//
// The files are written from the quote alone, with the posting for names:
// nothing here computes a figure. The CSV's weekly gross figures are the
// quote's Week.GrossCents, so the rows add up exactly to the total row, as
// a spreadsheet's sum would check. Calendar events are all-day events on
// civil dates (a first day of work is a day, not an instant), each with a
// UID that stays the same for the same plan and posting, so that importing
// a file twice updates its events rather than duplicating them.
package export
