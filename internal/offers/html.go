package offers

import (
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/offercalc/offercalc/internal/markup"
	"github.com/shopspring/decimal"
)

// A Region is a part of the page, by the id of its element, and its HTML.
type Region struct{ ID, HTML string }

// Regions returns the page's regions, in the page's order. A region that
// holds fields changes only when its fields do (see the package's design
// note).
func (p *Page) Regions() []Region {
	status := ""
	if p.status != "" {
		var w markup.Writer
		status = w.Elem("p", p.status, "class", "notice", "role", "status").String()
	}
	if p.kind == Compare {
		return []Region{
			{"page-status", status},
			{"offers", p.once("offers", strconv.Itoa(p.offersV), p.offersHTML)},
			{"comparison", p.comparisonHTML()},
		}
	}
	return []Region{
		{"page-status", status},
		{"postings", p.postingsHTML()},
		{"paste", p.once("paste", strconv.Itoa(p.pasteV), func() string { return pasteHTML(p.textShown) })},
		{"editor", p.once("editor", strconv.Itoa(p.editorV), p.editorHTML)},
		{"source", p.once("source", strconv.Itoa(p.editorV)+" "+p.active, p.sourceRegion)},
		{"editor-actions", p.editorActionsHTML()},
	}
}

// once returns a region's HTML as last written while key is the same:
// a region of fields is written again only when the fields change, not
// as they are typed in.
func (p *Page) once(name, key string, html func() string) string {
	if p.cache == nil {
		p.cache = map[string]cachedRegion{}
	}
	c, ok := p.cache[name]
	if !ok || c.key != key {
		c = cachedRegion{key, html()}
		p.cache[name] = c
	}
	return c.html
}

type cachedRegion struct{ key, html string }

// sourceRegion is the reading's text, its lines marked.
func (p *Page) sourceRegion() string {
	if p.ed.read == nil {
		return ""
	}
	return sourceHTML(p.ed.read, p.active)
}

// Messages returns the message beside each field, by the field's id: ""
// for a field without one. The glue writes each into the field's
// id-error element and sets the field's aria-invalid.
func (p *Page) Messages() map[string]string {
	m := map[string]string{}
	if p.kind == Compare {
		for _, k := range aboutKeys {
			m["about-"+string(k)] = ""
		}
		for i, o := range p.offers {
			pre := "o" + strconv.Itoa(i) + "-"
			m[pre+"error"] = o.fields.errs["error"]
			for _, k := range offerKeys {
				m[pre+string(k)] = o.fields.errs[string(k)]
			}
			for _, k := range aboutKeys {
				if msg := o.fields.errs[string(k)]; msg != "" {
					m["about-"+string(k)] = msg
				}
			}
		}
		return m
	}
	m["posting-text"] = p.ed.textErr
	m["policy-file"] = p.fileErr
	if p.ed.read != nil {
		for _, f := range editorFields {
			m["edit-"+f.key] = p.ed.form.errs[f.key]
		}
		m["edit-holiday.0"] = p.ed.form.errs["holiday.0"]
	}
	return m
}

// fieldHTML writes a labelled control with its hint and its message: the
// label, the control (written by control, given the id and the ids that
// describe it), the hint, the message.
func fieldHTML(w *markup.Writer, id, label, hint, msg string, control func(described string)) {
	w.Open("div", "class", "field"+markup.Pick(msg != "", " invalid", ""))
	w.Elem("label", label, "for", id)
	described := id + "-error"
	if hint != "" {
		described = id + "-hint " + described
	}
	control(described)
	if hint != "" {
		w.Elem("p", hint, "id", id+"-hint", "class", "hint")
	}
	w.Elem("p", msg, "id", id+"-error", "class", "field-error", "aria-live", "polite")
	w.Close("div")
}

