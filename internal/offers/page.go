package offers

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/internal/saved"
)

// A Store is the browser's local storage, as the page uses it.
type Store interface {
	Get(key string) string
	// Set stores value, or says why the browser refused (full, or off).
	Set(key, value string) error
	Remove(key string)
}

// MemStore is a Store in memory: the server's, which has no storage, and
// the tests'.
type MemStore map[string]string

func (m MemStore) Get(key string) string       { return m[key] }
func (m MemStore) Set(key, value string) error { m[key] = value; return nil }
func (m MemStore) Remove(key string)           { delete(m, key) }

// The pages.
const (
	Postings = "postings" // /postings: your postings, and a posting pasted
	Compare  = "compare"  // /compare: offers side by side
)

// A Page is the offers page's state: your postings, the posting being
// pasted and checked, and the offers compared. Its methods are what the
// applicant does; the glue shows its Regions and Messages after each.
type Page struct {
	kind   string
	store  Store
	page   *url.URL  // the page's address: its origin, for policyUrl links
	today  calc.Date // the day the page is opened: a posting's dates without a year are the next ones
	status string    // the page's notice

	postings []saved.Posting

	// The postings page.
	ed         editor
	textShown  string // the paste box's text, as the page last set it
	pasteV     int    // names textShown: the paste box is written again when it changes
	editorV    int    // names the editor's fields: written again when they change
	active     string // the term whose field has the focus, highlighted in the text
	editStatus string
	listStatus string
	fileErr    string
	picked     map[string]bool // postings chosen to compare; "" is the shipped one

	// The comparison.
	offers  []*offer
	about   url.Values    // the applicant's own profile keys, for every offer (f1, country)
	linked  []calc.Policy // postings a link carries that are not yours
	offersV int           // names the offers' fields
	result  comparison

	cache map[string]cachedRegion // see once
}

// New opens page kind at address u, with the storage st; today is the day
// it is opened, by the applicant's clock (a posting that states no year
// has its dates on or after it: see posting.Options.Today).
func New(kind string, u *url.URL, st Store, today calc.Date) *Page {
	p := &Page{kind: kind, store: st, page: u, today: today, picked: map[string]bool{}, about: url.Values{}}
	var dropped int
	p.postings, dropped = saved.Parse(st.Get(saved.PostingsKey))
	if dropped > 0 {
		p.status = "Some of your saved postings could not be read, and are left out."
	}
	if kind == Compare {
		p.openOffers(u.Query())
	}
	return p
}

// Kind is the page: Postings or Compare.
func (p *Page) Kind() string { return p.kind }

// Adopt takes what was typed into the page before its code ran (the
// server's page is usable at once): control id to value.
func (p *Page) Adopt(typed map[string]string) {
	for id, v := range typed {
		p.Input(id, v)
	}
	if v, ok := typed["posting-text"]; ok {
		p.textShown = v
		p.pasteV++
	}
}

// Input is typing in a field, or a choice made in one (a select, a
// checkbox: its value is "yes" when ticked, "" when not); id is the
// control's.
func (p *Page) Input(id, value string) {
	switch {
	case id == "posting-text":
		p.ed.text = value
	case id == "edit-name":
		p.ed.name = value
	case id == "edit-tier":
		i, _ := strconv.Atoi(value)
		p.ed.chooseTier(i)
		p.editorV++
	case strings.HasPrefix(id, "edit-"):
		key := id[len("edit-"):]
		if p.ed.read == nil {
			return
		}
		p.ed.input(key, value)
		if key == "state" { // New York has a city field
			p.editorV++
		}
		p.editStatus = ""
	case strings.HasPrefix(id, "pick-"):
		p.picked[id[len("pick-"):]] = value != ""
	case strings.HasPrefix(id, "about-"):
		p.about.Set(id[len("about-"):], value)
		p.compute()
	case strings.HasPrefix(id, "o"):
		p.offerInput(id, value)
	}
}

