-- The reader's mentions at the spans an analyst's link review changed
-- (sitrep review link): mentions holds the links as reviewed, this table
-- every mention the reader made at those spans, so the reviews can be
-- applied again from the reader's links. A new reading clears its rows.
CREATE TABLE machine_mentions (
    seq        bigserial PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  text COLLATE "C" NOT NULL REFERENCES entities(id),
    field      text NOT NULL,
    start      integer NOT NULL,
    "end"      integer NOT NULL,
    sentence   integer NOT NULL,
    text       text COLLATE "C" NOT NULL
);
CREATE INDEX machine_mentions_span ON machine_mentions(article_id, field, start);
