package main

import (
	"net/url"

	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/internal/saved"
)

// Your postings are kept by the offers page (/postings, internal/offers),
// where a posting is pasted, checked and saved; the calculator lists them,
// computes the one chosen, and keeps a plan for each.

// posting returns your posting with id.
func (c *controller) posting(id string) (saved.Posting, bool) {
	i := saved.Find(c.postings, id)
	if i < 0 {
		return saved.Posting{}, false
	}
	return c.postings[i], true
}

// usePosting computes your posting id: its terms go into the link, as a
// file's do, and the page then restores the plan kept for it.
func (c *controller) usePosting(id string) bool {
	s, ok := c.posting(id)
	if !ok {
		return false
	}
	enc, err := link.FormatPosting(s.Terms)
	if err != nil {
		c.src.fileErr = policyMessage(err, "kept on this device")
		return false
	}
	c.src = postingSource{from: s.Name, keys: url.Values{link.KeyPolicy: {enc}}, saved: s.ID}
	c.load(s.Terms, nil)
	c.edited = false
	return true
}

// recognize names the posting computed after your posting of the same
// terms, when it is one: a link to it keeps its plan on this device too.
func (c *controller) recognize() {
	if !c.usable() || c.src.saved != "" || c.src.keys.Get(link.KeyPolicy) == "" {
		return
	}
	if s, ok := c.posting(c.policy.ID); ok && saved.Same(s, c.policy) {
		c.src.saved, c.src.from = s.ID, s.Name
	}
}

// postingsLink is the offers page's link for the posting computed: your
// postings, where another is pasted and offers are compared.
func postingsLink() string { return "/postings" }
