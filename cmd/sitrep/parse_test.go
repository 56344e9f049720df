package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseCommand runs `sitrep parse` on a text and reads its CoNLL-U.
func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "report.txt")
	os.WriteFile(text, []byte("Soldiers shelled the village on Monday. Residents fled."), 0o644)
	r := sitrep(t, filepath.Join(dir, "a.db"), "parse", text)
	if r.code != 0 {
		t.Fatalf("parse: exit %d: %s", r.code, r.stderr)
	}
	sentences, roots := 0, 0
	for _, line := range strings.Split(r.stdout, "\n") {
		switch {
		case strings.HasPrefix(line, "# text = "):
			sentences++
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			f := strings.Split(line, "\t")
			if len(f) != 10 {
				t.Fatalf("not a CoNLL-U line: %q", line)
			}
			if f[6] == "0" {
				roots++
				if f[7] != "root" {
					t.Errorf("root relation %q", f[7])
				}
			}
			if f[1] == "Soldiers" && (f[7] != "nsubj" || f[3] != "NOUN" || f[2] != "soldier") {
				t.Errorf("Soldiers: %q", line)
			}
		}
	}
	if sentences != 2 || roots != 2 {
		t.Errorf("%d sentences and %d roots, want 2 and 2:\n%s", sentences, roots, r.stdout)
	}
	js := sitrep(t, filepath.Join(dir, "a.db"), "parse", "--json", text)
	if lines := jsonLines(t, js.stdout); len(lines) != 2 || lines[0]["tokens"] == nil {
		t.Errorf("parse --json: %v", lines)
	}
}

// TestEvalParseCommand scores the parser on a small treebank written here.
func TestEvalParseCommand(t *testing.T) {
	dir := t.TempDir()
	tb := filepath.Join(dir, "tiny.conllu")
	os.WriteFile(tb, []byte(`# sent_id = 1
# text = Rebels attacked the town.
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	town	town	NOUN	NN	_	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

`), 0o644)
	r := sitrep(t, filepath.Join(dir, "a.db"), "eval", "parse", "--json", tb)
	if r.code != 0 {
		t.Fatalf("eval parse: exit %d: %s", r.code, r.stderr)
	}
	got := jsonLines(t, r.stdout)
	if len(got) != 1 {
		t.Fatalf("eval parse --json: %q", r.stdout)
	}
	sc, _ := got[0]["score"].(map[string]any)
	if sc["sentences"] != 1.0 || sc["scored"] != 4.0 || sc["uas"] != 1.0 {
		t.Errorf("score %v, want 1 sentence, 4 words scored, UAS 1", sc)
	}
	if r := sitrep(t, filepath.Join(dir, "a.db"), "eval", "parse", filepath.Join(dir, "missing.conllu")); r.code != 2 {
		t.Errorf("missing file: exit %d, want 2", r.code)
	}
}
