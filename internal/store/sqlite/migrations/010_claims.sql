-- Claims: the sentences that assert a fact, with who says so (issue 19).
-- loaded holds the claim's loaded terms as |term|term| for the search term
-- loaded:"…"; data is the record as show --json prints it.
CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    sourcing   TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT '',
    loaded     TEXT NOT NULL DEFAULT '',
    data       TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX claims_sourcing ON claims(sourcing, article_id);

-- The sourcing of the claim each event was read from, for events --sourcing.
ALTER TABLE events ADD COLUMN sourcing TEXT NOT NULL DEFAULT '';
UPDATE events SET sourcing = coalesce(json_extract(data, '$.sourcing'), '');
