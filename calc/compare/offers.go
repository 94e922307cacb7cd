package compare

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/tax"
	"github.com/shopspring/decimal"
)

// MaxOffers is the most offers Offers puts side by side: a comparison is
// read across, and past four columns it no longer fits a screen.
const MaxOffers = 4

// The fields of an Offer beyond its plan and profile (see calc.Field): they
// are also the query keys of an offer's link (package calc/link). An
// error about one offer of several names it as OfferField does.
const (
	FieldRent   calc.Field = "rent"   // a month's rent
	FieldTravel calc.Field = "travel" // getting there and back
	FieldOffer  calc.Field = "offer"  // the offers themselves: how many
)

// maxCost bounds a month's rent and the travel: past it a value is a typo.
var maxCost = decimal.New(1_000_000, 0)

// OfferField names field f of the offer at index i (from 0, as a policy's
// paths count: "policy.seasons[1]") among several: "offer[2].rate",
// "offer[0].policy.band.min".
func OfferField(i int, f calc.Field) calc.Field {
	s := string(FieldOffer) + "[" + strconv.Itoa(i) + "]"
	if f != "" {
		s += "." + string(f)
	}
	return calc.Field(s)
}

// An Offer is one posting with the applicant's plan for it and what the
// applicant will pay to take it.
type Offer struct {
	Policy calc.Policy
	Plan   calc.Plan
	// Profile is the take-home profile: tax.ProfileFor(Policy), taxed
	// where the posting's work is, unless the applicant changed it. It is
	// used as given: a zero Profile is taxed by no state.
	Profile tax.Profile
	Rent    decimal.Decimal // a month, what the applicant pays for housing (0: none)
	Travel  decimal.Decimal // one-off: getting there and back (0: none)
}

// A Summary is one offer's figures, as a comparison column shows them.
// Every amount is exact; round to cents only to show it (Rent is in cents
// already).
type Summary struct {
	Quote    calc.Quote
	Estimate tax.Estimate
	Gross    decimal.Decimal // Quote.Chosen.Gross
	// NetPerPaycheck is a full paycheck's net (Estimate.FullPaycheck: the
	// first regular check of a whole pay period), paid Frequency. It is
	// zero when no pay period of the window is whole.
	NetPerPaycheck decimal.Decimal
	Frequency      tax.PayFrequency
	// NetByLastDay is the net pay of the paychecks paid on or before the
	// window's last day: the cash in hand by then. It includes a housing
	// allowance paid in cash (its own check, or a part of each).
	NetByLastDay decimal.Decimal
	// HousingAfterTax is the estimate's: what a housing allowance adds for
	// the year after every tax on it, refund included (0 when none).
	HousingAfterTax decimal.Decimal
	// Rent is the rent over the window: each calendar month the window
	// touches costs the monthly rent × the window's days in that month ÷
	// the month's days, rounded to cents (half away from zero) as a
	// landlord bills it, and Rent is the months' sum.
	Rent   decimal.Decimal
	Travel decimal.Decimal
	Costs  decimal.Decimal // Rent + Travel
	// Refund is the federal, state and local income tax that comes back
	// when the applicant files (Estimate.Refund's income tax lines summed);
	// negative: owed.
	Refund decimal.Decimal
	// Left is NetByLastDay − Costs: the cash the offer leaves by the last
	// day. It does not add HousingAfterTax: NetByLastDay holds the housing
	// paid in cash already, and a refund (housing's share of it included)
	// comes after the last day.
	Left      decimal.Decimal
	SickHours decimal.Decimal
	Holidays  int // paid holidays in the window
	Verdict   calc.Status
}

