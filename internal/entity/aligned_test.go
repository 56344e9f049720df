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
		text := "Yesterday " + c.phrase + " attacked the town."
		fs := kb.Recognize(Doc{Body: text})
		start := len("Yesterday ")
		got := kb.Compose(text, start, start+len(c.phrase), Spans(fs, FieldBody))
		name := ""
		if got.Entity != nil {
			name = got.Entity.Name
		}
		if name != c.want {
			t.Errorf("Compose(%q) = %q, want %q", c.phrase, name, c.want)
		}
	}
}
