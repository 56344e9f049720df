-- Claims: the sentences that assert a fact, with who says so (issue 19).
-- loaded holds the claim's loaded terms as |term|term| for the search term
-- loaded:"…"; via is data's via, kept apart for profiles; data is the
-- record as show --json prints it.
CREATE TABLE claims (
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    sourcing   text COLLATE "C" NOT NULL,
    source     text NOT NULL DEFAULT '',
    via        text NOT NULL DEFAULT '',
    loaded     text NOT NULL DEFAULT '',
    data       text NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX claims_sourcing ON claims(sourcing, article_id);

-- The sourcing of the claim each event was read from, for events --sourcing.
ALTER TABLE events ADD COLUMN sourcing text COLLATE "C" NOT NULL DEFAULT '';
UPDATE events SET sourcing = coalesce(data::jsonb ->> 'sourcing', '');
