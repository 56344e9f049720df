package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"sitrep/internal/record"
)

// TestReviewLink: review link re-links a mention and the event actor read
// from it; the link survives reprocess --all; an unknown entity or a byte
// offset where no mention starts exits 2 naming it; none unlinks.
func TestReviewLink(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Clashes in Iraq\n\nIraqi police said gunmen attacked a checkpoint in Baghdad on Monday, killing two officers. Turkey condemned the attack.\n"), 0o644)
	if r := sitrep(t, db, "ingest", in); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	arts := jsonLines(t, sitrep(t, db, "ls", "--json").stdout)
	if len(arts) != 1 {
		t.Fatalf("ls: %v", arts)
	}
	id := arts[0]["id"].(string)
	show := func() record.Annotated {
		t.Helper()
		r := sitrep(t, db, "show", "--json", id)
		var an record.Annotated
		if err := json.Unmarshal([]byte(r.stdout), &an); err != nil {
			t.Fatalf("show --json: %v: %s %s", err, r.stdout, r.stderr)
		}
		return an
	}
	// standsFor is the entity the body mention at offset stands for ("" none).
	standsFor := func(an record.Annotated, offset int) string {
		for _, f := range an.Entities {
			for _, m := range f.Mentions {
				if m.Field == "body" && m.Start == offset {
					return f.ID
				}
			}
		}
		return ""
	}
	// sourceOf is the entity of the source of the event whose source text is text.
	sourceOf := func(an record.Annotated, text string) (string, bool) {
		for _, e := range an.Events {
			if e.Source != nil && e.Source.Text == text {
				if e.Source.Entity == nil {
					return "", true
				}
				return e.Source.Entity.ID, true
			}
		}
		return "", false
	}
	an := show()
	offset := strings.Index(an.Article.Body, "Turkey")
	if got := standsFor(an, offset); got != "country:TUR" {
		t.Fatalf("the reader links the mention at %d to %q, want country:TUR", offset, got)
	}
	if src, ok := sourceOf(an, "Turkey"); !ok || src != "country:TUR" {
		t.Fatalf("no event with Turkey as its source (%q, %v): the test needs one", src, ok)
	}
	off := strconv.Itoa(offset)
	if r := sitrep(t, db, "review", "link", id[:8], off, "Iraq", "--reviewer", "rana", "--note", "a test of linking"); r.code != 0 || !strings.Contains(r.stdout, "country:IRQ") {
		t.Fatalf("review link: %d %s %s", r.code, r.stdout, r.stderr)
	}
	check := func(when, want string) {
		t.Helper()
		an := show()
		if got := standsFor(an, offset); got != want {
			t.Errorf("%s: the mention at %d stands for %q, want %q", when, offset, got, want)
		}
		if src, _ := sourceOf(an, "Turkey"); src != want {
			t.Errorf("%s: the event's source stands for %q, want %q", when, src, want)
		}
	}
	check("after review link", "country:IRQ")
	if r := sitrep(t, db, "reprocess", "--all"); r.code != 0 {
		t.Fatalf("reprocess: %d %s", r.code, r.stderr)
	}
	check("after reprocess --all", "country:IRQ")
	log := jsonLines(t, sitrep(t, db, "review", "log", "--json").stdout)
	if len(log) != 1 || log[0]["action"] != "link" || log[0]["note"] != "a test of linking" || log[0]["applied_to"] != "body:"+off+"-"+strconv.Itoa(offset+len("Turkey")) {
		t.Errorf("review log = %v", log)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"review", "link", id, off, "Narnia", "--reviewer", "rana"}, `"Narnia"`},
		{[]string{"review", "link", id, strconv.Itoa(offset + 1), "Iraq", "--reviewer", "rana"}, "no mention starting at byte " + strconv.Itoa(offset+1)},
		{[]string{"review", "link", id, "x", "Iraq", "--reviewer", "rana"}, `OFFSET "x"`},
		{[]string{"review", "link", id, off, "Iraq", "--reviewer", "rana"}, "already stands for country:IRQ"},
	} {
		if r := sitrep(t, db, c.args...); r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 naming %s", c.args, r.code, r.stderr, c.want)
		}
	}
	if r := sitrep(t, db, "review", "link", id, off, "none", "--reviewer", "omar"); r.code != 0 {
		t.Fatalf("review link none: %d %s", r.code, r.stderr)
	}
	check("after unlinking", "")
}
