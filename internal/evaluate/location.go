package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/event"
)

// LocationReport scores where events are placed against the event_location
// gold set (Halterman 2019): for each event verb, the place name(s) the
// sentence gives for it, or none.
type LocationReport struct {
	Items     int      `json:"items"`
	Unaligned int      `json:"unaligned"` // gold tokens not matched to the text: left out
	Coded     int      `json:"coded"`     // items whose verb sitrep coded as an event
	Correct   int      `json:"correct"`   // coded items with the right place (or rightly none)
	TP        int      `json:"tp"`        // a place given and it is a gold place
	Wrong     int      `json:"wrong"`     // a place given that is not a gold place
	Missed    int      `json:"missed"`    // gold gives a place, sitrep none
	Spurious  int      `json:"spurious"`  // gold gives none, sitrep one
	NoneOK    int      `json:"none_ok"`   // both none
	Examples  []string `json:"examples,omitempty"`
}

// Place scores the places given: a right place is a hit, a wrong one
// both a wrong prediction and a gold place missed.
func (r LocationReport) Place() PRF {
	return PRF{TP: r.TP, GoldFound: r.TP, Predicted: r.TP + r.Wrong + r.Spurious, Gold: r.TP + r.Wrong + r.Missed}
}

func (r LocationReport) String() string {
	pl := r.Place()
	return fmt.Sprintf("event_location: %d gold verbs (%d left out: tokens not aligned), %d coded as events (%.2f); on those: place accuracy %.2f, place P %.2f R %.2f F1 %.2f (right %d, wrong %d, missed %d, spurious %d, rightly none %d)",
		r.Items, r.Unaligned, r.Coded, ratio(r.Coded, r.Items-r.Unaligned), ratio(r.Correct, r.Coded), pl.Precision(), pl.Recall(), pl.F1(), r.TP, r.Wrong, r.Missed, r.Spurious, r.NoneOK)
}

type locItem struct {
	Text  string `json:"text"`
	Spans []struct {
		Start      int    `json:"start"`
		End        int    `json:"end"`
		TokenStart int    `json:"token_start"`
		TokenEnd   int    `json:"token_end"`
		Label      string `json:"label"`
		Text       string `json:"text"`
	} `json:"spans"`
}

// The gold file lost the character offsets of many LOCATION spans
// (start == end) but kept their token indices, counted over spaCy's tokens;
// reTok approximates that tokenisation (hyphens split off, "100,000" kept),
// and the VERB span, whose offsets survive, aligns the two.
var reTok = regexp.MustCompile(`[\p{L}\p{N}]+(?:[,.'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]`)

// spanText recovers the text of tokens [a, b] given that gold token verbTok
// starts at character verbAt; ok is false when the tokenisations disagree.
func spanText(text string, a, b, verbTok, verbAt int) (string, bool) {
	toks := reTok.FindAllStringIndex(text, -1)
	own := -1
	for i, t := range toks {
		if t[0] == verbAt {
			own = i
			break
		}
	}
	if own < 0 {
		return "", false
	}
	d := own - verbTok
	a, b = a+d, b+d
	if a < 0 || b >= len(toks) || a > b {
		return "", false
	}
	return text[toks[a][0]:toks[b][1]], true
}

// EventLocation reads the gold subset (gold_relabel.jsonl in dir), codes
// each sentence and compares the place of the event whose trigger is the gold
// verb. Items whose verb sitrep does not code are counted apart: this
// measures attachment, and recall of events is measured elsewhere.
func EventLocation(dir string, r *enrich.Reader) (LocationReport, error) {
	f, err := os.Open(dir + "/gold_relabel.jsonl")
	if err != nil {
		return LocationReport{}, fmt.Errorf("event_location: %w", err)
	}
	defer f.Close()
	var rep LocationReport
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var it locItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return rep, fmt.Errorf("event_location line %d: %w", rep.Items+1, err)
		}
		rep.Items++
		var verb string
		var verbAt, verbTok int
		for _, s := range it.Spans {
			if s.Label == "VERB" {
				verb, verbAt, verbTok = s.Text, s.Start, s.TokenStart
			}
		}
		var places []string
		aligned := true
		for _, s := range it.Spans {
			if s.Label != "LOCATION" {
				continue
			}
			t := s.Text
			if strings.TrimSpace(t) == "" {
				var ok bool
				if t, ok = spanText(it.Text, s.TokenStart, s.TokenEnd, verbTok, verbAt); !ok {
					aligned = false
				}
			}
			if t = strings.TrimSpace(t); t != "" {
				places = append(places, strings.ToLower(t))
			}
		}
		if !aligned {
			rep.Unaligned++
			continue
		}
		a := article.Article{Body: it.Text}
		a.ComputeID()
		ev := eventAt(r.Annotate(a).Events, it.Text, verb, verbAt)
		if ev == nil {
			continue
		}
		rep.Coded++
		got := ""
		if ev.Location != nil {
			got = strings.ToLower(ev.Location.Text + " | " + ev.Location.Name)
		}
		switch {
		case got == "" && len(places) == 0:
			rep.NoneOK++
			rep.Correct++
		case got == "":
			rep.Missed++
		case len(places) == 0:
			rep.Spurious++
			if len(rep.Examples) < 30 {
				rep.Examples = append(rep.Examples, fmt.Sprintf("SPURIOUS %s: got %q in %q", verb, got, it.Text))
			}
		case anyIn(places, got):
			rep.TP++
			rep.Correct++
		default:
			rep.Wrong++
			if len(rep.Examples) < 15 {
				rep.Examples = append(rep.Examples, fmt.Sprintf("%s: got %q, gold %v", verb, got, places))
			}
		}
	}
	return rep, sc.Err()
}

// eventAt is the event whose trigger is the verb at offset verbAt: the
// trigger's text holds the verb and the event's sentence holds the offset.
func eventAt(evs []event.Event, text, verb string, verbAt int) *event.Event {
	lv := strings.ToLower(verb)
	for i := range evs {
		e := &evs[i]
		if verbAt < e.Evidence.Start || verbAt >= e.Evidence.End {
			continue
		}
		if e.Trigger != nil && strings.Contains(strings.ToLower(e.Trigger.Text), lv) {
			return e
		}
	}
	return nil
}

func anyIn(places []string, got string) bool {
	for _, p := range places {
		if strings.Contains(got, p) {
			return true
		}
	}
	return false
}
