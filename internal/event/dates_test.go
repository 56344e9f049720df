package event

import "testing"

func TestEventDatesFromContext(t *testing.T) {
	text := "Militants fired rockets at a US base in western Iraq on Sunday, officials said. " +
		"Hours later, US aircraft struck a militia depot near Al-Qaim.\n\n" +
		"Iraq's foreign ministry condemned the American strike."
	evs := DefaultCoder().Code(inputFor("a", text, base2024()))
	want := map[string]struct{ start, source string }{
		"Militants fired": {"2024-03-10", "sentence"},  // Sunday before Friday 15 March
		"Hours later":     {"2024-03-10", "paragraph"}, // narrated on in the same paragraph
		"Iraq's foreign":  {"2024-03-15", "published"}, // a new paragraph states no date
	}
	for prefix, w := range want {
		var got *Event
		for i := range evs {
			if len(evs[i].Evidence.Text) >= len(prefix) && evs[i].Evidence.Text[:len(prefix)] == prefix {
				got = &evs[i]
				break
			}
		}
		if got == nil {
			t.Errorf("no event from %q; got %s", prefix, describe(evs))
			continue
		}
		if got.Date == nil || got.Date.Start != w.start || got.Date.Source != w.source {
			t.Errorf("%q: date %+v, want %s from %s", prefix, got.Date, w.start, w.source)
		}
	}

	in := inputFor("b", "Iraq's foreign ministry condemned the American strike.", base2024())
	in.Undated = true // the source gave no date: the ingest time must not date events
	for _, e := range DefaultCoder().Code(in) {
		if e.Date != nil {
			t.Errorf("undated article: event dated %+v", e.Date)
		}
	}
}
