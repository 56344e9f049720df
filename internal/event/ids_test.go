package event

import "testing"

func TestCodeStableIDsAndOrder(t *testing.T) {
	text := "Rebels attacked an army post in the north. Police arrested ten men in the capital."
	in := inputFor("a1", text, base2024())
	a, b := DefaultCoder().Code(in), DefaultCoder().Code(in)
	if len(a) < 2 {
		t.Fatalf("want two events, got %s", describe(a))
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			t.Errorf("event %d: id changed between runs", i)
		}
		if i > 0 && a[i].Evidence.Start < a[i-1].Evidence.Start {
			t.Errorf("events out of sentence order")
		}
	}
	if a[0].ID == a[1].ID {
		t.Error("two events share an id")
	}
}
