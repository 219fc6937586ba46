-- Full-text search over claims (their text and quote), with English stemming, ranked, quoted
-- phrases and -exclusions as websearch_to_tsquery reads them: a search for "unemployment fell"
-- finds "unemployment had fallen". Replaces lower(text) like '%word%', which read every claim.
--
-- The queries call these SQL functions, which PostgreSQL inlines, so the GIN index on the very
-- same expression serves them; the application's HQL needs no custom dialect.

create function claim_search_document(claim_text text, claim_quote text) returns tsvector
    language sql immutable parallel safe
    as $$ select to_tsvector('english', coalesce(claim_text, '') || ' ' || coalesce(claim_quote, '')) $$;

create function claim_matches(claim_text text, claim_quote text, query text) returns boolean
    language sql immutable parallel safe
    as $$ select claim_search_document(claim_text, claim_quote) @@ websearch_to_tsquery('english', query) $$;

create function claim_rank(claim_text text, claim_quote text, query text) returns real
    language sql immutable parallel safe
    as $$ select ts_rank(claim_search_document(claim_text, claim_quote), websearch_to_tsquery('english', query)) $$;

create index claim_search on claim using gin (claim_search_document(text, quote));