// Summarize computes one offer (calc.Compute, then tax.Compute) and sums
// up its figures. The errors are *calc.FieldError values, joined: the
// plan's and the posting's (calc.Compute), the profile's (tax.Compute),
// and FieldRent or FieldTravel for an amount that is not from $0 to
// $1,000,000 in cents, whose exponent is checked before anything else
// (calc.CheckAmount), so no amount costs more than a few operations.
func Summarize(o Offer) (Summary, error) {
	var errs []error
	if err := calc.CheckAmount(FieldRent, o.Rent, maxCost, 2, "a month's rent from $0 to $1,000,000, in cents"); err != nil {
		errs = append(errs, err)
	}
	if err := calc.CheckAmount(FieldTravel, o.Travel, maxCost, 2, "the cost of getting there and back, from $0 to $1,000,000, in cents"); err != nil {
		errs = append(errs, err)
	}
	q, err := calc.Compute(o.Policy, o.Plan)
	if err != nil {
		// The profile's errors too, without a quote to estimate.
		_, terr := tax.Compute(calc.Quote{}, o.Profile)
		for _, fe := range calc.FieldErrors(terr) {
			if fe.Field != tax.FieldQuote {
				errs = append(errs, fe)
			}
		}
		return Summary{}, errors.Join(append(errs, err)...)
	}
	est, err := tax.Compute(q, o.Profile)
	if err != nil || len(errs) > 0 {
		return Summary{}, errors.Join(append(errs, err)...)
	}
	s := Summary{
		Quote:           q,
		Estimate:        est,
		Gross:           q.Chosen.Gross,
		Frequency:       est.Profile.Frequency,
		HousingAfterTax: est.HousingAfterTax,
		Rent:            rentOver(o.Rent, q.Window.Start, q.Window.End),
		Travel:          o.Travel,
		Refund:          est.Refund[tax.FederalIncome].Add(est.Refund[tax.StateIncome]).Add(est.Refund[tax.LocalIncome]),
		SickHours:       q.Sick.Hours,
		Holidays:        len(q.Holidays),
		Verdict:         q.Verdict,
	}
	if c, ok := est.FullPaycheck(); ok {
		s.NetPerPaycheck = c.Net
	}
	for _, c := range est.Paychecks {
		if !c.PayDate.After(q.Window.End) {
			s.NetByLastDay = s.NetByLastDay.Add(c.Net)
		}
	}
	s.Costs = s.Rent.Add(s.Travel)
	s.Left = s.NetByLastDay.Sub(s.Costs)
	return s, nil
}

// rentOver prorates a monthly rent over [start, end] by calendar month,
// each month's share rounded to cents. The window is at most two years
// (Compute's limit), so at most 25 months.
func rentOver(rent decimal.Decimal, start, end calc.Date) decimal.Decimal {
	total := decimal.Zero
	if rent.IsZero() {
		return total
	}
	for from := start; !from.After(end); {
		first := calc.Date{Year: from.Year, Month: from.Month, Day: 1}
		last := first.AddMonths(1).AddDays(-1)
		to := last
		if to.After(end) {
			to = end
		}
		days, inMonth := to.DaysSince(from)+1, last.Day
		share := rent
		if days != inMonth {
			share = rent.Mul(decimal.New(int64(days), 0)).DivRound(decimal.New(int64(inMonth), 0), 2)
		}
		total = total.Add(share)
		from = last.AddDays(1)
	}
	return total
}

// The rows of an OfferComparison, in its order (see Offers for which
// figure of each is best). Gross, sick hours, holidays and the verdict
// are the RowIDs of Quotes.
const (
	RowPayFrequency    RowID = "pay-frequency"     // the paychecks a year (52, 26, 24, 12): no best
	RowNetPerPaycheck  RowID = "net-per-paycheck"  // Summary.NetPerPaycheck
	RowNetByLastDay    RowID = "net-by-last-day"   // Summary.NetByLastDay, most best
	RowHousingAfterTax RowID = "housing-after-tax" // Summary.HousingAfterTax, most best
	RowCosts           RowID = "costs"             // Summary.Costs, rent and travel, fewest best
	RowLeft            RowID = "left"              // Summary.Left, most best
	RowRefund          RowID = "refund"            // Summary.Refund: no best
)