// textInput writes a text field.
func textInput(w *markup.Writer, id, mode, value, placeholder, described string, invalid bool) {
	w.Open("input", "type", "text", "id", id, "name", id, "inputmode", mode, "autocomplete", "off", "spellcheck", "false",
		"value", value, "placeholder", markup.When(placeholder != "", placeholder),
		"aria-describedby", described, "aria-invalid", markup.Pick(invalid, "true", "false"))
}

// selectInput writes a select.
func selectInput(w *markup.Writer, id, current, described string, opts []option) {
	w.Open("select", "id", id, "name", id, "aria-describedby", described)
	for _, o := range opts {
		w.Open("option", "value", o.value, "selected", markup.When(o.value == current, "")).Text(o.label).Close("option")
	}
	w.Close("select")
}

// checkbox writes a checkbox with its label after it.
func checkbox(w *markup.Writer, id, label string, on bool, described string) {
	w.Open("div", "class", "field check-field")
	w.Open("input", "type", "checkbox", "id", id, "name", id, "checked", markup.When(on, ""), "aria-describedby", markup.When(described != "", described))
	w.Elem("label", label, "for", id)
	if described != "" {
		w.Elem("p", "", "id", id+"-error", "class", "field-error", "aria-live", "polite")
	}
	w.Close("div")
}

// button writes a button that does data-action.
func button(w *markup.Writer, label, action, arg, class string, attrs ...string) {
	a := append([]string{"type", "button", "class", class, "data-action", action, "data-arg", markup.When(arg != "" || action == "download", arg)}, attrs...)
	w.Open("button", a...).Text(label).Close("button")
}

// postingsHTML lists the shipped posting and yours, each with its
// actions, and the comparison of those chosen.
func (p *Page) postingsHTML() string {
	var w markup.Writer
	w.Elem("h2", "Your postings", "id", "postings-title")
	w.Elem("p", "Kept on this device only, each with its own plan in the calculator. Tick two to four to compare them as offers.", "class", "hint")
	w.Open("ul", "id", "your-postings", "class", "postings-list", "aria-labelledby", "postings-title")
	item := func(id, name string, pol calc.Policy, mine bool) {
		w.Open("li").Open("span", "class", "posting-label").Elem("strong", name)
		if where := joinNonEmpty(" · ", pol.Employer, pol.Location); where != "" {
			w.Text(" · " + where)
		}
		if !mine {
			w.Elem("span", " · the calculator's own", "class", "hint")
		}
		w.Close("span").Open("span", "class", "posting-actions")
		checkbox(&w, "pick-"+id, "Compare", p.picked[id], "")
		w.Open("a", "class", "button secondary", "href", calculatorLink(pol, p.keptPlan(pol)), "aria-label", "Open "+name+" in the calculator").Text("Open in the calculator").Close("a")
		button(&w, "Download (.json)", "download", id, "secondary", "aria-label", "Download the terms of "+name)
		if mine {
			button(&w, "Edit", "edit", id, "secondary", "aria-label", "Edit "+name)
			button(&w, "Remove", "remove", id, "secondary", "aria-label", "Remove "+name)
		}
		w.Close("span").Close("li")
	}
	def := calc.DefaultPolicy()
	item("", def.Title, def, false)
	for _, s := range p.postings {
		item(s.ID, s.Name, s.Terms, true)
	}
	w.Close("ul")
	w.Open("div", "class", "tool-buttons")
	button(&w, "Compare the ticked postings", "compare", "", "primary", "id", "compare-chosen")
	w.Close("div")
	w.Elem("p", p.listStatus, "id", "postings-status", "class", "hint", "aria-live", "polite")
	w.Elem("h3", "Add a posting's terms from a JSON file")
	fieldHTML(&w, "policy-file", "A posting's terms as JSON (as “Download (.json)” writes them)",
		"Read in your browser: the file is not uploaded anywhere.", p.fileErr, func(described string) {
			w.Open("input", "type", "file", "id", "policy-file", "accept", ".json,application/json", "aria-describedby", described)
		})
	return w.String()
}

