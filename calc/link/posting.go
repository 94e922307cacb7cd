package link

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/offercalc/offercalc/calc"
)

// The query keys that bring another posting's terms, beside a plan's and a
// profile's: the terms themselves (KeyPolicy, their JSON in base64url), or
// the address of a JSON file on the same site (KeyPolicyURL). A query with
// neither means calc.DefaultPolicy. Their errors name them as their field.
const (
	KeyPolicy    = "policy"
	KeyPolicyURL = "policyUrl"
)

// FormatPosting returns the value of the policy key for posting p: its
// JSON, encoded as unpadded base64url (RFC 4648 §5), which a URL carries
// unescaped.
func FormatPosting(p calc.Policy) (string, error) {
	data, err := json.Marshal(p)
	if err != nil {
		return "", calc.NewFieldError(KeyPolicy, p.Title, "a posting that can be written as JSON")
	}
	return base64.RawURLEncoding.EncodeToString(data), nil
}

// ParsePosting reads the value of the policy key: a posting's JSON in
// base64url, with or without padding. A value that is not base64url is a
// *calc.FieldError for the key; JSON that is not a valid posting is
// calc.ParsePolicy's errors. Either way no posting is returned.
func ParsePosting(s string) (calc.Policy, error) {
	bad := func(want string) (calc.Policy, error) {
		return calc.Policy{}, calc.NewFieldError(KeyPolicy, s, want)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return bad("a posting's terms as JSON in base64url")
	}
	if base64.RawURLEncoding.DecodedLen(len(s)) > calc.MaxPolicySize {
		return bad("at most " + strconv.Itoa(calc.MaxPolicySize>>10) + " KB of JSON")
	}
	data, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		why := ""
		if ce, ok := errors.AsType[base64.CorruptInputError](err); ok { // AsType: no reflection in the wasm
			why = " (byte " + strconv.FormatInt(int64(ce)+1, 10) + " is not)"
		}
		return bad("a posting's terms as JSON in base64url: the letters A–Z and a–z, the digits, - and _" + why)
	}
	return calc.ParsePolicy(data)
}

// PostingURL resolves ref, the value of the policyUrl key, against page
// (the address of the page that reads it) and returns the address to
// fetch. It accepts only an http or https address on page's origin (the
// same scheme, host and port), with no user name or password, so a link
// cannot make the app fetch from another site; anything else is a
// *calc.FieldError for the key.
func PostingURL(page *url.URL, ref string) (*url.URL, error) {
	bad := func(want string) (*url.URL, error) {
		return nil, calc.NewFieldError(KeyPolicyURL, ref, want)
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

// origin is a URL's scheme, host and port, with the port the scheme implies
// when none is given.
func origin(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Hostname()) + ":" + port
}

// A Source is the posting a link names: the one the calculator ships
// with, terms carried in the link, or a file on the same site to fetch.
type Source struct {
	// Policy is the posting to compute with: calc.DefaultPolicy, or the
	// terms the link carries. It is the zero Policy while URL is to be
	// fetched.
	Policy calc.Policy
	// Inline reports that the link carries the terms (KeyPolicy).
	Inline bool
	// Ref is the policyUrl as the link gives it, and URL the same-origin
	// address it resolves to, when the posting is a file to fetch and give
	// to calc.ParsePolicy.
	Ref string
	URL *url.URL
}

// IsDefault reports whether the source is the posting the calculator ships
// with.
func (s Source) IsDefault() bool { return !s.Inline && s.Ref == "" }

// ParseSource reads the posting keys of a page's URL query: none is
// calc.DefaultPolicy; KeyPolicy terms in the link (ParsePosting);
// KeyPolicyURL a same-origin file to fetch (PostingURL); both are an error.
// An error leaves no posting to compute with: a page shows it and no
// figures.
func ParseSource(page *url.URL, v url.Values) (Source, error) {
	inline, file := v.Get(KeyPolicy), v.Get(KeyPolicyURL)
	switch {
	case inline == "" && file == "":
		return Source{Policy: calc.DefaultPolicy()}, nil
	case inline != "" && file != "":
		return Source{Ref: file}, calc.NewFieldError(KeyPolicyURL, file, "either "+KeyPolicy+" or "+KeyPolicyURL+" in a link, not both")
	case inline != "":
		p, err := ParsePosting(inline)
		return Source{Policy: p, Inline: true}, err
	}
	u, err := PostingURL(page, file)
	return Source{Ref: file, URL: u}, err
}

// FormatSource returns the query keys that name the source's posting: none
// for the default, KeyPolicyURL for a file, KeyPolicy for terms in the
// link.
func FormatSource(s Source) (url.Values, error) {
	v := url.Values{}
	switch {
	case s.Ref != "":
		v.Set(KeyPolicyURL, s.Ref)
	case s.Inline:
		enc, err := FormatPosting(s.Policy)
		if err != nil {
			return nil, err
		}
		v.Set(KeyPolicy, enc)
	}
	return v, nil
}

// PostingKeys lists the query keys of a Source.
func PostingKeys() []string { return []string{KeyPolicy, KeyPolicyURL} }
