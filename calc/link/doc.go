// Package link is the calculator's link format: a plan (calc.Plan), a
// take-home profile (tax.Profile) and the posting they are computed with,
// as the query of a URL, so that a link reproduces a result and a page
// keeps its state where the applicant can share it; and a comparison's
// link, several such offers side by side.
//
//	/?start=2026-05-11&rate=52.50&hours=45&pay=weekly
//	/?policy=eyJpZCI6…&start=2026-06-01         (a posting's terms in the link)
//	/widget?policyUrl=/web/policy-sample.json    (a posting's file on the same site)
//	/compare?offer=start%3D2026-05-11%26rent%3D2100&offer=policyUrl%3D…
//
// # Design
//
// Each value has one pair of functions, as net/netip does: ParsePlan and
// FormatPlan, ParseProfile and FormatProfile, ParseSource and FormatSource
// (with ParsePosting and FormatPosting for the posting's terms themselves),
// ParseOffer and FormatOffer, ParseOffers and FormatOffers. Format writes
// only what was given, so Parse(Format(v)) is v again; the fuzz tests
// check that round trip.
//
// A comparison's link repeats the key offer, 1 to compare.MaxOffers
// times, each value the query of that offer's calculator link, encoded:
// the posting's keys, the plan's, the profile's, and the offer's own, rent
// (a month) and travel. A profile starts from its posting's (its state),
// and the posting of a policyUrl is known only once fetched, so an
// [OfferLink] keeps the profile's keys as given and reads them over a
// default when asked ([OfferLink.Profile], [OfferLink.Offer]). An
// offer's errors name it from 0, as compare.OfferField does:
// "offer[2].rate", "offer[0].policy.band.min".
//
// The query keys of a plan and a profile are their calc.Field values, so
// an error from reading a link, from calc.Compute and from the estimate
// names the same field, and a form shows each message beside its input.
// Parse functions check form only (a date is a date, an amount a number,
// with at most 30 digits and no exponent, so no value costs more than a few
// operations); range and consistency (an end before the start, a rate of
// $5,000) are Compute's and the estimate's (and an offer's rent and
// travel compare.Summarize's). Every problem is a *calc.FieldError, all of
// them joined, beside the value read so far.
//
// A posting fetched by address (policyUrl) must be on the page's own origin:
// a link cannot make the calculator fetch from, or reveal a plan to,
// another site.
package link
