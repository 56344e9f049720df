package sqlite

import "testing"

func TestWeekOf(t *testing.T) {
	for day, want := range map[string]string{
		"2025-03-03": "2025-03-03", // a Monday
		"2025-03-09": "2025-03-03", // the Sunday after it
		"2025-03-05": "2025-03-03",
		"2025-01-01": "2024-12-30", // across a year
		"2025-03":    "",           // a month is not a day
		"2025-02-30": "",           // nor an impossible date
		"":           "",
	} {
		if got := weekOf(day); got != want {
			t.Errorf("weekOf(%q) = %q, want %q", day, got, want)
		}
	}
}
