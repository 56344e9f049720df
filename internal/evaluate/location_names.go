package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"

	"sitrep/internal/entity"
)

// PlaceNamesReport scores the entity reader on the place names of the
// event_location gold set: for each gold LOCATION span that is a name
// (holds a capital letter), whether a place, facility or country mention
// covers it. The gold marks only the places of its event verb, so this
// measures recall of place names, not precision. Items alternate between a
// development half (even line numbers, counting from 0), which rules may be
// tuned on, and a held-out half (odd), which they must not.
type PlaceNamesReport struct {
	Dev, HeldOut PlaceNames
}

// PlaceNames counts one half.
type PlaceNames struct {
	Names int `json:"names"` // gold place names
	// Place: a place, facility or country mention overlaps the name;
	// Exact: one has the name's very span; Known: the overlapping place is
	// in the knowledge base (not a new entity)
	Place, Exact, Known int
	// Other: only a mention of another kind (person, organisation) overlaps
	Other    int      `json:"other"`
	Examples []string `json:"examples,omitempty"`
}

// Accuracy is the share of gold place names read as places.
func (p PlaceNames) Accuracy() float64 { return ratio(p.Place, p.Names) }

func (p PlaceNames) String() string {
	return fmt.Sprintf("%d names: read as a place %.3f (%d), exact span %.3f, in the knowledge base %.3f, read as another kind %d, missed %d",
		p.Names, p.Accuracy(), p.Place, ratio(p.Exact, p.Names), ratio(p.Known, p.Names), p.Other, p.Names-p.Place-p.Other)
}

func (r PlaceNamesReport) String() string {
	return fmt.Sprintf("event_location place names, development half: %s\nevent_location place names, held-out half:    %s", r.Dev, r.HeldOut)
}

// EventLocationPlaces reads gold_relabel.jsonl in dir and recognises the
// entities of each sentence with kb.
func EventLocationPlaces(dir string, kb *entity.KB) (PlaceNamesReport, error) {
	var rep PlaceNamesReport
	f, err := os.Open(dir + "/gold_relabel.jsonl")
	if err != nil {
		return rep, fmt.Errorf("event_location: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 0; sc.Scan(); line++ {
		var it locItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return rep, fmt.Errorf("event_location line %d: %w", line+1, err)
		}
		half := &rep.Dev
		if line%2 == 1 {
			half = &rep.HeldOut
		}
		spans := goldPlaceSpans(it)
		if len(spans) == 0 {
			continue
		}
		found := kb.Recognize(entity.Doc{Body: it.Text})
		for _, s := range spans {
			half.Names++
			place, exact, known, other := false, false, false, false
			for _, fd := range found {
				isPlace := fd.Kind == entity.KindPlace || fd.Kind == entity.KindFacility || fd.Kind == entity.KindCountry
				for _, m := range fd.Mentions {
					if m.Field != entity.FieldBody || m.End <= s[0] || m.Start >= s[1] {
						continue
					}
					if !isPlace {
						other = true
						continue
					}
					place = true
					exact = exact || m.Start == s[0] && m.End == s[1]
					known = known || !fd.New
				}
			}
			switch {
			case place:
				half.Place++
				if exact {
					half.Exact++
				}
				if known {
					half.Known++
				}
			case other:
				half.Other++
			}
			if !place && len(half.Examples) < 40 {
				half.Examples = append(half.Examples, fmt.Sprintf("%q in %q", it.Text[s[0]:s[1]], it.Text))
			}
		}
	}
	return rep, sc.Err()
}

// goldPlaceSpans returns the byte spans of an item's gold LOCATION names,
// recovering lost offsets from the token indices (see spanText).
func goldPlaceSpans(it locItem) [][2]int {
	var verbAt, verbTok int
	for _, s := range it.Spans {
		if s.Label == "VERB" {
			verbAt, verbTok = s.Start, s.TokenStart
		}
	}
	var out [][2]int
	for _, s := range it.Spans {
		if s.Label != "LOCATION" {
			continue
		}
		a, b := s.Start, s.End
		if a >= b || b > len(it.Text) {
			t, ok := spanText(it.Text, s.TokenStart, s.TokenEnd, verbTok, verbAt)
			if !ok {
				continue
			}
			a = strings.Index(it.Text, t)
			b = a + len(t)
		}
		if a < 0 || !strings.ContainsFunc(it.Text[a:b], unicode.IsUpper) {
			continue
		}
		out = append(out, [2]int{a, b})
	}
	return out
}
