package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"sitrep/internal/record"
	"sitrep/internal/review"
	"sitrep/internal/store"
)

// reviewRequest is the body of POST /api/v1/events/{id}/reviews, as JSON
// or as a form.
type reviewRequest struct {
	Action   string `json:"action"` // confirm, reject, set
	Field    string `json:"field"`
	Value    string `json:"value"`
	Reason   string `json:"reason"`
	Of       string `json:"of"`
	Note     string `json:"note"`
	Reviewer string `json:"reviewer"`
}

// apiReview records an analyst's review of one event. A form post (from
// the article page) is sent back to the page it came from.
func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) error {
	if !s.opt.Review {
		return errorf(http.StatusForbidden, "review_disabled", "review is not enabled on this server (sitrep serve --allow-review)")
	}
	form := strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded")
	var req reviewRequest
	token := ""
	if form {
		if err := r.ParseForm(); err != nil {
			return errorf(http.StatusBadRequest, "bad_request", "review form: %v", err)
		}
		req = reviewRequest{Action: r.PostFormValue("action"), Field: r.PostFormValue("field"), Value: r.PostFormValue("value"),
			Reason: r.PostFormValue("reason"), Of: r.PostFormValue("of"), Note: r.PostFormValue("note"), Reviewer: r.PostFormValue("reviewer")}
		token = r.PostFormValue("token")
	} else if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&req); err != nil {
		return errorf(http.StatusBadRequest, "bad_request", "review body: want JSON {action, field, value, reason, of, note, reviewer}: %v", err)
	}
	if err := s.checkWriter(r, token); err != nil {
		return err
	}
	ctx := r.Context()
	id, err := s.opt.Store.ResolveID(ctx, store.KindEvent, r.PathValue("id"))
	if err != nil {
		return err
	}
	m := review.Meta{Reviewer: req.Reviewer, Note: req.Note}
	var rec *record.Review
	switch req.Action {
	case "confirm":
		rec, err = review.Confirm(ctx, s.opt.Store, id, m)
	case "reject":
		of := req.Of
		if of != "" {
			if of, err = s.opt.Store.ResolveID(ctx, store.KindEvent, of); err != nil {
				return err
			}
		}
		reason := req.Reason
		if reason == "" {
			reason = "not-event"
			if of != "" {
				reason = "duplicate"
			}
		}
		rec, err = review.Reject(ctx, s.opt.Store, id, reason, of, m)
	case "set":
		rec, err = review.Set(ctx, s.opt.Store, id, req.Field, req.Value, nil, m)
	default:
		return errorf(http.StatusBadRequest, "bad_action", "action %q: confirm, reject or set", req.Action)
	}
	if errors.Is(err, review.ErrInvalid) {
		return errorf(http.StatusBadRequest, "bad_review", "%v", err)
	}
	if err != nil {
		return err
	}
	if form {
		http.Redirect(w, r, "/articles/"+rec.ArticleID+"#ev-"+rec.AppliedTo, http.StatusSeeOther)
		return nil
	}
	writeJSON(w, http.StatusCreated, rec)
	return nil
}

// apiReviews lists review records: of an event, an article, or those
// orphaned by a new reading.
func (s *Server) apiReviews(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f := store.ReviewFilter{ArticleID: q.Get("article"), Orphaned: q.Get("orphaned") == "true" || q.Get("orphaned") == "1"}
	if e := q.Get("event"); e != "" {
		id, err := s.opt.Store.ResolveID(r.Context(), store.KindEvent, e)
		if err != nil {
			return err
		}
		f.EventID = id
	}
	revs, err := s.opt.Store.Reviews(r.Context(), f)
	if err != nil {
		return err
	}
	if revs == nil {
		revs = []record.Review{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"reviews": revs})
	return nil
}
