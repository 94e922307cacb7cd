package tax

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// The withholding methods against each publication's own worked examples,
// to the cent, per pay frequency (the sources are docs/tax.md's).
func TestWithholdingWorkedExamples(t *testing.T) {
	ny, nyc := jurisdictionFor("NY", 2026), jurisdictionFor("NYC", 2026)
	ma, il, ca := jurisdictionFor("MA", 2026), jurisdictionFor("IL", 2026), jurisdictionFor("CA", 2026)
	ilB := il.Withholding
	ilB.Allowance = d("7850") // Example B's 2 basic ($2,925) and 2 additional ($1,000) allowances
	tests := []struct {
		name       string
		rules      *withholdingRules
		freq       PayFrequency
		wages      string
		allowances int
		fica       string
		want       string
	}{
		// NYS-50-T-NYS (1/26), single, Method II. Example 1: weekly $400,
		// 3 exemptions: $400 − $200.05 = $199.95; ($199.95 − $163) × .0440
		// = 1.6258 → 1.63 + 6.38.
		{"NYS example 1, weekly", &ny.Withholding, Weekly, "400", 3, "0", "8.01"},
		// Example 2: semimonthly $5,000, 1 exemption: $4,650; ($4,650 −
		// $4,485) × .0753 = 12.4245 → 12.42 + 246.08 = $258.50. The
		// publication prints $258.51: its own rule (step 4 rounded to the
		// cent, as its other examples do) gives $258.50.
		{"NYS example 2, semimonthly", &ny.Withholding, Semimonthly, "5000", 1, "0", "258.50"},
		// Example 3: monthly $50,000, 3 exemptions: $49,133.40; ($49,133.40
		// − $22,117) × .0735 = 1,985.7054 → 1,985.71 + 1,590.92.
		{"NYS example 3, monthly", &ny.Withholding, Monthly, "50000", 3, "0", "3576.63"},
		// Weekly $2,000, none: $1,857.70; 306.70 × .059 = 18.0953 → 18.10 + 80.58.
		{"NYS weekly $2,000", &ny.Withholding, Weekly, "2000", 0, "0", "98.68"},
		// Method III: monthly $120,000, none: $119,383.30, × 12 over
		// $1,077,550: 10.45% of the whole, 12,475.55485 → 12,475.55 (the
		// publication prints no Method III example; rounding the annual tax
		// first would give 12,475.56).
		{"NYS Method III", &ny.Withholding, Monthly, "120000", 0, "0", "12475.55"},
		// NYS-50-T-NYC (1/26). Example 1: weekly $400, 3 exemptions: $246.10;
		// ($246.10 − $167) × .0325 = 2.57075 → 2.57 + 3.54.
		{"NYC example 1, weekly", &nyc.Withholding, Weekly, "400", 3, "0", "6.11"},
		// Example 2: semimonthly $5,000, 1: $4,750; 2,250 × .0425 = 95.625
		// → 95.63 + 93.17.
		{"NYC example 2, semimonthly", &nyc.Withholding, Semimonthly, "5000", 1, "0", "188.80"},
		// Example 3: monthly $50,000, 3: $49,333.40; 44,333.40 × .0425 =
		// 1,884.1695 → 1,884.17 + 186.33.
		{"NYC example 3, monthly", &nyc.Withholding, Monthly, "50000", 3, "0", "2070.50"},
		// Circular M (Rev. 12/25): weekly $1,000, 2 exemptions, FICA $76.50:
		// $1,000 − 76.50 − (19 × 2 + 66) = $819.50 × 52 = $42,614 × 5% =
		// $2,130.70 ÷ 52 = 40.975 → 40.98.
		{"MA weekly, 2 exemptions", &ma.Withholding, Weekly, "1000", 2, "76.50", "40.98"},
		// Weekly $1,115, 1 exemption, $38.46 deducted: 991.54 × 5%.
		{"MA weekly, 1 exemption", &ma.Withholding, Weekly, "1115", 1, "38.46", "49.58"},
		// Over the surtax line, no exemptions and no FICA (a nonresident):
		// $30,000 × 52 = $1,560,000: 5% × $1,083,150 = 54,157.50 + 9% ×
		// 476,850 = 42,916.50: $97,074 ÷ 52 = 1,866.8077 → 1,866.81.
		{"MA over the surtax line", &ma.Withholding, Weekly, "30000", 0, "0", "1866.81"},
		// Below the floor ($154 a week) with an exemption: nothing.
		{"MA below the floor", &ma.Withholding, Weekly, "150", 1, "11.48", "0"},
		// IL-700-T (R-12/25), Example B: weekly $800, allowances $7,850:
		// $7,850 ÷ 52 = 150.96 (rounded first, as the booklet prints it);
		// ($800 − 150.96) × .0495 = 32.1275 → 32.13.
		{"IL example B, weekly", &ilB, Weekly, "800", 1, "0", "32.13"},
		// No IL-W-4: $800 × .0495.
		{"IL, no IL-W-4", &il.Withholding, Weekly, "800", 0, "0", "39.60"},
		// EDD DE 44 (2026), Method B, annualized: weekly $2,000, 1
		// allowance: $104,000 − $5,706 = $98,294; 3,522.17 + 10.23% × 25,570
		// = 6,137.981 − 168.30 = 5,969.681 ÷ 52 = 114.80. (The weekly table
		// rounds its thresholds and gives $114.76.)
		{"CA Method B, weekly", &ca.Withholding, Weekly, "2000", 1, "0", "114.80"},
		// Over $1,000,000 annualized, the 14.63% row: weekly $20,000 ×
		// 52 = $1,040,000 − $5,706 = $1,034,294; 114,220.27 (to $1,000,000)
		// + 14.63% × 34,294 = 5,017.21: $119,237.48 − 168.30 ÷ 52 =
		// 2,289.7898 → 2,289.79.
		{"CA top row", &ca.Withholding, Weekly, "20000", 1, "0", "2289.79"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := period{wages: d(tt.wages), freq: tt.freq, perYear: decimal.New(int64(tt.freq.PeriodsPerYear()), 0),
				allowances: tt.allowances, fica: d(tt.fica)}
			if got := tt.rules.withhold(p); !got.Equal(d(tt.want)) {
				t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
			}
		})
	}

	// Federal, Publication 15-T (2026) Worksheet 1A, and its nonresident
	// alien adjustment (Table 2).
	f := federalFor(2026)
	for _, tt := range []struct {
		freq        PayFrequency
		wages       string
		nonresident bool
		want        string
	}{
		// $2,000 × 52 = $104,000 − $8,600 = $95,400: $5,800 + 22% × $37,500
		// = $14,050 ÷ 52 = 270.1923 → 270.19.
		{Weekly, "2000", false, "270.19"},
		// + $309.60: $120,099.20 − $8,600 = $111,499.20: $5,800 + 22% ×
		// $53,599.20 = $17,591.824 ÷ 52 = 338.3043 → 338.30.
		{Weekly, "2000", true, "338.30"},
		{Biweekly, "3600", false, "452.38"},
		{Biweekly, "3600", true, "588.61"},
		// Monthly $60,000: $711,400: $192,979.25 + 37% × $63,300 =
		// $216,400.25 ÷ 12 = 18,033.3542 → 18,033.35.
		{Monthly, "60000", false, "18033.35"},
	} {
		got := federalWithholding(f, d(tt.wages), Profile{Frequency: tt.freq, Nonresident: tt.nonresident}, decimal.New(int64(tt.freq.PeriodsPerYear()), 0))
		if !got.Equal(d(tt.want)) {
			t.Errorf("federal %s $%s nonresident %v: %s, want %s", tt.freq, tt.wages, tt.nonresident, got, tt.want)
		}
	}
}

