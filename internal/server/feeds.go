package server

// feeds.go: the followed feeds' status (sitrep watch) and each saved
// search as an Atom feed a feed reader can follow.

import (
	"encoding/xml"
	"net/http"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/search"
	"sitrep/internal/store"
)

func (s *Server) feedsPage(w http.ResponseWriter, r *http.Request) error {
	feeds, err := s.opt.Store.Feeds(r.Context())
	if err != nil {
		return err
	}
	alerts, err := s.opt.Store.Alerts(r.Context())
	if err != nil {
		return err
	}
	return s.render(w, http.StatusOK, "feeds", "Feeds", map[string]any{"Feeds": feeds, "Alerts": alerts, "Now": time.Now()})
}

func (s *Server) apiFeeds(w http.ResponseWriter, r *http.Request) error {
	feeds, err := s.opt.Store.Feeds(r.Context())
	if err != nil {
		return err
	}
	if feeds == nil {
		feeds = []store.Feed{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": feeds})
	return nil
}

// Atom 1.0, as much of it as a feed reader needs.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Link    atomLink    `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomEntry struct {
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Author  string   `xml:"author>name,omitempty"`
	Summary string   `xml:"summary"`
}

// alertAtom serves the latest articles matching a saved search, newest
// first, as Atom: a feed reader following it sees each new match once.
func (s *Server) alertAtom(w http.ResponseWriter, r *http.Request) error {
	name, ok := strings.CutSuffix(r.PathValue("file"), ".atom")
	id, err := strconv.ParseInt(name, 10, 64)
	if !ok || err != nil {
		return notFound("no alert feed %q (the feeds are /alerts/ID.atom)", r.PathValue("file"))
	}
	alerts, err := s.opt.Store.Alerts(r.Context())
	if err != nil {
		return err
	}
	var al *store.Alert
	for i := range alerts {
		if alerts[i].ID == id {
			al = &alerts[i]
		}
	}
	if al == nil {
		return notFound("no alert #%d", id)
	}
	q, err := search.Parse(al.Query, search.Options{})
	if err != nil {
		return badRequest("alert #%d: %v", id, err)
	}
	res, err := s.opt.Store.Search(r.Context(), q, store.SearchOptions{ByDate: true, Limit: 50})
	if err != nil {
		return err
	}
	base := "http://" + r.Host
	if r.TLS != nil {
		base = "https://" + r.Host
	}
	feed := atomFeed{ID: "urn:sitrep:alert:" + strconv.FormatInt(id, 10), Title: "sitrep alert: " + al.Query,
		Updated: al.Added.UTC().Format(time.RFC3339), Link: atomLink{Href: base + r.URL.Path, Rel: "self"}}
	for _, h := range res.Hits {
		updated := atomTime(h.Published, al.Added)
		if updated > feed.Updated {
			feed.Updated = updated
		}
		e := atomEntry{ID: "urn:sitrep:article:" + h.ID, Title: h.Title, Updated: updated,
			Link: atomLink{Href: base + "/articles/" + h.ID}, Summary: h.Snippet}
		if len(h.Authors) > 0 {
			e.Author = h.Authors[0]
		}
		feed.Entries = append(feed.Entries, e)
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	return enc.Encode(feed)
}

// atomTime is an article's date as Atom wants it (a full time), else def.
func atomTime(published string, def time.Time) string {
	for _, l := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(l, published); err == nil {
			return t.UTC().Format(time.RFC3339)
		}
	}
	return def.UTC().Format(time.RFC3339)
}
