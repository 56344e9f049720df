package enrich

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"sitrep/internal/article"
	"sitrep/internal/nlp"
	"sitrep/internal/record"
)

// Limits keep the cost of one article linear in its size and its memory
// bounded, whatever the input (README, Troubleshooting):
const (
	// ChunkBytes: a body longer than this is read in chunks of whole
	// paragraphs of at most this size, one after another, checking for
	// cancellation between them; entities, dates and events of the chunks
	// are merged. Coreference ("the militia" for a group named earlier) does
	// not reach across chunks. Articles of ordinary length are read whole.
	ChunkBytes = 64 << 10
	// MaxReadBytes: only the first this many bytes of a body are read for
	// entities, dates and events; the whole body is stored and searchable.
	MaxReadBytes = 8 << 20
	// MaxSentenceTokens: a "sentence" of more tokens than this (a table or a
	// list run together, or hostile input) is not event-coded.
	MaxSentenceTokens = 400
	// MaxEvents: at most this many events are kept per article, the first ones.
	MaxEvents = 5000
)

// AnnotateContext is Annotate that stops when ctx is done, between
// paragraphs of a long article, and returns ctx's error.
func (r *Reader) AnnotateContext(ctx context.Context, a article.Article) (*Annotated, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if lang := Language(a); !readable(lang) {
		// Stored and searchable, not read: the reading is English.
		if Language(article.Article{Lang: a.Lang}) == "" {
			a.Lang = lang // detected: said, so that stats can count it
		}
		return &Annotated{Article: a, Entities: []record.Found{}, Dates: []record.Date{}, Events: []record.Event{}, Reading: Version()}, nil
	}
	if a.Headline && strings.TrimSpace(a.Body) == "" {
		return r.annotateHeadline(ctx, a), ctx.Err()
	}
	if len(a.Body) <= ChunkBytes {
		an := r.annotate(ctx, a).Annotated
		return an, ctx.Err()
	}
	return r.annotateChunks(ctx, a)
}

// annotateChunks reads a long body chunk by chunk and merges the readings,
// with offsets, sentence numbers and event ids made the whole body's.
func (r *Reader) annotateChunks(ctx context.Context, a article.Article) (*Annotated, error) {
	body := a.Body
	readable := body[:min(len(body), MaxReadBytes)]
	out := &Annotated{Article: a, Entities: []record.Found{}, Dates: []record.Date{}, Events: []record.Event{}, Reading: Version()}
	index := map[string]int{} // entity id → position in out.Entities
	sentences := 0
	for i, ch := range chunks(readable, ChunkBytes) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		part := a
		part.Body = body[ch[0]:ch[1]]
		if i > 0 { // title, authors and outlet are read once, with the first chunk
			part.Title, part.PublishedText, part.Authors, part.Outlet = "", "", nil, ""
		}
		if ch[1] < len(body) {
			part.Byline = ""
		}
		an := r.annotate(ctx, part)
		shift := ch[0]
		for _, f := range an.Entities {
			k, ok := index[f.ID]
			if !ok {
				k = len(out.Entities)
				index[f.ID] = k
				out.Entities = append(out.Entities, record.Found{Entity: f.Entity})
			}
			for _, m := range f.Mentions {
				if m.Field == "body" || m.Field == "" {
					m.Start, m.End, m.Sentence = m.Start+shift, m.End+shift, m.Sentence+sentences
				}
				out.Entities[k].Mentions = append(out.Entities[k].Mentions, m)
			}
		}
		for _, d := range an.Dates {
			if d.Field == "body" {
				d.Offset, d.EndOffset = d.Offset+shift, d.EndOffset+shift
			}
			out.Dates = append(out.Dates, d)
		}
		for _, e := range an.Events {
			if len(out.Events) >= MaxEvents {
				break
			}
			e.Evidence.Start, e.Evidence.End, e.Evidence.Sentence = e.Evidence.Start+shift, e.Evidence.End+shift, e.Evidence.Sentence+sentences
			if e.Trigger != nil {
				tr := *e.Trigger
				tr.Start, tr.End = tr.Start+shift, tr.End+shift
				e.Trigger = &tr
			}
			sum := sha256.Sum256(fmt.Appendf(nil, "%s/%d/%s", a.ID, i, e.ID))
			e.ID = hex.EncodeToString(sum[:8])
			out.Events = append(out.Events, e)
		}
		sentences += an.sentences
	}
	return out, ctx.Err()
}

// chunks cuts s into consecutive spans of at most n bytes, at paragraph
// breaks where it can, else at a line break or space, else anywhere (on a
// UTF-8 boundary).
func chunks(s string, n int) [][2]int {
	var out [][2]int
	for start := 0; start < len(s); {
		end := min(start+n, len(s))
		if end < len(s) {
			cut := -1
			for _, sep := range []string{"\n\n", "\n", " "} {
				if i := strings.LastIndex(s[start:end], sep); i > 0 {
					cut = start + i + len(sep)
					break
				}
			}
			if cut < 0 {
				cut = end
				for cut > start && cut < len(s) && s[cut]&0xC0 == 0x80 {
					cut--
				}
			}
			end = cut
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// codable returns the sentences the event coder reads: a sentence of more
// than MaxSentenceTokens tokens is passed without its tokens, which the
// coder skips, so numbering stays that of the text.
func codable(sents []nlp.Sentence) []nlp.Sentence {
	out := sents
	for i, s := range sents {
		if len(s.Tokens) > MaxSentenceTokens {
			if &out[0] == &sents[0] {
				out = append([]nlp.Sentence(nil), sents...)
			}
			out[i].Tokens = nil
		}
	}
	return out
}
