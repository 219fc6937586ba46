-- The audit trail is append-only: no row is ever changed or removed, not even by the application.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Signed checkpoints: the tree head over the first tree_size events, signed by the audit key.
create table audit_checkpoint (
    tree_size   bigint       primary key,
    root_hash   varchar(64)  not null,
    note        text         not null,
    created_at  timestamptz  not null default now()
);
