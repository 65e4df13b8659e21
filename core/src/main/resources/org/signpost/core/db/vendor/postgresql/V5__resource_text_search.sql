-- Resource search by PostgreSQL's full-text search: English stemming over title and description,
-- through a GIN index on exactly the expression the catalogue query matches and ranks by.
CREATE INDEX resource_text_search_idx ON resource
    USING GIN (to_tsvector('english', title || ' ' || description));
