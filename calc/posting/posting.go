package posting

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// MaxText bounds the text Read accepts, in bytes.
const MaxText = 256 << 10

// Options are what Read cannot take from the text.
type Options struct {
	// Year is the year assumed for dates and seasons when the text
	// states none at all (the command line passes the current year): a
	// year the text states, in its title, a date, beside a season or in a
	// sentence ("All dates are in 2027."), comes first. Outside 2000 to
	// 2099 it is ignored, and 2026 is assumed.
	Year int
	// Today, when valid, is the day the posting is read, and stands for
	// Year: with no year in the text, the posting's dates are taken in
	// Today's year, or in the next when its first start date (or, with
	// none, its first season's first day) is already past then. A posting
	// read in December starts the next summer.
	Today calc.Date
}

// A Term is one of the posting's terms as read: where it came from, or what
// was assumed.
type Term struct {
	// Field is one of "title", "employer", "location" (state and
	// locality), "band", "program", "commitment", "fullTime", "seasons",
	// "holidays", "sick", "housing", "applications", "enrolled",
	// "discipline".
	Field string
	// Line is the posting's own sentence (or line) the term was read
	// from, cleaned of markup; "" when assumed.
	Line string
	// Start and End are byte offsets in the text given to Read:
	// text[Start:End] holds Line's source, for highlighting. Both are -1
	// when assumed.
	Start, End int
	// Assumed reports that the text does not state the term: the Policy
	// holds the default that Note states.
	Assumed bool
	// Note is, when Assumed, the assumption in plain language (it is also
	// in Policy.Assumptions). Otherwise it says what was filled in or
	// worked out from the line, such as "converted from $1,920 a week at
	// 40 hours", or is empty.
	Note string
}

// A Tier is one of several pay bands a posting offers (by degree level, by
// location…), which the applicant must choose between.
type Tier struct {
	Label      string // "Undergraduate", "PhD", "New York City"…
	Band       calc.Band
	Line       string
	Start, End int
}

// A Reading is a posting read from its text.
type Reading struct {
	// Policy is always valid: ParsePolicy accepts its JSON encoding.
	Policy calc.Policy
	// Terms are one per field, in the order listed for Term.Field.
	Terms []Term
	// Tiers are two or more when the posting offers a choice of pay bands.
	// Policy.Band is then Tiers[0].Band, and Policy.Assumptions says so
	// until WithTier records the applicant's choice.
	Tiers []Tier
	// DayStated reports that the posting states its working day ("8
	// hours a day"): Policy.HoursPerDay is the posting's, not the
	// full-time week ÷ 5.
	DayStated bool
}

// The fields of Terms, in order.
const (
	fTitle = iota
	fEmployer
	fLocation
	fBand
	fProgram
	fCommitment
	fFullTime
	fSeasons
	fHolidays
	fSick
	fHousing
	fApplications
	fEnrolled
	fDiscipline
	nFields
)

var fieldNames = [nFields]string{"title", "employer", "location", "band", "program", "commitment",
	"fullTime", "seasons", "holidays", "sick", "housing", "applications", "enrolled", "discipline"}

// Read reads a posting's text. It returns an error, a *calc.FieldError with
// Field "posting.text", Value a short excerpt (at most 60 bytes) and Want a
// sentence saying what is wrong, for empty text, text over MaxText, text with
// no hourly pay it can read, two conflicting unlabelled pay ranges, or text
// that is not in English. It never panics, and its time is linear in the
// text's length.
func Read(text string, opt Options) (_ Reading, err error) {
	// A panic would end the app in the browser: should a rule have a bug,
	// the user gets an error that says so instead. FuzzRead fails on it.
	defer func() {
		if recover() != nil {
			err = fail(text, internalError)
		}
	}()
	if len(text) > MaxText {
		return Reading{}, fail(text, "a posting of at most 256 KB ("+thousands(MaxText)+" bytes); this text is "+
			thousands(len(text))+" bytes: paste only the posting itself")
	}
	if strings.TrimSpace(text) == "" {
		return Reading{}, fail("", "the text of an internship posting; the text is empty")
	}
	t := scan(text)
	if len(t.units) == 0 {
		return Reading{}, fail(text, "the text of an internship posting; this text has no words, only markup")
	}
	if !t.english() {
		return Reading{}, fail(t.unitText(0), notEnglish)
	}
	r := &reader{t: t, opt: opt}
	return r.read()
}