// The returns' tax tables: each row taxed at its midpoint, rounded to the
// dollar.
func TestReturnTables(t *testing.T) {
	f := federalFor(2026)
	// IRS rows, 2026 brackets: $0-5 → 0; $5-15 → 10% × 10 = 1; $25-50 → 10%
	// × 37.50 = 3.75 → 4; $2,975-3,000 → 10% × 2,987.50 = 298.75 → 299;
	// $3,000-3,050 → 302.50 → 303; $12,400-12,450 → 1,240 + 12% × 25 =
	// 1,243; $34,250-34,300 → 1,240 + 12% × 21,875 = 3,865; $48,500-48,550
	// → 1,240 + 12% × 36,125 = 5,575; $99,950-100,000 → 5,800 + 22% ×
	// 49,575 = 16,706.50 → 16,707.
	for ti, want := range map[string]string{
		"3": "0", "7": "1", "30": "4", "2999": "299", "3001": "303", "12420": "1243", "34260": "3865",
		"48549": "5575", "99999": "16707",
	} {
		got, table := f.Owed.returnTax(d(ti), d(ti))
		if !table || !got.Equal(d(want)) {
			t.Errorf("federal table at %s: %s (table %v), want %s", ti, got, table, want)
		}
	}
	// At $100,000 and over, the schedule, in cents.
	if got, table := f.Owed.returnTax(d("150000"), d("166100")); table || !got.Equal(d("28598")) {
		t.Errorf("federal at $150,000: %s (table %v), want 17,966 + 24%% × 44,300 = 28,598", got, table)
	}

	// California's 2025 table (the FTB's rows seen: $751-850 → 8,
	// $11,051-11,150 → 111, $13,851-13,950 → 167, $45,251-45,350 → 1,253,
	// $91,351-91,450 → 4,939).
	ca := jurisdictionFor("CA", 2026)
	for ti, want := range map[string]string{"800": "8", "11100": "111", "13900": "167", "45300": "1253", "91400": "4939"} {
		got, table := ca.Owed.returnTax(d(ti), d(ti))
		if !table || !got.Equal(d(want)) {
			t.Errorf("California table at %s: %s (table %v), want %s", ti, got, table, want)
		}
	}
	// New York's rows: $0-13 → 0, $13-25 → 3.9% × 19 = 0.74 → 1, then rows
	// of $50: $13,600-13,650 → 473 + 5.15% × 1,925 = 572.14 → 572.
	ny := jurisdictionFor("NY", 2026)
	for ti, want := range map[string]string{"12": "0", "20": "1", "13620": "572"} {
		got, table := ny.Owed.returnTax(d(ti), d(ti))
		if !table || !got.Equal(d(want)) {
			t.Errorf("New York table at %s: %s (table %v), want %s", ti, got, table, want)
		}
	}
}

