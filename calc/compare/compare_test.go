package compare_test

import (
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/compare"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// best returns, for each row, the indexes of the cells marked best.
func best(c compare.Comparison) map[compare.RowID][]int {
	out := map[compare.RowID][]int{}
	for _, r := range c.Rows {
		out[r.ID] = []int{}
		for i, cell := range r.Cells {
			if cell.Best {
				out[r.ID] = append(out[r.ID], i)
			}
		}
	}
	return out
}

func TestComparePublishedStarts(t *testing.T) {
	p := calc.DefaultPolicy()
	plans := compare.PublishedStarts(p, calc.Plan{Start: d("2026-01-01"), End: d("2026-12-31"), Rate: dec("50")})
	require.Len(t, plans, 5)
	var quotes []calc.Quote
	for i, plan := range plans {
		assert.Equal(t, p.StartDates()[i], plan.Start)
		assert.True(t, plan.End.IsZero(), "each runs to the end of the program")
		assert.True(t, plan.Rate.Equal(dec("50")), "the plan's other fields stay")
		quotes = append(quotes, quoteOf(t, p, plan))
	}
	c := compare.Quotes(quotes)
	var ids []compare.RowID
	for _, r := range c.Rows {
		ids = append(ids, r.ID)
		assert.Len(t, r.Cells, 5)
	}
	assert.Equal(t, []compare.RowID{compare.RowProgramEnd, compare.RowCommitmentEnd, compare.RowHolidays, compare.RowWorkDays,
		compare.RowRate, compare.RowGross, compare.RowSickHours, compare.RowVerdict}, ids)

	holidays, _ := c.Row(compare.RowHolidays)
	var counts []string
	for _, cell := range holidays.Cells {
		counts = append(counts, cell.Amount.String())
	}
	// May 11 and 18 have Memorial Day, Juneteenth and July 3; May 26 and
	// June 8 lose Memorial Day; June 22 has July 3 and Labor Day.
	assert.Equal(t, []string{"3", "3", "2", "2", "2"}, counts)

	assert.Equal(t, map[compare.RowID][]int{
		compare.RowProgramEnd:    {0}, // Aug 2, the earliest
		compare.RowCommitmentEnd: {0}, // Aug 10
		compare.RowHolidays:      {0, 1},
		compare.RowWorkDays:      {}, // 60 each: no best
		compare.RowRate:          {}, // the same rate
		compare.RowGross:         {}, // 480 paid hours each
		compare.RowSickHours:     {}, // all hired in the first half
		compare.RowVerdict:       {}, // all warn: the commitment
	}, best(c))
}

func TestCompareBestFigures(t *testing.T) {
	p := calc.DefaultPolicy()
	a := quoteOf(t, p, calc.Plan{Start: d("2026-05-11"), Rate: dec("50")})                       // to Aug 2: warns
	b := quoteOf(t, p, calc.Plan{Start: d("2026-05-11"), End: d("2026-08-10"), Rate: dec("50")}) // to the commitment: passes
	c := quoteOf(t, p, calc.Plan{Start: d("2026-07-06"), End: d("2026-10-05"), Rate: dec("58")}) // second half: 40 sick hours; not published: warns
	f := quoteOf(t, p, calc.Plan{Start: d("2026-05-11"), End: d("2026-07-24"), Rate: dec("58")}) // short of the program: fails

	cmp := compare.Quotes([]calc.Quote{a, b, c, f})
	got := best(cmp)
	assert.Equal(t, []int{0, 1, 3}, got[compare.RowProgramEnd], "a tie is marked in every cell")
	assert.Equal(t, []int{2, 3}, got[compare.RowRate])
	assert.Equal(t, []int{0, 1, 3}, got[compare.RowSickHours], "56 beats 40")
	assert.Equal(t, []int{1}, got[compare.RowVerdict], "pass beats warn beats fail")
	assert.Empty(t, got[compare.RowWorkDays], "fewer workdays is not better: no best")

	gross, _ := cmp.Row(compare.RowGross)
	bestGross := 0
	for i, cell := range gross.Cells {
		if cell.Amount.GreaterThan(gross.Cells[bestGross].Amount) {
			bestGross = i
		}
	}
	assert.Equal(t, []int{bestGross}, got[compare.RowGross])
	assert.Equal(t, compare.BetterMore, gross.Better)

	verdict, _ := cmp.Row(compare.RowVerdict)
	assert.Equal(t, []calc.Status{calc.Warn, calc.Pass, calc.Warn, calc.Fail}, []calc.Status{
		verdict.Cells[0].Status, verdict.Cells[1].Status, verdict.Cells[2].Status, verdict.Cells[3].Status})
}

func TestCompareEdgeCases(t *testing.T) {
	assert.Empty(t, compare.Quotes(nil).Rows[0].Cells)

	p := calc.DefaultPolicy()
	one := compare.Quotes([]calc.Quote{quoteOf(t, p, calc.Plan{Start: d("2026-05-11")})})
	for _, r := range one.Rows {
		assert.False(t, r.Cells[0].Best, "%s: one plan has nothing to beat", r.ID)
	}

	// A posting with no commitment has no date to compare in that row.
	nc := p
	nc.CommitmentMonths = 0
	mixed := compare.Quotes([]calc.Quote{
		quoteOf(t, nc, calc.Plan{Start: d("2026-05-11")}),
		quoteOf(t, p, calc.Plan{Start: d("2026-05-18")}),
	})
	row, ok := mixed.Row(compare.RowCommitmentEnd)
	require.True(t, ok)
	assert.True(t, row.Cells[0].Date.IsZero())
	assert.False(t, row.Cells[0].Best)
	assert.False(t, row.Cells[1].Best, "one date left: nothing to compare")

	_, ok = mixed.Row("nope")
	assert.False(t, ok)
}

func d(s string) calc.Date { return calc.MustParseDate(s) }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func quoteOf(t *testing.T, p calc.Policy, plan calc.Plan) calc.Quote {
	t.Helper()
	q, err := calc.Compute(p, plan)
	require.NoError(t, err)
	return q
}
