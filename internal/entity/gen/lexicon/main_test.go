package main

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestCommonWords(t *testing.T) {
	got, err := commonWords(strings.NewReader("Cairo\nuniversity\nuniversity's\nMobile\nmobile\nof\nréveil\nnice\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"mobile", "nice", "university"}; !slices.Equal(got, want) {
		t.Errorf("commonWords = %q, want %q", got, want)
	}
}

// TestUpToDate checks data/common_words.txt against the system's word list
// when it is installed.
func TestUpToDate(t *testing.T) {
	f, err := os.Open("/usr/share/dict/american-english")
	if err != nil {
		t.Skip("wamerican not installed")
	}
	defer f.Close()
	words, err := commonWords(f)
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("../../data/common_words.txt")
	if err != nil {
		t.Fatal(err)
	}
	if string(have) != render(words) {
		t.Error("data/common_words.txt is stale: run go run ./internal/entity/gen/lexicon")
	}
}
