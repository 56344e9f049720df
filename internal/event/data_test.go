package event

import (
	"fmt"
	"sitrep/internal/filter"
	"strings"
	"testing"
	"time"

	"sitrep/internal/entity"
)

// TestShippedData reads every data file of the coder as the binary does
// and holds it to its rules: every PLOVER type and mode known, no
// duplicate rows, every PLOVER type with a trigger, every word list read
// by the code.
func TestShippedData(t *testing.T) {
	lx, err := ParseLexicon("data/lexicon.tsv", lexiconTSV)
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.Validate(); err != nil {
		t.Error(err)
	}
	if n := len(lx.Entries); n < 500 {
		t.Errorf("lexicon has %d entries, want at least 500", n)
	}
	fs, err := ParseFilters("data/filters.tsv", filtersTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs.nonActor) == 0 || len(fs.accident) == 0 || len(fs.violence) == 0 || len(fs.object) == 0 || len(fs.actor) == 0 || len(fs.title) == 0 {
		t.Errorf("filters.tsv: a class is empty")
	}
	mc, err := ParseModeCues("data/modecues.tsv", modeCuesTSV)
	if err != nil {
		t.Fatal(err)
	}
	for typ, lines := range mc.byType {
		for _, l := range lines {
			if !KnownMode(typ, l.mode) || l.mode == "" {
				t.Errorf("modecues.tsv: %s %q", typ, l.mode)
			}
		}
	}
	rs, err := ParseRoles("data/actors.tsv", actorsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs.byNoun) < 50 {
		t.Errorf("actors.tsv has %d nouns, want at least 50", len(rs.byNoun))
	}
	if _, err := NewCoder(lx, fs, mc, rs); err != nil {
		t.Error(err)
	}
	if _, err := parseWordLists("data/words.tsv", wordsTSV); err != nil {
		t.Error(err)
	}
	for name, l := range wordLists {
		if !l.read {
			t.Errorf("words.tsv: list %s is read by no code", name)
		}
	}
	if _, err := parseNumbers("data/numbers.tsv", numbersTSV); err != nil {
		t.Error(err)
	}
	if _, err := parseIrregular("data/irregular.tsv", irregularTSV); err != nil {
		t.Error(err)
	}
	if DefaultCoder() == nil {
		t.Error("DefaultCoder: nil")
	}
}

