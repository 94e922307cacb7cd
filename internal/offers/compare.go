package offers

import (
	"bytes"
	"errors"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/offercalc/offercalc/internal/saved"
)

// An offer is one column of the comparison: a posting, and the fields of
// the applicant's plan for it as typed.
type offer struct {
	// posting names the posting: "" the shipped one, your posting's id,
	// or "link:N" for the link's Nth posting that is not yours.
	posting string
	policy  calc.Policy
	fields  fields // offerKeys' text
}

// offerKeys are the fields of an offer, in the form's order: the plan's,
// the pay frequency, and the costs. The link carries each under its own
// name (calc/link).
var offerKeys = []calc.Field{
	calc.FieldStart, calc.FieldEnd, calc.FieldRate, calc.FieldHours, calc.FieldHousing,
	tax.FieldPay, compare.FieldRent, compare.FieldTravel,
}

// aboutKeys are the applicant's own fields, the same for every offer.
var aboutKeys = []calc.Field{tax.FieldF1, tax.FieldCountry}

// A comparison is the offers computed: the columns that compute, side by
// side, and why each other does not.
type comparison struct {
	cmp      compare.OfferComparison
	columns  []int          // the offer of each of cmp's columns
	problems map[int]string // why an offer has no column
}

// openOffers reads a comparison's link, or, with none, starts with your
// postings (and the shipped one), each with its kept plan.
func (p *Page) openOffers(q url.Values) {
	raw := q[link.KeyOffer]
	if len(raw) > compare.MaxOffers {
		p.status = "The link has " + strconv.Itoa(len(raw)) + " offers; a comparison has two to " + strconv.Itoa(compare.MaxOffers) +
			": the first " + strconv.Itoa(compare.MaxOffers) + " are compared, the fifth and after left out."
		raw = raw[:compare.MaxOffers]
	}
	for i, r := range raw {
		v, err := url.ParseQuery(r)
		if err != nil {
			p.status = "Offer " + strconv.Itoa(i+1) + " of the link could not be read, and is left out."
			continue
		}
		o := &offer{fields: fields{values: url.Values{}}}
		src, err := link.ParseSource(p.page, v)
		switch {
		case err != nil:
			p.status = "The posting of offer " + strconv.Itoa(i+1) + " in the link cannot be read (" + policyMessage(err, "in the link") + "): the shipped posting stands in."
			o.policy = calc.DefaultPolicy()
		case src.URL != nil:
			p.status = "Offer " + strconv.Itoa(i+1) + " names its posting by address (policyUrl): open it in the calculator, save it to your postings, and compare it from there. The shipped posting stands in."
			o.policy = calc.DefaultPolicy()
		default:
			o.policy = src.Policy
		}
		o.posting = p.postingName(o.policy)
		for _, k := range offerKeys {
			if s := v.Get(string(k)); s != "" {
				o.fields.values.Set(string(k), s)
			}
		}
		for _, k := range aboutKeys {
			if s := v.Get(string(k)); s != "" && p.about.Get(string(k)) == "" {
				p.about.Set(string(k), s)
			}
		}
		o.defaultStart()
		p.offers = append(p.offers, o)
	}
	if len(p.offers) == 0 {
		p.offers = append(p.offers, p.newOffer(""))
		for _, s := range p.postings {
			if len(p.offers) == compare.MaxOffers {
				break
			}
			p.offers = append(p.offers, p.newOffer(s.ID))
		}
	}
	p.compute()
}

// postingName names a posting among the choices, adding it to the
// linked postings when it is not one of them.
func (p *Page) postingName(pol calc.Policy) string {
	if isShipped(pol) {
		return ""
	}
	if i := saved.Find(p.postings, pol.ID); i >= 0 && saved.Same(p.postings[i], pol) {
		return pol.ID
	}
	for i, l := range p.linked {
		if l.ID == pol.ID && saved.Same(saved.Posting{Policy: mustJSON(l)}, pol) {
			return "link:" + strconv.Itoa(i)
		}
	}
	p.linked = append(p.linked, pol)
	return "link:" + strconv.Itoa(len(p.linked)-1)
}

// newOffer is an offer of posting name, with the plan kept for it.
func (p *Page) newOffer(name string) *offer {
	o := &offer{posting: name, fields: fields{values: url.Values{}}}
	o.policy = p.postingTerms(name)
	kept := p.keptPlan(o.policy)
	for _, k := range offerKeys {
		if s := kept.Get(string(k)); s != "" {
			o.fields.values.Set(string(k), s)
		}
	}
	o.defaultStart()
	return o
}

// defaultStart gives an offer without a first day its posting's first
// start date, as the calculator does.
func (o *offer) defaultStart() {
	if o.fields.values.Get(string(calc.FieldStart)) != "" {
		return
	}
	if d := calc.DefaultPlan(o.policy).Start; !d.IsZero() {
		o.fields.values.Set(string(calc.FieldStart), d.String())
	}
}

