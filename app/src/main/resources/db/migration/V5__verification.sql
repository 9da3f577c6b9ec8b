-- Verification of a case: every step (contact with the source, decision, closing) is kept, with who
-- made it, why, and the evidence it rests on. Steps are never changed; report_case holds the outcome.
alter table report_case add column closed_at timestamptz;

create table report_verification_step (
    case_id     uuid        not null references report_case (id),
    seq         int         not null,
    from_status text        not null,
    to_status   text        not null,
    reason      text        not null,
    decided_by  text        not null,
    decided_at  timestamptz not null,
    evidence    jsonb       not null,
    primary key (case_id, seq)
);
