package enrich

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/entity"
)

// digest is a long article of numbered short reports, n paragraphs.
func digest(n int) article.Article {
	places := []string{"Mosul", "Kirkuk", "Basra", "Aden", "Homs"}
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "On Monday gunmen attacked a police checkpoint near %s, killing %d officers, officials said. "+
			"The Iraqi army arrested %d suspects in item %d.", places[i%len(places)], 2+i%40, 1+i%7, i)
	}
	a := article.Article{Title: "Security digest", Published: "2024-01-08", Body: b.String()}
	a.ComputeID()
	return a
}

// TestLongArticleReadInChunks: an article over ChunkBytes is read chunk by
// chunk, and the merged reading points into the whole body: every mention,
// date and evidence offset names its own text, sentence numbers grow, event
// ids are unique and each entity is listed once.
func TestLongArticleReadInChunks(t *testing.T) {
	a := digest(1500)
	if len(a.Body) < 2*ChunkBytes {
		t.Fatalf("test article of %d bytes is not long enough", len(a.Body))
	}
	an := New(entity.Default()).Annotate(a)
	if len(an.Events) == 0 || len(an.Entities) == 0 {
		t.Fatalf("long article: %d events, %d entities", len(an.Events), len(an.Entities))
	}
	ids := map[string]bool{}
	lastSentence := -1
	for _, e := range an.Events {
		if ids[e.ID] {
			t.Fatalf("event id %s twice", e.ID)
		}
		ids[e.ID] = true
		if got := a.Body[e.Evidence.Start:e.Evidence.End]; got != e.Evidence.Text {
			t.Fatalf("evidence at %d: body has %q, event says %q", e.Evidence.Start, got, e.Evidence.Text)
		}
		lastSentence = max(lastSentence, e.Evidence.Sentence)
	}
	if lastSentence < 1500 {
		t.Errorf("last evidence sentence %d: sentence numbers are not the whole body's", lastSentence)
	}
	seen := map[string]bool{}
	for _, f := range an.Entities {
		if seen[f.ID] {
			t.Fatalf("entity %s listed twice", f.ID)
		}
		seen[f.ID] = true
		for _, m := range f.Mentions {
			if m.Field == "body" && a.Body[m.Start:m.End] != m.Text {
				t.Fatalf("mention of %s at %d: body has %q, mention says %q", f.Name, m.Start, a.Body[m.Start:m.End], m.Text)
			}
		}
	}
	for _, d := range an.Dates {
		if d.Field == "body" && !strings.HasPrefix(a.Body[d.Offset:], d.Text) {
			t.Fatalf("date %q at %d: body has %q", d.Text, d.Offset, a.Body[d.Offset:min(len(a.Body), d.Offset+len(d.Text))])
		}
	}
}

// TestLimits: events per article are capped, and an endless "sentence"
// (no full stop in a megabyte) is not event-coded, so it costs little.
func TestLimits(t *testing.T) {
	r := New(entity.Default())
	a := digest(4000)
	if an := r.Annotate(a); len(an.Events) > MaxEvents {
		t.Errorf("%d events kept, want at most %d", len(an.Events), MaxEvents)
	}
	run := strings.Repeat("gunmen attacked police near Mosul and ", 30000)
	b := article.Article{Title: "Run-on", Published: "2024-01-08", Body: run}
	b.ComputeID()
	start := time.Now()
	an := r.Annotate(b)
	if len(an.Events) != 0 {
		t.Errorf("run-on text of %d bytes: %d events, want none (no sentence under %d tokens)", len(run), len(an.Events), MaxSentenceTokens)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("run-on text of %d bytes took %v", len(run), d)
	}
}

// TestAnnotateStopsWhenCancelled: a long article's reading stops within a
// second of its context being cancelled, with the context's error.
func TestAnnotateStopsWhenCancelled(t *testing.T) {
	r := New(entity.Default())
	// the models load once, at the first reading: that is not the latency
	// of a cancel
	r.Annotate(article.Article{Title: "Warm up", Body: "Rebels attacked an army post near Goma on Monday, killing four soldiers."})
	a := digest(20000)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	_, err := r.AnnotateContext(ctx, a)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled reading of %d bytes: err %v, want context.Canceled", len(a.Body), err)
	}
	if d := time.Since(start); d > 1200*time.Millisecond {
		t.Errorf("cancelled reading returned after %v, want within a second of the cancel", d)
	}
}

// TestAnnotateIsDeterministic: the same article read again, after other
// articles and in other goroutines, gives the same reading (entity ids,
// events), including names the knowledge base does not hold.
func TestAnnotateIsDeterministic(t *testing.T) {
	r := New(entity.Default())
	a := article.Article{Title: "Clash in Zawiya", Published: "2024-02-03", Outlet: "Test Wire",
		Body: "Fighters of the Zawiya Shield Brigade clashed with the Stability Support Apparatus near the refinery on Friday, " +
			"killing four, residents said. Commander Abdel Wahid Qassem of the brigade denied the report."}
	a.ComputeID()
	first := reading(r.Annotate(a))
	r.Annotate(digest(50))
	done := make(chan string, 4)
	for range 4 {
		go func() { done <- reading(r.Annotate(a)) }()
	}
	for range 4 {
		if got := <-done; got != first {
			t.Fatalf("a second reading differs:\n%s\n%s", first, got)
		}
	}
}

func reading(an *Annotated) string {
	b, _ := json.Marshal(an)
	return string(b)
}

// TestOtherLanguagesAreNotCoded: an article in a language sitrep does not
// read is marked with its language and not read as English; one whose
// source states English, or English detected, is read.
func TestOtherLanguagesAreNotCoded(t *testing.T) {
	r := New(entity.Default())
	fr := article.Article{Title: "Attaque près de Mossoul", Published: "2024-01-08",
		Body: "Des hommes armés ont attaqué lundi un poste de police près de Mossoul, tuant trois policiers, " +
			"selon des responsables locaux. L'armée irakienne a arrêté deux suspects dans la soirée et une enquête a été ouverte."}
	fr.ComputeID()
	an := r.Annotate(fr)
	if an.Article.Lang != "fr" || len(an.Events) != 0 || len(an.Entities) != 0 {
		t.Errorf("French article: lang %q, %d events, %d entities; want fr and not read", an.Article.Lang, len(an.Events), len(an.Entities))
	}
	en := digest(3)
	if an := r.Annotate(en); an.Article.Lang != "" || len(an.Events) == 0 {
		t.Errorf("English article: lang %q, %d events; want the language left as given and events read", an.Article.Lang, len(an.Events))
	}
	for _, lang := range []string{"en-GB", "und", "x-default"} {
		en.Lang = lang
		if an := r.Annotate(en); len(an.Events) == 0 || an.Article.Lang != lang {
			t.Errorf("English article stated %q: %d events, lang %q; want read, lang kept", lang, len(an.Events), an.Article.Lang)
		}
	}
}
