-- Hits by date with their near-duplicate group from the index alone: a
-- date range's articles were each looked up in search_docs for the group
-- (on 100,000 articles, "killed" in three months read 6,000 rows for it).
DROP INDEX search_docs_latest;
CREATE INDEX search_docs_latest ON search_docs(published DESC, id, grp);
