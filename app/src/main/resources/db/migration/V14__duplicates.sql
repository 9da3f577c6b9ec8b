-- Suspected duplicate reports (vigiMatch-style, in the vigilance core): pairs of cases the matcher
-- links, with the evidence a regulator reads before confirming or rejecting them. A reviewer's decision
-- is kept across runs; the matcher's own suspicions are refreshed on each run.
create table duplicate_pair (
    first_case   uuid        not null references report_case (id),
    second_case  uuid        not null references report_case (id),
    score        numeric     not null,
    evidence     text        not null,
    indication   text,
    status       text        not null default 'suspected' check (status in ('suspected', 'confirmed', 'rejected')),
    found_at     timestamptz not null default now(),
    decided_by   text,
    decided_at   timestamptz,
    reason       text,
    primary key (first_case, second_case),
    check (first_case < second_case),
    check ((status = 'suspected') = (decided_at is null))
);

create index duplicate_pair_status on duplicate_pair (status);

-- The master of the group a case belongs to, when it is not the master itself. Signal detection counts
-- masters only (the case itself when this is null), as VigiBase does with vigiMatch's groups.
alter table report_case add column master_case uuid references report_case (id);
create index report_case_master on report_case (master_case) where master_case is not null;
