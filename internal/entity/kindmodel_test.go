package entity

import (
	"bytes"
	"strings"
	"testing"
)

// TestKindModel trains the kind model twice (it must be deterministic and
// equal the embedded weights) and checks its accuracy on the held-out fifth
// of the knowledge base's names.
func TestKindModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	kb := Default()
	var a, b bytes.Buffer
	rep, err := TrainKindModel(kb, &a)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := TrainKindModel(kb, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("training is not deterministic")
	}
	if a.String() != kindModelTxt {
		t.Error("data/kind_model.txt is stale: run go generate ./internal/entity")
	}
	t.Log("\n" + rep)
	for _, line := range strings.Split(rep, "\n") {
		if _, rest, ok := strings.Cut(line, "neutral context: accuracy "); ok {
			if rest < "0.75" {
				t.Errorf("held-out accuracy too low: %s", line)
			}
		}
	}
	m := defaultKindModel()
	if m == nil {
		t.Fatal("no embedded kind model")
	}
	for _, tc := range []struct {
		name, prev, next, kind string
	}{
		{"Ministry of Water Resources", "the", "said", KindOrganization},
		{"Anbar Province", "in", ",", KindPlace},
		{"Tuesday", "on", ",", ""},
	} {
		if got, _ := m.predict(kindFeatures(nil, splitName(tc.name), tc.prev, tc.next)); got != tc.kind {
			t.Errorf("%q: kind %q, want %q", tc.name, got, tc.kind)
		}
	}
}
