package posting_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/posting"
	"github.com/offercalc/offercalc/internal/bound"
)

// FuzzRead feeds Read any text: it never panics, returns either a
// *calc.FieldError or a reading whose policy calc accepts after a JSON
// round trip, and no single read takes long (pathological input must not
// be slower than a posting, which reads in well under a millisecond).
func FuzzRead(f *testing.F) {
	for _, text := range corpus(f) {
		f.Add(text, 2026)
	}
	f.Add("Intern\nPay: $45 - $60/hr\n<li>10 paid holidays</li>", 0)
	f.Add("<!--<!--<!--"+strings.Repeat("<a", 100)+"&#x10FFFF;&#0;&amp", -5)
	f.Add("Summer Start Dates 2026:\n- May 11th\n- 2/30/2026\n- 9999-99-99", 2200)
	f.Add("Intern\nPay: $45/hr\nStart dates: May 11 and June 1.\nA Winter internship too.", 2099)
	f.Add("Intern\nPay: $45/hr\nStart dates: May 11 and June 1.", 2027)
	f.Fuzz(func(t *testing.T, text string, year int) {
		var r posting.Reading
		var err error
		opt := posting.Options{Year: year}
		if year%2 != 0 { // and the day it is read: the last of the year, when every date is past
			opt.Today = calc.Date{Year: year, Month: time.December, Day: 31}
		}
		bound.Within(t, fmt.Sprintf("Read of %d bytes", len(text)), func() { r, err = posting.Read(text, opt) })
		if err != nil {
			var fe *calc.FieldError
			if !errors.As(err, &fe) || fe.Field != "posting.text" || len(fe.Value) > 60 || fe.Want == "" {
				t.Fatalf("error is not a posting.text FieldError: %#v", err)
			}
			if strings.Contains(fe.Want, "a bug in the reader") || strings.Contains(fe.Want, "not a valid policy") {
				t.Fatalf("Read recovered from a panic on %q", text)
			}
			return
		}
		data, err := json.Marshal(r.Policy)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := calc.ParsePolicy(data); err != nil {
			t.Fatalf("policy does not round-trip: %v\n%s", err, data)
		}
		if len(r.Terms) != 14 {
			t.Fatalf("%d terms", len(r.Terms))
		}
		for _, tm := range r.Terms {
			if tm.Assumed != (tm.Start < 0) || tm.Start >= 0 && (tm.Start >= tm.End || tm.End > len(text)) {
				t.Fatalf("term %s: offsets %d:%d of %d (assumed %v)", tm.Field, tm.Start, tm.End, len(text), tm.Assumed)
			}
		}
		for i := range r.Tiers {
			if _, err := calc.Compute(r.WithTier(i).Policy, calc.Plan{Start: r.Policy.Seasons[0].From}); err != nil {
				t.Fatalf("tier %d: %v", i, err)
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	text, _ := readShipped(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := posting.Read(text, posting.Options{Year: 2026}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadLarge reads the longest text Read accepts, the shipped
// posting repeated: the time grows with the text, no faster.
func BenchmarkReadLarge(b *testing.B) {
	text, _ := readShipped(b)
	big := strings.Repeat(text+"\n", posting.MaxText/(len(text)+1))
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		if _, err := posting.Read(big, posting.Options{Year: 2026}); err != nil {
			b.Fatal(err)
		}
	}
}