// Each table's limit, on the whole dollars a return enters: the IRS Tax
// Table is for taxable income "less than $100,000" (Form 1040
// instructions), New York's for less than $65,000 (IT-201 instructions),
// California's for "$100,000 or less" (Form 540 instructions), its last
// row $99,951-100,000.
func TestReturnTableLimits(t *testing.T) {
	f, ca, ny := federalFor(2026), jurisdictionFor("CA", 2026), jurisdictionFor("NY", 2026)
	for _, tt := range []struct {
		name  string
		s     *schedule
		ti    string
		table bool
		want  string
	}{
		// The row $99,950-100,000: 5,800 + 22% × 49,575 = 16,706.50 → 16,707.
		{"IRS, the last row", &f.Owed, "99999", true, "16707"},
		// $99,999.50 is entered as $100,000: the worksheet, 5,800 + 22% ×
		// 49,599.50 = 16,711.89 (it was taxed at a row $100,000-100,050 the
		// table does not have: 16,718).
		{"IRS, rounded up to the limit", &f.Owed, "99999.50", false, "16711.89"},
		{"IRS at $100,000", &f.Owed, "100000", false, "16712"},
		// The last row, $99,951-100,000, at its midpoint $99,975.50: 3,201.97
		// + 9.3% × 27,251.50 = 2,534.3895: 5,736.36 → 5,736.
		{"California at $100,000", &ca.Owed.schedule, "100000", true, "5736"},
		{"California, the last row", &ca.Owed.schedule, "99960", true, "5736"},
		{"California, rounded down to the limit", &ca.Owed.schedule, "100000.49", true, "5736"},
		// Over: the schedule, 3,201.97 + 9.3% × 27,277 = 5,738.731.
		{"California over $100,000", &ca.Owed.schedule, "100001", false, "5738.73"},
		// The row $64,950-65,000: 586 + 5.4% × 51,075 = 3,344.05 → 3,344.
		{"New York, the last row", &ny.Owed.schedule, "64999", true, "3344"},
		// 586 + 5.4% × 51,100 = 3,345.40.
		{"New York at $65,000", &ny.Owed.schedule, "65000", false, "3345.40"},
	} {
		got, table := tt.s.returnTax(d(tt.ti), d(tt.ti))
		if table != tt.table || !got.Equal(d(tt.want)) {
			t.Errorf("%s: %s (table %v), want %s (table %v)", tt.name, got, table, tt.want, tt.table)
		}
	}
}

