package incident

import (
	"strings"
	"testing"

	"sitrep/internal/record"
)

func TestSameIncident(t *testing.T) {
	lat1, lon1 := 33.34, 44.40
	lat2, lon2 := 33.40, 44.45 // about 8 km away
	lat3, lon3 := 36.34, 43.13 // Mosul
	us := &record.Entity{ID: "country:USA", Kind: record.KindCountry, Country: "USA"}
	kh := &record.Entity{ID: "group:kataib-hezbollah", Kind: record.KindArmedGroup, Country: "IRQ"}
	base := record.Event{Type: "ASSAULT", Source: &record.Actor{Text: "US", Entity: us, Country: "USA"},
		Target:   &record.Actor{Text: "Kataib Hezbollah fighters", Entity: kh, Country: "IRQ", Role: "armed group"},
		Location: &record.Location{Name: "Baghdad", Lat: &lat1, Lon: &lon1},
		Date:     &record.EventDate{Start: "2023-11-21", End: "2023-11-22"}}
	near := base
	near.Location = &record.Location{Name: "Abu Ghraib", Lat: &lat2, Lon: &lon2}
	near.Date = &record.EventDate{Start: "2023-11-23", End: "2023-11-23", Source: "published"}
	nextDay := base
	nextDay.Date = &record.EventDate{Start: "2023-11-23", End: "2023-11-23", Source: "sentence"}
	far := base
	far.Location = &record.Location{Name: "Mosul", Lat: &lat3, Lon: &lon3}
	late := base
	late.Date = &record.EventDate{Start: "2023-11-25", End: "2023-11-25"}
	other := base
	other.Type = "PROTEST"
	inCountry := base
	inCountry.Location = &record.Location{Name: "Iraq", Country: "IRQ", EntityID: "country:IRQ"}
	inCountry.Target = &record.Actor{Text: "militiamen", Country: "IRQ", Role: "armed group"}
	unnamed := base
	unnamed.Target = &record.Actor{Text: "militiamen", Country: "IRQ", Role: "armed group"}
	base.Location.Country = "IRQ"
	rival := base
	rival.Source = &record.Actor{Text: "Israeli", Country: "ISR"}
	bare := record.Event{Type: "ASSAULT"}
	undated := base
	undated.Date = nil
	unplaced := base
	unplaced.Location = nil
	campaign := base
	campaign.Date = &record.EventDate{Start: "2023-10-17", End: "2023-11-22"}
	tollA, tollB, tollC := 2, 5, 40
	toll2, toll5, toll40 := base, base, base
	toll2.Fatalities, toll5.Fatalities, toll40.Fatalities = &tollA, &tollB, &tollC
	sunday, monday := base, base
	sunday.Date = &record.EventDate{Start: "2023-11-21", End: "2023-11-21", Source: "sentence"}
	monday.Date = &record.EventDate{Start: "2023-11-22", End: "2023-11-22", Source: "sentence"}
	published := monday
	published.Date = &record.EventDate{Start: "2023-11-22", End: "2023-11-22", Source: "published"}
	theBase := base
	theBase.Target = &record.Actor{Text: "a base in Iraq", Entity: &record.Entity{ID: "country:IRQ", Kind: record.KindCountry, Country: "IRQ"}, Country: "IRQ"}
	for _, c := range []struct {
		name string
		b    record.Event
		want bool
	}{
		{"itself", base, true}, {"the country the city is in, nothing else shared", inCountry, false}, {"8 km away, published the next day", near, true}, {"stated the next day", nextDay, false}, {"other city", far, false},
		{"three days later", late, false}, {"other type", other, false}, {"other source", rival, false},
		{"nothing to compare", bare, false}, {"no date", undated, false}, {"no place", unplaced, false},
		{"weeks-long campaign", campaign, false},
		{"the place hit named as the target, nothing else shared", theBase, false},
		{"the same place and day, nothing else shared", unnamed, false},
	} {
		if got := Same(base, c.b); got != c.want {
			t.Errorf("%s: Same = %v, want %v", c.name, got, c.want)
		}
	}
	rsf := &record.Entity{ID: "group:rsf", Kind: record.KindArmedGroup, Country: "SDN"}
	town := &record.Location{Name: "Khartoum", EntityID: "place:khartoum", Country: "SDN", Precision: "town", Lat: &lat1, Lon: &lon1}
	day := &record.EventDate{Start: "2025-02-04", End: "2025-02-04"}
	onEngineers := record.Event{Type: "ASSAULT", Source: &record.Actor{Text: "the RSF", Entity: rsf}, Target: &record.Actor{Text: "Engineers"}, Location: town, Date: day}
	onHospital := onEngineers
	onHospital.Target = &record.Actor{Text: "a hospital"}
	onEngineers2 := onEngineers
	onEngineers2.Target = &record.Actor{Text: "two engineers"}
	onNamed := onEngineers
	onNamed.Target = &record.Actor{Text: "goalkeeper Ali Hassan", Entity: &record.Entity{ID: "person:ali-hassan", Kind: record.KindPerson}}
	onNamed2 := onNamed
	onNamed2.Target = &record.Actor{Text: "Ali Hassan", Entity: onNamed.Target.Entity}
	for _, c := range []struct {
		name string
		a, b record.Event
		want bool
	}{
		{"one attacker, one town, one day, others hit", onEngineers, onHospital, false},
		{"one attacker, one town, one day, the same victims", onEngineers, onEngineers2, true},
		{"one attacker, one town, one day, a named person and others", onNamed, onEngineers, false},
		{"one attacker, one town, one day, the same named person", onNamed, onNamed2, true},
		{"tolls of 2 and 5 (early and late counts)", toll2, toll5, true},
		{"tolls of 2 and 40", toll2, toll40, false},
		{"stated Sunday and stated Monday", sunday, monday, false},
		{"stated Sunday and a report dated by its publication", sunday, published, true},
		{"the country the city is in, the same toll", withToll(base, 5), withToll(inCountry, 5), true},
		{"the place hit named as the target, the same toll", withToll(base, 5), withToll(theBase, 5), true},
		{"the country the city is in, different tolls", withToll(base, 5), withToll(inCountry, 9), false},
	} {
		if got := Same(c.a, c.b); got != c.want {
			t.Errorf("%s: Same = %v, want %v", c.name, got, c.want)
		}
	}
}

