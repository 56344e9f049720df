package sqlite

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
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
	reps := map[int64]bool{}
	for _, members := range r.grouped {
		reps[collapse(members).rep.rid] = true
	}
	var outlets, authors, months, entities, types, countries facetCounts = map[string]*int{}, map[string]*int{}, map[string]*int{},
		map[string]*int{}, map[string]*int{}, map[string]*int{}
	// One column, the values each ended by a NUL, the outlet (free text)
	// last: a column given to Go costs more than its text (5,800 hits of
	// a broad word read in 15.7 ms as seven columns, 8.6 ms as one). Read
	// into a reused buffer; a value's string is made once, when the facet
	// first sees it.
	var packed sql.RawBytes
	cols := make([][]byte, 6)
	var rid int64
	var names [][]byte
	err := eachRow(ctx, s.db, `SELECT a.rowid, a.published || char(0) || a.entities || char(0) ||
		a.event_types || char(0) || a.event_countries || char(0) || a.authors || char(0) || a.outlet || char(0)`+r.from,
		r.m.q.args, func(sc scanner) error {
			if err := sc.Scan(&rid, &packed); err != nil {
				return err
			}
			fields(packed, cols)
			published, ents, evTypes, evCountries, author, outlet := cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]
			if r.inGroup[rid] && !reps[rid] {
				return nil // a near-duplicate its group's representative stands for
			}
			outlets.add(outlet)
			if len(published) > 0 {
				months.add(firstRuneBytes(published, 7))
			}
			if string(author) != "[]" {
				names = authorNames(author, names[:0])
				slices.SortFunc(names, bytes.Compare)
				for _, a := range slices.CompactFunc(names, bytes.Equal) {
					authors.add(a)
				}
			}
			entities.addSet(ents)
			types.addSet(evTypes)
			countries.addSet(evCountries)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("search facets: %w", err)
	}
	f := &store.Facets{Outlet: outlets.top(), Author: authors.top(), Month: months.top(),
		Entity: entities.top(), EventType: types.top(), Country: countries.top()}
	return f, s.entityNames(ctx, f.Entity)
}

// facetCounts counts the hits by the values of one facet.
type facetCounts map[string]*int

// add counts a value (none when empty).
func (c facetCounts) add(v []byte) {
	if len(v) == 0 {
		return
	}
	if n := c[string(v)]; n != nil {
		*n++
		return
	}
	one := 1
	c[string(v)] = &one
}

// addSet counts each value of a set: values each ended by a line feed.
func (c facetCounts) addSet(set []byte) {
	for len(set) > 0 {
		i := bytes.IndexByte(set, '\n')
		if i < 0 {
			i = len(set)
		}
		c.add(set[:i])
		set = set[min(i+1, len(set)):]
	}
}

// top is the largest counts, largest first, then by value: the first
// facetTop of the values in that order, kept in one pass (a facet of a
// broad query has thousands of entities to sort for ten).
func (c facetCounts) top() []store.FacetCount {
	before := func(a, b store.FacetCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Value, b.Value))
	}
	out := make([]store.FacetCount, 0, facetTop+1)
	for v, n := range c {
		x := store.FacetCount{Value: v, Count: *n}
		if len(out) == facetTop && before(x, out[facetTop-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(out, x, before)
		out = slices.Insert(out, i, x)
		if len(out) > facetTop {
			out = out[:facetTop]
		}
	}
	return out
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

// authorNames appends the names of a JSON array of strings to names: the
// common case, with nothing escaped, split at the quotes without a decoder
// or a copy (json.Unmarshal was a fifth of the facets' time on 100,000
// articles).
func authorNames(list []byte, names [][]byte) [][]byte {
	if bytes.IndexByte(list, '\\') >= 0 {
		var all []string
		json.Unmarshal(list, &all)
		for _, a := range all {
			names = append(names, []byte(a))
		}
		return names
	}
	for {
		i := bytes.IndexByte(list, '"')
		if i < 0 {
			return names
		}
		j := bytes.IndexByte(list[i+1:], '"')
		if j < 0 {
			return names
		}
		names = append(names, list[i+1:i+1+j])
		list = list[i+j+2:]
	}
}

// firstRuneBytes is b cut to n characters (SQL's substr(b, 1, n)).
func firstRuneBytes(b []byte, n int) []byte {
	for i := range len(b) {
		if b[i]&0xC0 == 0x80 {
			continue // inside a character
		}
		if n == 0 {
			return b[:i]
		}
		n--
	}
	return b
}
