package offers

import (
	"encoding/json"
	"net/url"
	"slices"
	"strconv"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/internal/saved"
)

// readText reads the pasted text into the editor's fields.
func (p *Page) readText() {
	text := p.ed.text
	r, why := read(text, p.today)
	if r == nil {
		p.ed.textErr = why
		return
	}
	keep := p.ed.text
	p.ed = editor{text: keep}
	p.ed.start(r)
	p.editorV++
	p.active = ""
	p.editStatus = ""
	if len(r.tiers) > 1 {
		p.editStatus = "The posting offers more than one pay band: choose yours under the pay band."
	}
}

// savePosting keeps the editor's terms in your postings, under the
// editor's name: a new posting, or the one being edited again.
func (p *Page) savePosting() {
	e := &p.ed
	if !e.ok {
		p.editStatus = "Fix the fields marked above first."
		return
	}
	pol := clonePolicy(e.policy)
	i := saved.Find(p.postings, e.savedID)
	switch {
	case i >= 0:
		pol.ID = e.savedID
	case len(p.postings) >= saved.MaxPostings:
		p.editStatus = "You keep " + strconv.Itoa(saved.MaxPostings) + " postings already: remove one first."
		return
	default:
		pol.ID = p.freeID(pol.ID)
	}
	s, err := saved.New(pol, clipText(e.name, 120), e.read.text)
	if err != nil {
		p.editStatus = "The terms could not be saved: " + err.Error() + "."
		return
	}
	before := slices.Clone(p.postings)
	if i >= 0 {
		p.postings[i] = s
	} else {
		p.postings = append(p.postings, s)
	}
	if !p.storePostings() {
		p.postings = before
		p.editStatus = p.status
		return
	}
	e.savedID = s.ID
	p.editStatus = "Saved to your postings as " + strconv.Quote(s.Name) + "."
}

// freeID returns id, or id with a number after it, so that no two of your
// postings (nor one and the shipped posting) share an id: the plan kept
// for a posting is kept by its id.
func (p *Page) freeID(id string) string {
	if id == "" {
		id = "posting"
	}
	if len(id) > 90 {
		id = id[:90]
	}
	shipped := calc.DefaultPolicy().ID
	out := id
	for n := 2; out == shipped || saved.Find(p.postings, out) >= 0; n++ {
		out = id + "-" + strconv.Itoa(n)
	}
	return out
}

// editPosting opens your posting id in the editor, beside its text.
func (p *Page) editPosting(id string) {
	i := saved.Find(p.postings, id)
	if i < 0 {
		return
	}
	s := p.postings[i]
	p.ed = editor{text: s.Text}
	if s.Text != "" {
		if r, _ := read(s.Text, p.today); r != nil {
			// The terms as saved, beside the lines read: those the
			// applicant entered are theirs, and a tier chosen is chosen.
			tier := r.savedTier(s.Terms)
			if tier >= 0 {
				r.withTier(tier)
			}
			r.policy = s.Terms
			r.entered = enteredTerms(s.Terms.Assumptions)
			p.ed.start(r)
			if tier >= 0 {
				p.ed.form.values.Set("tier", strconv.Itoa(tier))
			}
		}
	}
	if p.ed.read == nil {
		p.ed.startFrom(s.Terms, s.Text, s.Name, s.ID)
	}
	p.ed.name, p.ed.savedID = s.Name, s.ID
	p.textShown = s.Text
	p.pasteV++
	p.editorV++
	p.editStatus = "Editing " + strconv.Quote(s.Name) + ": save the changes when they are right."
}

// removePosting removes your posting id, and the plan kept for it.
func (p *Page) removePosting(id string) {
	i := saved.Find(p.postings, id)
	if i < 0 {
		return
	}
	s := p.postings[i]
	before := p.postings
	p.postings = slices.Delete(slices.Clone(p.postings), i, i+1)
	if !p.storePostings() {
		p.postings = before
		p.listStatus = p.status
		return
	}
	p.store.Remove(saved.PlanKey + id)
	delete(p.picked, id)
	if p.ed.savedID == id {
		p.ed.savedID = ""
	}
	p.listStatus = "Removed " + strconv.Quote(s.Name) + " from your postings."
}

// downloadPosting is your posting id's terms (the shipped posting's for
// ""), as the JSON file the calculator reads back.
func (p *Page) downloadPosting(id string) Effect {
	pol := calc.DefaultPolicy()
	if id != "" {
		i := saved.Find(p.postings, id)
		if i < 0 {
			return Effect{}
		}
		pol = p.postings[i].Terms
	}
	b, err := json.MarshalIndent(pol, "", "  ")
	if err != nil {
		p.listStatus = "The terms could not be written: " + err.Error() + "."
		return Effect{}
	}
	name := pol.ID
	if name == "" {
		name = "posting"
	}
	return Effect{Download: &File{Name: name + ".json", Type: "application/json", Data: append(b, '\n')}}
}

// compareChosen opens the comparison of the postings chosen, each with the
// plan kept for it.
func (p *Page) compareChosen() Effect {
	var ids []string
	if p.picked[""] {
		ids = append(ids, "")
	}
	for _, s := range p.postings {
		if p.picked[s.ID] {
			ids = append(ids, s.ID)
		}
	}
	if len(ids) < 2 || len(ids) > compare.MaxOffers {
		p.listStatus = "Choose from 2 to " + strconv.Itoa(compare.MaxOffers) + " postings to compare (" + strconv.Itoa(len(ids)) + " chosen)."
		return Effect{}
	}
	v := url.Values{}
	for _, id := range ids {
		pol := calc.DefaultPolicy()
		if id != "" {
			pol = p.postings[saved.Find(p.postings, id)].Terms
		}
		q := p.keptPlan(pol)
		if !isShipped(pol) {
			enc, err := link.FormatPosting(pol)
			if err != nil {
				continue
			}
			q.Set(link.KeyPolicy, enc)
		}
		v.Add(link.KeyOffer, q.Encode())
	}
	return Effect{Navigate: "/compare?" + v.Encode()}
}

// keptPlan is the plan kept for a posting on this device (a calculator
// query), or none.
func (p *Page) keptPlan(pol calc.Policy) url.Values {
	v, err := url.ParseQuery(p.store.Get(saved.PlanKey + pol.ID))
	if err != nil {
		return url.Values{}
	}
	for _, k := range link.PostingKeys() {
		v.Del(k)
	}
	return v
}
