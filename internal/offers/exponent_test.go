package offers

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/calc/link"
	"github.com/offercalc/offercalc/internal/bound"
)

// hostileDecimals are the numbers that cost a decimal library seconds
// unless a bound refuses them first (internal/bound says why).
var hostileDecimals = bound.HostileDecimals()

// typed types value into the control id and returns the field's message,
// failing when the input and the page's answer take over bound.
func typed(t *testing.T, p *Page, id, value string) string {
	t.Helper()
	// The input, with the page's messages and regions written after it as
	// the glue does, is bounded (internal/bound); typing the same text
	// again is the same input.
	var msgs map[string]string
	if took, ok := bound.Check(id, func() {
		p.Input(id, value)
		msgs = p.Messages()
		p.Regions()
	}); !ok {
		t.Errorf("%s = %.12s…: answered in %s, over the bound", id, value, took)
	}
	return msgs[id]
}

// checkMessage checks that a field's message refuses the value and quotes
// it cut short.
func checkMessage(t *testing.T, id, value, msg string) {
	t.Helper()
	switch {
	case msg == "":
		t.Errorf("%s = %.12s…: no message", id, value)
	case len(msg) > 300:
		t.Errorf("%s = %.12s…: a message of %d bytes", id, value, len(msg))
	}
}

// The decimal fields of an offer, and of a posting being checked, refuse
// a hostile number at once, with a message beside the field.
func TestPageRefusesHostileDecimals(t *testing.T) {
	c := newPage(t, Compare, "http://localhost/compare", MemStore{})
	for _, key := range []string{"rate", "hours", "housing", "rent", "travel"} {
		id := "o0-" + key
		for _, v := range hostileDecimals {
			checkMessage(t, id, v, typed(t, c, id, v))
		}
		c.Input(id, "")
	}
	if len(c.result.columns) != 1 {
		t.Errorf("the offer, its fields emptied, does not compute: %v", c.Messages())
	}

	p := newPage(t, Postings, "http://localhost/postings", MemStore{})
	pasted(t, p, corpus(t, "00-shipped.txt"))
	n := 0
	for _, f := range editorFields {
		if f.kind != kindDecimal {
			continue
		}
		n++
		id := "edit-" + f.key
		old := p.ed.form.values.Get(f.key)
		for _, v := range hostileDecimals {
			checkMessage(t, id, v, typed(t, p, id, v))
			if p.ed.ok {
				t.Errorf("%s = %.12s…: the terms check", id, v)
			}
		}
		p.Input(id, old)
	}
	if n < 6 || !p.ed.ok {
		t.Errorf("%d decimal fields; the terms back as read check: %v", n, p.ed.ok)
	}
}

// A posting's terms with a hostile number, from a file picked or in a
// comparison's link, are refused at once, the message naming the field.
func TestPageRefusesHostilePostings(t *testing.T) {
	pol, err := json.Marshal(calc.DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range hostileDecimals {
		var m map[string]any
		if err := json.Unmarshal(pol, &m); err != nil {
			t.Fatal(err)
		}
		m["band"].(map[string]any)["min"] = v
		data, _ := json.Marshal(m)

		p := newPage(t, Postings, "http://localhost/postings", MemStore{})
		if took, ok := bound.Check("a file", func() { p.File("terms.json", data, "") }); !ok {
			t.Errorf("band.min = %.12s…: a file read in %s", v, took)
		}
		if msg := p.Messages()["policy-file"]; !strings.Contains(msg, "policy.band.min") || len(msg) > 400 {
			t.Errorf("band.min = %.12s…: the file's message %q", v, msg)
		}

		q := url.Values{link.KeyOffer: {link.KeyPolicy + "=" + base64.RawURLEncoding.EncodeToString(data)}}
		var c *Page
		if took, ok := bound.Check("a comparison's link", func() {
			c = newPage(t, Compare, "http://localhost/compare?"+q.Encode(), MemStore{})
			c.Regions()
		}); !ok {
			t.Errorf("band.min = %.12s…: a comparison's link read in %s", v, took)
		}
		if !strings.Contains(c.status, "policy.band.min") || len(c.status) > 500 {
			t.Errorf("band.min = %.12s…: the page says %q", v, c.status)
		}
	}
}