// pasteHTML is the box a posting's text is pasted into.
func pasteHTML(text string) string {
	var w markup.Writer
	w.Elem("h2", "Paste a posting", "id", "paste-title")
	fieldHTML(&w, "posting-text", "The posting's text",
		"Copy a posting from its careers page and paste it here: its pay, dates and terms are read in your browser (nothing is sent anywhere), each shown beside the sentence it came from, for you to check.",
		"", func(described string) {
			w.Open("textarea", "id", "posting-text", "name", "posting-text", "class", "posting-text", "rows", "8", "spellcheck", "false",
				"aria-describedby", described).Text(text).Close("textarea")
		})
	w.Open("div", "class", "tool-buttons")
	button(&w, "Read the posting", "read", "", "primary", "id", "read-posting")
	w.Close("div")
	return w.String()
}

// editorHTML is the reading's terms, each group of fields under the line
// it was read from, beside the text with those lines marked.
func (p *Page) editorHTML() string {
	e := &p.ed
	if e.read == nil {
		return ""
	}
	var w markup.Writer
	w.Elem("h2", "Check the terms as read", "id", "editor-title")
	w.Elem("p", "Each term is beside the posting's sentence it came from, which is marked in the text. \"Assumed\" marks a term the posting does not state: the calculator assumes what the note says, so change it if your offer says otherwise.", "class", "hint")
	w.Open("div", "class", "editor-grid").Open("div", "class", "editor-fields")
	for i := 0; i < len(editorFields); {
		term := editorFields[i].term
		p.openTerm(&w, term)
		if term == "band" && len(e.read.tiers) > 1 {
			p.tierHTML(&w)
		}
		for ; i < len(editorFields) && editorFields[i].term == term; i++ {
			if f := editorFields[i]; f.key != "locality" || e.form.values.Get("state") == "NY" {
				p.editorFieldHTML(&w, f)
			}
		}
		w.Close("fieldset")
		if term == "seasons" {
			p.holidaysHTML(&w)
		}
	}
	w.Close("div")
	w.Elem("div", "", "id", "source") // the text, a region of its own
	w.Close("div")
	w.Open("div", "class", "editor-save")
	fieldHTML(&w, "edit-name", "Save as", "The name it is listed under in your postings.", "", func(described string) {
		textInput(&w, "edit-name", "text", e.name, "", described, false)
	})
	w.Close("div")
	return w.String()
}

// editorActionsHTML is what can be done with the terms checked.
func (p *Page) editorActionsHTML() string {
	e := &p.ed
	if e.read == nil {
		return ""
	}
	var w markup.Writer
	w.Open("div", "class", "tool-buttons")
	if e.ok {
		label := markup.Pick(e.savedID != "", "Save the changes", "Save to your postings")
		button(&w, label, "save", "", "primary", "id", "save-posting")
		w.Open("a", "class", "button secondary", "id", "open-edited", "href", calculatorLink(e.policy, nil)).Text("Open these terms in the calculator").Close("a")
	} else {
		w.Elem("p", "Fix the fields marked above to save these terms or open them in the calculator.", "class", "hint")
	}
	w.Close("div")
	w.Elem("p", p.editStatus, "id", "editor-status", "class", "hint", "aria-live", "polite")
	return w.String()
}