// Focus is the focus moving to the control id: the line its term was read
// from is highlighted in the text.
func (p *Page) Focus(id string) {
	key, ok := strings.CutPrefix(id, "edit-")
	if !ok {
		return
	}
	for _, f := range editorFields {
		if f.key == key {
			p.active = f.term
			return
		}
	}
	if strings.HasPrefix(key, "holiday.") {
		p.active = "holidays"
	}
}

// An Effect is what a click asks of the browser, beyond the page: a file
// to download, text to copy, or another page to open.
type Effect struct {
	Download *File
	Copy     string
	Navigate string
}

// A File is a download: its name, type and bytes.
type File struct {
	Name, Type string
	Data       []byte
}

// Click is a button with data-action action (and data-arg arg) pressed.
func (p *Page) Click(action, arg string) Effect {
	switch action {
	case "read":
		p.readText()
	case "save":
		p.savePosting()
	case "edit":
		p.editPosting(arg)
	case "remove":
		p.removePosting(arg)
	case "download":
		return p.downloadPosting(arg)
	case "compare":
		return p.compareChosen()
	case "add-offer":
		p.addOffer()
	case "remove-offer":
		i, _ := strconv.Atoi(arg)
		p.removeOffer(i)
	case "csv":
		return p.csv()
	case "copy-link":
		u := *p.page
		u.RawQuery = p.Query()
		return Effect{Copy: u.String()}
	}
	return Effect{}
}

// Copied says whether text the page asked to copy was copied.
func (p *Page) Copied(ok bool) {
	if ok {
		p.status = "The comparison's link is copied."
	} else {
		p.status = "The browser did not let the page copy: copy the address from the address bar."
	}
}

// File is a posting's terms as a JSON file the applicant picked, or why
// it could not be read: they join your postings.
func (p *Page) File(name string, data []byte, why string) {
	p.fileErr = ""
	if why != "" {
		p.fileErr = why
		return
	}
	if len(data) > calc.MaxPolicySize {
		p.fileErr = name + ": the file is " + strconv.Itoa(len(data)>>10) + " KB; a posting's terms fit in " + strconv.Itoa(calc.MaxPolicySize>>10) + " KB."
		return
	}
	pol, err := calc.ParsePolicy(data)
	if err != nil {
		p.fileErr = name + ": " + policyMessage(err, "in the file")
		return
	}
	p.ed = editor{}
	p.ed.startFrom(pol, "", pol.Title, "")
	p.editorV++
	p.editStatus = "Read from " + name + ": check the terms, then save them to your postings."
}

// Query is the page's link: the comparison's offers as typed, so that a
// reload or a shared link shows what was typed, and its messages. The
// postings page has none.
func (p *Page) Query() string {
	if p.kind != Compare {
		return ""
	}
	return p.offersQuery().Encode()
}

// setStatus is the page's notice.
func (p *Page) setStatus(s string) { p.status = s }

// storePostings keeps your postings; false, with the page saying why,
// when the browser refuses.
func (p *Page) storePostings() bool {
	raw := saved.Encode(p.postings)
	if raw == "" {
		p.store.Remove(saved.PostingsKey)
		return true
	}
	if err := p.store.Set(saved.PostingsKey, raw); err != nil {
		p.setStatus("Your postings could not be saved on this device (" + err.Error() + "): download the terms as JSON to keep them.")
		return false
	}
	return true
}

// calculatorLink is the calculator's link for a posting's terms and plan:
// the terms in the link, unless they are the shipped posting's.
func calculatorLink(pol calc.Policy, plan url.Values) string {
	v := url.Values{}
	for k, vs := range plan {
		v[k] = vs
	}
	if !isShipped(pol) {
		if enc, err := link.FormatPosting(pol); err == nil {
			v.Set(link.KeyPolicy, enc)
		}
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// isShipped reports whether pol is the posting the calculator ships with.
func isShipped(pol calc.Policy) bool {
	a, _ := json.Marshal(pol)
	b, _ := json.Marshal(calc.DefaultPolicy())
	return string(a) == string(b)
}
