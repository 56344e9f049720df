package nlp

import (
	"slices"
	"testing"
)

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func checkOffsets(t *testing.T, text string, toks []Token) {
	t.Helper()
	prevEnd := 0
	for i, tk := range toks {
		if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d %q: bad span %d-%d (previous end %d, text %d bytes)", i, tk.Text, tk.Start, tk.End, prevEnd, len(text))
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d: text[%d:%d] = %q, Text = %q", i, tk.Start, tk.End, text[tk.Start:tk.End], tk.Text)
		}
		prevEnd = tk.End
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"2,500 troops", []string{"2,500", "troops"}},
		{"on November 21-22, 2023", []string{"on", "November", "21-22", ",", "2023"}},
		{"3.5 tonnes in the 1990s.", []string{"3.5", "tonnes", "in", "the", "1990s", "."}},
		{"al-Sudani's Iranian-backed anti-American militia", []string{"al-Sudani", "'s", "Iranian-backed", "anti-American", "militia"}},
		{"the U.S. and the U.N.", []string{"the", "U.S.", "and", "the", "U.N."}},
		{"Kata'ib Hezbollah’s fighters", []string{"Kata'ib", "Hezbollah", "’s", "fighters"}},
		{"Kata’ib Hezbollah’s fighters", []string{"Kata’ib", "Hezbollah", "’s", "fighters"}},
		{"an opposition\u2011led protest", []string{"an", "opposition\u2011led", "protest"}},
		{"a pro\u2010Russian party", []string{"a", "pro\u2010Russian", "party"}},
		{"US$10 million and HK$5", []string{"US$", "10", "million", "and", "HK$", "5"}},
		{"the US$ exchange rate", []string{"the", "US", "$", "exchange", "rate"}},
		{"They don't know; we can’t say.", []string{"They", "do", "n't", "know", ";", "we", "ca", "n’t", "say", "."}},
		{"“It’s over,” he said.", []string{"“", "It", "’s", "over", ",", "”", "he", "said", "."}},
		{`"We'll see." They'd left.`, []string{`"`, "We", "'ll", "see", ".", `"`, "They", "'d", "left", "."}},
		{"the soldiers' families", []string{"the", "soldiers", "'", "families"}},
		{"Lt. Col. J. Smith", []string{"Lt.", "Col.", "J.", "Smith"}},
		{"at 9 a.m. (local)", []string{"at", "9", "a.m.", "(", "local", ")"}},
		{"e.g. mortars", []string{"e.g.", "mortars"}},
		{"No. 10 and said no.", []string{"No.", "10", "and", "said", "no", "."}},
		{"wait... what…", []string{"wait", "...", "what", "…"}},
		{"$5 million, 40% of it", []string{"$", "5", "million", ",", "40", "%", "of", "it"}},
		{"the U.S.-led coalition", []string{"the", "U.S.-led", "coalition"}},
		{"see https://example.org/a?b=1.", []string{"see", "https://example.org/a?b=1", "."}},
		{"O'Brien and Qur'an", []string{"O'Brien", "and", "Qur'an"}},
		{"Zürich—Genève", []string{"Zürich", "—", "Genève"}},
		{"end.", []string{"end", "."}},
	}
	for _, tt := range tests {
		got := Tokenize(tt.text)
		checkOffsets(t, tt.text, got)
		if g := tokenTexts(got); !slices.Equal(g, tt.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.text, g, tt.want)
		}
	}
}

func TestTokenizeInvalidUTF8(t *testing.T) {
	text := "bad \xff\xfe bytes\xc3 here\xe2\x80"
	toks := Tokenize(text)
	checkOffsets(t, text, toks)
	if len(toks) == 0 {
		t.Fatal("no tokens")
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"The U.S. Army said. The next day, 2,500 troops arrived.",
		"“It’s over,” he said... Kata'ib Hezbollah’s men don't.",
		"\xff\xfe\n\nA.B.C. J. Smith", "n't 's '' `` -- ...", "a\u2029b", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ss := Analyze(text)
		prevEnd := 0
		for i, s := range ss {
			if s.Start < prevEnd || s.End < s.Start || s.End > len(text) || len(s.Tokens) == 0 {
				t.Fatalf("sentence %d: bad span %d-%d", i, s.Start, s.End)
			}
			if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
				t.Fatalf("sentence %d: span %d-%d does not match its tokens", i, s.Start, s.End)
			}
			checkOffsets(t, text, s.Tokens)
			for _, tk := range s.Tokens {
				if tk.Tag == "" {
					t.Fatalf("token %q untagged", tk.Text)
				}
			}
			prevEnd = s.End
		}
		sp := Split(text)
		if len(sp) != len(ss) {
			t.Fatalf("Split gave %d sentences, Analyze %d", len(sp), len(ss))
		}
	})
}
