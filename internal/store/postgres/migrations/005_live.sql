-- Headline records (a feed item's title and link, completed in place when
-- its page is fetched) and articles whose source states no date.
ALTER TABLE articles ADD COLUMN headline boolean NOT NULL DEFAULT false;
ALTER TABLE articles ADD COLUMN undated boolean NOT NULL DEFAULT false;
UPDATE articles SET undated = true WHERE published = '';
CREATE INDEX articles_headline ON articles(headline) WHERE headline;
-- Outlet names merged into another (sitrep outlets merge A B): articles
-- stored later under the alias take the outlet's name. The key is the
-- alias in lower case; alias keeps it as given.
CREATE TABLE outlet_aliases (
    key    text COLLATE "C" PRIMARY KEY,
    alias  text NOT NULL,
    outlet text NOT NULL
);
-- The feeds sitrep watch polls, with their polling state.
CREATE TABLE feeds (
    url           text COLLATE "C" PRIMARY KEY,
    title         text NOT NULL DEFAULT '',
    added         timestamptz NOT NULL,
    etag          text NOT NULL DEFAULT '',
    last_modified text NOT NULL DEFAULT '',
    last_poll     timestamptz,
    last_success  timestamptz,
    last_error    text NOT NULL DEFAULT '',
    failures      integer NOT NULL DEFAULT 0,
    entries       integer NOT NULL DEFAULT 0,
    next_poll     timestamptz
);
-- Saved searches whose new matches watch reports.
CREATE TABLE alerts (
    id    bigserial PRIMARY KEY,
    query text COLLATE "C" NOT NULL UNIQUE,
    added timestamptz NOT NULL
);
