-- Four eyes on every death (issue 20). A decision on a fatal or life-threatening case is first a proposal, kept
-- here whole and never changed; it takes effect as a verification step once a second regulator countersigns it,
-- and the step keeps the countersignature. report_case.pending_proposal names the proposal awaiting one.
create table report_verification_proposal (
    id           bigint generated always as identity primary key,
    case_id      uuid        not null references report_case (id),
    decision     text        not null check (decision in ('confirmed', 'refuted', 'unverifiable')),
    reason       text        not null check (length(reason) between 1 and 4000),
    proposed_by  text        not null,
    proposed_at  timestamptz not null,
    evidence     jsonb       not null,
    attempts     jsonb       not null
);

create index report_verification_proposal_case on report_verification_proposal (case_id);

alter table report_case add column pending_proposal bigint references report_verification_proposal (id);

alter table report_verification_step
    add column countersigned_by   text,
    add column countersigned_at   timestamptz,
    add column countersign_reason text,
    add check ((countersigned_by is null) = (countersigned_at is null)
               and (countersigned_by is null) = (countersign_reason is null));

-- Proposals and steps are the record of who decided what: the database refuses to change or remove one.
create function verification_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

create trigger report_verification_proposal_append_only
    before update or delete or truncate on report_verification_proposal
    for each statement execute function verification_record_is_append_only();
