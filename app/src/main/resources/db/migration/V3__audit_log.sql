-- The append-only audit log: every change, and every read of personal data, as one event. Each
-- event's hash covers its content and the previous event's hash, so an edit or a deletion anywhere
-- breaks the chain from that point on (`./exovigil audit verify` finds where).
create table audit_event (
    id             bigint primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    subject        text        not null,
    detail         text        not null,
    previous_hash  text        not null,
    hash           text        not null unique
);

-- The database refuses to change or remove an event; only an operator who drops the trigger can,
-- and the hash chain still shows it.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