// WithTier returns r with Policy.Band set to tier i and the assumption about
// tiers replaced by a line saying which tier was chosen. An i out of range
// returns r unchanged.
func (r Reading) WithTier(i int) Reading {
	if i < 0 || i >= len(r.Tiers) {
		return r
	}
	out := r
	out.Policy.Assumptions = slices.Clone(r.Policy.Assumptions) // the one slice changed here
	out.Terms = append([]Term(nil), r.Terms...)
	tier := r.Tiers[i]
	out.Policy.Band = tier.Band
	out.Policy.Lines.Band = tier.Line
	for k, a := range out.Policy.Assumptions {
		if isTierSentence(a, r.Tiers) {
			out.Policy.Assumptions[k] = tierChosen(r.Tiers, i)
		}
	}
	for k := range out.Terms {
		if out.Terms[k].Field == "band" {
			out.Terms[k].Line, out.Terms[k].Start, out.Terms[k].End = tier.Line, tier.Start, tier.End
			out.Terms[k].Note = tierChosen(r.Tiers, i)
		}
	}
	return out
}

func tierNames(tiers []Tier) string {
	names := make([]string, len(tiers))
	for i, t := range tiers {
		names[i] = t.Label
	}
	return list(names)
}

func tierFirst(tiers []Tier) string {
	return "The posting offers " + strconv.Itoa(len(tiers)) + " pay tiers (" + tierNames(tiers) + "); the first, " +
		tiers[0].Label + " (" + bandText(tiers[0].Band) + "), is used until you choose yours."
}

func tierChosen(tiers []Tier, i int) string {
	return "Pay is the " + tiers[i].Label + " tier (" + bandText(tiers[i].Band) + "), chosen from the posting's " +
		strconv.Itoa(len(tiers)) + " tiers (" + tierNames(tiers) + ")."
}

// IsTierNote reports whether s is r's sentence about its pay tiers: that
// the first is used until one is chosen, or which was chosen. An editor
// drops it when the applicant enters a band of their own.
func (r Reading) IsTierNote(s string) bool {
	return len(r.Tiers) > 1 && isTierSentence(s, r.Tiers)
}

// HolidayPayNote is the assumption a reading states about what a paid
// holiday pays, for a working day of hours: an editor says it again when
// the day changes.
func HolidayPayNote(hours decimal.Decimal) string {
	return "A paid holiday pays " + hours.String() + " hours at the base rate and is not worked; holiday hours never count toward overtime."
}

func isTierSentence(s string, tiers []Tier) bool {
	if s == tierFirst(tiers) {
		return true
	}
	for i := range tiers {
		if s == tierChosen(tiers, i) {
			return true
		}
	}
	return false
}

func bandText(b calc.Band) string {
	if b.Min.Equal(b.Max) {
		return money(b.Min) + " an hour"
	}
	return money(b.Min) + " to " + money(b.Max) + " an hour"
}

const notEnglish = "a posting in English: the reader understands postings in English, and this text does not read as English"

const internalError = "a text the reader can read; it failed on this one, which is a bug in the reader"

// fail returns the error Read reports for a text it cannot read.
func fail(text, want string) error {
	return &calc.FieldError{Field: "posting.text", Value: excerpt(text), Want: want}
}

// excerpt returns the start of s, at most 60 bytes, cut at a word when it
// can be.
func excerpt(s string) string {
	if len(s) > 4*60 {
		s = s[:4*60]
	}
	// Valid UTF-8, with each run of spaces one space.
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
		case r == ' ' || r == '\n' || r == '\t' || r == '\r':
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	s = strings.TrimSpace(string(b))
	if len(s) <= 60 {
		return s
	}
	cut := 57 // room for "…"
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > 30 {
		cut = sp
	}
	return s[:cut] + "…"
}

// money formats dollars with thousands separators, and cents only when
// there are some: "$1,920", "$41.20", "$45.5125".
func money(d decimal.Decimal) string {
	if d.IsInteger() {
		return strings.TrimSuffix(calc.Dollars(d), ".00")
	}
	if d.Equal(d.Round(2)) {
		return calc.Dollars(d)
	}
	whole := calc.Dollars(d.Truncate(0))
	frac := d.Sub(d.Truncate(0)).String() // "0.5125"
	return strings.TrimSuffix(whole, ".00") + frac[1:]
}

// canon returns d with no trailing zeros after the point: "8" for 8.00,
// so that what the reader computes encodes as a person writes it.
func canon(d decimal.Decimal) decimal.Decimal {
	for p := int32(0); p < 8; p++ {
		if t := d.Truncate(p); t.Equal(d) {
			return t
		}
	}
	return d
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// list joins words as a sentence does: "a", "a and b", "a, b and c".
func list(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}
