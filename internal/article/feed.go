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
// is one record, "file#N". The outlet is the feed's site (SiteOutlet), not
// its channel title. An item with a title and a link but no text is a
// headline (record.Article.Headline), kept under its URL until its page
// completes it.

// ParseFeed reads every item of a feed. An item that is not an article (no
// text) comes back as a *Reject in the error slice position: items and errs
// have one entry per item, exactly one of them non-nil.
func ParseFeed(data []byte) (items []*Article, errs []error, err error) {
	_, items, errs, err = ParseFeedTitled(data)
	return items, errs, err
}

// ParseFeedTitled is ParseFeed that also returns the feed's own title.
func ParseFeedTitled(data []byte) (title string, items []*Article, errs []error, err error) {
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
		return "", nil, nil, fmt.Errorf("feed: %v", err)
	}
	base, _ := nurl.Parse(f.Link)
	channelSite := f.Link
	if channelSite == "" || isFeedProxy(channelSite) {
		channelSite = f.FeedLink
	}
	outlets := map[string]string{} // by site domain: items mostly share one
	for _, it := range f.Items {
		a, err := feedItem(it, f.Title, channelSite, f.Language, base, outlets)
		items, errs = append(items, a), append(errs, err)
	}
	// An <item> or <entry> nested inside another is no item of the
	// channel's: said so, so that every entry of the document is accounted for.
	for range max(0, countEntryTags(data)-len(f.Items)) {
		items, errs = append(items, nil), append(errs, fmt.Errorf("feed entry nested inside another entry: not read"))
	}
	return stripTags(f.Title), items, errs, nil
}

func feedItem(it *gofeed.Item, channelTitle, channelSite, lang string, base *nurl.URL, outlets map[string]string) (*Article, error) {
	a := &Article{
		Title: stripTags(it.Title),
		Lang:  langTag(lang),
		URL:   strings.TrimSpace(it.Link),
	}
	// FeedBurner relays links through its own host; the publisher's link
	// is the one a page fetched later will give as its own.
	if orig := extension(it, "feedburner", "origLink"); orig != "" {
		a.URL = orig
	}
	if a.URL != "" && base != nil {
		if u, err := base.Parse(a.URL); err == nil {
			a.URL = u.String()
		}
	}
	a.URL = unwrapRedirect(a.URL)
	// An item is a page of its own site: an aggregator's items (news
	// alerts) or a channel hosted elsewhere name the item's site, checked
	// against the channel's title.
	site := channelSite
	if a.URL != "" && !isFeedProxy(a.URL) && siteDomain(a.URL) != "" && siteDomain(site) != siteDomain(a.URL) {
		site = a.URL
	}
	key := siteDomain(site)
	if o, ok := outlets[key]; ok && key != "" {
		a.Outlet = o
	} else {
		a.Outlet = SiteOutlet(site, channelTitle)
		outlets[key] = a.Outlet
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
	paras, attribution := dropBoilerplate(htmlFragmentParagraphs(content))
	a.Body = strings.Join(paras, "\n\n")
	extra := map[string]json.RawMessage{}
	if it.GUID != "" {
		extra["guid"], _ = json.Marshal(it.GUID)
	}
	if len(it.Categories) > 0 {
		extra["categories"], _ = json.Marshal(it.Categories)
	}
	if attribution != "" {
		extra["attribution"], _ = json.Marshal(attribution)
	}
	if len(extra) > 0 {
		a.Extra = extra
	}
	if a.Title == "" && a.Body != "" {
		a.Title = titleFromText(a.Paragraphs()[0])
	}
	a.Headline = strings.TrimSpace(a.Body) == "" && a.Title != "" && a.URL != ""
	if a.Published == "" {
		a.Undated = true
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	a.ComputeID()
	return a, nil
}

// extension is the text of a namespaced element of an item (feedburner:origLink).
func extension(it *gofeed.Item, ns, name string) string {
	for _, e := range it.Extensions[ns][name] {
		if v := strings.TrimSpace(e.Value); v != "" {
			return v
		}
	}
	return ""
}

// countEntryTags counts the <item> and <entry> start tags of a feed
// outside CDATA sections (escaped markup has no '<').
func countEntryTags(data []byte) int {
	n := 0
	for len(data) > 0 {
		i := bytes.IndexByte(data, '<')
		if i < 0 {
			break
		}
		data = data[i:]
		if bytes.HasPrefix(data, []byte("<![CDATA[")) {
			end := bytes.Index(data, []byte("]]>"))
			if end < 0 {
				break
			}
			data = data[end+3:]
			continue
		}
		for _, tag := range []string{"<item", "<entry", "<rss:item", "<atom:entry"} {
			if bytes.HasPrefix(data, []byte(tag)) && len(data) > len(tag) && strings.IndexByte(">/ \t\r\n", data[len(tag)]) >= 0 {
				n++
			}
		}
		data = data[1:]
	}
	return n
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
