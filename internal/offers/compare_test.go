package offers

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/link"
)

// A comparison is of two to four offers: one alone is shown with a notice
// that a comparison needs two, and a fifth is refused with a message, on
// the postings page, by the add button and in a link.
func TestCompareTwoToFour(t *testing.T) {
	// One offer: the page says to add another.
	c := newPage(t, Compare, "http://localhost/compare", MemStore{})
	if len(c.offers) != 1 {
		t.Fatalf("%d offers with no postings and no link", len(c.offers))
	}
	if table := region(c, "comparison"); !strings.Contains(table, "A comparison needs two offers") {
		t.Errorf("one offer, and no word that a comparison needs two: %.600s", table)
	}
	c.Click("add-offer", "")
	if table := region(c, "comparison"); strings.Contains(table, "needs two") {
		t.Error("two offers, and still told a comparison needs two")
	}
	// Up to four; the fifth is refused, and the button is gone.
	c.Click("add-offer", "")
	c.Click("add-offer", "")
	if len(c.offers) != compare.MaxOffers || strings.Contains(region(c, "offers"), `id="add-offer"`) {
		t.Fatalf("%d offers; the add button still there: %v", len(c.offers), strings.Contains(region(c, "offers"), `id="add-offer"`))
	}
	c.Click("add-offer", "")
	if len(c.offers) != compare.MaxOffers || !strings.Contains(region(c, "page-status"), "at most") {
		t.Errorf("a fifth offer: %d offers, status %q", len(c.offers), region(c, "page-status"))
	}
	// A link with five: four are compared, and the page says the fifth is
	// left out.
	v := url.Values{}
	for i := 0; i < 5; i++ {
		v.Add(link.KeyOffer, "start=2026-06-01&rent="+strconv.Itoa(1000+i))
	}
	five := newPage(t, Compare, "http://localhost/compare?"+v.Encode(), MemStore{})
	status := region(five, "page-status")
	if len(five.offers) != compare.MaxOffers || len(five.result.columns) != compare.MaxOffers ||
		!strings.Contains(status, "5 offers") || !strings.Contains(status, "fifth") {
		t.Errorf("a link with five offers: %d offers, %d columns, status %q", len(five.offers), len(five.result.columns), status)
	}
	// The postings page: one or five postings chosen are refused.
	st := MemStore{}
	p := newPage(t, Postings, "http://localhost/postings", st)
	for _, f := range []string{"01-seattle-markdown.txt", "02-nyc-html.txt", "03-boston-weekly.txt", "04-chicago-monthly.txt"} {
		pasted(t, p, corpus(t, f))
		p.Click("save", "")
	}
	p.Input("pick-", "yes")
	if eff := p.Click("compare", ""); eff.Navigate != "" || !strings.Contains(p.listStatus, "Choose from 2 to 4 postings to compare (1 chosen)") {
		t.Errorf("one chosen: %+v, %q", eff, p.listStatus)
	}
	for _, s := range p.postings {
		p.Input("pick-"+s.ID, "yes")
	}
	if eff := p.Click("compare", ""); eff.Navigate != "" || !strings.Contains(p.listStatus, "(5 chosen)") {
		t.Errorf("five chosen: %+v, %q", eff, p.listStatus)
	}
}
