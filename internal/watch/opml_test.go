package watch

import (
	"bytes"
	"strings"
	"testing"

	"sitrep/internal/store"
)

func TestOPMLRoundTrip(t *testing.T) {
	in := `<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
<outline text="News"><outline text="Gulf Dispatch" type="rss" xmlUrl="https://gulf.example/rss"/>
<outline text="Dup" xmlUrl="https://gulf.example/rss"/></outline>
<outline title="Wire" text="w" xmlUrl="http://wire.example/atom.xml"/></body></opml>`
	feeds, err := ReadOPML(strings.NewReader(in))
	if err != nil || len(feeds) != 2 || feeds[0] != (store.Feed{URL: "https://gulf.example/rss", Title: "Gulf Dispatch"}) || feeds[1].Title != "Wire" {
		t.Fatalf("ReadOPML = %+v, %v", feeds, err)
	}
	var b bytes.Buffer
	if err := WriteOPML(&b, feeds); err != nil {
		t.Fatal(err)
	}
	back, err := ReadOPML(&b)
	if err != nil || len(back) != 2 || back[0] != feeds[0] || back[1] != feeds[1] {
		t.Errorf("round trip: %+v, %v\n%s", back, err, b.String())
	}
	if _, err := ReadOPML(strings.NewReader(`<opml><body><outline text="x" xmlUrl="file:///etc/passwd"/></body></opml>`)); err == nil || !strings.Contains(err.Error(), `outline "x"`) {
		t.Errorf("a file: URL: %v", err)
	}
	if _, err := ReadOPML(strings.NewReader(`not xml`)); err == nil {
		t.Error("garbage read as OPML")
	}
}