// TestBadRows feeds each reader bad rows: the error names the file, the
// line and what is wrong.
func TestBadRows(t *testing.T) {
	lexicon := func(src string) error { _, err := ParseLexicon("my.tsv", src); return err }
	filters := func(src string) error { _, err := ParseFilters("my.tsv", src); return err }
	cues := func(src string) error { _, err := ParseModeCues("my.tsv", src); return err }
	roles := func(src string) error { _, err := ParseRoles("my.tsv", src); return err }
	words := func(src string) error { _, err := parseWordLists("my.tsv", src); return err }
	numbers := func(src string) error { _, err := parseNumbers("my.tsv", src); return err }
	irregular := func(src string) error { _, err := parseIrregular("my.tsv", src); return err }
	const head = "# a comment\n\n"
	for _, c := range []struct {
		name string
		read func(string) error
		src  string
		line int
		want string
	}{
		{"lexicon: unknown type", lexicon, "attack\tverb\tSMASH\t-\t-", 3, `unknown PLOVER type "SMASH"`},
		{"lexicon: unknown mode", lexicon, "attack\tverb\tASSAULT\tlaser\t-", 3, `"laser" is not a mode of ASSAULT`},
		{"lexicon: unknown pos", lexicon, "attack\tadverb\tASSAULT\t-\t-", 3, `unknown pos "adverb"`},
		{"lexicon: unknown need", lexicon, "attack\tverb\tASSAULT\t-\tneeds=luck", 3, "needs=luck"},
		{"lexicon: unknown cue", lexicon, "attack\tverb\tASSAULT\t-\tfrobnicate=1", 3, `unknown cue "frobnicate"`},
		{"lexicon: opens with a gap", lexicon, "* attack\tverb\tASSAULT\t-\t-", 3, "start and end with a word"},
		{"lexicon: four columns", lexicon, "attack\tverb\tASSAULT\t-", 3, "want 5 tab-separated columns, got 4"},
		{"lexicon: unknown modality", lexicon, "attack\tverb\tTHREATEN\t-\tmodality=odd", 3, `unknown modality "odd"`},
		{"lexicon: empty column", lexicon, "attack\t\tASSAULT\t-\t-", 3, "column 2 is empty"},
		{"filters: unknown class", filters, "earthquake\tnonactor\nbat\tanimal", 4, `unknown class "animal"`},
		{"filters: duplicate", filters, "earthquake\tnonactor\nstorm\tnonactor\nearthquake\tnonactor", 5, "duplicates line 3"},
		{"filters: upper case", filters, "Earthquake\tnonactor", 3, "want one lower-case word"},
		{"filters: three columns", filters, "earthquake\tnonactor\tnature", 3, "want 2 tab-separated columns, got 3"},
		{"mode cues: unknown type", cues, "SMASH\taerial\tairstrike", 3, `unknown PLOVER type "SMASH"`},
		{"mode cues: unknown mode", cues, "ASSAULT\tlaser\tlaser beam", 3, `"laser" is not a mode of ASSAULT`},
		{"mode cues: duplicate", cues, "ASSAULT\taerial\tairstrike\nASSAULT\taerial\tjet", 4, "duplicates line 3"},
		{"mode cues: no cue", cues, "ASSAULT\taerial\t| |", 3, "no cue"},
		{"roles: unknown role", roles, "militia\tarmed group\nwizard\tmagic", 4, `unknown role "magic"`},
		{"roles: duplicate", roles, "militia\tarmed group\nmilitia\tmilitary", 4, "duplicates line 3"},
		{"roles: one column", roles, "militia", 3, "want 2 tab-separated columns, got 1"},
		{"words: unknown kind", words, "preps\tpreposition\tof in", 3, `unknown kind "preposition"`},
		{"words: unknown type", words, "hostile\ttype\tASSAULT SMASH", 3, `"SMASH" is not a PLOVER type`},
		{"words: unknown mode", words, "weaponModes\tmode\taerial laser", 3, `"laser" is not a PLOVER mode`},
		{"words: unknown role", words, "politicalRoles\trole\tgovernment wizards", 3, `"wizards" is not a role`},
		{"words: duplicate list", words, "preps\tword\tof in\npreps\tword\ton", 4, "list preps: duplicates line 3"},
		{"words: duplicate member", words, "preps\tword\tof in of", 3, `list preps: "of" twice`},
		{"words: bad name", words, "my list\tword\tof", 3, "want a Go identifier"},
		{"numbers: not a number", numbers, "nine\t9\nten\tmany", 4, "want a whole number"},
		{"numbers: duplicate", numbers, "nine\t9\nnine\t9", 4, "duplicates line 3"},
		{"irregular: duplicate base", irregular, "fight\tfought\nfight\tfit", 4, "base fight: duplicates line 3"},
		{"irregular: upper case", irregular, "fight\tFought", 3, "want lower case"},
	} {
		err := c.read(head + c.src + "\n")
		if err == nil {
			t.Errorf("%s: want an error", c.name)
			continue
		}
		msg := err.Error()
		if want := fmt.Sprintf("my.tsv line %d: ", c.line); !strings.HasPrefix(msg, want) || !strings.Contains(msg, c.want) {
			t.Errorf("%s: error %q, want %q… naming %q", c.name, msg, want, c.want)
		}
	}
}

// TestLexiconDuplicates checks that Validate names the file and the
// lines of a repeated trigger.
func TestLexiconDuplicates(t *testing.T) {
	lx, err := ParseLexicon("my.tsv", "kill\tverb\tASSAULT\t-\t-\nkill\tverb\tASSAULT\t-\tobj=req\n")
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.Validate(); err == nil || !strings.Contains(err.Error(), "my.tsv: line 2 duplicates line 1") {
		t.Errorf("Validate: want a duplicate error naming my.tsv, got %v", err)
	}
}

// TestNewCoderNeedsItsData checks that a coder is not built with a
// missing piece.
func TestNewCoderNeedsItsData(t *testing.T) {
	d := DefaultCoder()
	if _, err := NewCoder(d.lexicon, nil, d.cues, d.roles); err == nil {
		t.Error("NewCoder without filters: want an error")
	}
}

