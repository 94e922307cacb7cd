// Package offers is the offers page: your postings (/postings), where a
// posting's text is pasted, read (calc/posting), checked term by term
// beside the sentences it came from, and kept; and the comparison of
// offers (/compare), two to four postings each with its own plan and what
// the applicant will pay, side by side (calc/compare).
//
// # Design
//
// The page is a program of its own, web/offers.wasm (internal/offerswasm),
// not a part of the calculator's app.wasm: most visitors never open it, and
// the posting reader alone would cost everyone who opens the calculator a
// tenth more to download. It has no UI framework. A [Page] holds the
// state, as the calculator's controller does, in plain Go, tested
// natively; it writes the page's regions as HTML (internal/markup), and the
// glue sets each region's HTML when it changes and passes back what the
// applicant does: [Page.Input] for typing and choices, [Page.Click] for
// buttons (by their data-action), [Page.File] for a file picked.
//
// A region that holds fields is written again only when the fields
// themselves change (another reading, an offer added): typing never
// replaces the field typed in. What follows the typing, each field's
// message and the figures, is in regions of its own ([Page.Messages],
// the comparison).
//
// Storage is the calculator's (internal/saved): your postings, and the
// plan kept for each, which an offer starts from.
package offers
