package entity

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func fixtureKB(t testing.TB) *KB {
	t.Helper()
	kb, err := Load(os.DirFS("testdata/kb"))
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// resolved maps mention text → entity id for one field.
func resolved(fs []Found, field string) map[string]string {
	out := map[string]string{}
	for _, f := range fs {
		for _, m := range f.Mentions {
			if m.Field == field {
				out[m.Text] = f.ID
			}
		}
	}
	return out
}

func TestLoadValidates(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"dup", "a:1\tcountry\tA\tAAA\t\t\na:1\tcountry\tB\tAAA\t\t\n", "x.tsv:2: duplicate id"},
		{"kind", "a:1\tthing\tA\t\t\t\n", "x.tsv:1: unknown kind"},
		{"iso", "a:1\tcountry\tA\tAAA\t\t\nb:1\tplace\tB\tIQ\t\t\n", "x.tsv:2: unknown country code"},
		{"unknown country", "a:1\tcountry\tA\tAAA\t\t\nb:1\tplace\tB\tBBB\t\t\n", "x.tsv:2: unknown country code \"BBB\""},
		{"attr", "# c\na:1\tplace\tA\t\t\tlat=north;lon=3\n", "x.tsv:2: attribute lat"},
		{"attr form", "a:1\tplace\tA\t\t\tlat\n", "x.tsv:1: attribute \"lat\""},
		{"office", "a:1\tperson\tA\t\t\toffices=President@20x..\n", "x.tsv:1: attribute offices"},
		{"columns", "a:1\tplace\n", "x.tsv:1: want 6"},
	}
	for _, c := range cases {
		_, err := Load(fstest.MapFS{"x.tsv": {Data: []byte(c.data)}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := Load(os.DirFS("testdata/bad")); err == nil || !strings.Contains(err.Error(), "dup.tsv:3") {
		t.Errorf("bad/dup.tsv: %v", err)
	}
}

// TestDefaultLoads checks the embedded data; its load time is measured by
// BenchmarkLoad, not asserted here (timed tests fail on a busy machine).
func TestDefaultLoads(t *testing.T) {
	kb := Default()
	if len(kb.Entities()) < 1000 {
		t.Fatalf("embedded knowledge base has %d entities; the data files are missing", len(kb.Entities()))
	}
	seen := map[string]bool{}
	for _, e := range kb.Entities() {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		if (e.Kind == KindPlace) && (e.Lat == nil || e.Lon == nil) && strings.HasPrefix(e.ID, "city:") {
			t.Errorf("%s: city without coordinates", e.ID)
		}
	}
}

func TestRolesFile(t *testing.T) {
	known := map[string]bool{}
	for _, r := range Roles {
		known[r] = true
	}
	for i, line := range strings.Split(rolesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p, r, ok := strings.Cut(line, "\t")
		if !ok || p == "" || !known[r] {
			t.Errorf("roles.tsv:%d: %q: want phrase<TAB>known role", i+1, line)
		}
	}
	kb := fixtureKB(t)
	for phrase, want := range map[string]string{"troops": "military", "Security Forces": "police", "militiamen": "armed group",
		"protesters": "civilians", "health officials": "health", "aid workers": "ngo", "lawmakers": "legislature",
		// political camps named by their creed act as the opposition; armed ones are named so
		"Nationalists": "opposition", "leftists": "opposition", "monarchists": "opposition", "militants": "armed group"} {
		if got := kb.RoleOf(phrase); got != want {
			t.Errorf("RoleOf(%q) = %q, want %q", phrase, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	kb := fixtureKB(t)
	for name, id := range map[string]string{"IRAQ": "country:IRQ", "Kata’ib Hizballah": "group:kh", "cafe societe": "org:cafe",
		"Iraqis": "country:IRQ", "mohammed shia al sudani": "person:sudani"} {
		es := kb.Lookup(name)
		if len(es) == 0 || es[0].ID != id {
			t.Errorf("Lookup(%q) = %v, want %s", name, es, id)
		}
	}
	if e, ok := kb.Get("city:3"); !ok || e.Name != "Baghdad" || *e.Lat != 33.34 {
		t.Errorf("Get(city:3) = %v", e)
	}
	if e, ok := kb.OfficeHolder("IRQ", "prime minister", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)); !ok || e.ID != "person:kadhimi" {
		t.Errorf("OfficeHolder 2021 = %v", e)
	}
}

func TestRecognize(t *testing.T) {
	kb := fixtureKB(t)
	pub := time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		text string
		want map[string]string // mention text → entity id ("" = must not be a mention)
	}{
		{"variants", "Kata'ib Hizballah, Kataib Hizballah and KATA’IB HIZBALLAH met.",
			map[string]string{"Kata'ib Hizballah": "group:kh", "Kataib Hizballah": "group:kh", "KATA’IB HIZBALLAH": "group:kh"}},
		{"diacritics", "He ate at Cafe Societe, not at Café Société.",
			map[string]string{"Cafe Societe": "org:cafe", "Café Société": "org:cafe"}},
		{"hyphen space", "Asaib Ahl Al-Haq and Asaib Ahl al Haq agreed.",
			map[string]string{"Asaib Ahl Al-Haq": "group:aah", "Asaib Ahl al Haq": "group:aah"}},
		{"possessive", "Iraq's economy and Iraq’s oil and Iraqis' hopes.",
			map[string]string{"Iraq": "country:IRQ", "Iraqis": "country:IRQ"}},
		{"demonym plural", "Iraqi and Iranian officials met Palestinians.",
			map[string]string{"Iraqi": "country:IRQ", "Iranian": "country:IRN", "Palestinians": "country:PSE"}},
		{"longest", "The United States of America said so.",
			map[string]string{"United States of America": "country:USA", "United States": ""}},
		{"word boundary", "Iraqistan and Iranology are not names.",
			map[string]string{"Iraq": "", "Iran": ""}},
		{"exact case", "Tell us about the US and the U.S. now.",
			map[string]string{"us": "", "US": "country:USA", "U.S.": "country:USA"}},
		{"acronym case", "ISIS attacked; Isis is a goddess.",
			map[string]string{"ISIS": "group:is", "Isis": ""}},
		{"common word", "They chad a jordan. Jordan said no.",
			map[string]string{"chad": "", "jordan": "", "Jordan": "country:JOR"}},
		{"first name", "The player Michael Jordan and Jordan Henderson came to Jordan.",
			map[string]string{"Jordan": "country:JOR"}},
		{"ambiguous without support", "The battle of Badr was long ago.",
			map[string]string{"Badr": ""}},
		{"ambiguous in list", "Factions including Asaib Ahl Al-Haq, Kataib Hizballah and Badr fired rockets.",
			map[string]string{"Badr": "group:badr"}},
		{"ambiguous with context", "The head of Badr, Hadi al-Amiri, spoke to the militia.",
			map[string]string{"Badr": "group:badr"}},
		{"metonym actor", "Washington warned Tehran. Relations with Washington and Tehran are tense. Tehran's policy failed.",
			map[string]string{"Washington": "country:USA", "Tehran": "country:IRN"}},
		{"metonym place", "He lives in Washington and works near Tehran.",
			map[string]string{"Washington": "city:1", "Tehran": "city:2"}},
		{"possessive place", "Baghdad's Green Zone is guarded.",
			map[string]string{"Baghdad": "city:3", "Green Zone": "place:green-zone"}},
		{"same-named places", "Americans met in Paris, where the United States has a courthouse.",
			map[string]string{"Paris": "city:6"}},
		{"most populous", "They flew to Paris.",
			map[string]string{"Paris": "city:5"}},
		{"country vs place", "Georgia and Russia fought in 2008.",
			map[string]string{"Georgia": "country:GEO"}},
		{"place in mentioned country", "Americans in Atlanta, Georgia voted.",
			map[string]string{"Georgia": "city:4"}},
		{"lower-case descriptor", "Iraqi news agency Shafaq News reported.",
			map[string]string{"Shafaq News": "media:shafaq"}},
	}
	for _, c := range cases {
		fs := kb.Recognize(Doc{Body: c.text, Published: pub})
		got := resolved(fs, FieldBody)
		for text, id := range c.want {
			if got[text] != id {
				t.Errorf("%s: %q → %q, want %q (all: %v)", c.name, text, got[text], id, got)
			}
		}
	}
}

func TestCoreference(t *testing.T) {
	kb := fixtureKB(t)
	pub := time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)
	body := "Iraqi Prime Minister Mohammed Shia al-Sudani condemned the attack. Later al-Sudani and Sudani's aides met. " +
		"The Prime Minister ordered an inquiry. The Israeli defence minister and Israel's prime minister disagreed. " +
		"John Carter, a spokesman, said Carter would go. Mr. Hollis declined. Officials of the Free Syrian Army spoke. " +
		"The Syrian Democratic Forces (SDF) advanced; the SDF holds Raqqa. Fighting near Kobane continued."
	fs := kb.Recognize(Doc{Title: "Sudani vows answer", Body: body, Published: pub})
	got := resolved(fs, FieldBody)
	want := map[string]string{
		"Mohammed Shia al-Sudani": "person:sudani", "al-Sudani": "person:sudani", "Sudani": "person:sudani",
		"Prime Minister": "person:sudani", "defence minister": "person:gallant", "prime minister": "person:netanyahu",
		"John Carter": "new:person:john-carter", "Carter": "new:person:john-carter", "Hollis": "new:person:hollis",
		"Free Syrian Army": "new:org:free-syrian-army", "Syrian Democratic Forces": "new:org:syrian-democratic-forces",
		"SDF": "new:org:syrian-democratic-forces", "Kobane": "new:place:kobane",
		"The": "", "Later": "", "Officials": "", "Fighting": "",
	}
	for text, id := range want {
		if got[text] != id {
			t.Errorf("%q → %q, want %q", text, got[text], id)
		}
	}
	if title := resolved(fs, FieldTitle); title["Sudani"] != "person:sudani" {
		t.Errorf("title: %v", title)
	}
	kinds := map[string]string{"new:person:john-carter": KindPerson, "new:person:hollis": KindPerson, "new:org:free-syrian-army": KindOrganization,
		"new:org:syrian-democratic-forces": KindOrganization, "new:place:kobane": KindPlace}
	for _, f := range fs {
		if k, ok := kinds[f.ID]; ok && (f.Kind != k || !f.New) {
			t.Errorf("%s: kind %q new %v, want %q", f.ID, f.Kind, f.New, k)
		}
	}
	// the office holder at the date: before Sudani took office
	fs = kb.Recognize(Doc{Body: "The Iraqi Prime Minister spoke.", Published: time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)})
	if got := resolved(fs, FieldBody); got["Prime Minister"] != "person:kadhimi" {
		t.Errorf("2021 prime minister: %v", got)
	}
	// a bare title with nobody named before stays unresolved
	fs = kb.Recognize(Doc{Body: "The president spoke.", Published: pub})
	if len(fs) != 0 {
		t.Errorf("bare title: %v", fs)
	}
}

func TestNewEntityPrecision(t *testing.T) {
	kb := fixtureKB(t)
	body := "However, on Monday the talks failed. In January, The Guardian said nothing.\n\n" +
		"Iraq Faces Hard Times Again\n\nMeanwhile, March was calm."
	for _, f := range kb.Recognize(Doc{Body: body}) {
		if f.New && f.Name != "Guardian" && f.Name != "The Guardian" {
			t.Errorf("unexpected new entity %q (%s)", f.Name, f.Kind)
		}
	}
}

func TestAuthorsAndOutlet(t *testing.T) {
	kb := fixtureKB(t)
	doc := Doc{Title: "Report", Body: "Shafaq News reported an attack.", Byline: "Jane Roe, for Shafaq News.",
		Authors: []string{"Jane Roe", "Omar Said"}, Outlet: "Shafaq News"}
	fs := kb.Recognize(doc)
	byID := map[string]Found{}
	for _, f := range fs {
		byID[f.ID] = f
	}
	if f, ok := byID["new:person:jane-roe"]; !ok || f.Kind != KindPerson || len(f.Mentions) != 1 || f.Mentions[0].Field != FieldByline {
		t.Errorf("author Jane Roe: %+v", f)
	}
	if f, ok := byID["new:person:omar-said"]; !ok || f.Kind != KindPerson || len(f.Mentions) != 0 {
		t.Errorf("author Omar Said: %+v", f)
	}
	if f, ok := byID["media:shafaq"]; !ok || len(f.Mentions) != 2 {
		t.Errorf("outlet: %+v", f)
	}
}

func TestMentionOffsetsAndSentences(t *testing.T) {
	kb := fixtureKB(t)
	doc := Doc{Title: "Iraq’s answer", Body: "First sentence here. Then Iran spoke.\n\nThe Pentagon agreed.", Byline: "By Ann Lee"}
	fields := map[string]string{FieldTitle: doc.Title, FieldBody: doc.Body, FieldByline: doc.Byline}
	for _, f := range kb.Recognize(doc) {
		for _, m := range f.Mentions {
			if fields[m.Field][m.Start:m.End] != m.Text {
				t.Errorf("%s: offsets %d:%d give %q, want %q", f.ID, m.Start, m.End, fields[m.Field][m.Start:m.End], m.Text)
			}
			if m.Text == "Iran" && m.Sentence != 1 || m.Text == "Pentagon" && m.Sentence != 2 {
				t.Errorf("%s: sentence %d", m.Text, m.Sentence)
			}
		}
	}
}

func TestCompose(t *testing.T) {
	kb := fixtureKB(t)
	cases := []struct {
		phrase                string
		entity, country, role string
		backed                string
	}{
		{"Iraqi security forces", "country:IRQ", "IRQ", "police", ""},
		{"US troops", "country:USA", "USA", "military", ""},
		{"Iranian-backed militias in Iraq", "", "IRQ", "armed group", "IRN"},
		{"militias backed by Iran", "", "", "armed group", "IRN"},
		{"health officials in Gaza", "", "PSE", "health", ""},
		{"the Pentagon", "org:dod", "USA", "military", ""},
		{"nine Iraqi militiamen", "", "IRQ", "armed group", ""},
		{"Palestinians", "", "PSE", "civilians", ""},
		{"protesters", "", "", "civilians", ""},
		{"Hindu nationalists", "", "", "opposition", ""},
		{"Kataib Hezbollah fighters", "group:kh", "IRQ", "armed group", "IRN"},
		{"US troops in Iraq", "country:USA", "USA", "military", ""},
		{"Tehran", "country:IRN", "IRN", "government", ""},
		{"Israel", "country:ISR", "ISR", "", ""},
		{"the Secretary-General", "", "", "government", ""},
		{"the attorney general", "", "", "judiciary", ""},
		{"the rebel leader", "", "", "armed group", ""},
		{"the opposition leaders", "", "", "opposition", ""},
		{"the general", "", "", "military", ""},
		{"an Iraqi woman", "", "IRQ", "civilians", ""},
		{"Iraqi Americans", "", "IRQ", "civilians", ""},
	}
	for _, c := range cases {
		got := composeIn(kb, c.phrase)
		id := ""
		if got.Entity != nil {
			id = got.Entity.ID
		}
		if id != c.entity || got.Country != c.country || got.Role != c.role || strings.Join(got.BackedBy, ",") != c.backed || got.Text != c.phrase {
			t.Errorf("Compose(%q) = entity %q country %q role %q backed %v text %q; want %q %q %q %q",
				c.phrase, id, got.Country, got.Role, got.BackedBy, got.Text, c.entity, c.country, c.role, c.backed)
		}
	}
	spans := []Span{{Start: 0, End: 4}, {Start: 5, End: 9}, {Start: 12, End: 20}}
	if w := Within(spans, 5, 20); len(w) != 2 || w[0].Start != 5 {
		t.Errorf("Within: %v", w)
	}
}

// composeIn composes phrase as the subject of a sentence read with kb.
func composeIn(kb *KB, phrase string) Composed {
	text := "Yesterday " + phrase + " did something."
	fs := kb.Recognize(Doc{Body: text})
	start := len("Yesterday ")
	return kb.Compose(text, start, start+len(phrase), Spans(fs, FieldBody))
}

func FuzzRecognize(f *testing.F) {
	kb := fixtureKB(f)
	for _, s := range []string{"Iraq's U.S. Kata'ib Hizballah", "al-Sudani said. The Prime Minister", "Mr. X (SDF) in Tehran’s",
		"U.S.", "é'’-", "A.B.C.D. e.g. ''s", "Café Société\u0301 ISIS"} {
		f.Add(s, "Title "+s)
	}
	f.Fuzz(func(t *testing.T, body, title string) {
		fs := kb.Recognize(Doc{Title: title, Body: body, Byline: body, Authors: []string{title}, Outlet: body})
		fields := map[string]string{FieldTitle: title, FieldBody: body, FieldByline: body}
		for _, e := range fs {
			for _, m := range e.Mentions {
				s := fields[m.Field]
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("%s: bad mention %+v in %q", e.ID, m, s)
				}
			}
			_ = kb.Compose(body, 0, len(body), Spans(fs, FieldBody))
		}
	})
}
