package article

import (
	"strings"
	"testing"
)

func TestDropBoilerplate(t *testing.T) {
	in := []string{
		"Share this",
		"Rebels shelled the port city of Hodeidah on Tuesday, killing four fishermen, officials said.",
		"The coalition said it would respond. Continue reading…",
		"Like this story? Share it with a friend.",
		"SOURCE: Reuters",
		"Advertisement",
		"The post Rebels shell Hodeidah appeared first on Gulf Dispatch.",
	}
	got, attr := dropBoilerplate(in)
	want := []string{
		"Rebels shelled the port city of Hodeidah on Tuesday, killing four fishermen, officials said.",
		"The coalition said it would respond.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") || attr != "Reuters" {
		t.Errorf("got %q, attribution %q", got, attr)
	}
	// Text that only starts like a sharing line, or mentions reading, stays.
	keep := []string{
		"Share prices fell sharply on Monday after the central bank raised rates by half a point, the largest rise in a decade.",
		"Read more about the history of the dispute in the archive of the council, which holds minutes of every meeting since 1950 and the letters exchanged with the ministry and the governors of both provinces over the decades.",
		"The minister said she would continue reading the report before deciding.",
		"Source: a person familiar with the talks said the ceasefire could be signed this week, though both sides denied it.",
	}
	if got, attr := dropBoilerplate(keep); strings.Join(got, "|") != strings.Join(keep, "|") || attr != "" {
		t.Errorf("text dropped: %q, attribution %q", got, attr)
	}
}
