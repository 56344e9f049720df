package article

import "testing"

func TestNormalizeDateEuropeanLanguages(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Seg, 24 Set 2018 19:30:00 -0300", "2018-09-24T19:30:00-03:00"},
		{"Di, 3. Jan 2023 08:15:00 +0100", "2023-01-03T08:15:00+01:00"},
		{"mardi 14 févr. 2023 10:00", "2023-02-14T10:00:00Z"},
		{"24 de setembro de 2018", "2018-09-24"},
		{"Lun, 5 Dic 2022 18:00:00 GMT", "2022-12-05T18:00:00Z"},
		{"Mer, 16 Nov 2022 12:01:02 +0100", "2022-11-16T12:01:02+01:00"},
		{"zo 2 mrt 2025 09:00", "2025-03-02T09:00:00Z"},
		{"3 марта 2024 г.", "2024-03-03"},
		{"24.09.2018 19:30", "2018-09-24T19:30:00Z"},
		{"24/09/2018", "2018-09-24"},
		{"Set 24, 2018", "2018-09-24"},
		// Day and month names that are no date stay unread.
		{"Seg, 24 Foo 2018", ""},
		{"31 Fev 2018", ""},
	} {
		got, ok := NormalizeDate(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}
