package article

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	nurl "net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/encoding/charmap"
)

// Feeds (RSS 0.9x/1.0/2.0, Atom) are read with gofeed, which handles the
// namespaces, date formats and declared encodings real feeds use. Each item
// is one record, "file#N"; the feed's title is the outlet.

// ParseFeed reads every item of a feed. An item that is not an article (no
// text) comes back as a *Reject in the error slice position: items and errs
// have one entry per item, exactly one of them non-nil.
func ParseFeed(data []byte) (items []*Article, errs []error, err error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil && !utf8.Valid(data) {
		// Latin-1 bytes with no encoding declared: read them as
		// Windows-1252, the superset browsers assume.
		dec, derr := io.ReadAll(charmap.Windows1252.NewDecoder().Reader(bytes.NewReader(data)))
		if derr == nil {
			f, err = gofeed.NewParser().Parse(bytes.NewReader(dec))
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("feed: %v", err)
	}
	base, _ := nurl.Parse(f.Link)
	outlet := stripTags(f.Title)
	for _, it := range f.Items {
		a, err := feedItem(it, outlet, f.Language, base)
		items, errs = append(items, a), append(errs, err)
	}
	return items, errs, nil
}

func feedItem(it *gofeed.Item, outlet, lang string, base *nurl.URL) (*Article, error) {
	a := &Article{
		Title:  stripTags(it.Title),
		Outlet: outlet,
		Lang:   langTag(lang),
		URL:    strings.TrimSpace(it.Link),
	}
	if a.URL != "" && base != nil {
		if u, err := base.Parse(a.URL); err == nil {
			a.URL = u.String()
		}
	}
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			a.Authors = append(a.Authors, strings.TrimSpace(p.Name))
		}
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = formatTime(*it.PublishedParsed)
	case it.UpdatedParsed != nil:
		a.Published = formatTime(*it.UpdatedParsed)
	default:
		if d, ok := NormalizeDate(cmp.Or(it.Published, it.Updated)); ok {
			a.Published = d
		}
	}
	content := it.Content
	if strings.TrimSpace(stripTags(content)) == "" {
		content = it.Description
	}
	a.Body = strings.Join(htmlFragmentParagraphs(content), "\n\n")
	extra := map[string]json.RawMessage{}
	if it.GUID != "" {
		extra["guid"], _ = json.Marshal(it.GUID)
	}
	if len(it.Categories) > 0 {
		extra["categories"], _ = json.Marshal(it.Categories)
	}
	if len(extra) > 0 {
		a.Extra = extra
	}
	if a.Title == "" && a.Body != "" {
		a.Title = titleFromText(a.Paragraphs()[0])
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	a.ComputeID()
	return a, nil
}

// stripTags turns an HTML-bearing string (a title with <b>, entities) into text.
func stripTags(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.Join(strings.Fields(s), " ")
	}
	return strings.Join(htmlFragmentParagraphs(s), " ")
}

func (w *walker) feed(source string, data []byte) error {
	items, errs, err := ParseFeed(data)
	if err != nil {
		return w.reject(source, err.Error(), data)
	}
	if len(items) == 0 {
		return w.reject(source, "feed has no items", data)
	}
	for i := range items {
		if err := w.ctx.Err(); err != nil {
			return errStop{err}
		}
		if err := w.result(source+"#"+strconv.Itoa(i+1), items[i], errs[i], nil, ""); err != nil {
			return err
		}
	}
	return nil
}
