package offers

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"

	"github.com/offercalc/offercalc/calc/link"
)

// Regression: a file picked that was empty said "The posting's terms are
// invalid at policy: Required: enter …", as if a field named policy were
// left empty. The page says where the terms came from, in plain words.
func TestPostingMessages(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"", "terms.json: The posting's terms in the file: Not accepted: the file is empty."},
		{"[]", `terms.json: The posting's terms in the file: Not accepted: "[]". Enter a posting's terms as one JSON object {…}, not a list [ … ].`},
		{`{"title":`, `terms.json: The posting's terms in the file: Not accepted: "{\"title\":". Enter valid JSON: unexpected end of JSON input`},
		{`{"title": "x", "bnad": 1}`, `terms.json: The posting's terms are invalid at policy.bnad: Not accepted: "1".`},
	} {
		p := newPage(t, Postings, "http://localhost/postings", MemStore{})
		p.File("terms.json", []byte(c.data), "")
		if got := p.Messages()["policy-file"]; !strings.HasPrefix(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q…", c.data, got, c.want)
		}
	}
	q := url.Values{link.KeyOffer: {link.KeyPolicy + "=" + base64.RawURLEncoding.EncodeToString([]byte("[]"))}}
	p := newPage(t, Compare, "http://localhost/compare?"+q.Encode(), MemStore{})
	if want := `The posting of offer 1 in the link cannot be read (The posting's terms in the link: Not accepted: "[]".`; !strings.HasPrefix(p.status, want) {
		t.Errorf("a list in a comparison's link:\n got %q\nwant %q…", p.status, want)
	}
}
