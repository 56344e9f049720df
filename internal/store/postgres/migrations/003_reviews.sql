-- Analyst reviews: append-only records (data is the record as made and is
-- never changed); applied_to and orphaned say where each applies in the
-- current reading and are set again after every reprocess.
CREATE TABLE reviews (
    id         bigserial PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL DEFAULT '',
    event_id   text COLLATE "C" NOT NULL DEFAULT '',
    incident   text COLLATE "C" NOT NULL DEFAULT '',
    action     text NOT NULL,
    at         text NOT NULL,
    data       text NOT NULL,
    applied_to text COLLATE "C" NOT NULL DEFAULT '',
    orphaned   text NOT NULL DEFAULT ''
);
CREATE INDEX reviews_article ON reviews(article_id, id);
CREATE INDEX reviews_event ON reviews(event_id);
CREATE INDEX reviews_applied ON reviews(applied_to);
-- An event's review status ('' unreviewed); machine holds the coder's event
-- where reviews changed it (NULL: data is the coder's event); analyst marks
-- the events analysts added (re-made from their review, never read).
ALTER TABLE events ADD COLUMN review text NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN machine text;
ALTER TABLE events ADD COLUMN analyst boolean NOT NULL DEFAULT false;
CREATE INDEX events_review ON events(review);
-- The entities of an article without reading the mention rows (co-mentions).
CREATE INDEX mentions_article_entity ON mentions(article_id, entity_id);
DROP INDEX mentions_article;