// The data files: every one reads, every figure has a source, brackets
// rise, and the tables agree with each other where the publications say
// they do.
func TestDataFiles(t *testing.T) {
	feds, states := figures()
	if len(feds) == 0 || len(states) == 0 {
		t.Fatal("no figures read")
	}
	for _, code := range []string{"CA", "WA", "NY", "NYC", "MA", "IL", "TX", "FL", "NV", "TN"} {
		if jurisdictionFor(code, 2026) == nil {
			t.Errorf("no figures for %s", code)
		}
	}
	rising := func(what string, bs []bracket) {
		for i := 1; i < len(bs); i++ {
			if !bs[i].Over.GreaterThan(bs[i-1].Over) {
				t.Errorf("%s: bracket %d does not rise", what, i)
			}
		}
	}
	for y, f := range feds {
		for what, src := range map[string]string{"owed": f.Owed.Source, "withholding": f.Withholding.Source, "nonresident": f.Nonresident.Source,
			"supplemental": f.Supplemental.Source, "social security": f.SocialSecurity.Source, "medicare": f.Medicare.Source,
			"part-year": f.PartYear.Source, "overtime": f.Overtime.Source, "fica exemption": f.FICAExemptSource} {
			if src == "" {
				t.Errorf("federal %d %s: no source", y, what)
			}
		}
		rising("federal owed", f.Owed.Brackets)
		rising("federal withholding", f.Withholding.Brackets)
		// Each withholding row is the owed bracket moved by the standard
		// deduction less line 1g ($16,100 − $8,600 = $7,500), with the
		// printed tentative amounts as the brackets' sums.
		shift := f.Owed.Deduction.Sub(f.Withholding.Deduction)
		for i, b := range f.Owed.Brackets {
			w := f.Withholding.Brackets[i+1]
			if !b.Over.Add(shift).Equal(w.Over) || !b.Rate.Equal(w.Rate) || !f.Owed.plus(i).Equal(f.Withholding.plus(i+1)) {
				t.Errorf("federal %d: withholding row %d is not the owed bracket %d moved by %s", y, i+1, i, shift)
			}
		}
		for _, freq := range PayFrequencies() {
			// Publication 15-T's Table 2: the standard deduction over the
			// periods, to the nearest 10 cents (derived for 2026: see the
			// data's source).
			n := decimal.New(int64(freq.PeriodsPerYear()), 0)
			if add := f.Nonresident.Add[freqKey(freq)]; !add.Equal(f.Owed.Deduction.DivRound(n, 1)) {
				t.Errorf("federal %d: the nonresident adjustment for %s is %s, not the standard deduction ÷ %s", y, freq, add, n)
			}
		}
	}
	for code, js := range states {
		for _, j := range js {
			if j.Withholding.Source == "" || j.Owed.Source == "" {
				t.Errorf("%s %d: no source", code, j.Year)
			}
			if withholdingMethod(j.Withholding.Method) == nil && j.Withholding.Method != "none" {
				t.Errorf("%s %d: no withholding method %q", code, j.Year, j.Withholding.Method)
			}
			if owedMethod(j.Owed.Method) == nil && (j.Owed.Method != "" || j.Withholding.Method != "none") {
				t.Errorf("%s %d: no method %q for the tax owed", code, j.Year, j.Owed.Method)
			}
			if j.State != "" && j.Name == "" {
				t.Errorf("%s %d: a locality with no name", code, j.Year)
			}
			if j.Owed.Provisional && j.Owed.Note == "" {
				t.Errorf("%s %d: provisional with no note saying why", code, j.Year)
			}
			rising(code+" withholding", j.Withholding.Brackets)
			rising(code+" owed", j.Owed.Brackets)
			for _, p := range j.Premiums {
				if p.Source == "" || p.Label == "" || !p.Rate.IsPositive() {
					t.Errorf("%s: premium %s lacks a source, a label or a rate", code, p.ID)
				}
			}
			if j.Withholding.Method == "ny-tables" {
				for _, freq := range PayFrequencies() {
					pt, ok := j.Withholding.Periods[freqKey(freq)]
					if !ok || len(pt.Over) != len(j.Withholding.Rates) || len(pt.Add) != len(pt.Over) {
						t.Errorf("%s %s: the table's columns do not match its rates", code, freq)
					}
				}
			}
		}
	}
	// California's Method B rates are the owed schedule's at 1.1×, on the
	// same brackets, with the 14.63% row over $1,000,000.
	ca := jurisdictionFor("CA", 2026)
	w, o := ca.Withholding.Brackets, ca.Owed.Brackets
	if len(w) != len(o) {
		t.Fatalf("California: %d withholding rows, %d owed", len(w), len(o))
	}
	for i := range w {
		if !w[i].Over.Equal(o[i].Over) || !w[i].Rate.Equal(o[i].Rate.Mul(d("1.1"))) {
			t.Errorf("California row %d: %s at %s, owed %s at %s", i, w[i].Over, w[i].Rate, o[i].Over, o[i].Rate)
		}
	}
	if last := w[len(w)-1]; !last.Over.Equal(d("1000000")) || !last.Rate.Equal(d("0.1463")) {
		t.Errorf("California's top row: %s at %s", last.Over, last.Rate)
	}
}

