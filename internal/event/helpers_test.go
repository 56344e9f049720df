package event

import (
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/nlp"
	"sitrep/internal/timex"
)

// inputFor runs the enrichment steps before the coder on text.
func inputFor(id, text string, published time.Time) Input {
	kb := entity.Default()
	sents := nlp.Analyze(text)
	found := kb.Recognize(entity.Doc{Body: text, Published: published, Sentences: sents})
	dates := timex.Find(text, timex.Options{Ref: published, Anchor: "published"})
	return Input{ArticleID: id, Body: text, Sentences: sents, Entities: found, Dates: dates, Published: published, KB: kb}
}

func base2024() time.Time { return time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC) }