// TestCoderFromOwnData codes with a coder built from a lexicon of one
// trigger: the coder reads only what it was built with.
func TestCoderFromOwnData(t *testing.T) {
	d := DefaultCoder()
	lx, err := ParseLexicon("one.tsv", "shell\tverb\tASSAULT\theavy-weapons\t-\n")
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCoder(lx, d.filters, d.cues, d.roles)
	if err != nil {
		t.Fatal(err)
	}
	in := inputFor("own", "Russian forces shelled Kharkiv on Monday. Ukraine condemned the attack.", base2024())
	evs := c.Code(in)
	if len(evs) != 1 || evs[0].Type != "ASSAULT" || evs[0].Mode != "heavy-weapons" {
		t.Errorf("one-trigger coder: got %s, want one ASSAULT heavy-weapons", describe(evs))
	}
	var accuse bool
	for _, e := range d.Code(in) {
		accuse = accuse || e.Type == "ACCUSE"
	}
	if !accuse {
		t.Errorf("default coder: got %s, want an ACCUSE too", describe(d.Code(in)))
	}
}

func TestSectors(t *testing.T) {
	ss, err := ParseSectors("data/sectors.tsv", sectorsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		a    Actor
		want string
	}{
		{Actor{Text: "striking teachers", Role: "civilians"}, "EDU"},
		{Actor{Text: "hundreds of protesters", Role: "civilians"}, "OPP"},
		{Actor{Text: "gunmen", Role: "armed group"}, "UAF"},
		{Actor{Text: "armed men", Role: "armed group"}, "UAF"},
		{Actor{Text: "Armed Forces", Role: "military"}, "MIL"},
		{Actor{Text: "the armed factions", Role: "armed group"}, "REB"},
		{Actor{Text: "militants", Role: "armed group"}, "REB"},
		{Actor{Text: "riot police", Role: "police"}, "COP"},
		{Actor{Text: "Israel", Entity: &entity.Entity{Kind: entity.KindCountry}}, "GOV"},
		{Actor{Text: "the ministry", Entity: &entity.Entity{Kind: entity.KindOrganization, Role: "health"}}, "HLH"},
		{Actor{Text: "a passer-by"}, ""},
	} {
		if got := ss.of(&c.a); got != c.want {
			t.Errorf("sector of %q = %q, want %q", c.a.Text, got, c.want)
		}
	}
	// every code the data gives can be asked for with --sector
	valid := map[string]bool{}
	for _, c := range filter.Sectors {
		valid[c] = true
	}
	for _, code := range ss.codes() {
		if !valid[code] {
			t.Errorf("sector %s of data/sectors.tsv is not among filter.Sectors: --sector %s would be refused", code, code)
		}
	}
	for _, bad := range []string{"role:pirates\tCRM\n", "student\tedu\n", "Student Union\tEDU\n", "student\tEDU\nstudent\tEDU\n"} {
		if _, err := ParseSectors("sectors.tsv", bad); err == nil || !strings.Contains(err.Error(), "sectors.tsv line") {
			t.Errorf("ParseSectors(%q) = %v; want an error naming file and line", bad, err)
		}
	}
}

func TestPlacePrecisionAndBackground(t *testing.T) {
	for id, want := range map[string]string{"country:IRQ": "country", "region:IQ.07": "region", "city:98182": "town", "place:gaza-strip": "district", "": ""} {
		if got := placePrecision(&Location{EntityID: id}); got != want {
			t.Errorf("precision of %q = %q, want %q", id, got, want)
		}
	}
	pub := time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		d    *Date
		want bool
	}{
		{&Date{Start: "2003-03-20", End: "2003-03-20", Source: "sentence"}, true},
		{&Date{Start: "2023-12-30", End: "2023-12-30", Source: "sentence"}, false},
		{&Date{Start: "2022-01-01", End: "2023-12-31", Source: "sentence"}, false}, // a span that reaches the present
		{nil, false},
	} {
		if got := background(&Event{Date: c.d}, Input{Published: pub}); got != c.want {
			t.Errorf("background(%+v) = %v, want %v", c.d, got, c.want)
		}
	}
}