// A jurisdiction is its data: the methods are named there, so a state
// whose methods are known is a file, whatever its code (the tax owed was
// chosen by the state's code, and New York City's $8,000 was in the code).
func TestMethodsNamedByData(t *testing.T) {
	var j jurisdiction
	err := json.Unmarshal([]byte(`{"code": "ZZ", "year": 2026,
		"withholding": {"method": "flat-allowances", "source": "a test", "rate": "0.05", "allowance": "2600"},
		"owed": {"method": "il-1040", "source": "a test", "brackets": [["0", "0.05"]], "exemption": "2600", "exemptionUpTo": "250000"}}`), &j)
	if err != nil {
		t.Fatal(err)
	}
	j.Withholding.prepare()
	j.Owed.prepare()
	// Weekly $1,000, one allowance: $2,600 ÷ 52 = $50; 5% × $950 = $47.50.
	p := period{wages: d("1000"), freq: Weekly, perYear: d("52"), allowances: 1}
	if got := j.Withholding.withhold(p); !got.Equal(d("47.50")) {
		t.Errorf("withheld %s, want 47.50", got)
	}
	// 5% × ($30,000 − $2,600) = $1,370.
	if got := j.owed(year{agi: d("30000")}); !got.Equal(d("1370")) {
		t.Errorf("owed %s, want 1370", got)
	}

	// New York City's tax is on the state's taxable income, its deduction
	// in its data: $21,600 − $8,000 = $13,600, the city table's row
	// $13,600-13,650: 369 + 3.762% × 1,625 = 430.13 → 430, less the school
	// tax credit's $63 and 0.171% × 12,000 + 0.228% × 1,600 = 24.17.
	nyc := *jurisdictionFor("NYC", 2026)
	if got := nyc.owed(year{agi: d("21600")}); !got.Equal(d("342.83")) {
		t.Errorf("New York City owed %s, want 342.83", got)
	}
	nyc.Owed.Deduction = d("9000") // $12,600: 369 + 3.762% × 625 = 392.51 → 393, less 63 and 20.52 + 0.228% × 600 = 21.89
	if got := nyc.owed(year{agi: d("21600")}); !got.Equal(d("308.11")) {
		t.Errorf("New York City owed with a $9,000 deduction %s, want 308.11", got)
	}
}
