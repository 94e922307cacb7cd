package tax

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// A dataReader reads the figures' compact encoding in data_gen.go, which
// the generator (TestDataIsGenerated) writes from data/*.json: each value
// in the order of its type's fields, with no names, so that reading is a
// few small functions, one a type (generated too), and not one line of
// code a figure. Go literals for the figures made the wasm 23 KB (gzip)
// larger, a line of code each; JSON cost the first estimate encoding/json's
// reflection. The encoding:
//
//	int      digits, then ";"           (-12;)
//	bool     "t" or "f"
//	string   its length in bytes, ":", the bytes
//	decimal  coefficient "e" exponent ";" (1610000e-2;), or "z" for none
//	slice    "n" for nil, else its length ";" and the elements
//	map      its length ";" and key, value pairs, by key
//	pointer  "n" for nil, else "p" and the value
//	struct   every field, in order
//
// The encoding is the generator's own output, read by the code generated
// with it: a reader meets no input it did not write, and a test reads
// every file back. So it does not check its input: a malformed string is
// a bug, and panics.
type dataReader struct {
	s string
	i int
}

// until returns the text up to the next c, and moves past c.
func (r *dataReader) until(c byte) string {
	j := r.i + strings.IndexByte(r.s[r.i:], c)
	v := r.s[r.i:j]
	r.i = j + 1
	return v
}

// next returns the next byte, and moves past it.
func (r *dataReader) next() byte {
	r.i++
	return r.s[r.i-1]
}

func (r *dataReader) int() int {
	n, err := strconv.Atoi(r.until(';'))
	if err != nil {
		panic("tax: the figures' encoding: " + err.Error())
	}
	return n
}

func (r *dataReader) bool() bool { return r.next() == 't' }

func (r *dataReader) string() string {
	n, err := strconv.Atoi(r.until(':'))
	if err != nil {
		panic("tax: the figures' encoding: " + err.Error())
	}
	v := r.s[r.i : r.i+n]
	r.i += n
	return v
}

func (r *dataReader) decimal() decimal.Decimal {
	if r.s[r.i] == 'z' {
		r.i++
		return decimal.Decimal{}
	}
	coef, err := strconv.ParseInt(r.until('e'), 10, 64)
	if err != nil {
		panic("tax: the figures' encoding: " + err.Error())
	}
	return decimal.New(coef, int32(r.int()))
}

// length reads a slice's length: -1 for nil.
func (r *dataReader) length() int {
	if r.s[r.i] == 'n' {
		r.i++
		return -1
	}
	return r.int()
}

// present reads whether a pointer is set.
func (r *dataReader) present() bool { return r.next() == 'p' }
