-- Articles imported from a web address: the page's canonical address (the same article imported twice
-- is recognised by it), its authors, and the page as fetched, kept with its SHA-256 because pages change.
alter table article add column canonical_url varchar(2000);
alter table article add column authors varchar(2000);
create index article_canonical_url on article (canonical_url);

create table article_archive (
    article_id   uuid primary key references article (id),
    content      bytea not null,
    sha256       varchar(64) not null,
    content_type varchar(100) not null,
    final_url    varchar(2000) not null,
    fetched_at   timestamp with time zone not null
);