// openTerm opens the fieldset of one of the reader's terms: its name, and
// the line it was read from, or the assumption.
func (p *Page) openTerm(w *markup.Writer, term string) {
	t, read := p.ed.read.terms[term]
	yours := p.ed.yours(term)
	assumed := read && t.Assumed && !yours
	w.Open("fieldset", "class", "term"+markup.Pick(assumed, " assumed", ""), "data-term", term)
	w.Elem("legend", termLabel(term))
	switch {
	case !read:
		w.Elem("p", "Not read from a text: the terms as saved.", "class", "term-line")
	case yours && t.Assumed:
		w.Open("p", "class", "term-line").Elem("strong", "Yours", "class", "badge unknown").Text(" The posting does not state it: as you entered it.").Close("p")
	case yours:
		w.Open("p", "class", "term-line").Text("From the posting: ").Elem("q", t.Line).Text(" (changed: as you entered it)").Close("p")
	case assumed:
		w.Open("p", "class", "term-line").Elem("strong", "Assumed", "class", "badge warn").Text(" " + t.Note).Close("p")
	default:
		w.Open("p", "class", "term-line").Text("From the posting: ").Elem("q", t.Line)
		if t.Note != "" {
			w.Text(" (" + t.Note + ")")
		}
		w.Close("p")
	}
}

// editorFieldHTML is one field of the editor.
func (p *Page) editorFieldHTML(w *markup.Writer, f editorField) {
	e := &p.ed
	id := "edit-" + f.key
	v := e.form.values.Get(f.key)
	msg := e.form.errs[f.key]
	if f.kind == kindCheck {
		checkbox(w, id, f.label, v != "", id+"-error")
		return
	}
	fieldHTML(w, id, f.label, f.hint, msg, func(described string) {
		switch f.kind {
		case kindSelect:
			opts := housingChoices
			if f.key == "state" {
				opts = []option{{"", "None: fully remote or not stated"}}
				for _, s := range calc.States() {
					opts = append(opts, option{s, calc.StateName(s)})
				}
			}
			selectInput(w, id, v, described, opts)
		case kindTextarea:
			w.Open("textarea", "id", id, "name", id, "rows", "4", "spellcheck", "false", "aria-describedby", described).Text(v).Close("textarea")
		default:
			textInput(w, id, f.kind, v, "", described, msg != "")
		}
	})
}

// tierHTML chooses between the pay bands a posting offers.
func (p *Page) tierHTML(w *markup.Writer) {
	e := &p.ed
	cur := e.form.values.Get("tier")
	if cur == "" {
		cur = "0"
	}
	opts := make([]option, len(e.read.tiers))
	for i, t := range e.read.tiers {
		opts[i] = option{strconv.Itoa(i), t.Label + ": " + calc.Dollars(t.Band.Min) + " to " + calc.Dollars(t.Band.Max) + " an hour"}
	}
	fieldHTML(w, "edit-tier", "Which of the posting's bands is yours", "The posting offers more than one: choose yours (the first is used until you do).", "",
		func(described string) { selectInput(w, "edit-tier", cur, described, opts) })
}

// holidaysHTML keeps or drops each paid holiday the reading found.
func (p *Page) holidaysHTML(w *markup.Writer) {
	e := &p.ed
	p.openTerm(w, "holidays")
	hs := e.read.policy.Holidays
	if len(hs) == 0 {
		w.Elem("p", "No paid holidays.", "class", "hint")
	}
	w.Open("div", "class", "holiday-checks")
	for i, h := range hs {
		checkbox(w, "edit-"+holidayKey(i), h.Name, e.form.values.Get(holidayKey(i)) != "", "")
	}
	w.Close("div")
	w.Elem("p", e.form.errs["holiday.0"], "id", "edit-holiday.0-error", "class", "field-error", "aria-live", "polite")
	w.Close("fieldset")
}

