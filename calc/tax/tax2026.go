package tax

import "github.com/shopspring/decimal"

// tax2026 returns the 2026 figures, as collected in
// docs/tax.md. Verify a figure against its source again before
// changing it.
func tax2026() *Table {
	return &Table{
		Year: 2026,

		FederalOwed: Schedule{
			Year:      2026,
			Source:    "IRS Rev. Proc. 2025-32 (2026 standard deduction and tax brackets, single)",
			Deduction: figure("16100"),
			Brackets: []Bracket{
				{figure("0"), figure("0.10")},
				{figure("12400"), figure("0.12")},
				{figure("50400"), figure("0.22")},
				{figure("105700"), figure("0.24")},
				{figure("201775"), figure("0.32")},
				{figure("256225"), figure("0.35")},
				{figure("640600"), figure("0.37")},
			},
		},
		// The table's rows as printed carry a tentative amount ($1,240,
		// $5,800, ... $192,979.25); they are the brackets' sums below each row,
		// and the tests check that they come out so.
		FederalWithholding: Schedule{
			Year:      2026,
			Source:    "IRS Publication 15-T (2026), Worksheet 1A and the annual percentage method table, single, W-4 Step 2 unchecked",
			Deduction: figure("8600"),
			Brackets: []Bracket{
				{figure("0"), figure("0")},
				{figure("7500"), figure("0.10")},
				{figure("19900"), figure("0.12")},
				{figure("57900"), figure("0.22")},
				{figure("113200"), figure("0.24")},
				{figure("209275"), figure("0.32")},
				{figure("263725"), figure("0.35")},
				{figure("648100"), figure("0.37")},
			},
		},
		FederalSupplemental: FlatRate{
			Rate:   figure("0.22"),
			Source: "IRS Publication 15 (2026), supplemental wages: the optional flat rate",
		},

		SocialSecurity: PayrollTax{
			Rate:   figure("0.062"),
			UpTo:   figure("184500"),
			Source: "SSA, October 2025 announcement (2026 wage base)",
		},
		Medicare: PayrollTax{
			Rate:   figure("0.0145"),
			Source: "IRS (Medicare tax, employee share)",
		},
		AdditionalMedicare: PayrollTax{
			Rate:   figure("0.009"),
			Over:   figure("200000"),
			Source: "IRS (Additional Medicare Tax, withheld on wages over $200,000 from one employer)",
		},

		PartYearMaxDays: 245,
		PartYearSource:  "Treas. Reg. §31.3402(h)(4)-1(c); IRS Publication 15-T (2026), part-year employment method",

		CaliforniaWithholding: Schedule{
			Year:            2026,
			Source:          "EDD, California Withholding Schedules for 2026, Method B (exact calculation), single",
			Deduction:       figure("5706"),
			AllowanceCredit: figure("168.30"),
			Exempt:          figure("18896"),
			Brackets: []Bracket{
				{figure("0"), figure("0.011")},
				{figure("11079"), figure("0.022")},
				{figure("26264"), figure("0.044")},
				{figure("41452"), figure("0.066")},
				{figure("57542"), figure("0.088")},
				{figure("72724"), figure("0.1023")},
				{figure("371479"), figure("0.1133")},
				{figure("445771"), figure("0.1243")},
				{figure("742953"), figure("0.1353")},
			},
		},
		CaliforniaOwed: Schedule{
			Year:        2025,
			Provisional: true,
			Note:        "California's 2026 tax schedule is not yet published: the tax owed uses the 2025 schedule.",
			Source:      "FTB 2025 Form 540 instructions (2025 tax rate schedule, single; personal exemption credit)",
			Deduction:   figure("5706"),
			Credit:      figure("153"),
			Brackets: []Bracket{
				{figure("0"), figure("0.01")},
				{figure("11079"), figure("0.02")},
				{figure("26264"), figure("0.04")},
				{figure("41452"), figure("0.06")},
				{figure("57542"), figure("0.08")},
				{figure("72724"), figure("0.093")},
				{figure("371479"), figure("0.103")},
				{figure("445771"), figure("0.113")},
				{figure("742953"), figure("0.123")},
			},
		},
		CaliforniaSupplemental: FlatRate{
			Rate:   figure("0.066"),
			Source: "EDD DE 44 (2026), supplemental wages other than bonuses and stock options",
		},

		SDI: PayrollTax{
			Rate:   figure("0.013"),
			Source: "EDD, contribution rates for 2026 (SDI with paid family leave; no wage limit)",
		},
	}
}

// figure is for the literals of the tables, which the tests load: a typo
// fails every test at once. Not inlined: inlined into every literal of the
// tables, it made the package's init 15 KB larger in the wasm.
//
//go:noinline
func figure(s string) decimal.Decimal { return decimal.RequireFromString(s) }