// postingTerms are the terms of the posting named name (see offer).
func (p *Page) postingTerms(name string) calc.Policy {
	if i := saved.Find(p.postings, name); name != "" && i >= 0 {
		return p.postings[i].Terms
	}
	if n, ok := strings.CutPrefix(name, "link:"); ok {
		if i, err := strconv.Atoi(n); err == nil && i >= 0 && i < len(p.linked) {
			return p.linked[i]
		}
	}
	return calc.DefaultPolicy()
}

// offerInput is typing or a choice in an offer's field: id is "o" the
// offer's index "-" the field.
func (p *Page) offerInput(id, value string) {
	n, key, ok := strings.Cut(id[1:], "-")
	i, err := strconv.Atoi(n)
	if !ok || err != nil || i < 0 || i >= len(p.offers) {
		return
	}
	o := p.offers[i]
	if key == "posting" {
		if value == o.posting {
			return
		}
		*o = *p.newOffer(value)
		p.offersV++
	} else if slices.Contains(offerKeys, calc.Field(key)) {
		if strings.TrimSpace(value) == "" {
			o.fields.values.Del(key)
		} else {
			o.fields.values.Set(key, value)
		}
	}
	p.compute()
}

func (p *Page) addOffer() {
	if len(p.offers) >= compare.MaxOffers {
		p.status = "Four offers are compared at most: remove one first."
		return
	}
	p.offers = append(p.offers, p.newOffer(""))
	p.offersV++
	p.compute()
}

func (p *Page) removeOffer(i int) {
	if i < 0 || i >= len(p.offers) || len(p.offers) == 1 {
		return
	}
	p.offers = slices.Delete(p.offers, i, i+1)
	p.offersV++
	p.compute()
}

// query is offer o's calculator link: its posting (unless the shipped
// one), its fields, and the applicant's.
func (p *Page) query(o *offer, costs bool) url.Values {
	v := url.Values{}
	for k, vs := range o.fields.values {
		if costs || (k != string(compare.FieldRent) && k != string(compare.FieldTravel)) {
			v[k] = vs
		}
	}
	for k, vs := range p.about {
		if vs[0] != "" {
			v[k] = vs
		}
	}
	if !isShipped(o.policy) {
		if enc, err := link.FormatPosting(o.policy); err == nil {
			v.Set(link.KeyPolicy, enc)
		}
	}
	return v
}

// offersQuery is the comparison's link: each offer's query, as typed.
func (p *Page) offersQuery() url.Values {
	v := url.Values{}
	for _, o := range p.offers {
		v.Add(link.KeyOffer, p.query(o, true).Encode())
	}
	return v
}

// compute computes each offer that can be, and lines them up. An offer
// with a field that cannot be used has no column, and a message beside
// the field: no column ever shows figures of another plan than its
// fields'.
func (p *Page) compute() {
	p.result = comparison{problems: map[int]string{}}
	var ok []compare.Offer
	for i, o := range p.offers {
		o.fields.errs = map[string]string{}
		lk, err := link.ParseOffer(p.page, p.query(o, true))
		var off compare.Offer
		if err == nil {
			off, err = lk.Offer(o.policy)
		}
		if err == nil {
			_, err = compare.Summarize(off)
		} else {
			// The costs' range is Summarize's to check: with the plan
			// refused, check them with the posting's own plan, so that
			// every field's message shows at once.
			_, cerr := compare.Summarize(compare.Offer{Policy: o.policy, Plan: calc.DefaultPlan(o.policy), Profile: tax.ProfileFor(o.policy), Rent: lk.Rent, Travel: lk.Travel})
			for _, fe := range calc.FieldErrors(cerr) {
				if fe.Field == compare.FieldRent || fe.Field == compare.FieldTravel {
					err = errors.Join(err, fe)
				}
			}
		}
		if err != nil {
			for _, fe := range calc.FieldErrors(err) {
				k := string(fe.Field)
				if !slices.Contains(offerKeys, fe.Field) && !slices.Contains(aboutKeys, fe.Field) {
					k = "error"
				}
				if _, seen := o.fields.errs[k]; !seen {
					o.fields.errs[k] = fieldMessage(fe)
				}
			}
			if len(o.fields.errs) == 0 {
				o.fields.errs["error"] = err.Error()
			}
			p.result.problems[i] = "No figures until the fields marked above are fixed."
			continue
		}
		p.result.columns = append(p.result.columns, i)
		ok = append(ok, off)
	}
	if len(ok) == 0 {
		return
	}
	cmp, err := compare.Offers(ok)
	if err != nil { // each computed on its own above: not expected
		for _, i := range p.result.columns {
			p.result.problems[i] = err.Error()
		}
		p.result.columns = nil
		return
	}
	p.result.cmp = cmp
}

// csv is the comparison as a CSV file.
func (p *Page) csv() Effect {
	if len(p.result.columns) == 0 {
		p.status = "No offer computes yet: fix the fields marked above first."
		return Effect{}
	}
	var b bytes.Buffer
	if err := p.result.cmp.WriteCSV(&b); err != nil {
		p.status = "The CSV file could not be written: " + err.Error() + "."
		return Effect{}
	}
	return Effect{Download: &File{Name: "offers.csv", Type: "text/csv", Data: b.Bytes()}}
}

func mustJSON(pol calc.Policy) []byte {
	s, _ := saved.New(pol, "", "")
	return s.Policy
}
