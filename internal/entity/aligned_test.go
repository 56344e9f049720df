package entity

import "testing"

// TestGroupAfterLinkedAlly: in "X-aligned Y fighters" the group named after
// the link acts; the first is its ally.
func TestGroupAfterLinkedAlly(t *testing.T) {
	kb := Default()
	cases := []struct{ phrase, want string }{
		{"al-Qaeda-aligned JNIM insurgents", "Jama'at Nusrat al-Islam wal-Muslimin"},
		{"Hezbollah-allied Amal fighters", "Amal Movement"},
		{"al-Qaeda-linked fighters", "Al-Qaeda"},
	}
	for _, c := range cases {
		got := composeIn(kb, c.phrase)
		name := ""
		if got.Entity != nil {
			name = got.Entity.Name
		}
		if name != c.want {
			t.Errorf("Compose(%q) = %q, want %q", c.phrase, name, c.want)
		}
	}
}
