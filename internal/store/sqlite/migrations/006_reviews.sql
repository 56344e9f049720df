-- Analyst reviews: append-only records (data is the record as made and is
-- never changed); applied_to and orphaned say where each applies in the
-- current reading and are set again after every reprocess.
CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL DEFAULT '',
    event_id   TEXT NOT NULL DEFAULT '',
    incident   TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL,
    at         TEXT NOT NULL,
    data       TEXT NOT NULL,
    applied_to TEXT NOT NULL DEFAULT '',
    orphaned   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_article ON reviews(article_id, id);
CREATE INDEX reviews_event ON reviews(event_id);
CREATE INDEX reviews_applied ON reviews(applied_to);
-- An event's review status ('' unreviewed); machine holds the coder's event
-- where reviews changed it (NULL: data is the coder's event); analyst marks
-- the events analysts added (re-made from their review, never read).
ALTER TABLE events ADD COLUMN review TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN machine TEXT;
ALTER TABLE events ADD COLUMN analyst INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_review ON events(review);
