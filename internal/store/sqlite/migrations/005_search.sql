-- Document frequencies of the full-text index's terms, for the distinctive
-- words of an article (related articles). A view over the index: no data.
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, row);
