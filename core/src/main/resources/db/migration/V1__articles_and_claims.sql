-- Articles as imported by a fact-checker, and the claims taken from them.
create table article (
    id            uuid primary key,
    title         varchar(500)  not null,
    outlet        varchar(200),
    url           varchar(2000),
    published_at  timestamptz,
    body          text          not null,
    imported_by   varchar(200)  not null,
    imported_at   timestamptz   not null
);
create index article_imported_at on article (imported_at desc);

create table claim (
    id               uuid primary key,
    article_id       uuid references article (id),
    text             varchar(5000) not null,
    speaker          varchar(300),
    quote            varchar(5000),
    start_offset     integer,
    end_offset       integer,
    checkworthiness  double precision,
    status           varchar(32)  not null,
    verdict          varchar(32),
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint claim_span check (
        (start_offset is null and end_offset is null)
        or (article_id is not null and start_offset >= 0 and end_offset > start_offset)),
    constraint claim_status check (status in
        ('SUGGESTED', 'UNVERIFIED', 'IN_REVIEW', 'AWAITING_SIGNOFF', 'PUBLISHED', 'REJECTED', 'DISMISSED')),
    constraint claim_verdict check (verdict is null or verdict in
        ('TRUE', 'MOSTLY_TRUE', 'MISLEADING', 'FALSE', 'UNPROVEN'))
);
create index claim_article on claim (article_id);
create index claim_status_created on claim (status, created_at desc);
create index claim_speaker on claim (lower(speaker));
