package nlp

import (
	"slices"
	"strings"
	"testing"
)

func sentenceTexts(text string, ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text(text))
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Troops entered the town. Residents fled.", []string{"Troops entered the town.", "Residents fled."}},
		{"quote ends text", `The junta promised "free elections."`, []string{`The junta promised "free elections."`}},
		{"ptb quote ends text", "The envoy asked for ``restraint.''", []string{"The envoy asked for ``restraint.''"}},
		{"quote ends last", `Talks ended. The envoy said "we agreed."`, []string{"Talks ended.", `The envoy said "we agreed."`}},
		{"us mid", "The U.S. military said nothing.", []string{"The U.S. military said nothing."}},
		{"un mid", "A U.N. convoy was hit near Idlib.", []string{"A U.N. convoy was hit near Idlib."}},
		{"us then starter", "Troops returned to the U.S. The next day they left.", []string{"Troops returned to the U.S.", "The next day they left."}},
		{"us then name", "He met U.S. President Biden.", []string{"He met U.S. President Biden."}},
		{"general", "Gen. Qassem Soleimani was killed.", []string{"Gen. Qassem Soleimani was killed."}},
		{"lt col", "Lt. Col. Ahmed Hassan spoke to reporters.", []string{"Lt. Col. Ahmed Hassan spoke to reporters."}},
		{"dr mr", "Dr. Ali and Mr. Khan were released.", []string{"Dr. Ali and Mr. Khan were released."}},
		{"saint", "The church on St. Mark Street burned.", []string{"The church on St. Mark Street burned."}},
		{"month", "The attack on Jan. 5 killed four. A second followed.", []string{"The attack on Jan. 5 killed four.", "A second followed."}},
		{"sept", "Talks resumed Sept. 12 in Doha.", []string{"Talks resumed Sept. 12 in Doha."}},
		{"number abbrev", "Resolution No. 2254 was adopted.", []string{"Resolution No. 2254 was adopted."}},
		{"eg ie", "Heavy weapons, e.g. mortars, i.e. indirect fire, were used.", []string{"Heavy weapons, e.g. mortars, i.e. indirect fire, were used."}},
		{"am pm", "The blast came at 9 a.m. local time and sirens at 5 p.m. on Friday.", []string{"The blast came at 9 a.m. local time and sirens at 5 p.m. on Friday."}},
		{"pm then starter", "The blast came at 9 p.m. The curfew began.", []string{"The blast came at 9 p.m.", "The curfew began."}},
		{"initial", "The report by J. Smith was published.", []string{"The report by J. Smith was published."}},
		{"two initials", "George W. Bush and H. R. McMaster met.", []string{"George W. Bush and H. R. McMaster met."}},
		{"decimal", "Inflation rose 2.5 percent. Prices fell.", []string{"Inflation rose 2.5 percent.", "Prices fell."}},
		{"ellipsis", "He said the army ... would withdraw. Nobody believed him.", []string{"He said the army ... would withdraw.", "Nobody believed him."}},
		{"ellipsis glued", "They waited... and waited.", []string{"They waited... and waited."}},
		{"quote after period", `"We will respond." The ministry said so.`, []string{`"We will respond."`, "The ministry said so."}},
		{"curly quote after period", "“We will respond.” The ministry said so.", []string{"“We will respond.”", "The ministry said so."}},
		{"quote then lowercase", `"Leave now." he told them.`, []string{`"Leave now." he told them.`}},
		{"question", "Who fired first? Nobody knows.", []string{"Who fired first?", "Nobody knows."}},
		{"exclamation", "Enough! The crowd shouted.", []string{"Enough!", "The crowd shouted."}},
		{"question in quote lowercase", "“Why now?” she asked.", []string{"“Why now?” she asked."}},
		{"paragraphs", "Gunmen attacked a checkpoint\n\nFive soldiers died.", []string{"Gunmen attacked a checkpoint", "Five soldiers died."}},
		{"headline line", "Baghdad Blast\nA car bomb exploded on Monday.", []string{"Baghdad Blast", "A car bomb exploded on Monday."}},
		{"wrapped line", "A car bomb exploded in\nBaghdad on Monday.", []string{"A car bomb exploded in\nBaghdad on Monday."}},
		{"brackets", "Forces (including the U.S.) withdrew. Talks continued.", []string{"Forces (including the U.S.) withdrew.", "Talks continued."}},
		{"paren after period", "The group said so. (It gave no proof.) Talks continued.", []string{"The group said so.", "(It gave no proof.)", "Talks continued."}},
		{"inc", "Acme Inc. said it would leave. It did.", []string{"Acme Inc. said it would leave.", "It did."}},
		{"no final period", "Clashes continue", []string{"Clashes continue"}},
		{"empty", "", nil},
		{"spaces", "  \n\n ", nil},
		{"digits start", "The toll rose. 12 more bodies were found.", []string{"The toll rose.", "12 more bodies were found."}},
		{"us-led", "The U.S.-led coalition struck. It said so.", []string{"The U.S.-led coalition struck.", "It said so."}},
		// "univ" is no known abbreviation, but a lowercase word continues.
		{"lowercase after period", "He studied at the univ. of Baghdad.", []string{"He studied at the univ. of Baghdad."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text, Split(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			// Analyze must agree with Split.
			if an := sentenceTexts(tt.text, Analyze(tt.text)); !slices.Equal(an, got) {
				t.Errorf("Analyze(%q) sentences %q differ from Split's", tt.text, an)
			}
		})
	}
}

func TestSentenceText(t *testing.T) {
	doc := "One. Two."
	s := Split(doc)[1]
	if got := s.Text(doc); got != "Two." {
		t.Errorf("Text = %q", got)
	}
	if got := (Sentence{Start: 3, End: 99}).Text(doc); got != "" {
		t.Errorf("out of range Text = %q, want empty", got)
	}
}

func TestSplitFlattenedList(t *testing.T) {
	text := "2026 Gulf crisis + Iran seizes a tanker near the strait. + The navy says it will escort ships. Prices rose 2 + 3 percent."
	var got []string
	for _, s := range Split(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"2026 Gulf crisis +", "Iran seizes a tanker near the strait.", "+", "The navy says it will escort ships.", "Prices rose 2 + 3 percent."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Split = %q\nwant %q", got, want)
	}
}
