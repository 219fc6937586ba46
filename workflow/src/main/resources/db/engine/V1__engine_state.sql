-- The embedded engine's own state, apart from the desk's tables.
create table process_definition (
    key              bigint primary key,
    bpmn_process_id  varchar(300) not null,
    version          integer      not null,
    resource_name    varchar(500) not null,
    checksum         varchar(64)  not null,
    resource         bytea        not null,
    deployed_at      timestamptz  not null default now(),
    unique (bpmn_process_id, version)
);

-- Runtime records (process instances with their element instances, jobs, buffered messages,
-- incidents) as JSON, one row per key, rewritten whole when they change.
create table runtime_record (
    key   bigint primary key,
    kind  varchar(16) not null,
    data  jsonb       not null
);

create table key_sequence (
    id        integer primary key check (id = 1),
    next_key  bigint  not null
);
