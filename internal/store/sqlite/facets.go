package sqlite

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"sitrep/internal/store"
)

// facetTop is how many values of each facet are returned.
const facetTop = 10

// facets counts the hits (one per near-duplicate group: the group's
// representative) by outlet, author, month, entity, event type and event
// country, from one narrow row per hit (search_docs), in one pass.
func (s *DB) facets(ctx context.Context, r *ranking) (*store.Facets, error) {
	reps := map[string]int64{}
	for grp, members := range r.grouped {
		reps[grp] = collapse(members).rep.rid
	}
	counts := map[string]map[string]int{"outlet": {}, "author": {}, "month": {}, "entity": {}, "event_type": {}, "country": {}}
	set := func(facet, values string) {
		for v := range strings.SplitSeq(strings.TrimSuffix(values, "\n"), "\n") {
			if v != "" {
				counts[facet][v]++
			}
		}
	}
	err := eachRow(ctx, s.db, `SELECT a.rowid, a.grp, a.outlet, a.authors, a.published, a.entities, a.event_types, a.event_countries`+r.m.from(),
		r.m.q.args, func(sc scanner) error {
			var rid int64
			var grp, outlet, authors, published, entities, types, countries string
			if err := sc.Scan(&rid, &grp, &outlet, &authors, &published, &entities, &types, &countries); err != nil {
				return err
			}
			if r.inGroup[rid] && reps[grp] != rid {
				return nil // a near-duplicate its group's representative stands for
			}
			if outlet != "" {
				counts["outlet"][outlet]++
			}
			if published != "" {
				counts["month"][firstRunes(published, 7)]++
			}
			if authors != "[]" {
				var names []string
				json.Unmarshal([]byte(authors), &names)
				slices.Sort(names)
				for _, a := range slices.Compact(names) {
					if a != "" {
						counts["author"][a]++
					}
				}
			}
			set("entity", entities)
			set("event_type", types)
			set("country", countries)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("search facets: %w", err)
	}
	f := &store.Facets{Outlet: top(counts["outlet"]), Author: top(counts["author"]), Month: top(counts["month"]),
		Entity: top(counts["entity"]), EventType: top(counts["event_type"]), Country: top(counts["country"])}
	return f, s.entityNames(ctx, f.Entity)
}

// top is the largest counts, largest first, then by value.
func top(counts map[string]int) []store.FacetCount {
	out := make([]store.FacetCount, 0, len(counts))
	for v, n := range counts {
		out = append(out, store.FacetCount{Value: v, Count: n})
	}
	slices.SortFunc(out, func(a, b store.FacetCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Value, b.Value))
	})
	return out[:min(len(out), facetTop)]
}

// entityNames names the entities of a facet.
func (s *DB) entityNames(ctx context.Context, counts []store.FacetCount) error {
	if len(counts) == 0 {
		return nil
	}
	ids := make([]any, len(counts))
	at := map[string]int{}
	for i, c := range counts {
		ids[i], at[c.Value] = c.Value, i
	}
	return eachRow(ctx, s.db, `SELECT id, name FROM entities WHERE id IN (`+placeholders(len(ids))+`)`, ids, func(sc scanner) error {
		var id, name string
		err := sc.Scan(&id, &name)
		counts[at[id]].Name = name
		return err
	})
}

// firstRunes is s cut to n characters (SQL's substr(s, 1, n)).
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
