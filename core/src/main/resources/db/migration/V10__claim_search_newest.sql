-- A text search ranks only the 1,000 newest matching claims (ClaimQuery): this index lets
-- PostgreSQL walk claims newest first and stop there, instead of reading every match of a
-- common word to rank it. The id breaks ties in the order the list pages by.
create index claim_created on claim (created_at desc, id);
