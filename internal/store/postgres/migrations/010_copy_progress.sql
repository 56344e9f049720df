-- How far a copy of another archive into this one has got (sitrep migrate):
-- the rows of each table stored so far, written in the same transaction
-- as the rows, so that a copy stopped at any point goes on where it stopped.
CREATE TABLE copy_progress (
    tbl    text PRIMARY KEY,
    source text NOT NULL,
    rows   bigint NOT NULL
);
