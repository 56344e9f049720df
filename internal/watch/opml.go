package watch

import (
	"encoding/xml"
	"fmt"
	"io"
	nurl "net/url"
	"strings"

	"sitrep/internal/store"
)

// OPML is how feed readers exchange their lists of feeds.

type opmlDoc struct {
	XMLName xml.Name  `xml:"opml"`
	Version string    `xml:"version,attr"`
	Title   string    `xml:"head>title"`
	Body    []outline `xml:"body>outline"`
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr,omitempty"`
	Type     string    `xml:"type,attr,omitempty"`
	XMLURL   string    `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string    `xml:"htmlUrl,attr,omitempty"`
	Outlines []outline `xml:"outline"`
}

// ReadOPML returns the feeds of an OPML document, folders flattened, each
// URL once. A feed URL that is not http(s) is an error naming it.
func ReadOPML(r io.Reader) ([]store.Feed, error) {
	var doc opmlDoc
	if err := xml.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("not an OPML document: %v", err)
	}
	var out []store.Feed
	seen := map[string]bool{}
	var walk func([]outline) error
	walk = func(os []outline) error {
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" && !seen[u] {
				if err := CheckFeedURL(u); err != nil {
					return fmt.Errorf("outline %q: %w", firstNonEmpty(o.Title, o.Text), err)
				}
				seen[u] = true
				out = append(out, store.Feed{URL: u, Title: firstNonEmpty(o.Title, o.Text)})
			}
			if err := walk(o.Outlines); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Body); err != nil {
		return nil, err
	}
	return out, nil
}

// WriteOPML writes feeds as an OPML 2.0 document.
func WriteOPML(w io.Writer, feeds []store.Feed) error {
	doc := opmlDoc{Version: "2.0", Title: "sitrep feeds"}
	for _, f := range feeds {
		doc.Body = append(doc.Body, outline{Text: firstNonEmpty(f.Title, f.URL), Title: f.Title, Type: "rss", XMLURL: f.URL})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// CheckFeedURL says why a URL cannot be polled, or nil.
func CheckFeedURL(u string) error {
	p, err := nurl.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return fmt.Errorf("feed URL %q: want an http:// or https:// address", u)
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