// OfferRows lists the rows of an OfferComparison in order. Each call
// returns a new slice.
func OfferRows() []RowID {
	return []RowID{RowGross, RowPayFrequency, RowNetPerPaycheck, RowNetByLastDay, RowHousingAfterTax, RowCosts,
		RowLeft, RowRefund, RowSickHours, RowHolidays, RowVerdict}
}

// An OfferComparison puts offers side by side: the rows of figures (one
// cell an offer, in the order given, the best marked), and each offer's
// column label and Summary.
type OfferComparison struct {
	Comparison
	// Labels are the columns' names: the posting's title, employer and
	// location, those given, joined by ", "; "Offer N" for a posting
	// with none.
	Labels    []string
	Summaries []Summary
}

// Offers summarizes 1 to MaxOffers offers and lines them up in the rows
// of OfferRows, marking the best figure of a row only where better is
// unambiguous for an applicant:
//
//   - gross: the most.
//   - pay-frequency: none; it is there so that a net paycheck is read with
//     its frequency.
//   - net-per-paycheck: the most, only when every offer is paid at the same
//     frequency (a weekly and a biweekly check are not comparable: the row
//     is then BetterNone); an offer without a whole pay period (zero) is
//     left out.
//   - net-by-last-day: the most.
//   - housing-after-tax: the most.
//   - costs: the fewest.
//   - left: the most.
//   - refund: none. A bigger refund is only more of your own pay withheld
//     too early, not more money: what the offer pays is in gross and left.
//   - sick-hours and holidays: the most.
//   - verdict: the safest: pass, then warn, then fail.
//
// A row whose figures are all the same marks none, and figures that tie
// for the best are all marked. The error is the offers' errors (see
// Summarize) with each field named for its offer (OfferField: index from
// 0), joined, or a *calc.FieldError for FieldOffer when there are none or
// more than MaxOffers; then no offer is computed.
func Offers(offers []Offer) (OfferComparison, error) {
	if len(offers) == 0 || len(offers) > MaxOffers {
		return OfferComparison{}, calc.NewFieldError(FieldOffer, strconv.Itoa(len(offers))+" offers", "from 1 to "+strconv.Itoa(MaxOffers)+" offers")
	}
	c := OfferComparison{Labels: make([]string, len(offers)), Summaries: make([]Summary, len(offers))}
	var errs []error
	for i := range offers {
		s, err := Summarize(offers[i])
		fes := calc.FieldErrors(err)
		if err != nil && len(fes) == 0 {
			errs = append(errs, err) // not one of ours: keep it as it is
		}
		for _, fe := range fes {
			errs = append(errs, &calc.FieldError{Field: OfferField(i, fe.Field), Value: fe.Value, Want: fe.Want})
		}
		c.Summaries[i] = s
		c.Labels[i] = label(&offers[i].Policy, i)
	}
	if len(errs) > 0 {
		return OfferComparison{}, errors.Join(errs...)
	}
	c.Rows = offerRows(c.Summaries)
	return c, nil
}

// label is an offer's column name.
func label(p *calc.Policy, i int) string {
	var parts []string
	for _, s := range []string{p.Title, p.Employer, p.Location} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "Offer " + strconv.Itoa(i+1)
	}
	return strings.Join(parts, ", ")
}

