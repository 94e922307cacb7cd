package calc

import "github.com/shopspring/decimal"

// Dollars formats an amount as US dollars rounded to cents, half away from
// zero (decimal.Decimal.StringFixed), with thousands separators:
// "$25,200.00", "-$1,234.57". Rounding happens here, when an amount is
// shown (or, as decimal.Decimal.Round(2) and StringFixed(2), the same
// rounding, when it is exported), and nowhere inside the computation.
func Dollars(d decimal.Decimal) string {
	s := d.StringFixed(2)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	intPart, frac := s[:len(s)-3], s[len(s)-3:]
	b := make([]byte, 0, len(s)+len(s)/3+2)
	if neg {
		b = append(b, '-')
	}
	b = append(b, '$')
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, intPart[i])
	}
	return string(append(b, frac...))
}