// Reports that name nobody: a follow-up raising the toll of an attack it
// dates, or two reports of a rare way of attacking in one town on one day.
func TestSameWithoutNames(t *testing.T) {
	lat, lon := 51.75, -1.26
	town := &record.Location{Name: "Oxford", EntityID: "city:oxford", Country: "GBR", Precision: "town", Lat: &lat, Lon: &lon}
	friday := &record.EventDate{Start: "2026-03-06", End: "2026-03-06", Source: "published"}
	report := func(text string, date *record.EventDate, toll int) record.Event {
		e := record.Event{Type: "ASSAULT", Location: town, Date: date, Evidence: record.Evidence{Text: text}}
		if toll > 0 {
			e.Fatalities = &toll
		}
		return e
	}
	stated := &record.EventDate{Start: "2026-03-06", End: "2026-03-06", Source: "sentence"}
	first := report("A bomb hidden in a parked van kills seven people near the covered market in Oxford.", friday, 7)
	for _, c := range []struct {
		name string
		b    record.Event
		want bool
	}{
		{"the toll of Friday's bombing rises", report("The death toll from Friday's bombing near the covered market rises to nine.", stated, 9), true},
		{"a toll that rises, dated only by publication", report("The death toll from bombings in the county rises to nine.", friday, 9), false},
		{"a toll below the first report's", report("The death toll from Friday's bombing rises to five.", stated, 5), false},
		{"another report, nothing shared", report("Five people are killed in a blast in Oxford.", friday, 5), false},
	} {
		if got := Same(first, c.b); got != c.want {
			t.Errorf("%s: Same = %v, want %v", c.name, got, c.want)
		}
	}
	ramming := report("Eleven people are hurt when a van is driven into shoppers in a ramming attack in Oxford.", friday, 0)
	for _, c := range []struct {
		name string
		b    record.Event
		want bool
	}{
		{"the same rare method", report("A man and his daughter die of injuries from the ramming attack in Oxford on Friday.", stated, 2), true},
		{"a shooting the same day", report("A man is shot in Oxford.", friday, 1), false},
		{"a car crash", report("Two people die in a car crash in Oxford.", friday, 2), false},
	} {
		if got := Same(ramming, c.b); got != c.want {
			t.Errorf("%s: Same = %v, want %v", c.name, got, c.want)
		}
	}
	carBomb := report("A car bomb explodes outside a police station in Oxford.", friday, 0)
	if !Same(carBomb, report("Police say the car bomb in Oxford was left by two men.", friday, 0)) {
		t.Error("two reports of a car bomb in one town on one day are two incidents")
	}
	if Same(carBomb, report("Two people die in a car crash in Oxford.", friday, 2)) {
		t.Error("a car crash joined a car bomb")
	}
	elsewhere := report("A man and his daughter die of injuries from the ramming attack in Oxford on Friday.", &record.EventDate{Start: "2026-03-07", End: "2026-03-07", Source: "sentence"}, 2)
	if Same(ramming, elsewhere) {
		t.Error("a ramming stated for the next day joined Friday's")
	}
}

