package enrich

import (
	"encoding/json"
	"strings"

	"sitrep/internal/article"
	"sitrep/internal/record"
)

// citations returns the outlets an article says it was compiled from
// (WCEP's "citations": [{"outlet": …}]), each once.
func citations(a article.Article) []string {
	raw, ok := a.Extra["citations"]
	if !ok {
		return nil
	}
	var cs []struct {
		Outlet string `json:"outlet"`
	}
	if json.Unmarshal(raw, &cs) != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		o := strings.TrimSpace(c.Outlet)
		if o != "" && !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	return out
}

// linkClaims gives each event the sourcing of the claim its evidence
// sentence is; an event read from a sentence that is no claim (an
// opinion) keeps its own attribution, or is unsourced.
func linkClaims(events []record.Event, claims []record.Claim) {
	for i := range events {
		e := &events[i]
		if e.Evidence.Field != "" && e.Evidence.Field != "body" {
			continue
		}
		var c *record.Claim
		for k := range claims {
			if claims[k].Start <= e.Evidence.Start && e.Evidence.End <= claims[k].End ||
				claims[k].Start < e.Evidence.End && e.Evidence.Start < claims[k].End && claims[k].Sentence == e.Evidence.Sentence {
				c = &claims[k]
				break
			}
		}
		switch {
		case c != nil && !(c.Sourcing == record.SourcingUnsourced && e.Attribution != nil):
			e.Sourcing = c.Sourcing
			if c.Source != nil {
				e.SourcedBy = c.Source.Text
			}
		case e.Attribution != nil:
			e.Sourcing, e.SourcedBy = record.SourcingAttributed, e.Attribution.Text
		default:
			e.Sourcing = record.SourcingUnsourced
		}
	}
}
