-- Review tasks: the human steps of a claim's routing, kept here so the desk can query them.
create table review_task (
    id              uuid primary key,
    claim_id        uuid         not null references claim (id),
    step            varchar(16)  not null check (step in ('ATTRIBUTION', 'CONFIRMATION', 'SIGNOFF')),
    state           varchar(16)  not null check (state in ('OPEN', 'CLAIMED', 'DECIDED', 'CANCELLED')),
    candidate_role  varchar(32)  not null,
    assignee        varchar(200),
    due_at          timestamptz  not null,
    overdue         boolean      not null default false,
    escalated_at    timestamptz,
    decision        varchar(32),
    verdict         varchar(32),
    send_back_to    varchar(16),
    comment         text,
    evidence        text         not null default '[]',
    decided_by      varchar(200),
    decided_by_subject varchar(200),
    decided_at      timestamptz,
    -- the workflow job that opened the task: a retried job finds its task instead of opening another
    source_key      varchar(100) not null unique,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index review_task_inbox on review_task (state, step, overdue desc, due_at);
create index review_task_claim on review_task (claim_id, created_at);

-- Messages to the workflow engine, written in the same transaction as the change that causes them.
create table outbox_message (
    id               bigserial    primary key,
    message_name     varchar(100) not null,
    correlation_key  varchar(200) not null,
    message_id       varchar(200) not null unique,
    variables        text         not null,
    ttl_seconds      integer      not null,
    created_at       timestamptz  not null default now(),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    lease_until      timestamptz,
    sent_at          timestamptz,
    last_error       text
);
create index outbox_pending on outbox_message (next_attempt_at) where sent_at is null;

-- Official statements a confirmation can rest on.
create table official_statement (
    id            uuid primary key,
    body          varchar(300)  not null,
    speaker       varchar(300),
    url           varchar(2000),
    published_at  timestamptz,
    text          text          not null,
    added_by      varchar(200)  not null,
    added_at      timestamptz   not null
);

-- Everything that happened, in order; the tamper-evident export is computed from these rows.
create table audit_event (
    seq            bigserial    primary key,
    at             timestamptz  not null,
    actor_subject  varchar(200) not null,
    actor_name     varchar(200) not null,
    action         varchar(64)  not null,
    claim_id       uuid,
    data           text         not null
);
create index audit_event_claim on audit_event (claim_id, seq);

alter table claim add column located text;