func offerRows(ss []Summary) []ComparisonRow {
	rows := make([]ComparisonRow, 0, len(OfferRows()))
	all := func(ComparisonCell) bool { return true }
	amount := func(id RowID, better Better, f func(s *Summary) decimal.Decimal) {
		r := ComparisonRow{ID: id, Better: better, Cells: make([]ComparisonCell, len(ss))}
		for i := range ss {
			r.Cells[i].Amount = f(&ss[i])
		}
		switch better {
		case BetterMore:
			markBest(r.Cells, func(c ComparisonCell) bool { return id != RowNetPerPaycheck || !c.Amount.IsZero() },
				func(a, b ComparisonCell) int { return a.Amount.Cmp(b.Amount) })
		case BetterFewer:
			markBest(r.Cells, all, func(a, b ComparisonCell) int { return b.Amount.Cmp(a.Amount) })
		}
		rows = append(rows, r)
	}
	count := func(n int) decimal.Decimal { return decimal.New(int64(n), 0) }

	sameFrequency := true
	for i := range ss {
		sameFrequency = sameFrequency && ss[i].Frequency == ss[0].Frequency
	}
	netBetter := BetterNone
	if sameFrequency {
		netBetter = BetterMore
	}
	amount(RowGross, BetterMore, func(s *Summary) decimal.Decimal { return s.Gross })
	amount(RowPayFrequency, BetterNone, func(s *Summary) decimal.Decimal { return count(s.Frequency.PeriodsPerYear()) })
	amount(RowNetPerPaycheck, netBetter, func(s *Summary) decimal.Decimal { return s.NetPerPaycheck })
	amount(RowNetByLastDay, BetterMore, func(s *Summary) decimal.Decimal { return s.NetByLastDay })
	amount(RowHousingAfterTax, BetterMore, func(s *Summary) decimal.Decimal { return s.HousingAfterTax })
	amount(RowCosts, BetterFewer, func(s *Summary) decimal.Decimal { return s.Costs })
	amount(RowLeft, BetterMore, func(s *Summary) decimal.Decimal { return s.Left })
	amount(RowRefund, BetterNone, func(s *Summary) decimal.Decimal { return s.Refund })
	amount(RowSickHours, BetterMore, func(s *Summary) decimal.Decimal { return s.SickHours })
	amount(RowHolidays, BetterMore, func(s *Summary) decimal.Decimal { return count(s.Holidays) })

	verdict := ComparisonRow{ID: RowVerdict, Better: BetterSafer, Cells: make([]ComparisonCell, len(ss))}
	for i := range ss {
		verdict.Cells[i].Status = ss[i].Verdict
	}
	markBest(verdict.Cells, all, func(a, b ComparisonCell) int { return statusRank(a.Status) - statusRank(b.Status) })
	return append(rows, verdict)
}

// WriteCSV writes the comparison as CSV (RFC 4180, CRLF line ends, as
// calc/export's): a header row ("Row", each offer's label, "Better",
// "Best"), then one row for each of OfferRows: its RowID, each offer's
// figure, the direction that is better ("more", "fewer", "safer",
// "none"), and the best offers' column numbers (from 1, space-separated:
// "1 3"; empty for none). A figure is a plain value a spreadsheet reads:
// money in dollars and cents ("2100.00", half away from zero), hours as
// exact decimals, the holidays as a count, the pay frequency and the
// verdict as words ("biweekly", "pass"). The marks are a column of their
// own so that every figure stays a number.
func (c OfferComparison) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := make([]string, 0, len(c.Labels)+3)
	header = append(append(append(header, "Row"), c.Labels...), "Better", "Best")
	if err := cw.Write(header); err != nil {
		return err
	}
	rec := make([]string, 0, len(header))
	for _, r := range c.Rows {
		rec = append(rec[:0], string(r.ID))
		var best []string
		for i, cell := range r.Cells {
			var v string
			switch r.ID {
			case RowVerdict:
				v = string(cell.Status)
			case RowPayFrequency:
				if i < len(c.Summaries) {
					v = string(c.Summaries[i].Frequency)
				}
			case RowSickHours, RowHolidays:
				v = cell.Amount.String()
			default:
				v = cell.Amount.StringFixed(2)
			}
			rec = append(rec, v)
			if cell.Best {
				best = append(best, strconv.Itoa(i+1))
			}
		}
		rec = append(rec, string(r.Better), strings.Join(best, " "))
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
