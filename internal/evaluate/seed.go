package evaluate

// seed.go scores the reference article's metadata, entities and dates.

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"time"

	"sitrep/internal/enrich"
)

// Tally is found out of wanted, with what was missed.
type Tally struct {
	Found  int      `json:"found"`
	Wanted int      `json:"wanted"`
	Misses []string `json:"misses,omitempty"`
}

func (t Tally) String() string { return fmt.Sprintf("%d/%d", t.Found, t.Wanted) }

// SeedReport scores metadata, entities and dates of one article.
type SeedReport struct {
	Meta     map[string]bool
	Entities Tally
	Dates    Tally
}

// MetaScore is the number of metadata checks passed.
func (r SeedReport) MetaScore() Tally {
	t := Tally{Wanted: len(r.Meta)}
	for k, ok := range r.Meta {
		if ok {
			t.Found++
		} else {
			t.Misses = append(t.Misses, k)
		}
	}
	sort.Strings(t.Misses)
	return t
}

func (r SeedReport) String() string {
	m := r.MetaScore()
	s := fmt.Sprintf("meta %s; entities %s; dates %s", m, r.Entities, r.Dates)
	if len(m.Misses) > 0 {
		s += " (meta wrong: " + strings.Join(m.Misses, ",") + ")"
	}
	return s
}

var blankLines = regexp.MustCompile(`\n\s*\n`)

// Seed scores an annotated article against gold.
func Seed(an *enrich.Annotated, g *SeedGold) SeedReport {
	a := an.Article
	body := strings.TrimSpace(a.Body)
	paras := 0
	for _, p := range blankLines.Split(a.Body, -1) {
		if strings.TrimSpace(p) != "" {
			paras++
		}
	}
	clean := true
	for _, x := range g.Article.NotInBody {
		clean = clean && !strings.Contains(a.Body, x)
	}
	r := SeedReport{Meta: map[string]bool{
		"published":   len(a.Published) >= 10 && a.Published[:10] == g.Article.Published,
		"author":      contains(a.Authors, g.Article.Author),
		"title":       a.Title == g.Article.Title,
		"outlet":      a.Outlet == g.Article.Outlet,
		"paragraphs":  paras == g.Article.BodyParagraphs,
		"body_starts": strings.HasPrefix(body, g.Article.BodyStarts),
		"body_ends":   strings.HasSuffix(body, g.Article.BodyEnds),
		"clean_body":  clean,
	}}
	for _, ge := range g.Entities {
		if !ge.Required {
			continue
		}
		r.Entities.Wanted++
		names := map[string]bool{}
		for _, n := range ge.Names {
			names[strings.ToLower(n)] = true
		}
		ok := false
		for _, e := range an.Entities {
			if len(e.Mentions) == 0 {
				continue
			}
			hit := names[strings.ToLower(e.Name)]
			for _, al := range e.Aliases {
				hit = hit || names[strings.ToLower(al)]
			}
			if !hit {
				continue
			}
			ok = true
			if ge.OneEntity {
				seen := map[string]bool{}
				for _, m := range e.Mentions {
					seen[strings.ToLower(m.Text)] = true
				}
				for _, s := range ge.SeenAs {
					ok = ok && seen[strings.ToLower(s)]
				}
			}
			if ok && ge.Lat != nil {
				ok = e.Lat != nil && e.Lon != nil && math.Abs(*e.Lat-*ge.Lat) <= 0.5 && math.Abs(*e.Lon-*ge.Lon) <= 0.5
			}
			break // the scorer judges the first entity that carries a gold name
		}
		if ok {
			r.Entities.Found++
		} else {
			r.Entities.Misses = append(r.Entities.Misses, ge.Names[0])
		}
	}
	for _, gd := range g.Dates {
		r.Dates.Wanted++
		start := cmp.Or(gd.Start, gd.Value)
		end := cmp.Or(gd.End, gd.Start, gd.Value)
		ok := false
		for _, d := range an.Dates {
			dt, gt := strings.ToLower(d.Text), strings.ToLower(gd.Text)
			if d.Text == "" || !strings.Contains(dt, gt) && !strings.Contains(gt, dt) {
				continue
			}
			ok = ok || dayOK(start, d.Start, gd.Tolerance) && dayOK(end, cmp.Or(d.End, d.Start), gd.Tolerance)
		}
		if ok {
			r.Dates.Found++
		} else {
			r.Dates.Misses = append(r.Dates.Misses, gd.Text)
		}
	}
	return r
}

// dayOK compares a gold day (or a bare year, which asks for that year) with a
// resolved day, within tol days.
func dayOK(gold, got string, tol int) bool {
	if len(gold) == 4 {
		return strings.HasPrefix(got, gold)
	}
	a, err1 := time.Parse("2006-01-02", gold)
	b, err2 := time.Parse("2006-01-02", got[:min(10, len(got))])
	if err1 != nil || err2 != nil {
		return false
	}
	return math.Abs(a.Sub(b).Hours()/24) <= float64(tol)
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
