-- Full-text search over claims (their text and quote), with English stemming, ranked, quoted
-- phrases and -exclusions as websearch_to_tsquery reads them: a search for "price rises" finds
-- "prices were rising". Replaces lower(text) like '%word%', which read every claim.
--
-- The document is a stored generated column, so neither matching nor ranking computes it per
-- row at query time; the queries call the two SQL functions below, which PostgreSQL inlines, so
-- the GIN index on the column serves them and the application's HQL needs no custom dialect.

create function claim_search_document(claim_text text, claim_quote text) returns tsvector
    language sql immutable parallel safe
    as $$ select to_tsvector('english', coalesce(claim_text, '') || ' ' || coalesce(claim_quote, '')) $$;

alter table claim add column search_document tsvector
    generated always as (claim_search_document(text, quote)) stored;
create index claim_search on claim using gin (search_document);

create function claim_matches(document tsvector, query text) returns boolean
    language sql immutable parallel safe
    as $$ select document @@ websearch_to_tsquery('english', query) $$;

create function claim_rank(document tsvector, query text) returns real
    language sql immutable parallel safe
    as $$ select ts_rank(document, websearch_to_tsquery('english', query)) $$;
