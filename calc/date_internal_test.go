package calc

import "testing"

// TestDateFormatFastPath checks that the layouts the app formats dates with
// on its first render do not fall back to time.Time.Format
// (TestDateFormatAgreesWithTime checks that the results are time's).
func TestDateFormatFastPath(t *testing.T) {
	day := Date{2026, 5, 11}
	for _, layout := range []string{"Jan 2", "Monday, January 2", "Mon, Jan 2, 2006", "January 2, 2006",
		"Mon Jan 2", "Jan 2, 2006", "Mon, Jan 2", "1/2", "January 2", "2006-01-02"} {
		if _, ok := day.appendFormat(nil, layout); !ok {
			t.Errorf("Format(%q) falls back to time.Time.Format", layout)
		}
	}
	for _, layout := range []string{"15:04", "Month", "_2006", "2006-01-02-07", "MST"} {
		if _, ok := day.appendFormat(nil, layout); ok {
			t.Errorf("Format(%q) does not fall back to time.Time.Format", layout)
		}
	}
}
