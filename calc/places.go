package calc

// usStates are the USPS codes a Policy's State accepts, with their names:
// the fifty states, the District of Columbia and the five inhabited
// territories (USPS Publication 28, Appendix B).
var usStates = [...]struct{ code, name string }{
	{"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
	{"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
	{"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
	{"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
	{"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
	{"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
	{"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
	{"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
	{"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
	{"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
	{"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
	{"AS", "American Samoa"}, {"GU", "Guam"}, {"MP", "Northern Mariana Islands"}, {"PR", "Puerto Rico"},
	{"VI", "U.S. Virgin Islands"},
}

// localities are the places inside a state that a Policy's Locality
// accepts: those with a wage income tax of their own that the take-home
// estimate knows.
var localities = [...]struct{ state, code, name string }{
	{"NY", "NYC", "New York City"},
}

// States returns the USPS codes StateName knows, in the order of their
// names. Each call returns a new slice.
func States() []string {
	out := make([]string, len(usStates))
	for i, s := range usStates {
		out[i] = s.code
	}
	return out
}

// StateName returns the name of the state (or district, or territory) with
// the USPS code code ("WA": "Washington"), or "" when code is not one.
// Codes are upper case.
func StateName(code string) string {
	for _, s := range usStates {
		if s.code == code {
			return s.name
		}
	}
	return ""
}

// localityName returns the name of a locality of state ("NY", "NYC": "New
// York City"), or "" when state has no such locality.
func localityName(state, code string) string {
	for _, l := range localities {
		if l.state == state && l.code == code {
			return l.name
		}
	}
	return ""
}
