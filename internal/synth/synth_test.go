package synth

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/neardup"
)

func testItems() []Item {
	mk := func(id, title, body, pub string) Item {
		return Item{Fields: map[string]json.RawMessage{"lang": json.RawMessage(`"en"`)}, ID: id, URL: "https://example.com/" + id, Title: title, Body: body, Published: pub}
	}
	return []Item{
		mk("a", "Strikes on Kharkiv", "Russian missiles hit Kharkiv, Ukraine, on March 3, killing 14 people and injuring 35 others, including four children, the governor said. Ukrainian officials in Kyiv said 1,200 homes lost power.", "2025-03-04"),
		mk("b", "Protest in Nairobi", "Thousands of people march in Nairobi, Kenya, against a finance bill; police arrest 27 protesters and fire tear gas near the parliament, Kenyan media report.", "2025-06-25"),
		mk("c", "Floods in Pakistan", "Floods in Peshawar, Pakistan, kill 32 people and displace 5,000 families after three days of rain, Pakistani officials say on 12 July.", "2025-07-14"),
		mk("d", "Election in Brazil", "Voters in Brazil elect a new Congress; turnout in São Paulo reaches 78 percent, Brazilian authorities say, with 156 million people registered.", "2025-10-06"),
	}
}

func generate(t *testing.T, n int, seed uint64) []Item {
	t.Helper()
	var buf bytes.Buffer
	got, err := New(entity.Default(), testItems()).Write(&buf, n, seed)
	if err != nil || got != n {
		t.Fatalf("Write = %d, %v; want %d", got, err, n)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var out []Item
	dec := json.NewDecoder(zr)
	for dec.More() {
		var m map[string]string
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		out = append(out, Item{ID: m["id"], URL: m["url"], Title: m["title"], Body: m["body"], Published: m["published"]})
		if m["lang"] != "en" {
			t.Errorf("%s: other fields lost: %v", m["id"], m)
		}
	}
	return out
}

func TestVariants(t *testing.T) {
	src := map[string]Item{}
	for _, it := range testItems() {
		src[it.ID] = it
	}
	vs := generate(t, 12, 7)
	again := generate(t, 12, 7)
	other := generate(t, 12, 8)
	sigs := map[string][]neardup.Signature{}
	for i, v := range vs {
		if v.Body != again[i].Body || v.Title != again[i].Title || v.Published != again[i].Published || v.ID != again[i].ID {
			t.Errorf("variant %d differs between two runs with one seed:\n%+v\n%+v", i, v, again[i])
		}
		if v.Body == other[i].Body && v.Published == other[i].Published {
			t.Errorf("variant %d the same under another seed", i)
		}
		base, _, ok := strings.Cut(v.ID, "-v")
		s, found := src[base]
		if !ok || !found {
			t.Fatalf("variant id %q names no source", v.ID)
		}
		if v.Body == s.Body || !strings.HasPrefix(v.URL, s.URL+"?variant=") {
			t.Errorf("%s: body or url not varied: %+v", v.ID, v)
		}
		p0, _ := time.Parse("2006-01-02", s.Published)
		p1, err := time.Parse("2006-01-02", v.Published)
		if d := p1.Sub(p0).Hours() / 24; err != nil || d == 0 || int(d)%7 != 0 {
			t.Errorf("%s: published %s from %s: want whole weeks moved", v.ID, v.Published, s.Published)
		}
		sig, _ := neardup.Sign(v.Body)
		if len(sigs[base]) == 0 {
			s0, _ := neardup.Sign(s.Body)
			sigs[base] = append(sigs[base], s0)
		}
		for _, o := range sigs[base] {
			if sim := sig.Similarity(o); sim >= neardup.Threshold {
				t.Errorf("%s: similarity %.2f to its source or a sibling: near-duplicate detection would join them\n%s", v.ID, sim, v.Body)
			}
		}
		sigs[base] = append(sigs[base], sig)
	}
	t.Logf("%s\n%s", vs[0].Title, vs[0].Body)
}

func TestShiftKeepsForms(t *testing.T) {
	sh := shifter{days: 14, pub: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct{ in, want string }{
		{"on March 3", "on March 17"},
		{"on 30 December 2024", "on 13 January 2025"},
		{"F-16 jets and COVID-19", "F-16 jets and COVID-19"}, // names, not counts
		{"in 2024", "in 2024"},                               // the shift stays in the year
	} {
		n := 0
		if got := sh.apply(c.in, &n); got != c.want {
			t.Errorf("apply(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
