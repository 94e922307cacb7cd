package calc

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// The URL query keys that bring another posting's terms, beside a plan's:
// the policy itself (KeyPolicy, its JSON in base64url), or the address of a
// JSON file on the same site (KeyPolicyURL). A query with neither means
// DefaultPolicy.
const (
	KeyPolicy    = "policy"
	KeyPolicyURL = "policyUrl"
)

// MaxPolicySize bounds a policy read from a link or a file, in bytes of
// JSON. The default policy is about 4 KB; a file past this is not a posting.
const MaxPolicySize = 256 << 10

// PolicyKeys lists the query keys of a policy.
func PolicyKeys() []string { return []string{KeyPolicy, KeyPolicyURL} }

// EncodePolicy returns the value of the policy query key for a policy
// given as JSON (a policy file as it is): the JSON compacted, then encoded
// as unpadded base64url (RFC 4648 §5), which a URL carries unescaped. It
// checks that data is JSON, not that it is a valid policy: DecodePolicy does.
func EncodePolicy(data []byte) (string, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, data); err != nil {
		return "", fmt.Errorf("calc: encoding policy: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// DecodePolicy reads the value of the policy query key: a policy's JSON in
// base64url, with or without padding, as EncodePolicy writes it. A value
// that is not base64url is a *FieldError for the key; JSON that is not a
// valid policy is ParsePolicy's error. Either way no policy is returned.
func DecodePolicy(s string) (Policy, error) {
	bad := func(want string) (Policy, error) {
		return Policy{}, &FieldError{Field: KeyPolicy, Value: clip(s, 40), Want: want}
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return bad("a posting's terms as JSON in base64url")
	}
	if base64.RawURLEncoding.DecodedLen(len(s)) > MaxPolicySize {
		return bad("at most " + strconv.Itoa(MaxPolicySize>>10) + " KB of JSON")
	}
	data, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		why := ""
		if ce, ok := errors.AsType[base64.CorruptInputError](err); ok { // AsType: no reflection in the wasm
			why = " (byte " + strconv.FormatInt(int64(ce)+1, 10) + " is not)"
		}
		return bad("a posting's terms as JSON in base64url: the letters A–Z and a–z, the digits, - and _" + why)
	}
	p, err := ParsePolicy(data)
	if err != nil {
		return Policy{}, err
	}
	return p, nil
}

// PolicyURL resolves ref, the value of the policyUrl query key, against
// page (the address of the page that reads it) and returns the address to
// fetch. It accepts only an http or https address on page's origin (the
// same scheme, host and port), with no user name or password, so a link
// cannot make the app fetch from another site; anything else is a
// *FieldError for the key.
func PolicyURL(page *url.URL, ref string) (*url.URL, error) {
	bad := func(want string) (*url.URL, error) {
		return nil, &FieldError{Field: KeyPolicyURL, Value: clip(ref, 80), Want: want}
	}
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return bad("the address of a policy JSON file on this site, like /web/policy-sample.json")
	}
	if page == nil || page.Host == "" || (page.Scheme != "http" && page.Scheme != "https") {
		return bad("an address that can be checked against the page's own (the page has none)")
	}
	if strings.ContainsAny(ref, "\\\t\r\n") {
		return bad("an address with no backslash or control character")
	}
	u, err := url.Parse(ref)
	if err != nil {
		return bad("an address, like /web/policy-sample.json")
	}
	abs := page.ResolveReference(u)
	abs.Fragment, abs.RawFragment = "", ""
	origin := func(u *url.URL) string {
		port := u.Port()
		if port == "" {
			port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
		}
		return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Hostname()) + ":" + port
	}
	switch {
	case abs.Scheme != "http" && abs.Scheme != "https":
		return bad("an http or https address on this site")
	case abs.User != nil:
		return bad("an address with no user name or password")
	case origin(abs) != origin(page):
		return bad("an address on this site (" + page.Scheme + "://" + page.Host + "), not another: the calculator fetches nothing from elsewhere")
	}
	return abs, nil
}

// A PolicySource is where a page's URL query says the posting's terms are.
type PolicySource struct {
	// Policy is the policy to compute with: DefaultPolicy, or the one the
	// query carries. It is the zero Policy while URL is to be fetched.
	Policy Policy
	// Custom reports that the query names a posting (KeyPolicy or
	// KeyPolicyURL), not the default.
	Custom bool
	// URL, when not nil, is the same-origin address of the policy file to
	// fetch and give to ParsePolicy.
	URL *url.URL
}

// PolicyFromQuery reads the policy keys of a page's URL query: none gives
// DefaultPolicy; KeyPolicy a policy in the link (DecodePolicy); KeyPolicyURL
// a same-origin file to fetch (PolicyURL); both are an error. An error
// leaves no policy to compute with: a page shows it and no figures.
func PolicyFromQuery(page *url.URL, v url.Values) (PolicySource, error) {
	inline, file := v.Get(KeyPolicy), v.Get(KeyPolicyURL)
	switch {
	case inline == "" && file == "":
		return PolicySource{Policy: DefaultPolicy()}, nil
	case inline != "" && file != "":
		return PolicySource{Custom: true}, &FieldError{Field: KeyPolicyURL, Value: clip(file, 80), Want: "either " + KeyPolicy + " or " + KeyPolicyURL + " in a link, not both"}
	case inline != "":
		p, err := DecodePolicy(inline)
		return PolicySource{Policy: p, Custom: true}, err
	}
	u, err := PolicyURL(page, file)
	return PolicySource{Custom: true, URL: u}, err
}

// clip shortens s for an error message: a long value is not worth echoing
// whole.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
