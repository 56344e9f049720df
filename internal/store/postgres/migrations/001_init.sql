-- The archive on PostgreSQL: the same tables as the SQLite archive, with
-- PostgreSQL's types. Text compares bytewise (COLLATE "C"), as SQLite's
-- BINARY does, so both backends order ids and names alike.

-- Articles: one row per distinct text (id = content hash). seq is the
-- order of storing (SQLite's rowid).
CREATE TABLE articles (
    seq            bigserial UNIQUE,
    id             text COLLATE "C" PRIMARY KEY,
    url            text NOT NULL DEFAULT '',
    outlet         text COLLATE "C" NOT NULL DEFAULT '',
    authors        jsonb NOT NULL DEFAULT '[]',
    published      text COLLATE "C" NOT NULL DEFAULT '',
    published_text text NOT NULL DEFAULT '',
    title          text NOT NULL DEFAULT '',
    body           text NOT NULL DEFAULT '',
    byline         text NOT NULL DEFAULT '',
    lang           text COLLATE "C" NOT NULL DEFAULT '',
    ingested       text COLLATE "C" NOT NULL,
    duplicate_of   text COLLATE "C" REFERENCES articles(id),
    extra          text,
    minhash        bytea,
    reading        text COLLATE "C" NOT NULL DEFAULT '',
    raw            bytea,
    raw_format     text NOT NULL DEFAULT '',
    -- Full text: the title (weight A) and body (B) as the tokens
    -- search.Tokens makes, so both backends split words alike.
    tsv            tsvector NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(lower(outlet));
CREATE INDEX articles_duplicate ON articles(duplicate_of);
CREATE INDEX articles_reading ON articles(reading);
CREATE INDEX articles_tsv ON articles USING gin(tsv);

-- MinHash bands for near-duplicate lookup.
CREATE TABLE minhash_bands (
    band       bigint NOT NULL,
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
);

CREATE TABLE entities (
    id      text COLLATE "C" PRIMARY KEY,
    name    text COLLATE "C" NOT NULL,
    kind    text NOT NULL,
    country text NOT NULL DEFAULT '',
    lat     double precision,
    lon     double precision,
    data    text NOT NULL
);
CREATE INDEX entities_name ON entities(lower(name));

-- Aliases compare case-insensitively: the key is the lower-cased form.
CREATE TABLE entity_aliases (
    alias     text COLLATE "C" NOT NULL,
    entity_id text COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (alias, entity_id)
);

CREATE TABLE mentions (
    seq        bigserial PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  text COLLATE "C" NOT NULL REFERENCES entities(id),
    field      text NOT NULL,
    start      integer NOT NULL,
    "end"      integer NOT NULL,
    sentence   integer NOT NULL,
    text       text COLLATE "C" NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE dates (
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    start      text NOT NULL,
    "end"      text NOT NULL,
    data       text NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE events (
    rowseq           bigserial UNIQUE,
    id               text COLLATE "C" PRIMARY KEY,
    article_id       text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq              integer NOT NULL,
    type             text COLLATE "C" NOT NULL,
    mode             text NOT NULL DEFAULT '',
    source_entity    text COLLATE "C" NOT NULL DEFAULT '',
    source_country   text COLLATE "C" NOT NULL DEFAULT '',
    target_entity    text COLLATE "C" NOT NULL DEFAULT '',
    target_country   text COLLATE "C" NOT NULL DEFAULT '',
    location_name    text COLLATE "C" NOT NULL DEFAULT '',
    location_country text COLLATE "C" NOT NULL DEFAULT '',
    lat              double precision,
    lon              double precision,
    date_start       text COLLATE "C" NOT NULL DEFAULT '',
    date_end         text COLLATE "C" NOT NULL DEFAULT '',
    fatalities       integer,
    modality         text NOT NULL DEFAULT '',
    incident         text COLLATE "C" NOT NULL DEFAULT '',
    background       boolean NOT NULL DEFAULT false,
    data             text NOT NULL
);
CREATE INDEX events_article ON events(article_id, seq);
CREATE INDEX events_type_date ON events(type, date_start);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_source ON events(source_entity);
CREATE INDEX events_target ON events(target_entity);
CREATE INDEX events_incident ON events(incident);

-- Records that could not be read, with their raw bytes (bounded).
CREATE TABLE quarantine (
    id     bigserial PRIMARY KEY,
    source text NOT NULL,
    reason text NOT NULL,
    raw    bytea,
    digest text NOT NULL UNIQUE,
    at     text NOT NULL
);
