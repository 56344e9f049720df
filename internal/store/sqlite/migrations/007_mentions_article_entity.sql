-- The entities of an article without reading the mention rows: the
-- co-mentions of an entity's profile look up every article it is in.
-- It serves lookups by article alone too, so it replaces mentions_article.
CREATE INDEX mentions_article_entity ON mentions(article_id, entity_id);
DROP INDEX mentions_article;
