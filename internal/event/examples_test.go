package event

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

//go:embed data/examples.tsv
var examplesTSV string

type example struct {
	line                                int
	sentence, typ, mode, source, target string
	checks                              map[string]string
}

func loadExamples(t *testing.T) []example {
	var out []example
	err := eachRow(examplesTSV, "data/examples.tsv", 6, func(n int, f []string) error {
		ex := example{line: n, sentence: f[0], typ: f[1], mode: f[2], source: f[3], target: f[4], checks: map[string]string{}}
		if f[5] != "-" {
			for _, kv := range strings.Split(f[5], ";") {
				k, v, _ := strings.Cut(kv, "=")
				ex.checks[k] = v
			}
		}
		out = append(out, ex)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestExamples runs every example sentence of data/examples.tsv through the
// whole enrichment path and holds the coded events against it.
func TestExamples(t *testing.T) {
	exs := loadExamples(t)
	if len(exs) < 60 {
		t.Errorf("only %d examples; keep at least 60", len(exs))
	}
	pub := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, ex := range exs {
		t.Run(fmt.Sprintf("line%d", ex.line), func(t *testing.T) {
			evs := DefaultCoder().Code(inputFor("ex", ex.sentence, pub))
			desc := describe(evs)
			switch {
			case ex.typ == "NONE":
				if len(evs) > 0 {
					t.Errorf("%q: want no event, got %s", ex.sentence, desc)
				}
				return
			case strings.HasPrefix(ex.typ, "!"):
				for _, e := range evs {
					if e.Type == ex.typ[1:] && e.Modality == Actual {
						t.Errorf("%q: want no actual %s, got %s", ex.sentence, ex.typ[1:], desc)
					}
				}
				return
			}
			var e *Event
			for i := range evs {
				if evs[i].Type == ex.typ {
					e = &evs[i]
					break
				}
			}
			if e == nil {
				t.Fatalf("%q: want %s, got %s", ex.sentence, ex.typ, desc)
			}
			if ex.mode != "-" && e.Mode != ex.mode {
				t.Errorf("%q: mode %q, want %q (%s)", ex.sentence, e.Mode, ex.mode, desc)
			}
			checkActor(t, ex.sentence, "source", ex.source, e.Source)
			checkActor(t, ex.sentence, "target", ex.target, e.Target)
			for k, v := range ex.checks {
				got := ""
				switch k {
				case "modality":
					got = e.Modality
				case "events":
					n := 0
					for i := range evs {
						if evs[i].Type == ex.typ {
							n++
						}
					}
					got = strconv.Itoa(n)
				case "negated":
					got = strconv.FormatBool(e.Negated)
				case "background":
					got = strconv.FormatBool(e.Background)
				case "fatalities":
					got = intp(e.Fatalities)
				case "injured":
					got = intp(e.Injured)
				case "count":
					if e.Count != nil {
						got = strconv.Itoa(int(e.Count.Value))
					}
				case "location":
					if e.Location != nil {
						got = e.Location.Text + "|" + e.Location.Name
					}
				case "attribution":
					if e.Attribution != nil {
						got = e.Attribution.Text
					}
				case "date":
					if e.Date != nil {
						got = e.Date.Start
					}
				case "srctext":
					if e.Source != nil {
						got = e.Source.Text
					}
				case "tgttext":
					if e.Target != nil {
						got = e.Target.Text
					}
				case "nosrc":
					// no event of the sentence has a source reading so
					for _, x := range evs {
						if x.Source != nil && strings.Contains(strings.ToLower(x.Source.Text), strings.ToLower(v)) {
							got = "source " + x.Source.Text
						}
					}
					if got == "" {
						got = v
					}
				case "notgt":
					// no event of the sentence has a target reading so
					for _, x := range evs {
						if x.Target != nil && strings.Contains(strings.ToLower(x.Target.Text), strings.ToLower(v)) {
							got = "target " + x.Target.Text
						}
					}
					if got == "" {
						got = v
					}
				case "srcfatalities":
					// "Hamas:1200": the event whose source reads Hamas counts 1200 dead
					sub, _, _ := strings.Cut(v, ":")
					got = sub + ":"
					for _, x := range evs {
						if x.Type == ex.typ && x.Source != nil && strings.Contains(x.Source.Text, sub) {
							got = sub + ":" + intp(x.Fatalities)
							break
						}
					}
				case "srctgt":
					// "air force:rebel bases": the event whose source reads
					// "air force" has a target that reads "rebel bases"
					sub, want, _ := strings.Cut(v, ":")
					got = sub + ":"
					for _, x := range evs {
						if x.Type == ex.typ && x.Source != nil && strings.Contains(x.Source.Text, sub) && x.Target != nil {
							got = sub + ":" + x.Target.Text
							if strings.Contains(x.Target.Text, want) {
								got = v
							}
							break
						}
					}
				case "anytgt":
					// "nine sailors": some event of the type has a target
					// that reads so (two acts of one type in a sentence)
					for _, x := range evs {
						if x.Type == ex.typ && x.Target != nil && strings.Contains(x.Target.Text, v) {
							got = v
						}
					}
				default:
					t.Fatalf("line %d: unknown check %q", ex.line, k)
				}
				ok := got == v
				if k == "location" || k == "attribution" || k == "srctext" || k == "tgttext" {
					ok = strings.Contains(got, v)
				}
				if !ok {
					t.Errorf("%q: %s = %q, want %q (%s)", ex.sentence, k, got, v, desc)
				}
			}
		})
	}
}

func checkActor(t *testing.T, sentence, role, want string, a *Actor) {
	t.Helper()
	switch want {
	case "-":
	case "?":
		if a == nil {
			t.Errorf("%q: no %s", sentence, role)
		}
	default:
		if want == "none" {
			want = "" // an actor read with no country
		}
		got := ""
		if a != nil {
			got = a.Country
			if got == "" && a.Entity != nil {
				got = a.Entity.Country
			}
		}
		if got != want {
			t.Errorf("%q: %s country %q, want %s (%+v)", sentence, role, got, want, a)
		}
	}
}

func intp(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func describe(evs []Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "[%s/%s %q", e.Type, e.Mode, triggerText(e))
		if e.Source != nil {
			fmt.Fprintf(&b, " src=%q:%s", e.Source.Text, e.Source.Country)
		}
		if e.Target != nil {
			fmt.Fprintf(&b, " tgt=%q:%s", e.Target.Text, e.Target.Country)
		}
		fmt.Fprintf(&b, " %s]", e.Modality)
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}
