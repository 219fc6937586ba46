-- Published verdicts as readers see them: one fact check per published claim, at a slug that is
-- never reused (rows are never deleted; unpublishing keeps the row and its slug), every version
-- of its verdict, and the corrections proposed for it (four eyes: proposer and approver differ).

create table fact_check (
    claim_id uuid primary key references claim (id),
    slug varchar(120) not null unique,
    current_version integer not null,
    first_published_at timestamp with time zone not null,
    last_corrected_at timestamp with time zone,
    unpublished_at timestamp with time zone,
    unpublished_by varchar(200),
    unpublished_reason text,
    version bigint not null default 0
);
-- the public list and the feeds: newest change first
create index fact_check_changed on fact_check ((coalesce(last_corrected_at, first_published_at)) desc, claim_id);

create table fact_check_version (
    id uuid primary key,
    claim_id uuid not null references fact_check (claim_id),
    number integer not null,
    verdict varchar(32) not null,
    explanation text,
    correction_note text,
    proposed_by varchar(200),
    approved_by varchar(200) not null,
    published_at timestamp with time zone not null,
    unique (claim_id, number)
);

create table fact_check_correction (
    id uuid primary key,
    claim_id uuid not null references fact_check (claim_id),
    verdict varchar(32) not null,
    explanation text,
    reason text not null,
    state varchar(16) not null,
    proposed_by varchar(200) not null,
    proposed_by_subject varchar(200) not null,
    proposed_at timestamp with time zone not null,
    decided_by varchar(200),
    decided_at timestamp with time zone,
    decline_reason text,
    version bigint not null default 0
);
-- at most one correction waits for approval per fact check
create unique index fact_check_correction_open on fact_check_correction (claim_id) where state = 'PROPOSED';
