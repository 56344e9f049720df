package server

import (
	"net/http"
	"strconv"

	"sitrep/internal/review"
)

// queueWindow is how many of the newest matching events the review queue orders.
const queueWindow = 2000

// reviewRoutes adds the review queue and what the desk's review script
// asks of the server.
func (s *Server) reviewRoutes() {
	s.page("GET /review", s.reviewQueuePage)
	s.api("GET /api/v1/review/schema", s.apiReviewSchema)
}

// sampleOf reads the sample's share and seed (the defaults of the CLI's
// review queue and review agreement, so both mark the same events).
func sampleOf(r *http.Request) (float64, string, error) {
	q := r.URL.Query()
	share, seed := review.SampleShare, review.SampleSeed
	if v := q.Get("share"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 || f > 1 {
			return 0, "", badRequest("share %q: a share above 0 and at most 1", v)
		}
		share = f
	}
	if v := q.Get("seed"); v != "" {
		seed = v
	}
	return share, seed, nil
}

// reviewQueuePage is the review queue: unreviewed events (or those of the
// status filter), what matters most first, the sample marked.
func (s *Server) reviewQueuePage(w http.ResponseWriter, r *http.Request) error {
	f, err := s.eventFilter(r)
	if err != nil {
		return err
	}
	share, seed, err := sampleOf(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	if q.Get("status") == "" {
		f.Review = []string{"unreviewed"}
	}
	f.Current, f.Limit, f.Offset = true, queueWindow, 0
	evs, err := s.opt.Store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	items := review.Queue(evs, seed, share)
	sampled := 0
	for _, it := range items {
		if it.Sample {
			sampled++
		}
	}
	shown := items
	if q.Get("sample") == "1" {
		shown = nil
		for _, it := range items {
			if it.Sample {
				shown = append(shown, it)
			}
		}
	}
	if len(shown) > pageRows {
		shown = shown[:pageRows]
	}
	return s.render(w, http.StatusOK, "review", "Review queue", map[string]any{
		"Items": shown, "Total": len(items), "Sampled": sampled, "Capped": len(evs) == queueWindow,
		"Share": share * 100, "Seed": seed, "SampleOnly": q.Get("sample") == "1", "Review": s.opt.Review})
}

// apiReviewSchema tells the review script what it may send: the fields a
// review can set, the reasons of a reject, whether writes need the token.
func (s *Server) apiReviewSchema(w http.ResponseWriter, r *http.Request) error {
	writeJSON(w, http.StatusOK, map[string]any{"enabled": s.opt.Review, "fields": review.Fields, "reasons": review.RejectReasons,
		"token": s.opt.Token != "", "sample_share": review.SampleShare, "sample_seed": review.SampleSeed})
	return nil
}
