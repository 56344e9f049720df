package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// testLinks: ApplyLinks re-links and removes mentions, starting each time
// from the reader's links (which MachineMentions keeps giving), all or
// nothing; a new reading (Replace) forgets the reader's old links.
func testLinks(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	an := Sample("Strike near Baghdad", body1, "2024-01-03")
	if _, err := s.Put(ctx, an); err != nil {
		t.Fatal(err)
	}
	id := an.Article.ID
	bag, us := an.Entities[0].Mentions[0], an.Entities[1].Mentions[0]
	reader := fmt.Sprintf("[country:USA US body %d-%d s0, city:98182 Baghdad body %d-%d s0]", us.Start, us.End, bag.Start, bag.End)
	machine := func(when string) {
		t.Helper()
		ms, err := s.MachineMentions(ctx, id)
		if err != nil {
			t.Fatalf("%s: MachineMentions: %v", when, err)
		}
		if got := mentionsString(ms); got != reader {
			t.Errorf("%s: MachineMentions = %s, want the reader's %s", when, got, reader)
		}
	}
	// entities says which entity each stored mention of the article stands for.
	entities := func() string {
		t.Helper()
		got, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		out := ""
		for _, f := range got.Entities {
			for _, m := range f.Mentions {
				out += fmt.Sprintf("%s=%s ", m.Text, f.ID)
			}
		}
		return out
	}
	machine("as read")
	links := []store.MentionLink{
		{Field: "body", Start: bag.Start, End: bag.End, From: "city:98182", To: "country:USA"},
		{Field: "body", Start: us.Start, End: us.End, From: "country:USA", To: ""},
	}
	for i := range 2 { // applying again gives the same
		if err := s.ApplyLinks(ctx, id, links); err != nil {
			t.Fatal(err)
		}
		if got := entities(); got != "Baghdad=country:USA " {
			t.Errorf("after ApplyLinks (%d): mentions %q, want Baghdad standing for country:USA and US for none", i+1, got)
		}
		machine("after ApplyLinks")
	}
	if st, _ := s.Stats(ctx); st.Mentions != 1 {
		t.Errorf("Stats.Mentions after an unlink = %d, want 1", st.Mentions)
	}
	if p, err := s.Entity(ctx, "country:USA", 5); err != nil || p.MentionN != 1 {
		t.Errorf("Entity(country:USA) after the links: %+v, %v; want one mention", p, err)
	}
	// A link that names no mention of the reader's fails as a whole.
	bad := append([]store.MentionLink{{Field: "body", Start: us.Start, End: us.End, From: "country:USA", To: "city:98182"}},
		store.MentionLink{Field: "body", Start: 0, End: 1, From: "country:USA", To: "city:98182"})
	if err := s.ApplyLinks(ctx, id, bad); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ApplyLinks(no mention there) = %v, want ErrNotFound", err)
	}
	if got := entities(); got != "Baghdad=country:USA " {
		t.Errorf("a failed ApplyLinks changed the mentions: %q", got)
	}
	if err := s.ApplyLinks(ctx, "no-such-article", nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ApplyLinks(unknown article) = %v, want ErrNotFound", err)
	}
	// No links: the reader's links again.
	if err := s.ApplyLinks(ctx, id, nil); err != nil {
		t.Fatal(err)
	}
	if got := entities(); got != "Baghdad=city:98182 US=country:USA " && got != "US=country:USA Baghdad=city:98182 " {
		t.Errorf("after ApplyLinks(none): mentions %q, want the reader's", got)
	}
	// A new reading replaces the reader's links: the old ones are not put back.
	if err := s.ApplyLinks(ctx, id, links); err != nil {
		t.Fatal(err)
	}
	re := Sample("Strike near Baghdad", body1, "2024-01-03")
	re.Reading = "v2"
	re.Entities = re.Entities[1:] // only US
	if res, err := s.Replace(ctx, []*record.Annotated{re}); err != nil || res[0].Err != nil {
		t.Fatalf("Replace = %+v, %v", res, err)
	}
	if got := entities(); got != "US=country:USA " {
		t.Errorf("after Replace: mentions %q, want the new reading's", got)
	}
	if ms, _ := s.MachineMentions(ctx, id); len(ms) != 1 || ms[0].Entity != "country:USA" {
		t.Errorf("after Replace: MachineMentions = %s, want the new reading's", mentionsString(ms))
	}
	if err := s.ApplyLinks(ctx, id, nil); err != nil {
		t.Fatal(err)
	}
	if got := entities(); got != "US=country:USA " {
		t.Errorf("after Replace and ApplyLinks(none): mentions %q, want the new reading's", got)
	}
}

func mentionsString(ms []store.LinkedMention) string {
	out := "["
	for i, m := range ms {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%s %s %s %d-%d s%d", m.Entity, m.Text, m.Field, m.Start, m.End, m.Sentence)
	}
	return out + "]"
}
