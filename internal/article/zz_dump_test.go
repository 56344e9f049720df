package article

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	for _, r := range collect(t, Options{}, os.Getenv("DUMP")) {
		if r.Reject != nil {
			fmt.Printf("%s REJECT %s\n", r.Source, r.Reject.Reason)
			continue
		}
		a := r.Article
		ps := a.Paragraphs()
		fmt.Printf("%s\n  T=%q P=%q A=%q O=%q\n  BY=%q\n  first=%.70q\n  last=%.90q\n", r.Source, a.Title, a.Published, a.Authors, a.Outlet, a.Byline, ps[0], ps[len(ps)-1])
	}
}
