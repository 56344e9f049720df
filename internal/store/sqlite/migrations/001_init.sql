-- Articles: one row per distinct text (id = content hash).
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    url          TEXT NOT NULL DEFAULT '',
    outlet       TEXT NOT NULL DEFAULT '',
    authors      TEXT NOT NULL DEFAULT '[]',
    published    TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    byline       TEXT NOT NULL DEFAULT '',
    lang         TEXT NOT NULL DEFAULT '',
    ingested     TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles(id),
    extra        TEXT,
    source       TEXT NOT NULL DEFAULT '',
    minhash      BLOB
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_duplicate ON articles(duplicate_of);

-- Full text over title and body, kept in step by the store (external content).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');

-- MinHash bands for near-duplicate lookup.
CREATE TABLE minhash_bands (
    band       INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    lat     REAL,
    lon     REAL,
    data    TEXT NOT NULL
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE entity_aliases (
    alias     TEXT NOT NULL COLLATE NOCASE,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (alias, entity_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities(id),
    field      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      TEXT NOT NULL,
    "end"      TEXT NOT NULL,
    data       TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    type             TEXT NOT NULL,
    mode             TEXT NOT NULL DEFAULT '',
    source_entity    TEXT NOT NULL DEFAULT '',
    source_country   TEXT NOT NULL DEFAULT '',
    target_entity    TEXT NOT NULL DEFAULT '',
    target_country   TEXT NOT NULL DEFAULT '',
    location_name    TEXT NOT NULL DEFAULT '',
    location_country TEXT NOT NULL DEFAULT '',
    lat              REAL,
    lon              REAL,
    date_start       TEXT NOT NULL DEFAULT '',
    date_end         TEXT NOT NULL DEFAULT '',
    fatalities       INTEGER,
    modality         TEXT NOT NULL DEFAULT '',
    incident         TEXT NOT NULL DEFAULT '',
    data             TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id, seq);
CREATE INDEX events_type_date ON events(type, date_start);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_source ON events(source_entity);
CREATE INDEX events_target ON events(target_entity);
CREATE INDEX events_incident ON events(incident);

-- Records that could not be read, with their raw bytes (bounded).
CREATE TABLE quarantine (
    id     INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    raw    BLOB,
    digest TEXT NOT NULL UNIQUE,
    at     TEXT NOT NULL
);
