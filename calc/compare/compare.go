package compare

import (
	"github.com/offercalc/offercalc/calc"
	"github.com/shopspring/decimal"
)

// A RowID names a row of a Comparison. Quotes lists its rows in the order
// of these constants; OfferRows lists an OfferComparison's.
type RowID string

const (
	RowProgramEnd    RowID = "program-end"    // Window.ProgramEnd, earliest best
	RowCommitmentEnd RowID = "commitment-end" // Window.CommitmentEnd, earliest best
	RowHolidays      RowID = "holidays"       // the count of paid holidays, most best
	RowWorkDays      RowID = "workdays"       // Window.WorkDays: no best
	RowRate          RowID = "rate"           // the chosen rate, highest best
	RowGross         RowID = "gross"          // gross at the chosen rate, highest best
	RowSickHours     RowID = "sick-hours"     // paid sick hours, most best
	RowVerdict       RowID = "verdict"        // pass, then warn, then fail
)

// Better says which figure of a comparison row is best for the applicant.
type Better string

const (
	BetterEarlier Better = "earlier" // the earliest date: free soonest
	BetterMore    Better = "more"    // the largest amount
	BetterFewer   Better = "fewer"   // the smallest amount: the least time asked for
	BetterSafer   Better = "safer"   // the best verdict: pass, then warn, then fail
	// BetterNone marks a row where no figure is better for every
	// applicant (an offer's tax refund): no cell of it is marked best.
	BetterNone Better = "none"
)

// A Comparison puts quotes side by side, one column a quote, and marks the
// best figure of each row. It holds values, not text: the app formats them.
type Comparison struct {
	Rows []ComparisonRow
}

// A ComparisonRow is one figure across the quotes.
type ComparisonRow struct {
	ID     RowID
	Better Better
	Cells  []ComparisonCell // one a quote, in the order given to Compare
}

// A ComparisonCell is one quote's figure in a row: a date (the date rows),
// an amount (counts, hours, money) or a status (the verdict).
type ComparisonCell struct {
	Date   calc.Date
	Amount decimal.Decimal
	Status calc.Status
	// Best is set on every cell that holds the row's best figure, ties
	// included, when the row has at least two figures and they differ: a
	// row whose figures are all the same has no best.
	Best bool
}

// Quotes lines up the quotes (computed with Compute) row by row, in the
// Row* order, and marks the best figure of each row. The directions are
// for an applicant: the earliest end of the program and of the commitment,
// the most paid holidays, the highest rate and gross pay, the most sick
// hours, and the verdict that passes most. The workdays have no best: for
// an intern paid by the hour, fewer days is less pay, not a better offer,
// and more days is more of the summer. A date row leaves out a quote
// without that date (a posting with no commitment) when it looks for the
// best.
func Quotes(quotes []calc.Quote) Comparison {
	dateRow := func(id RowID, f func(q *calc.Quote) calc.Date) ComparisonRow {
		r := ComparisonRow{ID: id, Better: BetterEarlier}
		for i := range quotes {
			r.Cells = append(r.Cells, ComparisonCell{Date: f(&quotes[i])})
		}
		markBest(r.Cells, func(c ComparisonCell) bool { return !c.Date.IsZero() }, func(a, b ComparisonCell) int {
			return b.Date.Compare(a.Date) // earlier is better
		})
		return r
	}
	amountRow := func(id RowID, better Better, f func(q *calc.Quote) decimal.Decimal) ComparisonRow {
		r := ComparisonRow{ID: id, Better: better}
		for i := range quotes {
			r.Cells = append(r.Cells, ComparisonCell{Amount: f(&quotes[i])})
		}
		if better == BetterNone {
			return r
		}
		markBest(r.Cells, func(ComparisonCell) bool { return true }, func(a, b ComparisonCell) int {
			if better == BetterFewer {
				return b.Amount.Cmp(a.Amount)
			}
			return a.Amount.Cmp(b.Amount)
		})
		return r
	}
	count := func(n int) decimal.Decimal { return decimal.New(int64(n), 0) }

	verdict := ComparisonRow{ID: RowVerdict, Better: BetterSafer}
	for i := range quotes {
		verdict.Cells = append(verdict.Cells, ComparisonCell{Status: quotes[i].Verdict})
	}
	markBest(verdict.Cells, func(ComparisonCell) bool { return true }, func(a, b ComparisonCell) int {
		return statusRank(a.Status) - statusRank(b.Status)
	})

	return Comparison{Rows: []ComparisonRow{
		dateRow(RowProgramEnd, func(q *calc.Quote) calc.Date { return q.Window.ProgramEnd }),
		dateRow(RowCommitmentEnd, func(q *calc.Quote) calc.Date { return q.Window.CommitmentEnd }),
		amountRow(RowHolidays, BetterMore, func(q *calc.Quote) decimal.Decimal { return count(len(q.Holidays)) }),
		amountRow(RowWorkDays, BetterNone, func(q *calc.Quote) decimal.Decimal { return count(q.Window.WorkDays) }),
		amountRow(RowRate, BetterMore, func(q *calc.Quote) decimal.Decimal { return q.Chosen.Rate }),
		amountRow(RowGross, BetterMore, func(q *calc.Quote) decimal.Decimal { return q.Chosen.Gross }),
		amountRow(RowSickHours, BetterMore, func(q *calc.Quote) decimal.Decimal { return q.Sick.Hours }),
		verdict,
	}}
}

// Row returns the comparison's row with the given id, and whether there is
// one.
func (c Comparison) Row(id RowID) (ComparisonRow, bool) {
	for _, r := range c.Rows {
		if r.ID == id {
			return r, true
		}
	}
	return ComparisonRow{}, false
}

// markBest sets Best on the cells that count (ok) and rank highest by cmp
// (positive when a is better than b), unless fewer than two cells count or
// all that count rank the same.
func markBest(cells []ComparisonCell, ok func(ComparisonCell) bool, cmp func(a, b ComparisonCell) int) {
	best, n, differ := -1, 0, false
	for i, c := range cells {
		if !ok(c) {
			continue
		}
		n++
		if best < 0 {
			best = i
			continue
		}
		switch d := cmp(c, cells[best]); {
		case d > 0:
			best, differ = i, true
		case d < 0:
			differ = true
		}
	}
	if n < 2 || !differ {
		return
	}
	for i := range cells {
		if ok(cells[i]) && cmp(cells[i], cells[best]) == 0 {
			cells[i].Best = true
		}
	}
}

func statusRank(s calc.Status) int {
	switch s {
	case calc.Pass:
		return 3
	case calc.Warn:
		return 2
	case calc.Unknown:
		return 1
	}
	return 0
}

// PublishedStarts returns plan once for each of the posting's published
// start dates, in date order, with Start set to the date and End cleared so
// that each runs to the end of the program: the plans a comparison of the
// start dates puts side by side. The other fields (rate, hours, work mode
// and so on) stay the plan's.
func PublishedStarts(p calc.Policy, plan calc.Plan) []calc.Plan {
	dates := p.StartDates()
	out := make([]calc.Plan, len(dates))
	for i, d := range dates {
		out[i] = plan
		out[i].Start, out[i].End = d, calc.Date{}
	}
	return out
}