// sourceHTML is the reading's text with each term's line marked, the
// active term's most.
func sourceHTML(r *reading, active string) string {
	type span struct {
		start, end int
		term       string
	}
	var spans []span
	for term, t := range r.terms {
		if t.Start >= 0 && t.End > t.Start && t.End <= len(r.text) {
			spans = append(spans, span{t.Start, t.End, term})
		}
	}
	for i := 1; i < len(spans); i++ { // by start, then term: a dozen spans
		for j := i; j > 0 && (spans[j].start < spans[j-1].start || spans[j].start == spans[j-1].start && spans[j].term < spans[j-1].term); j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	var w markup.Writer
	w.Open("div", "class", "editor-source")
	w.Elem("h3", "The posting, as pasted", "id", "source-title")
	if r.text == "" {
		w.Elem("p", "These terms were not read from a text.", "class", "hint")
		return w.Close("div").String()
	}
	w.Open("div", "id", "source-text", "class", "source-text", "tabindex", "0", "role", "region", "aria-labelledby", "source-title")
	at := 0
	for _, s := range spans {
		if s.start < at {
			continue // overlaps the line before, which is marked
		}
		w.Text(r.text[at:s.start])
		w.Open("mark", "data-term", s.term, "class", markup.When(s.term == active, "active"), "title", termLabel(s.term)).
			Text(r.text[s.start:s.end]).Close("mark")
		at = s.end
	}
	w.Text(r.text[at:])
	return w.Close("div").Close("div").String()
}

// offersHTML is each offer's fields, and the applicant's own.
func (p *Page) offersHTML() string {
	var w markup.Writer
	w.Elem("h2", "Your offers", "id", "offers-title")
	w.Elem("p", "Each offer is a posting with your plan for it and what you will pay to take it. Start from your postings (pasted and kept on the Your postings page), each with the plan the calculator keeps for it.", "class", "hint")
	w.Open("div", "class", "offer-forms")
	for i, o := range p.offers {
		p.offerHTML(&w, i, o)
	}
	w.Close("div")
	w.Open("div", "class", "tool-buttons")
	if len(p.offers) < compare.MaxOffers {
		button(&w, "Add an offer", "add-offer", "", "secondary", "id", "add-offer")
	}
	w.Close("div")
	w.Open("fieldset", "class", "about-you").Elem("legend", "About you, for every offer")
	checkbox(&w, "about-f1", "I am an F-1 or J-1 student (a nonresident alien for tax)", p.about.Get("f1") != "", "about-f1-error")
	fieldHTML(&w, "about-country", "Your country, for a tax treaty", "A two-letter code: IN (India) gives the standard deduction.", "", func(described string) {
		textInput(&w, "about-country", "text", p.about.Get("country"), "IN, CN…", described, false)
	})
	w.Close("fieldset")
	return w.String()
}

// offerHTML is one offer's fields.
func (p *Page) offerHTML(w *markup.Writer, i int, o *offer) {
	n := strconv.Itoa(i)
	pre := "o" + n + "-"
	pol := &o.policy
	w.Open("fieldset", "class", "offer", "id", "offer-"+n)
	w.Elem("legend", "Offer "+strconv.Itoa(i+1))
	opts := []option{{"", calc.DefaultPolicy().Title + " (the calculator's own)"}}
	for _, s := range p.postings {
		opts = append(opts, option{s.ID, s.Name})
	}
	for j, l := range p.linked {
		opts = append(opts, option{"link:" + strconv.Itoa(j), l.Title + " (from the link)"})
	}
	fieldHTML(w, pre+"posting", "Posting", joinNonEmpty(" · ", pol.Employer, pol.Location), "", func(described string) {
		selectInput(w, pre+"posting", o.posting, described, opts)
	})
	v := o.fields.values
	starts := pol.StartDates()
	var published []string
	for _, d := range starts {
		published = append(published, d.Format("Jan 2, 2006"))
	}
	startHint := "No published start dates: the posting's seasons say when."
	if len(published) > 0 {
		startHint = "Published: " + strings.Join(published, "; ") + "."
	}
	placeholder := ""
	if pl := calc.DefaultPlan(*pol); !pl.Start.IsZero() {
		placeholder = pl.Start.String()
	}
	for _, f := range []struct {
		key         calc.Field
		label, hint string
		mode, ph    string
	}{
		{calc.FieldStart, "First day", startHint, "date", placeholder},
		{calc.FieldEnd, "Last day", "Empty: the end of the " + strconv.Itoa(pol.ProgramWeeks) + "-week program.", "date", ""},
		{calc.FieldRate, "Hourly rate (USD)", "The band is " + calc.Dollars(pol.Band.Min) + " to " + calc.Dollars(pol.Band.Max) + "; empty: its midpoint.", "decimal", pol.Band.Mid().StringFixed(2)},
		{calc.FieldHours, "Hours a week", "", "decimal", pol.HoursPerWeek.String()},
		{calc.FieldHousing, "Housing allowance (USD, in all)", "What the offer pays for housing, if anything; taxable.", "decimal", "0"},
		{compare.FieldRent, "Your rent a month (USD)", "What you will pay, for the weeks you are there.", "decimal", "0"},
		{compare.FieldTravel, "Travel there and back (USD)", "", "decimal", "0"},
	} {
		id := pre + string(f.key)
		fieldHTML(w, id, f.label, f.hint, o.fields.errs[string(f.key)], func(described string) {
			if f.mode == "date" {
				w.Open("input", "type", "date", "id", id, "name", id, "min", "2000-01-01", "max", "2099-12-31", "value", v.Get(string(f.key)),
					"aria-describedby", described)
				return
			}
			textInput(w, id, f.mode, v.Get(string(f.key)), f.ph, described, o.fields.errs[string(f.key)] != "")
		})
	}
	fieldHTML(w, pre+"pay", "Paid", "Ask the recruiter; biweekly is the most common.", o.fields.errs["pay"], func(described string) {
		selectInput(w, pre+"pay", v.Get("pay"), described, []option{
			{"", "Every two weeks (biweekly)"}, {string(tax.Weekly), "Weekly"},
			{string(tax.Semimonthly), "Twice a month (semimonthly)"}, {string(tax.Monthly), "Monthly"},
		})
	})
	w.Elem("p", o.fields.errs["error"], "id", pre+"error-error", "class", "field-error", "aria-live", "polite")
	if len(p.offers) > 1 {
		w.Open("div", "class", "tool-buttons")
		button(w, "Remove this offer", "remove-offer", n, "secondary", "aria-label", "Remove offer "+strconv.Itoa(i+1))
		w.Close("div")
	}
	w.Close("fieldset")
}

// rowLabels names the comparison's rows.
var rowLabels = map[compare.RowID]string{
	compare.RowGross: "Gross pay", compare.RowPayFrequency: "Paid", compare.RowNetPerPaycheck: "Net pay a check",
	compare.RowNetByLastDay: "Net pay by your last day", compare.RowHousingAfterTax: "Housing allowance after tax",
	compare.RowCosts: "Rent and travel", compare.RowLeft: "Left by your last day", compare.RowRefund: "Tax back next spring",
	compare.RowSickHours: "Paid sick time", compare.RowHolidays: "Paid holidays", compare.RowVerdict: "Eligibility",
}

// comparisonHTML is the offers side by side.
func (p *Page) comparisonHTML() string {
	var w markup.Writer
	w.Elem("h2", "Side by side", "id", "comparison-title")
	if len(p.offers) < 2 {
		w.Elem("p", "A comparison needs two offers (up to "+strconv.Itoa(compare.MaxOffers)+"): add another above. This one is shown alone.",
			"class", "notice", "id", "need-two")
	}
	r := &p.result
	if len(r.columns) == 0 {
		w.Elem("p", "No offer computes yet: fix the fields marked above.", "class", "notice", "id", "no-offers")
		return w.String()
	}
	w.Elem("p", "★ marks the best figure of a row, only where better is plain: the most pay and money left, the least rent and travel, the most sick time and holidays, the safest eligibility. The pay frequency and the tax back next spring have none (a bigger refund is only your own pay withheld early); net pay a check has one only when every offer pays as often.", "class", "hint")
	w.Open("div", "class", "table-scroll").Open("table", "id", "offers-table", "class", "offers-table stack")
	w.Open("thead").Open("tr").Elem("td", "")
	for c, i := range r.columns {
		s := &r.cmp.Summaries[c]
		w.Open("th", "scope", "col", "data-offer", strconv.Itoa(i)).Elem("span", r.cmp.Labels[c], "class", "offer-name")
		win := s.Quote.Window
		w.Elem("span", win.Start.Format("Jan 2")+" to "+win.End.Format("Jan 2, 2006")+", "+placeName(s.Estimate.Place), "class", "offer-sub")
		w.Open("a", "href", calculatorLink(p.offers[i].policy, p.query(p.offers[i], false)), "id", "o"+strconv.Itoa(i)+"-open", "class", "offer-open").
			Text("Open in the calculator").Close("a")
		w.Close("th")
	}
	w.Close("tr").Close("thead").Open("tbody")
	for _, row := range r.cmp.Rows {
		w.Open("tr", "data-row", string(row.ID)).Elem("th", rowLabels[row.ID], "scope", "row")
		for c, cell := range row.Cells {
			s := &r.cmp.Summaries[c]
			w.Open("td", "class", markup.When(cell.Best, "best"), "data-label", r.cmp.Labels[c])
			w.Text(cellText(row.ID, cell, s))
			if cell.Best {
				w.Elem("span", " ★", "aria-hidden", "true").Elem("span", " (best)", "class", "visually-hidden")
			}
			w.Close("td")
		}
		w.Close("tr")
	}
	w.Close("tbody").Close("table").Close("div")
	for i, msg := range r.problems {
		w.Elem("p", "Offer "+strconv.Itoa(i+1)+": "+msg, "class", "notice")
	}
	var notes []string
	for c := range r.columns {
		for _, n := range r.cmp.Summaries[c].Estimate.Notes {
			if strings.HasPrefix(n, "Provisional") && !contains(notes, n) {
				notes = append(notes, n)
			}
		}
	}
	w.Open("ul", "class", "hint offer-notes")
	w.Elem("li", "Rent is counted for the days of each month you are there; travel once. Take-home is an estimate for a single filer, taxed where each job is; the calculator shows each offer's taxes line by line.")
	for _, n := range notes {
		w.Elem("li", n)
	}
	w.Close("ul")
	w.Open("div", "class", "tool-buttons")
	button(&w, "Download the comparison (.csv)", "csv", "", "secondary", "id", "download-offers-csv")
	button(&w, "Copy link", "copy-link", "", "secondary", "id", "copy-offers-link")
	w.Close("div")
	return w.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// cellText is a figure of the comparison as words.
func cellText(id compare.RowID, cell compare.ComparisonCell, s *compare.Summary) string {
	switch id {
	case compare.RowPayFrequency:
		return frequencyLabel(s.Frequency)
	case compare.RowVerdict:
		return statusLabel(cell.Status)
	case compare.RowHolidays:
		return cell.Amount.String()
	case compare.RowSickHours:
		return cell.Amount.String() + " h"
	case compare.RowNetPerPaycheck:
		if cell.Amount.IsZero() {
			return "no whole pay period"
		}
	}
	return dollars(cell.Amount)
}

// dollars writes an amount in dollars and cents, a negative one with a
// minus sign.
func dollars(d decimal.Decimal) string {
	if d.IsNegative() {
		return "−" + calc.Dollars(d.Neg())
	}
	return calc.Dollars(d)
}

func frequencyLabel(f tax.PayFrequency) string {
	switch f {
	case tax.Weekly:
		return "weekly"
	case tax.Semimonthly:
		return "twice a month"
	case tax.Monthly:
		return "monthly"
	}
	return "every two weeks"
}

func statusLabel(s calc.Status) string {
	switch s {
	case calc.Pass:
		return "OK"
	case calc.Warn:
		return "Check"
	case calc.Fail:
		return "Fails"
	}
	return "Not given"
}

// placeName names where an estimate taxes the wages.
func placeName(pl tax.Place) string {
	switch {
	case pl.State == "":
		return "no state chosen"
	case pl.Locality == "NYC":
		return "taxed in New York City"
	}
	return "taxed in " + pl.StateName
}

// Shell is the page as the server sends it, before its code runs: the
// regions that need no storage written (the paste box), the others saying
// that they follow. csp is the Content-Security-Policy, also as a meta tag
// first in the head, for static hosts that send no header.
func Shell(kind, csp string) []byte {
	var w markup.Writer
	w.Raw("<!DOCTYPE html>\n").Open("html", "lang", "en").Open("head")
	w.Open("meta", "http-equiv", "Content-Security-Policy", "content", csp)
	w.Open("meta", "charset", "utf-8")
	w.Open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
	title := map[string]string{Postings: "Your postings", Compare: "Compare offers"}[kind] + " · Internship offer calculator"
	w.Elem("title", title)
	w.Open("meta", "name", "description", "content", "Internship postings read from their text, and offers side by side: pay, take-home, rent and travel, computed in your browser.")
	w.Open("meta", "name", "theme-color", "content", "#1d4e89")
	w.Open("link", "rel", "icon", "href", "/web/icon.svg", "type", "image/svg+xml")
	w.Open("link", "rel", "manifest", "href", "/manifest.webmanifest")
	w.Open("link", "rel", "stylesheet", "href", "/web/app.css")
	w.Open("script", "src", "/web/boot.js").Close("script") // the theme, before the page is drawn
	w.Open("script", "src", "/wasm_exec.js", "defer", "").Close("script")
	w.Open("script", "src", "/web/offers.js", "defer", "").Close("script")
	w.Close("head").Open("body")
	w.Open("div", "class", "page offers", "id", "offers-page", "data-page", kind)
	w.Open("header", "class", "masthead").Elem("h1", "Internship offer calculator")
	w.Elem("p", "Everything is computed in your browser: nothing you enter leaves this device.", "class", "privacy").Close("header")
	w.Open("nav", "class", "site-nav", "aria-label", "Pages")
	for _, l := range []struct{ href, label, kind string }{{"/", "The calculator", ""}, {"/postings", "Your postings", Postings}, {"/compare", "Compare offers", Compare}} {
		w.Open("a", "href", l.href, "aria-current", markup.When(l.kind == kind, "page")).Text(l.label).Close("a")
	}
	w.Close("nav")
	w.Open("main", "id", "offers-main")
	loading := func(what string) {
		w.Elem("p", "Loading "+what+"… The page's code is downloaded the first time (about a megabyte); then it works offline too.", "class", "notice loading", "role", "status")
	}
	if kind == Compare {
		w.Elem("div", "", "id", "page-status")
		w.Open("section", "id", "offers", "aria-labelledby", "offers-title")
		w.Elem("h2", "Your offers", "id", "offers-title")
		loading("your offers")
		w.Close("section")
		w.Elem("section", "", "id", "comparison", "aria-labelledby", "comparison-title")
	} else {
		w.Elem("div", "", "id", "page-status")
		w.Open("section", "id", "postings", "aria-labelledby", "postings-title")
		w.Elem("h2", "Your postings", "id", "postings-title")
		loading("your postings")
		w.Close("section")
		w.Open("section", "id", "paste", "aria-labelledby", "paste-title").Raw(pasteHTML("")).Close("section")
		w.Elem("section", "", "id", "editor", "aria-labelledby", "editor-title")
		w.Elem("div", "", "id", "editor-actions")
	}
	w.Open("noscript").Elem("p", "This page needs JavaScript and WebAssembly, which this browser has turned off.", "class", "notice").Close("noscript")
	w.Close("main")
	w.Open("footer", "class", "footer").Elem("p", "Figures are exact: every amount is computed in decimal and rounded to the cent only when shown. These are estimates from the postings' published terms and your plans, not offers.").Close("footer")
	w.Close("div").Close("body").Close("html")
	return []byte(w.String())
}
