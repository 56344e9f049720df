-- Indexes in the order lists are read, so that the newest (or oldest)
-- articles and events are the first entries of an index instead of a sort
-- of the whole archive: on 100,000 articles the home page's latest
-- articles took 1.6 s (a scan and a sort of every row), the unfiltered
-- events explorer 0.6 s. The expressions must match the ORDER BY of
-- List and Events exactly for the planner to use them.
CREATE INDEX articles_latest ON articles(published DESC, ingested DESC, id);
CREATE INDEX articles_oldest ON articles(published = '', published, ingested, id);
CREATE INDEX events_latest ON events(date_start = '', date_start DESC, date_end DESC, article_id, seq);
CREATE INDEX events_oldest ON events(date_start = '', date_start, date_end, article_id, seq);