func TestGroupable(t *testing.T) {
	lat, lon := 33.34, 44.40
	ok := record.Event{Type: "ASSAULT", Modality: "actual", Location: &record.Location{Name: "Baghdad", Lat: &lat, Lon: &lon},
		Date: &record.EventDate{Start: "2023-11-21", End: "2023-11-22"}}
	threat := ok
	threat.Modality = "threatened"
	campaign := ok
	campaign.Date = &record.EventDate{Start: "2023-10-17", End: "2024-01-08"}
	nowhere := ok
	nowhere.Location = nil
	text := "Police are investigating a series of arson attacks in the city, the latest on Tuesday."
	series := ok
	series.Evidence = record.Evidence{Start: 100, End: 100 + len(text), Text: text}
	at := strings.Index(text, "attacks")
	series.Trigger = &record.Trigger{Text: "attacks", Start: 100 + at, End: 100 + at + len("attacks")}
	one := series
	one.Evidence.Text = strings.Replace(text, "a series of arson attacks", "an arson attack at a shop", 1)
	at = strings.Index(one.Evidence.Text, "attack")
	one.Trigger = &record.Trigger{Text: "attack", Start: 100 + at, End: 100 + at + len("attack")}
	for _, c := range []struct {
		name string
		e    record.Event
		want bool
	}{{"dated, placed attack", ok, true}, {"a threat", threat, false}, {"months-long", campaign, false}, {"no place", nowhere, false},
		{"a series of attacks", series, false}, {"one attack", one, true}} {
		if got := Groupable(c.e); got != c.want {
			t.Errorf("%s: Groupable = %v, want %v", c.name, got, c.want)
		}
	}
}

func withToll(e record.Event, n int) record.Event {
	e.Fatalities = &n
	return e
}

// A named attacker and a named thing no knowledge base holds, in one
// country on one day: the follow-up report of the same hijacking.
func TestSameNamedThing(t *testing.T) {
	bla := &record.Entity{ID: "group:bla", Kind: record.KindArmedGroup, Country: "PAK"}
	pak := &record.Location{Name: "Pakistan", Text: "Pakistan", Country: "PAK", EntityID: "country:PAK", Precision: "country"}
	day := &record.EventDate{Start: "2025-03-11", End: "2025-03-11", Source: "sentence"}
	first := record.Event{Type: "ASSAULT", Source: &record.Actor{Text: "the Sindh Liberation Front", Entity: bla},
		Target:   &record.Actor{Text: "The Bolan Mail passenger train running from Sibi to Quetta in Pakistan"},
		Location: pak, Date: day}
	later := first
	later.Target = &record.Actor{Text: "the Bolan Mail passenger train in Pakistan"}
	other := first
	other.Target = &record.Actor{Text: "a police post in Pakistan"}
	if !Same(first, later) {
		t.Error("two reports of one attacker's act on one named train are not one incident")
	}
	if Same(first, other) {
		t.Error("one attacker's acts on a train and a police post in one country are one incident")
	}
}
