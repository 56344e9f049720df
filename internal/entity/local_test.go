package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLocalLayer: an analyst's row adds a spelling to a known entity and
// a new entity, both then read in text; the layer's hash changes with its
// content; bad rows are refused naming file and line.
func TestLocalLayer(t *testing.T) {
	row, err := Default().AliasRow("country:IRQ", "Mesopotamian Republic")
	if err != nil {
		t.Fatal(err)
	}
	layer := "# local spellings\n" + row + "group:sand-wolves\tarmed group\tSand Wolves Brigade\tIRQ\tSand Wolves\t\n"
	path := filepath.Join(t.TempDir(), "a.db.kb.tsv")
	if err := os.WriteFile(path, []byte(layer), 0o644); err != nil {
		t.Fatal(err)
	}
	kb, err := WithLocal(path)
	if err != nil {
		t.Fatal(err)
	}
	if kb.Layer() == "" || Default().Layer() != "" {
		t.Errorf("layer hash %q, embedded %q", kb.Layer(), Default().Layer())
	}
	if got := kb.Lookup("Mesopotamian Republic"); len(got) != 1 || got[0].ID != "country:IRQ" {
		t.Errorf("Lookup(the new spelling) = %v", got)
	}
	if len(Default().Lookup("Mesopotamian Republic")) != 0 {
		t.Error("the local layer leaked into the embedded knowledge base")
	}
	fs := kb.Recognize(Doc{Body: "The Sand Wolves attacked a checkpoint in the Mesopotamian Republic on Monday.", Published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)})
	got := resolved(fs, FieldBody)
	if got["Sand Wolves"] != "group:sand-wolves" || got["Mesopotamian Republic"] != "country:IRQ" {
		t.Errorf("read with the layer: %v", got)
	}
	if _, err := kb.AliasRow("country:IRQ", "Mesopotamian Republic"); err == nil {
		t.Error("an alias the entity has already was accepted again")
	}
	if none, err := WithLocal(filepath.Join(t.TempDir(), "none.tsv")); err != nil || none != Default() {
		t.Errorf("no layer file: %v", err)
	}
	other, _ := CheckLayer("x.tsv", []byte(row))
	if other.Layer() == kb.Layer() {
		t.Error("two layers share a hash")
	}
	for _, bad := range []struct{ data, want string }{
		{"country:IRQ\tcountry\tIrak\t\tX\t\n", `x.tsv:1: country:IRQ is "Iraq"`},
		{"country:IRQ\tcountry\tIraq\tIRQ\tX\tadj=Foo\n", "x.tsv:1: a row of a known entity"},
		{"# c\ngroup:x\tarmed group\tX\t\t\t\ngroup:x\tarmed group\tX\t\t\t\n", "x.tsv:3: duplicate id"},
		{"group:y\tcult\tY\t\t\t\n", `x.tsv:1: unknown kind "cult"`},
	} {
		if _, err := CheckLayer("x.tsv", []byte(bad.data)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: %v, want %q", bad.data, err, bad.want)
		}
	}
}
