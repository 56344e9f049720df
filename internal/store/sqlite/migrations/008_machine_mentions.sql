-- The reader's mentions at the spans an analyst's link review changed
-- (sitrep review link): mentions holds the links as reviewed, this table
-- every mention the reader made at those spans, so the reviews can be
-- applied again from the reader's links. A new reading clears its rows.
CREATE TABLE machine_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities(id),
    field      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX machine_mentions_span ON machine_mentions(article_id, field, start);
