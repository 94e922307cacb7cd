package link

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// KeyOffer is the query key of a comparison's link, once for each offer
// (compare.FieldOffer): /compare?offer=Q1&offer=Q2, where each Q is the
// query of that offer's calculator link, URL-encoded.
const KeyOffer = string(compare.FieldOffer)

// An OfferLink is one offer of a comparison's link: the query keys of the
// calculator's link for it (the posting's, the plan's, the profile's) and
// the applicant's costs, compare.FieldRent and compare.FieldTravel.
type OfferLink struct {
	// Source is where the posting's terms come from: the shipped posting,
	// terms in the link, or a same-origin policyUrl to fetch.
	Source Source
	Plan   calc.Plan
	// ProfileQuery holds the profile's keys (tax.ProfileFields) as the link
	// gives them, trimmed, those not empty: a profile's defaults are its
	// posting's (tax.ProfileFor gives its state), and the posting of a
	// policyUrl is not known until it is fetched. Profile reads it over
	// them.
	ProfileQuery url.Values
	Rent, Travel decimal.Decimal // a month's rent, and the travel there and back
}

// Profile returns the offer's take-home profile: ProfileQuery read over
// def (see ParseProfile), usually tax.ProfileFor of the posting.
func (o OfferLink) Profile(def tax.Profile) (tax.Profile, error) {
	return ParseProfile(o.ProfileQuery, def)
}

// Offer returns the offer to compute with posting p (Source.Policy, or
// the terms fetched from Source.URL), its profile read over
// tax.ProfileFor(p).
func (o OfferLink) Offer(p calc.Policy) (compare.Offer, error) {
	t, err := o.Profile(tax.ProfileFor(p))
	return compare.Offer{Policy: p, Plan: o.Plan, Profile: t, Rent: o.Rent, Travel: o.Travel}, err
}

// ParseOffer reads one offer from a calculator link's query values: the
// posting keys (ParseSource, with page for a policyUrl), the plan's
// (ParsePlan), the profile's (checked as ParseProfile would read them,
// kept in ProfileQuery) and the costs. Its errors are theirs, joined,
// each a *calc.FieldError named by its key; the costs' range is
// compare.Summarize's to check.
func ParseOffer(page *url.URL, v url.Values) (OfferLink, error) {
	var o OfferLink
	var errs []error
	var err error
	o.Source, err = ParseSource(page, v)
	errs = append(errs, err)
	o.Plan, err = ParsePlan(v)
	errs = append(errs, err)
	_, err = ParseProfile(v, tax.Profile{}) // the form of each value; not the default's business
	errs = append(errs, err)
	for _, f := range tax.ProfileFields() {
		if s := strings.TrimSpace(v.Get(string(f))); s != "" {
			if o.ProfileQuery == nil {
				o.ProfileQuery = url.Values{}
			}
			o.ProfileQuery.Set(string(f), s)
		}
	}
	r := reader{v: v}
	r.amount(compare.FieldRent, &o.Rent, false, "a month's rent in dollars, like 2100", "an amount of $0 or more")
	r.amount(compare.FieldTravel, &o.Travel, false, "a dollar amount, like 450", "an amount of $0 or more")
	return o, errors.Join(append(errs, r.errs...)...)
}

// FormatOffer returns the offer's query values: FormatSource's, then
// FormatPlan's, ProfileQuery's and the costs when not zero, so that
// ParseOffer reads it back. The error is FormatSource's.
func FormatOffer(o OfferLink) (url.Values, error) {
	v, err := FormatSource(o.Source)
	if err != nil {
		return nil, err
	}
	for k, vs := range FormatPlan(o.Plan) {
		v[k] = vs
	}
	for _, f := range tax.ProfileFields() {
		set(v, f, strings.TrimSpace(o.ProfileQuery.Get(string(f))))
	}
	set(v, compare.FieldRent, amount(o.Rent))
	set(v, compare.FieldTravel, amount(o.Travel))
	return v, nil
}

// ParseOffers reads a comparison's link: 1 to compare.MaxOffers values of
// KeyOffer, each an offer's calculator query (ParseOffer). Every error is
// a *calc.FieldError named for its offer, from 0, as compare.OfferField
// does ("offer[2].rate", "offer[0].policy.band.min"; "offer[1]" for a
// value that is not a query), all of them joined, beside the offers read
// so far; too few or too many offers is one error for KeyOffer, with no
// offer read.
func ParseOffers(page *url.URL, v url.Values) ([]OfferLink, error) {
	qs := v[KeyOffer]
	if len(qs) == 0 || len(qs) > compare.MaxOffers {
		return nil, calc.NewFieldError(compare.FieldOffer, strconv.Itoa(len(qs))+" offers", offersWant)
	}
	out := make([]OfferLink, len(qs))
	var errs []error
	for i, q := range qs {
		ov, err := url.ParseQuery(q)
		if err != nil {
			errs = append(errs, calc.NewFieldError(compare.OfferField(i, ""), q, "an offer's calculator link, its query URL-encoded: start=2026-05-11&rate=50"))
			continue
		}
		out[i], err = ParseOffer(page, ov)
		errs = append(errs, offerErrors(i, err)...)
	}
	return out, errors.Join(errs...)
}

// FormatOffers returns a comparison's link for the offers: KeyOffer once
// for each, in order, its value the offer's query (FormatOffer) encoded,
// so that ParseOffers reads them back. The error names its offer, or is
// KeyOffer's for too few or too many.
func FormatOffers(offers []OfferLink) (url.Values, error) {
	if len(offers) == 0 || len(offers) > compare.MaxOffers {
		return nil, calc.NewFieldError(compare.FieldOffer, strconv.Itoa(len(offers))+" offers", offersWant)
	}
	v := url.Values{KeyOffer: make([]string, 0, len(offers))}
	var errs []error
	for i, o := range offers {
		q, err := FormatOffer(o)
		errs = append(errs, offerErrors(i, err)...)
		v[KeyOffer] = append(v[KeyOffer], q.Encode())
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return v, nil
}

// offersWant is what KeyOffer's error asks for; a test keeps its 4 that
// of compare.MaxOffers.
const offersWant = "from 1 to 4 offers, each a calculator link's query"

// offerErrors names err's fields for offer i.
func offerErrors(i int, err error) []error {
	if err == nil {
		return nil
	}
	fes := calc.FieldErrors(err)
	if len(fes) == 0 {
		return []error{err}
	}
	out := make([]error, len(fes))
	for k, fe := range fes {
		out[k] = &calc.FieldError{Field: compare.OfferField(i, fe.Field), Value: fe.Value, Want: fe.Want}
	}
	return out
}
