-- Headline records (a feed item's title and link, completed in place when
-- its page is fetched) and articles whose source states no date.
ALTER TABLE articles ADD COLUMN headline INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN undated INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET undated = 1 WHERE published = '';
CREATE INDEX articles_headline ON articles(headline) WHERE headline = 1;
-- Outlet names merged into another (sitrep outlets merge A B): articles
-- stored later under the alias take the outlet's name.
CREATE TABLE outlet_aliases (
    alias  TEXT PRIMARY KEY COLLATE NOCASE,
    outlet TEXT NOT NULL
);
-- The feeds sitrep watch polls, with their polling state.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    added         TEXT NOT NULL,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_poll     TEXT NOT NULL DEFAULT '',
    last_success  TEXT NOT NULL DEFAULT '',
    last_error    TEXT NOT NULL DEFAULT '',
    failures      INTEGER NOT NULL DEFAULT 0,
    entries       INTEGER NOT NULL DEFAULT 0,
    next_poll     TEXT NOT NULL DEFAULT ''
);
-- Saved searches whose new matches watch reports.
CREATE TABLE alerts (
    id    INTEGER PRIMARY KEY,
    query TEXT NOT NULL UNIQUE,
    added TEXT NOT NULL
);
